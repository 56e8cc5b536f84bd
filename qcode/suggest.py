"""Learned suggestions: per code, a logistic regression on passage vectors, trained from the
codebook's examples and every reviewer decision, that suggests passages the rules missed.

Evidence for a code (`gather`): its positive and negative examples; codings of it a reviewer
accepted (positive) or rejected (negative); a recode (negative for the code it had, positive
for the code it was given); a miss found in the uncoded sample (positive: it is a manual
coding the finder accepted); an uncoded sample passage left with no code (negative for every
code); and a passage a reviewer accepted under another code that no one coded with this one
(negative, weaker evidence: see NEGATIVE_WEIGHT). A code gets a model only once it has
MIN_POSITIVE positives and MIN_NEGATIVE negatives, examples included.

A suggestion is a coding with origin `model` and rules `["model"]`, on a respondent passage
that has no coding of that code yet and that no reviewer has judged for it: the model never
overrides a decision and never replaces a rule coding (a rule coding of the same passage
and code has the same id and wins). Its confidence is the model's probability; passages
reach THRESHOLD or are not suggested. Each suggestion keeps the NEAREST reviewed passages
of the code (coding ids and similarity) that are most like it: the reason it shows a
reviewer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from qcode import logistic
from qcode.codebook import Codebook
from qcode.embed import MODEL_VERSION, SegmentVectors, embed_texts, segment_vectors
from qcode.model import Coding, Segment, coding_id, short_hash, within
from qcode.status import final_code
from qcode.store import Store

MIN_POSITIVE = 8  # positives a code needs (examples included) before anything is suggested
MIN_NEGATIVE = 8
THRESHOLD = 0.5  # the probability a passage needs to be suggested
NEAREST = 3  # reviewed passages shown as the reason for a suggestion
NEGATIVE_WEIGHT = 0.5  # a passage accepted under another code counts half as a negative
C = 0.2  # inverse regularisation on standardised vectors (chosen on eval2: benchmarks/README.md)
UNCODED = "uncoded:"
STATE_KEY = "suggested"  # in the store's project table: the state the last suggestions left


@dataclass
class Item:
    """One piece of evidence: a passage and what it says about a code."""

    text: str
    segment_id: str = ""  # "" for a codebook example
    coding_id: str = ""  # the reviewed coding it comes from ("" for examples, sample rows)
    weight: float = 1.0


@dataclass
class Evidence:
    code: str
    positives: list[Item] = field(default_factory=list)
    negatives: list[Item] = field(default_factory=list)
    blocked: set[str] = field(default_factory=set)  # segments never to suggest it for

    @property
    def enough(self) -> bool:
        return len(self.positives) >= MIN_POSITIVE and len(self.negatives) >= MIN_NEGATIVE


def gather(store: Store, book: Codebook) -> dict[str, Evidence]:
    """Every code's evidence from its examples and the reviewers' decisions."""
    codes = [c.id for c in book.flat()]
    out = {c: Evidence(c) for c in codes}
    for c in book.flat():
        out[c.id].positives += [Item(t) for t in c.examples.positive]
        out[c.id].negatives += [Item(t) for t in c.examples.negative]
    decisions = store.latest_decisions()
    status = store.statuses()
    texts = {s["id"]: s["text"] for s in store.paragraphs_of("respondent")}
    accepted_for: dict[str, set[str]] = {}  # segment -> codes reviewers settled on
    coded: dict[str, set[str]] = {}  # segment -> codes of its codings (but unreviewed model ones)
    for cid, sid, code, text, origin in store.coding_records():
        if origin != "model" or cid in decisions:
            coded.setdefault(sid, set()).add(code)
        st = status.get(cid, "suggested")
        if st not in ("accepted", "rejected", "recoded"):
            continue
        given = final_code(decisions[cid], code) if st == "recoded" else code
        for target in codes:
            if st != "rejected" and within(given, target):
                out[target].positives.append(Item(text, sid, cid))
                accepted_for.setdefault(sid, set()).add(target)
            elif code == target:
                out[target].negatives.append(Item(text, sid, cid))
            else:
                continue
            out[target].blocked.add(sid)
    for cid in decisions:
        sid = cid.removeprefix(UNCODED)
        if cid.startswith(UNCODED) and sid in texts and status.get(cid) == "accepted":
            for ev in out.values():  # a sampled passage left uncoded: no code applies
                ev.negatives.append(Item(texts[sid], sid))
                ev.blocked.add(sid)
    for sid, settled in accepted_for.items():
        if sid not in texts:
            continue
        for target in codes:
            if target not in settled and not any(within(c, target) for c in coded[sid]):
                out[target].negatives.append(Item(texts[sid], sid, weight=NEGATIVE_WEIGHT))
    for target, ev in out.items():  # a passage with a coding of the code is never suggested
        ev.blocked |= {sid for sid, cs in coded.items() if any(within(c, target) for c in cs)}
    return out


@dataclass
class Suggestion:
    code: str
    segment_id: str
    confidence: float
    nearest: list[tuple[str, float]]  # (coding id, cosine similarity) of reviewed passages


@dataclass
class Trained:
    """A code's fitted model and the reviewed positives that explain its suggestions."""

    code: str
    model: logistic.Logistic
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
    items = ev.positives + ev.negatives
    x = _matrix(items, vectors, index)
    y = np.array([1] * len(ev.positives) + [0] * len(ev.negatives))
    weights = np.array([it.weight for it in items])
    # standardised: averaged token vectors share a large common part, and their
    # differences are small next to it
    model = logistic.fit(x, y, weights, C)
    reviewed = [i for i, it in enumerate(ev.positives) if it.coding_id]
    return Trained(ev.code, model, x[reviewed], [ev.positives[i].coding_id for i in reviewed])


def predict(trained: Trained, vectors: SegmentVectors, blocked: set[str]) -> list[Suggestion]:
    """Passages of `vectors` not in `blocked` whose probability reaches THRESHOLD."""
    rows = [i for i, sid in enumerate(vectors.ids) if sid not in blocked]
    if not rows:
        return []
    x = vectors.matrix[rows]
    p = trained.model.probability(x)
    keep = np.flatnonzero(p >= THRESHOLD)
    out = []
    for k in keep:
        near: list[tuple[str, float]] = []
        if len(trained.reason_ids):
            sims = trained.reasons @ x[k]
            order = np.argsort(-sims)[:NEAREST]
            near = [(trained.reason_ids[j], float(sims[j])) for j in order]
        out.append(Suggestion(trained.code, vectors.ids[rows[k]], float(p[k]), near))
    return out


@dataclass
class SuggestReport:
    codes: dict[str, tuple[int, int, int]]  # code -> (positives, negatives, suggested)
    skipped: list[str]  # codes without enough evidence
    embedded: int  # passages embedded now (the rest came from the cache)
    suggested: int
    unchanged: bool = False  # nothing changed since the last suggestions


def suggest(store: Store, book: Codebook, force: bool = False) -> SuggestReport:
    """Train a model per code with enough evidence and store its suggestions (replacing
    the model's earlier ones that no one reviewed). Nothing is done when nothing changed
    since the last suggestions, unless `force`.

    With one BLAS thread: at these sizes a thread pool costs more than it gives, and on a
    busy machine OpenBLAS's threads waiting for a core made a fit ten times slower (3.6 s
    against 0.3 s, measured with the load at 11 on 2 cores)."""
    key = short_hash(book.hash, MODEL_VERSION, str(MIN_POSITIVE), str(THRESHOLD))
    if not force and store.get(STATE_KEY) == f"{key}:{store.state()}":
        return SuggestReport({}, [], 0, 0, unchanged=True)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        report = _learn_and_suggest(store, book)
    store.put(STATE_KEY, f"{key}:{store.state()}")
    return report


def _learn_and_suggest(store: Store, book: Codebook) -> SuggestReport:
    evidence = gather(store, book)
    ready = {code: ev for code, ev in evidence.items() if ev.enough}
    skipped = [code for code in evidence if code not in ready]
    if not ready:  # nothing to learn yet: no passage needs a vector
        return SuggestReport({}, skipped, 0, _save(store, book, []))
    vectors = segment_vectors(store)
    index = vectors.index()
    suggestions: list[Suggestion] = []
    report = SuggestReport({}, skipped, vectors.embedded, 0)
    for code, ev in ready.items():
        found = predict(train(ev, vectors, index), vectors, ev.blocked)
        suggestions += found
        report.codes[code] = (len(ev.positives), len(ev.negatives), len(found))
    report.suggested = _save(store, book, suggestions)
    return report


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
