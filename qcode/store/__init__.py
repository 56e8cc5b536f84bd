"""SQLite store: schema, migrations and every query. Nothing else in qcode writes SQL.

Codings are derived data and are replaced freely; decisions are human work and are never
deleted or updated, only appended (the newest per reviewer and coding wins). `Store` is
one class for its callers, assembled from one mixin per kind of data.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from qcode import __version__
from qcode.atomic import output_error
from qcode.errors import StoreError
from qcode.store.base import ExportRecord, ImportedSheet, Removal, now
from qcode.store.codings import CodingQueries
from qcode.store.fragments import Fragment, FragmentQueries, QuotePiece
from qcode.store.learning import LearningQueries
from qcode.store.schema import MIGRATIONS, migrate
from qcode.store.transcripts import TranscriptQueries

__all__ = ["MIGRATIONS", "ExportRecord", "Fragment", "ImportedSheet", "QuotePiece", "Removal",
           "Store", "StoreError", "now", "sqlite_error"]

_SQLITE_REASONS = [  # (words in SQLite's message, what to tell the user, error code)
    ("readonly", "the project database cannot be written (a read-only folder, file or file "
     "system); copy the project to a writable folder, or check its permissions", "Q203"),
    ("unable to open", "the project database cannot be opened (a read-only or missing "
     "folder); check the folder's permissions or choose another one", "Q203"),
    ("full", "the disk is full; free some space and run the command again", "Q203"),
    ("disk i/o", "the disk could not be read or written; check the disk, then run the "
     "command again", "Q203"),
    ("locked", "another qcode command is using this project; wait for it to finish and run "
     "again", "Q204"),
]


def sqlite_error(path: Path, e: sqlite3.OperationalError) -> StoreError:
    """One clear line for a database the file system or another process will not let us
    use; anything else SQLite reports is passed on in its own words."""
    said = str(e).lower()
    for words, reason, code in _SQLITE_REASONS:
        if words in said:
            return StoreError(reason, path, code=code, option="out")
    return StoreError(f"the project database failed: {e}", path, code="Q203", option="out")


class Store(TranscriptQueries, CodingQueries, LearningQueries, FragmentQueries):
    """One project database at `<out>/qcode.db`."""

    def __init__(self, path: Path, create: bool = True):
        self.path = path
        if not create and not path.exists():
            raise StoreError(
                "no qcode project here (no qcode.db); ingest transcripts first, or open the "
                "project's output folder",
                path.parent, code="Q201", option="out",
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise output_error(path.parent, e) from e
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
            tables = [r[0] for r in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            if tables and "schema_version" not in tables:
                self.db.close()
                raise StoreError(
                    f"not a qcode project: this SQLite file has other tables "
                    f"({', '.join(sorted(tables)[:5])}) and no schema_version; qcode leaves it "
                    "as it is: use another output folder", path, code="Q202", option="out")
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as e:
            raise sqlite_error(path, e) from e
        except sqlite3.DatabaseError as e:
            raise StoreError(f"not a qcode database ({e}); use another output folder", path,
                             code="Q202", option="out") from e
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        migrate(self)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        """Close; a write the file system refused becomes one clear StoreError."""
        self.close()
        if isinstance(error, sqlite3.OperationalError):
            raise sqlite_error(self.path, error) from error

    def project_id(self) -> str:
        return self.get("id")

    @staticmethod
    def validated_codebooks(path: Path) -> frozenset[str]:
        """Hashes of codebook texts this project already validated (read-only; no store
        created): an unchanged codebook need not load spaCy just to be checked again."""
        if not path.exists():
            return frozenset()
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                return frozenset(r[0] for r in db.execute("SELECT hash FROM codebooks"))
        except sqlite3.DatabaseError:
            return frozenset()

    def record_run(self, codebook_hash: str | None, counts: dict[str, int]) -> None:
        self.db.execute(
            "INSERT INTO runs (version, codebook_hash, counts, at) VALUES (?,?,?,?)",
            (__version__, codebook_hash, json.dumps(counts), now()),
        )

    def stats(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "transcripts": self.transcript_count(),
            "respondents": one(
                "SELECT COUNT(DISTINCT transcript_id || '\x1f' || speaker) FROM turns "
                "WHERE role = 'respondent'"
            ).fetchone()[0],
            "turns": one("SELECT COUNT(*) FROM turns").fetchone()[0],
            "segments": one("SELECT COUNT(*) FROM segments").fetchone()[0],
            "words": one("SELECT COALESCE(SUM(words), 0) FROM transcripts").fetchone()[0],
            "codings": one("SELECT COUNT(*) FROM codings").fetchone()[0],
            "decisions": one("SELECT COUNT(*) FROM decisions").fetchone()[0],
            "orphaned decisions": self.orphaned_decisions(),
        }
