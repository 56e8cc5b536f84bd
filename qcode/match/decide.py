"""From hits to codes: vetoes drop hits, confidence pools the rest, a code is given at its
threshold. Conditions that a hit's sentence or context must meet belong here too.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from qcode.codebook import Code, Codebook
from qcode.match.hits import Hit
from qcode.match.rules import CompiledRules
from qcode.match.units import Unit
from qcode.model import Coding, Span, coding_id

Question = tuple[str, list[Hit]]  # the interviewer's question text, its question rules' hits


def confidence(weights: Iterable[float]) -> float:
    """1 - prod(1 - w): independent pieces of evidence, each rule counted once."""
    return round(1 - math.prod(1 - w for w in weights), 4)


_WORD = re.compile(r"[\w'’-]+")


KEPT = ("rule", "context_unless")  # the roles whose hits a paragraph hands on


def split_vetoes(rules: CompiledRules, hits: list[Hit], role: str = "rule"
                 ) -> tuple[list[Hit], list[tuple[Hit, Hit]]]:
    """(hits kept, (hit, the veto that killed it)). A veto of a code or of one of its
    ancestors kills the code's hits in the veto's sentence: all of them, or for a veto with
    `words`, those on one of its words. Hits of one group (both sides of a `near`, a reason
    frame) die together. `role` is what the text is read for: "rule" (an answer: its
    `context_unless` hits are kept too, for `evidence`) or "question" (the interviewer's
    question: "Do you watch dramas now?" is not asking about dramas in the North); hits of
    other roles are dropped."""
    keep = KEPT if role == "rule" else (role,)
    killed_by = _killed_by(rules, hits, role)
    dead_groups = {h.group: v for h, v in killed_by.items() if h.group >= 0}
    kept, killed = [], []
    for h in hits:
        if h.ref.role not in keep:
            continue
        veto = killed_by.get(h) or (dead_groups.get(h.group) if h.group >= 0 else None)
        if veto is None or h.ref.role != role:
            kept.append(h)
        else:
            killed.append((h, veto))
    return kept, killed


def _killed_by(rules: CompiledRules, hits: list[Hit], role: str) -> dict[Hit, Hit]:
    """Each hit of `role` a veto (of its code or an ancestor, in its sentence) kills."""
    vetoes: dict[tuple[str, int], list[Hit]] = defaultdict(list)
    for h in hits:
        if h.ref.role == "unless":
            vetoes[(h.ref.code, h.sentence)].append(h)
    killed_by: dict[Hit, Hit] = {}
    for h in (h for h in hits if h.ref.role == role and vetoes):
        for code in rules.lineage.get(h.ref.code, (h.ref.code,)):
            veto = next((v for v in vetoes.get((code, h.sentence), []) if _kills(rules, v, h)),
                        None)
            if veto is not None:
                killed_by[h] = veto
                break
    return killed_by


def _kills(rules: CompiledRules, veto: Hit, h: Hit) -> bool:
    """Does a veto remove this hit? An unscoped veto: every hit of its sentence. A sense
    veto (`words`): the hits on its words, where the veto is when its own text holds one
    ("nothing *left*": "There was nothing left to eat, so we left." keeps the second
    `left`), else in the whole sentence ("for work" removes `usb` anywhere in it)."""
    words = rules.veto_words.get(veto.ref)
    if words is None:
        return True
    if not any(w.lower() in words for w in _WORD.findall(h.text)):
        return False
    local = any(w.lower() in words for w in _WORD.findall(veto.text))
    if not local:
        return True
    # a reason's motive written as a phrase reaching past the veto already reads the word in
    # its sense: "was nobody left" does not remove the motive "nobody left to stay for"
    motive = h.frame not in ("", "marker", "leaving") and len(_WORD.findall(h.text)) > 1
    if motive and (h.start < veto.start or h.end > veto.end):
        return False
    return h.start < veto.end and veto.start < h.end


def decide(book: Codebook, code: Code, hits: list[Hit]) -> tuple[float, bool]:
    """(confidence, coded) of a code from its hits: each rule counts once, at its weight,
    and rules that fired on exactly the same words count once, at the greatest of their
    weights (two rules written for one phrase are one piece of evidence, not two)."""
    spans: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    weight: dict[str, float] = {}
    for h in hits:
        weight[h.ref.rule] = h.ref.weight
        if not h.context:
            spans[h.ref.rule].add((h.ref.role, h.start, h.end))
    pieces: dict[object, float] = {}
    for rule, w in weight.items():
        key = frozenset(spans[rule]) if spans[rule] else rule
        pieces[key] = max(w, pieces.get(key, 0.0))
    conf = confidence(pieces.values())
    return conf, bool(hits) and conf >= book.threshold(code)


def evidence(rules: CompiledRules, code: str, hits: list[Hit], qhits: list[Hit],
             later: bool = False) -> list[Hit]:
    """A code's hits that count in a unit: its text hits, a motive that nothing links to
    leaving only when the question (its code's or an ancestor's) asks about it, and its own
    question's hits. A `context_unless` hit of the code or an ancestor, in a unit where no
    rule of theirs fired, takes the question's context away ("The crossing was in the
    summer." in the answer to "Why did you leave?")."""
    lineage = rules.lineage.get(code, (code,))
    if not context_applies(hits, lineage, later):
        qhits = []
    asked = {h.ref.code for h in qhits}
    in_context = any(c in asked for c in lineage)
    return [h for h in hits if h.ref.code == code and h.ref.role == "rule"
            and (h.frame != "question" or in_context)] + [h for h in qhits if h.ref.code == code]


def context_applies(hits: list[Hit], lineage: tuple[str, ...], later: bool = False) -> bool:
    """False when a `context_unless` of these codes fired and none of their rules did (a
    motive nothing links counts as a rule that fired: the answer is about the theme)."""
    family = [h for h in hits if h.ref.code in lineage or any(
        h.ref.code.startswith(c + "/") for c in lineage)]
    return not any(h.ref.role == "context_unless" for h in family if h.ref.code in lineage) \
        or any(h.ref.role == "rule" and not (later and h.frame == "question") for h in family)


def unit_codings(book: Codebook, rules: CompiledRules, codes: list[Code], units: list[Unit],
                 questions: dict[int, Question]) -> list[Coding]:
    """The codes each unit reaches with its hits and, for a unit of an answer (every unit
    that starts a paragraph of it), its question's hits. Codings come in unit order, then
    codebook order."""
    codings: list[Coding] = []
    for unit in units:
        qtext, qhits = questions.get(unit.turn, ("", []))
        if not unit.opens_answer:
            qhits = []  # the question speaks for the start of each paragraph of the answer
        if not unit.hits and not qhits:
            continue
        # evidence() keeps only a code's own hits: a code no hit names has none (most units
        # name one or two of the ~80 codes; asking each was a tenth of coding's time)
        named = {h.ref.code for h in unit.hits} | {h.ref.code for h in qhits}
        for code in codes:
            if code.id not in named:
                continue
            mine = evidence(rules, code.id, unit.hits, qhits, unit.paragraph > 0)
            coding = _coding(book, code, unit, mine, qtext) if mine else None
            if coding is not None:
                codings.append(coding)
    return codings


def _coding(book: Codebook, code: Code, unit: Unit, hits: list[Hit], qtext: str) -> Coding | None:
    conf, coded = decide(book, code, hits)
    mine = [h for h in hits if h.ref.role != "question"]
    qhits = [h for h in hits if h.ref.role == "question"]
    if not coded:
        return None
    rules_fired = sorted({(h.ref.order, h.ref.rule) for h in mine + qhits})
    spans = sorted({Span(h.ref.rule, h.start, h.end, h.text) for h in mine if not h.context},
                   key=lambda s: (s.start, s.end, s.rule))
    segment = unit.segment
    return Coding(coding_id(segment.id, code.id), segment, code.id, code.label, conf,
                  [r for _, r in rules_fired], spans, qtext)
