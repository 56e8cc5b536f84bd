"""Session 21: session 20's new features tried as a new user would, from the CLI only. Each
test failed before its fix: `qcode show FILE` in a project with nothing ingested yet, or on
a folder; a formula whose saved value is an error (`#NAME?`) stored as the reviewer's note;
a book's dash question followed by the author's `I asked.` coded as an answer; a coder's
margin codes taken off the text without a word; a saved e-mail (.eml) refused without
saying what to do."""

from __future__ import annotations

import re
import shutil

import openpyxl

from tests.conftest import Project
from tests.test_review import codings, columns, export, fill
from tests.test_review_sheets_s20 import rezip, rows_of, stored

NOT_STORED = "read from the file as `qcode ingest` would read it; nothing was stored"


def test_show_reads_a_file_before_anything_is_ingested(project: Project):
    project.write("new.txt", """
        Interviewer: Did you ever pay a bribe?

        A: Yes, the inspector wanted cigarettes every month.
        """, folder=".")
    r = project.qcode("show", "new.txt")  # was: no qcode project here (no qcode.db)
    assert r.stdout.splitlines()[-1] == f"new.txt is not in this project: {NOT_STORED}"
    assert "│    3 │ A " in r.stdout
    assert not (project.root / "outputs").exists()  # nothing was stored, not even a store


def test_show_says_a_folder_is_one_and_a_missing_file_is_missing(project: Project):
    folder = ("Error: 'transcripts' is a folder: `qcode show` reads one file; give one of its "
              "files (`qcode ingest transcripts` reads them all)\n")
    r = project.qcode("show", "transcripts", code=1)
    assert r.stderr == folder
    r = project.qcode("show", "nope.txt", code=1)
    assert r.stderr == ("Error: no such file 'nope.txt', and no transcript is in this project "
                        "yet: give a file's path to see how it would be read, or ingest "
                        "transcripts first (`qcode run`, `qcode ingest FILES`)\n")
    project.write("t1.txt", "Interviewer: Did you pay?\n\nA: We paid the guard.\n")
    project.qcode("ingest", "transcripts")
    r = project.qcode("show", "transcripts", code=1)  # was: ... and no such file
    assert r.stderr == folder


def _error_values(xml: str) -> str:
    """The sheet as LibreOffice saves a formula that failed: `t="e"` and the error."""
    xml = re.sub(r'(<c r="K\d+"[^>]*?)><f>(.*?)</f><v\s*(/>|></v>)',
                 r'\1 t="e"><f>\2</f><v>#REF!</v>', xml)
    return re.sub(r'(<c r="M\d+"[^>]*?)><f>(.*?)</f><v\s*(/>|></v>)',
                  r'\1 t="e"><f>\2</f><v>#NAME?</v>', xml)


def _saved(path) -> None:
    rezip(path, {"xl/worksheets/sheet1.xml": _error_values,
                 "xl/workbook.xml": lambda xml: xml.replace(' fullCalcOnLoad="1"', "")})


def test_a_formula_whose_saved_value_is_an_error_is_refused_by_its_cell(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    at = rows_of(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    ws[f"K{at[ids[0]]}"] = "=Z99"
    ws[f"K{at[ids[1]]}"] = "accept"
    ws[f"M{at[ids[1]]}"] = '=CONCATT("too ", "broad")'
    wb.save(path)
    _saved(path)
    r = coded.qcode("review", "import", str(path), code=1)  # was: note '#NAME?' stored
    assert r.stderr == (
        f"Error: {path}: 2 problems in the review sheet; nothing was imported\n"
        f"  Review!K{at[ids[0]]}: the decision cell's formula gives the error #REF!: correct "
        "the formula, or type the value\n"
        f"  Review!M{at[ids[1]]}: the note cell's formula gives the error #NAME?: correct the "
        "formula, or type the value\n")
    assert stored(coded) == []


def test_an_adjudication_formula_giving_an_error_is_refused_by_its_cell(coded: Project):
    ids = sorted(codings(coded))
    a, b = export(coded, "ana"), export(coded, "bo")
    fill(a, {ids[0]: ("accept", "", "")})
    fill(b, {ids[0]: ("reject", "", "")})
    coded.qcode("review", "import", str(a))
    coded.qcode("review", "import", str(b))
    (coded.root / "qcode.toml").write_text('adjudicators = ["cho"]\n')
    adj = coded.root / "adj.xlsx"
    coded.qcode("review", "adjudicate", "--file", str(adj))
    wb = openpyxl.load_workbook(adj)
    ws = wb["Adjudicate"]
    col = columns(ws)
    assert (col["decision"], col["note"]) == (14, 16)
    ws["N2"], ws["P2"] = "accept", '=CONCATT("as ", H2)'
    wb.save(adj)
    rezip(adj, {"xl/worksheets/sheet1.xml": lambda xml: re.sub(
        r'(<c r="P2"[^>]*?)><f>(.*?)</f><v\s*(/>|></v>)', r'\1 t="e"><f>\2</f><v>#NAME?</v>',
        xml), "xl/workbook.xml": lambda xml: xml.replace(' fullCalcOnLoad="1"', "")})
    r = coded.qcode("review", "adjudicate", "--import", str(adj), code=1)
    assert r.stderr == (
        f"Error: {adj}: 1 problem in the adjudication sheet; nothing was imported\n"
        "  Adjudicate!P2: the note cell's formula gives the error #NAME?: correct the formula, "
        "or type the value\n")


def test_a_formula_saved_with_its_value_still_imports(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    at = rows_of(path)
    wb = openpyxl.load_workbook(path)
    wb["Review"][f"K{at[ids[0]]}"] = '="accept"'
    wb.save(path)
    saved = coded.root / "saved.xlsx"
    shutil.copy(path, saved)
    rezip(saved, {"xl/worksheets/sheet1.xml": lambda xml: re.sub(
        r'(<c r="K\d+"[^>]*?)><f>(.*?)</f><v\s*(/>|></v>)', r'\1 t="str"><f>\2</f><v>accept</v>',
        xml), "xl/workbook.xml": lambda xml: xml.replace(' fullCalcOnLoad="1"', "")})
    r = coded.qcode("review", "import", str(saved))
    assert "recorded 1 decision by ana" in r.stdout


BOOK = """
Chapter Three

The kitchen was cold when I arrived. Mrs. Ro poured tea without looking up.

— When did you first think of leaving? I asked.

— The winter my husband died, she said. There was no coal.

She turned the cup in her hands for a long time.

— Did anyone help you cross?

— A broker from Musan. I paid him with the last of my mother's gold.

— Were you afraid? she wanted to know from me later, of my own crossing.

— Of course. But staying was worse.

— And your son?

— Afraid? She said nothing for a while, then: he was braver than me.
"""


def test_a_dash_question_followed_by_the_authors_asked_is_the_question(project: Project):
    project.write("book.txt", BOOK, folder=".")
    rows = [line for line in project.qcode("show", "book.txt").stdout.splitlines()
            if line.startswith("│")]
    who = {int(r.split("│")[1]): r.split("│")[2].strip() for r in rows}
    assert who[5] == "Interviewer"  # was Respondent: the question coded as her words
    assert who[7] == "Respondent"
    assert who[15] == "Interviewer"  # `? she wanted to know ...`
    assert who[19] == "Interviewer"
    assert who[21] == "Respondent"  # `? She said nothing`: an answer, no asking tag


def test_margin_codes_taken_off_are_said(project: Project):
    project.write("coded.txt", """
        Q: What did you trade?

        A: [CODE: market] Dried fish and batteries.

        Q: Did you pay the inspectors?

        A: [CODE: bribery] [THEME: trade > fees] Every month, cigarettes.
        """, folder=".")
    r = project.qcode("show", "coded.txt")  # was: the codes gone without a word
    assert ("Warning: coded.txt:3: 2 lines open with a coder's margin codes (`[CODE: ...]`, "
            "`[THEME: ...]`; the first on this line): taken off the text, so that they are "
            "not read as the speaker's words (qcode codes with its codebook, not with them); "
            "memo lines (`{{... memo: ...}}`) are context; if the brackets are the speaker's "
            "own words, write them without the code word\n") in r.stdout
    assert "│ Dried fish and batteries." in r.stdout.replace("  ", " ")


def test_a_saved_email_is_told_to_be_copied_to_txt(project: Project):
    (project.root / "reply.eml").write_text("From: a@example.org\n\nHello\n", encoding="utf-8")
    r = project.qcode("show", "reply.eml", code=1)
    assert r.stderr == (
        "Error: reply.eml: unsupported file type '.eml'; qcode reads .txt, .md, .markdown, "
        ".docx, .vtt, .srt, .sbv; a saved e-mail: copy it to a .txt file and ingest that (its "
        "headers are context, a quoted-printable body is decoded)\n")
