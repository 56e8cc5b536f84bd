"""Session 20: what reviewers really do to a sheet and what spreadsheets really save. A
reviewer's decision is never lost without a word: a formula whose value was never saved, a
second column of the same name, a decision cleared after its import; a sheet saved in the
wrong format is refused naming the format. Real openpyxl workbooks, the real CLI."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl

from qcode.store import Store
from tests.conftest import INTERVIEW, Project
from tests.test_keep_work import filled
from tests.test_review import codings, export, fill

SAVE = "open the sheet in Excel or LibreOffice and save it, or type the value"


def stored(project: Project) -> list[tuple[str, str, str]]:
    with Store(project.root / "outputs" / "qcode.db") as store:
        return [tuple(r) for r in store.db.execute(
            "SELECT coding_id, decision, note FROM decisions ORDER BY id")]


def rezip(path: Path, edits: dict[str, Callable[[str], str]]) -> None:
    """Rewrite members of the workbook's zip, as another program would have saved them."""
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            z.writestr(info.filename, data)


def rows_of(path: Path) -> dict[str, int]:
    ws = openpyxl.load_workbook(path)["Review"]
    return {r[0].value: r[0].row for r in ws.iter_rows(min_row=2)}


def test_a_formula_without_a_saved_value_is_refused_by_its_cell(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    at = rows_of(path)
    wb = openpyxl.load_workbook(path)  # a script fills the sheet: its formulas have no value
    ws = wb["Review"]
    ws[f"K{at[ids[0]]}"] = '="accept"'
    ws[f"K{at[ids[1]]}"] = "reject"
    ws[f"M{at[ids[1]]}"] = '=CONCAT("too ", "broad")'
    wb.save(path)
    r = coded.qcode("review", "import", str(path), code=1)
    assert r.stderr == (
        f"Error: {path}: 2 problems in the review sheet; nothing was imported\n"
        f"  Review!K{at[ids[0]]}: the decision cell holds a formula with no saved value: {SAVE}\n"
        f"  Review!M{at[ids[1]]}: the note cell holds a formula with no saved value: {SAVE}\n")
    assert stored(coded) == []

    # xlsxwriter (pandas) saves a 0 as every formula's value, and marks the workbook to be
    # calculated when opened: that 0 is no value either
    def placeholder(xml: str) -> str:
        return re.sub(r"<f>(.*?)</f><v\s*(/>|></v>)", r"<f>\1</f><v>0</v>", xml)
    saved = coded.root / "saved.xlsx"
    shutil.copy(path, saved)
    rezip(path, {"xl/worksheets/sheet1.xml": placeholder})
    r = coded.qcode("review", "import", str(path), code=1)
    assert f"Review!K{at[ids[0]]}: the decision cell holds a formula with no saved value" \
        in r.stderr

    # Excel and LibreOffice save the value they computed (and drop the mark): imported
    def computed(xml: str) -> str:
        xml = re.sub(r'(<c r="K\d+"[^>]*?)><f>(.*?)</f><v\s*(/>|></v>)',
                     r'\1 t="str"><f>\2</f><v>accept</v>', xml)
        return re.sub(r'(<c r="M\d+"[^>]*?)><f>(.*?)</f><v\s*(/>|></v>)',
                      r'\1 t="str"><f>\2</f><v>too broad</v>', xml)
    rezip(saved, {"xl/worksheets/sheet1.xml": computed,
                  "xl/workbook.xml": lambda xml: xml.replace(' fullCalcOnLoad="1"', "")})
    r = coded.qcode("review", "import", str(saved))
    assert "recorded 2 decisions by ana" in r.stdout
    assert sorted(stored(coded)) == sorted([(ids[0], "accept", ""),
                                            (ids[1], "reject", "too broad")])


def test_a_draft_filled_with_formulas_is_not_rewritten(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    today = date.today().isoformat()
    draft = project.root / "outputs" / "drafts" / f"review-{today}.xlsx"
    wb = openpyxl.load_workbook(draft)
    wb["Review"]["K2"] = '="reject"'  # reads as empty: the sheet looked as nobody filled it
    wb.save(draft)
    project.write("t1.txt", INTERVIEW + "\nWe paid a bribe to the inspector.\n")
    r = project.qcode("run")
    assert f"review-{today}-2.xlsx" in r.stdout.replace("\n", "").replace("│", "")
    assert openpyxl.load_workbook(draft)["Review"]["K2"].value == '="reject"'


def test_columns_by_header_whatever_its_case_but_never_two_of_a_name(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    fill(path, {ids[0]: ("reject", "", "")})
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    ws["K1"] = "Decision "
    ws["N1"] = "decision"  # the reviewer's own column, right of qcode's
    ws["N2"] = "accept"
    wb.save(path)
    r = coded.qcode("review", "import", str(path), code=1)
    assert r.stderr == (
        f"Error: {path}: 1 problem in the review sheet; nothing was imported\n"
        "  Review!N1: a second column is named 'decision' (the first is K1); qcode cannot "
        "tell which one holds the reviewer's entries: rename or delete one of them\n")
    ws["N1"] = "my decision"
    wb.save(path)
    r = coded.qcode("review", "import", str(path))
    assert "recorded 1 decision by ana" in r.stdout
    assert stored(coded) == [(ids[0], "reject", "")]


def test_a_renamed_sheet_is_named(coded: Project):
    path = export(coded, "ana")
    wb = openpyxl.load_workbook(path)
    wb["Review"].title = "Ana's review"
    wb.create_sheet("Notes", 0)
    wb.save(path)
    r = coded.qcode("review", "import", str(path), code=1)
    assert r.stderr == (
        f"Error: {path}: 1 problem in the review sheet; nothing was imported\n"
        "  Review: no sheet is named 'Review' (the workbook has 'Notes', \"Ana's review\", "
        "'Codebook', 'Instructions', '_meta'); if you renamed it, name it 'Review' again\n")


def test_a_sheet_saved_in_another_format_is_refused_naming_it(coded: Project):
    path = export(coded, "ana")
    save = ("  open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx) (File > "
            "Save As), then import the .xlsx\n")
    xls = coded.root / "ana.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    ods = coded.root / "ana.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    csv = coded.root / "ana.csv"
    csv.write_text("coding_id,decision\nabc,accept\n", encoding="utf-8")
    misnamed = coded.root / "ana-copy.ods"
    shutil.copy(path, misnamed)
    empty = coded.root / "empty.xlsx"
    empty.write_bytes(b"")
    expected = {
        xls: "is an Excel 97-2003 workbook (.xls), not an .xlsx\n" + save,
        ods: "is an OpenDocument spreadsheet (.ods), not an .xlsx\n" + save,
        csv: "is a text file (CSV or the like), not a workbook: a CSV keeps one sheet and "
             "drops the hidden _meta sheet qcode checks\n  copy its decision, recode_to and "
             "note columns into the .xlsx qcode exported, save that and import it\n",
        misnamed: "is an Excel workbook named .ods\n  rename it to ana-copy.xlsx and import "
                  "that\n",
        empty: "is empty (0 bytes)\n  import the sheet as the spreadsheet saved it; if the "
               "save failed, save it again from Excel or LibreOffice\n",
    }
    for file, message in expected.items():
        r = coded.qcode("review", "import", str(file), code=1)
        assert r.stderr == f"Error: {file}: {message}", file
    macro = coded.root / "ana.xlsm"  # a workbook with macros is still a workbook
    shutil.copy(path, macro)
    assert "recorded 0 decisions" in coded.qcode("review", "import", str(macro)).stdout


def test_a_decision_cleared_after_its_import_is_kept_and_said(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    at = rows_of(path)
    fill(path, {ids[0]: ("accept", "", ""), ids[1]: ("reject", "", "off topic")})
    coded.qcode("review", "import", str(path))
    fill(path, {ids[0]: ("", "", ""), ids[1]: ("accept", "", "off topic")})
    r = coded.qcode("review", "import", str(path))
    assert r.stderr == (
        f"Warning: {path}: Review!K{at[ids[0]]}: the decision 'accept' on coding '{ids[0]}', "
        "imported from this sheet before, is empty now; it is kept (decisions are never "
        "deleted): type a new decision to change it\n")
    assert "recorded 1 decision by ana" in r.stdout
    assert stored(coded) == [(ids[0], "accept", ""), (ids[1], "reject", "off topic"),
                             (ids[1], "accept", "off topic")]
    assert codings(coded)[ids[0]]["status"] == "accepted"
    assert codings(coded)[ids[1]]["status"] == "accepted"
    assert filled(path) == {ids[1]: "accept"}


def test_a_final_decision_cleared_after_its_import_is_kept_and_said(coded: Project):
    ids = sorted(codings(coded))
    a, b = export(coded, "ana"), export(coded, "bo")
    fill(a, {ids[0]: ("accept", "", "")})
    fill(b, {ids[0]: ("reject", "", "")})
    coded.qcode("review", "import", str(a))
    coded.qcode("review", "import", str(b))
    (coded.root / "qcode.toml").write_text('adjudicators = ["cho"]\n')
    adj = coded.root / "adj.xlsx"
    coded.qcode("review", "adjudicate", "--file", str(adj))
    at = {row[0].value: row[0].row for row in
          openpyxl.load_workbook(adj)["Adjudicate"].iter_rows(min_row=2)}
    fill(adj, {ids[0]: ("reject", "", "")}, sheet="Adjudicate")
    coded.qcode("review", "adjudicate", "--import", str(adj))
    col = next(c.column_letter for c in openpyxl.load_workbook(adj)["Adjudicate"][1]
               if c.value == "decision")
    fill(adj, {ids[0]: ("", "", "")}, sheet="Adjudicate")
    r = coded.qcode("review", "adjudicate", "--import", str(adj))
    assert r.stderr == (
        f"Warning: {adj}: Adjudicate!{col}{at[ids[0]]}: the decision 'reject' on coding "
        f"'{ids[0]}', imported from this sheet before, is empty now; it is kept (decisions "
        "are never deleted): type a new decision to change it\n")
    assert "recorded 0 final decisions" in r.stdout
    assert ids[0] not in codings(coded)  # the adjudicator's reject stands


def test_decisions_as_reviewers_type_them(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    at = rows_of(path)
    typed = ["Accept", " ACCEPT ", "reject\u200b", "\ufeffUnsure", "accepted", "accept\x9b31m"]
    fill(path, {cid: (word, "", "") for cid, word in zip(ids, typed, strict=False)})
    r = coded.qcode("review", "import", str(path), code=1)
    bad = sorted([(at[ids[4]], "'accepted'"), (at[ids[5]], "'accept\ufffd31m'")])
    assert r.stderr == "".join(
        [f"Error: {path}: 2 problems in the review sheet; nothing was imported\n"]
        + [f"  Review!K{row}: {word} is not one of accept, reject, recode, unsure\n"
           for row, word in bad])
    fill(path, {ids[4]: ("", "", ""), ids[5]: ("", "", "")})
    coded.qcode("review", "import", str(path))
    assert sorted(stored(coded)) == sorted([(ids[0], "accept", ""), (ids[1], "accept", ""),
                                            (ids[2], "reject", ""), (ids[3], "unsure", "")])


def test_notes_like_formulas_stay_text_and_go_out_inert(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    notes = ["@SUM(A1)", "+1 agree", "=cmd|' /C calc'!A0", "x" * 40_000]
    fill(path, {cid: ("accept", "", "") for cid in ids[:4]})
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    for cid, note in zip(ids, notes, strict=False):
        c = ws.cell(rows_of(path)[cid], 13)
        c.value = note
        c.data_type = "s"  # typed as text ('=...), as a spreadsheet saves it
    wb.save(path)  # openpyxl cuts a cell at 32,767 characters, as Excel does; LibreOffice not
    rezip(path, {"xl/worksheets/sheet1.xml": lambda xml: xml.replace("x" * 32_767,
                                                                      "x" * 40_000)})
    coded.qcode("review", "import", str(path))
    assert sorted(stored(coded)) == sorted((cid, "accept", note)
                                           for cid, note in zip(ids, notes, strict=False))
    bo = export(coded, "bo")
    fill(bo, {cid: ("reject", "", "") for cid in ids[:4]})
    coded.qcode("review", "import", str(bo))
    (coded.root / "qcode.toml").write_text('adjudicators = ["cho"]\n')
    sheet = coded.root / "adj.xlsx"
    coded.qcode("review", "adjudicate", "--file", str(sheet))
    ws = openpyxl.load_workbook(sheet)["Adjudicate"]
    names = [c.value for c in ws[1]]
    out = {r[0].value: r[names.index("ana: note")] for r in ws.iter_rows(min_row=2)}
    for cid, note in zip(ids[:3], notes, strict=False):
        assert out[cid].data_type == "s" and out[cid].value == "'" + note
