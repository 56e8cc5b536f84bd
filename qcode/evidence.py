"""What the codebook and the reviewers' decisions say about each code: the training data of
the learned suggestions (suggest.py).

Evidence for a code: its positive and negative examples; codings of it a reviewer accepted
(positive) or rejected (negative); a recode (negative for the code it had, positive for the
code it was given); a miss found in the uncoded sample (positive: a manual coding the finder
accepted); an uncoded sample passage left with no code (negative for every code); and a
passage a reviewer accepted under another code that no one coded with this one (negative,
weaker evidence: NEGATIVE_WEIGHT). A code gets a model only once it has MIN_POSITIVE
positives and MIN_NEGATIVE negatives, examples included.

Each passage is marked `open` when no rule had coded it with the code: the kind of passage
the model may suggest, on which gate.py estimates its precision. A passage from the uncoded
sample carries its `share` there: how many passages it stands for, relative to the sample's
average (review/sampling.py draws near misses more often than the rest).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qcode.codebook import Codebook
from qcode.model import within
from qcode.review.sampling import relative, sample_weights
from qcode.status import final_code
from qcode.store import Store

MIN_POSITIVE = 8  # positives a code needs (examples included) before it gets a model
MIN_NEGATIVE = 8
NEGATIVE_WEIGHT = 0.5  # a passage accepted under another code counts half as a negative
UNCODED = "uncoded:"


@dataclass
class Item:
    """One piece of evidence: a passage and what it says about a code."""

    text: str
    segment_id: str = ""  # "" for a codebook example
    coding_id: str = ""  # the reviewed coding it comes from ("" for examples, sample rows)
    weight: float = 1.0
    open: bool = False  # no rule coded the passage with the code (see the module docstring)
    group: str = ""  # its transcript: cross-validation keeps a transcript in one fold
    share: float = 1.0  # what it counts for in the gate's precision estimate


@dataclass
class Evidence:
    code: str
    positives: list[Item] = field(default_factory=list)
    negatives: list[Item] = field(default_factory=list)
    blocked: set[str] = field(default_factory=set)  # segments never to suggest it for

    @property
    def enough(self) -> bool:
        return len(self.positives) >= MIN_POSITIVE and len(self.negatives) >= MIN_NEGATIVE

    @property
    def open_positives(self) -> int:
        """Positives no rule had coded with the code: what shows the model can find more."""
        return sum(1 for it in self.positives if it.open)


@dataclass
class _Reviewed:
    """The store's state that evidence is read from."""

    codes: list[str]
    texts: dict[str, str]  # respondent paragraph id -> text
    transcript: dict[str, str]  # respondent paragraph id -> transcript id
    accepted_for: dict[str, set[str]] = field(default_factory=dict)  # segment -> codes settled
    coded: dict[str, set[str]] = field(default_factory=dict)  # segment -> codes coded (not
    # counting model suggestions no one reviewed)


def gather(store: Store, book: Codebook) -> dict[str, Evidence]:
    """Every code's evidence from its examples and the reviewers' decisions."""
    paragraphs = store.paragraphs_of("respondent")
    seen = _Reviewed([c.id for c in book.flat()], {s["id"]: s["text"] for s in paragraphs},
                     {s["id"]: s["transcript_id"] for s in paragraphs})
    out = {c: Evidence(c) for c in seen.codes}
    for n, c in enumerate(book.flat()):
        out[c.id].positives += [Item(t, group=f"example:{n}") for t in c.examples.positive]
        out[c.id].negatives += [Item(t, group=f"example:{n}") for t in c.examples.negative]
    _from_codings(store, seen, out)
    _from_uncoded_sample(store, seen, out)
    _from_other_codes(seen, out)
    for target, ev in out.items():  # a passage with a coding of the code is never suggested
        ev.blocked |= {sid for sid, cs in seen.coded.items()
                       if any(within(c, target) for c in cs)}
    _shares(store, out)
    return out


def _shares(store: Store, out: dict[str, Evidence]) -> None:
    """Open passages of the uncoded sample count for the passages they stand for."""
    sampled = [cid.removeprefix(UNCODED) for cid in store.latest_decisions()
               if cid.startswith(UNCODED)]
    share = relative(sample_weights(store), sampled)
    for ev in out.values():
        for it in ev.positives + ev.negatives:
            if it.open and it.segment_id in share:
                it.share = share[it.segment_id]


def _from_codings(store: Store, seen: _Reviewed, out: dict[str, Evidence]) -> None:
    """Accepted, rejected and recoded codings."""
    decisions = store.latest_decisions()
    status = store.statuses()
    for cid, sid, code, text, origin in store.coding_records():
        if origin != "model" or cid in decisions:
            seen.coded.setdefault(sid, set()).add(code)
        st = status.get(cid, "suggested")
        if st not in ("accepted", "rejected", "recoded"):
            continue
        given = final_code(decisions[cid], code) if st == "recoded" else code
        group = seen.transcript.get(sid, sid)
        for target in seen.codes:
            item = Item(text, sid, cid, open=origin != "rule" or not within(code, target),
                        group=group)
            if st != "rejected" and within(given, target):
                out[target].positives.append(item)
                seen.accepted_for.setdefault(sid, set()).add(target)
            elif code == target:
                out[target].negatives.append(item)
            else:
                continue
            out[target].blocked.add(sid)


def _from_uncoded_sample(store: Store, seen: _Reviewed, out: dict[str, Evidence]) -> None:
    """Sampled passages a reviewer left uncoded: no code applies."""
    status = store.statuses()
    for cid in store.latest_decisions():
        sid = cid.removeprefix(UNCODED)
        if cid.startswith(UNCODED) and sid in seen.texts and status.get(cid) == "accepted":
            for ev in out.values():
                ev.negatives.append(Item(seen.texts[sid], sid, open=True,
                                         group=seen.transcript[sid]))
                ev.blocked.add(sid)


def _from_other_codes(seen: _Reviewed, out: dict[str, Evidence]) -> None:
    """A passage accepted under other codes only: weakly, not this one."""
    for sid, settled in seen.accepted_for.items():
        if sid not in seen.texts:
            continue
        for target in seen.codes:
            if target not in settled and not any(within(c, target) for c in seen.coded[sid]):
                out[target].negatives.append(Item(seen.texts[sid], sid, weight=NEGATIVE_WEIGHT,
                                                  open=True, group=seen.transcript[sid]))
