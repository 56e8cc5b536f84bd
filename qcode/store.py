"""SQLite store: schema, migrations and every query. Nothing else in qcode writes SQL.

Codings are derived data and are replaced freely; decisions are human work and are never
deleted or updated, only appended (the newest per reviewer and coding wins).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qcode import __version__
from qcode.atomic import output_error
from qcode.errors import StoreError
from qcode.model import (
    DECISION_FIELDS,
    Coding,
    CodingRow,
    DecisionRow,
    Notice,
    Paragraph,
    Transcript,
    Turn,
    paragraph_ids,
)
from qcode.status import final_code, status_of

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE transcripts (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        meta TEXT NOT NULL,
        words INTEGER NOT NULL,
        encoding TEXT NOT NULL,
        repaired_lines INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE turns (
        transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        role TEXT NOT NULL,
        line INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        time TEXT,
        PRIMARY KEY (transcript_id, idx)
    );
    CREATE TABLE segments (
        id TEXT PRIMARY KEY,
        transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        role TEXT NOT NULL,
        line INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX segments_transcript ON segments(transcript_id, seq);
    CREATE TABLE codebooks (
        hash TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        text TEXT NOT NULL,
        loaded_at TEXT NOT NULL
    );
    CREATE TABLE codings (
        id TEXT PRIMARY KEY,
        transcript_id TEXT NOT NULL,
        segment_id TEXT NOT NULL,
        turn INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        line INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        code_label TEXT NOT NULL,
        confidence REAL NOT NULL,
        rules TEXT NOT NULL,
        matched TEXT NOT NULL,
        question TEXT NOT NULL,
        origin TEXT NOT NULL
    );
    CREATE INDEX codings_transcript ON codings(transcript_id, code);
    CREATE TABLE matched (
        transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        PRIMARY KEY (transcript_id, code)
    );
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        coding_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        decision TEXT NOT NULL,
        recode_to TEXT,
        note TEXT NOT NULL DEFAULT '',
        sheet TEXT NOT NULL DEFAULT '',
        "row" INTEGER,
        export_id TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX decisions_coding ON decisions(coding_id);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        version TEXT NOT NULL,
        codebook_hash TEXT,
        counts TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 2: a project identity (review sheets must come back to the project they left) and the
    # export time of each decision (a newer sheet from the same reviewer wins)
    """
    CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO project VALUES ('id', lower(hex(randomblob(8))));
    ALTER TABLE decisions ADD COLUMN exported_at TEXT NOT NULL DEFAULT '';
    """,
    # 3: what ingest warned about each transcript (guessed encoding, suspicious structure),
    # for `qcode transcripts`
    """
    ALTER TABLE transcripts ADD COLUMN notices TEXT NOT NULL DEFAULT '[]';
    """,
    # 4: every sheet sent out, with the codings on it: an import is checked against its export
    # (a vanished coding is told from an edited id, a changed _meta is refused), and the named
    # adjudicator behind each adjudication decision (the reviewer column holds the role)
    """
    CREATE TABLE exports (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        exported_at TEXT NOT NULL,
        codebook_hash TEXT NOT NULL,
        file TEXT NOT NULL,
        coding_ids TEXT NOT NULL
    );
    INSERT OR IGNORE INTO project VALUES
        ('exports recorded since', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'));
    ALTER TABLE decisions ADD COLUMN adjudicated_by TEXT NOT NULL DEFAULT '';
    """,
    # 5: passage vectors (a cache: by segment id and embedding model version) and, for each
    # coding the model suggested, the reviewed passages that drove it
    """
    CREATE TABLE vectors (
        segment_id TEXT NOT NULL,
        model TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (segment_id, model)
    );
    CREATE TABLE suggestions (
        coding_id TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        nearest TEXT NOT NULL
    );
    """,
    # 6: sheets whose decisions were withdrawn (review undo): the decisions stay in the
    # history and count again when the withdrawal is restored
    """
    CREATE TABLE withdrawals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        reviewer TEXT NOT NULL,
        export_id TEXT NOT NULL,
        upto INTEGER NOT NULL,
        at TEXT NOT NULL,
        restored_at TEXT
    );
    """,
    # 7: transcripts removed because consent was withdrawn: their text, segments and codings
    # are gone, this tombstone keeps them from being ingested again until restored
    """
    CREATE TABLE removed (
        transcript_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        path TEXT NOT NULL,
        at TEXT NOT NULL,
        restored_at TEXT
    );
    """,
]


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
    use; anything else SQLite says is a bug and stays an internal error."""
    said = str(e).lower()
    for words, reason, code in _SQLITE_REASONS:
        if words in said:
            return StoreError(reason, path, code=code, option="out")
    return StoreError(f"the project database failed: {e}", path, code="Q203", option="out")


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
_STANDING = ("NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.reviewer = d.reviewer AND "
             "w.export_id = d.export_id AND d.id <= w.upto AND w.restored_at IS NULL)")


class Store:
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
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        """Close; a write the file system refused becomes one clear StoreError."""
        self.close()
        if isinstance(error, sqlite3.OperationalError):
            raise sqlite_error(self.path, error) from error

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        current = row[0] or 0
        if current > len(MIGRATIONS):
            raise StoreError(
                f"database schema {current} is newer than this qcode ({__version__}) knows; "
                "upgrade qcode",
                self.path,
            )
        for version in range(current + 1, len(MIGRATIONS) + 1):
            with self.transaction() as db:
                for statement in MIGRATIONS[version - 1].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO schema_version VALUES (?)", (version,))

    # -- transcripts -------------------------------------------------------------------

    def transcript_index(self) -> dict[str, tuple[str, str]]:
        """id -> (path, file_hash) of every stored transcript."""
        rows = self.db.execute("SELECT id, path, file_hash FROM transcripts")
        return {r["id"]: (r["path"], r["file_hash"]) for r in rows}

    def save_transcripts(self, transcripts: list[Transcript]) -> None:
        """Insert or replace transcripts with their turns and segments, in one transaction
        (a commit per file costs more than the inserts); their rule codings are re-derived
        later, decisions are untouched."""
        if not transcripts:
            return
        with self.transaction() as db:
            self._changed()
            for t in transcripts:
                self._save_transcript(db, t)

    def _save_transcript(self, db: sqlite3.Connection, t: Transcript) -> None:
        # the same file may have had another id before: its old rows go too
        old = [r[0] for r in db.execute(
            "SELECT id FROM transcripts WHERE id = ? OR path = ?", (t.id, t.path))]
        for tid in old:
            db.execute("DELETE FROM transcripts WHERE id = ?", (tid,))
            # derived codings (rules', the model's) go; a reviewer's own stay
            db.execute("DELETE FROM codings WHERE transcript_id = ? AND origin != 'manual'",
                       (tid,))
        db.execute(
            "INSERT INTO transcripts VALUES (?,?,?,?,?,?,?,?,?)",
            (
                t.id,
                t.path,
                t.file_hash,
                json.dumps(t.meta, default=str, ensure_ascii=False),
                t.words,
                t.encoding,
                t.repaired_lines,
                now(),
                json.dumps([[n.line, n.message] for n in t.notices], ensure_ascii=False),
            ),
        )
        db.executemany(
            "INSERT INTO turns VALUES (?,?,?,?,?,?,?,?)",
            [
                (t.id, i, turn.speaker, turn.role, turn.line, turn.start, turn.end, turn.time)
                for i, turn in enumerate(t.turns)
            ],
        )
        rows: list[tuple[Any, ...]] = []
        for i, (turn, ids) in enumerate(zip(t.turns, paragraph_ids(t), strict=True)):
            for p, sid in zip(turn.paragraphs, ids, strict=True):
                rows.append((sid, t.id, i, len(rows), turn.role, p.line, p.start, p.end, p.text))
        db.executemany("INSERT INTO segments VALUES (?,?,?,?,?,?,?,?,?)", rows)

    def load_transcripts(self, ids: Iterable[str] | None = None) -> Iterator[Transcript]:
        wanted = set(ids) if ids is not None else None
        query = "SELECT * FROM transcripts ORDER BY id"
        plain = self.db.cursor()
        plain.row_factory = None  # tuples: name lookups cost more than the query
        for row in self.db.execute(query).fetchall():
            if wanted is not None and row["id"] not in wanted:
                continue
            turns = [Turn(speaker, role, line, start, end, [], time)
                     for speaker, role, line, start, end, time in plain.execute(
                         'SELECT speaker, role, line, start, "end", time FROM turns '
                         "WHERE transcript_id = ? ORDER BY idx", (row["id"],))]
            segments = plain.execute(
                'SELECT turn, text, line, start, "end", id FROM segments WHERE transcript_id = ? '
                "ORDER BY seq", (row["id"],))
            for turn, *paragraph in segments:
                turns[turn].paragraphs.append(Paragraph(*paragraph))
            yield Transcript(
                row["id"],
                row["path"],
                json.loads(row["meta"]),
                turns,
                row["file_hash"],
                encoding=row["encoding"],
                repaired_lines=row["repaired_lines"],
                notices=[Notice(line, message) for line, message in json.loads(row["notices"])],
            )

    def transcript_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM transcripts").fetchone()[0])

    def transcript_meta(self) -> dict[str, dict[str, Any]]:
        rows = self.db.execute("SELECT id, meta FROM transcripts")
        return {r["id"]: json.loads(r["meta"]) for r in rows}

    # -- codebooks and codings ---------------------------------------------------------

    def save_codebook(self, hash_: str, name: str, version: str, text: str,
                      labels: dict[str, str]) -> None:
        """Keep the codebook's text, and its labels for codings recoded to a code the rules
        never gave."""
        self.db.execute(
            "INSERT OR IGNORE INTO codebooks VALUES (?,?,?,?,?)",
            (hash_, name, version, text, now()),
        )
        self.put("code labels", json.dumps(labels, sort_keys=True, ensure_ascii=False))

    def stale(self, code_hashes: dict[str, str]) -> dict[str, set[str]]:
        """transcript id -> codes whose codings are missing or from another rule version."""
        done: dict[str, dict[str, str]] = {}
        for r in self.db.execute("SELECT transcript_id, code, code_hash FROM matched"):
            done.setdefault(r["transcript_id"], {})[r["code"]] = r["code_hash"]
        out: dict[str, set[str]] = {}
        for (tid,) in self.db.execute("SELECT id FROM transcripts ORDER BY id"):
            have = done.get(tid, {})
            todo = {c for c, h in code_hashes.items() if have.get(c) != h}
            if todo:
                out[tid] = todo
        return out

    def forget_codes_except(self, codes: Iterable[str]) -> int:
        """Drop rule codings of codes no longer in the codebook; decisions stay (orphaned)."""
        keep = list(codes)
        marks = ",".join("?" * len(keep))
        with self.transaction() as db:
            db.execute(f"DELETE FROM matched WHERE code NOT IN ({marks})", keep)
            cur = db.execute(
                f"DELETE FROM codings WHERE origin != 'manual' AND code NOT IN ({marks})", keep
            )
            if cur.rowcount:
                self._changed()
        return cur.rowcount

    def replace_codings(
        self, results: Iterable[tuple[str, set[str], list[Coding]]], code_hashes: dict[str, str]
    ) -> None:
        """Store new codings of (transcript, codes) in one transaction."""
        with self.transaction() as db:
            self._changed()
            for tid, codes, codings in results:
                marks = ",".join("?" * len(codes))
                db.execute(
                    f"DELETE FROM codings WHERE transcript_id = ? AND origin = 'rule' "
                    f"AND code IN ({marks})",
                    [tid, *codes],
                )
                db.executemany(
                    "INSERT OR REPLACE INTO matched VALUES (?,?,?)",
                    [(tid, c, code_hashes[c]) for c in codes],
                )
                db.executemany(
                    "INSERT OR REPLACE INTO codings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [_coding_row(c) for c in codings],
                )

    def codings(self) -> list[CodingRow]:
        """Every coding with its status, in transcript and text order. A recoded coding is
        under the code reviewers settled on (`code`, `code_label`); `coded_as` keeps the
        code its rules gave it."""
        latest = self.latest_decisions()
        rows = self.db.execute(
            'SELECT * FROM codings ORDER BY transcript_id, start, "end", code'
        ).fetchall()
        labels = {r["code"]: r["code_label"] for r in rows}
        labels |= json.loads(self.get("code labels") or "{}")
        out = []
        for r in rows:
            by = latest.get(r["id"], {})
            status = status_of(by) if by else "suggested"
            code = final_code(by, r["code"]) if status == "recoded" else r["code"]
            out.append(CodingRow(
                r["id"], r["transcript_id"], r["segment_id"], r["speaker"], r["line"],
                r["start"], r["end"], code, labels.get(code, code) if code != r["code"]
                else r["code_label"], status, r["confidence"], json.loads(r["rules"]),
                json.loads(r["matched"]), r["question"], r["text"], r["origin"], r["code"]))
        return out

    # -- decisions ---------------------------------------------------------------------

    def project_id(self) -> str:
        return self.get("id")

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
                f"WHERE {_STANDING} ORDER BY d.exported_at, COALESCE(e.rowid, 0), d.id"):
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
            f"WHERE reviewer = ? AND export_id = ? AND {_STANDING} ORDER BY id",
            (reviewer, export_id))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def imported_sheets(self, name: str) -> list[ImportedSheet]:
        """The sheets a reviewer (or adjudicator) was imported from, oldest import first."""
        rows = self.db.execute(
            "SELECT d.reviewer, d.export_id, MAX(d.sheet), COUNT(*), "
            f"SUM({_STANDING}) FROM decisions d WHERE d.reviewer = ? OR d.adjudicated_by = ? "
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

    def remove_transcript(self, tid: str, reason: str) -> Removal:
        """Delete a transcript's text, turns, segments and codings; decisions on its codings
        keep their ids and verdicts, their notes (which may quote it) become a tombstone.
        Then VACUUM and truncate the WAL, so that the text is not left in free pages."""
        row = self.db.execute("SELECT path FROM transcripts WHERE id = ?", (tid,)).fetchone()
        if row is None:
            known = ", ".join(sorted(self.transcript_index())[:10]) or "none"
            raise StoreError(f"no transcript '{tid}' in this project (transcripts: {known})",
                             self.path)
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM codings WHERE transcript_id = ? UNION "
            "SELECT 'uncoded:' || id FROM segments WHERE transcript_id = ?", (tid, tid))]
        marks = ",".join("?" * len(ids))
        with self.transaction() as db:
            self._changed()
            decisions = db.execute(
                f"UPDATE decisions SET note = ? WHERE coding_id IN ({marks})",
                [f"[removed: consent withdrawn {now()[:10]}]", *ids]).rowcount if ids else 0
            db.execute("DELETE FROM suggestions WHERE coding_id IN (SELECT id FROM codings "
                       "WHERE transcript_id = ?)", (tid,))
            db.execute("DELETE FROM vectors WHERE segment_id IN (SELECT id FROM segments "
                       "WHERE transcript_id = ?)", (tid,))
            db.execute("DELETE FROM codings WHERE transcript_id = ?", (tid,))
            db.execute("DELETE FROM transcripts WHERE id = ?", (tid,))  # turns, segments...
            db.execute("INSERT INTO removed (transcript_id, reason, path, at) VALUES (?,?,?,?)",
                       (tid, reason, row["path"], now()))
        self.db.execute("PRAGMA secure_delete = ON")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        sheets = [r for r in self.db.execute("SELECT file, coding_ids FROM exports")
                  if set(json.loads(r["coding_ids"])) & set(ids)]
        codings = sum(not i.startswith("uncoded:") for i in ids)
        return Removal(tid, row["path"], codings, decisions,
                       sorted({Path(r["file"]) for r in sheets}))

    def removed_ids(self) -> dict[str, str]:
        """Transcript id -> when it was removed, for those not restored."""
        rows = self.db.execute("SELECT transcript_id, at FROM removed WHERE restored_at IS NULL")
        return {r[0]: r[1] for r in rows}

    def restore_transcript(self, tid: str) -> str:
        """Allow a removed transcript to be ingested again; returns the path it had."""
        row = self.db.execute("SELECT path FROM removed WHERE transcript_id = ? AND "
                              "restored_at IS NULL", (tid,)).fetchone()
        if row is None:
            raise StoreError(f"transcript '{tid}' was not removed; nothing to restore",
                             self.path)
        self._changed()
        self.db.execute("UPDATE removed SET restored_at = ? WHERE transcript_id = ? AND "
                        "restored_at IS NULL", (now(), tid))
        return str(row[0])

    def add_manual_coding(self, coding: Coding) -> None:
        """A code a reviewer gave to a segment the rules missed."""
        self._changed()
        self.db.execute(
            "INSERT OR IGNORE INTO codings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            _coding_row(coding),
        )

    def paragraphs_of(self, role: str | None = "respondent") -> list[sqlite3.Row]:
        """Stored paragraphs (of one role, or all) with their turn's speaker, in order. (The
        table is `segments` for history: its rows are paragraphs, which are the coded units
        only under `unit: paragraph`; sentence and turn units are made at coding time.)"""
        return self.db.execute(
            "SELECT s.*, t.speaker FROM segments s JOIN turns t "
            "ON t.transcript_id = s.transcript_id AND t.idx = s.turn "
            "WHERE ? IS NULL OR s.role = ? ORDER BY s.transcript_id, s.seq",
            (role, role),
        ).fetchall()

    # -- vectors and model suggestions -------------------------------------------------

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

    def coding_records(self) -> list[tuple[str, str, str, str, str]]:
        """(id, segment id, code as coded, text, origin) of every stored coding: what the
        learned suggestions train from, whatever a review made of the code since."""
        return [tuple(r) for r in self.db.execute(
            "SELECT id, segment_id, code, text, origin FROM codings ORDER BY id")]

    def decision_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0])

    def suggestion_notes(self) -> dict[str, str]:
        """coding id -> the nearest reviewed passages behind a model suggestion (JSON)."""
        return {r[0]: r[1] for r in self.db.execute("SELECT coding_id, nearest FROM suggestions")}

    def statuses(self) -> dict[str, str]:
        """coding id -> status, by the rules in status.py."""
        return {cid: status_of(by) for cid, by in self.latest_decisions().items()}

    def orphaned_decisions(self) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM decisions d LEFT JOIN codings c ON c.id = d.coding_id "
            "WHERE c.id IS NULL AND d.coding_id NOT LIKE 'uncoded:%'"
        ).fetchone()
        return int(row[0])

    # -- runs and stats ----------------------------------------------------------------

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


def _coding_row(c: Coding) -> tuple[Any, ...]:
    s = c.segment
    return (
        c.id,
        s.transcript,
        s.id,
        s.turn,
        s.speaker,
        s.line,
        s.start,
        s.end,
        s.text,
        c.code,
        c.code_label,
        c.confidence,
        json.dumps(c.rules),
        json.dumps(
            [{"rule": m.rule, "start": m.start, "end": m.end, "text": m.text} for m in c.spans],
            ensure_ascii=False,
        ),
        c.question,
        c.origin,
    )
