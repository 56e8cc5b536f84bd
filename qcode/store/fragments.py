"""What run's outputs show of each transcript, kept between runs (outputs.py): the
transcript's rows of codings.csv and its public codings. The schema's triggers move a
transcript's mark whenever any of its codings or its text changes, so a part whose mark is
the one it was rendered at is still what the store holds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from qcode.store.base import Base


@dataclass(frozen=True)
class Fragment:
    transcript: str
    mark: int
    hash: str  # of `rows`: what every output shows of this transcript
    csv_rows: int
    csv: str  # its rows of codings.csv, as written
    rows: str  # its public codings (JSON)


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

    def save_fragments(self, parts: Iterable[Fragment]) -> None:
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO fragments VALUES (?,?,?,?,?,?)",
                           [(f.transcript, f.mark, f.hash, f.csv_rows, f.csv, f.rows)
                            for f in parts])

    def keep_fragments(self, transcripts: Iterable[str]) -> None:
        """Parts of transcripts not among these go."""
        keep = set(transcripts)
        known = [r[0] for r in self.db.execute("SELECT transcript_id FROM fragments")]
        with self.transaction() as db:
            db.executemany("DELETE FROM fragments WHERE transcript_id = ?",
                           [(tid,) for tid in known if tid not in keep])

    def fragments(self) -> Iterator[Fragment]:
        """Every stored part, by transcript id."""
        for r in self.db.execute("SELECT * FROM fragments ORDER BY transcript_id"):
            yield Fragment(*r)
