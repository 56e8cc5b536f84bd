"""Paragraphs through spaCy in batches, and their hits and sentences handed back one by one.

spaCy's per-Doc costs dominate on short paragraphs, so CHUNK paragraphs share one Doc. The
separator keeps every paragraph's tokens as they would be alone, and paragraph starts are
sentence starts, so nothing matches across paragraphs.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from spacy.tokens import Doc

from qcode.match.decide import split_vetoes
from qcode.match.hits import Hit, find_hits, sentence_starts
from qcode.match.rules import CompiledRules
from qcode.match.units import ParagraphHits, Sentence

CHUNK = 32  # paragraphs coded together in one Doc
CHUNK_CHARS = 100_000  # ... and their characters at most, unless one paragraph is longer
SEPARATOR = " \n\n "  # between them: a whitespace token, so no rule spans two paragraphs


def paragraph_hits(rules: CompiledRules, texts: list[str], with_sentences: bool
                   ) -> Iterator[ParagraphHits]:
    """For each paragraph in order: its hits after vetoes (offsets into the paragraph,
    sentence = index among the paragraph's sentences) and, if asked, its sentences."""
    groups = _groups(texts)
    joined = [SEPARATOR.join(group) for group in groups]
    for group, text, doc in zip(groups, joined, rules.nlp.pipe(joined), strict=True):
        offsets = list(accumulate((len(x) + len(SEPARATOR) for x in group[:-1]), initial=0))
        kept, _ = split_vetoes(rules, find_hits(rules, doc, text,
                                                list(zip(offsets, group, strict=True))))
        sentences: list[list[Sentence]] = [[] for _ in group]
        local: dict[int, int] = {}
        if with_sentences:
            sentences, local = _sentences(doc, text, offsets)
        yield from zip(_hits_by_paragraph(kept, group, offsets, local), sentences, strict=True)


def _groups(texts: list[str]) -> list[list[str]]:
    """Up to CHUNK paragraphs per Doc, and at most CHUNK_CHARS characters unless a paragraph
    alone is longer (it then goes alone): 32 long paragraphs joined made one huge Doc."""
    groups: list[list[str]] = []
    size = 0
    for text in texts:
        if not groups or len(groups[-1]) == CHUNK or size + len(text) > CHUNK_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(text)
        size += len(text) + len(SEPARATOR)
    return groups


def _sentences(doc: Doc, text: str, offsets: list[int]
               ) -> tuple[list[list[Sentence]], dict[int, int]]:
    """Each paragraph's sentences (without edge whitespace; offsets into the paragraph), and
    Doc sentence number -> its number in its paragraph."""
    sentences: list[list[Sentence]] = [[] for _ in offsets]
    local: dict[int, int] = {}
    starts = sentence_starts(doc, offsets)
    for i, (s, e) in enumerate(zip(starts, [*starts[1:], len(doc)], strict=True)):
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        if s == e:
            continue
        cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        k = bisect_right(offsets, cs) - 1
        local[i] = len(sentences[k])
        sentences[k].append((cs - offsets[k], ce - offsets[k], text[cs:ce]))
    return sentences, local


def _hits_by_paragraph(kept: list[Hit], group: list[str], offsets: list[int],
                       local: dict[int, int]) -> list[list[Hit]]:
    """Hits moved to their paragraph: offsets into it, sentence numbers within it."""
    hits: list[list[Hit]] = [[] for _ in group]
    for h in kept:
        k = bisect_right(offsets, h.start) - 1
        if h.end > offsets[k] + len(group[k]):
            continue  # a pattern or regex that ran into the next paragraph
        hits[k].append(h.moved(-offsets[k], local.get(h.sentence, 0)))
    return hits
