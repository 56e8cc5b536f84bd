"""Shapes of published and archived interviews first met in eval8 (tests/data/eval8/), each
written here in other words and another style, so that what is tested is the rule, not
the eval file: notes typed during an interview (fields on one line, numbered questions,
bulleted answers, a note-taker's bracketed notes)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file


def _read(path: Path) -> list[tuple[str, str]]:
    """(role, first words) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.role, " ".join(p.text.split()[:4])) for turn in t.turns for p in turn.paragraphs]


def test_typed_notes_with_fields_on_one_line_numbered_questions_and_bulleted_answers(
        tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "FIELD NOTES\n"
        "File no: 22-B\tNote-taker: J.K.\tTranslator: yes, a volunteer\n"
        "Session: 2 of 2    Room: library annex\n"
        "\n"
        "1) How old were you when the school closed?\n"
        "• Eleven. After that I went with my aunt to sell noodles.\n"
        "[Researcher's note: she counts in Korean age.]\n"
        "\n"
        "2) Who bought the noodles?\n"
        "• Soldiers mostly. They paid in corn.\n"
        "• Sometimes they paid nothing at all.\n"
        "\n"
        "3) Did the police ever stop your aunt?\n"
        "• Twice. The second time she gave them a bottle of liquor.\n"
        "\n"
        "4) Follow-up re: the brother in the army\n"
        "• He wrote to us once from the coast, then never again.\n",
        encoding="utf-8")
    assert _read(path) == [
        ("other", "FIELD NOTES"), ("other", "File no: 22-B Note-taker:"),
        ("other", "Session: 2 of 2"),
        ("interviewer", "How old were you"), ("respondent", "• Eleven. After that"),
        ("other", "[Researcher's note: she counts"),
        ("interviewer", "Who bought the noodles?"), ("respondent", "• Soldiers mostly. They"),
        ("respondent", "• Sometimes they paid"),
        ("interviewer", "Did the police ever"), ("respondent", "• Twice. The second"),
        ("interviewer", "Follow-up re: the brother"), ("respondent", "• He wrote to"),
    ]
    notices = [n.message for n in parse_file(path, Config()).notices]
    assert any("'4) Follow-up re: the brother" in m and "does not ask" in m for m in notices)


def test_a_numbered_list_inside_an_answer_stays_the_answer(tmp_path: Path) -> None:
    """Numbered items with no answers between them are a list, not questions."""
    path = tmp_path / "list.txt"
    path.write_text(
        "What did you need to cross?\n\n"
        "Three things:\n\n1. Money for the guard.\n\n2. A broker you trust.\n\n"
        "3. Luck. Who can plan for luck?\n\n"
        "And after the river?\n\nWe walked for two nights.\n", encoding="utf-8")
    assert [role for role, _ in _read(path)] == [
        "interviewer", "respondent", "respondent", "respondent", "respondent", "interviewer",
        "respondent"]


def _turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, text) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, p.text) for turn in t.turns for p in turn.paragraphs]


def test_interviewer_initials_named_in_the_header_and_marks_that_open_or_end_turns(
        tmp_path: Path) -> None:
    """An oral history labels the interviewer by initials the header gives (after a name
    on a line of fields, or as the name's initials); a sound mark opening a turn is no word
    of it, a mark that the tape ends is no word of the last answer."""
    path = tmp_path / "oral.txt"
    path.write_text(
        "Coastal Towns Memory Archive\n"
        "Interviewee: Mr. Seo (pseudonym)\tInterviewer: Daniel Kwak\n\n"
        "DK: Right, the tape is on. Is it all right to record?\n\n"
        "S: Fine, fine. (laughter) Go ahead.\n\n"
        "DK: (laughter) Good. Where did you work first?\n\n"
        "S: [overlapping] The fish plant. [redacted] was my foreman.\n\n"
        "DK: Were you paid?\n\n"
        "S: [unintelligible 00:07:12] in salt, mostly.\n\n"
        "DK: Thank you, that is all.\n\n"
        "S: You are welcome. [tape ends]\n", encoding="utf-8")
    rows = _turns(path)
    assert [(who, role) for who, role, _ in rows if role != "other"] == \
        [("DK", "interviewer"), ("S", "respondent")] * 4
    assert [text for _, _, text in rows][2:] == [
        "Right, the tape is on. Is it all right to record?",
        "Fine, fine. (laughter) Go ahead.",  # inside a turn a mark stays, as transcribed
        "Good. Where did you work first?",
        "The fish plant. [redacted] was my foreman.",
        "Were you paid?",
        "in salt, mostly.",
        "Thank you, that is all.",
        "You are welcome.", "[tape ends]"]
    assert rows[-1][1] == "other"


def test_short_form_of_the_interviewer_in_a_credit_and_a_mark_alone_stays(
        tmp_path: Path) -> None:
    path = tmp_path / "credit.txt"
    path.write_text(
        "Interviewer: Mina Jo (MJ).\n\n"
        "MJ: Shall we start?\n\nP: (sighs) Yes.\n\nMJ: What is that song?\n\n"
        "P: (Singing in Korean).\n\nMJ: Thank you.\n\nP: [END OF INTERVIEW]\n",
        encoding="utf-8")
    rows = _turns(path)
    assert rows[1:6] == [
        ("MJ", "interviewer", "Shall we start?"), ("P", "respondent", "Yes."),
        ("MJ", "interviewer", "What is that song?"),
        ("P", "respondent", "(Singing in Korean)."),  # a mark alone is the whole turn
        ("MJ", "interviewer", "Thank you.")]
    assert all(role != "respondent" for _, role, text in rows if "END OF" in text)


def test_line_numbers_before_every_line_are_left_out(tmp_path: Path) -> None:
    """Numbers set flush left with a tab, from 101 (a second page of an export), blank
    lines numbered; the labels after them are read and no number is coded."""
    numbered = [
        "Focus study B, respondent R3", "", "Q:\tWhere did you sell the shoes?",
        "R3:\tAt the station market, on a blanket. The", "guards walked past every hour.",
        "Q:\tDid they take anything?", "R3:\tA pair now and then. That was the fee.", ""]
    path = tmp_path / "numbered.txt"
    path.write_text("".join(f"{n}\t{text}\n" if text else f"{n}\n"
                            for n, text in enumerate(numbered, start=101)), encoding="utf-8")
    t = parse_file(path, Config())
    assert [(turn.speaker, turn.role, turn.text) for turn in t.turns][1:] == [
        ("Q", "interviewer", "Where did you sell the shoes?"),
        ("R3", "respondent", "At the station market, on a blanket. The guards walked past "
                             "every hour."),
        ("Q", "interviewer", "Did they take anything?"),
        ("R3", "respondent", "A pair now and then. That was the fee.")]
    assert any("line numbers (101 to 108)" in n.message for n in t.notices)


def test_numbers_opening_some_lines_are_kept(tmp_path: Path) -> None:
    """Years and counts opening lines of an ordinary transcript are words."""
    path = tmp_path / "years.txt"
    path.write_text("Q: When?\n\nA: In\n1997 we left.\n\nQ: How many?\n\nA: Four.\n"
                    "12 of us went later.\n", encoding="utf-8")
    texts = [turn.text for turn in parse_file(path, Config()).turns]
    assert "In 1997 we left." in texts and "Four. 12 of us went later." in texts


def test_a_superscript_digit_beside_a_title_is_no_page_number(tmp_path: Path) -> None:
    """`str.isdigit` takes `¹` for a digit and int() then failed (found by the fuzz test)."""
    path = tmp_path / "super.md"
    path.write_text("Voices from the coast ¹\n\nQ: Where?\n\nA: Here.\n\n"
                    "Voices from the coast ²\n\nQ: When?\n\nA: Then.\n", encoding="utf-8")
    assert [turn.role for turn in parse_file(path, Config()).turns][-1] == "respondent"


def test_line_numbers_that_skip_blank_lines_are_left_out(tmp_path: Path) -> None:
    """An export that numbers only the lines with text, blank lines between turns."""
    numbered = ["Int: Who sold the radios?", "Resp: Soldiers' wives, from", "the base.",
                "Int: Openly?", "Resp: Never openly."]
    path = tmp_path / "skipping.txt"
    ends = ("?", ".")  # a blank line, not numbered, after each turn
    path.write_text("".join(f"{n:>4}  {text}\n" + ("\n" if text.endswith(ends) else "")
                            for n, text in enumerate(numbered, start=1)), encoding="utf-8")
    t = parse_file(path, Config())
    assert [(turn.role, turn.text) for turn in t.turns] == [
        ("interviewer", "Who sold the radios?"), ("respondent", "Soldiers' wives, from the base."),
        ("interviewer", "Openly?"), ("respondent", "Never openly.")]
