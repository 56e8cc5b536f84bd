"""Inter-coder agreement on reviewers' decisions: percent agreement, Cohen's kappa (exactly two
reviewers) and Krippendorff's alpha (nominal; any number of reviewers; missing data allowed).

A unit is a coding; a reviewer's value is their newest decision on it, with a recode counted
as `recode:<target>` so that two recodes to different codes disagree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import permutations
from typing import Any

from qcode.status import ADJUDICATOR
from qcode.store import Store

LOW, GOOD = 0.667, 0.8
RULES = "qcode"  # the rules, as a coder beside the reviewers (`review agreement --with-qcode`)


@dataclass
class Agreement:
    code: str
    units: int  # codings decided by two or more reviewers
    reviewers: int
    percent: float | None
    kappa: float | None
    alpha: float | None
    prevalence: float | None = None  # share of the commonest decision among all of them
    commonest: str = ""
    ac1: float | None = None  # Gwet's AC1: chance agreement that rarity does not inflate

    @property
    def verdict(self) -> str:
        if self.alpha is None:
            return "n/a"
        return "good" if self.alpha >= GOOD else "tentative" if self.alpha >= LOW else "LOW"

    @property
    def note(self) -> str:
        """Why a LOW verdict may not mean reviewers disagree: when nearly every decision is
        the same (high prevalence), chance agreement is nearly total and kappa and alpha
        fall even at high percent agreement (the "kappa paradox"); AC1 does not."""
        if self.verdict != "LOW" or self.percent is None or self.prevalence is None:
            return ""
        if self.percent >= 0.8 and self.prevalence >= 0.8:
            ac1 = "" if self.ac1 is None else f"; Gwet's AC1 is {self.ac1:.2f}"
            return (f"kappa paradox: reviewers agree on {self.percent:.0%} of codings, but "
                    f"{self.prevalence:.0%} of all decisions are '{self.commonest}', so "
                    f"chance agreement is high and kappa/alpha are low{ac1}")
        return ""


def value(decision: Mapping[str, Any]) -> str:
    recode = decision["recode_to"]
    return f"recode:{recode}" if decision["decision"] == "recode" else str(decision["decision"])


def percent_agreement(units: Iterable[dict[str, str]]) -> float | None:
    pairable = [u for u in units if len(u) >= 2]
    if not pairable:
        return None
    return sum(len(set(u.values())) == 1 for u in pairable) / len(pairable)


def cohens_kappa(units: Iterable[dict[str, str]]) -> float | None:
    """Two reviewers, units both decided; None when there are not exactly two or chance
    agreement is total."""
    units = list(units)
    raters = sorted({r for u in units for r in u})
    if len(raters) != 2:
        return None
    a, b = raters
    both = [(u[a], u[b]) for u in units if a in u and b in u]
    if not both:
        return None
    n = len(both)
    p_o = sum(x == y for x, y in both) / n
    ca, cb = Counter(x for x, _ in both), Counter(y for _, y in both)
    p_e = sum(ca[c] * cb[c] for c in set(ca) | set(cb)) / (n * n)
    return None if p_e == 1 else (p_o - p_e) / (1 - p_e)


def krippendorff_alpha(units: Iterable[dict[str, str]]) -> float | None:
    """Nominal alpha from the coincidence matrix; units with one value are not pairable."""
    o: defaultdict[tuple[str, str], float] = defaultdict(float)
    for u in units:
        values = list(u.values())
        m = len(values)
        if m < 2:
            continue
        for i, j in permutations(range(m), 2):
            o[(values[i], values[j])] += 1 / (m - 1)
    n_c: defaultdict[str, float] = defaultdict(float)
    for (c, _k), w in o.items():
        n_c[c] += w
    n = sum(n_c.values())
    if n <= 1:
        return None
    observed = sum(w for (c, k), w in o.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k)
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def with_rules(decisions: Mapping[str, Mapping[str, Any]],
               origins: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """qcode as one more coder, on the codings reviewers decided: it gave every coding of
    its rules or model (accept) and none of the codings reviewers added by hand (reject).
    This compares qcode with a team's hand coding imported from another tool."""
    return {cid: {**by, RULES: {"decision": "reject" if origins[cid] == "manual" else "accept",
                                "recode_to": None}}
            for cid, by in decisions.items() if cid in origins}


def prevalence(units: Iterable[dict[str, str]]) -> tuple[float | None, str]:
    """The share of the commonest value among every rating, and that value."""
    counts = Counter(v for u in units for v in u.values())
    if not counts:
        return None, ""
    value, n = counts.most_common(1)[0]
    return n / sum(counts.values()), value


def gwet_ac1(units: Iterable[dict[str, str]]) -> float | None:
    """Gwet's AC1 for any number of raters and categories (Gwet 2008): pairwise observed
    agreement against chance agreement sum(pi_q (1 - pi_q)) / (Q - 1), which stays small
    when one category dominates."""
    pairable = [list(u.values()) for u in units if len(u) >= 2]
    if not pairable:
        return None
    p_a = 0.0
    for values in pairable:
        m = len(values)
        p_a += sum(n * (n - 1) for n in Counter(values).values()) / (m * (m - 1))
    p_a /= len(pairable)
    counts = Counter(v for values in pairable for v in values)
    total = sum(counts.values())
    q = len(counts)
    p_e = sum(n / total * (1 - n / total) for n in counts.values()) / (q - 1) if q > 1 else 0.0
    return (p_a - p_e) / (1 - p_e)


def agreement(decisions: Mapping[str, Mapping[str, Any]],
              code_of: dict[str, str]) -> list[Agreement]:
    """Per code (top-level theme of each coding) and overall."""
    by_code: dict[str, list[dict[str, str]]] = {}
    for cid, by_reviewer in decisions.items():
        if cid not in code_of:
            continue
        unit = {r: value(d) for r, d in by_reviewer.items() if r != ADJUDICATOR}
        by_code.setdefault(code_of[cid], []).append(unit)
    everything = [u for units in by_code.values() for u in units]
    rows = []
    for code, units in [*sorted(by_code.items()), ("(all)", everything)]:
        paired = [u for u in units if len(u) >= 2]
        share, commonest = prevalence(paired)
        rows.append(Agreement(code, len(paired), len({r for u in units for r in u}),
                              percent_agreement(paired), cohens_kappa(paired),
                              krippendorff_alpha(paired), share, commonest, gwet_ac1(paired)))
    return rows


def agreement_of(store: Store, rules_as_coder: bool = False) -> list[Agreement]:
    """`agreement` over a project: each reviewer's newest decision per coding (and the rules
    as one more coder, if asked: see with_rules), grouped by the top-level theme of the code
    the reviewers were shown."""
    codings = store.codings()
    decisions: Mapping[str, Mapping[str, Any]] = store.latest_decisions()
    if rules_as_coder:
        decisions = with_rules(decisions, {r.id: r.origin for r in codings})
    return agreement(decisions, {r.id: r.coded_as.split("/")[0] for r in codings})  # the code reviewed
