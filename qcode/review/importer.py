"""Review sheets in: every cell checked, every problem listed, nothing written unless all is
well. Rows are matched by coding_id, so sorted, filtered or deleted rows are harmless."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcode.codebook import Codebook
from qcode.errors import ReviewSheetError
from qcode.model import Coding, Segment, coding_id
from qcode.plural import counted
from qcode.review.export import UNCODED
from qcode.review.provenance import check_meta, check_reviewer
from qcode.review.reading import Table, open_workbook, read_meta, read_table, text
from qcode.review.sheets import DECISIONS
from qcode.store import Store


@dataclass
class Decision:
    coding_id: str
    decision: str
    recode_to: str | None
    note: str
    row: int
    orphaned: str = ""  # why its coding is gone, with the cell: kept as orphaned history


@dataclass
class ImportReport:
    reviewer: str
    new: int = 0
    unchanged: int = 0
    undecided: int = 0
    misses: int = 0  # codes given to sampled uncoded segments
    decisions: list[Decision] = field(default_factory=list)
    # decisions imported earlier from this sheet whose cell is empty now: kept, with the cell
    cleared: list[str] = field(default_factory=list)

    @property
    def orphaned(self) -> list[str]:
        """Decisions on codings that vanished since the export, each with its cell."""
        return [d.orphaned for d in self.decisions if d.orphaned]


def read_decisions(table: Table, known: set[str], codes: set[str], problems: list[str],
                   vanished: Callable[[str], bool]) -> list[Decision]:
    """Check every row of a review or adjudication sheet (both name their columns
    decision, recode_to and note). A coding id not in `known` that `vanished` accepts (it
    was on the sheet when exported) gives an orphaned decision, not a problem."""
    out: list[Decision] = []
    seen: dict[str, int] = {}
    for r, row in table.rows:
        cid, decision = text(row.get("coding_id")), text(row.get("decision")).lower()
        recode_to, note = text(row.get("recode_to")) or None, text(row.get("note"))
        problem = _id_problem(table, r, cid, decision, known, seen, vanished)
        if problem is None:
            seen[cid] = r
            problem = _decision_problem(table, r, row, decision, recode_to, codes)
            if problem is None and decision:
                orphaned = (f"{table.ref('coding_id', r)}: coding '{cid}' no longer exists "
                            "(its transcript or the codebook changed); the decision "
                            f"'{decision}' is kept as orphaned history") if cid not in known \
                    else ""
                out.append(Decision(cid, decision, recode_to, note, r, orphaned))
        if problem:
            problems.append(problem)
    return out


def _id_problem(table: Table, r: int, cid: str, decision: str, known: set[str],
                seen: dict[str, int], vanished: Callable[[str], bool]) -> str | None:
    """What is wrong with a row's coding id: "" for a row to skip quietly (no id and no
    decision), None for an id to go on with."""
    if not cid:
        return (f"{table.ref('coding_id', r)}: coding_id is empty; restore it from a fresh "
                "export") if decision else ""
    if cid not in known and not vanished(cid):
        return (f"{table.ref('coding_id', r)}: unknown coding id '{cid}'; was it edited, or is "
                "the sheet from another project?")
    if cid in seen:
        return (f"{table.ref('coding_id', r)}: coding '{cid}' appears twice (also row "
                f"{seen[cid]}); delete one of the rows")
    return None


def _decision_problem(table: Table, r: int, row: dict[str, Any], decision: str,
                      recode_to: str | None, codes: set[str]) -> str | None:
    """What is wrong with a row's decision and recode_to, if anything (no decision is
    fine: the row is undecided, unless recode_to holds something: a reviewer who typed a
    decision one column off, as the columns move with `--sample-uncoded`, lost it silently)."""
    if not decision:
        return (f"{table.ref('recode_to', r)}: '{row.get('recode_to')}' is in recode_to but "
                f"decision ({table.cell('decision', r)}) is empty; put the "
                "decision in the decision column (fill cells by their header), or clear "
                "recode_to") if recode_to else None
    if decision not in DECISIONS:
        return (f"{table.ref('decision', r)}: '{row.get('decision')}' is not one of "
                f"{', '.join(DECISIONS)}")
    if decision == "recode" and not recode_to:
        return f"{table.ref('recode_to', r)}: recode needs a code id in recode_to"
    if recode_to and recode_to not in codes:
        return (f"{table.ref('recode_to', r)}: '{recode_to}' is not a code of the codebook; "
                "pick one from the drop-down")
    if recode_to and decision != "recode":
        return (f"{table.ref('recode_to', r)}: recode_to is set but the decision is "
                f"'{decision}'; choose 'recode' or clear recode_to")
    return None


def import_sheet(store: Store, book: Codebook, path: Path, reviewer: str = "",
                 dry_run: bool = False) -> ImportReport:
    """Record a reviewer's decisions; raises ReviewSheetError listing every bad cell."""
    wb = open_workbook(path)
    problems: list[str] = []
    meta = read_meta(wb)
    vanished = check_meta(meta, "review", store, problems)
    reviewer = check_reviewer(reviewer, meta, problems)
    table = read_table(wb, "Review", ["coding_id", "decision", "recode_to", "note"], problems)
    report = ImportReport(reviewer)
    if table is not None and not problems:
        segments = {s["id"]: s for s in store.paragraphs_of("respondent")}
        known = {r.id for r in store.codings()} | {UNCODED + s for s in segments}
        codes = {c.id for c in book.flat()}
        report.decisions = read_decisions(table, known, codes, problems, vanished)
        report.undecided = len(table.rows) - len(report.decisions)
        recorded = store.sheet_decisions(report.reviewer, meta.get("export_id", ""))
        report.cleared = cleared(recorded, table, report)
    if problems:
        raise ReviewSheetError(f"{counted(len(problems), 'problem')} in the review sheet; nothing was "
                               "imported", problems, path)
    labels = {c.id: c.label for c in book.flat()}
    try:
        with store.transaction():
            _record(store, report, segments, labels, meta, path)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def cleared(recorded: dict[str, tuple[str, str, str]], table: Table,
            report: ImportReport) -> list[str]:
    """Rows of the sheet whose decision was imported from it before and is empty now. A
    human decision is never deleted, so the earlier one stands: said, not done silently."""
    decided = {d.coding_id for d in report.decisions}
    out = []
    for r, row in table.rows:
        cid = text(row.get("coding_id"))
        if cid in recorded and cid not in decided:
            out.append(f"{table.ref('decision', r)}: the decision '{recorded[cid][0]}' on "
                       f"coding '{cid}', imported from this sheet before, is empty now; it is "
                       "kept (decisions are never deleted): type a new decision to change it")
    return out


def _record(store: Store, report: ImportReport, segments: dict[str, Any],
            labels: dict[str, str], meta: dict[str, str], path: Path) -> None:
    """Append the decisions this sheet adds; one already recorded from the same sheet is
    skipped, so importing a file twice changes nothing."""
    reviewer = report.reviewer
    export_id = meta.get("export_id", "")
    recorded = store.sheet_decisions(reviewer, export_id)
    for d in report.decisions:
        if recorded.get(d.coding_id) == (d.decision, d.recode_to or "", d.note):
            report.unchanged += 1
            continue
        report.new += 1
        if d.coding_id.startswith(UNCODED) and d.recode_to and not d.orphaned:
            report.misses += 1
            seg = segments[d.coding_id.removeprefix(UNCODED)]
            _manual(store, seg, d.recode_to, labels[d.recode_to], reviewer, meta, path)
        store.add_decision(d.coding_id, reviewer, d.decision, d.recode_to, d.note,
                           path.name, d.row, meta.get("export_id", ""),
                           meta.get("exported_at", ""))


class _DryRun(Exception):
    """Rolls back the transaction of a dry run."""


def _manual(store: Store, seg: Any, code: str, label: str, reviewer: str,
            meta: dict[str, str], path: Path) -> None:
    """A missed code becomes a manual coding, accepted by the reviewer who found it."""
    segment = Segment(seg["id"], seg["transcript_id"], seg["turn"], seg["speaker"], "respondent",
                  seg["line"], seg["start"], seg["end"], seg["text"])
    coding = Coding(coding_id(seg["id"], code), segment, code, label, 1.0, ["manual"], [],
                origin="manual")
    store.add_manual_coding(coding)
    store.add_decision(coding.id, reviewer, "accept", None, "found in the uncoded sample",
                   path.name, None, meta.get("export_id", ""), meta.get("exported_at", ""))
