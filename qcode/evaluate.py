"""How good is a codebook? Its own examples (`codebook test`) and a hand-labelled sample
(`codebook evaluate`): per-code precision, recall, F1 and what gets confused.

Codes are compared at the level the labels use: a label `reasons_for_leaving` is matched by
a coding of `reasons_for_leaving` or any of its subcodes.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcode.codebook import Codebook
from qcode.errors import QcodeError
from qcode.match import Engine, Explanation
from qcode.match.decide import decide
from qcode.model import CodingRow, normalize_ws, within
from qcode.plural import plural
from qcode.store import Store


@dataclass
class ExampleFailure:
    code: str
    kind: str  # "missed" (positive not coded) or "wrongly coded" (negative coded)
    text: str
    confidence: float


def run_examples(book: Codebook) -> tuple[int, list[ExampleFailure]]:
    """Run every code's examples; returns (examples run, failures)."""
    engine = Engine(book)
    failures: list[ExampleFailure] = []
    n = 0
    for code in book.flat():
        for positive, texts in ((True, code.examples.positive), (False, code.examples.negative)):
            for text in texts:
                n += 1
                found = [e for e in engine.explain(text) if within(e.code, code.id)]
                coded = [e for e in found if e.coded]
                best = max((e.confidence for e in found), default=0.0)
                if positive and not coded:
                    failures.append(ExampleFailure(code.id, "missed", text, best))
                if not positive and coded:
                    failures.append(ExampleFailure(code.id, "wrongly coded", text, best))
    return n, failures


@dataclass
class CodeScore:
    code: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class RuleScore:
    """How often a rule's codings were right on the labelled segments: what its weight
    should follow (below 0.7, it should weigh less than min_confidence)."""

    code: str
    rule: str
    weight: float
    codes_alone: bool  # its weight reaches the code's min_confidence
    codings: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.codings if self.codings else 1.0


@dataclass
class Evaluation:
    segments: int
    scores: list[CodeScore]
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (labelled, coded)
    unmatched: list[str] = field(default_factory=list)
    mistakes: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, code, t, text
    # (transcript, segment id) of each mistake, in the same order: to say what kind it is
    places: list[tuple[str, str]] = field(default_factory=list)
    rules: list[RuleScore] = field(default_factory=list)  # of `evaluate`'s hand labels

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.scores) / len(self.scores) if self.scores else 0.0


def read_labels(path: Path) -> list[tuple[int, str, str, set[str]]]:
    """(csv line, transcript, segment text or id, codes) from a labels CSV."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = {"transcript", "segment", "codes"} - set(reader.fieldnames or [])
            if missing:
                raise QcodeError(
                    f"missing {plural(len(missing), 'column')} {', '.join(sorted(missing))}; "
                    "the labels CSV needs "
                    "transcript, segment (text or segment id), codes (separated by ';')",
                    path, 1)
            return [
                (i + 2, row["transcript"].strip(), row["segment"].strip(),
                 {c.strip() for c in (row["codes"] or "").split(";") if c.strip()})
                for i, row in enumerate(reader)
            ]
    except FileNotFoundError as e:
        raise QcodeError("labels file not found", path) from e


def evaluate(store: Store, book: Codebook, labels_path: Path) -> Evaluation:
    """Score the stored codings against hand labels; the store must be coded with book."""
    labels = read_labels(labels_path)
    known = {c.id for c in book.flat()}
    targets = sorted({c for _, _, _, codes in labels for c in codes})
    for line, _, _, codes in labels:
        for c in codes - known:
            raise QcodeError(f"unknown code '{c}' (not in {book.name})", labels_path, line)
    segments: dict[tuple[str, str], str] = {}  # (transcript, normalised text) -> segment id
    ids: set[str] = set()
    for seg in store.paragraphs_of(None):
        segments.setdefault((seg["transcript_id"], seg["text"]), seg["id"])
        ids.add(seg["id"])
    coded: dict[str, set[str]] = {}
    rows: dict[str, list[CodingRow]] = {}
    for row in store.codings():
        if row.status != "rejected":
            coded.setdefault(row.segment_id, set()).add(row.coded_as)
            rows.setdefault(row.segment_id, []).append(row)
    result = Evaluation(0, [])
    items = []
    rule_scores: dict[tuple[str, str], RuleScore] = {}  # the rules' code, not a recode
    for line, transcript, segment, want in labels:
        sid = segment if segment in ids else segments.get((transcript, normalize_ws(segment)))
        if sid is None:
            result.unmatched.append(f"{labels_path}:{line}: no segment of '{transcript}' "
                                    f"has this text")
            continue
        items.append((transcript, sid, segment, want, coded.get(sid, set())))
        for row in rows.get(sid, []):
            right = any(within(row.coded_as, w) for w in want)
            for rule in row.rules:
                key = (row.coded_as, rule)
                score = rule_scores.get(key) or _rule_score(book, row.coded_as, rule)
                rule_scores[key] = score
                score.codings += 1
                score.right += right
    if labels and not items:  # scores of nothing would read as perfect
        raise QcodeError(f"none of the {len(labels)} labelled segments is a stored segment "
                         f"({result.unmatched[0]}); give each segment's whole text as `qcode "
                         "show` reads it, or its id, and ingest the labelled transcripts into "
                         "this project", labels_path)
    result.rules = sorted(rule_scores.values(), key=lambda s: (s.precision, s.code, s.rule))
    return _score(items, targets, result)


def _rule_score(book: Codebook, code_id: str, rule_id: str) -> RuleScore:
    code = book.code(code_id)
    weight = next((r.weight for _, r in code.all_rules() if r.id == rule_id), 0.0)
    return RuleScore(code_id, rule_id, weight, weight >= book.threshold(code))


def evaluate_reviewer(store: Store, book: Codebook, reviewer: str) -> Evaluation:
    """Score the rules against one reviewer's decisions, taken as hand labels of every
    paragraph of the transcripts they decided on (a team's hand coding imported with `qcode
    import qdpx`, or a reviewer's sheets). A paragraph's labels are the codes the reviewer
    accepted (or recoded to) there; the rules' codings count whatever their status, so the
    reviewer's own rejections do not hide the rules' false alarms."""
    latest = store.latest_decisions()
    mine = {cid: by[reviewer] for cid, by in latest.items() if reviewer in by}
    if not mine:
        everyone = sorted({r for by in latest.values() for r in by})
        raise QcodeError(f"no decisions by reviewer '{reviewer}' (reviewers: "
                         f"{', '.join(everyone) or 'none yet'})")
    known = {c.id for c in book.flat()}
    rows = store.codings()
    wanted, got, targets = _spans(rows, mine)
    decided = {r.transcript for r in rows if r.id in mine}
    items = []
    for seg in store.paragraphs_of(None):
        if seg["transcript_id"] in decided:
            want, have = _labels(seg, wanted, got, known)
            if seg["role"] == "respondent" or want or have:
                items.append((seg["transcript_id"], seg["id"], seg["text"], want, have))
    return _score(items, sorted(targets & known), Evaluation(0, []))


def _labels(seg: Any, wanted: Spans, got: Spans, known: set[str]) -> tuple[set[str], set[str]]:
    """A paragraph's codes by the reviewer (with their parents) and by the rules."""
    t = seg["transcript_id"]
    want = _overlapping(wanted.get(t, []), seg["start"], seg["end"], known)
    want |= {c.rsplit("/", i)[0] for c in want for i in range(1, c.count("/") + 1)}
    return want, _overlapping(got.get(t, []), seg["start"], seg["end"], known)


Spans = dict[str, list[tuple[int, int, str]]]  # transcript -> (start, end, code)


def _spans(rows: list[CodingRow], mine: dict[str, Any]) -> tuple[Spans, Spans, set[str]]:
    """Where the reviewer put each code (accepted or recoded to), where the rules did, and
    every code the reviewer decided on."""
    wanted: Spans = {}
    got: Spans = {}
    targets = set()
    for r in rows:
        d = mine.get(r.id)
        if d is not None:
            code = d["recode_to"] if d["decision"] == "recode" else r.coded_as
            targets.add(code)
            if d["decision"] in ("accept", "recode"):
                wanted.setdefault(r.transcript, []).append((r.start, r.end, code))
        if r.origin == "rule":
            got.setdefault(r.transcript, []).append((r.start, r.end, r.coded_as))
    return wanted, got, targets


def _overlapping(spans: list[tuple[int, int, str]], start: int, end: int,
                 known: set[str]) -> set[str]:
    """Codes of the spans that overlap [start, end): a coding belongs to every paragraph it
    covers, whatever the codebook's unit."""
    return {c for s, e, c in spans if s < end and start < e and c in known}


def _score(items: list[tuple[str, str, str, set[str], set[str]]], targets: list[str],
           result: Evaluation) -> Evaluation:
    """Per target code: labelled (want) against coded (got), one segment (transcript,
    segment id, text) per item."""
    scores = {c: CodeScore(c) for c in targets}
    result.scores = list(scores.values())
    for transcript, sid, segment, want, got in items:
        result.segments += 1
        for target in targets:
            has = any(within(c, target) for c in got)
            if target in want and has:
                scores[target].tp += 1
            elif target in want:
                scores[target].fn += 1
                result.mistakes.append(("missed", target, transcript, segment))
                result.places.append((transcript, sid))
                for other in targets:
                    if other != target and any(within(c, other) for c in got):
                        result.confusions[(target, other)] += 1
            elif has:
                scores[target].fp += 1
                result.mistakes.append(("false alarm", target, transcript, segment))
                result.places.append((transcript, sid))
                if not want:
                    result.confusions[("(none)", target)] += 1
    return result


# What went wrong, in the words a research team fixes its codebook with: the kinds
# `qcode codebook evaluate --details` groups mistakes by, in this order.
ERROR_KINDS = {
    "no keyword": "missed without keyword: no rule knows the words the theme was told in",
    "sense": "sense: a word in another sense coded the theme, or a veto removed the theme",
    "reason vs fact": "reason vs fact: leaving told without a reason coded, or a motive left "
                      "unlinked to leaving",
    "context": "context: the question's context coded an answer not on its theme, or did "
               "not reach an answer that was",
    "too weak": "too weak: some rules fired, below min_confidence",
}


@dataclass
class Mistake:
    kind: str  # a key of ERROR_KINDS
    error: str  # "missed" or "false alarm"
    code: str
    transcript: str
    text: str


def kinds_of_mistakes(store: Store, book: Codebook, result: Evaluation) -> list[Mistake]:
    """Each mistake of an evaluation with its kind, found by explaining the segment again
    as the answer to its question (as the engine read it, follow-ups included)."""
    engine = Engine(book)
    rows = {r["id"]: r for r in store.paragraphs_of(None)}
    wanted = {t for t, _ in result.places}
    transcripts = {t.id: t for t in store.load_transcripts(wanted)}
    asked: dict[str, dict[int, tuple[str, list[str]]]] = {}
    for tid, t in transcripts.items():
        questions = engine.questions(t)
        asked[tid] = {ti: (text, sorted({h.ref.code for h in hits}))
                      for ti, (text, hits) in questions.items()}
    out = []
    for (error, target, tid, text), (_, sid) in zip(result.mistakes, result.places, strict=True):
        row = rows[sid]
        question, qcodes = asked.get(tid, {}).get(row["turn"], ("", []))
        found = [e for e in engine.explain(row["text"], [question] if question else [])
                 if within(e.code, target)]
        kind = _kind(error, target, found, any(within(c, target) for c in qcodes), book,
                     len(row["text"].split()))
        out.append(Mistake(kind, error, target, tid, text))
    order = list(ERROR_KINDS)
    return sorted(out, key=lambda m: order.index(m.kind))


SHORT_ANSWER = 15  # words: a missed answer this short, without keywords, missed its context


def _kind(error: str, target: str, found: list[Explanation], asked: bool, book: Codebook,
          words: int) -> str:
    text_hits = [h for e in found for h in e.hits if h.ref.role != "question"]
    if error == "missed":
        return _kind_of_miss(found, bool(text_hits), words)
    alone = any(decide(book, book.code(e.code), [h for h in e.hits if h.ref.role != "question"])[1]
                for e in found)
    if not alone and asked:
        return "context"
    if any(h.frame for h in text_hits) or target == "reasons_for_leaving":
        return "reason vs fact"
    return "sense"


def _kind_of_miss(found: list[Explanation], text_hits: bool, words: int) -> str:
    if any(e.vetoed for e in found):
        return "sense"
    if any(e.unlinked for e in found):
        return "reason vs fact"
    if text_hits:
        return "too weak"
    # a short answer ("No, never.") carries its theme through the question
    return "context" if words <= SHORT_ANSWER else "no keyword"
