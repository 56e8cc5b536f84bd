"""Line numbers down the left margin of a transcript under an unnumbered title and
introduction, as a thesis appendix prints it (the shape of eval16's thesis01, written here
in other words): numbers on every line or every fifth, starting again on each page or going
on, a bare page number and a running head between pages, indented continuation lines, a
closing note; and a transcript whose numbered list, year and count must keep their numbers
(qcode/ingest/linenumbers.py)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _rows(path: Path) -> list[tuple[str, str, str]]:
    """(role, speaker, first words) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, " ".join(p.text.split()[:5]))
            for turn in t.turns for p in turn.paragraphs]


def test_numbers_starting_again_on_each_page_are_left_out() -> None:
    """Two respondents stay two; page numbers, running heads and the closing note are
    context; a list, a year and a count after the margin's number keep their numbers."""
    t = parse_file(LAYOUTS / "margin-numbers-pages.txt", Config())
    rows = _rows(LAYOUTS / "margin-numbers-pages.txt")
    spoken = [r for r in rows if r[0] != "other"]
    assert spoken[:3] == [
        ("interviewer", "Int", "Thanks to you both for"),
        ("respondent", "P1", "In a village outside Musan."),
        ("respondent", "P2", "I am the brother. The")]
    assert ("respondent", "P1", "3 of us crossed the") in spoken
    assert ("respondent", "P2", "They ate better than we") in spoken  # the last page's two
    assert len(spoken) == 15 and {r[1] for r in spoken} == {"Int", "P1", "P2"}
    assert [r[2] for r in rows if r[0] == "other"][-4:] == [
        "88", "Annex 2 Paired interview 7", "(End of the recording. The", "89"]
    answer = next(turn.text for turn in t.turns if turn.text.startswith("Because every"))
    assert "posts: 1 the bridge post" in answer and "3 the station yard" in answer
    assert "guard 1998 was the year" in answer
    assert any("24 line numbers in the margin" in n.message for n in t.notices)


def test_every_fifth_line_numbered() -> None:
    """Numbers every fifth line, the unnumbered lines indented: the labels on numbered and
    unnumbered lines alike open turns; a year opening a continuation line stays."""
    t = parse_file(LAYOUTS / "margin-numbers-every-fifth.txt", Config())
    rows = _rows(LAYOUTS / "margin-numbers-every-fifth.txt")
    spoken = [r for r in rows if r[0] != "other"]
    assert spoken[:4] == [
        ("interviewer", "I", "When did the first memory"),
        ("respondent", "R1", "The winter my daughter turned"),
        ("respondent", "R2", "I did not watch. I"),
        ("interviewer", "I", "Were you afraid of the")]
    assert len(spoken) == 20 and spoken[-1] == ("respondent", "R2", "Write that we were not")
    assert [r[2] for r in rows if r[0] == "other"][-2:] == [
        "212", "[The recorder was switched off"]
    assert any("By 2009 everybody had them" in turn.text for turn in t.turns)
    assert any("2 of the neighbours" in turn.text for turn in t.turns)


def test_a_numbered_list_a_year_and_a_count_are_no_margin() -> None:
    """Six numbered points with `Word:` after each number (each once), five with `Stalls:`
    and `Inspectors:` twice each but one space after the number, a year and a count opening
    lines of an answer: all words of the answers."""
    t = parse_file(LAYOUTS / "margin-numbers-not.txt", Config())
    assert [(turn.role, turn.speaker) for turn in t.turns] == [
        ("interviewer", "Q"), ("respondent", "A")] * 4
    assert "something: 1 Permit: from" in t.turns[1].text
    assert "6 Luck: nobody sells that" in t.turns[1].text
    assert "2010 was worse" in t.turns[3].text and "and 3 of us at" in t.turns[3].text
    assert "were: 1 Stalls: open after" in t.turns[5].text  # labels twice, one space
    assert "5 Guards: paid by the" in t.turns[5].text
    assert not any("line numbers" in n.message for n in t.notices)


def test_a_long_margin_reads_in_one_pass(tmp_path: Path) -> None:
    """Six hundred lines, every fifth numbered, under a title (the runs are found in
    one pass; the whole-file rule does not apply)."""
    path = tmp_path / "long.txt"
    path.write_text("A long appendix\n\nIntroduction to it.\n\n" + "".join(
        f"{n if n % 5 == 0 else '':>5}   {'I:' if n % 2 else 'R:'}  Line {n} about the fee.\n"
        for n in range(1, 601)), encoding="utf-8")
    t = parse_file(path, Config())
    assert len(t.turns) >= 600 and t.turns[-1].text == "Line 600 about the fee."
