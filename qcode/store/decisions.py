"""Decisions: human work, appended and never updated or deleted (the newest per reviewer
and coding wins); the sheets they came from and their withdrawals."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from qcode.model import DECISION_FIELDS, DecisionRow
from qcode.status import status_of
from qcode.store.base import STANDING, Base, ExportRecord, ImportedSheet, now


class DecisionQueries(Base):
    def add_decision(self, coding_id: str, reviewer: str, decision: str, recode_to: str | None = None,
                     note: str = "", sheet: str = "", row: int | None = None,
                     export_id: str = "", exported_at: str = "", adjudicated_by: str = "") -> None:
        """Append a decision; earlier ones stay as history."""
        self._changed()
        self.db.execute(
            'INSERT INTO decisions (coding_id, reviewer, decision, recode_to, note, sheet, "row", '
            "export_id, at, exported_at, adjudicated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (coding_id, reviewer, decision, recode_to, note, sheet, row, export_id, now(),
             exported_at, adjudicated_by),
        )

    def record_export(self, export: ExportRecord, replaces: Path | None = None) -> None:
        """Remember a sheet sent out; `replaces`: a file being rewritten, whose own record
        goes (run's draft sheet, rewritten while nobody filled it in)."""
        if replaces is not None:
            self.db.execute("DELETE FROM exports WHERE file = ?", (str(replaces),))
        self.db.execute("INSERT INTO exports VALUES (?,?,?,?,?,?,?)", (
            export.id, export.kind, export.reviewer, export.exported_at, export.codebook_hash,
            export.file, json.dumps(sorted(export.coding_ids))))

    def export_record(self, export_id: str) -> ExportRecord | None:
        r = self.db.execute("SELECT * FROM exports WHERE id = ?", (export_id,)).fetchone()
        if r is None:
            return None
        return ExportRecord(r["id"], r["kind"], r["reviewer"], r["exported_at"],
                            r["codebook_hash"], r["file"], frozenset(json.loads(r["coding_ids"])))

    def latest_decisions(self) -> dict[str, dict[str, sqlite3.Row]]:
        """coding id -> reviewer -> that reviewer's decision from their newest sheet (by export
        time, then the order the exports were recorded, then import order), so re-importing
        an older sheet cannot undo a newer one."""
        out: dict[str, dict[str, sqlite3.Row]] = {}
        for r in self.db.execute(
                "SELECT d.* FROM decisions d LEFT JOIN exports e ON e.id = d.export_id "
                f"WHERE {STANDING} ORDER BY d.exported_at, COALESCE(e.rowid, 0), d.id"):
            out.setdefault(r["coding_id"], {})[r["reviewer"]] = r
        return out

    def decisions(self) -> list[DecisionRow]:
        """Every decision ever recorded, in the order recorded."""
        columns = ", ".join(f'"{f}"' for f in DECISION_FIELDS)
        return [DecisionRow(*r) for r in self.db.execute(
            f"SELECT {columns} FROM decisions ORDER BY id")]

    def sheet_decisions(self, reviewer: str, export_id: str) -> dict[str, tuple[str, str, str]]:
        """coding -> (decision, recode_to, note) last recorded from one reviewer's sheet."""
        rows = self.db.execute(
            "SELECT coding_id, decision, COALESCE(recode_to, ''), note FROM decisions d "
            f"WHERE reviewer = ? AND export_id = ? AND {STANDING} ORDER BY id",
            (reviewer, export_id))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def imported_sheets(self, name: str) -> list[ImportedSheet]:
        """The sheets a reviewer (or adjudicator) was imported from, oldest import first."""
        rows = self.db.execute(
            "SELECT d.reviewer, d.export_id, MAX(d.sheet), COUNT(*), "
            f"SUM({STANDING}) FROM decisions d WHERE d.reviewer = ? OR d.adjudicated_by = ? "
            "GROUP BY d.reviewer, d.export_id ORDER BY MAX(d.id)", (name, name))
        return [ImportedSheet(*r) for r in rows]

    def withdraw(self, sheet: ImportedSheet, restore: bool = False) -> None:
        """Withdraw a sheet's decisions, or restore them; nothing is deleted."""
        self._changed()
        if restore:
            self.db.execute("UPDATE withdrawals SET restored_at = ? WHERE reviewer = ? AND "
                            "export_id = ? AND restored_at IS NULL",
                            (now(), sheet.reviewer, sheet.export_id))
        else:
            self.db.execute("INSERT INTO withdrawals (reviewer, export_id, upto, at) "
                            "SELECT ?, ?, MAX(id), ? FROM decisions",
                            (sheet.reviewer, sheet.export_id, now()))

    def statuses(self) -> dict[str, str]:
        """coding id -> status, by the rules in status.py."""
        return {cid: status_of(by) for cid, by in self.latest_decisions().items()}

    def orphaned_decisions(self) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM decisions d LEFT JOIN codings c ON c.id = d.coding_id "
            "WHERE c.id IS NULL AND d.coding_id NOT LIKE 'uncoded:%'"
        ).fetchone()
        return int(row[0])

    def decision_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0])
