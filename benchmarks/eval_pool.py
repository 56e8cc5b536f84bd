"""The codebook scored on every hand-labelled half of the evaluation sets, pooled.

Each `tests/data/*/{tune,heldout}/labels.csv` half is run (`qcode run`) into its own project
folder and scored (`qcode codebook evaluate --labels`); the per-code counts are summed over
the tuning pool (every tune half, and the held-out halves retired into tuning in session
15: eval3, eval4, eval5, eval11) and over the held-out pool (eval, eval2, eval13, eval18,
eval21, eval23, eval26, eval30, eval33), which no rule was tuned on. Issue 20's targets are
read on the held-out pool.

Usage: python benchmarks/eval_pool.py OUT_DIR [--codebook codebooks/default.yaml]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = {"eval-heldout", "eval2-heldout", "eval13-heldout", "eval18-heldout", "eval21-heldout",
            "eval23-heldout", "eval26-heldout", "eval30-heldout", "eval33-heldout"}
ROW = re.compile(r"│ (\S+)\s+│\s+(\d+) │\s+(\d+) │\s+(\d+) │")


def score(half: Path, out: Path, codebook: Path) -> str:
    """The evaluate table of one labelled half, run into out/<set>-<half>/."""
    name = f"{half.parent.name}-{half.name}"
    qcode = [sys.executable, "-m", "qcode"]
    project = out / name
    subprocess.run([*qcode, "run", str(half), "--out", str(project), "--codebook",
                    str(codebook), "--jobs", "1", "-q"], capture_output=True, check=False)
    table = subprocess.run([*qcode, "codebook", "evaluate", str(codebook), "--labels",
                            str(half / "labels.csv"), "--out", str(project)],
                           capture_output=True, text=True, check=False).stdout
    (out / f"{name}.txt").write_text(table, encoding="utf-8")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--codebook", type=Path, default=ROOT / "codebooks" / "default.yaml")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pools: dict[str, defaultdict[str, list[int]]] = {
        "tuning": defaultdict(lambda: [0, 0, 0]), "held out": defaultdict(lambda: [0, 0, 0])}
    for labels in sorted((ROOT / "tests" / "data").glob("*/*/labels.csv")):
        half = labels.parent
        pool = "held out" if f"{half.parent.name}-{half.name}" in HELD_OUT else "tuning"
        for m in ROW.finditer(score(half, args.out.resolve(), args.codebook.resolve())):
            counts = pools[pool][m[1]]
            for i in range(3):
                counts[i] += int(m[i + 2])
    for pool, codes in pools.items():
        f1s = []
        for code, (tp, fp, fn) in sorted(codes.items()):
            p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
            print(f"{pool:9} {code:24} tp {tp:4} fp {fp:3} fn {fn:3}  P {p:.3f} R {r:.3f} "
                  f"F1 {f1s[-1]:.3f}")
        print(f"{pool:9} macro-F1 {sum(f1s) / max(len(f1s), 1):.3f}")


if __name__ == "__main__":
    main()
