"""The eval33 set (tests/data/eval33/, written blind to the codebook, session 63): both
halves present and labelled, every theme covered with at least 35 positives in all, close
to half the paragraphs uncoded, and every label row found when its file is read: in each
file every labelled paragraph is read as exactly one respondent paragraph of the labelled
speaker, and every respondent paragraph read is labelled (eval4's comparison,
tests/test_eval4_reading.py). Nothing was misread when the set was first run; a file that
comes to be misread goes into MISREAD as a strict expected failure, with its reason in
tests/data/eval33/README.md."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.test_eval4_reading import labels, misread
from tests.test_eval18_labels import HALVES, THEMES, label_counts

EVAL33 = Path(__file__).parent / "data" / "eval33"
FILES = sorted(p for half in HALVES for p in (EVAL33 / half).iterdir() if p.name != "labels.csv")

# file stem -> what qcode misreads there (details: tests/data/eval33/README.md)
MISREAD: dict[str, str] = {
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_eval33_file_is_read_as_labelled(path: Path, request: pytest.FixtureRequest) -> None:
    if path.stem in MISREAD:
        request.applymarker(pytest.mark.xfail(reason=MISREAD[path.stem], strict=True))
    assert labels(path), "no labels for this file"
    assert misread(path) == []


def test_eval33_labels_cover_both_halves_and_every_theme() -> None:
    counts = label_counts(EVAL33)
    assert counts["paragraphs"] >= 250
    assert all(counts[t] >= 35 for t in THEMES), counts
    assert counts["uncoded"] >= counts["paragraphs"] * 2 // 5  # 140 of 314


def test_eval33_label_segments_are_verbatim_in_their_files() -> None:
    for half in HALVES:
        texts = {p.stem: p.read_text(encoding="utf-8") for p in (EVAL33 / half).iterdir()
                 if p.name != "labels.csv"}
        with (EVAL33 / half / "labels.csv").open(encoding="utf-8") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                assert row["segment"] in texts[row["transcript"]], f"{half}/labels.csv:{line}"
