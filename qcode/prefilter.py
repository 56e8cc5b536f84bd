"""A cheap test of which rules could fire on a text, so most paragraphs skip spaCy altogether.

Most paragraphs of an interview fire no rule, and running the pipeline (tokenizer,
sentences, lemmas, matchers) on them was most of qcode's coding time. The test is sound:
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

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Generic, TypeVar

from qcode.linear_regex import Pattern

Tag = TypeVar("Tag", bound=Hashable)  # what the caller calls a rule

CACHE_LIMIT = 200_000  # distinct chunks remembered (~20 MB) before the cache starts over


# One of a group's phrases must be present. Words are bits of an int: `words` has a bit for
# each one-word phrase, `phrases` a mask per longer phrase (all bits needed).
_Group = tuple[int, tuple[int, ...]]  # words, phrases
# As tested: each longer phrase filed under one of its words, its key (the word fewest
# phrases of the prefilter hold: "live", not "can"), `keys` their bits. Only the phrases
# filed under a key the text holds can be present: a group walked all its phrases (up to
# ~70) on every text holding none of its one-word phrases, a third of the prefilter's time.
_Test = tuple[int, int, dict[int, tuple[int, ...]]]  # words, keys, key bit -> phrases


def _bits(mask: int) -> Iterator[int]:
    while mask:
        bit = mask & -mask
        mask ^= bit
        yield bit


class Prefilter(Generic[Tag]):
    """Built up rule by rule (`word`, `require`, `require_regex`, `give_up`), then asked
    which rules could fire on many texts. `tokenize` splits chunks (strings without
    whitespace) into the token texts the real pipeline would make of each: one call for
    many chunks, since a call costs more than a chunk."""

    def __init__(self, tokenize: Callable[[list[str]], list[list[str]]]) -> None:
        self._tokenize = tokenize
        self._words: dict[frozenset[str], int] = {}  # spellings -> word number (its bit)
        self._by_spelling: dict[str, int] = {}  # spelling -> bits of the words it spells
        self._rules: list[tuple[Tag, tuple[_Group, ...]]] = []
        self._tests: list[tuple[Tag, tuple[_Test, ...]]] | None = None  # _rules, as tested
        # word number -> bits of the rules it may start: a one-word phrase of the rule's
        # first group, or the longest word of a longer one
        self._starts: dict[int, int] = {}
        self._untestable: set[Tag] = set()
        self._regexes: dict[Tag, Pattern] = {}
        self._known: set[str] = set()  # chunks already tokenized
        self._hot: dict[str, tuple[int, int]] = {}  # those holding words: words, rules
        self._longest: dict[int, int] = {}  # word number -> its longest spelling
        self._given: dict[frozenset[str], int | None] = {}  # word()'s frozensets, answered

    def word(self, spellings: Iterable[str]) -> int | None:
        """The number of 'a token is one of these spellings (case-folded)', or None for a
        word that is whitespace, which chunks never hold. A frozenset given before (as
        nlp.spellings gives the same one for each lemma: a codebook asks ~3,300 times for
        ~750 lemmas) is answered from memory, not case-folded again (~0.02 s an engine)."""
        if not isinstance(spellings, frozenset):
            return self._word(spellings)
        if spellings not in self._given:
            self._given[spellings] = self._word(spellings)
        return self._given[spellings]

    def _word(self, spellings: Iterable[str]) -> int | None:
        key = frozenset(s.casefold() for s in spellings)
        if not key or any(not s.split() for s in key):
            return None
        if key not in self._words:
            bit = 1 << len(self._words)
            self._longest[len(self._words)] = max(map(len, key))
            self._words[key] = len(self._words)
            for s in key:
                self._by_spelling[s] = self._by_spelling.get(s, 0) | bit
        return self._words[key]

    def require(self, tag: Tag, *groups: Iterable[Iterable[int | None]]) -> None:
        """`tag` can fire only where each group has one of its phrases present (a phrase is
        a list of words, all needed). A None word (whitespace) is taken as present. Call
        for every rule before testing any text."""
        kept: list[tuple[set[int], _Group]] = []
        for group in groups:
            phrases = [{w for w in phrase if w is not None} for phrase in group]
            if phrases and all(phrases):
                masks = [sum(1 << w for w in p) for p in phrases]
                starts = {max(p, key=self._longest.__getitem__) for p in phrases}
                kept.append((starts, (sum({m for m in masks if m & (m - 1) == 0}),
                                      tuple(m for m in masks if m & (m - 1)))))
        if not kept:
            self.give_up(tag)
            return
        rule = 1 << len(self._rules)
        self._tests = None
        self._rules.append((tag, tuple(g for _, g in kept)))
        for w in kept[0][0]:
            self._starts[w] = self._starts.get(w, 0) | rule

    def require_regex(self, tag: Tag, pattern: Pattern) -> None:
        self._regexes[tag] = pattern

    def give_up(self, tag: Tag) -> None:
        """A rule this test cannot reduce to words: it could fire on any text."""
        self._untestable.add(tag)

    def could_fire(self, text: str) -> set[Tag]:
        """The rules that might fire on `text`: every rule that does is among them."""
        return self.word_rules(text) | self.regex_rules(text)

    def word_rules(self, text: str) -> set[Tag]:
        """The word-based rules that might fire on `text` (regex rules are not tested)."""
        chunks = text.split()
        if not self._known.issuperset(chunks):
            if len(self._known) > CACHE_LIMIT:  # start over, before this text's chunks
                self._known, self._hot = set(), {}
            self._learn(sorted(set(chunks) - self._known))
        found = started = 0
        hot = self._hot
        for chunk in hot.keys() & chunks:
            words, rules = hot[chunk]
            found |= words
            started |= rules
        tests = self._tests if self._tests is not None else self._filed()
        tags = set(self._untestable)
        while started:
            rule = started & -started  # the lowest bit
            started ^= rule
            tag, groups = tests[rule.bit_length() - 1]
            for words, keys, filed in groups:
                if not (words & found or (keys & found and _phrase_in(found, keys, filed))):
                    break
            else:
                tags.add(tag)
        return tags

    def _filed(self) -> list[tuple[Tag, tuple[_Test, ...]]]:
        """Each rule's groups as tested (_Test), once every rule is known."""
        holding: dict[int, int] = {}  # word bit -> phrases holding it
        for _, groups in self._rules:
            for _, phrases in groups:
                for phrase in phrases:
                    for bit in _bits(phrase):
                        holding[bit] = holding.get(bit, 0) + 1
        tests: list[tuple[Tag, tuple[_Test, ...]]] = []
        for tag, groups in self._rules:
            filed_groups = []
            for words, phrases in groups:
                filed: dict[int, tuple[int, ...]] = {}
                for phrase in phrases:
                    key = min(_bits(phrase), key=lambda b: (
                        holding[b], -self._longest[b.bit_length() - 1], b))
                    filed[key] = (*filed.get(key, ()), phrase)
                filed_groups.append((words, sum(filed), filed))
            tests.append((tag, tuple(filed_groups)))
        self._tests = tests
        return tests

    def regex_rules(self, text: str, among: Iterable[Tag] | None = None) -> set[Tag]:
        """The regex rules (all, or those `among` the given) that match `text`."""
        tags = self._regexes if among is None else [t for t in among if t in self._regexes]
        return {t for t in tags if self._regexes[t].search(text)}

    def _learn(self, chunks: list[str]) -> None:
        self._known.update(chunks)
        for chunk, tokens in zip(chunks, self._tokenize(chunks), strict=True):
            found = 0
            for token in tokens:
                found |= self._by_spelling.get(token.casefold(), 0)
            if found:
                rules, bits = 0, found
                while bits:  # the rules this chunk's words may start
                    bit = bits & -bits
                    bits ^= bit
                    rules |= self._starts.get(bit.bit_length() - 1, 0)
                self._hot[chunk] = (found, rules)


def _phrase_in(found: int, keys: int, filed: dict[int, tuple[int, ...]]) -> bool:
    """Is one of the phrases filed under the keys `found` holds present?"""
    return any(p & found == p for key in _bits(keys & found) for p in filed[key])
