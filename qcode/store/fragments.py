"""What run's outputs show of each transcript, kept between runs (outputs.py, pieces.py):
the transcript's rows of codings.csv and of the draft sheet, and its quotes in the draft
digest, rendered, with a hash of its public codings. The schema's triggers move a
transcript's mark whenever any of its codings or its text changes, so a part whose mark is
the one it was rendered at is still what the store holds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from qcode.packing import Deflated
from qcode.store.base import Base


@dataclass(frozen=True)
class QuotePiece:
    """A transcript's quotes under one code in the draft digest, rendered in each format."""

    code: str
    quotes: int
    html: str
    md: str
    docx: str
    csv: str


@dataclass(frozen=True)
class Fragment:
    transcript: str
    mark: int
    hash: str  # of its public codings: what every output shows of this transcript
    csv_rows: int
    csv: str  # its rows of codings.csv, as written
    sheet: Deflated  # its rows of the draft sheet (review.export.DraftRows)
    sheet_rows: int
    shown: str  # its id as outputs show it
    label: str  # the interviewee, as the digest's matrix shows them
    quotes: tuple[QuotePiece, ...]

    def row(self) -> dict[str, object]:
        return {"transcript_id": self.transcript, "mark": self.mark, "hash": self.hash,
                "csv_rows": self.csv_rows, "csv": self.csv, "sheet": self.sheet.data,
                "sheet_crc": self.sheet.crc, "sheet_size": self.sheet.size,
                "sheet_rows": self.sheet_rows, "shown": self.shown, "label": self.label}


class FragmentQueries(Base):
    def coding_marks(self) -> dict[str, int]:
        """Transcript id -> its mark, for every transcript that has or had codings or text,
        in the order codings are listed (by transcript id)."""
        return dict(self.db.execute(
            "SELECT transcript_id, n FROM coding_marks ORDER BY transcript_id").fetchall())

    def fragment_marks(self) -> dict[str, tuple[int, str, int]]:
        """Transcript id -> (the mark its part was rendered at, the part's hash, its rows
        of codings.csv)."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT transcript_id, mark, hash, csv_rows FROM fragments")}

    def review_state(self) -> str:
        """Changes whenever a coding's status could: a decision or withdrawal recorded
        (a trigger moves the token), or the record of a sheet decisions came from (their
        order depends on it)."""
        sheets = self.db.execute(
            "SELECT group_concat(rowid) FROM (SELECT rowid FROM exports WHERE id IN "
            "(SELECT export_id FROM decisions) ORDER BY rowid)").fetchone()[0]
        return f"{self.get('reviews changed')}:{sheets}"

    def save_fragments(self, parts: list[Fragment]) -> None:
        with self.transaction() as db:
            db.executemany("DELETE FROM quote_pieces WHERE transcript_id = ?",
                           [(f.transcript,) for f in parts])
            rows = [f.row() for f in parts]
            if rows:
                db.executemany(f"INSERT OR REPLACE INTO fragments ({', '.join(rows[0])}) "
                               f"VALUES ({', '.join(':' + k for k in rows[0])})", rows)
            db.executemany("INSERT INTO quote_pieces VALUES (?,?,?,?,?,?,?,?)",
                           [(q.code, f.shown, f.transcript, q.quotes, q.html, q.md, q.docx,
                             q.csv) for f in parts for q in f.quotes])

    def move_fragment_marks(self, marks: dict[str, int]) -> None:
        """These parts are what the store holds at these marks (their transcripts changed
        in what the parts do not show)."""
        with self.transaction() as db:
            db.executemany("UPDATE fragments SET mark = ? WHERE transcript_id = ?",
                           [(m, tid) for tid, m in marks.items()])

    def keep_fragments(self, transcripts: Iterable[str]) -> None:
        """Parts of transcripts not among these go."""
        keep = set(transcripts)
        known = [r[0] for r in self.db.execute("SELECT transcript_id FROM fragments")]
        with self.transaction() as db:
            db.executemany("DELETE FROM fragments WHERE transcript_id = ?",
                           [(tid,) for tid in known if tid not in keep])

    def fragment_csv(self) -> Iterator[str]:
        """Every stored part's lines of codings.csv, by transcript id."""
        for (text,) in self.db.execute("SELECT csv FROM fragments ORDER BY transcript_id"):
            yield text

    def fragment_sheets(self) -> Iterator[tuple[Deflated, int]]:
        """Every stored part's rows of the draft sheet, deflated, and their number, by
        transcript id."""
        for data, crc, size, rows in self.db.execute(
                "SELECT sheet, sheet_crc, sheet_size, sheet_rows FROM fragments "
                "ORDER BY transcript_id"):
            yield Deflated(data, crc, size), rows

    def quote_counts(self) -> list[tuple[str, str, int]]:
        """(code, shown transcript id, quotes) of every stored quote piece."""
        return self.db.execute("SELECT code, shown, quotes FROM quote_pieces").fetchall()

    def quote_bytes(self, fmt: str, code: str) -> Iterator[bytes]:
        """The quote pieces of a code in one format (html, md, docx or csv) as UTF-8, by the
        transcript id outputs show."""
        column = {"html": "html", "md": "md", "docx": "docx", "csv": "csv"}[fmt]
        for r in self.db.execute(f"SELECT CAST({column} AS BLOB) FROM quote_pieces WHERE "
                                 "code = ? ORDER BY shown, transcript_id", (code,)):
            yield r[0]

    def interviewee_labels(self) -> dict[str, str]:
        """Shown transcript id -> the interviewee as the digest's matrix shows them."""
        return dict(self.db.execute("SELECT shown, label FROM fragments").fetchall())
