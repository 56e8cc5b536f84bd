"""Learning from reviewers: suggestions and search."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from qcode.errors import QcodeError
from qcode.project.base import ProjectBase
from qcode.store import Store

if TYPE_CHECKING:
    from qcode.search import Hit as SearchHit
    from qcode.suggest import SuggestReport


class Learning(ProjectBase):
    """Suggested codings learnt from reviewers, and search by meaning or words."""

    def suggest(self) -> tuple[SuggestReport, int]:
        """Learn from reviewers' decisions and suggest passages the rules did not code
        (codings of origin `model`); codings.csv is rewritten.

        Returns:
            per code what was learnt from and suggested, and the rows of codings.csv.
        """
        from qcode import exports, suggest

        with self.store() as store:
            report = suggest.suggest(store, self.codebook, force=True)
            rows = exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return report, rows

    def search(self, query: str = "", code: str | None = None, words: bool = False,
               limit: int = 10, to_review: str | None = None) -> tuple[list[SearchHit], Path | None]:
        """Respondent passages closest in meaning to `query`, or like a code's accepted
        passages, or holding the query's words.

        Args:
            query: what to look for, in one's own words.
            code: rank by similarity to this code's accepted passages instead.
            words: find the query's words (by lemma, in sequence) instead of its meaning.
            limit: at most this many passages.
            to_review: also write the passages to a new review sheet for this reviewer.
        Returns:
            the passages, and the sheet written (None if none was).
        """
        from qcode import search

        if code is None and not query.strip():
            raise QcodeError("give a query to search for, or a code")
        if code is not None and words:
            raise QcodeError("search by a code's passages or by words, not both")
        with self.store() as store:
            if code is not None:
                hits = search.like_code(store, self.codebook, self.config, code, limit)
            elif words:
                hits = search.by_words(store, self.config, query, limit)
            else:
                hits = search.by_meaning(store, self.config, query, limit)
            if to_review is None or not hits:
                return hits, None
            return hits, self._search_sheet(store, to_review, hits, query or code or "")

    def _search_sheet(self, store: Store, reviewer: str, hits: list[SearchHit],
                      what: str) -> Path:
        from qcode.review import export as review_export
        from qcode.review import new_sheet_path

        path = new_sheet_path(self.out, "search", reviewer)  # never onto a sheet being filled in
        opts = review_export.ExportOptions(
            reviewer, passages=tuple(h.segment_id for h in hits),
            passages_label=f"(search: {what}) recode to the code it should have, if any")
        review_export.export_sheet(store, self.codebook, self.config, path, opts)
        return path
