"""What learned suggestions cost on the benchmark corpus, as a share of the rule pass.

Usage: python benchmarks/learn_cost.py [--words 2000000] [--density 0.45] [--jobs N]

Generates the corpus (make_corpus.py), then, each step in a fresh process so that its peak
memory is its own: (1) ingest and code it by rules (`run`'s first step: the rule pass);
(2) a reviewer's 200 decisions per code plus 200 sampled passages left uncoded, recorded in
the store (not timed); (3) `qcode suggest` as it is: this reviewer finds no misses, so
no gate can open (gate.py) and nothing is trained or embedded; (4) the unchanged check `run`
makes before suggesting; (5) the most a suggest run costs: every code trained and
cross-validated and every gate forced open at 0.5, so every passage is embedded and
scored and thousands of suggestions saved; (6) the same again with vectors cached. Prints seconds and
peak RSS of each, and the ratios of (3) and (5) to (1). Writes benchmarks/results/learn-cost-*.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

CODEBOOK = ROOT / "codebooks" / "default.yaml"


def step(name: str, db: Path, corpus: Path, jobs: int | None) -> dict[str, float]:
    """One measured step, in this (fresh) process."""
    from qcode.codebook import load_codebook
    from qcode.config import Config
    from qcode.store import Store

    book = load_codebook(CODEBOOK)
    with Store(db) as store:
        if name == "rules":
            from qcode.pipeline import ingest_and_code

            t0 = time.perf_counter()
            ingest_and_code([corpus], store, book, Config(), jobs=jobs)
        elif name == "review":
            t0 = time.perf_counter()
            _review(store)
        else:
            from qcode import gate, suggest

            if name.startswith("open"):  # every code trained, every gate open at 0.5
                gate.MIN_RIGHT = 0
                gate.choose = lambda p, y, open_, share: gate.Gate(0.5, 0, 0, 0)  # type: ignore[assignment]
            t0 = time.perf_counter()
            report = suggest.suggest(store, book, force=name != "unchanged")
    out = {"seconds": round(time.perf_counter() - t0, 2),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if name not in ("rules", "review"):
        out |= {"embedded": report.embedded, "suggested": report.suggested}
    return out


def _review(store: object) -> None:
    """200 decisions per code (accept, every fifth rejected) and 200 uncoded passages left
    uncoded: enough evidence for every code."""
    from qcode.store import Store

    assert isinstance(store, Store)
    rng = random.Random(1)
    by_code: dict[str, list[str]] = {}
    for r in store.codings():
        by_code.setdefault(r.code, []).append(r.id)
    with store.transaction():
        for ids in by_code.values():
            for i, cid in enumerate(rng.sample(ids, min(200, len(ids)))):
                store.add_decision(cid, "sim", "reject" if i % 5 == 0 else "accept")
        coded = {r.segment_id for r in store.codings()}
        pool = [s["id"] for s in store.paragraphs_of("respondent") if s["id"] not in coded]
        for sid in rng.sample(pool, min(200, len(pool))):
            store.add_decision("uncoded:" + sid, "sim", "accept")


def run_step(name: str, db: Path, corpus: Path, jobs: int | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--step", name, "--db", str(db), "--corpus", str(corpus)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=2_000_000)
    ap.add_argument("--density", type=float, default=0.45)
    ap.add_argument("--jobs", type=int)
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        print(json.dumps(step(args.step, args.db, args.corpus, args.jobs)))
        return
    from make_corpus import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus", Path(tmp) / "qcode.db"
        make_corpus(corpus, args.words, density=args.density)
        result: dict[str, object] = {"words": args.words, "density": args.density,
                                     "load_average_before": os.getloadavg()[0]}
        for name in ("rules", "review", "suggest", "unchanged", "open", "open_cached"):
            result[name] = run_step(name, db, corpus, args.jobs)
            print(f"{name:<15} {result[name]}", flush=True)
        rules = result["rules"]["seconds"]  # type: ignore[index]
        result["suggest_share_of_rules"] = round(result["suggest"]["seconds"] / rules, 3)  # type: ignore[index]
        result["open_share_of_rules"] = round(result["open"]["seconds"] / rules, 3)  # type: ignore[index]
        result["load_average_after"] = os.getloadavg()[0]
    print(f"suggest / rule pass: {result['suggest_share_of_rules']}; with every gate open: "
          f"{result['open_share_of_rules']}")
    out = HERE / "results" / f"learn-cost-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
