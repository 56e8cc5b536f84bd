"""Which uncoded passages a review sheet asks about: a stratified sample, so that a reviewer
finds the rules' misses sooner and recall can still be estimated honestly.

The uncoded respondent passages fall in two strata: "near misses", where some code has
evidence (rules that fire, after vetoes and reason frames) below its min_confidence, and
the rest. Misses gather among the near ones: 6 of eval3 tune's 14 near misses have a theme,
2 of its other 82 uncoded passages do (16 of 44 against 22 of 261 over eval2 and eval3).
Passages where a rule fired but was vetoed (9 of 44), or a motive no frame tied to leaving
(28 of 189), have themes less often (benchmarks/README.md): they are not near misses.
A share `likely` of the N rows is drawn at random among the near misses, the rest at random
among the others (more of one when the other runs out); `likely` 0 is a plain random
sample.

Finding near misses runs the rules' matchers over each passage (~6 ms a paragraph on the
dense benchmark corpus), so a large project is screened, not read whole: at most SCREEN
passages per row asked for, drawn at random, are sorted into the two strata, and each
stands for pool / screened passages (two-phase sampling: the weights stay unbiased).

Each row carries its weight, the passages of its stratum it stands for (stratum size / rows
drawn from it, times pool / screened). The store keeps the weights (WEIGHTS_KEY), so that the recall estimate
(report.py) and the gate's precision estimate (evidence.py, gate.py) count each sampled
passage for what it stands for: oversampling near misses finds more misses without
inflating either figure. A random sample weighs every row alike, as before.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from qcode.codebook import Codebook
from qcode.review import NEAR_MISSES
from qcode.store import Store

SCREEN = 20  # uncoded passages sorted into near misses and the rest, per row asked for
WEIGHTS_KEY = "sample weights"  # in the store's project table: segment id -> weight


@dataclass
class Sampled:
    """An uncoded passage on a sheet, how it was chosen and what it stands for."""

    segment: Any  # the stored paragraph (store.paragraphs_of)
    near: tuple[str, ...]  # the codes with evidence on it; () when drawn from the rest
    weight: float

    @property
    def how(self) -> str:
        """What the sheet's `sampled` column says."""
        if self.near:
            return (f"near miss: some evidence of {', '.join(self.near)} "
                    f"(1 of {self.weight:.1f})")
        return f"at random (1 of {self.weight:.1f})"


def uncoded_sample(store: Store, book: Codebook, n: int, seed: int,
                   likely: float = NEAR_MISSES,
                   transcripts: set[str] | None = None) -> list[Sampled]:
    """n uncoded respondent passages (of `transcripts` only, if given; fewer if there are
    not so many), seeded, in transcript order: a share `likely` of near misses, the rest at
    random."""
    if n <= 0:
        return []
    coded = {r.segment_id for r in store.codings()}
    pool = [s for s in store.paragraphs_of("respondent") if s["id"] not in coded
            and (transcripts is None or s["transcript_id"] in transcripts)]
    rng = random.Random(seed)
    screened = pool
    if likely > 0 and len(pool) > SCREEN * n:
        screened = rng.sample(pool, SCREEN * n)
    scale = len(pool) / len(screened) if screened else 1.0
    codes = (_near_misses(book, [s["text"] for s in screened]) if likely > 0
             else [set()] * len(screened))
    near = [(s, tuple(sorted(c))) for s, c in zip(screened, codes, strict=True) if c]
    rest = [(s, ()) for s, c in zip(screened, codes, strict=True) if not c]
    take_near = min(len(near), max(round(n * likely), n - len(rest)))
    take_rest = min(len(rest), n - take_near)
    picked = [Sampled(s, c, scale * len(near) / take_near)
              for s, c in rng.sample(near, take_near)]
    picked += [Sampled(s, c, scale * len(rest) / take_rest)
               for s, c in rng.sample(rest, take_rest)]
    return sorted(picked, key=lambda p: (p.segment["transcript_id"], p.segment["seq"]))


def _near_misses(book: Codebook, texts: list[str]) -> list[set[str]]:
    from qcode.match import Engine

    return Engine(book).near_misses(texts)


def record(store: Store, sampled: Iterable[Sampled]) -> None:
    """Keep each sampled passage's weight (the newest sample's, when a passage is drawn
    again)."""
    weights = sample_weights(store)
    weights.update({p.segment["id"]: round(p.weight, 4) for p in sampled})
    store.put(WEIGHTS_KEY, json.dumps(weights, sort_keys=True))


def sample_weights(store: Store) -> dict[str, float]:
    """segment id -> the passages of its stratum a sampled passage stood for. Passages
    sampled before weights were kept are missing: they were drawn at random, weight alike."""
    return {k: float(v) for k, v in json.loads(store.get(WEIGHTS_KEY, "{}")).items()}


def relative(weights: dict[str, float], ids: Iterable[str]) -> dict[str, float]:
    """The weights of the sampled passages among `ids`, scaled to average 1 over them (a
    passage sampled before weights were kept counts at that average)."""
    ids = list(ids)
    if not ids:
        return {}
    known = [weights[i] for i in ids if i in weights]
    mean = sum(known) / len(known) if known else 1.0
    return {i: weights.get(i, mean) / mean for i in ids}
