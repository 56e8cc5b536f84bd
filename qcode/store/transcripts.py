"""Transcripts, their turns and paragraphs (table `segments`), and their removal when
consent is withdrawn."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from qcode.errors import StoreError
from qcode.model import Notice, Paragraph, Transcript, Turn, paragraph_ids
from qcode.store.base import Base, Removal, now


class TranscriptQueries(Base):
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

    def transcript_meta(self, transcripts: Collection[str] | None = None
                        ) -> dict[str, dict[str, Any]]:
        """Front matter of every transcript, or of these."""
        if transcripts is None:
            rows = self.db.execute("SELECT id, meta FROM transcripts").fetchall()
        else:
            rows = self.rows_of("SELECT id, meta FROM transcripts WHERE id IN", transcripts)
        return {r["id"]: json.loads(r["meta"]) for r in rows}

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
            # what the outputs showed of it (fragments.py; its quotes go with it), its text
            db.execute("DELETE FROM fragments WHERE transcript_id = ?", (tid,))
            db.execute("DELETE FROM coding_marks WHERE transcript_id = ?", (tid,))
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
