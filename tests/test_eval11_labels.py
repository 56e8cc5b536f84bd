"""The eval11 coding set (tests/data/eval11/, written blind to the codebook) as a label
check: both halves are present, every theme is covered in each, and in each file every
labelled paragraph is read as exactly one respondent paragraph of the labelled speaker and
every respondent paragraph read is labelled, so `qcode codebook evaluate --labels` finds
every label row. The comparison itself is eval4's (tests/test_eval4_reading.py)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from tests.test_eval4_reading import labels, misread

EVAL11 = Path(__file__).parent / "data" / "eval11"
HALVES = ("tune", "heldout")
FILES = sorted(p for half in HALVES for p in (EVAL11 / half).iterdir()
               if p.name != "labels.csv")
THEMES = {"bribery", "usb_notel", "reasons_for_leaving", "human_rights_awareness"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_eval11_file_is_read_as_labelled(path: Path) -> None:
    assert labels(path), "no labels for this file"
    assert misread(path) == []


@pytest.mark.parametrize("half", HALVES)
def test_eval11_half_covers_every_theme(half: str) -> None:
    with (EVAL11 / half / "labels.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["transcript"] for r in rows} == {p.stem for p in (EVAL11 / half).iterdir()
                                               if p.name != "labels.csv"}
    assert len({p.stem for p in (EVAL11 / half).iterdir() if p.name != "labels.csv"}) == 10
    assert {c for r in rows for c in r["codes"].split(";") if c} == THEMES


def test_eval11_set_size() -> None:
    counts: Counter[str] = Counter()
    for half in HALVES:
        with (EVAL11 / half / "labels.csv").open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        counts.update(c for r in rows for c in r["codes"].split(";") if c)
        counts["paragraphs"] += len(rows)
        counts["uncoded"] += sum(not r["codes"] for r in rows)
    assert counts["paragraphs"] >= 220
    assert all(counts[t] >= 25 for t in THEMES), counts
    assert counts["uncoded"] >= counts["paragraphs"] // 3  # the set is not all positives
