"""Hostile input against session 20's new and changed readers (a podcast's name and time
lines, `INTERVIEWER (O.S.):` cues, `Image source,` lines, bracketed section names and
comment buttons, titled names then initials, a header's `X = Y` and key lines, a talk show's
sponsor lines, an e-mail's quoted questions, a witness statement in text and in Word) and
against the review sheet's formula scan: lines tens of thousands of marks long, files of
thousands of the shape's lines, markup never closed, XML enormous, nested or broken.

Most were linear already (kept here so they stay so). Six were not: a header chaining
thousands of labels (`P0 = P1`, `P1 = P2`...) walked the chain again from each link
(equated.py); a file of thousands of distinct labels was looked up in lists (respelt.py)
and a run of thousands of label lines cut from its front one at a time (header.py); a Word
statement whose paragraphs each start a list of their own searched numbering.xml again for
each list (wordnumbers.py: 4,000 paragraphs 26 s); a workbook.xml with thousands of
`<calcPr ` in a comment took minutes (formulas.py); and a sheet whose XML openpyxl cannot
read as it reads the rows was an internal error (reading.py). No timing is asserted: each
case asserts what the file reads as."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from qcode.config import Config
from qcode.ingest import parse_file

PODCAST = "Priya Castellano\n00:00\nHello there, welcome.\n\nMin Park\n00:10\nThanks for having me.\n\n"


def _read(tmp_path: Path, text: str, name: str = "t.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return parse_file(path, Config())


def _turns(tmp_path: Path, text: str, name: str = "t.txt") -> list[tuple[str, str]]:
    """Each speaking turn's (role, speaker) of the text read as a file (context aside)."""
    return [(t.role, t.speaker or "") for t in _read(tmp_path, text, name).turns
            if t.role in ("interviewer", "respondent")]


def _srt(texts: list[str]) -> str:
    return "".join(f"{i}\n00:{i // 60 % 60:02d}:{i % 60:02d},000 --> 00:{i // 60 % 60:02d}:"
                   f"{i % 60:02d},900\n{t}\n\n" for i, t in enumerate(texts, start=1))


# --- the header's `X = Y` lines: chains, thousands of labels and key lines ------------------

def test_a_chain_of_thousands_of_equations_is_one_speaker(tmp_path: Path):
    # P0 = P1, P1 = P2, ...: every link's turns are the chain's last label's (walked again
    # from each link, 10,000 of them took 15 s)
    n = 3_000
    text = "".join(f"P{i} = P{i + 1}\n" for i in range(n)) \
        + "".join(f"P{i}: a {i}.\nI: q {i}?\n" for i in range(n + 1))
    found = _turns(tmp_path, text)
    assert {s for r, s in found if r == "respondent"} == {f"P{n}"}
    assert {s for r, s in found if r == "interviewer"} == {"I"}


def test_thousands_of_equated_pairs_in_a_header_join_each_pair(tmp_path: Path):
    n = 4_000
    text = "Participants:\n" + "".join(f"F{i} = P{i}\n" for i in range(n)) \
        + "".join(f"P{i}: a {i}.\nF{i}: b {i}.\nI: q?\n" for i in range(n))
    found = _turns(tmp_path, text)
    said = {s for r, s in found if r == "respondent"}
    assert said == {f"P{i}" for i in range(n)}


def test_thousands_of_key_lines_in_a_header_key_their_labels(tmp_path: Path):
    # one key line for each of thousands of participants (each its own field name) under
    # the facilitator's: each label is keyed, the key lines are the header's, not turns
    n = 3_000
    text = "Facilitator: Lee Hana = L\n" + "".join(f"Seat{i}: Name{i} Sur = P{i}\n"
                                                 for i in range(n)) \
        + "".join(f"L: q {i}?\nP{i}: a.\nL: x?\nP{i}: y.\n" for i in range(n))
    found = _turns(tmp_path, text)
    assert {s for r, s in found if r == "interviewer"} == {"L"}
    assert {s for r, s in found if r == "respondent"} == {f"P{i}" for i in range(n)}
    assert len(found) == 4 * n


@pytest.mark.parametrize("line", [
    "Key: " + "; ".join(f"F{i} = P{i}" for i in range(6_000)),
    "Key: " + "= " * 30_000, "A" + " = A" * 20_000, "A =" * 20_000,
    "".join(f"Role{i}: Name Sur = X{i}\n" for i in range(6_000)),
])
def test_degenerate_equations_above_the_turns_are_read_without_a_crash(tmp_path: Path, line: str):
    found = _turns(tmp_path, line + "\nI: q?\nR: a.\nI: q?\nR: a.\n")
    assert found == [("interviewer", "I"), ("respondent", "R")] * 2


# --- the new readers' shapes in bulk and in long lines -------------------------------------

def test_thousands_of_podcast_name_and_time_pairs_are_read_by_name(tmp_path: Path):
    text = "".join(f"{'Priya Castellano' if i % 2 else 'Min Park'}\n{i // 3600:02d}:"
                   f"{i // 60 % 60:02d}:{i % 60:02d}\nwords {i}?\n\n" for i in range(5_000))
    assert {s for _, s in _turns(tmp_path, text)} == {"Priya Castellano", "Min Park"}


@pytest.mark.parametrize("text", [
    PODCAST * 3 + "Ab" + " Ab" * 20_000 + "\n00:10\nx\n\n" + "A" * 40_000 + "\n00:11\n",
    PODCAST * 3 + "1" * 40_000 + ":00\n" + "[" + "0:00" * 20_000 + "\n",
    PODCAST + "".join(f"Min Park\n00:{i % 60:02d}\n" for i in range(5_000)),
])
def test_degenerate_podcast_lines_are_read_without_a_crash(tmp_path: Path, text: str):
    assert _turns(tmp_path, text)


def test_thousands_of_off_screen_questions_are_answered_by_the_voice_asked(tmp_path: Path):
    cues = [("INTERVIEWER (O.S.): And then?", "KIM: We left.", "we walked")[i % 3]
            for i in range(6_000)]
    found = _turns(tmp_path, _srt(cues), "t.srt")
    assert {s for _, s in found} == {"INTERVIEWER", "KIM"}
    assert all(r == "interviewer" for r, s in found if s == "INTERVIEWER")


@pytest.mark.parametrize("cue", [
    "A" + " A" * 20_000 + " (O.S.): x?", "(O.S.)" * 7_000 + ":",
    "INTERVIEWER (O.S.)" * 3_000 + ": x?", "INTERVIEWER (O.S.): why?\n" + "more?\n" * 5_000,
])
def test_degenerate_off_screen_cues_are_read_without_a_crash(tmp_path: Path, cue: str):
    found = _turns(tmp_path, _srt(["KIM: hi", "INTERVIEWER (O.S.): why?", "no", cue, "ok"]),
                   "t.srt")
    assert ("respondent", "KIM") in found and ("interviewer", "INTERVIEWER") in found


def test_thousands_of_photo_lines_between_answers_are_captions(tmp_path: Path):
    text = "Q: Why?\nA: Because.\n\n" + "".join(
        f"Image source, Getty Images\nImage caption, Mrs Ha {i}\n\nQ: and {i}?\nA: yes {i}.\n\n"
        for i in range(4_000))
    turns = _read(tmp_path, text).turns
    assert sum(t.speaker == "(caption)" for t in turns) >= 4_000
    assert not any("Image" in p.text for t in turns if t.speaker in ("Q", "A")
                   for p in t.paragraphs)


@pytest.mark.parametrize("text", [
    "".join(f"[REPORT]\nQ: why {i}?\nA: because {i}.\nReply\nReport this comment\n"
            for i in range(4_000)),
    "Q: x?\nA: y.\n[" + "report " * 10_000 + "]\n" + "[" * 40_000 + "\n" + "Report" * 7_000
    + "\n" + "Reply " * 7_000 + "\nQ: z?\nA: w.\n",
])
def test_section_names_and_comment_buttons_in_bulk(tmp_path: Path, text: str):
    found = _turns(tmp_path, text)
    assert {s for _, s in found} == {"Q", "A"}
    assert found[-1] == ("respondent", "A")


def test_thousands_of_titled_names_then_their_initials(tmp_path: Path):
    n = 3_000
    text = "".join(f"Dr. Name{i} Surname{i}: hello {i}?\n" for i in range(n)) \
        + "".join(f"NS{i}: a.\n" for i in range(n))
    assert _turns(tmp_path, text)
    text = "Dr. " + "Thomas " * 20_000 + "Brandt: hi?\nTB: yo.\nTB: x.\n" + "Dr." * 20_000 \
        + " A B: x?\nAB: y.\n"
    assert {s for _, s in _turns(tmp_path, text)} >= {"TB", "AB"}


def test_a_talk_show_of_thousands_of_breaks(tmp_path: Path):
    text = "".join(f"HOST: welcome {i}, after this short break?\n\nThis show is brought to you "
                   f"by Acme.\n\n[MUSIC]\n\nGUEST: yes {i}.\n\n" for i in range(3_000)) \
        + "♪ CLOSING MUSIC ♪\n\n" + "credits\n\n" * 3_000
    turns = _read(tmp_path, text).turns
    assert sum(t.speaker == "(ad)" for t in turns) == 3_000
    assert {t.speaker for t in turns if t.role in ("interviewer", "respondent")} == {"HOST", "GUEST"}


@pytest.mark.parametrize("text", [
    "Hi,\n\n" + "".join(f"> Question {i}?\nAnswer {i}.\n\n" for i in range(5_000)) + "Best regards\n",
    "".join(f">\nline {i}\n" if i % 2 else f"> q {i}?\n" for i in range(10_000)),
])
def test_e_mails_of_thousands_of_quoted_questions(tmp_path: Path, text: str):
    roles = {r for r, _ in _turns(tmp_path, text)}
    assert roles == {"interviewer", "respondent"}


def test_a_statement_of_thousands_of_paragraphs(tmp_path: Path):
    text = "WITNESS STATEMENT OF MS Y\n\nI, Ms Y, of London, will say as follows:\n\n" + "".join(
        f"{i % 999 + 1}. I went to the market and I saw {i}.\n\n" for i in range(5_000)) \
        + "Statement of truth\n"
    assert {s for _, s in _turns(tmp_path, text)} == {"Ms Y"}


# --- Word: a statement whose paragraphs each start a numbered list of their own ------------

def _statement_docx(path: Path, n: int, fmt: str) -> Path:
    docx = pytest.importorskip("docx")
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def element(tag: str, **attrs: str):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}"), v)
        return e

    document = docx.Document()
    document.add_paragraph("WITNESS STATEMENT OF MS Y")
    document.add_paragraph("I, Ms Y, of London, will say as follows:")
    numbering = document.part.numbering_part.element
    for i in range(n):
        nid = str(1_001 + i)  # each paragraph its own list (Word's `Restart numbering`)
        level = element("w:lvl", ilvl="0")
        level.append(element("w:numFmt", val=fmt))
        abstract = element("w:abstractNum", abstractNumId=nid)
        abstract.append(level)
        numbering.insert(0, abstract)
        num = element("w:num", numId=nid)
        num.append(element("w:abstractNumId", val=nid))
        numbering.append(num)
        p = document.add_paragraph(f"I went to the market and I saw {i}.")
        number = element("w:numPr")
        number.append(element("w:ilvl", val="0"))
        number.append(element("w:numId", val=nid))
        p._p.get_or_add_pPr().append(number)
    document.add_paragraph("Statement of truth")
    document.save(str(path))
    return path


def test_a_word_statement_of_thousands_of_lists_is_read_as_one(tmp_path: Path):
    doc = parse_file(_statement_docx(tmp_path / "s.docx", 3_000, "decimal"), Config())
    assert sum(t.speaker == "Ms Y" for t in doc.turns) >= 1
    assert any("its 3,000 numbered paragraphs" in n.message or
               "its 3000 numbered paragraphs" in n.message for n in doc.notices)


def test_thousands_of_bulleted_lists_number_nothing(tmp_path: Path):
    doc = parse_file(_statement_docx(tmp_path / "b.docx", 3_000, "bullet"), Config())
    assert not any(t.speaker == "Ms Y" for t in doc.turns)


# --- review sheets: formulas by the thousand, workbook and sheet XML hostile --------------

SHEET = "xl/worksheets/sheet1.xml"


def _sheet(path: Path, edits: dict[str, Callable[[str], str]]) -> tuple[list[str], object]:
    openpyxl = pytest.importorskip("openpyxl")
    from qcode.review.reading import open_workbook, read_table

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Review"
    ws.append(["coding_id", "decision", "note"])
    ws.append(["c1", "accept", ""])
    ws["B2"] = '="accept"'
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            z.writestr(info.filename, data)
    problems: list[str] = []
    table = read_table(open_workbook(path), "Review", ["decision", "note"], problems)
    return problems, table


def _rows(n: int) -> str:
    return "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>c{i}</t></is></c>'
                   f'<c r="B{i}"><f>"accept"</f></c></row>' for i in range(3, n + 3))


def test_thousands_of_unsaved_formulas_are_each_refused(tmp_path: Path):
    problems, _ = _sheet(tmp_path / "r.xlsx", {SHEET: lambda x: x.replace(
        "</sheetData>", _rows(20_000) + "</sheetData>")})
    assert len(problems) == 20_001
    assert problems[-1].startswith("Review!B20002: the decision cell holds a formula")


def test_a_workbook_of_thousands_of_calc_tags_in_a_comment_is_read(tmp_path: Path):
    # `[^>]*` from each `<calcPr` ran to the end and back: 50,000 of them took 80 s
    problems, _ = _sheet(tmp_path / "r.xlsx", {"xl/workbook.xml": lambda x: x.replace(
        "<sheets>", "<!--" + "<calcPr " * 100_000 + "--><sheets>")})
    assert problems == ["Review!B2: the decision cell holds a formula with no saved value: open "
                        "the sheet in Excel or LibreOffice and save it, or type the value"]


@pytest.mark.parametrize("edit", [
    lambda x: x.replace("</sheetData>", "<c><f>" + "<x>" * 50_000),
    lambda x: re.sub(r"<f>[^<]*</f>", "", x).replace("</sheetData>", "<c>" + "<x>" * 50_000),
    lambda x: x.replace("</sheetData>", "<extLst>" + "<ext>" * 20_000 + "</ext>" * 20_000
                        + "</extLst></sheetData>"),
])
def test_a_broken_or_nested_sheet_is_a_problem_not_a_crash(tmp_path: Path, edit):
    problems, table = _sheet(tmp_path / "r.xlsx", {SHEET: edit})
    assert table is None
    assert any(p.startswith("Review: cannot read the sheet (") for p in problems)


def test_a_formula_nested_thousands_deep_is_still_refused(tmp_path: Path):
    problems, _ = _sheet(tmp_path / "r.xlsx", {SHEET: lambda x: x.replace(
        "<f>", "<f>" + "<x>" * 50_000 + "</x>" * 50_000, 1)})
    assert problems[0].startswith("Review!B2: the decision cell holds a formula")
