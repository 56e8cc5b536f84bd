"""Disputed codings out to an adjudicator, side by side; their final decisions back in."""

from __future__ import annotations

import uuid
from pathlib import Path

from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import NothingSelected, ReviewSheetError
from qcode.privacy import public_codings
from qcode.review.export import WIDTHS
from qcode.review.importer import check_meta, read_decisions
from qcode.review.sheets import open_workbook, read_meta, read_table, writing
from qcode.review.status import ADJUDICATOR
from qcode.store import Store, now

FINAL = ["decision", "recode_to", "note"]  # the adjudicator's columns, named as in Review


def export_disputes(store: Store, book: Codebook, config: Config, path: Path) -> int:
    """One row per disputed coding: each reviewer's decision and note, then the final one."""
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
    with writing(path) as out:
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
        out.meta({"kind": "adjudicate", "export_id": uuid.uuid4().hex[:12],
                  "project": store.project_id(), "reviewer": ADJUDICATOR,
                  "codebook_hash": book.hash, "exported_at": now()})
    return len(disputed)


def import_adjudication(store: Store, book: Codebook, path: Path) -> int:
    """Final decisions become the adjudicator's decisions, which settle a coding's status."""
    wb = open_workbook(path)
    problems: list[str] = []
    meta = read_meta(wb)
    check_meta(meta, "adjudicate", store, problems)
    table = read_table(wb, "Adjudicate", ["coding_id", *FINAL], problems)
    decisions = []
    if table is not None and not problems:
        decisions = read_decisions(table, {r.id for r in store.codings()},
                                   {c.id for c in book.flat()}, problems)
    if problems:
        raise ReviewSheetError(f"{len(problems)} problem(s) in the adjudication sheet; nothing "
                               "was imported", problems, path)
    recorded = store.sheet_decisions(ADJUDICATOR, meta["export_id"])
    new = 0
    with store.transaction():
        for d in decisions:
            if recorded.get(d.coding_id) == (d.decision, d.recode_to or "", d.note):
                continue
            new += 1
            store.add_decision(d.coding_id, ADJUDICATOR, d.decision, d.recode_to, d.note,
                               path.name, d.row, meta["export_id"], meta["exported_at"])
    return new
