"""Writes the second, larger hand-labelled evaluation set: tune/ and heldout/ + labels.csv.

Every interview here is invented for qcode, paraphrasing the *kinds* of statement found in
published NGO interviews with people who left North Korea (never their words). It was written
and labelled before the default codebook was tuned on it, and split by transcript: the
codebook is tuned on tune/ only; heldout/ is scored, never tuned on.

What it holds besides plain positives: theme words in another sense ("drama at the wedding",
"is that right?", an interrogator offering a cigarette, "rights advocate" as a job), themes
told without their words ("I gave them something and the matter disappeared"), facts of
leaving that are not reasons ("I came out in 2008"), answers of several paragraphs, several
respondents answering one question, follow-up questions that say "it", and interviewer
preambles that mention a theme before asking about something else. Three layouts: labelled
turns, two respondents (`Interviewee A:` / `Interviewee B:`), and published Q&A without
labels (questions end in `?`, answers never do).

Labels are top-level codes, as a careful human coder gives them to each answer paragraph
('' = no code). Run: python tests/data/eval2/make_eval2.py
"""

from __future__ import annotations

import csv
from pathlib import Path

B, U, R, H = "bribery", "usb_notel", "reasons_for_leaving", "human_rights_awareness"
Q = "Q"  # an interviewer paragraph; respondents are keyed by their label
# Kinds of hard case, counted by `--stats`, never written to labels.csv:
S = "~sense"  # a theme word in another sense (whatever the answer's codes)
F = "~fact"  # a fact of leaving (date, route, crossing) that is not a reason
C = "~context"  # the code comes from the question, or the question mentions a theme the answer is not about

# (id, front matter, labels {"Q": interviewer label, key: respondent label} or None for a
#  published Q&A without labels, [(speaker key, text, codes)]). Consecutive paragraphs of one
#  speaker form one turn.
Turn = tuple[str, str, list[str]]
Interview = tuple[str, dict[str, object], dict[str, str] | None, list[Turn]]

TRANSCRIPTS: list[Interview] = [
    ("rt01", {"pseudonym": "Interviewee H", "age": 44, "gender": "woman",
              "province": "North Hamgyong"},
     {Q: "Interviewer", "A": "Interviewee"}, [
        (Q, "Could you tell us where you lived and what your family did?", []),
        ("A", "I lived in Hoeryong until 2011. My husband drove a truck for the county "
              "transport office and I sold noodles at the market. We were not rich, but we "
              "were not the poorest either.", []),
        (Q, "What was the market like in those years?", []),
        ("A", "Every stall paid the market fee, that was normal. But on top of that the "
              "market management people came round and took a share of whatever you sold, "
              "like a fee that was written nowhere. If you refused, they suddenly found a "
              "problem with your papers.", [B]),
        (Q, "Did you ever have problems with the police?", []),
        ("A", "Once they said my noodles were made with smuggled flour. I gave them "
              "something and the matter disappeared. Everyone knows how it works.", [B]),
        (Q, "Were foreign dramas popular in Hoeryong?", []),
        ("A", "Very popular. The copies came over from China, sometimes with the Chinese "
              "subtitles still on them. Young people knew the actors' names better than the "
              "names of our own heroes.", [U]),
        (Q, "How did people watch them?", []),
        ("A", "Mostly on a notetel. You put the memory card in, and if someone knocks you "
              "pull it out and hide it in your mouth or in the rice jar.", [U]),
        (Q, "Why did you decide to leave?", []),
        ("A", "My daughter had gone two years before me. She called me on a broker's phone "
              "and said, Mother, come, you cannot live like that any more. I thought about "
              "it for a month and then I went.", [R]),
        ("A", "And my husband had died by then, there was nobody to keep me there. Alone I "
              "could not make a living from noodles.", [R]),
        (Q, "How did you cross?", []),
        ("A", "We crossed the river after dark, in March, when the ice was already thin. A "
              "soldier walked us down to the bank.", []),
        (Q, "Did anyone talk to you about human rights in China?", []),
        ("A", "In China I was hiding all the time, nobody talked about things like that. "
              "Only at Hanawon a lecturer said that every person has rights, even in prison, "
              "and I did not really believe her.", [H]),
        (Q, "And what do you think about it now?", []),
        ("A", "Now I believe it, mostly. When my son's boss here hit him, I told him to go "
              "to the labour office, that nobody is allowed to do that to you.", [H]),
        (Q, "Is there anything else you would like to add?", []),
        ("A", "Only that I worry about my sister. She sells television sets in the market "
              "and the customers always come back about some defect in the Chinese ones.",
         [S]),
    ]),
    ("rt02", {"pseudonym": "Kim", "age": 31, "gender": "man", "province": "Ryanggang"},
     None, [
        (Q, "When did you leave North Korea?", []),
        ("A", "I came out in 2014. It was my third attempt; the first two times I turned "
              "back at the river.", []),
        (Q, "What did you do in Hyesan?", []),
        ("A", "I carried goods for traders, mostly Chinese clothes and rice cookers. The "
              "soldiers on our stretch of the river knew me. Every month I took care of "
              "them, a few hundred yuan, and they saw nothing.", [B]),
        (Q, "Did you carry media too?", []),
        ("A", "Sometimes there were USBs sewn into the sacks of clothes, South Korean movies "
              "and songs. The traders paid extra for those, because if you were caught it "
              "was a political crime, not an economic one.", [U]),
        (Q, "Were you ever caught?", []),
        ("A", "Once, by a patrol from another unit. My boss sorted it out with their "
              "commander and I was home in three days. Without connections I would have "
              "gone to the kyohwaso.", [B]),
        (Q, "Was that why you left?", []),
        ("A", "Yes. After that arrest I knew the security people had my name. One more time "
              "and I would disappear, so I thought it was better to go while I still "
              "could.", [R]),
        (Q, "Did you watch the films you carried?", []),
        ("A", "Of course. In them ordinary people in the South ate white rice every day. "
              "I thought, they have been lying to us our whole lives.", [U]),
        (Q, "Had you heard of human rights in the North?", []),
        ("A", "The word inkwon existed, but only in the newspaper, when they attacked the "
              "South. For us it meant nothing.", [H]),
        (Q, "Did your family support your decision?", []),
        ("A", "My mother cried. She said, leave me in peace, I am too old to go anywhere, "
              "and she stayed in Hyesan.", [S]),
        (Q, "How is your mother now?", []),
        ("A", "I send money through a broker twice a year. The last news I had was in the "
              "spring; she is well.", [S]),
        (Q, "What surprised you in the South?", []),
        ("A", "Small things. In the dormitory here you have the right to complain about "
              "the food, and they really change the menu. My friends laughed because I "
              "ate everything anyway.", [S]),
    ]),
    ("rt03", {"pseudonym": "Interviewees A and B", "age": "52 and 24", "gender": "women",
              "province": "North Hamgyong"},
     {Q: "Interviewer", "A": "Interviewee A", "B": "Interviewee B"}, [
        (Q, "Can you each tell me why you decided to leave?", []),
        ("A", "For me it was food. After the factory stopped we ate corn husks for two "
              "winters, and my younger son got sick. I thought, if we stay we will die "
              "here.", [R]),
        ("B", "For me it was also school. I was good at school, but with our songbun I "
              "could never go to university. I wanted a future.", [R]),
        (Q, "How did you get out?", []),
        ("A", "We went together in 2012, near Musan, with a broker my cousin found.", [F]),
        ("B", "Then we walked in the mountains in China for three days. I was so scared I "
              "could not eat anything.", [F, S]),
        (Q, "Did you watch South Korean dramas at home?", []),
        ("B", "I did, with my friends. We watched the same love story maybe ten times. "
              "Mother did not know.", [U]),
        ("A", "I knew, I only pretended not to. When the inspection came I hid the player "
              "in the kimchi jar myself.", [U]),
        (Q, "Did you have to pay anyone when the inspectors found something?", []),
        ("A", "Once. They found a disc at the neighbour's and the neighbour gave them his "
              "television set, so they wrote nothing down.", [B, U]),
        ("B", "We never had money for that. When they found my friend's stick they just "
              "took it and made her write a self-criticism.", [B, U]),
        (Q, "In the South, what did you learn about human rights?", []),
        ("A", "At Hanawon they taught us. I do not understand all of it. I understood that "
              "here the police cannot beat you for nothing.", [H]),
        ("B", "I study it now at university, in a class on international law. Sometimes I "
              "think about our neighbours who were taken to the camp.", [H]),
        (Q, "Are you close to each other now?", []),
        ("B", "We argue like every mother and daughter. There was a lot of drama at my "
              "cousin's wedding last year, because she said something about my clothes.",
         [S]),
        ("A", "She exaggerates. We live five minutes apart.", []),
    ]),
    ("rt04", {"pseudonym": "Choe", "age": 62, "gender": "man", "province": "North Pyongan"},
     {Q: "Q", "A": "A"}, [
        (Q, "What was your position?", []),
        ("A", "I worked in the city trade management office for almost twenty years. I "
              "checked the papers of the trading companies.", []),
        (Q, "Did people try to give you gifts?", []),
        ("A", "All the time. A company manager would come with a bag, inside cigarettes, a "
              "bottle of foreign liquor, sometimes an envelope. If I took it, his papers "
              "were in order the next morning.", [B]),
        (Q, "Did you take them?", []),
        ("A", "If you did not, you could not feed your family on a state salary. Everybody "
              "above me took more.", [B]),
        (Q, "What did you watch on television?", []),
        ("A", "Only Korean Central Television. News about the General's field guidance, "
              "documentaries, films about the war. The electricity came two hours a "
              "night.", [S]),
        (Q, "Never anything from outside?", []),
        ("A", "Near Sinuiju you could get the Chinese channels with the antenna turned the "
              "right way. My son did that; I pretended not to see.", [U, S]),
        (Q, "Why did you leave?", []),
        ("A", "I did not want to leave. In 2016 a man I had worked with was arrested, and "
              "they started asking about everyone who had signed his papers. I knew how "
              "those cases end, so one night I went to the river.", [R]),
        (Q, "What did you think of human rights back then?", []),
        ("A", "It was a word from the enemy broadcasts. We said, the Americans shoot each "
              "other in schools and they talk about human rights.", [H]),
        (Q, "Did the UN matter?", []),
        ("A", "We heard the UN had passed a resolution against us. The cadres were told it "
              "was a plot. But after that some officials were more careful with the people "
              "they sent back from China.", [H]),
        (Q, "How do you spend your days now?", []),
        ("A", "I watch the news, I go to church on Sundays, I meet other people from the "
              "North.", [S]),
        (Q, "Do you miss anything?", []),
        ("A", "The Yalu in summer. As boys we guarded the melon fields at night and ate the "
              "melons ourselves.", [S]),
    ]),
    ("rt05", {"pseudonym": "Ri", "age": 27, "gender": "woman", "province": "Jagang"},
     None, [
        (Q, "How old were you when you first saw a South Korean drama?", []),
        ("A", "About twelve. A classmate brought a memory card to school and we watched it "
              "on her mother's phone in the toilets.", [U]),
        (Q, "What did you feel?", []),
        ("A", "I did not understand half of it. The girls had their own rooms and they "
              "argued with their parents. That was the most shocking thing, that you could "
              "argue.", [U]),
        (Q, "Were you ever caught?", []),
        ("A", "In my third year of middle school the 109 came to our house at night. They "
              "found nothing because my brother had already sold the player. My friend was "
              "not so lucky; her whole family was sent to the countryside.", [U]),
        (Q, "Did her family try to pay them?", []),
        ("A", "They tried. But it was during a campaign, and nobody dared to take anything "
              "that year.", [B]),
        (Q, "Why did you leave North Korea?", []),
        ("A", "I saw in the dramas how girls my age lived. I did not want to spend my life "
              "on farm mobilisations. That is why I left.", [R, U]),
        ("A", "My mother agreed. She said at least one of us should have a different "
              "life.", [R]),
        (Q, "When was that?", []),
        ("A", "In 2017. First I went to Yanji and worked in a restaurant for a year.", [F]),
        (Q, "Did anyone talk about human rights in the restaurant?", []),
        ("A", "No. The owner kept our documents and we worked fourteen hours a day. I did "
              "not know that what he did had a name.", [H]),
        (Q, "What do you do now?", []),
        ("A", "I work as a translator for a rights advocacy centre. It is a job; I "
              "translate reports into Korean.", [S]),
        (Q, "Any final words?", []),
        ("A", "Please do not write the name of my town.", []),
    ]),
    ("rt06", {"pseudonym": "Pak", "age": 39, "gender": "man", "province": "South Hamgyong"},
     {Q: "Interviewer", "A": "Pak"}, [
        (Q, "Were you ever detained in North Korea?", []),
        ("A", "In 2010 I was caught in China and sent back. The bowibu interrogator was "
              "polite at first. He offered me a cigarette and asked who had helped me. When "
              "I did not answer, the beatings started.", [S]),
        (Q, "How did you get out?", []),
        ("A", "My wife sold our house and went to see the head of the holding centre. After "
              "that my file was changed and I was released after two months.", [B]),
        (Q, "Did you know then that what happened to you was wrong?", []),
        ("A", "I knew it hurt, not that it was wrong. Only in the South I learned that "
              "there are international rules about how prisoners must be treated.", [H]),
        (Q, "What made you try again?", []),
        ("A", "After prison I was marked. Every week the police came to check on me, I "
              "could not work, I could not travel. There was no way to live, so the second "
              "time I did not plan to come back.", [R]),
        (Q, "What did you do in China the first time?", []),
        ("A", "I worked on a farm near Yanji. The farmer treated me well, he paid me in "
              "rice.", [S]),
        (Q, "Did you listen to foreign radio?", []),
        ("A", "In China, yes, the Korean-language programmes from Seoul. At home we only "
              "had the wired speaker on the wall.", [U]),
        (Q, "Was it dangerous to have a radio?", []),
        ("A", "The radios were sealed so you could only get the state station. If the seal "
              "was broken, that was a crime.", [U]),
        (Q, "Did anyone in your family leave before you?", []),
        ("A", "No one. I was the first, and I think my brother suffered for it.", []),
        (Q, "How?", []),
        ("A", "He was expelled from the party and moved to a mine. I only heard about it "
              "years later.", []),
    ]),
    ("rt07", {"pseudonym": "Seo", "age": 35, "gender": "woman", "province": "Ryanggang"},
     {Q: "Interviewer", "A": "Interviewee"}, [
        (Q, "We have heard from many people that dramas and films from the South were "
              "everywhere in Hyesan in those years, that even children sang the songs. But "
              "before we come to that, tell me about your work.", []),
        ("A", "I was a teacher at a primary school. The pay was nothing, so in the evenings "
              "I sold bean sprouts.", [S]),
        (Q, "Did parents give teachers money?", []),
        ("A", "Parents brought things, yes, especially before the class leader was chosen. "
              "I never asked, but I did not refuse either. Without it I could not have "
              "bought coal.", [B]),
        (Q, "And the school itself?", []),
        ("A", "The school asked every family for money for repairs, for paper, for the "
              "soldiers' support campaign. That was official, everybody had to give.", [S]),
        (Q, "Did children bring foreign songs to school?", []),
        ("A", "They hummed them without knowing. Once a boy sang a southern love song in "
              "class and I had to stop him before someone reported it.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "My husband was taken in 2015 for using a Chinese phone. After that we were "
              "watched all the time. I was afraid they would take me too, and then who "
              "would raise my son.", [R]),
        (Q, "How did you leave?", []),
        ("A", "That was the year I got out. My son and I went across in October, at night. "
              "The broker was waiting on the Chinese side.", [F]),
        (Q, "Did you know about human rights?", []),
        ("A", "Is that right, that they ask this in every interview? No, I did not know "
              "anything.", [H, S]),
        (Q, "Do you watch dramas now?", []),
        ("A", "Now I am too tired. I work at a factory in Gimpo and sleep when I come "
              "home.", [C]),
        (Q, "How is your son?", []),
        ("A", "He is in high school. He wants to be a programmer.", []),
    ]),
    ("rt08", {"pseudonym": "Han", "age": 48, "gender": "man", "province": "North Hamgyong"},
     None, [
        (Q, "Where did you live before you left?", []),
        ("A", "In Chongjin, near the port. I worked at the steel works until the furnaces "
              "stopped, then I repaired bicycles.", []),
        (Q, "What was life like during the famine?", []),
        ("A", "People fell in the street. My father died in 1997. We boiled bark and grass. "
              "I do not like to talk about it.", []),
        (Q, "Was the famine the reason you left?", []),
        ("A", "Not then. I left much later, in 2009. By then we had food, but life there "
              "was unbearable. You work and work and the state takes everything. I was sick "
              "of the whole system.", [R]),
        (Q, "Did you have to pay bribes to do business?", []),
        ("A", "For the bicycle shop I needed a permission from the district. I went to the "
              "office three times with a bottle and a carton, and the fourth time I had my "
              "paper.", [B]),
        (Q, "Did you have any foreign media?", []),
        ("A", "A few CDs of Chinese music, nothing dangerous. And once a South Korean film "
              "about a boxer, which I watched alone.", [U]),
        (Q, "Do you remember the name of the film?", []),
        ("A", "I forget. There was a scene where he gives his prize money to his mother. I "
              "cried.", [U]),
        (Q, "How did you leave?", []),
        ("A", "Through Onsong. I waded across the Tumen in August, the water was up to my "
              "chest.", [F]),
        (Q, "Did you know about human rights?", []),
        ("A", "I learned it at Hanawon, in the class about the constitution of the "
              "Republic of Korea. I thought, so that is what we did not have.", [H]),
        (Q, "What is your work now?", []),
        ("A", "I repair bicycles again. It is the right job for me.", [S]),
    ]),
    ("rt09", {"pseudonym": "Interviewees C and D", "age": "41 and 45", "gender": "women",
              "province": "Ryanggang"},
     {Q: "Moderator", "C": "Interviewee C", "D": "Interviewee D"}, [
        (Q, "How did people in your town get foreign films?", []),
        ("C", "Traders brought them in with the goods from China. You rented a card for a "
              "night, like a library book.", [U]),
        ("D", "In my town it was the same. The young soldiers were the best customers, "
              "they had nothing else to do.", [U]),
        (Q, "What happened if you were caught with one?", []),
        ("C", "It depended on who caught you and how much you had. A card with Chinese "
              "films, you paid and went home. A card with southern dramas, that was "
              "serious.", [U, B]),
        ("D", "My neighbour's boy went to a labour training camp for six months for one "
              "film.", [U]),
        (Q, "Why did you leave?", []),
        ("C", "Debt. I borrowed money for my business and the business failed. The lender "
              "had friends in the police. I had to go.", [R]),
        ("D", "My husband beat me every day, and nobody would help. I thought, in China "
              "at least he cannot find me.", [R]),
        ("D", "Also my mother was already in China. She had been sold there years before, "
              "and she sent word that I could come.", [R]),
        (Q, "What happened in China?", []),
        ("C", "I was sold to a farmer in Heilongjiang. I lived with him for six years.", []),
        ("D", "I worked in a karaoke bar. I do not want to say more.", []),
        (Q, "Did you hear about human rights in China?", []),
        ("C", "A pastor told us that God made every person equal. That was the first time "
              "I heard something like that.", [H]),
        ("D", "In the bar nobody talked about such things. I learned the word at "
              "Hanawon.", [H]),
        (Q, "What would you like people outside to know?", []),
        ("C", "That women who are sold in China are not criminals. They should not be sent "
              "back.", [H]),
    ]),
    ("rt10", {"pseudonym": "Jang", "age": 23, "gender": "man", "province": "South Pyongan"},
     {Q: "Interviewer", "A": "Jang"}, [
        (Q, "Tell me about your school years.", []),
        ("A", "I was in a senior middle school in Pyongsong. The teachers were strict. We "
              "had more labour than lessons.", []),
        (Q, "Did you have to give anything to avoid the labour?", []),
        ("A", "Rich kids paid the homeroom teacher and stayed home. I went every time.",
         [B]),
        (Q, "What about military service?", []),
        ("A", "My father wanted me to serve, for my future in the party. Other fathers paid "
              "the enlistment office to keep their sons out, or to get them a post near "
              "home.", [B]),
        (Q, "Did you watch anything foreign?", []),
        ("A", "Everyone my age did. We had a tablet from China with a whole folder of "
              "southern shows, about office life, hospitals, high school.", [U]),
        (Q, "Were you afraid?", []),
        ("A", "You delete things after watching. There was a program that checked your "
              "files, so we learned to hide them inside other folders.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "A friend was caught and he told them my name. My father said, you go now, "
              "tonight, and he gave me everything he had saved.", [R]),
        ("A", "I think about my parents every day. I do not know what happened to them "
              "after I left.", [F, C]),
        (Q, "Did you ever hear about human rights in school?", []),
        ("A", "Only that in America black people have no rights. That was in our textbook.",
         [H]),
        (Q, "What do you want to do here?", []),
        ("A", "I want to study computer engineering. Right now I am preparing for the "
              "entrance exam.", [S]),
        (Q, "Do you still watch dramas?", []),
        ("A", "Sometimes, on the subway. Now I like the cooking programmes more.", [C, S]),
    ]),
    ("rt11", {"pseudonym": "Yun", "age": 57, "gender": "woman", "province": "North Hamgyong"},
     None, [
        (Q, "Can you tell us about your family?", []),
        ("A", "I had three children. My husband worked at the railway. We lived in Kilju, "
              "in a house with a small garden where I grew corn.", []),
        (Q, "What happened during the march of suffering?", []),
        ("A", "The railway stopped paying. I went to the countryside with my things to "
              "exchange for corn. Many people did not come back from those trips.", [S]),
        (Q, "Why did you decide to go to China?", []),
        ("A", "My youngest had nothing to eat. I thought I would go for a month, earn some "
              "money and come back. I did not know I would never come back.", [R]),
        (Q, "What happened?", []),
        ("A", "I was caught in 2003 and sent back. In the holding centre they made us "
              "squat all day. The guards said we were traitors and not people any more.",
         [S]),
        (Q, "How did you get released?", []),
        ("A", "A relative knew someone at the centre. He went with two bottles of liquor "
              "and a bag of rice, and I was let go as sick.", [B]),
        (Q, "And then?", []),
        ("A", "I left again in 2004, the same way, and this time I did not get caught.",
         [F]),
        (Q, "Did you ever see South Korean films in the North?", []),
        ("A", "No, in my time there was nothing like that in Kilju. Only the radio from "
              "the wall.", [U]),
        (Q, "When did you first hear about human rights?", []),
        ("A", "In China a Korean-Chinese woman told me that in the South the government "
              "cannot just lock you up. I thought she was making it up.", [H]),
        (Q, "What is hardest for you now?", []),
        ("A", "Loneliness. My children are still there. I cannot even call them.", []),
    ]),
    ("rt12", {"pseudonym": "Kwon", "age": 42, "gender": "man", "province": "Ryanggang"},
     {Q: "Interviewer", "A": "Interviewee"}, [
        (Q, "What did you do for a living?", []),
        ("A", "I was a driver for a trading company. I went from Hyesan to Pyongyang twice "
              "a month.", []),
        (Q, "Was it hard to travel?", []),
        ("A", "You need a travel pass for every trip. The pass costs nothing on paper, but "
              "the man who stamps it expects his share every time.", [B]),
        (Q, "What about the checkpoints?", []),
        ("A", "At the checkpoints the soldiers search the truck. If you want it quick, you "
              "leave a pack of cigarettes on the seat.", [B]),
        (Q, "Did drivers carry films?", []),
        ("A", "Drivers carried everything. I carried memory cards for a friend, hidden in "
              "the lining of my jacket.", [U]),
        (Q, "Were you ever searched for them?", []),
        ("A", "Once. The inspector found one card and I told him it was my son's English "
              "lessons. He kept it anyway, and I knew I would not hear about it again.",
         [U]),
        (Q, "Why did you leave?", []),
        ("A", "Honestly, I did not plan it. My brother in Seoul sent a message that he was "
              "sick, and I wanted to see him before he died.", [R]),
        (Q, "How did you cross?", []),
        ("A", "I paid a broker, we crossed at night near Hyesan. From there by car to "
              "Shenyang.", [F, S]),
        (Q, "Did you know anything about human rights?", []),
        ("A", "I heard about it on the South Korean radio in the truck, a programme where "
              "people who had left talked about the camps.", [H, U]),
        (Q, "What is your job now?", []),
        ("A", "I drive a delivery van. The boss is fair and pays on time.", [S]),
        (Q, "Is there anything we did not ask?", []),
        ("A", "No. You asked a lot.", []),
    ]),
    ("rt13", {"pseudonym": "Interviewees E and F", "age": "33 and 36", "gender": "man, woman",
              "province": "South Hamgyong"},
     {Q: "Interviewer", "E": "Interviewee E", "F": "Interviewee F"}, [
        (Q, "You two are married. When did you leave?", []),
        ("E", "We came out together in 2018, with our daughter.", [F]),
        ("F", "She was three. We gave her a little sleeping medicine so she would not cry "
              "on the river.", [F]),
        (Q, "What made you decide?", []),
        ("E", "There was no future for our daughter there. With my father's background "
              "she would have been a farm worker all her life.", [R]),
        ("F", "And my sister was already in the South. She said, come, it is hard here, "
              "but your child can become anything.", [R]),
        (Q, "Did you watch South Korean dramas?", []),
        ("F", "I loved them. I had a notel that charged from a car battery, because the "
              "electricity was always off.", [U]),
        ("E", "I preferred the Chinese action films. The southern ones were too slow for "
              "me.", [U]),
        (Q, "Did the dramas influence your decision?", []),
        ("F", "A little. You see the kitchens, the clothes, and you start to think.", [R, U]),
        ("E", "For me no. I knew those were made up.", [U]),
        (Q, "Did you have to bribe anyone to leave?", []),
        ("E", "The border guard was paid by the broker, not by us. We only paid the broker, "
              "and half of that was borrowed.", [B]),
        (Q, "Had you heard of human rights?", []),
        ("F", "I heard it in a drama once, a lawyer said it. I did not know what it "
              "meant.", [H, U]),
        ("E", "For me the first time was when the Chinese police caught us and a South "
              "Korean organisation wrote to the UN about us.", [H]),
        (Q, "What happened then?", []),
        ("E", "They let us go to the embassy after a month. I think the letters "
              "helped.", [H, S]),
    ]),
    ("rt14", {"pseudonym": "Lee", "age": 51, "gender": "woman", "province": "North Hamgyong"},
     None, [
        (Q, "What was your work?", []),
        ("A", "I was a doctor at a county hospital in Musan. Medicine came from the market, "
              "the patients' families bought it.", []),
        (Q, "Did patients give doctors money?", []),
        ("A", "If you wanted to be treated first, you brought something. I would not call "
              "it a bribe, it was how the hospital survived.", [B]),
        (Q, "Did you ever take a bribe to write a false certificate?", []),
        ("A", "Many people wanted a sickness certificate to be excused from work. I wrote "
              "some for people I knew. They thanked me with rice.", [B]),
        (Q, "Was the hospital ever inspected?", []),
        ("A", "Inspectors came from the province. We cooked for them for three days and "
              "gave them dried fish to take home, and the report was good.", [B]),
        (Q, "Did you watch foreign media?", []),
        ("A", "My son did. I found a USB in his pencil case and burned it in the stove, I "
              "was so afraid.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "Because of my son. He was caught with southern songs at nineteen and the "
              "bowiwon said he would go to a camp. We left the same week, so that he would "
              "not be taken.", [R, U]),
        (Q, "Where did you go?", []),
        ("A", "We went through China to Laos. The walk through the jungle took four "
              "nights.", [F]),
        (Q, "Did you know about human rights?", []),
        ("A", "As a doctor I knew about the Geneva conventions from a textbook, but I "
              "never connected it with our lives.", [H]),
        (Q, "What do you do now?", []),
        ("A", "I am a caregiver in a nursing home. My license is not valid here.", []),
    ]),
    ("rt15", {"pseudonym": "Shin", "age": 29, "gender": "man", "province": "North Pyongan"},
     {Q: "Q", "A": "A"}, [
        (Q, "Where did you grow up?", []),
        ("A", "In Sakju county, near the Yalu. My father was a soldier, my mother sold "
              "tofu.", []),
        (Q, "Did you have a radio?", []),
        ("A", "My father had one he had fixed himself, so it could catch the southern "
              "stations. He listened under the blanket.", [U]),
        (Q, "Did you listen with him?", []),
        ("A", "Sometimes. There was a programme with letters from families in the South. "
              "My father said, do not tell anyone about this, ever.", [U]),
        (Q, "What happened to it?", []),
        ("A", "He buried it in the garden in 2012 when the inspections got worse.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "I was in trouble at my unit. I had hit a senior soldier who was beating a "
              "younger one. I would have been sent to a disciplinary unit, so I ran "
              "across.", [R]),
        (Q, "Could you not pay your way out?", []),
        ("A", "My family had nothing to pay with. Other soldiers' parents sent money and "
              "their problems went away.", [B]),
        (Q, "What did you know about human rights in the army?", []),
        ("A", "In the army we were beaten every day and nobody called it anything. Only "
              "here I learned that it had a name.", [H]),
        (Q, "How was your first year in South Korea?", []),
        ("A", "Hard. I did not understand the English words people used. I worked at a "
              "convenience store.", []),
        (Q, "Did you ever go back to the border?", []),
        ("A", "Once I went to Dandong as a tourist and looked at the other side. I could "
              "not stay long.", [S]),
        (Q, "Why not?", []),
        ("A", "It made me sick to look at it.", [C]),
    ]),
    ("rt16", {"pseudonym": "Interviewee J", "age": 66, "gender": "man",
              "province": "Hwanghae"},
     {Q: "Interviewer", "A": "Interviewee"}, [
        (Q, "What did you do in North Korea?", []),
        ("A", "I was a farm work team leader in South Hwanghae for most of my life.", []),
        (Q, "Did people on the farm take bribes?", []),
        ("A", "The farm manager decided who got the good fields. A chicken, some eggs, and "
              "you had the field near the village. That was normal.", [B]),
        (Q, "What about the grain?", []),
        ("A", "The state came after the harvest and took its share. Then the army came and "
              "took another share. What was left, we ate.", [S]),
        (Q, "Did you ever see anything foreign?", []),
        ("A", "Leaflets, once. Balloons from the South came down on the hill and we had to "
              "hand them in to the security office without reading.", [U]),
        (Q, "Did you read them?", []),
        ("A", "A little. It said the Leader lived in luxury. I did not believe it then.",
         [U]),
        (Q, "Why did you leave at your age?", []),
        ("A", "My son had left before, and the security office called me in every month "
              "because of him. I was old, I thought, better to die in freedom than like "
              "this.", [R]),
        (Q, "How did you travel so far north?", []),
        ("A", "It took me a week by train and on foot. I had a travel permit for visiting "
              "a relative.", [F, S]),
        (Q, "Had you heard of human rights?", []),
        ("A", "We heard it in the lectures: the South Korean puppets talk about human "
              "rights while their people starve. That was all.", [H]),
        (Q, "Is there anything you want to add?", []),
        ("A", "I am grateful to the people here. I get a pension. In the North an old man "
              "gets nothing.", []),
    ]),
    ("rt17", {"pseudonym": "Moon", "age": 34, "gender": "woman", "province": "Ryanggang"},
     None, [
        (Q, "What was your life like in Hyesan?", []),
        ("A", "I traded in the market, clothes and cosmetics from China. Business was good "
              "until 2015, then everything got stricter.", []),
        (Q, "Stricter how?", []),
        ("A", "More inspections. Every group of inspectors wanted to be fed. We called it "
              "the second tax, everybody paid it.", [B]),
        (Q, "Did you also sell media?", []),
        ("A", "Not myself. The woman next to me sold SD cards under the counter, with "
              "southern songs loaded on them.", [U]),
        (Q, "What happened to her?", []),
        ("A", "Someone reported her. She was sentenced to five years in the kyohwaso. Her "
              "family sold everything to get the sentence shortened, but it did not "
              "work.", [U, B]),
        (Q, "Why did you leave?", []),
        ("A", "I saw what happened to her and I thought, this could be me any day. I "
              "wanted to live without being afraid all the time.", [R]),
        ("A", "And my daughter was eight. I did not want her to grow up in that fear.",
         [R]),
        (Q, "How did you cross?", []),
        ("A", "A broker arranged it. We crossed in 2016, in the winter. My daughter was "
              "tied to my back.", [F]),
        (Q, "Did you know about human rights in the North?", []),
        ("A", "The word, yes. The meaning, no. Here I learned it means that the state "
              "works for you, not you for the state.", [H]),
        (Q, "What is your job now?", []),
        ("A", "I run a small online shop. I sell cosmetics again. Funny, is that not right "
              "for a trader? Some things do not change.", [S]),
    ]),
    ("rt18", {"pseudonym": "Oh", "age": 45, "gender": "man", "province": "Jagang"},
     {Q: "Interviewer", "A": "Oh"}, [
        (Q, "What did you do before you left?", []),
        ("A", "I was a guard at a munitions factory in Kanggye. Guarding the gate, "
              "checking passes.", [S]),
        (Q, "Did workers try to smuggle things out?", []),
        ("A", "Copper wire, mostly. Some of the guards let it through for a share. I "
              "didn't, because my boss watched me.", [B]),
        (Q, "Were there foreign films in Kanggye?", []),
        ("A", "Fewer than at the border. But after 2010 you could find USB sticks with "
              "Chinese films, and sometimes South Korean ones hidden between them.", [U]),
        (Q, "How did people hide them?", []),
        ("A", "Inside the sole of a shoe, in a battery case. My friend had one sewn into "
              "the collar of his coat.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "I lost my job when the factory cut the guards. Then my wife died of "
              "tuberculosis because we could not buy medicine. After that nothing held me "
              "there.", [R]),
        (Q, "How did you get to the border from Jagang?", []),
        ("A", "By freight train, hiding on the roof. It took five days.", [F]),
        (Q, "Did you pay anyone on the way?", []),
        ("A", "A train guard caught me near Hyesan. I gave him my watch and he let me "
              "off.", [B]),
        (Q, "What did you know about human rights?", []),
        ("A", "Nothing. For me a human right was to eat three times a day.", [H]),
        (Q, "How is life here?", []),
        ("A", "I have my own room. I can sleep. That is enough for now.", []),
    ]),
    ("rt19", {"pseudonym": "Interviewees K and L", "age": "26 and 28", "gender": "men",
              "province": "North Hamgyong"},
     {Q: "Interviewer", "K": "Interviewee K", "L": "Interviewee L"}, [
        (Q, "You were friends in Chongjin. What did young people do for fun?", []),
        ("K", "We watched southern dramas and copied the way they talked. Saying oppa "
              "instead of comrade could get you in trouble.", [U]),
        ("L", "And music. We had songs on our phones under fake names, like revolutionary "
              "songs.", [U]),
        (Q, "Was there a group that searched for them?", []),
        ("L", "The 109 group and the youth league patrols. They checked phones in the "
              "street and looked at the song lists.", [U]),
        ("K", "If they caught you, your parents went to see them with money, and usually "
              "it ended there.", [B, U]),
        (Q, "Why did you leave?", []),
        ("K", "I did not want to go to the army for ten years. My brother went and came "
              "back sick.", [R]),
        ("L", "I followed him. He was my best friend, and with him gone I would be "
              "questioned anyway.", [R]),
        (Q, "When did you leave?", []),
        ("K", "In the autumn of 2019, just before the border was closed.", [F]),
        ("L", "We were lucky with the timing. A month later nobody could get out.", [F]),
        (Q, "What did you know about human rights?", []),
        ("L", "We knew that the UN was criticising our country, from a southern news "
              "programme. But we didn't think it was about us.", [H, U]),
        ("K", "I still think the word is too big. I just wanted to live normally.", [H]),
        (Q, "Is that still true?", []),
        ("K", "Yes. Normal is enough.", []),
    ]),
    ("rt20", {"pseudonym": "Bae", "age": 38, "gender": "woman", "province": "South Pyongan"},
     None, [
        (Q, "Where did you live?", []),
        ("A", "In Sunchon. My husband worked at the cement factory and I sold second-hand "
              "clothes.", []),
        (Q, "Did you have to pay to keep your business?", []),
        ("A", "The inminban head and the police officer for our street both came every "
              "month. You gave them a little, a bag of rice, some cash, and they forgot "
              "about you.", [B]),
        (Q, "What if you did not?", []),
        ("A", "Then they remembered you. They would say you were selling without a license "
              "or that you had South Korean clothes.", [B]),
        (Q, "Did you watch dramas?", []),
        ("A", "Never. My husband was a party member. We watched only what was on the "
              "central channel.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "My husband was purged after a political case at the factory. We were going "
              "to be sent to the mountains. I took the children and went to my mother's "
              "home town near the border, and from there to China.", [R]),
        (Q, "Did your husband come?", []),
        ("A", "He said he would follow. He never did. I heard he married again.", []),
        (Q, "What was the journey like?", []),
        ("A", "Long. China, Laos, Thailand. In Thailand we waited in a detention centre for "
              "two months.", [F]),
        (Q, "Did anyone talk about human rights there?", []),
        ("A", "The Thai centre was crowded, but nobody beat us. A woman from an "
              "organisation visited and said we had the right to ask for asylum.", [H]),
        (Q, "What do your children do now?", []),
        ("A", "My son is in the army here, doing his service. My daughter works at a bank.",
         [S]),
    ]),
    ("rt21", {"pseudonym": "Kang", "age": 60, "gender": "man", "province": "North Hamgyong"},
     {Q: "Interviewer", "A": "Interviewee"}, [
        (Q, "Before we talk about your own story, I should say that many of the people we "
              "interview tell us about bribing officials, about foreign radio, about hunger. "
              "You can say as much or as little as you like. What was your work?", []),
        ("A", "I was a miner in Musan for thirty years. Iron ore. Later a work team "
              "leader.", []),
        (Q, "How were the miners paid?", []),
        ("A", "In ration coupons at first, then not at all. From the late nineties we "
              "stole ore and sold it to Chinese trucks.", []),
        (Q, "Did the guards at the mine know?", []),
        ("A", "They took the biggest share. They were not paid either.", [B]),
        (Q, "Did you listen to foreign broadcasts?", []),
        ("A", "In the nineties, no. Later my son had a radio that picked up the Chinese "
              "Korean-language station, and sometimes the South.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "My son had gone first, in 2010. He sent a broker for me. I am old, I thought, "
              "but I want to see my grandchildren.", [R]),
        ("A", "The crossing was in the summer. We walked through the corn fields on the "
              "Chinese side at night.", [F, C]),
        (Q, "Did you know about human rights?", []),
        ("A", "I know what I saw. People were shot in the market for stealing copper. "
              "Nobody asked if that was allowed.", [H]),
        (Q, "Did the world know?", []),
        ("A", "Now they know more. The foreigners come and ask, like you. Maybe it helps "
              "the people who are still there.", [H]),
        (Q, "Anything else?", []),
        ("A", "My knees are bad from the mine. The doctors here are good.", []),
    ]),
    ("rt22", {"pseudonym": "Nam", "age": 30, "gender": "woman", "province": "Ryanggang"},
     None, [
        (Q, "How did you first get in touch with the outside world?", []),
        ("A", "Through my aunt in China. She sent us a phone in 2013, and we called her "
              "from the hill behind the house, where the Chinese signal reached.", [U]),
        (Q, "Was that dangerous?", []),
        ("A", "Very. The bowiwon had machines that could find the signal. You talked for "
              "two minutes and ran.", [U]),
        (Q, "Did your aunt tell you about life outside?", []),
        ("A", "She said people in China eat meat every day, that the outside world was not "
              "what we were taught.", [U, C]),
        (Q, "Is that why you went?", []),
        ("A", "Partly. My mother was sick and we needed money for her medicine. I went to "
              "work for my aunt and send money home.", [R]),
        (Q, "Did you plan to go to South Korea?", []),
        ("A", "Not at first. But in China I had no papers. The Chinese police could catch "
              "me any day and send me back, so after three years I came here.", [R]),
        (Q, "Did you ever pay the Chinese police?", []),
        ("A", "Once my boss paid a policeman who came to the restaurant asking for "
              "papers, so he would not ask again.", [B]),
        (Q, "What did you know about human rights?", []),
        ("A", "Nothing at all. I thought it was a South Korean word for being rich.", [H]),
        (Q, "What did you study here?", []),
        ("A", "Nursing. I am in my second year. The English is difficult.", []),
        (Q, "Do you miss North Korean television?", []),
        ("A", "No. Only the children's cartoons, the squirrel and the hedgehog. I watched "
              "them with my brother.", [C, S]),
    ]),
    ("rt23", {"pseudonym": "Interviewee M", "age": 58, "gender": "woman",
              "province": "South Pyongan"},
     {Q: "Interviewer", "A": "Interviewee"}, [
        (Q, "Tell me about your home.", []),
        ("A", "We had an apartment in Pyongsong. My husband was an official at the city "
              "committee, so we had a refrigerator and a television set. People thought we "
              "were rich.", [S]),
        (Q, "Did people bring your husband gifts?", []),
        ("A", "On his birthday people came with gifts, a bottle, some fruit, an envelope. "
              "Whether that was a bribe I cannot say; it was the custom, and their requests "
              "were remembered.", [B]),
        (Q, "What did you do yourself?", []),
        ("A", "I stayed home and took care of my mother-in-law. She was paralysed for six "
              "years before she passed away.", [S]),
        (Q, "Did you watch films at home?", []),
        ("A", "The films on the central channel, and sometimes my husband brought home a "
              "video of the Leader's speeches from work, to study.", [S]),
        (Q, "Nothing from the South?", []),
        ("A", "Once my nephew showed me a southern drama on his phone. I told him to delete "
              "it at once, and he laughed at me.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "My husband was arrested in the purge of 2013. The wives of the others were "
              "sent away to the mountains with their children. I did not wait for them to "
              "come for me.", [R]),
        (Q, "How did you manage to cross?", []),
        ("A", "I paid a broker in Hyesan. The broker paid the soldiers on the river, that "
              "was included in his price.", [B, F]),
        (Q, "Did anyone call you a traitor?", []),
        ("A", "My own sister, on the phone. She said, you left us, now leave me alone, do "
              "not call again.", [S]),
        (Q, "Did you know about human rights?", []),
        ("A", "My husband said once that the Americans use human rights as a stick to beat "
              "us with. That is all I ever heard.", [H]),
        (Q, "What do you think of that now?", []),
        ("A", "I think he was partly right. Everyone uses it for politics. But it is also "
              "true that nobody should be taken away at night without a trial.", [H, S]),
        (Q, "What do you do now?", []),
        ("A", "I clean offices at night. My supervisor is kind, she gives me a little extra "
              "at the holidays.", [S]),
    ]),
    ("rt24", {"pseudonym": "Yang", "age": 32, "gender": "man", "province": "North Hamgyong"},
     None, [
        (Q, "Where did you serve?", []),
        ("A", "In a border guard unit in North Hamgyong, for seven years. Our company "
              "guarded a stretch of the Tumen about four kilometres long.", [S]),
        (Q, "Did the smugglers pay your unit?", []),
        ("A", "Every night there was business. The smugglers went to the company commander "
              "first, and then the soldiers on duty got cigarettes and a little money.", [B]),
        (Q, "Did you take money yourself?", []),
        ("A", "Everybody did. If you did not, the others would not trust you.", [B]),
        (Q, "What was the food like in the army?", []),
        ("A", "Corn and salt. In winter some soldiers were so weak they could not stand "
              "guard. The officers sold our rice in the market.", [S]),
        (Q, "Did soldiers watch foreign films?", []),
        ("A", "We took them from the smugglers and watched them in the barracks at night, "
              "with one man at the door.", [U]),
        (Q, "Why did you desert?", []),
        ("A", "A soldier in my platoon crossed the river on my watch. I knew they would "
              "blame me, so I followed him the next night.", [R]),
        (Q, "Was it hard?", []),
        ("A", "Not for me; I knew where the patrols were. I crossed where the ice was thick "
              "and walked to a village on the other side.", [F]),
        (Q, "Had you thought about leaving before that?", []),
        ("A", "Never. We were told that anyone who crossed would be sold for organs in "
              "China. I believed it.", [F, C]),
        (Q, "Had you heard about human rights?", []),
        ("A", "In the political lessons they told us the UN was a tool of the Americans. "
              "Nobody explained what the UN actually said about us.", [H]),
        (Q, "What is your life like now?", []),
        ("A", "I work on a construction site. On weekends I play football in a team of "
              "people from the North; I play right back.", [S]),
        (Q, "Do you follow the news from the North?", []),
        ("A", "Every day. When there is news about the border I cannot sleep.", [S]),
        (Q, "Did you see food aid at the border?", []),
        ("A", "We saw the UN rice sacks in the market. People sold the rice and used the "
              "sacks for everything.", [S]),
    ]),
    ("rt25", {"pseudonym": "Interviewee N", "age": 50, "gender": "woman",
              "province": "Ryanggang"},
     {Q: "Interviewer", "A": "Interviewee"}, [
        (Q, "What did you sell?", []),
        ("A", "Everything. Pots, shoes, Chinese soap. When the police closed the market "
              "for a week before a holiday, I sold from my house.", [S]),
        (Q, "Did the police bother you at home?", []),
        ("A", "A policeman lived in our building. He would come for tea and leave with a "
              "bag of something, and my trading at home was never a problem.", [B]),
        (Q, "Did you sell films?", []),
        ("A", "No, only TV sets and DVD players, the empty machines. What people put in "
              "them was their business.", [U]),
        (Q, "Did you ever see the 109 group?", []),
        ("A", "They came to the market to check the players I sold. They turned them on "
              "to see if a disc was left inside.", [U]),
        (Q, "When did you leave?", []),
        ("A", "In 2009, in the spring, with my younger son.", [F]),
        (Q, "And why?", []),
        ("A", "My older son had gone two years before and sent money back. The security "
              "office found out and called me in. I was afraid I would be next for the "
              "camp.", [R]),
        (Q, "What was the crossing like?", []),
        ("A", "The water was cold, it came up to my waist. My son carried our bag on his "
              "head.", [F]),
        (Q, "Were you treated well in China?", []),
        ("A", "The family that hid us was kind, but their son was a police officer, so we "
              "had to leave after a week.", [S]),
        (Q, "Did you hear about human rights in China?", []),
        ("A", "From a church. They said God gave every person rights that no king can "
              "take away.", [H]),
        (Q, "What is the most important thing you learned here?", []),
        ("A", "That you can say no. At work, at the hospital, even to the police, and "
              "nothing happens to you.", [H]),
        (Q, "Do you miss Hyesan?", []),
        ("A", "I miss the market noise. Here everything is quiet, the shops have fixed "
              "prices, no bargaining, no drama.", [S]),
    ]),
    ("rt26", {"pseudonym": "Jeon", "age": 40, "gender": "man", "province": "North Pyongan"},
     None, [
        (Q, "What was your job?", []),
        ("A", "I repaired televisions and radios in Sinuiju. People brought me their sets "
              "when the tubes burned out.", [S]),
        (Q, "Did people ask you to change the radios?", []),
        ("A", "Often. The radios were fixed to the state station, and some people asked me "
              "to unfix them so they could get the Chinese or southern stations. I did it "
              "for friends.", [U]),
        (Q, "Was it dangerous?", []),
        ("A", "If they caught you it was prison, so I only did it for people I "
              "trusted.", [U, C]),
        (Q, "Did you ever have to pay your way out of trouble?", []),
        ("A", "Once the police came because a neighbour complained about the noise from "
              "my workshop. I fixed the officer's television for free and he forgot about "
              "the complaint.", [B]),
        (Q, "Did you use computers?", []),
        ("A", "At work I had an old computer to test circuit boards, and a USB drive with "
              "the manuals. Everything for work, nothing foreign.", [S]),
        (Q, "What about memory cards?", []),
        ("A", "Those I saw all the time. People brought me players that would not read the "
              "card, and I knew what was on the cards, but I did not ask.", [U]),
        (Q, "Which shows did your customers like?", []),
        ("A", "A Chinese series called The Prince's Escape was popular in 2012, about an "
              "old emperor. Everybody had it on their cards.", [U, S]),
        (Q, "Why did you leave?", []),
        ("A", "My brother in Seoul sent money for a broker. He said, your skills are worth "
              "something here, come.", [R]),
        (Q, "When?", []),
        ("A", "I left in 2015, through Sinuiju, on a smuggler's boat across the Yalu.", [F]),
        (Q, "Had you heard of human rights?", []),
        ("A", "In the North it was a word in the newspaper. I understood it here when a "
              "policeman apologised to me for stopping me by mistake.", [H]),
        (Q, "What do you do now?", []),
        ("A", "I repair phones in Yongsan, and I do the sound system at our church. The "
              "pastor says I have the right hands for it.", [S]),
        (Q, "Is there a South Korean drama you like?", []),
        ("A", "I watch the one about lawyers, Defending Rights or something like that. My "
              "wife likes it more than I do.", [S, C]),
    ]),
    ("rt27", {"pseudonym": "Interviewees P and S", "age": "22 and 25", "gender": "men",
              "province": "North Hamgyong"},
     {Q: "Interviewer", "P": "Interviewee P", "S": "Interviewee S"}, [
        (Q, "What did your parents do?", []),
        ("P", "Our father drove a truck and our mother ran the household. She was the real "
              "boss at home.", [S]),
        ("S", "Mother also kept pigs. We had to guard them at night because people stole "
              "everything.", [S]),
        (Q, "What do you remember about school?", []),
        ("P", "The teacher made us copy the Leader's speeches into our notebooks, again and "
              "again.", [S]),
        ("S", "The films they showed us about the war, with the Americans as wolves. We had "
              "to cheer.", [S]),
        (Q, "Did you have a television?", []),
        ("P", "A Chinese one, sold as a North Korean model. The picture was bad and the "
              "sound had a defect, it buzzed all the time.", [S]),
        ("S", "We only watched the news and the children's programmes on it.", [S]),
        (Q, "Why did your family leave?", []),
        ("P", "Father had an accident with the truck and lost his leg. After that we had no "
              "income at all, and mother said we would not survive another winter.", [R]),
        ("S", "And our uncle in China had promised to help us find work. So we went.", [R]),
        (Q, "How did you travel?", []),
        ("P", "We left Hoeryong at night and crossed where the river is narrow. A man the "
              "broker sent carried father on his back.", [F]),
        ("S", "I remember the cold most. And mother praying, which I had never seen "
              "before.", [F]),
        (Q, "Did you pay the border guards?", []),
        ("P", "The broker did. Father gave the broker the last of our savings, and the "
              "broker dealt with the soldiers.", [B]),
        ("S", "I only saw one soldier. He looked away, as if we were not there.", [B, C]),
        (Q, "Do you keep in touch with anyone there?", []),
        ("P", "Not any more. It is too dangerous for them. Let them live in peace.", [S]),
        ("S", "I write letters sometimes that I never send.", []),
        (Q, "What do you do now?", []),
        ("P", "I study accounting. My brother says I count money like a border guard.", [S]),
        ("S", "I drive for a delivery company. It is the right job while I save for "
              "university.", [S]),
    ]),
    ("rt28", {"pseudonym": "Cha", "age": 46, "gender": "woman", "province": "South Hamgyong"},
     None, [
        (Q, "What was your work in Hamhung?", []),
        ("A", "I worked at a state shop that sold school uniforms. We were paid in coupons "
              "that nobody wanted.", [S]),
        (Q, "How did you get by then?", []),
        ("A", "I knitted sweaters at night and my daughter sold them. It was a struggle to "
              "survive, but we managed.", [S]),
        (Q, "Did you ever have to deal with the security services?", []),
        ("A", "Once, when my brother-in-law defected. They came to our house and "
              "questioned me for a whole day. I told them the truth, that I knew nothing.",
         [F]),
        (Q, "Were you punished?", []),
        ("A", "No. They watched us for a year, then they stopped coming. My husband said he "
              "had taken care of it, but he never told me how.", [B]),
        (Q, "Did you listen to the radio?", []),
        ("A", "Only the third broadcast on the wired radio, with its songs about the Party. "
              "Even that was silent when the power was cut.", [S]),
        (Q, "Did you ever see a southern film?", []),
        ("A", "Just once, at my cousin's, on a small player. Two women in a cafe talking "
              "about their husbands. I could not stop thinking about their clothes.", [U]),
        (Q, "Why did you leave?", []),
        ("A", "My brother-in-law called from Seoul through a broker. He said my daughter "
              "could go to university there. For her, I decided to go.", [R]),
        (Q, "When did you arrive in the South?", []),
        ("A", "We arrived in 2019, after four months in China and Thailand.", [F]),
        (Q, "What did you learn at Hanawon?", []),
        ("A", "How to use a bank card, how to take the subway, and a little about the law. "
              "They said the police here must tell you why they arrest you.", [H, S]),
        (Q, "Is your daughter at university?", []),
        ("A", "Yes, she studies media design. She says she wants to make dramas one day.",
         [S]),
        (Q, "Do you feel free now?", []),
        ("A", "Free, yes, but tired. Freedom costs money here.", [S]),
    ]),
]

SPLIT = {"tune": ["rt01", "rt03", "rt05", "rt07", "rt09", "rt11", "rt13", "rt15", "rt17",
                  "rt19", "rt21", "rt23", "rt25", "rt27"],
         "heldout": ["rt02", "rt04", "rt06", "rt08", "rt10", "rt12", "rt14", "rt16", "rt18",
                     "rt20", "rt22", "rt24", "rt26", "rt28"]}


def render(meta: dict[str, object], tid: str, labels: dict[str, str] | None,
           turns: list[Turn]) -> str:
    """The transcript file: front matter, then turns. Published Q&A has no labels: a
    question paragraph ends in '?', an answer paragraph must not."""
    front = "\n".join(f"{k}: {v}" for k, v in {"id": tid, **meta}.items())
    out, previous = [f"---\n{front}\n---\n"], None
    for speaker, text, _ in turns:
        if labels is None:
            if (speaker == Q) != text.rstrip().endswith("?"):
                raise ValueError(f"{tid}: a published Q&A needs '?' on questions only: {text}")
            out.append(f"{text}\n")
        elif speaker == previous:
            out.append(f"{text}\n")  # another paragraph of the same turn
        else:
            out.append(f"{labels[speaker]}: {text}\n")
        previous = speaker
    return "\n".join(out)


def write(root: Path) -> None:
    by_id = {t[0]: t for t in TRANSCRIPTS}
    for split, ids in SPLIT.items():
        folder = root / split
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for tid in ids:
            _, meta, labels, turns = by_id[tid]
            (folder / f"{tid}.txt").write_text(render(meta, tid, labels, turns),
                                               encoding="utf-8")
            rows += [{"transcript": tid, "segment": text,
                      "codes": ";".join(c for c in codes if not c.startswith("~"))}
                     for speaker, text, codes in turns if speaker != Q]
        with (folder / "labels.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["transcript", "segment", "codes"])
            w.writeheader()
            w.writerows(rows)


def stats() -> dict[str, int]:
    """Answers, positives per code and hard cases of each kind, over both halves."""
    answers = [codes for _, _, _, turns in TRANSCRIPTS for who, _, codes in turns if who != Q]
    out = {"answers": len(answers), "no code": sum(not any(c[0] != "~" for c in codes)
                                                    for codes in answers)}
    for code in (B, U, R, H, S, F, C):
        out[code] = sum(code in codes for codes in answers)
    out["respondents answering one question"] = sum(
        1 for _, _, _, turns in TRANSCRIPTS for k in range(1, len(turns))
        if turns[k][0] not in (Q, turns[k - 1][0]) and turns[k - 1][0] != Q)
    return out


if __name__ == "__main__":
    import sys

    if "--stats" in sys.argv:
        for key, n in stats().items():
            print(f"{key}: {n}")
    else:
        write(Path(__file__).parent)
