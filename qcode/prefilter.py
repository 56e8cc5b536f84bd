"""A cheap test of which rules could fire on a text, so most paragraphs skip spaCy altogether.

Most paragraphs of an interview fire no rule, and running the pipeline (tokenizer,
sentencizer, lemmas, matchers) on them was most of qcode's coding time. The test is sound:
every rule that fires on a text is among those it reports. Each rule is reduced to words
its matches must contain - all words of one of its `terms` or `exact` phrases; that for each
side of a `near`; the anchor word of a token pattern - and each word to every spelling
that lemmatizes to it (nlp.spellings). spaCy tokenizes each whitespace-separated chunk of a
text on its own, so the test splits a text on whitespace and tokenizes each distinct chunk
once (cached: real text repeats its chunks); a word is present when a token of some chunk
is one of its spellings. Regex rules run as they are. A rule that cannot be reduced to
words (a token pattern without an anchor word) is reported as possible on every text.

The engine asks which rules could fire, not just whether one could: a paragraph where only
weak rules could fire (`officials-present`, 0.15) cannot reach a code's min_confidence and
needs no spaCy either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

Tag = TypeVar("Tag", bound=Hashable)  # what the caller calls a rule
Words = frozenset[int]  # feature ids that must all be present: one phrase
Group = tuple[Words, ...]  # one of these phrases must be present

CACHE_LIMIT = 500_000  # distinct chunks remembered before the cache starts over


class Prefilter(Generic[Tag]):
    """Built up rule by rule (`word`, `require`, `require_regex`, `give_up`), then asked
    which rules `could_fire(text)` for many texts. `tokenize` splits one chunk (a string
    without whitespace) into the token texts the real pipeline would make of it."""

    def __init__(self, tokenize: Callable[[str], list[str]]) -> None:
        self._tokenize = tokenize
        self._words: dict[frozenset[str], int] = {}  # spellings -> feature id
        self._by_spelling: dict[str, set[int]] = {}
        # each rule is indexed under one word of each phrase of its first group
        self._rules: dict[int, list[tuple[Tag, tuple[Group, ...]]]] = {}
        self._regexes: list[tuple[Tag, re.Pattern[str]]] = []
        self._untestable: set[Tag] = set()
        self._known: set[str] = set()  # chunks already tokenized
        self._hot: dict[str, frozenset[int]] = {}  # those holding words: which
        self._hot_chunks: set[str] = set()  # the keys of _hot, as a set for a fast `&`

    def word(self, spellings: Iterable[str]) -> int | None:
        """The feature id of 'a token is one of these spellings (case-folded)', or None
        for a word that is whitespace, which chunks never hold."""
        key = frozenset(s.casefold() for s in spellings)
        if not key or any(not s.split() for s in key):
            return None
        if key not in self._words:
            fid = self._words[key] = len(self._words)
            for s in key:
                self._by_spelling.setdefault(s, set()).add(fid)
        return self._words[key]

    def require(self, tag: Tag, *groups: Iterable[Iterable[int | None]]) -> None:
        """`tag` can fire only where each group has one phrase with all its words present.
        A None word (whitespace) is always taken as present."""
        kept: list[Group] = []
        for group in groups:
            phrases = tuple(frozenset(f for f in phrase if f is not None) for phrase in group)
            if phrases and all(phrases):
                kept.append(phrases)
        if not kept:
            self.give_up(tag)
            return
        for fid in {min(phrase) for phrase in kept[0]}:
            self._rules.setdefault(fid, []).append((tag, tuple(kept)))

    def require_regex(self, tag: Tag, pattern: re.Pattern[str]) -> None:
        self._regexes.append((tag, pattern))

    def give_up(self, tag: Tag) -> None:
        """A rule this test cannot reduce to words: it could fire on any text."""
        self._untestable.add(tag)

    def could_fire(self, text: str) -> set[Tag]:
        """The rules that might fire on `text`; every rule that does is among them."""
        tags = set(self._untestable)
        chunks = set(text.split())
        new = chunks - self._known
        if new:
            self._learn(new)
        found: set[int] = set()
        for chunk in chunks & self._hot_chunks:
            found |= self._hot[chunk]
        for fid in found:
            for tag, groups in self._rules.get(fid, ()):
                if tag not in tags and all(any(p <= found for p in g) for g in groups):
                    tags.add(tag)
        tags.update(tag for tag, rx in self._regexes if tag not in tags and rx.search(text))
        return tags

    def _learn(self, chunks: set[str]) -> None:
        if len(self._known) > CACHE_LIMIT:
            self._known, self._hot, self._hot_chunks = set(), {}, set()
        self._known |= chunks
        for chunk in chunks:
            found: set[int] = set()
            for token in self._tokenize(chunk):
                found.update(self._by_spelling.get(token.casefold(), ()))
            if found:
                self._hot[chunk] = frozenset(found)
                self._hot_chunks.add(chunk)
