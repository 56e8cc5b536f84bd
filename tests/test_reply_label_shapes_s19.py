"""Shapes eval25 found misread, each fix proven on its own fixture in another wording
(tests/data/layouts/), with a near miss that must read as before: an e-mail reply typed
between the quoted questions with no blank line around the answers (replies.py), labels
in brackets naming a role and its number alone on their lines (`[Participant 1]`,
labels.py / speakers.py), full names labelling the first exchange before the initials
label the rest (speakers.py `named_in_full_once`, samepeople.py `short_forms`)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first five words) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, " ".join(p.text.split()[:5]))
            for turn in t.turns for p in turn.paragraphs]


def test_answers_typed_between_quoted_questions():
    """`>Question?` then the answer on the next line, a bare `>` before the next question:
    each quoted question (one over two lines) is the interviewer's without its `>`, each
    answer (one of two lines) the respondent's; the quoted greeting, sign-off and
    signature are context."""
    rows = turns(LAYOUTS / "email-answers-typed-between-quotes.txt")
    at = rows.index(("(quote header)", "other", "On Mon, 3 Apr 2023"))
    assert rows[at + 1:] == [
        ("(quoted)", "other", ">Dear Mr. Lee,"),
        ("(quoted)", "other", ">Thank you for agreeing to"),
        ("Interviewer", "interviewer", "How did you first hear"),
        ("Respondent", "respondent", "From my cousin. She went"),
        ("Interviewer", "interviewer", "Was there anyone you had"),
        ("Respondent", "respondent", "The guard on our section."),
        ("Interviewer", "interviewer", "Did you tell your family"),
        ("Respondent", "respondent", "Only my mother. My father"),
        ("Interviewer", "interviewer", "What did you take with"),
        ("Respondent", "respondent", "Nothing, a photo of my"),
        ("(quoted)", "other", ">Thanks again, this is very"),
        ("(quoted)", "other", ">-- >Hana Reyes, Research Fellow"),
    ]
    assert not any(r[1] != "other" for r in rows[:at])


def test_quoted_lines_between_commentary_are_no_interview():
    """A writer quoting a letter line by line, her comment under each quote (one quote
    asks): not questions and answers; one paragraph of her testimony, as before."""
    assert turns(LAYOUTS / "quoted-lines-between-commentary.txt") == [
        ("(front matter)", "other", "Reading the letters again"),
        ("Respondent", "respondent", "My grandmother kept the letters"),
        ("Respondent", "respondent", "It had not. Nobody ever"),
    ]


def test_bracketed_numbered_participants_are_two_speakers():
    """`[Participant 1]` and `[Participant 2]` alone on their lines: two respondents, the
    labels no words of their turns; `[Moderator]` asks."""
    rows = turns(LAYOUTS / "bracket-numbered-participants.txt")
    assert rows[1:] == [
        ("Moderator", "interviewer", "Thank you both for coming."),
        ("Participant 1", "respondent", "I sold shoes at the"),
        ("Participant 2", "respondent", "And I sold noodles. Her"),
        ("Moderator", "interviewer", "Did the market managers take"),
        ("Participant 2", "respondent", "Every week, a fee for"),
        ("Participant 1", "respondent", "You paid it or you"),
        ("Moderator", "interviewer", "Thank you."),
    ]


def test_numbered_tape_markers_in_brackets_name_nobody():
    """`[Tape 1 ends]` and `[Tape 2]` between bracket-labelled turns: context, no speaker."""
    assert turns(LAYOUTS / "bracket-labels-tape-markers.txt") == [
        ("(heading)", "other", "Interview transcript, 12 May 2019"),
        ("Interviewer", "interviewer", "Where were you born?"),
        ("Respondent", "respondent", "In Chongjin, near the port."),
        ("(note)", "other", "[Tape 1 ends]"),
        ("(interview heading)", "other", "[Tape 2]"),
        ("Interviewer", "interviewer", "What did your parents do?"),
        ("Respondent", "respondent", "My father worked at the"),
        ("Interviewer", "interviewer", "When did you leave?"),
        ("Respondent", "respondent", "In 2011, in the winter."),
    ]


def test_full_names_once_then_their_initials():
    """`Hannah Okafor:` and `Pyo Jin-suk:` label the first exchange, `HO:` / `PJS:` the
    rest: one interviewer and one respondent, the first question and answer theirs."""
    t = parse_file(LAYOUTS / "initials-after-full-names.txt", Config())
    rows = [(turn.speaker, turn.role, " ".join(turn.paragraphs[0].text.split()[:5]))
            for turn in t.turns]
    assert rows[1:] == [
        ("Hannah Okafor", "interviewer", "Thank you for meeting me."),
        ("Pyo Jin-suk", "respondent", "I worked at a coal"),
        ("Hannah Okafor", "interviewer", "How did people at the"),
        ("Pyo Jin-suk", "respondent", "We sold the coal. The"),
        ("Hannah Okafor", "interviewer", "Did you ever think of"),
        ("Pyo Jin-suk", "respondent", "No. My mother was sick,"),
        ("Hannah Okafor", "interviewer", "Thank you."),
    ]
    assert rows[0][1] == "other"
    assert any("short forms" in n.message for n in t.notices)


def test_a_name_with_the_interviewers_initials_inside_an_answer_is_text():
    """`Jae Lee:` once, inside MK's answer, after `JL:` has asked: words of the answer (a
    line she was told to say), not the interviewer, as before."""
    assert turns(LAYOUTS / "initials-near-miss-name-in-answer.txt")[1:] == [
        ("JL", "interviewer", "Who helped you in China?"),
        ("MK", "respondent", "A woman from the church."),
        ("JL", "interviewer", "Did anyone else help?"),
        ("MK", "respondent", "Her son drove us to"),
        ("MK", "respondent", "Jae Lee: I am her"),
        ("MK", "respondent", "That was the name on"),
        ("JL", "interviewer", "Thank you."),
    ]


def _speaking(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """Parse the text as a file; each speaking turn's (role, speaker)."""
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return [(t.role, t.speaker) for t in parse_file(path, Config()).turns
            if t.role in ("interviewer", "respondent")]


def test_hostile_interleaved_replies_and_labels(tmp_path: Path):
    """Lines tens of thousands of characters long and files of thousands of each shape's
    lines read as their shape (in linear time: no timing is asserted)."""
    asked = "".join(f"> Where did you live in {i}?\nIn Musan.\n>\n" for i in range(1700))
    assert _speaking(tmp_path, asked) == [("interviewer", "Interviewer"),
                                          ("respondent", "Respondent")] * 1700
    _speaking(tmp_path, "> " + "Why? " * 4000 + "\n" + "A" * 20000 + "\n> " + "x" * 20000)
    labelled = "[Moderator]\nWhy?\n\n[Participant 1]\nIn Musan.\n\n[Participant 2]\nNo.\n\n"
    assert _speaking(tmp_path, labelled * 600) == [
        ("interviewer", "Moderator"), ("respondent", "Participant 1"),
        ("respondent", "Participant 2")] * 600
    assert _speaking(tmp_path, "[Respondent " + "1" * 20000 + "]\nIn Musan.\n") \
        == [("respondent", "Respondent")]
    named = "".join(f"Kim Young Hee{i:04d}: In Musan.\n\n" for i in range(2500))
    assert len(_speaking(tmp_path, named + "KYH: Yes.\n\nKYH: No.\n")) >= 1
    _speaking(tmp_path, "Kim " + "Young-hee " * 2000 + ": In Musan.\n\nKYH: Yes.\n\nKYH: No.\n")
