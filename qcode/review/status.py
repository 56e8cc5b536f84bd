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


def status_of(by_reviewer: Mapping[str, Any]) -> str:
    """One reviewer -> their decision; all agree -> that; otherwise disputed until an
    adjudicator decides."""
    if ADJUDICATOR in by_reviewer:
        return STATUS_OF_DECISION[by_reviewer[ADJUDICATOR]["decision"]]
    decided = {(d["decision"], d["recode_to"] or "") for d in by_reviewer.values()}
    if len(decided) == 1:
        return STATUS_OF_DECISION[next(iter(decided))[0]]
    return "disputed" if decided else "suggested"
