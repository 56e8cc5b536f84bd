"""Find respondent passages: by meaning (vectors), like a code's accepted passages, or by
words (lemmas, keyword in context). Results are redacted like every other output.

Meaning search ranks every respondent passage by the cosine similarity of its vector
(embed.py) to the query's, and marks the passage's words that share a lemma with one of the
query's content words. A code search ranks the passages not yet coded with the code (nor
judged for it by a reviewer) by their similarity to the mean of its accepted passages:
"find more like these". A word search finds the query's content words in sequence by lemma,
stop words skipped: `pay guard` finds "paid the guard" and "paying guards".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import QcodeError
from qcode.nlp import lemma_of
from qcode.privacy import Redactor
from qcode.store import Store

WORD = re.compile(r"\w+(?:['’]\w+)*")
KWIC_WORDS = 8  # words of context each side of a word-search match


@dataclass
class Hit:
    """A passage found, as it may be shown (redacted); `marks` are offsets into `text`."""

    segment_id: str
    transcript: str
    line: int
    speaker: str
    score: float
    text: str
    marks: list[tuple[int, int]]

    def marked(self, left: str = "**", right: str = "**") -> str:
        """The text with each marked stretch between `left` and `right`."""
        out, at = [], 0
        for s, e in self.marks:
            out += [self.text[at:s], left, self.text[s:e], right]
            at = e
        return "".join([*out, self.text[at:]])

    def context(self, words: int = KWIC_WORDS) -> tuple[str, str, str]:
        """Keyword in context: (words before, the match, words after) of the first mark."""
        if not self.marks:
            return "", self.text, ""
        s, e = self.marks[0]
        before = self.text[:s].split()[-words:]
        after = self.text[e:].split()[:words]
        return " ".join(before), self.text[s:e], " ".join(after)


def _words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, lemma) of each word."""
    for m in WORD.finditer(text):
        yield m.start(), m.end(), lemma_of(m.group())


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _lemmas(text: str) -> set[str]:
    stop = _stop_words()
    return {lemma for _, _, lemma in _words(text) if lemma not in stop}


def _mark(text: str, lemmas: set[str]) -> list[tuple[int, int]]:
    return [(s, e) for s, e, lemma in _words(text) if lemma in lemmas]


class _Passages:
    """Respondent segments by id, and how to turn one into a redacted Hit."""

    def __init__(self, store: Store, config: Config):
        self.rows = {s["id"]: s for s in store.paragraphs_of("respondent")}
        self.redactor = Redactor(config.redact)

    def hit(self, sid: str, score: float, marks: list[tuple[int, int]]) -> Hit:
        s = self.rows[sid]
        spans: list[dict[str, Any]] = [{"start": a, "end": b, "text": s["text"][a:b]}
                                       for a, b in marks]
        text, kept = self.redactor.with_spans(s["text"], spans)
        return Hit(sid, s["transcript_id"], s["line"], self.redactor.text(s["speaker"]),
                   round(score, 3), text, [(sp["start"], sp["end"]) for sp in kept])


def by_meaning(store: Store, config: Config, query: str, limit: int) -> list[Hit]:
    """The `limit` passages closest in meaning to `query`."""
    from qcode.embed import embed_texts, segment_vectors

    if not query.strip():
        raise QcodeError("the search query is empty; give some words to search for")
    vectors = segment_vectors(store)
    if not vectors.ids:
        return []
    scores = vectors.matrix @ embed_texts([query])[0]
    passages, lemmas = _Passages(store, config), _lemmas(query)
    order = scores.argsort()[::-1][:limit]
    return [passages.hit(vectors.ids[i], float(scores[i]), _mark(passages.rows[vectors.ids[i]]
                                                                 ["text"], lemmas))
            for i in order]


def like_code(store: Store, book: Codebook, config: Config, code: str, limit: int) -> list[Hit]:
    """The `limit` passages not coded with `code` most like its accepted passages."""
    from qcode.embed import segment_vectors
    from qcode.evidence import gather

    book.check_codes([code])
    evidence = gather(store, book)[code]
    vectors = segment_vectors(store)
    index = vectors.index()
    rows = [index[it.segment_id] for it in evidence.positives if it.segment_id in index]
    if not rows:
        raise QcodeError(f"code '{code}' has no accepted passages yet: accept some in a review "
                         "sheet (qcode review export / import), then search again")
    centre = vectors.matrix[rows].mean(axis=0)
    scores = vectors.matrix @ centre
    order = [i for i in scores.argsort()[::-1] if vectors.ids[i] not in evidence.blocked]
    passages = _Passages(store, config)
    return [passages.hit(vectors.ids[i], float(scores[i]), []) for i in order[:limit]]


def by_words(store: Store, config: Config, query: str, limit: int) -> list[Hit]:
    """Passages where the query's content words occur in sequence, compared by lemma, with
    stop words skipped on both sides: `pay guard` finds "paid the guard"."""
    stop = _stop_words()
    wanted = [lemma for _, _, lemma in _words(query)]
    if any(w not in stop for w in wanted):
        wanted = [w for w in wanted if w not in stop]
    else:
        stop = frozenset()  # a query of stop words only ("let us") is taken as it is
    if not wanted:
        raise QcodeError("the search query has no words; give some words to search for")
    passages = _Passages(store, config)
    out: list[Hit] = []
    n = len(wanted)
    for sid, seg in passages.rows.items():
        words = [w for w in _words(seg["text"]) if w[2] not in stop]
        marks = [(words[i][0], words[i + n - 1][1]) for i in range(len(words) - n + 1)
                 if [w[2] for w in words[i:i + n]] == wanted]
        if marks:
            out.append(passages.hit(sid, float(len(marks)), marks))
            if len(out) == limit:
                break
    return out
