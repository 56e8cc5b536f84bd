"""Session 20's faster prefilter and reason frames find what they found before: phrases
filed under their rarest word (prefilter.py) fire exactly where every word of a phrase is
present, and a motive's markers are sought in its own sentence (hits._by_sentence) with
the same marker and leaving word chosen as when every marker of the Doc was walked."""

from __future__ import annotations

import random
from pathlib import Path

from qcode.codebook import parse_codebook
from qcode.match import Engine
from qcode.prefilter import Prefilter

WORDS = ["can", "nt", "live", "survive", "no", "future", "they", "want", "go", "food", "d"]


def _brute(groups: list[list[list[str]]], present: set[str]) -> bool:
    """The rule's test read off its definition: each group has a phrase all present."""
    return all(any(all(w in present for w in phrase) for phrase in group) for group in groups)


def test_filed_phrases_fire_exactly_where_a_phrase_is_whole() -> None:
    rng = random.Random(20)
    rules = {
        "could-not-live": [[["can", "nt", "live"], ["can", "nt", "survive"], ["no", "future"],
                            ["nt", "d", "survive"]]],
        "want-go": [[["they", "want"], ["go"]], [["food"], ["no", "food"], ["can", "go"]]],
        "common-words": [[["can", "nt"], ["nt", "d"], ["they", "d"], ["no", "d", "want"]],
                         [["live"], ["future", "they"]]],
    }
    pf: Prefilter[str] = Prefilter(lambda chunks: [[c] for c in chunks])
    number = {w: pf.word({w}) for w in WORDS}
    for tag, groups in rules.items():
        pf.require(tag, *[[[number[w] for w in phrase] for phrase in g] for g in groups])
    for _ in range(3000):
        present = {w for w in WORDS if rng.random() < 0.35}
        text = " ".join([*rng.sample(sorted(present), len(present)), "filler"])
        expected = {tag for tag, groups in rules.items() if _brute(groups, present)}
        assert pf.word_rules(text) == expected, present


BOOK = """
name: t
codes:
  - id: r
    label: Reasons
    rules:
      - {id: hunger, reason: {why: [food, shoes]}, weight: 0.7}
  - id: other
    label: Other
    rules:
      - {id: market, terms: [market], weight: 0.2}
"""


def _frames(text: str) -> list[tuple[str, str, str]]:
    ex = next(e for e in Engine(parse_codebook(BOOK, Path("t.yaml"))).explain(text) if e.code == "r")
    return [(h.frame, h.text, text[:h.start].split(".")[-1].strip()[:12]) for h in ex.hits]


def test_a_motive_is_linked_by_the_markers_of_its_own_sentence() -> None:
    # `to` before the motive in an earlier sentence, and a second `to` in the motive's own:
    # only the latter links (purpose), with the leaving word of that sentence
    text = "We went to the market to sell shoes. Later we fled to China to find food."
    hits = _frames(text)
    assert ("purpose", "food", "Later we fle") in hits
    assert all(h[1] != "shoes" for h in hits)  # no leaving word in its sentence
    # a cause marker in another sentence links nothing; in the motive's own it does
    assert not [h for h in _frames("It was because of the war. We left, there was no food.")
                if h[1] == "food"]
    assert ("because", "food", "We left beca") in _frames(
        "We waited. We left because there was no food.")
    # `so` after the motive, the leaving after the marker in that sentence
    assert ("so", "food", "There was no") in _frames(
        "There was no food, so we fled. Later it was so cold.")
