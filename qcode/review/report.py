"""Which rule to fix: per rule and per code, what reviewers accepted and rejected, and recall
estimated from the uncoded sample."""

from __future__ import annotations

from dataclasses import dataclass

from qcode.review.export import UNCODED
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


def rule_report(store: Store) -> tuple[list[RuleStat], int]:
    """(rows: each code followed by its rules, size of the uncoded sample reviewed)."""
    rows = [r for r in store.codings() if r.origin == "rule"]
    stats: dict[tuple[str, str], RuleStat] = {}
    for r in rows:  # a rule is judged under the code it gave, whatever reviewers recoded to
        for rule in ["(all rules)", *r.rules]:
            s = stats.setdefault((r.coded_as, rule), RuleStat(r.coded_as, rule))
            s.codings += 1
            s.accepted += r.status in ACCEPTED
            s.rejected += r.status in REJECTED
    sample = {cid: by for cid, by in store.latest_decisions().items() if cid.startswith(UNCODED)}
    missed: dict[str, int] = {}
    for by in sample.values():
        for code in {d["recode_to"] for d in by.values() if d["recode_to"]}:
            missed[code] = missed.get(code, 0) + 1
    uncoded_total = len(store.paragraphs_of("respondent")) - len({r.segment_id for r in rows})
    for (code, rule), s in stats.items():
        if rule != "(all rules)" or not sample:
            continue
        s.misses = missed.get(code, 0)
        found = s.accepted if s.accepted + s.rejected else s.codings
        est_missed = s.misses / len(sample) * max(uncoded_total, 0)
        s.recall = found / (found + est_missed) if found + est_missed else None
    for code, n in missed.items():  # codes the rules never produced at all
        if (code, "(all rules)") not in stats:
            stats[(code, "(all rules)")] = RuleStat(code, "(all rules)", misses=n, recall=0.0)
    return sorted(stats.values(), key=lambda s: (s.code, s.rule != "(all rules)", s.rule)), \
        len(sample)
