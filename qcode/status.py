"""How reviewers' decisions become a coding's status."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ADJUDICATOR = "adjudicator"
STATUS_OF_DECISION = {
    "accept": "accepted",
    "reject": "rejected",
    "recode": "recoded",
    "unsure": "disputed",
}


def final_code(by_reviewer: Mapping[str, Any], code: str) -> str:
    """The code a coding ends up under: a recode's target when reviewers settled on one."""
    chosen = [by_reviewer[ADJUDICATOR]] if ADJUDICATOR in by_reviewer else by_reviewer.values()
    targets = {d["recode_to"] for d in chosen if d["decision"] == "recode" and d["recode_to"]}
    return targets.pop() if len(targets) == 1 else code


def status_of(by_reviewer: Mapping[str, Any]) -> str:
    """One reviewer -> their decision; all agree -> that; otherwise disputed until an
    adjudicator decides."""
    if ADJUDICATOR in by_reviewer:
        return STATUS_OF_DECISION[by_reviewer[ADJUDICATOR]["decision"]]
    decided = {(d["decision"], d["recode_to"] or "") for d in by_reviewer.values()}
    if len(decided) == 1:
        return STATUS_OF_DECISION[next(iter(decided))[0]]
    return "disputed" if decided else "suggested"
