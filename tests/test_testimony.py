"""The default codebook on sentences in the way testimony talks (issue 20): invented, one per
way of telling, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from qcode.codebook import load_codebook
from qcode.match import Engine
from qcode.resources import default_codebook


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_codebook(default_codebook()))


CASES = [  # (question, answer, top-level codes a careful coder gives)
    ("", "I went to China to earn money because my family was starving.", {"reasons_for_leaving"}),
    ("", "I did not plan to defect. I crossed the river to buy food.", {"reasons_for_leaving"}),
    ("", "There was nothing left to eat, so we left.", {"reasons_for_leaving"}),
    ("", "I had heard that in China even dogs ate rice, so I decided to go.",
     {"reasons_for_leaving"}),
    ("", "My husband beat me every day. I could not stand it anymore and ran away.",
     {"reasons_for_leaving"}),
    ("", "I left in 2005. It was because of the hunger.", {"reasons_for_leaving"}),
    ("", "I came to China to earn money for my children.", {"reasons_for_leaving"}),
    # facts of leaving, companions and other senses: no reason
    ("", "I crossed the river in 1998. Because I was hungry, I stole corn.", set()),
    ("", "In 2012 I crossed the Yalu in winter. My son came a year later.", set()),
    ("", "I crossed the Tumen River in March 2006.", set()),
    ("", "I escaped with my two children.", set()),
    ("Why did you leave?", "I came out in 2008 with my son.", set()),
    ("", "I went to middle school in Chongjin.", set()),
    ("", "The train left at six in the morning.", set()),
    ("", "People are too scared to try leaving now.", set()),
    # bribery told as officials taking money; a broker's fee is not a bribe
    ("", "The soldiers at the border would take money from the smugglers.", {"bribery"}),
    ("", "We paid the broker 3,000 dollars.", set()),
    ("", "In the North, with money you can get out of almost any trouble.", {"bribery"}),
    # media in the North, not today in the South
    ("", "I listened to KBS at night under the blanket.", {"usb_notel"}),
    ("", "Now in Seoul I watch dramas every day.", set()),
    ("Do you watch dramas now?", "Yes, every evening on my phone.", set()),
    ("", "Is that right? I did not know.", set()),
    # session 8: paraphrase families of how testimony tells each theme, and other senses
    ("", "The soldier only wanted fuel, so I gave him two jerrycans and he waved me through.",
     {"bribery"}),
    ("", "Every month the market manager took something extra, on top of the fee.", {"bribery"}),
    ("", "You slip them some cash and they forget they ever saw you.", {"bribery"}),
    ("", "They squeezed the traders for whatever they could get.", {"bribery"}),
    ("", "My father gave me some money for the trip to my aunt.", set()),
    ("", "The copied films came over from China, with Chinese subtitles.", {"usb_notel"}),
    ("", "Near the border we could pick up Chinese television with an antenna.", {"usb_notel"}),
    ("", "They lectured us about impure recordings from the enemy.", {"usb_notel"}),
    ("", "The Chinese police showed me a paper and sent me back.", set()),
    ("", "I was held at a Chinese police station for ten days.", set()),
    ("", "I waited outside the station until morning.", set()),
    ("", "We knew nothing about the outside world.", set()),
    ("", "We sent the request through the official channels.", set()),
    ("", "I went over to China to get food for my children.", {"reasons_for_leaving"}),
    ("", "In China you could at least eat, people said. So one night I crossed.",
     {"reasons_for_leaving"}),
    ("", "Sometimes I carried letters across the river, for free.", set()),
    ("Why did you go to the market that day?", "To sell the rabbits.", set()),
    ("Why did you come back to North Korea?", "My mother was sick.", set()),
    ("", "My mother always had a bag of tofu ready for the inspector.", {"bribery"}),
    ("", "I count money like a border guard, my brother says.", set()),
    ("", "We watched a drama called The Bribe on a notel.", {"usb_notel"}),
    ("", "There was a drama called My Rights that everyone copied.", {"usb_notel"}),
    ("", "The foreign journalists filmed the parade.", set()),
    ("", "A Chinese programme for North Korean workers hired my cousin.", set()),
    ("", "I wanted to see the outside world, so I left.", {"reasons_for_leaving"}),
    ("", "Their son was a police officer, so we had to leave after a week.", set()),
    ("", "We crossed at night because of the police patrols.", set()),
    ("", "We had no choice but to walk at night, so nobody would see us leave.", set()),
    ("", "My husband was arrested, so I escaped with my two children.", {"reasons_for_leaving"}),
    ("", "I wanted to live like a human being.", set()),
    ("", "At Hanawon they told us that even a prisoner must not be beaten.",
     {"human_rights_awareness"}),
    ("", "My right hand was broken in the camp.", set()),
    ("", "The UN sent sacks of flour, but the army took them.", set()),
    ("", "When the UN delegation came the food suddenly improved.", {"human_rights_awareness"}),
    ("", "I paid the fine at the police station and went home.", set()),
    # session 10: who went first, leave as time off or as putting down, a place at the border,
    # "what was it like" opening a new topic: facts and other senses, not reasons
    ("", "My brother went first, in 2010. I followed in 2012.", set()),
    ("", "My sister escaped first, in 2006, and I followed her in 2008.", set()),
    ("", "My sister had already gone, so in 2008 I crossed too.", {"reasons_for_leaving"}),
    ("", "We were hungry, so the soldiers were sent home on leave.", set()),
    ("", "My aunt was hungry, so I left a letter for her at the market.", set()),
    ("", "We were hungry, so we left town for the countryside to look for food.", set()),
    ("", "My mother has to climb a hill near the border to call us.", set()),
    ("", "I knew they would come for me, so I had to take my son away from there.",
     {"reasons_for_leaving"}),
    (["Why did you leave?", "What was it like arriving?"],
     "My mother was there and I was afraid of everything.",
     set()),
    (["Why did you leave?", "And why was that?"], "My mother was there.", {"reasons_for_leaving"}),
    # session 10: bribery told without its words (a hand, a sentence bought down, guards to be fed,
    # refusals, an arrangement, a share kept), media told back or shown as a reason, the seal
    # on the tuner, a hard disk; a phone for calls home; the right not to answer
    ("", "Before every holiday the manager came by, and you put something in his hand.",
     {"bribery"}),
    ("", "Her brother sold his motorbike to buy her out of the labour camp.", {"bribery"}),
    ("", "They sold the house to get the sentence reduced.", {"bribery"}),
    ("", "On our stretch of the river the soldiers had to be fed, or nothing crossed.",
     {"bribery"}),
    ("", "The new chief sent every present back, and nobody dared to take money after that.",
     {"bribery"}),
    ("",
     "My aunt went to see the inspector with a bag of dried squid, and the report was never mentioned again.",
     {"bribery"}),
    ("", "The squad leader came to an arrangement with the smugglers.", {"bribery"}),
    ("", "We paid the farm every month and the foreman kept part of it for himself.", {"bribery"}),
    ("", "He was arrested for corruption in 2012.", {"bribery"}),
    ("", "The guards fed us once a day, mostly corn.", set()),
    ("", "My brother sold his bicycle to get the money for the trip.", set()),
    ("", "We sold the house to pay the broker to get my mother out.", set()),
    ("", "In his pocket he kept a photo of his mother.", set()),
    ("", "She wanted to become a nurse, like the ones in that drama.", {"usb_notel"}),
    ("", "The films played a part too. You saw how people in Seoul lived.", {"usb_notel"}),
    ("", "At night they checked whether the seal on our television was broken.", {"usb_notel"}),
    ("", "He got three years for a hard disk.", {"usb_notel"}),
    ("", "I kept the accounts on a hard drive for work.", set()),
    ("", "The parcel had a customs seal on it.", set()),
    ("", "I used my brother's Chinese phone to call my mother in the South.", set()),
    ("", "The lawyer told me I had the right not to answer.", {"human_rights_awareness"}),
    # session 11: the question's context does not make a told crossing, or a denial, a reason
    ("Why did you decide to go?", "We went over at the shallow bend, just before dawn.", set()),
    ("What made you leave?", "I only found out we were leaving on the morning we went.", set()),
    ("Did the radio broadcasts push you to leave?", "Not really. I never believed much of it.",
     {"usb_notel"}),
    # the topic, not the polarity (domain.md): a "no" to a question on a reason is about it
    ("Did the dramas influence your decision?", "For me, no. I knew they were all made up.",
     {"usb_notel", "reasons_for_leaving"}),
    ("Why did you leave?", "No rice for months. We crossed together to survive.",
     {"reasons_for_leaving"}),
    ("Why did you leave?", "No, it was not that. My brother had already gone and wrote to us.",
     {"reasons_for_leaving"}),
    ("Why did you leave?", "Life had become impossible for people like us.",
     {"reasons_for_leaving"}),
]


@pytest.mark.parametrize(("question", "text", "codes"), CASES)
def test_the_default_codebook_reads_testimony(engine: Engine, question: str | list[str],
                                              text: str, codes: set[str]):
    got = {x.code.split("/")[0] for x in engine.explain(text, question) if x.coded}
    assert got == codes
