"""The rule engine: a compiled codebook finds codes in transcripts and says why.

All rules of all codes are compiled into three spaCy matchers (lemmas, word forms, token
patterns) plus a list of regexes, so each paragraph is scanned once whatever the number of
codes. A hit is then assigned to its code, vetoed by `unless` rules in the same sentence,
and gathered per coded unit (sentence, paragraph or turn). Before any of that, a prefilter
(prefilter.py) skips the paragraphs on which no code could reach its threshold.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

import numpy as np
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from qcode.codebook import Code, Codebook, Rule
from qcode.model import (
    Coding,
    Segment,
    Span,
    Transcript,
    coding_id,
    paragraph_ids,
    segment_id,
    segment_ids,
)
from qcode.nlp import get_nlp, lemmatize, spellings
from qcode.prefilter import CACHE_LIMIT, Prefilter

ANCHOR = "\x1fanchor"  # phrase-matcher key of words that token patterns need
CHUNK = 32  # paragraphs coded together in one Doc
SEPARATOR = " \n\n "  # between them: a whitespace token, so no rule spans two paragraphs


def anchor_of(pattern: list[dict[str, Any]]) -> tuple[str, list[str]] | None:
    """(attribute, values) of a word every match of a token pattern contains: of the
    required tokens that name their LEMMA, LOWER or ORTH (one value or an IN list), the
    one with the fewest values (then the longest), as the rarest in text."""
    found = []
    for token in pattern:
        if token.get("OP") not in (None, "+"):
            continue
        for attr in ("LEMMA", "LOWER", "ORTH"):
            value = token.get(attr)
            if isinstance(value, dict) and set(value) == {"IN"}:
                found.append((attr, [str(v) for v in value["IN"]]))
                break
            if isinstance(value, str):
                found.append((attr, [value]))
                break
    return min(found, key=lambda a: (len(a[1]), -min(map(len, a[1]), default=0)), default=None)


def lexical_attributes(book: Codebook) -> frozenset[str]:
    """The token attributes the codebook's patterns name (LOWER, IS_ALPHA, LIKE_NUM...):
    the lexical ones among them are all the pipeline need compute for a new word."""
    return frozenset(str(key).upper() for code in book.flat() for _, rule in code.all_rules()
                     if rule.pattern is not None for pattern in rule.patterns()
                     for token in pattern for key in token)


def sentence_starts(doc: Doc, paragraph_offsets: list[int]) -> list[int]:
    """Token indices that start a sentence: nlp.Sentences', plus every paragraph start.
    Read from arrays: doc.sents walks every token in Python."""
    starts = set(np.flatnonzero(doc.to_array(SENT_START) == 1).tolist())
    if len(paragraph_offsets) > 1:
        idx = doc.to_array(IDX)
        starts.update(np.searchsorted(idx, paragraph_offsets).tolist())
    return sorted(starts) or [0]


@dataclass(frozen=True, eq=False)  # one object per rule: identity is equality, and hashes fast
class _RuleRef:
    code: str
    rule: str
    role: str  # rule | unless | question
    weight: float
    order: int


@dataclass(frozen=True)
class Hit:
    """One rule firing on some words of a text (character offsets into that text)."""

    ref: _RuleRef
    start: int
    end: int
    text: str
    sentence: int


@dataclass
class Explanation:
    """Why a code did or did not fire on a text: for `qcode codebook explain`."""

    code: str
    label: str
    hits: list[Hit] = field(default_factory=list)
    vetoed: list[tuple[Hit, Hit]] = field(default_factory=list)  # (hit, the veto that killed it)
    confidence: float = 0.0
    coded: bool = False


def confidence(weights: Iterable[float]) -> float:
    """1 - prod(1 - w): independent pieces of evidence, each rule counted once."""
    return round(1 - math.prod(1 - w for w in weights), 4)


class Engine:
    """A codebook compiled for one spaCy pipeline; reuse it for every transcript."""

    def __init__(self, book: Codebook, codes: Iterable[str] | None = None,
                 nlp: Language | None = None, prefilter: bool = True):
        """`prefilter=False` sends every paragraph through spaCy: slower, same codings."""
        self.nlp = nlp or get_nlp(lexical_attributes(book))
        self.book = book
        wanted = set(codes) if codes is not None else None
        self.codes: list[Code] = [c for c in book.flat() if wanted is None or c.id in wanted]
        self._by_id = {c.id: c for c in self.codes}
        vocab = self.nlp.vocab
        self._lemmas = PhraseMatcher(vocab, attr="LEMMA")
        self._forms = PhraseMatcher(vocab, attr="ORTH")
        self._patterns = Matcher(vocab, validate=True)
        self._regexes: list[tuple[_RuleRef, re.Pattern[str]]] = []
        self._regex_rules: dict[str, list[_RuleRef]] = {}  # code -> its regex rules
        self._near: list[tuple[_RuleRef, int]] = []
        self._refs: dict[int, tuple[_RuleRef, str]] = {}  # matcher key -> rule, near side
        self._anchor = self.nlp.vocab.strings.add(ANCHOR)
        self._always_patterns = False
        self._longest: int | None = 0  # tokens in the longest token pattern; None: unbounded
        self.has_questions = False
        # what a text must contain for a rule / a question rule to fire (unless: unused)
        self._prefilters: dict[str, Prefilter[_RuleRef]] = {
            role: Prefilter(self._chunk_tokens) for role in ("rule", "question", "unless")}
        # the prefilter tokenizes whitespace-separated chunks alone: sound unless a
        # tokenizer special case spans whitespace (none of spaCy's English ones does)
        self._specials = set(getattr(self.nlp.tokenizer, "rules", None) or {})
        self._use_prefilter = prefilter and not any(
            k.split() != [k] and not k.isspace() for k in self._specials)
        self._cold: set[str] = set()  # plain chunks seen by the prefilter, not yet by spaCy
        for code in self.codes:
            for order, (role, rule) in enumerate(code.all_rules()):
                ref = _RuleRef(code.id, rule.id, role, rule.weight, order)
                self.has_questions |= role == "question"
                self._compile(ref, rule)

    def _chunk_tokens(self, chunks: list[str]) -> list[list[str]]:
        """For each chunk, strings among which are all its tokens (more do no harm).

        Most chunks need no spaCy: ASCII letters, perhaps with one of `.,;:!?` after them,
        that are no special case (nor are the letters alone) become the letters and the
        mark, or one token (`A.`, `aB.`); tested on the lemma table's words. spaCy sees
        them only if their paragraph passes (see _warm). Any other chunk is tokenized as a
        Doc of its own: spaCy's tokenizer stops adding to its cache for the rest of a Doc
        once a special case (`cannot`, `Id`) matches in it, and the paragraphs that go on to
        spaCy tokenize fast only if their chunks are cached."""
        tokenize, specials, cold = self.nlp.tokenizer, self._specials, self._cold
        out = []
        for chunk in chunks:
            stem = chunk[:-1] if chunk[-1] in ".,;:!?" else chunk
            if stem.isascii() and stem.isalpha() and not specials.intersection((chunk, stem)):
                cold.add(chunk)
                out.append([chunk] if stem == chunk else [chunk, stem, chunk[-1]])
            else:
                out.append([t.text for t in tokenize(chunk)])
        return out

    def _warm(self, texts: list[str]) -> None:
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

    def _key(self, ref: _RuleRef, side: str = "") -> str:
        """The matcher key of a rule (or of one side, `a` or `b`, of a `near` rule)."""
        key = f"{ref.code}\x1f{ref.role}\x1f{ref.rule}\x1f{side}"
        self._refs[self.nlp.vocab.strings.add(key)] = (ref, side)
        return key

    def _compile(self, ref: _RuleRef, rule: Rule) -> None:
        need = self._prefilters[ref.role]

        def lemma_words(docs: list[Doc]) -> list[list[int | None]]:
            return [[need.word(spellings(tok.lemma_)) for tok in doc] for doc in docs]

        if rule.terms is not None:
            docs = [lemmatize(self.nlp, t) for t in rule.terms]
            self._lemmas.add(self._key(ref), docs)
            need.require(ref, lemma_words(docs))
        elif rule.exact is not None:
            docs = [self.nlp.make_doc(t) for t in rule.exact]
            self._forms.add(self._key(ref), docs)
            need.require(ref, [[need.word({tok.text}) for tok in doc] for doc in docs])
        elif rule.pattern is not None:
            self._patterns.add(self._key(ref), rule.patterns())
            for pattern in rule.patterns():
                self._add_anchor(pattern, need, ref)
                bounded = all(tok.get("OP") in (None, "!", "?", "1") for tok in pattern)
                if self._longest is not None:
                    self._longest = max(self._longest, len(pattern)) if bounded else None
        elif rule.regex is not None:
            rx = re.compile(rule.regex, re.IGNORECASE)
            self._regexes.append((ref, rx))
            if ref.role == "rule":
                self._regex_rules.setdefault(ref.code, []).append(ref)
            need.require_regex(ref, rx)
        elif rule.near is not None:
            sides = []
            for side, terms in (("a", rule.near.a), ("b", rule.near.b)):
                docs = [lemmatize(self.nlp, t) for t in terms]
                self._lemmas.add(self._key(ref, side), docs)
                sides.append(lemma_words(docs))
            need.require(ref, *sides)
            self._near.append((ref, rule.near.within))

    def _add_anchor(self, pattern: list[dict[str, Any]], need: Prefilter[_RuleRef],
                    ref: _RuleRef) -> None:
        """Remember a word every match of this token pattern must contain, so that the
        (slow) token Matcher runs only on texts that have one. A pattern without such a
        word makes the Matcher run on every text."""
        anchor = anchor_of(pattern)
        if anchor is None:
            self._always_patterns = True
            need.give_up(ref)
            return
        attr, values = anchor
        if attr == "LEMMA":
            self._lemmas.add(ANCHOR, [lemmatize(self.nlp, v) for v in values])
            need.require(ref, [[need.word(frozenset().union(*map(spellings, values)))]])
            return
        forms = set(values)
        if attr == "LOWER":
            forms |= {f.title() for f in forms} | {f.upper() for f in forms}
        self._forms.add(ANCHOR, [self.nlp.make_doc(f) for f in sorted(forms)])
        need.require(ref, [[need.word(values)]])

    # -- finding hits ----------------------------------------------------------------------

    def hits(self, doc: Doc, text: str | None = None,
             pieces: list[tuple[int, str]] | None = None) -> list[Hit]:
        """Every rule firing in a doc, before vetoes.

        `text` is doc.text when the caller has it (rebuilding it from tokens is not free).
        A doc may hold several paragraphs: `pieces` gives each one's offset and text; each
        starts a sentence, and regexes run on each paragraph alone, as if it were its own doc.
        Most texts fire no rule, so matches are collected first and sentences are looked up
        only when there is something to place in them.
        """
        text = doc.text if text is None else text
        pieces = pieces or [(0, text)]
        spans: list[tuple[_RuleRef, int, int]] = []  # token spans
        sides: dict[tuple[_RuleRef, str], list[tuple[int, int]]] = defaultdict(list)
        phrases = [m for matcher in (self._lemmas, self._forms) if len(matcher)
                   for m in matcher(doc)]
        anchors = [s for match_id, s, _ in phrases if match_id == self._anchor]
        matches = [m for m in phrases if m[0] != self._anchor]
        for match_id, s, e in matches + self._pattern_matches(doc, pieces, anchors):
            ref, side = self._refs[match_id]
            if side:
                sides[(ref, side)].append((s, e))
            else:
                spans.append((ref, s, e))
        found = [(ref, offset, m) for offset, piece in pieces for ref, rx in self._regexes
                 for m in rx.finditer(piece) if m.end() > m.start()]
        if not spans and not found and not sides:
            return []
        starts = sentence_starts(doc, [offset for offset, _ in pieces])
        bounds = doc.to_array([IDX, LENGTH])  # token offsets from arrays: Spans cost more
        token_start = bounds[:, 0].tolist()
        token_end = (bounds[:, 0] + bounds[:, 1]).tolist()

        def sent_of(token: int) -> int:
            return bisect_right(starts, token) - 1

        def hit(ref: _RuleRef, s: int, e: int) -> Hit:
            start, end = token_start[s], token_end[e - 1]
            return Hit(ref, start, end, text[start:end], sent_of(s))

        out = [hit(ref, s, e) for ref, s, e in spans]
        for ref, offset, m in found:
            start, end = offset + m.start(), offset + m.end()
            covering = doc.char_span(start, end, alignment_mode="expand")
            sent = sent_of(covering.start) if covering is not None else 0
            out.append(Hit(ref, start, end, m.group(0), sent))
        for ref, within in self._near:
            b_by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for b_s, b_e in sides.get((ref, "b"), []):
                b_by_sentence[sent_of(b_s)].append((b_s, b_e))
            for a_s, a_e in sides.get((ref, "a"), []):
                for b_s, b_e in b_by_sentence.get(sent_of(a_s), []):
                    gap = max(b_s - a_e, a_s - b_e, 0)
                    if gap <= within and (a_s, a_e) != (b_s, b_e):
                        out += [hit(ref, a_s, a_e), hit(ref, b_s, b_e)]
        return sorted(set(out), key=lambda h: (h.start, h.end, h.ref.code, h.ref.order))

    @staticmethod
    def split_vetoes(hits: list[Hit]) -> tuple[list[Hit], list[tuple[Hit, Hit]]]:
        """Drop positive hits whose sentence holds an `unless` hit of the same code."""
        vetoes = {(h.ref.code, h.sentence): h for h in hits if h.ref.role == "unless"}
        kept, killed = [], []
        for h in hits:
            if h.ref.role != "rule":
                continue
            veto = vetoes.get((h.ref.code, h.sentence))
            if veto is None:
                kept.append(h)
            else:
                killed.append((h, veto))
        return kept, killed

    def _pattern_matches(self, doc: Doc, pieces: list[tuple[int, str]],
                         anchors: list[int]) -> list[tuple[int, int, int]]:
        """Token-pattern matches, sought only near anchor words (token indices in
        `anchors`): the Matcher is the slowest rule kind."""
        if len(self._patterns) == 0:
            return []
        if self._always_patterns:
            return list(self._patterns(doc))
        if not anchors:
            return []
        # Every match holds an anchor of its own pattern, so it lies within `longest` tokens
        # of one: search those windows, or whole paragraphs for unbounded patterns.
        if self._longest is not None:
            reach = self._longest
            windows = sorted((max(a - reach + 1, 0), min(a + reach, len(doc))) for a in anchors)
        else:
            bounds = [*np.searchsorted(doc.to_array(IDX), [o for o, _ in pieces]).tolist(),
                      len(doc)]
            windows = [(bounds[k], bounds[k + 1])
                       for k in sorted({bisect_right(bounds, a) - 1 for a in anchors})]
        merged: list[list[int]] = []
        for start, end in windows:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        found = {(m, start + s, start + e)
                 for start, end in merged for m, s, e in self._patterns(doc[start:end])}
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _decide(self, code: Code, hits: list[Hit]) -> tuple[float, bool]:
        by_rule = {h.ref.rule: h.ref.weight for h in hits}
        conf = confidence(by_rule.values())
        return conf, bool(hits) and conf >= self.book.threshold(code)

    # -- explain ---------------------------------------------------------------------------

    def explain(self, text: str, question: str = "") -> list[Explanation]:
        """Every code's evidence on one text, treated as a respondent's answer to question."""
        kept, killed = self.split_vetoes(self.hits(self.nlp(text)))
        qhits = self._question_hits(self.nlp(question), question) if question else []
        out = []
        for code in self.codes:
            ex = Explanation(code.id, code.label)
            ex.hits = [h for h in kept + qhits if h.ref.code == code.id]
            ex.vetoed = [(h, v) for h, v in killed if h.ref.code == code.id]
            ex.confidence, ex.coded = self._decide(code, ex.hits)
            out.append(ex)
        return out

    def _question_hits(self, doc: Doc, text: str) -> list[Hit]:
        return [h for h in self.hits(doc, text) if h.ref.role == "question"]

    # -- transcripts -----------------------------------------------------------------------

    def code_transcript(self, t: Transcript, code_interviewer: bool = False) -> list[Coding]:
        """Codings of one transcript: respondent speech only, unless asked otherwise.

        Only paragraphs the prefilter passes, and the first paragraph of each answer whose
        question fired, go through spaCy; units are made only where there is evidence.
        """
        unit = self.book.unit
        codeable = {"respondent", "interviewer"} if code_interviewer else {"respondent"}
        wanted = [(ti, pi) for ti, turn in enumerate(t.turns) if turn.role in codeable
                  for pi in range(len(turn.paragraphs))]
        texts = [t.turns[ti].paragraphs[pi].text for ti, pi in wanted]
        questions = self._questions(t)
        asked = {ti for ti, (_, qhits) in questions.items() if qhits}
        todo = [k for k, (ti, pi) in enumerate(wanted)
                if (pi == 0 and ti in asked) or self.might_code(texts[k])]
        with_sentences = unit == "sentence"
        self._warm([texts[k] for k in todo])
        done = dict(zip(todo, self._paragraph_hits([texts[k] for k in todo], with_sentences),
                        strict=True))

        def sentences_of(k: int) -> list[tuple[int, int, str]]:
            if k not in done:  # a paragraph no rule fired on, holding a coded sentence's text
                done[k] = next(self._paragraph_hits([texts[k]], with_sentences=True))
            return done[k][1]

        def occurrence(k: int, si: int, sentence: str) -> int:
            """Which repeat of this sentence text in the transcript (1 = first): part of
            its id, counted over every codeable sentence as if all were split."""
            before = sum(s == sentence for j in range(k) if sentence in texts[j]
                         for _, _, s in sentences_of(j))
            return 1 + before + sum(s == sentence for _, _, s in sentences_of(k)[:si])

        para_ids = paragraph_ids(t) if unit == "paragraph" else []
        turn_ids = self._turn_ids(t, codeable) if unit == "turn" else {}
        units: dict[tuple[int, ...], tuple[Segment, list[Hit]]] = {}
        for k in todo:
            ti, pi = wanted[k]
            turn, p = t.turns[ti], t.turns[ti].paragraphs[pi]
            kept, sents = done[k]
            first = pi == 0 and ti in asked  # the first unit of an answer to a fired question
            if unit == "paragraph" and (kept or first):
                segment = Segment(para_ids[ti][pi], t.id, ti, turn.speaker, turn.role, p.line,
                                  p.start, p.end, p.text)
                units[(ti, pi)] = (segment, list(kept))
            elif unit == "turn" and (kept or first):
                if (ti,) not in units:
                    sid, text = turn_ids[ti]
                    segment = Segment(sid, t.id, ti, turn.speaker, turn.role, turn.line,
                                      turn.start, turn.end, text)
                    units[(ti,)] = (segment, [])
                shift = sum(len(x.text) + 1 for x in turn.paragraphs[:pi])
                units[(ti,)][1].extend(Hit(h.ref, h.start + shift, h.end + shift, h.text, 0)
                                       for h in kept)
            elif unit == "sentence":
                by_sentence: dict[int, list[Hit]] = defaultdict(list)
                for h in kept:
                    start = sents[h.sentence][0]
                    by_sentence[h.sentence].append(
                        Hit(h.ref, h.start - start, h.end - start, h.text, 0))
                for si in sorted(set(by_sentence) | ({0} if first else set())):
                    text = sents[si][2]
                    segment = Segment(segment_id(t.id, text, occurrence(k, si, text)), t.id, ti,
                                      turn.speaker, turn.role, p.line, p.start, p.end, text)
                    units[(ti, pi, si)] = (segment, by_sentence[si])
        return self._codings(units, questions)

    def _codings(self, units: dict[tuple[int, ...], tuple[Segment, list[Hit]]],
                 questions: dict[int, tuple[str, list[Hit]]]) -> list[Coding]:
        """The codes each unit reaches with its hits (and, for the first unit of an answer,
        its question's hits); units are keyed (turn, paragraph, sentence) as far as known."""
        codings: list[Coding] = []
        for key, (segment, hits) in units.items():
            qtext, qhits = questions.get(key[0], ("", []))
            if any(key[1:]):
                qhits = []  # the question speaks for the start of the answer only
            fired = {h.ref.code for h in hits} | {h.ref.code for h in qhits}
            for code in (c for c in self.codes if c.id in fired):
                mine = [h for h in hits if h.ref.code == code.id]
                qmine = [h for h in qhits if h.ref.code == code.id]
                conf, coded = self._decide(code, mine + qmine)
                if not coded:
                    continue
                rules_fired = sorted({(h.ref.order, h.ref.rule) for h in mine + qmine})
                spans = sorted({Span(h.ref.rule, h.start, h.end, h.text) for h in mine},
                               key=lambda s: (s.start, s.end, s.rule))
                codings.append(
                    Coding(coding_id(segment.id, code.id), segment, code.id, code.label, conf,
                           [r for _, r in rules_fired], spans, qtext)
                )
        return codings

    @staticmethod
    def _turn_ids(t: Transcript, codeable: set[str]) -> dict[int, tuple[str, str]]:
        """Turn index -> (segment id, text) of every codeable turn, for `unit: turn`."""
        turns = {ti: " ".join(p.text for p in turn.paragraphs)
                 for ti, turn in enumerate(t.turns) if turn.role in codeable}
        ids = segment_ids(t.id, turns.values())
        return {ti: (sid, text) for (ti, text), sid in zip(turns.items(), ids, strict=True)}

    def might_code(self, text: str) -> bool:
        """Could some code be coded in this paragraph? Only if the rules that could fire on
        it can reach the code's min_confidence together; regexes, slower than the word
        test, run only when they could tip a code over. (A turn pools the hits of all its
        paragraphs, so there any rule that could fire counts.)"""
        if not self._use_prefilter:
            return True
        need = self._prefilters["rule"]
        possible = need.word_rules(text)
        if self.book.unit == "turn":
            return bool(possible or need.regex_rules(text))
        weights: dict[str, dict[str, float]] = {}
        for ref in possible:
            weights.setdefault(ref.code, {})[ref.rule] = ref.weight
        for code in weights.keys() | self._regex_rules.keys():
            mine, regexes = weights.get(code, {}), self._regex_rules.get(code, [])
            threshold = self.book.threshold(self._by_id[code])
            if mine and confidence(mine.values()) >= threshold:
                return True
            if regexes and confidence([*mine.values(), *(r.weight for r in regexes)]) >= threshold:
                fired = need.regex_rules(text, regexes)
                if fired and confidence([*mine.values(), *(r.weight for r in fired)]) >= threshold:
                    return True
        return False

    def _paragraph_hits(self, texts: list[str], with_sentences: bool
                        ) -> Iterator[tuple[list[Hit], list[tuple[int, int, str]]]]:
        """For each paragraph in order: its hits after vetoes (offsets into the paragraph,
        sentence = index among the paragraph's sentences) and, if asked, its sentences.

        Paragraphs are coded CHUNK at a time in one Doc: spaCy's per-Doc costs dominate on
        short paragraphs. The separator keeps every paragraph's tokens as they would be alone,
        and paragraph starts are sentence starts, so nothing matches across paragraphs.
        """
        groups = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
        joined = [SEPARATOR.join(group) for group in groups]
        for group, text, doc in zip(groups, joined, self.nlp.pipe(joined), strict=True):
            offsets = list(accumulate((len(x) + len(SEPARATOR) for x in group[:-1]), initial=0))
            kept, _ = self.split_vetoes(self.hits(doc, text, list(zip(offsets, group,
                                                                        strict=True))))
            sents: list[list[tuple[int, int, str]]] = [[] for _ in group]
            local: dict[int, int] = {}
            if with_sentences:
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
                    local[i] = len(sents[k])
                    sents[k].append((cs - offsets[k], ce - offsets[k], text[cs:ce]))
            hits: list[list[Hit]] = [[] for _ in group]
            for h in kept:
                k = bisect_right(offsets, h.start) - 1
                if h.end > offsets[k] + len(group[k]):
                    continue  # a pattern or regex that ran into the next paragraph
                hits[k].append(Hit(h.ref, h.start - offsets[k], h.end - offsets[k], h.text,
                                   local.get(h.sentence, 0)))
            yield from zip(hits, sents, strict=True)

    def _questions(self, t: Transcript) -> dict[int, tuple[str, list[Hit]]]:
        """Respondent turn index -> (the interviewer question just before it, the question
        rules' hits on it). Every coding of the answer records the question as context."""
        asked = {
            ti: " ".join(p.text for p in t.turns[ti - 1].paragraphs)
            for ti in range(1, len(t.turns))
            if t.turns[ti].role == "respondent" and t.turns[ti - 1].role == "interviewer"
        }
        out: dict[int, tuple[str, list[Hit]]] = {ti: (text, []) for ti, text in asked.items()}
        if self.has_questions:
            might = [(ti, text) for ti, text in asked.items()
                     if not self._use_prefilter or self._prefilters["question"].could_fire(text)]
            docs = self.nlp.pipe(text for _, text in might)
            for (ti, text), doc in zip(might, docs, strict=True):
                out[ti] = (text, self._question_hits(doc, text))
        return out

