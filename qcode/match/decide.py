"""From hits to codes: vetoes drop hits, confidence pools the rest, a code is given at its
threshold. Conditions that a hit's sentence or context must meet belong here too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from qcode.codebook import Code, Codebook
from qcode.match.hits import Hit
from qcode.match.units import Unit
from qcode.model import Coding, Span, coding_id

Question = tuple[str, list[Hit]]  # the interviewer's question text, its question rules' hits


def confidence(weights: Iterable[float]) -> float:
    """1 - prod(1 - w): independent pieces of evidence, each rule counted once."""
    return round(1 - math.prod(1 - w for w in weights), 4)


def split_vetoes(hits: list[Hit]) -> tuple[list[Hit], list[tuple[Hit, Hit]]]:
    """(positive hits kept, (hit, the veto that killed it)): a positive hit dies when its
    sentence holds an `unless` hit of the same code. Question and veto hits are dropped."""
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


def decide(book: Codebook, code: Code, hits: list[Hit]) -> tuple[float, bool]:
    """(confidence, coded) of a code from its hits: each rule counts once, at its weight."""
    by_rule = {h.ref.rule: h.ref.weight for h in hits}
    conf = confidence(by_rule.values())
    return conf, bool(hits) and conf >= book.threshold(code)


def unit_codings(book: Codebook, codes: list[Code], units: list[Unit],
                 questions: dict[int, Question]) -> list[Coding]:
    """The codes each unit reaches with its hits and, for the first unit of an answer, its
    question's hits. Codings come in unit order, then codebook order."""
    codings: list[Coding] = []
    for unit in units:
        qtext, qhits = questions.get(unit.turn, ("", []))
        if not unit.opens_answer:
            qhits = []  # the question speaks for the start of the answer only
        fired = {h.ref.code for h in unit.hits} | {h.ref.code for h in qhits}
        for code in (c for c in codes if c.id in fired):
            coding = _coding(book, code, unit, [h for h in qhits if h.ref.code == code.id], qtext)
            if coding is not None:
                codings.append(coding)
    return codings


def _coding(book: Codebook, code: Code, unit: Unit, qhits: list[Hit], qtext: str) -> Coding | None:
    mine = [h for h in unit.hits if h.ref.code == code.id]
    conf, coded = decide(book, code, mine + qhits)
    if not coded:
        return None
    rules_fired = sorted({(h.ref.order, h.ref.rule) for h in mine + qhits})
    spans = sorted({Span(h.ref.rule, h.start, h.end, h.text) for h in mine},
                   key=lambda s: (s.start, s.end, s.rule))
    segment = unit.segment
    return Coding(coding_id(segment.id, code.id), segment, code.id, code.label, conf,
                  [r for _, r in rules_fired], spans, qtext)
