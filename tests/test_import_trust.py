"""Imports keep everything that can be kept and trust only what the project recorded: a
vanished coding does not block the rest, an edited _meta refuses the whole sheet, the
adjudicator is a role granted in qcode.toml."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from qcode.plural import counted
from qcode.store import Store
from tests.conftest import Project
from tests.test_review import codings, export, fill


def edit_meta(path: Path, key: str, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["_meta"]
    row = next(r for r in ws.iter_rows() if r[0].value == key)
    row[1].value = value
    wb.save(path)


def decisions(project: Project) -> list[tuple[str, str, str]]:
    with Store(project.root / "outputs" / "qcode.db") as store:
        return [tuple(r) for r in store.db.execute(
            "SELECT coding_id, reviewer, decision FROM decisions ORDER BY id")]


def test_a_vanished_coding_does_not_block_the_rest(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    t1 = coded.root / "transcripts" / "t1.txt"
    t1.write_text(t1.read_text().replace("South Korean dramas on a notel", "the sky"))
    coded.qcode("run")
    gone = sorted(set(ids) - set(codings(coded)))
    assert len(gone) == 2
    fill(path, {i: ("accept", "", "") for i in ids})
    ws = openpyxl.load_workbook(path)["Review"]
    cells = {r[0].value: f"Review!A{r[0].row}" for r in ws.iter_rows(min_row=2)}
    r = coded.qcode("review", "import", str(path))
    for cid in gone:
        assert (f"Warning: {path}: {cells[cid]}: coding '{cid}' no longer exists (its "
                "transcript or the codebook changed); the decision 'accept' is kept as "
                "orphaned history") in r.stderr
    assert f"recorded {counted(len(ids), 'decision')} by ana" in r.stdout
    assert "2 on codings that no longer exist" in r.stdout
    kept = decisions(coded)
    assert {c for c, _, _ in kept} == set(ids)
    assert all(codings(coded)[c]["status"] == "accepted" for c in set(ids) - set(gone))
    r = coded.qcode("stats")
    assert "orphaned decisions │ 2" in " ".join(r.stdout.split())
    # an id that was never on the sheet is still an edit, and refuses the whole sheet
    wb = openpyxl.load_workbook(path)
    wb["Review"][f"A{ws.max_row}"] = "0123456789abcdef"
    wb.save(path)
    r = coded.qcode("review", "import", str(path), code=1)
    assert "unknown coding id '0123456789abcdef'" in r.stderr


def test_an_edited_meta_is_refused_whole(coded: Project):
    ids = sorted(codings(coded))
    cases = {
        "reviewer": ("bo", "_meta!B4: reviewer 'bo' is not what was exported ('ana')"),
        "exported_at": ("9999-01-01T00:00:00+00:00",
                        "_meta!B6: exported_at '9999-01-01T00:00:00+00:00' is in the future"),
        "export_id": ("feedfeedfeed",
                      "_meta!B2: this project never exported a sheet with id 'feedfeedfeed'"),
        "project": ("0000", "_meta!B3: this sheet was exported from another project (0000)"),
    }
    for key, (value, message) in cases.items():
        path = coded.root / f"{key}.xlsx"
        coded.qcode("review", "export", "--reviewer", "ana", "--file", path)
        fill(path, {ids[0]: ("accept", "", "")})
        edit_meta(path, key, value)
        r = coded.qcode("review", "import", str(path), code=1)
        assert message in r.stderr, (key, r.stderr)
        assert "nothing was imported" in r.stderr
    earlier = export(coded, "cy")
    edit_meta(earlier, "exported_at", "2001-01-01T00:00:00+00:00")
    r = coded.qcode("review", "import", str(earlier), code=1)
    assert "exported_at '2001-01-01T00:00:00+00:00' is not what was exported" in r.stderr
    assert decisions(coded) == []


def test_the_adjudicator_is_a_role_not_a_name(coded: Project):
    ids = sorted(codings(coded))
    r = coded.qcode("review", "export", "--reviewer", "adjudicator", "--file", "x.xlsx")
    fill(coded.root / "x.xlsx", {i: ("reject", "", "") for i in ids})
    r = coded.qcode("review", "import", "x.xlsx", code=1)
    assert "'adjudicator' is a role, not a reviewer" in r.stderr
    a, b = export(coded, "ana"), export(coded, "bo")
    fill(a, {ids[0]: ("accept", "", "")})
    fill(b, {ids[0]: ("reject", "", "")})
    coded.qcode("review", "import", str(a))
    coded.qcode("review", "import", str(b))
    r = coded.qcode("review", "import", str(b), "--reviewer", "ana", code=1)
    assert "the sheet was exported for 'bo'; it cannot be imported as 'ana'" in r.stderr
    r = coded.qcode("review", "adjudicate", code=1)
    assert "no adjudicators are named; add `adjudicators = [\"NAME\"]`" in r.stderr
    (coded.root / "qcode.toml").write_text('adjudicators = ["cho", "dae"]\n')
    r = coded.qcode("review", "adjudicate", "--adjudicator", "ana", code=1)
    assert r.stderr == ("Error: qcode.toml: --adjudicator: 'ana' is not an adjudicator of this "
                        "project (qcode.toml adjudicators: cho, dae); choose one of them\n")
    coded.qcode("review", "adjudicate", "--adjudicator", "cho", "--file", "adj.xlsx")
    fill(coded.root / "adj.xlsx", {ids[0]: ("accept", "", "settled")}, sheet="Adjudicate")
    (coded.root / "qcode.toml").write_text('adjudicators = ["dae"]\n')  # cho lost the role
    r = coded.qcode("review", "adjudicate", "--import", "adj.xlsx", code=1)
    assert "_meta: 'cho' is not an adjudicator of this project" in r.stderr
    (coded.root / "qcode.toml").write_text('adjudicators = ["cho"]\n')
    r = coded.qcode("review", "adjudicate", "--import", "adj.xlsx")
    assert "recorded 1 final decision by cho" in r.stdout
    assert codings(coded)[ids[0]]["status"] == "accepted"
    with Store(coded.root / "outputs" / "qcode.db") as store:
        row = store.db.execute("SELECT reviewer, adjudicated_by FROM decisions "
                               "ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(row) == ("adjudicator", "cho")
