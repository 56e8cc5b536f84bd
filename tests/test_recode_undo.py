"""Every output counts a recoded coding under its new code; `review undo` withdraws a sheet's
decisions and brings them back, deleting nothing."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import docx
import openpyxl

from qcode.exports import CODINGS_COLUMNS
from qcode.store import Store
from tests.conftest import Project
from tests.test_review import codings, export, fill

CONTRACT = ["coding_id", "transcript", "segment_id", "speaker", "line", "start", "end", "code",
            "code_label", "status", "confidence", "rules", "matched", "text"]


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def recoded(coded: Project) -> str:
    """The cigarettes-and-dramas coding of usb_notel in t1, recoded by ana to reasons/media."""
    rows = codings(coded)
    cid = next(c for c, r in rows.items() if r["transcript"] == "t1" and r["code"] == "usb_notel")
    path = export(coded, "ana")
    fill(path, {cid: ("recode", "reasons_for_leaving/media", "it is why she left")})
    coded.qcode("review", "import", str(path))
    return cid


def test_recodes_count_under_the_new_code_in_every_output(coded: Project):
    cid = recoded(coded)
    out = coded.root / "outputs"
    with (out / "codings.csv").open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == [*CONTRACT, "coded_as"] == CODINGS_COLUMNS
    row = codings(coded)[cid]
    assert (row["code"], row["code_label"], row["status"], row["coded_as"]) == (
        "reasons_for_leaving/media", "What foreign media showed", "recoded", "usb_notel")
    others = [r for c, r in codings(coded).items() if c != cid]
    assert all(r["coded_as"] == r["code"] for r in others)

    coded.qcode("export", "matrix")
    matrix = {r["code"]: r for r in read(out / "matrix.csv")}
    assert matrix["usb_notel"]["t1"] == "0" and matrix["usb_notel"]["t2"] == "1"
    assert matrix["reasons_for_leaving/media"]["t1"] == "1"
    co = {r["code"]: r for r in read(out / "cooccurrence.csv")}
    assert co["bribery"]["reasons_for_leaving/media"] == "1"
    coded.qcode("export", "codings", "--format", "json")
    exported = {r["coding_id"]: r for r in json.loads((out / "codings.json").read_text())}
    assert exported[cid]["code"] == "reasons_for_leaving/media"

    coded.qcode("digest", "--format", "html,md,docx,csv")
    quotes = {r["coding_id"]: r for r in read(out / "digest" / "quotes.csv")}
    assert quotes[cid]["code"] == "reasons_for_leaving/media"
    assert quotes[cid]["theme"] == "reasons_for_leaving"
    md = (out / "digest" / "digest.md").read_text()
    media = md.index("What foreign media showed")
    assert md.index("We gave the guard", media) > media
    paragraphs = [p.text for p in docx.Document(out / "digest" / "digest.docx").paragraphs]
    assert any(cid in p for p in paragraphs)

    sheet = export(coded, "bo")
    ws = openpyxl.load_workbook(sheet)["Review"]
    names = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == cid)
    assert row[names.index("code")] == "reasons_for_leaving/media"
    coded.qcode("export", "qdpx", "--file", "p.qdpx")
    with zipfile.ZipFile(coded.root / "p.qdpx") as z:
        project = z.read("project.qde").decode()
    assert project.count("What foreign media showed") >= 1


def test_undo_withdraws_a_sheet_and_restore_brings_it_back(coded: Project):
    cid = recoded(coded)
    r = coded.qcode("review", "undo", "--reviewer", "ana")
    assert r.stdout.startswith("withdrew 1 decision of ana from ana.xlsx (export ")
    row = codings(coded)[cid]
    assert (row["code"], row["status"]) == ("usb_notel", "suggested")
    with Store(coded.root / "outputs" / "qcode.db") as store:
        assert store.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 1
        export_id = store.db.execute("SELECT export_id FROM decisions").fetchone()[0]
    r = coded.qcode("review", "undo", "--reviewer", "ana", code=1)
    assert r.stderr == "Error: 'ana' has no standing sheet to withdraw\n"
    r = coded.qcode("review", "undo", "--reviewer", "bo", code=1)
    assert r.stderr == "Error: no imported sheet has decisions by 'bo'\n"
    r = coded.qcode("review", "undo", "--reviewer", "ana", "--sheet", "nope", code=1)
    assert f"'ana' has no imported sheet 'nope' (theirs: {export_id} (ana.xlsx))" in r.stderr
    coded.qcode("review", "undo", "--reviewer", "ana", "--sheet", export_id, "--restore")
    assert codings(coded)[cid]["code"] == "reasons_for_leaving/media"
    # withdrawn again, then imported again: the sheet's decisions count once more
    coded.qcode("review", "undo", "--reviewer", "ana", "--sheet", "ana.xlsx")
    r = coded.qcode("review", "import", str(coded.root / "ana.xlsx"))
    assert "recorded 1 decision by ana (0 already recorded" in r.stdout
    assert codings(coded)[cid]["status"] == "recoded"
