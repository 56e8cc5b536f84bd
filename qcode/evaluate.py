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

from qcode.codebook import Codebook
from qcode.errors import QcodeError
from qcode.match import Engine
from qcode.model import normalize_ws, within
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
class Evaluation:
    segments: int
    scores: list[CodeScore]
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (labelled, coded)
    unmatched: list[str] = field(default_factory=list)
    mistakes: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, code, t, text

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
                    f"missing column(s) {', '.join(sorted(missing))}; the labels CSV needs "
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
    for seg in store.segments_of(None):
        segments.setdefault((seg["transcript_id"], seg["text"]), seg["id"])
        ids.add(seg["id"])
    coded: dict[str, set[str]] = {}
    for row in store.codings():
        if row.status != "rejected":
            coded.setdefault(row.segment_id, set()).add(row.code)
    scores = {c: CodeScore(c) for c in targets}
    result = Evaluation(0, list(scores.values()))
    for line, transcript, segment, want in labels:
        sid = segment if segment in ids else segments.get((transcript, normalize_ws(segment)))
        if sid is None:
            result.unmatched.append(f"{labels_path}:{line}: no segment of '{transcript}' "
                                    f"has this text")
            continue
        result.segments += 1
        got = coded.get(sid, set())
        for target in targets:
            has = any(within(c, target) for c in got)
            if target in want and has:
                scores[target].tp += 1
            elif target in want:
                scores[target].fn += 1
                result.mistakes.append(("missed", target, transcript, segment))
                for other in targets:
                    if other != target and any(within(c, other) for c in got):
                        result.confusions[(target, other)] += 1
            elif has:
                scores[target].fp += 1
                result.mistakes.append(("false alarm", target, transcript, segment))
                if not want:
                    result.confusions[("(none)", target)] += 1
    return result
