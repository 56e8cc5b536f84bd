"""Writes the hand-labelled evaluation set: tune/ and heldout/ transcripts + labels.csv.

Every interview here is invented for qcode in the style of domain.md. Each answer carries
the codes a human coder gives it (top-level ids; '' = no code). About a quarter are hard
cases: themes told with no theme word, and theme words used in another sense.
The default codebook is tuned on tune/ only; heldout/ is scored, never tuned on.
Run: python tests/data/eval/make_eval.py
"""

from __future__ import annotations

import csv
from pathlib import Path

B, U, R, H = "bribery", "usb_notel", "reasons_for_leaving", "human_rights_awareness"

# (id, front matter, interviewer label, respondent label, [(question, answer, codes)])
INTERVIEWS = {
    "tune": [
        ("ev01", {"pseudonym": "Choi", "age": 38, "gender": "woman", "province": "Ryanggang"},
         "Interviewer", "Interviewee", [
            ("What did you do for a living in Hyesan?",
             "I sold rice and corn in the jangmadang. The stall fee was collected every month "
             "by the market manager, which was normal.", []),
            ("Did you ever have trouble with the authorities?",
             "Once the anjeonbu [police] caught me selling Chinese clothes. I gave the officer "
             "two cartons of cigarettes and he tore up the report.", [B]),
            ("Did you watch foreign films?",
             "Everyone in our street did. My neighbour had a notel and we watched South Korean "
             "dramas with a blanket over the window.", [U]),
            ("Were you ever afraid?",
             "When the 109 group came they checked which disc was stuck inside the player, so "
             "we always kept a North Korean film in it as a decoy.", [U]),
            ("Why did you decide to leave?",
             "After my husband died there was nothing to eat. I crossed the river because I "
             "thought at least in China I could find food for my daughter.", [R]),
            ("Had you heard about human rights before?",
             "No. I only heard that word at Hanawon. Before that I thought it was something "
             "only the Americans talked about to attack us.", [H]),
            ("What happened to your daughter?",
             "She stayed with my mother at first. I sent money through a broker later.", []),
            ("How did your neighbours get by?",
             "People who had connections did fine. The rest of us worked every day and still "
             "went hungry in spring.", []),
            ("Did anyone help you on the way?",
             "A guard on the river gave us water and pointed to the road. He asked for nothing, "
             "which surprised me.", []),
            ("Did you pay anyone to avoid work assignments?",
             "Yes, of course, every month.", [B]),
         ]),
        ("ev02", {"pseudonym": "Kang", "age": 24, "gender": "man", "province": "North Hamgyong"},
         "Q", "A", [
            ("Tell me about your school.",
             "I went to middle school in Chongjin. Teachers asked for things all the time. If "
             "your parents brought the teacher rice or money, you did not have to go to the "
             "farm mobilisation.", [B]),
            ("How did students get foreign songs?",
             "Friends passed around USB sticks hidden inside their school bags. We copied the "
             "files at night and erased them before morning.", [U]),
            ("What did you think of the dramas?",
             "I saw that people in Seoul had cars and food, and I wanted to live like that. "
             "That is honestly the main reason I left.", [U, R]),
            ("Did you ever get caught?",
             "My friend was caught with a memory card. His father paid the inspectors and "
             "the case disappeared.", [U, B]),
            ("What about military service?",
             "My father handed the recruiter an envelope so that I would be exempted from "
             "military service for a year.", [B]),
            ("Did you learn anything about your rights in the South?",
             "In South Korea a teacher told me everyone has the right to speak freely. I was "
             "shocked. Nobody had ever told me I had rights.", [H]),
            ("How did you leave?",
             "I went with a group of four. We walked for two nights.", []),
            ("Was there a particular moment when you decided to go?",
             "When they started investigating our family, I knew I would be sent to a camp if "
             "I stayed, so I ran.", [R]),
            ("What was daily life like?",
             "Ordinary. We had state TV in the evenings when there was electricity, mostly "
             "news about the Leader.", []),
            ("Anything else you want to say?",
             "Only that I hope my mother is safe.", []),
         ]),
        ("ev03", {"pseudonym": "Yoon", "age": 47, "gender": "woman", "province": "South Hamgyong"},
         "INT", "R03", [
            ("What work did you do?",
             "I was a bookkeeper at a textile factory. I used a USB stick for work, to carry "
             "the factory's accounts to the district office.", []),
            ("Did you have any dealings with the bowiwon?",
             "The bowiwon [state security officer] came to question my brother. We gave him "
             "Chinese liquor and some dollars and he stopped coming.", [B]),
            ("Did you know about the UN?",
             "In the holding centre the food was terrible and they beat us, but when people said "
             "the UN was asking questions about the centres, the beatings stopped for a while.", [H]),
            ("How did that make you feel?",
             "For the first time I felt we were treated like human beings, only because the "
             "outside world was watching.", [H]),
            ("Why did you come to the South?",
             "My son. I wanted him to have a future, to study at a university, not dig coal.",
             [R]),
            ("How did you cross?",
             "A broker arranged everything. We paid the broker 8,000 yuan after arriving.", []),
            ("Did you listen to the radio?",
             "My husband had a small radio and tuned it very low to listen to broadcasts from "
             "the South late at night.", [U]),
            ("Did you ever talk about freedom with friends?",
             "Never. You could not trust anyone, even at home.", []),
            ("What happened in the 1990s?",
             "The Arduous March. My father starved. We ate grass porridge for months.", []),
            ("Was that why you left?",
             "Partly. When there is no food you think about China every day.", [R]),
         ]),
        ("ev04", {"pseudonym": "Lim", "age": 61, "gender": "man", "province": "North Pyongan"},
         "Moderator", "Participant", [
            ("Where did you live?",
             "In Sinuiju, next to the Yalu. You could see the lights of Dandong across the "
             "river.", []),
            ("Did you trade with China?",
             "Yes. Smuggling was the only way. The border guards took a share of everything, "
             "that was the arrangement, everybody paid them off.", [B]),
            ("Did you have a Chinese phone?",
             "I had a Chinese mobile phone hidden in the wall to call my partner in Dandong.",
             [U]),
            ("Did people watch South Korean television?",
             "Near the border you could catch Chinese channels, and some people watched South "
             "Korean shows on DVDs.", [U]),
            ("What did you think of human rights then?",
             "The Rodong Sinmun said human rights were a weapon the Americans used against our "
             "Republic. I believed it.", [H]),
            ("Why did you finally leave?",
             "I was tipped off that the bowibu were going to arrest me for the smuggling. I "
             "had no choice but to flee that same night.", [R]),
            ("How was the journey?",
             "We went through Laos. It took two months.", []),
            ("Did you leave anyone behind?",
             "My wife left me years before, she went back to her parents' home.", []),
            ("Did you ever help others?",
             "Sometimes I carried letters for families across the river, for free.", []),
         ]),
        ("ev05", {"pseudonym": "Seo", "age": 33, "gender": "woman", "province": "Jagang"},
         "Interviewer", "Seo", [
            ("What was your job?",
             "I was a nurse. Doctors expected gifts; patients brought cigarettes or eggs to "
             "the doctor before any operation, otherwise you waited forever.", [B]),
            ("Did you see foreign media in Jagang?",
             "Less than near the border. Sometimes a micro-SD card came around with Chinese "
             "films on it and we watched them on a phone.", [U]),
            ("Were there crackdowns?",
             "The inspection teams searched houses without warning. A girl in our unit was "
             "sent to a labour camp for a K-drama.", [U]),
            ("Why did you leave?",
             "Because I wanted freedom. I was tired of living in fear every single day.", [R]),
            ("What do you think about rights now?",
             "Here I learned I have dignity as a person. In the North I did not even know the "
             "word inkwon.", [H]),
            ("Did the hospital have medicine?",
             "Hardly. We gave patients tablets from China that their families bought in the "
             "market.", []),
            ("How did you cross?",
             "I crossed in winter when the river was frozen.", []),
            ("Did you talk about politics at work?",
             "No one dared. There was drama at every meeting, people criticising each other.",
             []),
            ("Did you pay anyone at the border?",
             "No, never.", [B]),
         ]),
    ],
    "heldout": [
        ("ev06", {"pseudonym": "Baek", "age": 29, "gender": "man", "province": "Ryanggang"},
         "Interviewer", "Interviewee", [
            ("What did your parents do?",
             "My mother traded in the jangmadang and my father worked at the mine, for almost "
             "no wage.", []),
            ("Did your family ever bribe officials?",
             "All the time. When my mother was arrested for selling, my father brought the "
             "police chief a sack of rice and she was released the next day.", [B]),
            ("How did you get South Korean songs?",
             "From a friend whose uncle smuggled notetel players from Changbai. We listened to "
             "K-pop with earphones.", [U]),
            ("Were you ever punished for it?",
             "The 109 sangmu caught me once. I spent a week in the holding centre until my "
             "father paid them.", [U, B]),
            ("Why did you leave North Korea?",
             "I saw on the dramas how young people in the South could choose their jobs. I "
             "wanted that chance, so I decided to escape.", [R, U]),
            ("Did you know about human rights?",
             "Honestly, no. I never heard about human rights until I arrived in South Korea.",
             [H]),
            ("What did you do after school?",
             "I left school at sixteen and worked on a construction site.", []),
            ("Did the army try to recruit you?",
             "Yes. My father made sure I was not taken. He gave the recruiter three hundred "
             "dollars.", [B]),
            ("Who did you leave with?",
             "Alone. I did not tell anyone, not even my mother.", []),
            ("Is there anything you regret?",
             "That I could not say goodbye.", []),
         ]),
        ("ev07", {"pseudonym": "Hwang", "age": 55, "gender": "woman", "province": "North Hamgyong"},
         "Q", "A", [
            ("Where were you born?",
             "In Musan, near the iron mine. My songbun was bad because of my grandfather.", []),
            ("How did you survive the famine?",
             "We sold everything. My two brothers starved to death in 1997. I went to China "
             "the first time only to find food, then came back.", [R]),
            ("Were you caught crossing?",
             "I was sent back from China and held in a jipkyulso [holding centre]. The guards "
             "treated us like animals and we had no rights at all.", [H]),
            ("How did you get out of the holding centre?",
             "My sister gave the warden money. Without that I would have been sent to the "
             "labour camp.", [B]),
            ("What made you leave for good?",
             "My daughter was already in Seoul. She sent a broker so I could join her.", [R]),
            ("Did you watch foreign films in Musan?",
             "Some. Mostly Chinese films on DVD, at a neighbour's house with the door locked.",
             [U]),
            ("Did you ever report anyone?",
             "Never. The inminban [neighbourhood unit] head asked me to, but I refused.", []),
            ("What did you learn at Hanawon?",
             "They taught us about democracy and that every person has rights. I cried, "
             "because I thought about my brothers.", [H]),
            ("How was the journey to Thailand?",
             "Long. We walked through the mountains in Laos at night.", []),
            ("Is the border different now?",
             "Now it is much harder, they say even the guards cannot be paid anymore.", [B]),
         ]),
        ("ev08", {"pseudonym": "Jung", "age": 41, "gender": "man", "province": "South Pyongan"},
         "INT", "R08", [
            ("What was your work?",
             "I was a driver for a trading company. I carried goods to Pyongyang.", []),
            ("Did you have to pay at checkpoints?",
             "At every checkpoint we handed the soldiers a pack of cigarettes. Without that "
             "you would be searched for hours.", [B]),
            ("How did you get a travel permit?",
             "You bought it. Everybody bought their travel permits from the security office.",
             [B]),
            ("Did you ever carry media?",
             "Sometimes drivers carried USB drives with South Korean movies between cities. "
             "It was very profitable.", [U]),
            ("What did you watch?",
             "Action films, and the news from KBS once. I could not believe the South was so "
             "rich.", [U]),
            ("Why did you leave?",
             "I was caught carrying a USB and knew I would go to a kyohwaso [prison]. I fled "
             "across the river before the trial.", [R, U]),
            ("Did anyone speak to you about human rights in China?",
             "A pastor in China gave me a book about the UN and human rights. I read it in "
             "secret.", [H]),
            ("How did your family react?",
             "My wife was angry that I left without her, and she was right.", []),
            ("Did the bowiwon question your family?",
             "Yes, after I left they came many times. My brother had to leave his job.", []),
            ("What do you do now?",
             "I drive a taxi in Incheon.", []),
         ]),
        ("ev09", {"pseudonym": "Moon", "age": 36, "gender": "woman", "province": "Hwanghae"},
         "Moderator", "Participant", [
            ("Tell me about your village.",
             "It was a farming village. We grew corn and rice, but the state took most of the "
             "harvest.", []),
            ("Did the farm managers take bribes?",
             "The farm manager took a little extra from everyone if you wanted a better plot. "
             "You gave him some of the harvest and it was taken care of.", [B]),
            ("Were foreign broadcasts common?",
             "Not in our village. We were far from the border. I only heard rumours about "
             "dramas.", [U]),
            ("Why did you leave?",
             "My children were always hungry. I left so they could eat.", [R]),
            ("What happened in China?",
             "I was sold to a farmer. I had no rights there either, I could not go anywhere.",
             [H]),
            ("How did you come to Korea?",
             "A church group helped me go through Laos.", []),
            ("Do you know anything about the UN reports?",
             "I gave testimony to the UN commission. It felt important that the world knows "
             "what happened to us.", [H]),
            ("How is life now?",
             "Hard, but my children go to school.", []),
            ("Did the village have electricity?",
             "Two hours a day, if we were lucky.", []),
            ("Did you ever watch a South Korean film?",
             "Once, in China. I was surprised the people spoke our language so softly.", [U]),
         ]),
        ("ev10", {"pseudonym": "Oh", "age": 45, "gender": "man", "province": "Jagang"},
         "Interviewer", "Oh", [
            ("What was your role in the army?",
             "I was a border guard for four years on the Yalu.", []),
            ("Did guards accept money from smugglers?",
             "Of course. We lived on it. The smugglers gave us yuan and we looked the other "
             "way.", [B]),
            ("Did you confiscate media?",
             "Yes, and we watched what we confiscated. The officers kept the best USB sticks "
             "for themselves.", [U]),
            ("Why did you desert?",
             "My commander blamed me for a soldier who escaped. I was going to be punished "
             "severely, so I crossed the river myself.", [R]),
            ("Did you think about human rights as a soldier?",
             "We were told human rights was American propaganda. I never thought about it.",
             [H]),
            ("What was the food like in the army?",
             "Bad. Soldiers stole from farms at night.", []),
            ("Did you have a radio?",
             "The barracks had only the wired radio with state broadcasts.", []),
            ("What do you miss?",
             "The mountains, and my mother's cooking.", []),
            ("What did you do first in Seoul?",
             "I bought a phone and called my friend in China.", []),
         ]),
    ],
}


def write(root: Path) -> None:
    for split, interviews in INTERVIEWS.items():
        folder = root / split
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for tid, meta, q_label, a_label, turns in interviews:
            front = "\n".join(f"{k}: {v}" for k, v in {"id": tid, **meta}.items())
            body = [f"---\n{front}\n---\n"]
            for question, answer, codes in turns:
                body.append(f"{q_label}: {question}\n\n{a_label}: {answer}\n")
                rows.append({"transcript": tid, "segment": answer, "codes": ";".join(codes)})
            (folder / f"{tid}.txt").write_text("\n".join(body), encoding="utf-8")
        with (folder / "labels.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["transcript", "segment", "codes"])
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    write(Path(__file__).parent)
