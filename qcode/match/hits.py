"""Finding hits: where each compiled rule fires in a Doc, as character offsets and sentences.

Most texts fire no rule, so matches are collected first (as token spans) and sentences
are looked up only when there is something to place in them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

from qcode.linear_regex import Match
from qcode.match.patterns import pattern_matches
from qcode.match.rules import FRAME, CompiledRules, RuleRef, TokenPattern

Piece = tuple[int, str]  # a paragraph of a Doc: its offset in the Doc's text, its text
TokenSpan = tuple[int, int]  # token indices [start, end)


@dataclass(frozen=True)
class Hit:
    """One rule firing on some words (character offsets into the text they are in).
    `sentence` is the number of their sentence in the text searched; once paragraphs.py has
    split a batch, the paragraph."""

    ref: RuleRef
    start: int
    end: int
    text: str
    sentence: int
    # hits that are one piece of evidence share a group (both sides of a `near`, the parts of
    # a reason frame): a veto that removes one removes all; -1: a hit alone
    group: int = -1
    # reason frames: on the motive, how it was linked to leaving (because, so, purpose,
    # reason, paragraph), or "question" for a motive that counts only in the answer to a
    # question asking why (decide.py drops it elsewhere); on the other words of the frame,
    # "marker" or "leaving"
    frame: str = ""
    context: bool = False  # a `near`'s side its `spans` leaves out: it weighs, it is no span

    def moved(self, shift: int, sentence: int | None = None) -> Hit:
        """The same hit in a text that starts `shift` characters earlier (negative: later)."""
        return Hit(self.ref, self.start + shift, self.end + shift, self.text,
                   self.sentence if sentence is None else sentence, self.group, self.frame, self.context)


def sentence_starts(doc: Doc, paragraph_offsets: list[int]) -> list[int]:
    """Token indices that start a sentence: nlp.Sentences', plus every paragraph start.
    Read from arrays: doc.sents walks every token in Python."""
    starts = set(np.flatnonzero(doc.to_array(SENT_START) == 1).tolist())
    if len(paragraph_offsets) > 1:
        idx = doc.to_array(IDX)
        starts.update(np.searchsorted(idx, paragraph_offsets).tolist())
    return sorted(starts) or [0]


@dataclass
class _Matches:
    """A Doc's raw matches: whole-rule token spans, `near` sides, regex matches."""

    spans: list[tuple[RuleRef, int, int]]
    sides: dict[tuple[RuleRef, str], list[TokenSpan]]
    regex: list[tuple[RuleRef, int, Match]]  # rule, offset of its piece, match

    def __bool__(self) -> bool:
        return bool(self.spans or self.regex or self.sides)


class _Placer:
    """Turns token spans of one Doc into Hits: character offsets and sentence numbers,
    read once from the Doc's arrays (Spans cost more)."""

    def __init__(self, doc: Doc, text: str, pieces: list[Piece]) -> None:
        self.doc, self.text = doc, text
        self.starts = sentence_starts(doc, [offset for offset, _ in pieces])
        bounds = doc.to_array([IDX, LENGTH])
        self.token_start = bounds[:, 0].tolist()
        self.token_end = (bounds[:, 0] + bounds[:, 1]).tolist()

    def sentence_of(self, token: int) -> int:
        return bisect_right(self.starts, token) - 1

    def hit(self, ref: RuleRef, s: int, e: int, group: int = -1, frame: str = "") -> Hit:
        start, end = self.token_start[s], self.token_end[e - 1]
        return Hit(ref, start, end, self.text[start:end], self.sentence_of(s), group, frame)

    def regex_hit(self, ref: RuleRef, offset: int, m: Match) -> Hit:
        start, end = offset + m.start(), offset + m.end()
        covering = self.doc.char_span(start, end, alignment_mode="expand")
        sentence = self.sentence_of(covering.start) if covering is not None else 0
        return Hit(ref, start, end, m.group(0), sentence)


def find_hits(rules: CompiledRules, doc: Doc, text: str | None = None,
              pieces: list[Piece] | None = None) -> list[Hit]:
    """Every rule firing in a doc, before vetoes, in text order.

    `text` is doc.text when the caller has it (rebuilding it from tokens is not free).
    A doc may hold several paragraphs: `pieces` gives each one's offset and text; each
    starts a sentence, and regexes run on each paragraph alone, as if it were its own doc.
    """
    text = doc.text if text is None else text
    pieces = pieces or [(0, text)]
    matches = _matches(rules, doc, pieces)
    if not matches:
        return []
    place = _Placer(doc, text, pieces)
    out = [place.hit(ref, s, e) for ref, s, e in matches.spans]
    out += [place.regex_hit(ref, offset, m) for ref, offset, m in matches.regex]
    groups = iter(range(len(doc) * 4 + 8))
    out += _near_hits(rules, matches.sides, place, groups)
    out += reason_hits(rules, matches.sides, place, pieces, groups)
    return sorted(set(out), key=lambda h: (h.start, h.end, h.ref.code, h.ref.order, h.group))


def _matches(rules: CompiledRules, doc: Doc, pieces: list[Piece]) -> _Matches:
    found = _Matches([], defaultdict(list), [])
    phrases = [m for matcher in (rules.lemmas, rules.forms) if len(matcher) for m in matcher(doc)]
    anchors: defaultdict[TokenPattern, list[int]] = defaultdict(list)
    for match_id, s, _ in phrases:
        if match_id in rules.anchors:
            anchors[rules.anchors[match_id]].append(s)
    words = [m for m in phrases if m[0] not in rules.anchors]
    for match_id, s, e in words + pattern_matches(rules, doc, pieces, anchors):
        ref, side = rules.refs[match_id]
        if side:
            found.sides[(ref, side)].append((s, e))
        else:
            found.spans.append((ref, s, e))
    found.regex = _regex_matches(rules, pieces)
    return found


def _regex_matches(rules: CompiledRules, pieces: list[Piece]) -> list[tuple[RuleRef, int, Match]]:
    """Non-empty regex matches, each paragraph searched alone."""
    return [(ref, offset, m) for offset, piece in pieces for ref, rx in rules.regexes
            for m in rx.finditer(piece) if m.end() > m.start()]


def _near_hits(rules: CompiledRules, sides: dict[tuple[RuleRef, str], list[TokenSpan]],
               place: _Placer, groups: Iterator[int]) -> list[Hit]:
    """Both sides of each `near` rule whose sides fall in one sentence, `within` tokens."""
    out: list[Hit] = []
    for ref, within, spans in rules.near:
        b_by_sentence: dict[int, list[TokenSpan]] = defaultdict(list)
        for b_s, b_e in sides.get((ref, "b"), []):
            b_by_sentence[place.sentence_of(b_s)].append((b_s, b_e))
        for a_s, a_e in sides.get((ref, "a"), []):
            for b_s, b_e in b_by_sentence.get(place.sentence_of(a_s), []):
                gap = max(b_s - a_e, a_s - b_e, 0)
                if gap <= within and (a_s, a_e) != (b_s, b_e):
                    g = next(groups)
                    a, b = place.hit(ref, a_s, a_e, g), place.hit(ref, b_s, b_e, g)
                    out += [replace(a, context=spans == "b"), replace(b, context=spans == "a")]
    return out


def reason_hits(rules: CompiledRules, sides: dict[tuple[RuleRef, str], list[TokenSpan]],
                place: _Placer, pieces: list[Piece], groups: Iterator[int]) -> list[Hit]:
    """Each `reason` rule's motives, with the leaving word (and marker) that links them; a
    motive nothing links is a hit of frame "question" (it needs a question asking why)."""
    out: list[Hit] = []
    if not rules.reasons:
        return out
    markers = {m: sides.get((FRAME, m), []) for m in ("because", "so", "purpose", "reason")}
    by_sentence = {m: _by_sentence(place, spans) for m, spans in markers.items()}
    paragraph_of = _paragraph_of(place, pieces)
    leaves_in: dict[tuple[RuleRef, str], dict[int, list[TokenSpan]]] = {}
    for ref, link in rules.reasons:
        key = (ref, "leave") if ref in rules.own_leave else (FRAME, "leave")
        leaves = sides.get(key, [])
        if key not in leaves_in:
            leaves_in[key] = _by_sentence(place, leaves)
        near = _Frame(place, paragraph_of, leaves, markers, by_sentence, leaves_in[key])
        for why in sides.get((ref, "why"), []):
            found = _link(why, near, link)
            if found is None:
                out.append(place.hit(ref, *why, frame="question"))
                continue
            frame, parts = found
            g = next(groups)
            out += [place.hit(ref, *why, g, frame)]
            out += [place.hit(ref, s, e, g, part) for part, (s, e) in parts if (s, e) != why]
    return out


def _by_sentence(place: _Placer, spans: list[TokenSpan]) -> dict[int, list[TokenSpan]]:
    """Spans by the sentence they start in, each sentence's in their order in `spans`: a
    motive's frame is sought in its own sentence, and walking every `to` and `for` of a Doc
    of 32 paragraphs for each motive was a third of hit finding."""
    out: dict[int, list[TokenSpan]] = defaultdict(list)
    for span in spans:
        out[place.sentence_of(span[0])].append(span)
    return out


def _paragraph_of(place: _Placer, pieces: list[Piece]) -> Callable[[int], int]:
    token_starts = place.token_start
    offsets = [o for o, _ in pieces]

    def paragraph(token: int) -> int:
        return bisect_right(offsets, token_starts[token]) - 1
    return paragraph


Link = tuple[str, list[tuple[str, TokenSpan]]]  # the frame, its words (marker, leaving)
PURPOSE_GAP = 2  # words a purpose clause may put between `to` and its motive ("to buy food")
# the verbs that open such a clause (lemmas): "went to *middle* school" is a destination
PURPOSE_VERBS = frozenset({"find", "buy", "get", "earn", "make", "look", "search", "seek", "see",
                           "meet", "join", "feed", "save", "support", "help", "give", "bring",
                           "send", "sell", "trade", "have", "avoid", "escape", "study", "keep",
                           "fetch", "borrow", "provide", "gather", "collect"})


@dataclass
class _Frame:
    """What a motive's link is sought among: the leaving words and markers of its Doc."""

    place: _Placer
    paragraph_of: Callable[[int], int]
    leaves: list[TokenSpan]
    markers: dict[str, list[TokenSpan]]
    markers_in: dict[str, dict[int, list[TokenSpan]]]  # by sentence (_by_sentence)
    leaves_in: dict[int, list[TokenSpan]]


def _link(why: TokenSpan, f: _Frame, link: str) -> Link | None:
    """How a motive is tied to leaving (the frame), with the words that tie it ("marker",
    "leaving"), or None.

    because: a cause marker before the motive, in its sentence, the leaving outside the two
      ("I left because there was no food", "Because of my son, we left");
    so: a result marker after the motive and the leaving after the marker, in the motive's
      sentence or the next ("There was no food, so we left." / "...That is why I left.");
    purpose: the leaving, then a purpose word before the motive, at most PURPOSE_GAP plain
      words between ("went to China to find food", "crossed the river to buy food");
    reason: a sentence holding a reason word, the motive and a leaving word ("the reason I
      left was hunger");
    paragraph (only for rules with `link: paragraph`): any leaving word in the paragraph.
    """
    if link == "paragraph":
        para = f.paragraph_of(why[0])
        for leave in f.leaves:
            if f.paragraph_of(leave[0]) == para and _apart(leave, why):
                return "paragraph", [("leaving", leave)]
    return _because(why, f) or _so(why, f) or _purpose(why, f) or _reason_word(why, f)


def _apart(leave: TokenSpan, why: TokenSpan) -> bool:
    """Is the leaving word outside the motive? A motive that holds a leaving word ("my
    sister *escaped* first", "no choice but to *leave*") tells of leaving, not why: it needs
    another leaving word to be tied to."""
    return leave[1] <= why[0] or leave[0] >= why[1]


def _because(why: TokenSpan, f: _Frame) -> Link | None:
    here = f.place.sentence_of(why[0])
    for m in f.markers_in["because"].get(here, ()):
        if m[1] <= why[0]:
            for leave in f.leaves:
                if (_told_before(leave, why, f) and _no_clause_after(why, f)) or (
                        f.place.sentence_of(leave[0]) == here
                        and (leave[1] <= m[0] or leave[0] >= why[1])):
                    return "because", [("marker", m), ("leaving", leave)]
    return None


def _no_clause_after(why: TokenSpan, f: _Frame) -> bool:
    """No comma after the motive in its sentence: "Because I was hungry, I stole corn." gives
    the cause of what follows it, not of the leaving told before."""
    starts = f.place.starts
    k = f.place.sentence_of(why[0])
    end = starts[k + 1] if k + 1 < len(starts) else len(f.place.doc)
    return not any(t.text == "," for t in f.place.doc[why[1]:end])


def _told_before(leave: TokenSpan, why: TokenSpan, f: _Frame) -> bool:
    """Is the leaving told in the sentence just before the motive's, in its paragraph? A
    cause or a reason often comes next: "I left in 2005. It was because of the hunger."."""
    sent = f.place.sentence_of
    return sent(leave[0]) == sent(why[0]) - 1 and f.paragraph_of(leave[0]) == f.paragraph_of(why[0])


def _so(why: TokenSpan, f: _Frame) -> Link | None:
    sent, here = f.place.sentence_of, f.place.sentence_of(why[0])
    for m in f.markers["so"]:
        if m[0] >= why[1] and sent(m[0]) in (here, here + 1) \
                and f.paragraph_of(m[0]) == f.paragraph_of(why[0]):
            for leave in f.leaves_in.get(sent(m[0]), ()):
                if leave[0] >= m[1]:
                    return "so", [("marker", m), ("leaving", leave)]
    return None


def _purpose(why: TokenSpan, f: _Frame) -> Link | None:
    here = f.place.sentence_of(why[0])
    for m in f.markers_in["purpose"].get(here, ()):
        if _plain_gap(f.place.doc, m[1], why[0]):
            for leave in f.leaves_in.get(here, ()):
                if leave[1] <= m[0]:
                    return "purpose", [("leaving", leave), ("marker", m)]
    return None


def _plain_gap(doc: Doc, start: int, end: int) -> bool:
    """Can the words from `start` to `end` stand between a purpose word and its motive? None,
    or a purpose verb and perhaps one more word ("to *buy* food", "to *earn some* money"),
    not a destination ("went to middle school", "to China with food"). Read from the text:
    the pipeline computes only the lexical attributes the codebook's patterns name."""
    if start >= end:
        return start == end
    gap = doc[start:end]
    return len(gap) <= PURPOSE_GAP and gap[0].lemma_ in PURPOSE_VERBS \
        and all(t.text.isalpha() and t.text.islower() for t in gap)


def _reason_word(why: TokenSpan, f: _Frame) -> Link | None:
    here = f.place.sentence_of(why[0])
    for m in f.markers_in["reason"].get(here, ()):
        for leave in f.leaves:
            if _apart(leave, why) and (f.place.sentence_of(leave[0]) == here
                                       or _told_before(leave, why, f)):
                return "reason", [("marker", m), ("leaving", leave)]
    return None
