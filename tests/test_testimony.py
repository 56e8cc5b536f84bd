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
]


@pytest.mark.parametrize(("question", "text", "codes"), CASES)
def test_the_default_codebook_reads_testimony(engine: Engine, question: str, text: str,
                                              codes: set[str]):
    got = {x.code.split("/")[0] for x in engine.explain(text, question) if x.coded}
    assert got == codes
