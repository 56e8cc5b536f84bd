"""Coded units built from a transcript's paragraph hits: sentences, paragraphs or turns.

A unit is made only where there is evidence: a paragraph with hits after vetoes, or a
paragraph of an answer whose question's rules fired (the question may code it).
Each unit kind has its builder in `UNIT_BUILDERS`, keyed by the codebook's `unit`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from qcode.match.hits import Hit
from qcode.model import Segment, Transcript, paragraph_ids, segment_id, segment_ids

Sentence = tuple[int, int, str]  # start, end (offsets into its paragraph), text
ParagraphHits = tuple[list[Hit], list[Sentence]]  # hits after vetoes, sentences if split


@dataclass
class Unit:
    """A coded unit with the hits in it (offsets into the unit's text; each hit's
    `sentence` still counts within its paragraph)."""

    segment: Segment
    hits: list[Hit]
    turn: int
    opens_answer: bool  # starts a paragraph of its turn: the answer's question may code it
    paragraph: int = 0  # its paragraph's place in the turn


@dataclass
class Evidence:
    """What the engine found in a transcript's codeable paragraphs, for the unit builders."""

    transcript: Transcript
    codeable: set[str]  # roles whose speech is coded
    places: list[tuple[int, int]]  # (turn, paragraph) of every codeable paragraph
    texts: list[str]  # their texts
    todo: list[int]  # indices into places of the paragraphs that went through spaCy, in order
    found: dict[int, ParagraphHits]  # their hits (and sentences, for `unit: sentence`)
    asked: set[int]  # turns answering a question whose rules fired
    split: Callable[[str], list[Sentence]]  # sentences of a paragraph spaCy has not seen

    def in_asked_answer(self, k: int) -> bool:
        """Is paragraph k part of an answer to a question whose rules fired? The question
        speaks for every paragraph of the answer, until the interviewer speaks again."""
        return self.places[k][0] in self.asked


def codeable_places(t: Transcript, roles: set[str]) -> list[tuple[int, int]]:
    """(turn, paragraph) of every paragraph spoken by one of these roles, in order."""
    return [(ti, pi) for ti, turn in enumerate(t.turns) if turn.role in roles
            for pi in range(len(turn.paragraphs))]


def paragraph_units(ev: Evidence) -> list[Unit]:
    """A unit per paragraph with evidence; its id is the stored paragraph's."""
    t = ev.transcript
    ids = paragraph_ids(t)
    units = []
    for k in ev.todo:
        kept = ev.found[k][0]
        if not (kept or ev.in_asked_answer(k)):
            continue
        ti, pi = ev.places[k]
        turn, p = t.turns[ti], t.turns[ti].paragraphs[pi]
        segment = Segment(ids[ti][pi], t.id, ti, turn.speaker, turn.role, p.line, p.start, p.end,
                          p.text)
        units.append(Unit(segment, list(kept), ti, True, pi))
    return units


def turn_units(ev: Evidence) -> list[Unit]:
    """A unit per turn with evidence in any paragraph: its paragraphs joined by a space, the
    hits shifted to match."""
    t = ev.transcript
    ids = _turn_ids(t, ev.codeable)
    units: dict[int, Unit] = {}
    for k in ev.todo:
        kept = ev.found[k][0]
        if not (kept or ev.in_asked_answer(k)):
            continue
        ti, pi = ev.places[k]
        turn = t.turns[ti]
        if ti not in units:
            sid, text = ids[ti]
            segment = Segment(sid, t.id, ti, turn.speaker, turn.role, turn.line, turn.start,
                              turn.end, text)
            units[ti] = Unit(segment, [], ti, True)
        shift = sum(len(x.text) + 1 for x in turn.paragraphs[:pi])
        units[ti].hits.extend(h.moved(shift) for h in kept)
    return list(units.values())


def _turn_ids(t: Transcript, codeable: set[str]) -> dict[int, tuple[str, str]]:
    """Turn index -> (segment id, text) of every codeable turn."""
    turns = {ti: " ".join(p.text for p in turn.paragraphs)
             for ti, turn in enumerate(t.turns) if turn.role in codeable}
    ids = segment_ids(t.id, turns.values())
    return {ti: (sid, text) for (ti, text), sid in zip(turns.items(), ids, strict=True)}


def sentence_units(ev: Evidence) -> list[Unit]:
    """A unit per sentence with evidence (and the first sentence of each paragraph of an
    answer to a fired question). Repeated sentence texts are numbered across the transcript."""
    t = ev.transcript
    occurrences = _Occurrences(ev)
    units = []
    for k in ev.todo:
        ti, pi = ev.places[k]
        turn, p = t.turns[ti], t.turns[ti].paragraphs[pi]
        kept, sentences = ev.found[k]
        by_sentence: dict[int, list[Hit]] = defaultdict(list)
        for h in kept:
            start = sentences[h.sentence][0]
            by_sentence[h.sentence].append(h.moved(-start))
        first = {0} if ev.in_asked_answer(k) else set()
        for si in sorted(set(by_sentence) | first):
            text = sentences[si][2]
            segment = Segment(segment_id(t.id, text, occurrences.number(k, si, text)), t.id, ti,
                              turn.speaker, turn.role, p.line, p.start, p.end, text)
            units.append(Unit(segment, by_sentence[si], ti, si == 0, pi))
    return units


class _Occurrences:
    """Which repeat of a sentence text in the transcript a sentence is (1 = first): part of
    its id, counted over every codeable sentence as if all paragraphs were split. Only the
    paragraphs that contain the text are split, once each."""

    def __init__(self, ev: Evidence) -> None:
        self.texts = ev.texts
        self.split = ev.split
        self.sentences: dict[int, list[Sentence]] = {k: ev.found[k][1] for k in ev.todo}

    def of(self, k: int) -> list[Sentence]:
        if k not in self.sentences:  # a paragraph no rule fired on, holding the same text
            self.sentences[k] = self.split(self.texts[k])
        return self.sentences[k]

    def number(self, k: int, si: int, sentence: str) -> int:
        before = sum(s == sentence for j in range(k) if sentence in self.texts[j]
                     for _, _, s in self.of(j))
        return 1 + before + sum(s == sentence for _, _, s in self.of(k)[:si])


UnitBuilder = Callable[[Evidence], list[Unit]]
UNIT_BUILDERS: dict[str, UnitBuilder] = {
    "sentence": sentence_units, "paragraph": paragraph_units, "turn": turn_units,
}
