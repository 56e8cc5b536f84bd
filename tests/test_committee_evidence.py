"""A UK select committee's oral evidence: question numbers in a column before the members'
names (`Q23   Chair:`), a title page listing the panels (`II: Ri Song-mi, ...`), and the
committee's procedure between turns (`Sitting suspended for a Division in the House.`).
eval19's hansard01 found every numbered question read into the answer before it; proven
here on another transcript (hearing.py, labels.py, furniture.py)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(name: str) -> list[tuple[str, str, str]]:
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_numbered_questions_are_the_members_and_the_title_page_is_context():
    """The question number is no word and the label after it is read, even a member's
    used once (`Q26   Tom Haldane:`); whoever asks a numbered question is a member, the
    others witnesses (a notice says so); the panel line, `Examination of witnesses`,
    `Witnesses: ...` and the suspension, resumption and adjournment are context."""
    got = _read("committee-oral-evidence-second-panel.txt")
    chair, ri, ahn = "Sir Alan Whitcombe", "Ri Song-mi", "Ahn Chul"
    assert [g for g in got if g[0] != "other"] == [
        ("interviewer", chair, "Welcome to our second"),
        ("respondent", ri, "They are taken first"),
        ("interviewer", "Mr Lewis", "Is there any way"),
        ("respondent", ri, "Only money. A family"),
        ("respondent", ahn, "It was the same"),
        ("interviewer", "Ms Rebecca Dunmore", "Mr Ahn, what did"),
        ("respondent", ahn, "Rice, batteries, memory cards"),
        ("interviewer", chair, "And the films were"),
        ("respondent", ahn, "Mostly, and American ones."),
        ("interviewer", "Tom Haldane", "Thank you both for"),
    ]
    context = [text for role, _, text in got if role == "other"]
    assert "II: Ri Song-mi, founder," in context
    assert "Sitting suspended for a" in context
    assert context[-1] == "The Committee adjourned."
    t = parse_file(LAYOUTS / "committee-oral-evidence-second-panel.txt", Config())
    assert not any("Q2" in turn.text for turn in t.turns)
    assert "read as a committee's oral evidence" in t.notices[0].message


def test_numbered_q_and_a_labels_and_an_answer_about_a_committee_read_as_before():
    """`Q1:` / `A1:` labels are no committee's numbers, and an answer that says `The
    committee adjourned for a month and...` is speech, not procedure."""
    got = _read("not-a-committee-numbered-qa.txt")
    assert [(role, who) for role, who, _ in got[1:]] == [("interviewer", "Q"),
                                                         ("respondent", "A")] * 4
    assert got[6] == ("respondent", "A", "The committee adjourned for")
    t = parse_file(LAYOUTS / "not-a-committee-numbered-qa.txt", Config())
    assert not any("committee's oral evidence" in n.message for n in t.notices)
