"""What learned suggestions cost on the benchmark corpus, as a share of the rule pass.

Usage: python benchmarks/learn_cost.py [--words 2000000] [--density 0.45] [--jobs N]

Generates the corpus (make_corpus.py), then, each step in a fresh process so that its peak
memory is its own: (1) ingest and code it by rules (`run`'s first step: the rule pass);
(2) a reviewer's 200 decisions per code plus 200 sampled passages left uncoded, recorded in
the store (not timed); (3) `qcode suggest`'s work: embed the passages it needs, train a
model per code, suggest; (4) the same again with nothing changed (vectors cached: train and
suggest only); (5) the unchanged check `run` makes before suggesting; (6) vectors for every
passage still without one: what `suggest` adds once some code's gate opens (gate.py; this
benchmark's reviewer finds no misses, so (3) embeds only the evidence). Prints seconds and
peak RSS of each, and the ratio of (3) to (1). Writes benchmarks/results/learn-cost-*.json.
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
        elif name == "vectors_for_all":
            from qcode.embed import segment_vectors

            t0 = time.perf_counter()
            embedded = segment_vectors(store).embedded
        else:
            from qcode import suggest

            t0 = time.perf_counter()
            report = suggest.suggest(store, book, force=name != "unchanged")
    out = {"seconds": round(time.perf_counter() - t0, 2),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if name in ("suggest", "suggest_cached", "unchanged"):
        out |= {"embedded": report.embedded, "suggested": report.suggested}
    if name == "vectors_for_all":
        out |= {"embedded": embedded}
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
        for name in ("rules", "review", "suggest", "suggest_cached", "unchanged",
                     "vectors_for_all"):
            result[name] = run_step(name, db, corpus, args.jobs)
            print(f"{name:<15} {result[name]}", flush=True)
        rules = result["rules"]["seconds"]  # type: ignore[index]
        result["suggest_share_of_rules"] = round(result["suggest"]["seconds"] / rules, 3)  # type: ignore[index]
        result["with_all_vectors_share_of_rules"] = round(  # what an open gate costs
            (result["suggest"]["seconds"] + result["vectors_for_all"]["seconds"]) / rules, 3)  # type: ignore[index]
        result["load_average_after"] = os.getloadavg()[0]
    print(f"suggest (embed + train + suggest) / rule pass: {result['suggest_share_of_rules']}; "
          f"with every passage embedded (a gate open): "
          f"{result['with_all_vectors_share_of_rules']}")
    out = HERE / "results" / f"learn-cost-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
