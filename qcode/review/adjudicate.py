"""Disputed codings out to an adjudicator, side by side; their final decisions back in."""

from __future__ import annotations

from pathlib import Path

from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import ConfigError, NothingSelected, ReviewSheetError
from qcode.plural import counted
from qcode.privacy import public_codings
from qcode.review.export import WIDTHS
from qcode.review.importer import ImportReport, cleared, read_decisions
from qcode.review.provenance import check_meta, exporting
from qcode.review.reading import open_workbook, read_meta, read_table
from qcode.status import ADJUDICATOR
from qcode.store import Store

FINAL = ["decision", "recode_to", "note"]  # the adjudicator's columns, named as in Review


def adjudicator_of(config: Config, name: str = "") -> str:
    """The person who adjudicates: one granted the role in qcode.toml (`adjudicators`); the
    only one listed when no name is given."""
    granted = config.adjudicators
    if not granted:
        raise ConfigError("no adjudicators are named; add `adjudicators = [\"NAME\"]` to "
                          "qcode.toml to grant the role", "qcode.toml")
    if not name and len(granted) == 1:
        return granted[0]
    if name not in granted:
        raise ConfigError(f"'{name}' is not an adjudicator of this project (qcode.toml "
                          f"adjudicators: {', '.join(granted)}); choose one of them",
                          "qcode.toml", option="adjudicator")
    return name


def export_disputes(store: Store, book: Codebook, config: Config, path: Path,
                    adjudicator: str) -> int:
    """One row per disputed coding: each reviewer's decision and note, then the final one,
    for a person granted the adjudicator role (adjudicator_of)."""
    latest = store.latest_decisions()
    disputed = [r for r in public_codings(store, config) if r.status == "disputed"]
    if not disputed:
        raise NothingSelected("no coding is disputed; there is nothing to adjudicate and no "
                              "sheet was written")
    reviewers = sorted({name for r in disputed for name in latest.get(r.id, {})
                        if name != ADJUDICATOR})
    columns = ["coding_id", "transcript", "speaker", "line", "code", "code_label", "text"]
    for name in reviewers:
        columns += [f"{name}: decision", f"{name}: recode_to", f"{name}: note"]
    columns += FINAL
    with exporting(store, path, "adjudicate", adjudicator, book.hash,
                   [r.id for r in disputed]) as out:
        ws = out.table("Adjudicate", columns, {**WIDTHS, "text": 60})
        for i, row in enumerate(disputed, start=2):
            values = {"coding_id": row.id, "transcript": row.transcript, "speaker": row.speaker,
                      "line": row.line, "code": row.code, "code_label": row.code_label}
            for name in reviewers:
                d = latest[row.id].get(name)
                if d is not None:
                    values |= {f"{name}: decision": d["decision"],
                               f"{name}: recode_to": d["recode_to"] or "",
                               f"{name}: note": d["note"]}
            out.row(ws, i, [values.get(name) for name in columns])
            out.rich(ws, i, columns.index("text") + 1, row.text, row.matched)
        out.validations(ws, columns, len(disputed) + 1, len(book.flat()))
        out.finish(ws, len(columns), len(disputed) + 1)
        out.codebook_sheet(book)
    return len(disputed)


def import_adjudication(store: Store, book: Codebook, config: Config,
                        path: Path) -> ImportReport:
    """Final decisions become the adjudicator's decisions, which settle a coding's status.
    The sheet must have been exported to a person who still holds the role."""
    wb = open_workbook(path)
    problems: list[str] = []
    meta = read_meta(wb)
    vanished = check_meta(meta, "adjudicate", store, problems)
    name = meta.get("reviewer", "")
    if not problems and name not in config.adjudicators:
        problems.append(f"_meta: '{name}' is not an adjudicator of this project (qcode.toml "
                        f"adjudicators: {', '.join(config.adjudicators) or 'none'})")
    table = read_table(wb, "Adjudicate", ["coding_id", *FINAL], problems)
    report = ImportReport(name)
    recorded = store.sheet_decisions(ADJUDICATOR, meta.get("export_id", ""))
    if table is not None and not problems:
        report.decisions = read_decisions(table, {r.id for r in store.codings()},
                                          {c.id for c in book.flat()}, problems, vanished)
        report.cleared = cleared(recorded, table, report)
    if problems:
        raise ReviewSheetError(f"{counted(len(problems), 'problem')} in the adjudication sheet; nothing "
                               "was imported", problems, path)
    with store.transaction():
        for d in report.decisions:
            if recorded.get(d.coding_id) == (d.decision, d.recode_to or "", d.note):
                report.unchanged += 1
                continue
            report.new += 1
            store.add_decision(d.coding_id, ADJUDICATOR, d.decision, d.recode_to, d.note,
                               path.name, d.row, meta["export_id"], meta["exported_at"], name)
    return report
