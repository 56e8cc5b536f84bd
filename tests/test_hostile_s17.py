"""Hostile input against the readers added in session 17 (SubViewer captions, MediaWiki
source, ask blogs, conversation-analysis breaths, Q&A tables without a header, form
responses, Q&As pasted a paragraph per line, OHMS segment indexes, e-mail threads, decisions
quoting a record) and the readers changed with them (captions, credits, replies, layout,
prompts): lines tens of thousands of marks long, files of thousands of the shape's lines,
markup never closed. Three shapes were quadratic (the sizes below took from 10 s to over a
minute before their fix, well under a second after); the rest were read in linear time
already and are kept here so they stay so. No timing is asserted: at these sizes the
quadratic reading took ten seconds or more (one milder case aside), and each case asserts
that the file is read as it should be."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from qcode.config import Config
from qcode.errors import QcodeError
from qcode.ingest import credits as cr
from qcode.ingest import parse_file
from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import Line, asks
from qcode.ingest.linear import find_spaced
from qcode.ingest.replies import _BARE, _NUMBER, _QUOTE, _question_start

QA = "Interviewer: Where did you live?\n\nRespondent: In Hyesan, near the river.\n\n"
END = "\nRespondent: The next line.\n\nInterviewer: And then?\n\nRespondent: We left.\n"


def _read(tmp_path: Path, text: str, name: str = "t.txt") -> int:
    """Parse the text as a file; the number of its turns."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return len(parse_file(path, Config()).turns)


# --- the three quadratic shapes -------------------------------------------------------

def test_a_quoted_block_of_thousands_of_paragraphs_is_read(tmp_path: Path):
    # replies._question_start joined the quoted text from every bare `>` line to the end of
    # the block: 4,000 paragraphs took 10 s, 8,000 38 s (5,000 here)
    text = ("Dear Ms Kim,\n\nHere are my answers.\n\n" + "> para.\n>\n" * 5_000
            + "> the last words\n\nBecause of hunger.\n\n> 2. Why?\n\nNo food.\n")
    assert _read(tmp_path, text) >= 4


def test_a_quoted_greeting_is_still_split_from_the_question():
    lines = [Line(i, 0, t) for i, t in enumerate(
        ["> Dear Pastor Yim,", ">", "> Thank you.", ">", "> 1. Could you tell me", "> why?"])]
    assert _question_start(lines) == 4
    lines = [Line(i, 0, t) for i, t in enumerate(["> Dear Pastor Yim,", ">", "> Thank you."])]
    assert _question_start(lines) == 0


def _old_question_start(lines: list[Line]) -> int:
    starts = [i + 1 for i, ln in enumerate(lines[:-1]) if _BARE.match(ln.text)]
    for start in reversed(starts):
        if _BARE.match(lines[start].text):
            continue
        text = " ".join(_QUOTE.sub("", ln.text) for ln in lines[start:])
        if _NUMBER.match(text) or asks(text):
            return start
    return 0


def test_question_start_finds_what_the_joined_text_found():
    pieces = [">", "> ", ">>", ">" * 9, "> 1.", "> 12)", " ", "?", "”", "*", "_", "a", "Why",
              "\u00a0", "3.", "1", ".", ")", "\t", "x?", "123.", "١."]
    rnd = random.Random(17)
    for _ in range(20_000):
        lines = [Line(0, 0, "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4))))
                 for _ in range(rnd.randint(1, 7))]
        assert _question_start(lines) == _old_question_start(lines), [ln.text for ln in lines]


@pytest.mark.parametrize("unit", [
    # credits._credit_after split the rest of the line at each credit whose name is a
    # title or a turn's first word (`Dr.`, `Okay`), scanning to the line's end when no
    # sentence ended there: 8,000 took 9.7 s and 14.5 s (12,000 here)
    "Interviewer: Dr. ", "Interviewer: Okay;;;",
    # credits._only_credits took each credit out of the line one copy at a time (milder:
    # 24,000 took 1.4 s)
    "Interviewer: Kim; Seoul. ",
])
def test_a_line_of_thousands_of_credits_is_read(tmp_path: Path, unit: str):
    line = unit * 12_000
    assert cr._credited(Line(0, 0, "Interview. " + line)) is not None
    assert _read(tmp_path, line + "\n\n" + QA + END) >= 4


@pytest.mark.parametrize("line", [
    # credits._STAFF / _PRESENTER / _FIELD (`(?<=\t)\s*role:`) tried the run from every
    # tab: 10,000 tabs took 11 s, 20,000 58 s (40,000 here)
    "Interview with Kim" + "\t" * 40_000 + "x",
    "Kim" + "\t" * 40_000 + "Presenter: Ann Lee",
    "Title." + "\t" * 40_000,
])
def test_a_long_run_of_tabs_in_the_credits_is_read(tmp_path: Path, line: str):
    assert _read(tmp_path, line + "\n\n" + QA + END) >= 4


def test_credits_are_read_as_before():
    line = Line(0, 0, "Interviewer: Dr. Ellen Marsh. Translation: Mr. Kang.")
    assert [m["name"] for m in cr._credited(line)] == ["Dr. Ellen Marsh"]
    assert cr._credited(Line(0, 0, "Interviewer: Ms. Han. We are recording now.")) == []
    assert [m["name"] for m in cr._credited(Line(0, 0, "Interview with Mrs. Han.\t"
                                                 "Interviewer: JL. Interpreter: S. Park."))] \
        == ["JL", "S. Park."]


_OLD_FIELD_OF_STAFF = re.compile("^" + cr._FIELD_OF_STAFF.pattern, re.I)


def _old_credit_after(text: str, end: int) -> bool:
    after = cr._SENTENCES.split(text[end:].lstrip(" .;|"), maxsplit=1)[0]
    return bool(after) and (line_kind(after.rstrip(" .;|")) == "credit"
                            or _OLD_FIELD_OF_STAFF.match(after) is not None)


def _old_only_credits(text: str, found: list[re.Match[str]]) -> bool:
    if found[0].start("role") > len(text) - len(text.lstrip(" *_")):
        return True
    rest = text
    for m in reversed(found):
        rest = rest[:m.start()] + " " + rest[m.end():]
    sentences = [s.strip(" .;|*_") for s in cr._SENTENCES.split(rest)]
    return all(line_kind(s) is not None or cr._fragment(s) or _OLD_FIELD_OF_STAFF.match(s)
               or cr._RECORD_FIELD.match(s) for s in sentences if s)  # session 18: `Place:`


def _old_credited(text: str) -> list[re.Match[str]]:
    found = [] if asks(text) else [
        m for m in cr._STAFF.finditer(text)
        if m["initials"] or m["name"].split()[0].rstrip(".").lower() not in cr._NOT_NAMES
        or _old_credit_after(text, m.end()) or cr._affiliated(text, m.end())]  # session 18
    return found if found and _old_only_credits(text, found) else []


_PIECES = ["Interviewer: ", "Interpreter:", "interpreters :", "Translation: ", "**Host**:",
           "Presenter: ", "Producer:", "Mr.", "Dr. ", "Mrs. ", "Ms.", "Okay", "Kim", "Lee Min",
           " ", "  ", "\t", "\t\t", "\u00a0", ".", ";", "|", ",", ". ", "; ", "(RO)", "M", "D",
           "r", "s", "Recorded in Seoul", "Edited by Kim", "Seoul, 2021", "x", "\n", "__", ":",
           "：", "a" * 150, ";" * 200, " ." * 100]


def test_linear_credit_scans_find_what_the_old_ones_found():
    rnd = random.Random(17)
    spaced = [(cr._STAFF, *cr._STAFF_PARTS), (cr._PRESENTER, cr._AT, cr._PRESENTER_CORE_RE),
              (cr._FIELD, cr._AT, cr._FIELD_CORE_RE)]
    for _ in range(8_000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12)))
        assert [m.span() for m in cr._credited(Line(0, 0, text))] == \
            [m.span() for m in _old_credited(text)], text
        for pattern, at, core in spaced:
            assert [(m.span(), m.groups()) for m in find_spaced(pattern, at, core, text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], text


# --- the new readers' shapes, read in linear time already -------------------------------

TIME = "0:00:01.000,0:00:02.000"
WIKI = "== Heading ==\n'''bold''' [[link]]\n{{Note|x}}\n"
FORM = "Response 1 of 3\n* Indicates required question\n"
ASKS = "myblog\n\n" + "Anonymous asked: Why?\n\nBecause.\n\n#ask #anon\n\n12 notes\n\n" * 2
CA = "IR: (.) where ((laughs)) (0.5) .hh\n\n"


@pytest.mark.parametrize(("name", "text"), [
    ("commas.sbv", TIME + "\n" + "," * 40_000 + "\n\n" + TIME + "\n>> A: hi\n"),
    ("arrows.sbv", TIME + "\n" + ">> " * 13_000 + ":\n\n" + TIME + "\nx\n"),
    ("blocks.sbv", "".join(f"{TIME}\n>> HOST: q{i}?\n\n{TIME}\n>> GUEST: a{i}.\n\n"
                           for i in range(2_000))),
    ("crlf.sbv", TIME + "\n" + "\n\r \r\t" * 8_000 + TIME + "\nx\n"),
    ("quotes.txt", WIKI + QA + "'" * 40_000 + "\n" + END),
    ("links.txt", WIKI + QA + "[[" * 20_000 + "\n" + END),
    ("link-text.txt", WIKI + QA + ("[[" + "a" * 300) * 130 + "\n" + END),
    ("braces.txt", WIKI + QA + "{{" * 20_000 + "\n" + END),
    ("templates.txt", WIKI + QA + "{{Note|\n" * 4_000 + END),
    ("equals.txt", WIKI + QA + "==" + "a=" * 20_000 + "\n" + END),
    ("external.txt", WIKI + QA + "[//" * 13_000 + "\n" + END),
    ("refs.txt", WIKI + QA + "<ref>" * 8_000 + "\n" + END),
    ("categories.txt", WIKI + QA + "[[Category:a]]" * 3_000 + "x\n" + END),
    ("asked.txt", "myblog\n\n" + "".join(f"Name{i} asked:\n\nwhy?\n\nbecause.\n\n#ask #x\n\n"
                                         f"{i} notes\n\n" for i in range(2_000))),
    ("hashes.txt", ASKS + "#a" * 20_000 + "\n" + END),
    ("notes.txt", ASKS + "posted " + "with " * 8_000 + "\n" + END),
    ("reblog.txt", ASKS + "a reblogged this from" + " " * 40_000 + "x\n" + END),
    ("breaths.txt", CA + "IE: " + ".hh " * 10_000 + "\n"),
    ("ca-marks.txt", CA + "IE: °" + "a" * 40_000 + "\nIE: " + "((" * 20_000 + "\nIE: "
     + "=" * 40_000 + "\n"),
    ("boxes.txt", FORM + "Which?\n" + "☐ option\n" * 5_000 + "☑ x\n"),
    ("questions.txt", FORM + "".join(f"Question {i}?\n☐ option\n☑ yes\n\n" for i in range(2_000))),
    ("box-spaces.txt", FORM + "Q?\nA.\n\n" * 3 + "[ ]" + " " * 40_000 + "\n"),
    ("pasted.txt", "Title\n\n" + "**How?**\nWe went.\n" * 4_000 + "\n\nEnd.\n"),
    ("segments.txt", "".join(f"00:{i % 60:02d}:00 - T\nPartial Transcript: x\nSegment "
                             f"Synopsis: y\n\n" for i in range(3_000)) + QA),
    ("fields.txt", "Partial Transcript: x\n" + "\n\n\n\nKeywords: a\n" * 4_000 + QA),
    ("quote-levels.txt", "Dear Ms Kim,\n\n" + "".join(">" * 5_000 + f" {i}. Why?\n>\n"
                                                     for i in range(100)) + "\nBecause.\n"),
    ("gt.txt", "From: a\nSent: 10:00\n\n" + ">" * 40_000 + " Why?\n\nBecause.\n"),
    ("quote-header.txt", "-----Original Message-----\nOn " + "a" * 40_000 + " wrote:\n" + QA),
    ("mail-fields.txt", "From: x\n" * 4_000 + "Sent: 1\n" + QA),
    ("signatures.txt", "-----Original Message-----\n" + "--\nx\n" * 4_000 + QA),
    ("decision.txt", "".join(f"{i}. The judge said.\n   Q{i}. why?\n   A. because.\n"
                             for i in range(1_500))),
    ("records.txt", "1. The x.\n2. The y.\n   Q1. why?\n" + "   Q. a?\n   A. b\n" * 2_000),
    ("captions.srt", "".join(f"{i}\n00:00:{i % 60:02d},000 --> 00:00:{i % 60:02d},500\n>> "
                             f"{'HOST' if i % 2 else 'GUEST'}: w{i}?\n\n" for i in range(1, 3_000))),
    ("bold-prompts.txt", QA + "**You were a teacher.**\nI was.\n\n" * 3_000 + END),
    ("cr-lf.txt", (QA + END).replace("\n", "\r\n") + "\r" * 20_000 + "\n\r" * 20_000 + QA),
])
def test_the_new_shapes_are_read_in_bulk(tmp_path: Path, name: str, text: str):
    assert _read(tmp_path, text, name) >= 1


@pytest.mark.parametrize(("name", "text"), [
    ("nul.txt", QA + "\x00" * 1_000 + END),
    ("only-time.sbv", TIME + "\n"),
    ("time-lines.sbv", (TIME + "\n\n") * 50),
    ("unclosed.txt", WIKI + "{{{{\n[[[[\n''''''' \n<ref>\n" + QA),
    ("heads-only.txt", "myblog\n\n" + "Anonymous asked:\n" * 2_000 + "#a\n\n1 note\n"),
    ("boxes-only.txt", FORM + "☐\n☑\n[ ]\n(x)\n" * 500),
    ("index-only.txt", "INDEX\nPartial Transcript:\nSegment Synopsis:\n"),
    ("bare-quotes.txt", ">\n" * 3_000 + "\nx\n"),
    ("labels-only.txt", "   Q.\n   A.\n1. The\n2. The\n" * 100),
])
def test_degenerate_files_are_read_or_refused_with_a_message(tmp_path: Path, name: str,
                                                            text: str):
    try:
        _read(tmp_path, text, name)
    except QcodeError as e:  # qcode's own error, with a message (no crash)
        assert str(e)


def test_a_word_table_of_thousands_of_questions_is_read(tmp_path: Path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=1_500, cols=2)
    for i, row in enumerate(table.rows):
        row.cells[0].text, row.cells[1].text = f"Question {i}?", f"We went to the market {i}."
    document.save(tmp_path / "t.docx")
    assert len(parse_file(tmp_path / "t.docx", Config()).turns) == 3_000
