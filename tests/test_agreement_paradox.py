"""Agreement explains itself: prevalence and Gwet's AC1 beside kappa and alpha, and a LOW
verdict that rarity alone causes is said to be the kappa paradox."""

from __future__ import annotations

import json

import pytest

from qcode.review.agreement import agreement, gwet_ac1, prevalence
from qcode.store import Store
from tests.conftest import Project


def decided(pairs: list[tuple[str, str]]) -> dict[str, dict[str, dict[str, str | None]]]:
    return {f"c{i}": {"ana": {"decision": a, "recode_to": None},
                      "bo": {"decision": b, "recode_to": None}} for i, (a, b) in enumerate(pairs)}


def test_rare_disagreement_is_explained_as_the_kappa_paradox():
    # 48 both accept, 2 split: p_a 0.96; pi = 0.98 / 0.02, p_e = 0.0392 -> AC1 0.9584;
    # ana accepts all 50, so Cohen's p_e = 0.96 = p_o -> kappa 0
    pairs = [("accept", "accept")] * 48 + [("accept", "reject")] * 2
    units = [{"ana": a, "bo": b} for a, b in pairs]
    assert gwet_ac1(units) == pytest.approx(0.9208 / 0.9608)
    assert prevalence(units) == (pytest.approx(0.98), "accept")
    row = agreement(decided(pairs), {f"c{i}": "bribery" for i in range(50)})[0]
    assert (row.percent, row.kappa) == (pytest.approx(0.96), pytest.approx(0.0))
    assert row.verdict == "LOW"
    assert row.note == ("kappa paradox: reviewers agree on 96% of codings, but 98% of all "
                        "decisions are 'accept', so chance agreement is high and kappa/alpha "
                        "are low; Gwet's AC1 is 0.96")
    # a real disagreement is LOW without excuse
    split = [("accept", "reject"), ("reject", "accept")] * 5 + [("accept", "accept")] * 2
    real = agreement(decided(split), {f"c{i}": "bribery" for i in range(12)})[0]
    assert real.verdict == "LOW" and real.note == ""
    assert gwet_ac1([{"a": "x", "b": "x"}]) == 1.0


def test_agreement_command_reports_prevalence_ac1_and_the_note(coded: Project):
    with Store(coded.root / "outputs" / "qcode.db") as store:
        ids = [r.id for r in store.codings()]
        for i, cid in enumerate(ids):
            store.add_decision(cid, "ana", "accept")
            store.add_decision(cid, "bo", "reject" if i == 0 else "accept")
    rows = json.loads(coded.qcode("review", "agreement", "--format", "json").stdout)
    overall = rows[-1]
    assert {"prevalence", "gwet_ac1", "note"} <= set(overall)
    assert overall["verdict"] == "LOW" and overall["note"].startswith("kappa paradox")
    table = coded.qcode("review", "agreement").stdout
    assert "(all): kappa paradox: reviewers agree on" in table
