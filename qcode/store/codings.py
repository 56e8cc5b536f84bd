"""Codebooks and codings: derived data, replaced whenever a transcript or a code's rules
change (a reviewer's own codings, origin `manual`, excepted)."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from typing import Any

from qcode.model import Coding, CodingRow
from qcode.status import final_code, status_of
from qcode.store.base import Base, now
from qcode.store.decisions import DecisionQueries


class CodingQueries(DecisionQueries, Base):
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
        """Store new codings of (transcript, codes) in one transaction. Only rows that
        changed are deleted or written, so a transcript whose codings came out as they were
        keeps its mark (fragments.py) and its part of the outputs is not rendered again."""
        with self.transaction() as db:
            self._changed()
            for tid, codes, codings in results:
                marks = ",".join("?" * len(codes))
                old = {r[0]: tuple(r) for r in db.execute(
                    f"SELECT * FROM codings WHERE transcript_id = ? AND origin = 'rule' "
                    f"AND code IN ({marks})", [tid, *codes])}
                new = {row[0]: row for row in map(_coding_row, codings)}
                db.executemany("DELETE FROM codings WHERE id = ?",
                               [(cid,) for cid in old if cid not in new])
                db.executemany(
                    "INSERT OR REPLACE INTO matched VALUES (?,?,?)",
                    [(tid, c, code_hashes[c]) for c in codes],
                )
                db.executemany(
                    "INSERT OR REPLACE INTO codings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [row for cid, row in new.items() if old.get(cid) != row],
                )

    def coding_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM codings")]

    def has_model_codings(self) -> bool:
        """Whether any coding is a model's suggestion (review sheets then say why)."""
        return self.db.execute(
            "SELECT 1 FROM codings WHERE origin = 'model' LIMIT 1").fetchone() is not None

    def codings(self, transcripts: Collection[str] | None = None) -> list[CodingRow]:
        """Every coding (or those of some transcripts) with its status, in transcript and
        text order. A recoded coding is under the code reviewers settled on (`code`,
        `code_label`); `coded_as` keeps the code its rules gave it."""
        latest = self.latest_decisions()
        labels = self.recode_labels() if latest else {}
        order = 'ORDER BY transcript_id, start, "end", code'
        if transcripts is None:
            rows = self.db.execute(f"SELECT * FROM codings {order}").fetchall()
        else:
            rows = self.rows_of("SELECT * FROM codings WHERE transcript_id IN", transcripts,
                                order)
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

    def recode_labels(self) -> dict[str, str]:
        """The label a coding recoded to a code shows: the codebook's, else that of the
        last coding of the code, in listing order."""
        labels = dict(self.db.execute(
            'SELECT code, code_label FROM codings ORDER BY transcript_id, start, "end", code'
        ).fetchall())
        return labels | json.loads(self.get("code labels") or "{}")

    def add_manual_coding(self, coding: Coding) -> None:
        """A code a reviewer gave to a segment the rules missed."""
        self._changed()
        self.db.execute(
            "INSERT OR IGNORE INTO codings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            _coding_row(coding),
        )

    def coding_records(self) -> list[tuple[str, str, str, str, str]]:
        """(id, segment id, code as coded, text, origin) of every stored coding: what the
        learned suggestions train from, whatever a review made of the code since."""
        return [tuple(r) for r in self.db.execute(
            "SELECT id, segment_id, code, text, origin FROM codings ORDER BY id")]


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
