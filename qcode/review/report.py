"""Which rule to fix: per rule and per code, what reviewers accepted and rejected, and recall
estimated from the uncoded sample."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qcode.review.export import UNCODED
from qcode.review.sampling import relative, sample_weights
from qcode.store import Store

ACCEPTED = {"accepted"}
REJECTED = {"rejected", "recoded"}


@dataclass
class RuleStat:
    code: str
    rule: str  # "(all rules)" for the code's own row
    codings: int = 0
    accepted: int = 0
    rejected: int = 0
    misses: int | None = None  # code rows only: sampled uncoded segments given this code
    recall: float | None = None

    @property
    def precision(self) -> float | None:
        decided = self.accepted + self.rejected
        return self.accepted / decided if decided else None


ALL = "(all rules)"


def rule_report(store: Store) -> tuple[list[RuleStat], int]:
    """(rows: each code followed by its rules, size of the uncoded sample reviewed)."""
    rows = [r for r in store.codings() if r.origin == "rule"]
    stats: dict[tuple[str, str], RuleStat] = {}
    for r in rows:  # a rule is judged under the code it gave, whatever reviewers recoded to
        for rule in [ALL, *r.rules]:
            s = stats.setdefault((r.coded_as, rule), RuleStat(r.coded_as, rule))
            s.codings += 1
            s.accepted += r.status in ACCEPTED
            s.rejected += r.status in REJECTED
    sample = {cid: by for cid, by in store.latest_decisions().items() if cid.startswith(UNCODED)}
    if sample:
        uncoded = len(store.paragraphs_of("respondent")) - len({r.segment_id for r in rows})
        weight = relative(sample_weights(store), (cid.removeprefix(UNCODED) for cid in sample))
        _add_recall(stats, _misses(sample, weight), len(sample), max(uncoded, 0))
    return sorted(stats.values(), key=lambda s: (s.code, s.rule != ALL, s.rule)), len(sample)


def _misses(sample: dict[str, Any], weight: dict[str, float]) -> dict[str, tuple[int, float]]:
    """Per code, the sampled uncoded passages reviewers gave it (the rules' misses): how
    many, and how many passages they stand for, relative to the sample's average (a near
    miss drawn more often than a random passage stands for fewer: sampling.py)."""
    missed: dict[str, tuple[int, float]] = {}
    for cid, by in sample.items():
        for code in {d["recode_to"] for d in by.values() if d["recode_to"]}:
            n, w = missed.get(code, (0, 0.0))
            missed[code] = (n + 1, w + weight[cid.removeprefix(UNCODED)])
    return missed


def _add_recall(stats: dict[tuple[str, str], RuleStat], missed: dict[str, tuple[int, float]],
                sampled: int, uncoded: int) -> None:
    """Each code's recall: what it found against the misses the sample projects onto all
    uncoded passages; a code the rules never gave has recall 0."""
    for (code, rule), s in stats.items():
        if rule != ALL:
            continue
        s.misses, weighted = missed.get(code, (0, 0.0))
        found = s.accepted if s.accepted + s.rejected else s.codings
        est_missed = weighted / sampled * uncoded
        s.recall = found / (found + est_missed) if found + est_missed else None
    for code, (n, _) in missed.items():
        if (code, ALL) not in stats:
            stats[(code, ALL)] = RuleStat(code, ALL, misses=n, recall=0.0)
