"""Line breaks that are not newlines, interpreters' notes and copyright lines in other
languages, a podcast's ad between its break markers, questions set in capitals, and a
question after an inline `Read more:` link (eval24's win04, ko02, pod04, caps03 and news10
found them misread), each proven on a fixture of its own wording in tests/data/layouts/,
with a look-alike that must not be read the new way."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.adbreaks import mark_ad_breaks
from qcode.ingest.capitals import mark_capital_questions
from qcode.ingest.decode import decode
from qcode.ingest.layout import Line

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _turns(name: str) -> list[tuple[str, str, str]]:
    """(role, speaker or kind, text) of each turn."""
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split())) for turn in t.turns]


def _notices(name: str) -> list[str]:
    return [n.message for n in parse_file(LAYOUTS / name, Config()).notices]


def test_line_breaks_of_other_kinds_separate_words():
    """U+2028, a vertical tab, a form feed, U+2029 and NEL inside answers (a line with a
    curly quote, which the mojibake repair used to strip them from) read as spaces."""
    rows = _turns("linebreaks-unicode-separators.txt")
    assert rows[1:] == [
        ("interviewer", "Q", "When did the markets change for you?"),
        ("respondent", "A", "After the currency reform the rice price doubled in a week. My "
                            "neighbour’s shop closed and we sold the furniture."),
        ("interviewer", "Q", "Who bought it?"),
        ("respondent", "A", "A soldier bought the wardrobe — with Chinese yuan, not won.")]
    assert any("4 line breaks of another kind" in m for m in _notices(
        "linebreaks-unicode-separators.txt"))


def test_nel_among_latin1_read_quotes_is_the_ellipsis_they_garbled():
    """A UTF-8 file whose Windows quotes were read as Latin-1 (U+0092, U+0085): its U+0085
    is the ellipsis, repaired, not a break; nothing is said about line breaks."""
    rows = _turns("linebreaks-latin1-mojibake-nel.txt")
    assert rows[1] == ("respondent", "A", "He said it’s forbidden… then he took the cigarettes.")
    assert not any("line break" in m for m in _notices("linebreaks-latin1-mojibake-nel.txt"))


def test_vertical_tabs_in_every_format(tmp_path: Path):
    """Markdown and a line with no other non-ASCII character read a vertical tab as a
    space too; a form feed (a PDF's page break) is read as one but not said."""
    for name in ("a.md", "b.txt"):
        path = tmp_path / name
        path.write_bytes(b"Q: Where?\n\nA: In the\x0bmarket, by the\x0criver.\n")
        text = " ".join(turn.text for turn in parse_file(path, Config()).turns)
        assert "In the market, by the river." in text
    decoded = decode(b"one\x0ctwo\nthree", Path("c.txt"))
    assert decoded.text == "one two\nthree" and not decoded.notices


def test_interpreters_notes_and_copyright_lines_in_other_languages_are_context():
    """`(역주: ...)`, a `(통역 주: ...` wrapped over two lines and `<저작권자 © ...> 무단
    전재-재배포 금지` are context; the answers around them keep their words."""
    rows = _turns("interpreter-note-other-languages.txt")
    speech = [(r, s, t[:30]) for r, s, t in rows if r != "other"]
    assert speech == [
        ("interviewer", "질문", "When did you start selling at "),
        ("respondent", "정씨", "In 2012, after my husband lost"),
        ("interviewer", "질문", "Did the guards bother you?"),
        ("respondent", "정씨", "Every week. You learned which "),
        ("interviewer", "질문", "Thank you."),
        ("respondent", "정씨", "고맙습니다.")]
    context = " ".join(t for r, _, t in rows if r == "other")
    for words in ("역주:", "통역 주:", "meaning that a deal", "무단 전재"):
        assert words in context


def test_an_answer_mentioning_a_note_or_a_copyright_phrase_stays_speech():
    rows = _turns("interpreter-note-near-miss.txt")
    assert [r for r, _, _ in rows] == ["interviewer", "respondent"] * 3
    assert "무단전재 as a joke" in rows[1][2]
    assert rows[3][2].startswith("Yes. (The interpreter's notes were wrong")


def test_an_ad_between_its_markers_is_context_and_a_transcript_tool_footer_a_credit():
    rows = _turns("podcast-midroll-markers.txt")
    assert [(r, s) for r, s, _ in rows] == [
        ("other", "(preamble)"), ("interviewer", "Dana Reyes"), ("respondent", "PARK JI-HOON"),
        ("other", "(ad)"), ("interviewer", "Dana Reyes"), ("respondent", "PARK JI-HOON"),
        ("interviewer", "Dana Reyes"), ("respondent", "PARK JI-HOON"), ("other", "(credit)")]
    assert "Northwind Coffee" in rows[3][2] and "END OF MIDROLL" in rows[3][2]


def test_an_ad_break_marker_never_closed_leaves_the_talk_after_it_speech():
    rows = _turns("podcast-ad-break-unclosed.txt")
    assert rows[2] == ("other", "(direction)", "[AD BREAK]")
    assert rows[3][:2] == ("respondent", "RI SUN-HEE")
    assert rows[3][2].startswith("And after the noodles")


def test_questions_in_capitals_right_above_answers_ask_with_or_without_a_mark():
    """`TELL US ABOUT YOUR FIRST JOB HERE`, `YOUR FAMILY` and the closing `WE WISH YOU...`
    are the interviewer's; `— S.P.` and `In our next issue:` are context."""
    rows = _turns("capitals-questions-newsletter.txt")
    asked = [t for r, _, t in rows if r == "interviewer"]
    assert asked == ["HOW DID YOU COME TO WORK IN THE MINE?", "WHAT DID YOU EAT THEN?",
                     "TELL US ABOUT YOUR FIRST JOB HERE", "YOUR FAMILY",
                     "IS THERE ANYTHING YOU MISS?", "WE WISH YOU A WARM FIRST WINTER HERE."]
    answers = [t for r, _, t in rows if r == "respondent"]
    assert len(answers) == 6 and answers[-1] == "Thank you. I have bought a very big coat."
    assert answers[3].startswith("My sister is still in Musan")
    assert rows[-2:] == [("other", "(byline)", "— S.P."),
                         ("other", "(related)", "In our next issue: the Centre's kimchi day, "
                                                "with photos.")]


def test_headings_in_capitals_with_one_capitals_question_are_not_questions():
    """A report's capitals headings above their paragraphs, one of them asking: no page of
    capitals questions, read as before (one speaker, said)."""
    rows = _turns("capitals-headings-report.txt")
    assert {r for r, _, _ in rows} == {"respondent"}
    assert any("only one speaker" in m for m in _notices("capitals-headings-report.txt"))


def test_a_question_after_an_inline_read_next_link_asks():
    rows = _turns("reader-view-related-inline.txt")
    assert [(r, t[:22]) for r, _, t in rows[1:-1]] == [
        ("interviewer", "What did your husband "), ("respondent", "He worked in the coal "),
        ("other", "Read next: The slow co"), ("interviewer", "People describe the ma"),
        ("respondent", "That everyone has a pr"), ("interviewer", "Did you ever regret le"),
        ("respondent", "Every winter, when I t")]


def test_an_answer_paragraph_ending_without_a_mark_stays_the_answer():
    rows = _turns("answer-ends-asking-no-mark.txt")
    assert [r for r, _, _ in rows] == ["interviewer", "respondent"] * 2
    assert rows[1][2].endswith("What could my mother do about that")


def test_hostile_lines_are_read():
    """A 20,000-character line and 5,000 lines of each new shape are read (well under a
    second by hand; no time is asserted: benchmarks measure speed)."""
    long = "[" + " " * 20000 + "AD BREAK" + "(" * 20000
    lines = [Line(i + 1, 0, text) for i, text in enumerate(
        [long, "[AD BREAK]", "x" * 20000, "[END AD BREAK]"] + ["WHY " * 5000 + "?", "a b"]
        + ["[AD BREAK]", "ad", "HOW ARE YOU?", "Fine."] * 1250)]
    mark_ad_breaks(lines)
    mark_capital_questions(lines)
    text = decode(("a\x0bb\u2028" * 10000 + "\n").encode() * 3, Path("x.txt")).text
    assert text.splitlines()[0] == "a b " * 10000  # every break a space, no word glued
