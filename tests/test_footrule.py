"""Footnotes typed under a rule at the foot of a Word transcript (footrule.py): the rule and
the notes whose numbers were typed glued to words (`In Onsong.2`) are context, the marks
come off the words; numbered paragraphs under a rule whose numbers no word carries (a list
read out) stay the speaker's. eval29's docx43 found such a note read into the closing
question; proven here on another transcript (word-*.docx, written by
make_footrule_docx.py)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.kinds import RULE

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(name: str) -> list[tuple[str, str, str]]:
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_notes_under_the_rule_are_context_and_their_marks_come_off():
    got = _read("word-footnotes-under-rule.docx")
    assert got[1:] == [
        ("interviewer", "Interviewer", "Where did you live"),
        ("respondent", "Ms. Pyon", "In Onsong. My husband"),
        ("interviewer", "Interviewer", "How did the station"),
        ("respondent", "Ms. Pyon", "He took a bowl"),
        ("interviewer", "Interviewer", "Thank you, that is"),
        ("other", "(rule)", "__________"),
        ("other", "(footnote)", "2 A county town"),
        ("other", "(credit)", "Transcribed by J. Mercer."),
    ]
    t = parse_file(LAYOUTS / "word-footnotes-under-rule.docx", Config())
    assert t.turns[4].text.endswith("it was the custom.")


def test_a_numbered_list_under_a_rule_stays_the_speakers():
    got = _read("word-numbered-list-under-rule.docx")
    assert got[1:] == [
        ("interviewer", "Interviewer", "What did your mother"),
        ("respondent", "Mr. Cha", "She had rules, and"),
        ("other", "(rule)", "__________"),
        ("respondent", "Mr. Cha", "1 Never sell in"),
        ("interviewer", "Interviewer", "Thank you. Did she"),
        ("respondent", "Mr. Cha", "Always. She died in"),
    ]


def test_a_rule_of_em_dashes_is_a_rule_and_a_dash_in_speech_is_not():
    assert RULE.match("—————") and RULE.match("― ― ―")
    assert not RULE.match("— I left. —") and not RULE.match("—" * 20000 + "x")
