"""What learned suggestions keep: passage vectors (a cache by segment and model version)
and, per suggested coding, the reviewed passages that drove it."""

from __future__ import annotations

from qcode.model import Coding
from qcode.store.base import Base
from qcode.store.codings import _coding_row


class LearningQueries(Base):
    def segments_without_vector(self, model: str) -> list[tuple[str, str]]:
        """(id, text) of respondent segments with no vector from `model`."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT s.id, s.text FROM segments s LEFT JOIN vectors v "
            "ON v.segment_id = s.id AND v.model = ? "
            "WHERE s.role = 'respondent' AND v.segment_id IS NULL ORDER BY s.transcript_id, s.seq",
            (model,))]

    def save_vectors(self, model: str, rows: list[tuple[str, bytes]]) -> None:
        """Store new vectors; those of other models and of segments gone are dropped (a
        cache, not part of the project's state)."""
        with self.transaction() as db:
            db.execute("DELETE FROM vectors WHERE model != ? OR segment_id NOT IN "
                       "(SELECT id FROM segments)", (model,))
            db.executemany("INSERT OR REPLACE INTO vectors VALUES (?,?,?)",
                           [(sid, model, blob) for sid, blob in rows])

    def segment_vectors(self, model: str) -> tuple[list[str], list[bytes]]:
        """Ids and vectors of the respondent segments that have one, in store order."""
        rows = self.db.execute(
            "SELECT s.id, v.vector FROM segments s JOIN vectors v "
            "ON v.segment_id = s.id AND v.model = ? WHERE s.role = 'respondent' "
            "ORDER BY s.transcript_id, s.seq", (model,)).fetchall()
        return [r[0] for r in rows], [r[1] for r in rows]

    def replace_suggestions(self, codings: list[Coding], nearest: dict[str, str],
                            model: str, keep: set[str]) -> int:
        """Replace the model's codings with new ones; those in `keep` (a reviewer decided
        on them) stay. A new suggestion never replaces a rule or manual coding."""
        with self.transaction() as db:
            old = [r[0] for r in db.execute("SELECT id FROM codings WHERE origin = 'model'")
                   if r[0] not in keep]
            if old or codings:
                self._changed()
            db.executemany("DELETE FROM codings WHERE id = ?", [(cid,) for cid in old])
            db.executemany("DELETE FROM suggestions WHERE coding_id = ?",
                           [(cid,) for cid in old])
            before = db.total_changes
            db.executemany(
                "INSERT OR IGNORE INTO codings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [_coding_row(c) for c in codings])
            added = db.total_changes - before
            db.executemany("INSERT OR REPLACE INTO suggestions VALUES (?,?,?)",
                           [(cid, model, text) for cid, text in nearest.items()])
        return added

    def suggestion_notes(self) -> dict[str, str]:
        """coding id -> the nearest reviewed passages behind a model suggestion (JSON)."""
        return {r[0]: r[1] for r in self.db.execute("SELECT coding_id, nearest FROM suggestions")}
