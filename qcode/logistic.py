"""L2-regularised logistic regression, fitted by Newton's method.

suggest.py trains a few per code on a few hundred passages of a few hundred features: a
small Newton system a few times over. This gives scikit-learn's LogisticRegression's model
without importing scikit-learn and scipy, whose import alone outweighs the fitting here
(the comparison is in benchmarks/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_STEPS = 50
TOLERANCE = 1e-8


@dataclass
class Logistic:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # one per feature, then the intercept

    def probability(self, x: np.ndarray) -> np.ndarray:
        """P(positive) for each row of x."""
        z = (x - self.mean) / self.scale
        return _sigmoid(z @ self.coef[:-1] + self.coef[-1])


def _sigmoid(t: np.ndarray) -> np.ndarray:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * t)))  # no overflow for large |t|


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray, c: float,
        start: np.ndarray | None = None) -> Logistic:
    """Minimise 0.5 |w|^2 + c * sum(weight * log loss), the intercept unpenalised (as
    scikit-learn's LogisticRegression(C=c) after StandardScaler). `start`: coefficients to
    begin from (a model of most of the same data: cross-validation's folds converge in a
    few steps from the model of all of it)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))]).astype(np.float64)
    penalty = np.ones(z.shape[1])
    penalty[-1] = 0.0
    b = np.zeros(z.shape[1]) if start is None else start.copy()
    for _ in range(MAX_STEPS):
        p = _sigmoid(z @ b)
        grad = c * z.T @ (weights * (p - y)) + penalty * b
        hess = c * (z.T * (weights * p * (1 - p))) @ z + np.diag(penalty + 1e-10)
        step = np.linalg.solve(hess, grad)
        b -= step
        if float(np.abs(step).max()) < TOLERANCE:
            break
    return Logistic(mean, scale, b)
