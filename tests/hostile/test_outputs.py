"""Neutralised outputs: no cell of any spreadsheet or CSV qcode writes starts a formula, and
control characters in testimony never reach (or break) an output."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl

from qcode.cells import FORMULA_STARTS, cell
from tests.conftest import Project
from tests.hostile.conftest import run_batch

HOSTILE = """
---
id: "+evil"
---
Interviewer: Did you pay a bribe?

A: =HYPERLINK("http://example.invalid","click") we gave the guard a bribe.

A: -We gave the police officer a bribe too.

A: @SUM(1+1) we paid a bribe at the border.
"""


def csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [v for row in csv.reader(f) for v in row]


def xlsx_cells(path: Path) -> list[object]:
    wb = openpyxl.load_workbook(path)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    return [c.value for c in cells]


def live(values: list[object]) -> list[str]:
    return [v for v in values if isinstance(v, str) and v.startswith(FORMULA_STARTS)]


def test_no_output_cell_starts_a_formula(project: Project):
    project.write("evil.txt", HOSTILE)
    (project.root / "qcode.toml").write_text('redact = ["bribe"]\n', encoding="utf-8")
    run_batch(project, command="run", code=0, coded=("'+evil",))
    out = project.root / "outputs"
    project.qcode("export", "codings", "--format", "xlsx")
    project.qcode("export", "matrix", "--format", "xlsx")
    project.qcode("export", "matrix", "--format", "csv")
    project.qcode("digest", "--status", "suggested", "--format", "csv")
    project.qcode("review", "export", "--reviewer", "ana", "--file", "ana.xlsx")
    sheets = [*out.rglob("*.xlsx"), project.root / "ana.xlsx"]
    csvs = list(out.rglob("*.csv"))
    assert len(sheets) >= 4 and len(csvs) >= 4
    for path in csvs:
        assert not live(csv_cells(path)), path
    for path in sheets:
        assert not live(xlsx_cells(path)), path
    texts = csv_cells(out / "codings.csv")
    # every bold span was redacted away: the plain-text path of the review sheet is inert too
    assert "'=HYPERLINK(\"http://example.invalid\",\"click\") we gave the guard a [redacted]." \
        in texts
    review = xlsx_cells(project.root / "ana.xlsx")
    assert "'-We gave the police officer a [redacted] too." in review


def test_cell_is_the_one_rule():
    assert [cell(v) for v in ("=1+1", "+1", "-1", "@x", "\tx", "\rx", "a=b", 5, None)] == [
        "'=1+1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "a=b", 5, None]
    assert cell("a\x1b[31mred\x07") == "a\ufffd[31mred\ufffd"


def test_control_characters_in_testimony_are_counted_and_never_break_a_run(project: Project):
    project.write("esc.txt", "Interviewer: Did you pay?\n\nA: We gave the guard a bribe. "
                             "\x1b[2J And we rang\x07 the bell.\n")
    err = run_batch(project, command="run", code=0, coded=("t1", "esc"))
    assert ("Warning: transcripts/esc.txt:3: 2 control characters such as ESC or BEL in the "
            "text (first on this line); every output shows each as \ufffd\n") in err
    out = project.root / "outputs"
    rows = {r["transcript"]: r for r in csv.DictReader((out / "codings.csv").open(encoding="utf-8"))}
    assert rows["esc"]["text"] == "We gave the guard a bribe. \ufffd[2J And we rang\ufffd the bell."
    sheet = next(out.rglob("review-*.xlsx"))
    assert "We gave the guard a bribe. \ufffd[2J And we rang\ufffd the bell." in xlsx_cells(sheet)
    project.qcode("digest", "--status", "suggested")
    with zipfile.ZipFile(out / "digest" / "digest.docx") as z:
        assert "\ufffd[2J And we rang" in z.read("word/document.xml").decode()
    project.write("t3.txt", "Interviewer: And?\n\nA: We paid a bribe again.\n")
    project.qcode("run", "--jobs", "1")  # a later run is not broken by it
