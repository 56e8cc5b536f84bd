"""Which passage vectors separate a labelled set's codes best? The choice behind embed.py.

Usage: python benchmarks/embedding_options.py [--set tests/data/eval2]

For each option and code: a logistic regression (as suggest.py trains it) scored by
5-fold cross-validation grouped by transcript, as average precision (the area under the
precision-recall curve: what ranking passages for a reviewer needs) and F1 at 0.5.
Options: WordLlama's shipped 256-dimension vectors, the same cut to 64 (its Matryoshka
training makes a prefix a smaller model), and TF-IDF on qcode's lemmas (no weights at all,
learned from the set itself).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qcode.embed import get_embedder  # noqa: E402
from qcode.model import normalize_ws  # noqa: E402
from qcode.nlp import lemma_of  # noqa: E402
from qcode.search import WORD  # noqa: E402


def load(folder: Path) -> tuple[list[str], list[str], list[set[str]]]:
    texts, groups, codes = [], [], []
    for labels in sorted(folder.glob("*/labels.csv")):
        with labels.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                texts.append(normalize_ws(row["segment"]))
                groups.append(row["transcript"])
                codes.append({c.strip() for c in row["codes"].split(";") if c.strip()})
    return texts, groups, codes


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, f1_score
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=ROOT / "tests" / "data" / "eval2")
    args = ap.parse_args()
    texts, groups, codes = load(args.set)
    model = get_embedder()
    t0 = time.perf_counter()
    full = model.vectors(texts)
    took = time.perf_counter() - t0
    short = model.table[:, :64]
    small = type(model)(short, model.tokenizer).vectors(texts)

    def lemmas(text: str) -> list[str]:
        return [lemma_of(m.group()) for m in WORD.finditer(text)]

    options = {
        "wordllama-256": (full, True),
        "wordllama-64": (small, True),
        "tfidf-lemmas": (TfidfVectorizer(analyzer=lemmas, min_df=2).fit_transform(texts), False),
    }
    print(f"{len(texts)} passages, {len(set(groups))} transcripts; wordllama-256 embeds them "
          f"in {took * 1000:.0f} ms")
    all_codes = sorted(set().union(*codes))
    print(f"{'option':<16}" + "".join(f"{c[:22]:>24}" for c in all_codes) + f"{'mean':>8}")
    for name, (x, dense) in options.items():
        cells, aps = [], []
        for code in all_codes:
            y = np.array([code in c for c in codes], dtype=int)
            clf = (make_pipeline(StandardScaler(), LogisticRegression(C=0.2, max_iter=1000))
                   if dense else LogisticRegression(C=4.0, max_iter=1000))
            p = cross_val_predict(clf, x, y, groups=groups, cv=GroupKFold(5),
                                  method="predict_proba")[:, 1]
            ap_ = average_precision_score(y, p)
            aps.append(ap_)
            cells.append(f"AP {ap_:.2f} F1 {f1_score(y, p >= 0.5):.2f}")
        print(f"{name:<16}" + "".join(f"{c:>24}" for c in cells) + f"{np.mean(aps):>8.2f}")


if __name__ == "__main__":
    main()
