"""Should a code's model suggest anything, and from what probability? Decided per code by
cross-validation on its own evidence, so that a suggestion is right often enough to be worth
a reviewer's time and never makes the codings worse.

The model is trained on all of a code's evidence, but it suggests only passages that no rule
coded with the code. So its precision is estimated on the evidence passages of that kind
("open" ones: a miss found in the uncoded sample, a passage recoded to the code, a sampled
passage left uncoded, a passage accepted under another code, an earlier suggestion a
reviewer decided), from probabilities the model gave them when it was trained without them
(FOLDS-fold cross-validation, grouped by transcript). A code suggests at the lowest
probability t >= FLOOR at which, among the open passages with out-of-fold probability >= t,
(right + 1) / (suggested + 2) >= PRECISION and right >= MIN_RIGHT. The +1/+2 shrinks a
small count towards one half: six right out of six is 0.88, six out of eight 0.70.
A code with no such t suggests nothing, and the report says why.

In that estimate an uncoded-sample passage counts for the passages it stands for (its
`share`: review/sampling.py), so that a sample rich in near misses does not make the model
look more precise than it is on all the uncoded passages; a random sample counts alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from qcode.plural import counted

FOLDS = 5
FLOOR = 0.5  # no threshold below this probability
PRECISION = 0.75  # the estimated precision a code's suggestions must reach
MIN_RIGHT = 6  # open passages found rightly in cross-validation (why not 4: benchmarks/README.md)

Fit = Callable[[np.ndarray, np.ndarray, np.ndarray], Callable[[np.ndarray], np.ndarray]]


@dataclass
class Gate:
    """A code's verdict: suggest from `threshold` (None: suggest nothing) and why."""

    threshold: float | None
    right: int  # open passages found rightly in cross-validation at the threshold
    suggested: int  # open passages the model would have suggested there
    open_positives: int  # open passages that have the code (what there was to find)
    precision: float = 0.5  # the shrunk estimate the rule uses: (right + 1) / (suggested + 2),
    # each passage counted for its share

    def reason(self) -> str:
        if self.threshold is not None:
            return (f"suggests from {self.threshold:.2f}: cross-validated {self.right} of "
                    f"{self.suggested} right (estimated precision {self.precision:.2f})")
        if self.open_positives < MIN_RIGHT:
            return (f"{counted(self.open_positives, 'reviewed passage')} the rules missed; needs "
                    f"{MIN_RIGHT} (recode misses in the uncoded sample: --sample-uncoded)")
        if not self.suggested:
            return (f"in cross-validation the model gave no passage the rules missed a "
                    f"probability of {FLOOR} or more")
        if self.precision >= PRECISION:
            return (f"in cross-validation only {self.right} of {self.suggested} right at best "
                    f"(needs {MIN_RIGHT} right)")
        return (f"cross-validated precision too low: {self.right} of {self.suggested} right at "
                f"best (estimated {self.precision:.2f} < {PRECISION})")


def folds(groups: list[str], k: int = FOLDS) -> np.ndarray:
    """A fold number per item: whole groups (transcripts) go to one fold, in a fixed order,
    so a passage is never judged by a model that saw its neighbours."""
    names = sorted(set(groups))
    of = {g: i % k for i, g in enumerate(names)}
    return np.array([of[g] for g in groups], dtype=np.int64)


def out_of_fold(x: np.ndarray, y: np.ndarray, w: np.ndarray, fold: np.ndarray,
                fit: Fit) -> np.ndarray:
    """Each item's probability from a model trained on the other folds (nan where a fold's
    training part lacks one of the classes)."""
    p = np.full(len(y), np.nan)
    for f in np.unique(fold):
        test = fold == f
        train = ~test
        if y[train].min() == y[train].max():
            continue
        p[test] = fit(x[train], y[train], w[train])(x[test])
    return p


def choose(p: np.ndarray, y: np.ndarray, open_: np.ndarray,
           share: np.ndarray | None = None) -> Gate:
    """The lowest threshold on the open items that passes the rule (module docstring);
    `share`: what each item counts for in the precision estimate (default 1)."""
    keep = open_ & ~np.isnan(p)
    w = np.ones(len(p)) if share is None else share
    p, y, w = p[keep], y[keep].astype(bool), w[keep]
    positives = int(y.sum())
    order = np.argsort(-p, kind="stable")
    right = np.cumsum(y[order])
    right_w, suggested_w = np.cumsum((w * y)[order]), np.cumsum(w[order])
    best, tried = Gate(None, 0, 0, positives), Gate(None, 0, 0, positives)
    for i in range(len(order)):
        t = float(p[order[i]])
        if t < FLOOR:
            break
        if i + 1 < len(order) and p[order[i + 1]] == t:
            continue  # ties: a threshold takes all passages at its probability
        gate = Gate(t, int(right[i]), i + 1, positives,
                    float((right_w[i] + 1) / (suggested_w[i] + 2)))
        if gate.right >= MIN_RIGHT and gate.precision >= PRECISION:
            best = gate
        elif not tried.suggested or gate.precision > tried.precision:
            tried = Gate(None, gate.right, gate.suggested, positives, gate.precision)  # best failed
    return best if best.threshold is not None else tried
