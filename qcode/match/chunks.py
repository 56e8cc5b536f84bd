"""Tokens of whitespace-separated chunks for the prefilter, and spaCy's tokenizer cache kept warm.

The prefilter (prefilter.py) asks, chunk by chunk, which tokens spaCy would make. Asking
spaCy costs a Doc per chunk; most chunks are plain words whose tokens are known without it.
"""

from __future__ import annotations

from spacy.language import Language

from qcode.prefilter import CACHE_LIMIT

MARKS = ".,;:!?"  # a plain chunk may end in one of these, split off as its own token


class ChunkTokens:
    """The tokens of chunks, for one pipeline; also remembers which plain chunks spaCy has
    not yet tokenized, so that `warm` can cache them before their paragraph goes to spaCy."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.specials = set(getattr(nlp.tokenizer, "rules", None) or {})
        self._cold: set[str] = set()  # plain chunks seen here, not yet by spaCy

    @property
    def chunks_alone(self) -> bool:
        """Does spaCy tokenize each chunk as if alone? Only if no tokenizer special case
        spans whitespace (none of spaCy's English ones does): the prefilter rests on it."""
        return not any(k.split() != [k] and not k.isspace() for k in self.specials)

    def __call__(self, chunks: list[str]) -> list[list[str]]:
        """For each chunk, strings among which are all its tokens (more do no harm).

        ASCII letters, perhaps with one mark after them, that are no special case (nor are
        the letters alone) become the letters and the mark, or one token (`A.`, `aB.`);
        tested on the lemma table's words. Any other chunk is tokenized as a Doc of its own:
        spaCy's tokenizer stops adding to its cache for the rest of a Doc once a special
        case (`cannot`, `Id`) matches in it, and the paragraphs that go on to spaCy tokenize
        fast only if their chunks are cached."""
        return [self._plain(chunk) or [t.text for t in self.nlp.tokenizer(chunk)]
                for chunk in chunks]

    def _plain(self, chunk: str) -> list[str] | None:
        stem = chunk[:-1] if chunk[-1] in MARKS else chunk
        if not (stem.isascii() and stem.isalpha()) or self.specials.intersection((chunk, stem)):
            return None
        self._cold.add(chunk)
        return [chunk] if stem == chunk else [chunk, stem, chunk[-1]]

    def warm(self, texts: list[str]) -> None:
        """Put the plain chunks of these paragraphs that spaCy has not seen into its
        tokenizer cache, all in one Doc (no special case among them can stop the caching),
        before the paragraphs go to spaCy in Docs where one could. Only speed depends on it."""
        if not self._cold:
            return
        new = sorted(self._cold.intersection(c for text in texts for c in text.split()))
        self.nlp.tokenizer(" ".join(new))
        self._cold.difference_update(new)
        if len(self._cold) > CACHE_LIMIT:  # chunks of paragraphs that never passed
            self._cold.clear()
