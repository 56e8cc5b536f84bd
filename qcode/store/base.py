"""What every part of the store shares: the connection, transactions, the project's
key-value table and the change stamp that tells outputs whether to rebuild."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ExportRecord:
    """A review or adjudication sheet as it was sent out."""

    id: str
    kind: str
    reviewer: str
    exported_at: str
    codebook_hash: str
    file: str
    coding_ids: frozenset[str]


@dataclass(frozen=True)
class Removal:
    """What `remove` took out of the store."""

    transcript: str
    path: str
    codings: int
    decisions: int  # decisions kept with a tombstone note
    sheets: list[Path]  # exported sheets that showed it


@dataclass(frozen=True)
class ImportedSheet:
    """The decisions one imported sheet recorded."""

    reviewer: str  # as stored: the reviewer, or `adjudicator` for an adjudication sheet
    export_id: str
    file: str
    decisions: int
    standing: int  # decisions not withdrawn

    def can_withdraw(self, restore: bool = False) -> bool:
        """Whether there is something to withdraw (or, restoring, to restore)."""
        return self.standing < self.decisions if restore else self.standing > 0

# decisions `d` not withdrawn (review undo), or withdrawn and restored since; a withdrawal
# covers the decisions recorded before it, not those of the same sheet imported again
STANDING = ("NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.reviewer = d.reviewer AND "
             "w.export_id = d.export_id AND d.id <= w.upto AND w.restored_at IS NULL)")


class Base:
    """The connection and the helpers the query mixins build on."""

    db: sqlite3.Connection
    path: Path

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def rows_of(self, select: str, ids: Collection[str], order: str = "") -> list[sqlite3.Row]:
        """`select ... WHERE <column> IN (ids)` (the statement ends with `IN`), a few hundred
        ids a query (SQLite limits a statement's parameters)."""
        wanted = sorted(ids)
        return [r for k in range(0, len(wanted), 500) for r in self.db.execute(
            f"{select} ({','.join('?' * len(wanted[k:k + 500]))}) {order}", wanted[k:k + 500])]

    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM project WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO project VALUES (?, ?)", (key, value))

    def state(self) -> str:
        """Changes whenever transcripts, codings or decisions change: outputs built from an
        unchanged state need not be rebuilt."""
        return self.get("state")

    def _changed(self) -> None:
        self.db.execute("INSERT OR REPLACE INTO project VALUES ('state', lower(hex(randomblob(8))))")
