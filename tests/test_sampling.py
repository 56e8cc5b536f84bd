"""The uncoded sample: near misses drawn more often, each row weighed for what it stands for
in the recall estimate and in the gate's precision estimate."""

from __future__ import annotations

import csv

import numpy as np
import openpyxl

from qcode import gate
from qcode.review.sampling import relative, sample_weights
from qcode.store import Store
from tests.conftest import Project
from tests.test_review import columns, export, fill

# Two near misses (some evidence, below the code's threshold), seven plain passages (one
# with a vetoed rule, one with a rule vetoed by the place it names), one coded passage.
TALK = """
Interviewer: What did you do at school?

A: We watched a South Korean drama at school, a play the children put on.

Interviewer: And your work?

A: The guard at the factory gate checked our passes every morning.

Interviewer: Tell me about home.

A: Our neighbour sang songs in the evenings.

A: An official lived in our street.

A: My grandmother grew cabbages behind the house.

A: In winter the river froze and we walked across it to the mill.

A: The road to the mill was muddy in spring.

A: We kept the rice in a clay jar.

A: The winters there were very long and dark.

Interviewer: Did you watch anything else?

A: Yes, we watched South Korean dramas on a notel at night.
"""


def _sheet_rows(path) -> list[dict[str, str]]:
    ws = openpyxl.load_workbook(path)["Review"]
    col = columns(ws)
    return [{name: r[i - 1].value for name, i in col.items()} for r in ws.iter_rows(min_row=2)]


def test_near_misses_are_drawn_first_and_weighed_in_the_recall_estimate(project: Project):
    project.write("t1.txt", TALK)
    project.qcode("run")
    path = export(project, "ana", "--sample-uncoded", "4", "--near-misses", "0.5")
    rows = [r for r in _sheet_rows(path) if r["coding_id"].startswith("uncoded:")]
    how = sorted(r["sampled"] for r in rows)
    assert how == ["at random (1 of 3.5)", "at random (1 of 3.5)",
                   "near miss: some evidence of bribery (1 of 1.0)",
                   "near miss: some evidence of usb_notel (1 of 1.0)"]
    songs = next(r["coding_id"] for r in rows if "songs" in r["text"])
    fill(path, {r["coding_id"]: ("recode", "usb_notel", "") if r["coding_id"] == songs
                else ("accept", "", "") for r in rows})
    project.qcode("review", "import", str(path))
    report = list(csv.DictReader(project.qcode("codebook", "report", "--format",
                                               "csv").stdout.splitlines()))
    row = next(x for x in report if x["code"] == "usb_notel" and x["rule"] == "(all rules)")
    # the miss is a near miss: it stands for 1 of the 2 near passages, not for 9 / 4 of the
    # uncoded passages as a random row would (1 coding found, 1 miss estimated: recall 0.50,
    # not 0.31)
    assert row["misses"] == "1" and row["recall"] == "0.50"
    with Store(project.root / "outputs" / "qcode.db") as store:
        weights = sample_weights(store)
    assert sorted(weights.values()) == [1.0, 1.0, 3.5, 3.5]
    assert relative(weights, weights) == {k: w / 2.25 for k, w in weights.items()}


def test_a_random_sample_is_weighed_alike_and_blind_sheets_hide_how(project: Project):
    project.write("t1.txt", TALK)
    project.qcode("run")
    rows = _sheet_rows(export(project, "ana", "--sample-uncoded", "4", "--near-misses", "0"))
    assert {r["sampled"] for r in rows if r["coding_id"].startswith("uncoded:")} == {
        "at random (1 of 2.2)"}
    blind = _sheet_rows(export(project, "bo", "--sample-uncoded", "4", "--blind"))
    assert "sampled" not in blind[0]
    plain = _sheet_rows(export(project, "cy"))  # no sample: no column
    assert "sampled" not in plain[0]
    project.qcode("review", "export", "--sample-uncoded", "4", "--near-misses", "1.5", code=2)


def test_the_gate_counts_each_sampled_passage_for_what_it_stands_for():
    p = np.array([0.9] * 6 + [0.8, 0.7])
    y = np.array([1] * 6 + [0, 0])
    open_ = np.ones(8, dtype=bool)
    alike = gate.choose(p, y, open_)
    assert alike.threshold == 0.8 and alike.precision == (6 + 1) / (7 + 2)
    # the right ones were near misses, drawn whole; the wrong ones were drawn at random and
    # stand for five times as many passages each: at 0.8 the estimate falls to 4 / 7.5
    share = np.array([0.5] * 6 + [2.5, 2.5])
    at = gate.choose(p, y, open_, share)
    assert at.threshold == 0.9 and at.precision == (3 + 1) / (3 + 2)


def test_a_large_pool_is_screened_and_still_stands_for_all_of_it(project: Project, monkeypatch):
    from qcode.review import sampling

    monkeypatch.setattr(sampling, "SCREEN", 1)  # 4 rows asked: 4 of the 9 uncoded screened
    project.write("t1.txt", TALK)
    project.qcode("run")
    rows = _sheet_rows(export(project, "ana", "--sample-uncoded", "4"))
    assert len([r for r in rows if r["coding_id"].startswith("uncoded:")]) == 4
    with Store(project.root / "outputs" / "qcode.db") as store:
        weights = sample_weights(store)
    assert len(weights) == 4 and abs(sum(weights.values()) - 9) < 0.01  # the whole pool
