"""The store's schema, as numbered migrations: a project made by any earlier qcode is
brought up to date when opened, and one made by a newer qcode is refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from qcode import __version__
from qcode.errors import StoreError
from qcode.store.base import Base


def _marking(table: str, column: str) -> str:
    """Triggers moving the counter of the transcript a row of `table` belongs to."""
    return "".join(
        f"CREATE TRIGGER {table}_{when.lower()}_marks AFTER {when} ON {table} BEGIN "
        + " ".join(f"INSERT INTO coding_marks VALUES ({row}.{column}, 1) ON CONFLICT "
                   "(transcript_id) DO UPDATE SET n = n + 1;" for row in rows) + " END;\n"
        for when, rows in (("INSERT", ["NEW"]), ("DELETE", ["OLD"]), ("UPDATE", ["OLD", "NEW"])))


def _review_changes(table: str) -> str:
    """Triggers moving the project's `reviews changed` token on any change to `table`."""
    return "".join(
        f"CREATE TRIGGER {table}_{when.lower()}_reviews AFTER {when} ON {table} BEGIN "
        "INSERT OR REPLACE INTO project VALUES ('reviews changed', "
        "lower(hex(randomblob(8)))); END;\n" for when in ("INSERT", "UPDATE", "DELETE"))


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
    # 8: what run's outputs show, kept per transcript so that an edit re-renders one
    # transcript's part (outputs.py). Triggers keep a counter per transcript that moves
    # whenever any of its codings or its text changes, however the change was made, and a
    # token that moves whenever a decision or a withdrawal is recorded.
    """
    CREATE TABLE coding_marks (
        transcript_id TEXT PRIMARY KEY,
        n INTEGER NOT NULL
    );
    INSERT INTO coding_marks SELECT transcript_id, 1 FROM codings UNION
        SELECT id, 1 FROM transcripts;
    CREATE TABLE fragments (
        transcript_id TEXT PRIMARY KEY,
        mark INTEGER NOT NULL,
        hash TEXT NOT NULL,
        csv_rows INTEGER NOT NULL,
        csv TEXT NOT NULL,
        rows TEXT NOT NULL
    );
    """ + _marking("codings", "transcript_id") + _marking("transcripts", "id")
    + _review_changes("decisions") + _review_changes("withdrawals"),
    # 9: run's draft sheet and digest kept per transcript too (outputs.py, pieces.py): each
    # transcript's rows of the sheet, the id and the label it is shown with, and its quotes
    # under each code in each of the digest's formats. Parts from before have none: they go,
    # to be rendered again. A part's quotes go with it. Its public codings are no longer
    # kept: only their hash (every output is made of the pieces).
    """
    DELETE FROM fragments;
    ALTER TABLE fragments DROP COLUMN rows;
    ALTER TABLE fragments ADD COLUMN sheet TEXT NOT NULL DEFAULT '';
    ALTER TABLE fragments ADD COLUMN sheet_rows INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE fragments ADD COLUMN shown TEXT NOT NULL DEFAULT '';
    ALTER TABLE fragments ADD COLUMN label TEXT NOT NULL DEFAULT '';
    CREATE TABLE quote_pieces (
        code TEXT NOT NULL,
        shown TEXT NOT NULL,
        transcript_id TEXT NOT NULL,
        quotes INTEGER NOT NULL,
        html TEXT NOT NULL,
        md TEXT NOT NULL,
        docx TEXT NOT NULL,
        csv TEXT NOT NULL,
        PRIMARY KEY (code, shown, transcript_id)
    );
    CREATE INDEX quote_pieces_of ON quote_pieces (transcript_id);
    CREATE TRIGGER fragments_delete_quotes AFTER DELETE ON fragments BEGIN
        DELETE FROM quote_pieces WHERE transcript_id = OLD.transcript_id; END;
    """,
    # 10: a part's rows of the draft sheet are kept deflated, without their numbers, with
    # the CRC-32 and length of their XML (qcode/packing.py): the sheet is packed from them.
    # Parts from before hold numbered text: they go, to be rendered again.
    """
    DELETE FROM fragments;
    ALTER TABLE fragments DROP COLUMN sheet;
    ALTER TABLE fragments ADD COLUMN sheet BLOB NOT NULL DEFAULT x'';
    ALTER TABLE fragments ADD COLUMN sheet_crc INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE fragments ADD COLUMN sheet_size INTEGER NOT NULL DEFAULT 0;
    """,
]


def migrate(store: Base) -> None:
    """Apply the migrations this database has not had, each in its own transaction."""
    store.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    current = store.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
    if current > len(MIGRATIONS):
        raise StoreError(
            f"database schema {current} is newer than this qcode ({__version__}) knows; "
            "upgrade qcode", store.path)
    for version in range(current + 1, len(MIGRATIONS) + 1):
        with store.transaction() as db:
            for statement in _statements(MIGRATIONS[version - 1]):
                db.execute(statement)
            db.execute("INSERT INTO schema_version VALUES (?)", (version,))


def _statements(script: str) -> Iterator[str]:
    """A migration's statements, a trigger's body (statements of its own) kept whole."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
