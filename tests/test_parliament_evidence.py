"""A parliamentary committee's published evidence as Canada's House of Commons prints it:
labels with the speaker's riding and party or capacity in brackets (`The Vice-Chair (Mr. Tom
Kowalczyk (Elmwood—Transcona, NDP)):`, `Ms. Ri Kyong-ok (As an Individual):`), members who
speak once, time marks `(1540)` and language marks `[Translation]`. eval29's committee01
found the witness's statement read into the chair's turn and a member's questions coded as
a witness's; proven here on another committee (parliament.py), and not read so in a
journalist's interview with a member (no chair, one bracketed label)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.parliament import EVIDENCE_LABEL

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(name: str) -> list[tuple[str, str, str]]:
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_chair_and_members_ask_witnesses_answer_and_marks_are_context():
    got = _read("commons-evidence-two-witnesses.txt")
    chair, osei, ri = "The Vice-Chair", "Mr. Daniel Osei", "Ms. Ri Kyong-ok"
    assert [g for g in got if g[0] != "other"] == [
        ("interviewer", chair, "Good afternoon. The chair"),
        ("respondent", osei, "Thank you. Our clinic"),
        ("interviewer", chair, "Thank you. Ms. Ri,"),
        ("respondent", ri, "I came in 2021."),
        ("interviewer", "Hon. Marcus Elridge", "Ms. Ri, who helped"),
        ("respondent", ri, "A woman from my"),
        ("respondent", osei, "That is typical. Churches"),
        ("interviewer", chair, "Thank you both. The"),
    ]
    context = [text for role, _, text in got if role == "other"]
    assert context == ["Standing Committee on Citizenship", "Tuesday, March 5, 2024",
                       "Chair: Mrs. Hélène Marchand", "(1540)", "[Translation]", "[English]",
                       "(1545)"]


def test_a_members_bracketed_label_in_an_interview_reads_as_before():
    """One bracketed label and no chair: no committee. The member answers the interviewer,
    and `(1430)` / `[English]` stay words of her turn, as any transcriber's mark does."""
    got = _read("not-evidence-member-interviewed.txt")
    assert [(role, who) for role, who, _ in got[1:]] == [
        ("interviewer", "Interviewer"), ("respondent", "Bassi")] * 2 + [
        ("interviewer", "Interviewer")]
    t = parse_file(LAYOUTS / "not-evidence-member-interviewed.txt", Config())
    assert "(1430)" in t.turns[2].text and "[English]" in t.turns[2].text


def test_the_label_shape_is_linear_on_a_long_line():
    line = "Ms. Yoo Hae-won " + "(As an Individual " * 1200 + ":"
    assert EVIDENCE_LABEL.match(line) is None
