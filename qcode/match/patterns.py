"""Token patterns (the Matcher, the slowest rule kind) run only where they could match.

Every match of an anchored pattern holds its anchor word (rules.anchor_of), so it lies
within `reach` tokens of one (an unbounded pattern: in a paragraph holding one); the
pattern's Matcher runs on those windows only. On a theme-dense corpus that was still ~230
Matcher calls a Doc of 32 paragraphs, each walking its window in Python (a Token object
per token), most of the coding time: the anchor is one word, and `house` or `office` is
in most paragraphs. So a window is first checked for every word the pattern requires
(TokenPattern.needs: each token without `?`/`*`/`!` naming LEMMA, LOWER or ORTH), from
each word's token positions read once a Doc; a window missing one cannot hold a match,
and the Matcher is not run on it. What is found is what it found before: only windows
without a match are skipped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc

from qcode.match.rules import CompiledRules, Need, TokenPattern

Piece = tuple[int, str]  # a paragraph of a Doc: its offset in the Doc's text, its text


def pattern_matches(rules: CompiledRules, doc: Doc, pieces: list[Piece],
                    anchors: dict[TokenPattern, list[int]]) -> list[tuple[int, int, int]]:
    """Token-pattern matches, each pattern sought only near its anchor words (token indices
    in `anchors`), in windows holding all its required words."""
    found: set[tuple[int, int, int]] = set()
    where = _Positions(doc)
    for pattern in rules.patterns:
        if not pattern.anchored:
            found.update(pattern.matcher(doc))
        elif pattern in anchors and where.all_in_doc(pattern.needs):
            found.update((m, start + s, start + e)
                         for start, end in _windows(pattern.reach, doc, pieces, anchors[pattern])
                         if where.all_within(pattern.needs, start, end)
                         for m, s, e in pattern.matcher(doc[start:end]))
    return sorted(found, key=lambda m: (m[1], m[2], m[0]))


class _Positions:
    """Where in a Doc each required word is: token indices, from each attribute's array
    grouped by value once (a stable sort), then once per word."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # attr -> (token indices sorted by value, value -> [start, end) in them)
        self._by_value: dict[int, tuple[np.ndarray, dict[int, tuple[int, int]]]] = {}
        self._of: dict[Need, list[int]] = {}

    def all_in_doc(self, needs: tuple[Need, ...]) -> bool:
        """Does the Doc hold a token of each of these words? If not, none of the pattern's
        windows can, and they need not be built (most of a dense Doc's anchors)."""
        return all(self._at(need) for need in needs)

    def all_within(self, needs: tuple[Need, ...], start: int, end: int) -> bool:
        """Does [start, end) hold a token of each of these words?"""
        for need in needs:
            at = self._at(need)
            k = bisect_left(at, start)
            if k == len(at) or at[k] >= end:
                return False
        return True

    def _at(self, need: Need) -> list[int]:
        at = self._of.get(need)
        if at is None:
            at = self._of[need] = self._tokens(need)
        return at

    def _tokens(self, need: Need) -> list[int]:
        attr, values = need
        if attr not in self._by_value:
            column = self.doc.to_array(attr)
            order = np.argsort(column, kind="stable")
            found, first = np.unique(column[order], return_index=True)
            bounds = [*first.tolist(), len(order)]
            self._by_value[attr] = (order, {v: (bounds[k], bounds[k + 1])
                                            for k, v in enumerate(found.tolist())})
        order, where = self._by_value[attr]
        parts = [order[s:e] for s, e in (where[v] for v in values if v in where)]
        if len(parts) > 1:
            return np.sort(np.concatenate(parts)).tolist()
        return parts[0].tolist() if parts else []


def _windows(reach: int | None, doc: Doc, pieces: list[Piece],
             anchors: list[int]) -> list[list[int]]:
    """Token ranges that hold every match of a pattern: every match holds an anchor, so it
    lies within `reach` tokens of one; for an unbounded pattern, the paragraphs with an
    anchor. Overlapping ranges are merged."""
    if reach is not None:
        windows = sorted((max(a - reach + 1, 0), min(a + reach, len(doc))) for a in anchors)
    else:
        bounds = [*np.searchsorted(doc.to_array(IDX), [o for o, _ in pieces]).tolist(), len(doc)]
        windows = [(bounds[k], bounds[k + 1])
                   for k in sorted({bisect_right(bounds, a) - 1 for a in anchors})]
    merged: list[list[int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
