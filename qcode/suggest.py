"""Learned suggestions: per code, a logistic regression on passage vectors, trained from the
evidence of evidence.py, that suggests passages the rules missed, only for codes where
cross-validation shows its suggestions would be right often enough (gate.py).

A suggestion is a coding with origin `model` and rules `["model"]`, on a respondent passage
that has no coding of that code yet and that no reviewer has judged for it: the model never
overrides a decision and never replaces a rule coding (a rule coding of the same passage
and code has the same id and wins). Its confidence is the model's probability, at least the
code's threshold. Each suggestion keeps the NEAREST reviewed passages of the code (coding
ids and similarity) that are most like it: the reason it shows a reviewer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from qcode import gate, logistic
from qcode.codebook import Codebook
from qcode.embed import MODEL_VERSION, SegmentVectors, embed_texts, segment_vectors
from qcode.evidence import MIN_NEGATIVE, MIN_POSITIVE, Evidence, Item, gather
from qcode.model import Coding, Segment, coding_id, short_hash
from qcode.store import Store

NEAREST = 3  # reviewed passages shown as the reason for a suggestion
C = 0.2  # inverse regularisation on standardised vectors (chosen on eval2: benchmarks/README.md)
CHUNK = 4096  # passages scored at a time
STATE_KEY = "suggested"  # in the store's project table: the state the last suggestions left


@dataclass
class Suggestion:
    code: str
    segment_id: str
    confidence: float
    nearest: list[tuple[str, float]]  # (coding id, cosine similarity) of reviewed passages


@dataclass
class Trained:
    """A code's fitted model, its gate, and the reviewed positives that explain its
    suggestions."""

    code: str
    model: logistic.Logistic
    verdict: gate.Gate
    reasons: np.ndarray  # vectors of positives that came from reviewed codings
    reason_ids: list[str]


def _matrix(items: list[Item], vectors: SegmentVectors, index: dict[str, int]) -> np.ndarray:
    """Vectors of the items: stored ones by segment id, others (examples, sentence units)
    embedded now."""
    out = np.zeros((len(items), vectors.matrix.shape[1] or 256), dtype=np.float32)
    loose = [i for i, it in enumerate(items) if it.segment_id not in index]
    for i, it in enumerate(items):
        if it.segment_id in index:
            out[i] = vectors.matrix[index[it.segment_id]]
    if loose:
        out[loose] = embed_texts([items[i].text for i in loose])
    return out


def train(ev: Evidence, vectors: SegmentVectors, index: dict[str, int]) -> Trained:
    """The code's model on all its evidence, and its gate from cross-validation."""
    items = ev.positives + ev.negatives
    x = _matrix(items, vectors, index)
    y = np.array([1] * len(ev.positives) + [0] * len(ev.negatives))
    weights = np.array([it.weight for it in items])
    model = logistic.fit(x, y, weights, C)

    def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        return logistic.fit(x, y, w, C, start=model.coef).probability

    oof = gate.out_of_fold(x, y, weights, gate.folds([it.group for it in items]), fit)
    verdict = gate.choose(oof, y, np.array([it.open for it in items]),
                          np.array([it.share for it in items]))
    reviewed = [i for i, it in enumerate(ev.positives) if it.coding_id]
    return Trained(ev.code, model, verdict, x[reviewed],
                   [ev.positives[i].coding_id for i in reviewed])


def predict(trained: Trained, vectors: SegmentVectors, blocked: set[str]) -> list[Suggestion]:
    """Passages of `vectors` not in `blocked` whose probability reaches the code's threshold
    (none when its gate is shut)."""
    rows = [i for i, sid in enumerate(vectors.ids) if sid not in blocked]
    if not rows or trained.verdict.threshold is None:
        return []
    p = np.concatenate([trained.model.probability(vectors.matrix[rows[i:i + CHUNK]])
                        for i in range(0, len(rows), CHUNK)])  # small temporaries
    keep = np.flatnonzero(p >= trained.verdict.threshold)
    out = []
    for k in keep:
        near: list[tuple[str, float]] = []
        if len(trained.reason_ids):
            sims = trained.reasons @ vectors.matrix[rows[k]]
            order = np.argsort(-sims)[:NEAREST]
            near = [(trained.reason_ids[j], float(sims[j])) for j in order]
        out.append(Suggestion(trained.code, vectors.ids[rows[k]], float(p[k]), near))
    return out


@dataclass
class SuggestReport:
    codes: dict[str, tuple[int, int, int]]  # code -> (positives, negatives, suggested)
    skipped: list[str]  # codes without enough evidence for a model
    embedded: int  # passages embedded now (the rest came from the cache)
    suggested: int
    unchanged: bool = False  # nothing changed since the last suggestions
    why: dict[str, str] = field(default_factory=dict)  # code with a model -> its gate's reason


def suggest(store: Store, book: Codebook, force: bool = False) -> SuggestReport:
    """Train a model per code with enough evidence and store the suggestions of those its
    gate lets through (replacing the model's earlier ones that no one reviewed). Nothing is
    done when nothing changed since the last suggestions, unless `force`.

    With one BLAS thread: at these sizes a thread pool costs more than it gives, and on a
    busy machine OpenBLAS's threads waiting for a core made a fit ten times slower."""
    key = short_hash(book.hash, MODEL_VERSION, str(MIN_POSITIVE), str(MIN_NEGATIVE),
                     str(gate.PRECISION), str(gate.MIN_RIGHT))
    if not force and store.get(STATE_KEY) == f"{key}:{store.state()}":
        return SuggestReport({}, [], 0, 0, unchanged=True)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        report = _learn_and_suggest(store, book)
    store.put(STATE_KEY, f"{key}:{store.state()}")
    return report


def _learn_and_suggest(store: Store, book: Codebook) -> SuggestReport:
    """A code whose gate cannot open (too few passages the rules missed) is not trained."""
    evidence = gather(store, book)
    ready = {code: ev for code, ev in evidence.items() if ev.enough}
    report = SuggestReport({}, [code for code in evidence if code not in ready], 0, 0)
    for code, ev in ready.items():
        report.codes[code] = (len(ev.positives), len(ev.negatives), 0)
        report.why[code] = gate.Gate(None, 0, 0, ev.open_positives).reason()
    hopeful = {code: ev for code, ev in ready.items() if ev.open_positives >= gate.MIN_RIGHT}
    report.suggested = _save(store, book, _suggestions(store, hopeful, report))
    return report


def _suggestions(store: Store, hopeful: dict[str, Evidence],
                 report: SuggestReport) -> list[Suggestion]:
    """Vectors are made first for the evidence only; for the passages that could be
    suggested only once some code's gate is open."""
    if not hopeful:  # nothing can be suggested: no passage needs a vector
        return []
    vectors = segment_vectors(store, {it.segment_id for ev in hopeful.values()
                                      for it in ev.positives + ev.negatives})
    index = vectors.index()
    models = {code: train(ev, vectors, index) for code, ev in hopeful.items()}
    report.embedded = vectors.embedded
    if any(t.verdict.threshold is not None for t in models.values()):
        vectors = segment_vectors(store)
        report.embedded += vectors.embedded
    out: list[Suggestion] = []
    for code, trained in models.items():
        found = predict(trained, vectors, hopeful[code].blocked)
        out += found
        report.codes[code] = (len(hopeful[code].positives), len(hopeful[code].negatives),
                              len(found))
        report.why[code] = trained.verdict.reason()
    return out


def _save(store: Store, book: Codebook, found: Iterable[Suggestion]) -> int:
    labels = {c.id: c.label for c in book.flat()}
    segments = {s["id"]: s for s in store.paragraphs_of("respondent")}
    codings, nearest = [], {}
    for s in found:
        seg = segments[s.segment_id]
        segment = Segment(seg["id"], seg["transcript_id"], seg["turn"], seg["speaker"],
                          "respondent", seg["line"], seg["start"], seg["end"], seg["text"])
        cid = coding_id(s.segment_id, s.code)
        codings.append(Coding(cid, segment, s.code, labels[s.code], round(s.confidence, 4),
                              ["model"], [], origin="model"))
        nearest[cid] = json.dumps([{"coding_id": c, "similarity": round(sim, 3)}
                                   for c, sim in s.nearest])
    return store.replace_suggestions(codings, nearest, MODEL_VERSION,
                                     set(store.latest_decisions()))
