"""The review loop with real .xlsx files, edited with openpyxl the way a reviewer would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from qcode.review.agreement import cohens_kappa, krippendorff_alpha, percent_agreement
from qcode.store import Store
from tests.conftest import Project


def columns(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def fill(path: Path, decisions: dict[str, tuple[str, str, str]], sheet: str = "Review") -> None:
    """Set decision / recode_to / note on the rows of the given coding ids, then save."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    col = columns(ws)
    for row in ws.iter_rows(min_row=2):
        cid = row[col["coding_id"] - 1].value
        if cid in decisions:
            decision, recode_to, note = decisions[cid]
            row[col["decision"] - 1].value = decision
            row[col["recode_to"] - 1].value = recode_to or None
            row[col["note"] - 1].value = note or None
    wb.save(path)


def codings(project: Project) -> dict[str, dict[str, str]]:
    with (project.root / "outputs" / "codings.csv").open(encoding="utf-8") as f:
        return {r["coding_id"]: r for r in csv.DictReader(f)}


def export(project: Project, reviewer: str, *extra: str) -> Path:
    path = project.root / f"{reviewer}.xlsx"
    project.qcode("review", "export", "--reviewer", reviewer, "--file", str(path), *extra)
    return path


def test_export_sheet_layout(coded: Project):
    path = export(coded, "ana")
    wb = openpyxl.load_workbook(path, rich_text=True)
    assert wb.sheetnames == ["Review", "Codebook", "Instructions", "_meta"]
    assert wb["_meta"].sheet_state == "hidden"
    ws = wb["Review"]
    assert [c.value for c in ws[1]] == [
        "coding_id", "transcript", "speaker", "line", "code", "code_label", "confidence",
        "question", "text", "rules", "decision", "recode_to", "note"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:M")
    validations = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert validations["K2:K7"] == '"accept,reject,recode,unsure"'
    assert validations["L2:L7"] == "Codebook!$A$2:$A$10"  # as Excel writes it: no "="
    media = next(r for r in ws.iter_rows(min_row=2) if r[4].value == "usb_notel")
    bold = [str(block.text) for block in media[8].value if not isinstance(block, str)
            and block.font.b]
    assert "dramas" in bold and "notel" in bold
    assert media[4].fill.fgColor.rgb.endswith("1F618D")
    meta = {r[0].value: r[1].value for r in wb["_meta"].iter_rows()}
    assert meta["reviewer"] == "ana" and meta["kind"] == "review"
    blind = openpyxl.load_workbook(export(coded, "bo", "--blind"))["Review"]
    assert "confidence" not in columns(blind) and "rules" not in columns(blind)


def test_formula_like_text_stays_text(coded: Project):
    wb = openpyxl.load_workbook(export(coded, "ana", "--sample-uncoded", "5"))
    ws = wb["Review"]
    cells = [r[8] for r in ws.iter_rows(min_row=2)
             if str(r[8].value).startswith("'=HYPERLINK")]  # cells.cell's apostrophe
    assert cells and all(c.data_type == "s" for c in cells)


def test_two_reviewers_agreement_adjudication_and_reimport(coded: Project):
    ids = sorted(codings(coded))
    a, b = export(coded, "ana"), export(coded, "bo")
    fill(a, {ids[0]: ("accept", "", ""), ids[1]: ("reject", "", "not bribery"),
             ids[2]: ("accept", "", "")})
    fill(b, {ids[0]: ("accept", "", ""), ids[1]: ("accept", "", "it is"),
             ids[2]: ("recode", "usb_notel", "")})
    r = coded.qcode("review", "import", str(a))
    assert "recorded 3 decisions by ana (0 already recorded" in r.stdout
    coded.qcode("review", "import", str(b))
    r = coded.qcode("review", "import", str(b))
    assert "recorded 0 decisions by bo (3 already recorded" in r.stdout
    status = {cid: row["status"] for cid, row in codings(coded).items()}
    assert status[ids[0]] == "accepted"
    assert status[ids[1]] == "disputed" and status[ids[2]] == "disputed"

    r = coded.qcode("review", "agreement", "--format", "json")
    overall = json.loads(r.stdout)[-1]
    assert overall["code"] == "(all)" and overall["double_reviewed"] == "3"
    assert overall["percent"] == "0.333"

    adj = coded.root / "adj.xlsx"
    (coded.root / "qcode.toml").write_text('adjudicators = ["cho"]\n')
    r = coded.qcode("review", "adjudicate", "--file", str(adj))
    assert "(2 disputed codings for cho)" in r.stdout
    ws = openpyxl.load_workbook(adj)["Adjudicate"]
    col = columns(ws)
    assert {"ana: decision", "ana: note", "bo: decision", "bo: note", "decision"} <= set(col)
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == ids[1])
    assert (row[col["ana: note"] - 1].value, row[col["bo: note"] - 1].value) == (
        "not bribery", "it is")
    fill(adj, {ids[1]: ("reject", "", "agreed with ana"), ids[2]: ("accept", "", "")},
         sheet="Adjudicate")
    r = coded.qcode("review", "adjudicate", "--import", str(adj))
    assert "recorded 2 final decisions" in r.stdout
    rows = codings(coded)
    assert ids[1] not in rows  # rejected codings leave codings.csv
    assert rows[ids[2]]["status"] == "accepted"
    with Store(coded.root / "outputs" / "qcode.db") as store:
        assert store.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 8


def test_newer_sheet_wins_older_stays_in_history(coded: Project):
    cid = sorted(codings(coded))[0]
    old = export(coded, "ana")
    new = coded.root / "ana2.xlsx"
    coded.qcode("review", "export", "--reviewer", "ana", "--file", str(new))  # same second
    fill(old, {cid: ("reject", "", "")})
    fill(new, {cid: ("accept", "", "")})
    coded.qcode("review", "import", str(new))
    coded.qcode("review", "import", str(old))
    assert codings(coded)[cid]["status"] == "accepted"
    with Store(coded.root / "outputs" / "qcode.db") as store:
        history = [r[0] for r in store.db.execute(
            "SELECT decision FROM decisions WHERE coding_id = ? ORDER BY id", (cid,))]
    assert history == ["accept", "reject"]


def test_broken_sheet_lists_every_cell_and_writes_nothing(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    fill(path, {ids[0]: ("acept", "", ""), ids[1]: ("recode", "", ""),
                ids[2]: ("recode", "nonsense", ""), ids[3]: ("accept", "bribery", ""),
                ids[4]: ("", "accept", "bribery")})  # typed one column off: no decision
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    ws.cell(row=ws.max_row + 1, column=1, value="deadbeef").parent.cell(
        row=ws.max_row, column=11, value="accept")
    wb.save(path)
    row_of = {r[0].value: r[0].row for r in ws.iter_rows(min_row=2)}
    r = coded.qcode("review", "import", str(path), code=1)
    lines = r.stderr.splitlines()
    assert lines[0] == f"Error: {path}: 6 problems in the review sheet; nothing was imported"
    assert sorted(lines[1:]) == sorted([
        f"  Review!K{row_of[ids[0]]}: 'acept' is not one of accept, reject, recode, unsure",
        f"  Review!L{row_of[ids[1]]}: recode needs a code id in recode_to",
        f"  Review!L{row_of[ids[2]]}: 'nonsense' is not a code of the codebook; pick one from "
        "the drop-down",
        f"  Review!L{row_of[ids[3]]}: recode_to is set but the decision is 'accept'; choose "
        "'recode' or clear recode_to",
        f"  Review!A{ws.max_row}: unknown coding id 'deadbeef'; was it edited, or is the sheet "
        "from another project?",
        f"  Review!L{row_of[ids[4]]}: 'accept' is in recode_to but decision "
        f"(K{row_of[ids[4]]}) is empty; put the decision in the decision column (fill cells "
        "by their header), or clear recode_to",
    ])
    with Store(coded.root / "outputs" / "qcode.db") as store:
        assert store.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 0


def test_sheet_problems_file_level(coded: Project, tmp_path: Path):
    notxlsx = coded.root / "x.xlsx"
    notxlsx.write_text("hello", encoding="utf-8")
    r = coded.qcode("review", "import", str(notxlsx), code=1)
    assert r.stderr.startswith(f"Error: {notxlsx}: is a text file (CSV or the like), not a "
                               "workbook")
    path = export(coded, "ana")
    wb = openpyxl.load_workbook(path)
    wb["Review"].delete_cols(11)  # the decision column
    wb["_meta"]["B3"] = "someotherproject"
    wb.save(path)
    r = coded.qcode("review", "import", str(path), code=1)
    assert "  _meta!B3: this sheet was exported from another project (someotherproject); " \
        "import it into that project" in r.stderr
    assert ("  Review!1: no column is named 'decision' in the header row; if you renamed or "
            "deleted it, name its header 'decision' again (a fresh export shows the "
            "columns)") in r.stderr


def test_sorted_and_deleted_rows_and_dry_run(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    ws.delete_rows(2)  # a reviewer deletes a row...
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    for r in range(2, ws.max_row + 1):  # ...and sorts the rest backwards
        for c in range(1, ws.max_column + 1):
            ws.cell(row=r, column=c).value = rows[-(r - 1)][c - 1]
    wb.save(path)
    fill(path, {ids[-1]: ("reject", "", "")})
    r = coded.qcode("review", "import", str(path), "--dry-run")
    assert "would record 1 decision by" in r.stdout
    assert codings(coded)[ids[-1]]["status"] == "suggested"
    coded.qcode("review", "import", str(path))
    assert ids[-1] not in codings(coded)


def test_uncoded_sample_misses_become_manual_codings_and_report(coded: Project):
    path = export(coded, "ana", "--sample-uncoded", "5")
    ws = openpyxl.load_workbook(path)["Review"]
    sample = [r[0].value for r in ws.iter_rows(min_row=2) if r[0].value.startswith("uncoded:")]
    assert len(sample) == 2  # all the uncoded respondent paragraphs there are
    first = next(iter(codings(coded)))
    fill(path, {sample[0]: ("recode", "reasons_for_leaving", "missed"),
                sample[1]: ("accept", "", ""), first: ("accept", "", "")})
    r = coded.qcode("review", "import", str(path))
    assert "1 missed code found" in r.stdout
    manual = [row for row in codings(coded).values() if row["rules"] == "manual"]
    assert [(m["code"], m["status"]) for m in manual] == [("reasons_for_leaving", "accepted")]
    r = coded.qcode("codebook", "report", "--format", "csv")
    report = list(csv.DictReader(r.stdout.splitlines()))
    code_row = next(x for x in report if x["code"] == "reasons_for_leaving"
                    and x["rule"] == "(all rules)")
    assert code_row["misses"] == "1" and code_row["recall"] == "0.00"


def test_decisions_survive_transcript_edit_between_rounds(coded: Project):
    ids = sorted(codings(coded))
    path = export(coded, "ana")
    fill(path, {i: ("accept", "", "") for i in ids})
    coded.qcode("review", "import", str(path))
    t1 = coded.root / "transcripts" / "t1.txt"
    t1.write_text(t1.read_text().replace("South Korean dramas on a notel", "the sky"))
    r = coded.qcode("run")
    table = {" ".join(line.strip("│ ").split()) for line in r.stdout.splitlines()}
    assert "orphaned decisions │ 2" in table  # the edited paragraph had two codings
    still = codings(coded)
    assert all(row["status"] == "accepted" for cid, row in still.items() if cid in ids)
    r = coded.qcode("review", "import", str(path))  # the old sheet names two gone codings
    assert r.stderr.count("no longer exist") == 2
    assert "recorded 0 decisions by ana (6 already recorded" in r.stdout


def test_agreement_statistics_match_hand_computed_values():
    # Cohen: 10 items; A accepts 6, B accepts 5; they agree on 7. p_o 0.7, p_e 0.5 -> 0.4
    pairs = [("a", "a")] * 4 + [("r", "r")] * 3 + [("a", "r")] * 2 + [("r", "a")]
    units = [{"A": x, "B": y} for x, y in pairs]
    assert percent_agreement(units) == pytest.approx(0.7)
    assert cohens_kappa(units) == pytest.approx(0.4)
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example: 0.743
    data = ["1 1 . 1", "2 2 3 2", "3 3 3 3", "3 3 3 3", "2 2 2 2", "1 2 3 4", "4 4 4 4",
            "1 1 2 1", "2 2 2 2", ". 5 5 5", ". . 1 1", ". . 3 ."]
    units = [{c: v for c, v in zip("ABCD", row.split(), strict=True) if v != "."}
             for row in data]
    assert krippendorff_alpha(units) == pytest.approx(0.743, abs=0.001)
    assert krippendorff_alpha([{"A": "x", "B": "x"}]) is None  # no variation: undefined


def test_hostile_workbooks_are_refused(coded: Project, monkeypatch):
    import openpyxl.xml

    import qcode.review.reading as reading

    assert openpyxl.xml.DEFUSEDXML  # openpyxl parses with defusedxml: no entity expansion
    path = export(coded, "ana")
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    r = coded.qcode("review", "import", str(path), code=1)
    assert r.stderr.startswith(f"Error: {path}: file is larger than 0 MB; a review sheet never is")
    monkeypatch.setattr(reading, "MAX_BYTES", 50 * 2**20)
    monkeypatch.setattr(reading, "MAX_UNPACKED", 1000)
    r = coded.qcode("review", "import", str(path), code=1)
    assert "the workbook unpacks to more than 0 MB; refusing to open it" in r.stderr


def test_rich_text_cells_read_back_as_written(tmp_path: Path):
    from qcode.review.sheets import writing

    cases = [("all of it", [{"start": 0, "end": 9}]),  # one bold run: not a rich string
             ("a bc de", [{"start": 2, "end": 4}, {"start": 3, "end": 7}]),  # overlapping
             ("x\x07y z", [{"start": 4, "end": 5}]),  # a character XML cannot hold
             ("=1+1 plain", [])]
    with writing(tmp_path / "rich.xlsx") as out:
        ws = out.table("Review", ["text"], {})
        for r, (text, spans) in enumerate(cases, start=2):
            out.rich(ws, r, 1, text, spans)
    ws = openpyxl.load_workbook(tmp_path / "rich.xlsx", rich_text=True)["Review"]
    cells = [row[0] for row in ws.iter_rows(min_row=2)]

    def bold(cell) -> list[str]:  # type: ignore[no-untyped-def]
        if isinstance(cell.value, str):
            return [cell.value] if cell.font.b else []
        return [str(b.text) for b in cell.value if not isinstance(b, str) and b.font.b]

    # a control character becomes U+FFFD (one for one: the bold span still falls on "z");
    # a formula-like text gets OWASP's apostrophe (cells.cell)
    assert [str(c.value) for c in cells] == ["all of it", "a bc de", "x\ufffdy z", "'=1+1 plain"]
    assert [bold(c) for c in cells] == [["all of it"], ["bc de"], ["z"], []]
    assert cells[3].data_type == "s"
