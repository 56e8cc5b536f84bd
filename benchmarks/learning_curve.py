"""How much do learned suggestions add to the rules as reviewers work? A simulated reviewer.

Usage: python benchmarks/learning_curve.py [--set tests/data/eval2 [--set ...]]
                                           [--steps 0,25,50,100,200] [--near-misses 0.5]
                                           [--score-folder heldout] [--shuffle
                                           --review-share 0.5 --seed 0]

A labelled set is a folder of folders, each with transcripts and a labels.csv (transcript,
segment, codes: top-level code ids separated by ';', empty for none), as in tests/data/eval2
(the default: testimony-like, where the rules miss a third; on tests/data/eval the rules
already score 0.98 macro-F1 and there is nothing left to learn).
Its transcripts are split in two: the transcripts of the `--score-folder` (eval2's heldout/,
which the codebook was never tuned on) are never reviewed and are where everything is
scored; reviewers work through the others. With --shuffle (or without such a folder), a
seeded shuffle instead: the first `--review-share` are reviewed.

For each N: code everything by rules; the reviewer then decides N codings (a seeded random
order, the same for every N) and N uncoded passages of the reviewed transcripts, drawn by the
library as `review export --sample-uncoded N` draws them (--near-misses SHARE of near
misses, the rest at random; 0: all at random, as before session 8), as the labels say: a
coding whose code the passage has is accepted, else recoded to a code the passage has and
no coding gave it, else rejected; an uncoded passage with codes gets them (a miss found in
the sample), one without is accepted as uncoded. Then `qcode suggest`'s
training and suggestions run, and the unreviewed transcripts are scored per code for the
rules alone and for rules + suggestions (a suggestion counts at its default threshold).

Also reported: recall on "no-keyword" passages (labelled with a code but none of that code's
rules fires on the answer's own words: only a question rule or the model can find them),
and the precision of the suggestions themselves.
Writes benchmarks/results/learning-curve-<time>.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from qcode.codebook import Codebook, load_codebook  # noqa: E402
from qcode.config import Config  # noqa: E402
from qcode.evaluate import CodeScore  # noqa: E402
from qcode.match import Engine  # noqa: E402
from qcode.model import Coding, Segment, coding_id, normalize_ws, within  # noqa: E402
from qcode.pipeline import code, ingest  # noqa: E402
from qcode.review import NEAR_MISSES  # noqa: E402
from qcode.review.sampling import record, uncoded_sample  # noqa: E402
from qcode.store import Store  # noqa: E402
from qcode.suggest import suggest  # noqa: E402

CODEBOOK = ROOT / "codebooks" / "default.yaml"
UNCODED = "uncoded:"


@dataclass
class Labelled:
    """The labelled passages: segment id -> (transcript, codes)."""

    codes: dict[str, set[str]] = field(default_factory=dict)
    transcript: dict[str, str] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)
    folder: dict[str, str] = field(default_factory=dict)  # transcript -> its folder's name


def load_labels(store: Store, folders: list[Path]) -> Labelled:
    by_text = {(s["transcript_id"], s["text"]): s["id"] for s in store.paragraphs_of("respondent")}
    out = Labelled()
    for folder in folders:
        with (folder / "labels.csv").open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                key = (row["transcript"].strip(), normalize_ws(row["segment"].strip()))
                sid = by_text.get(key)
                if sid is None:
                    continue  # not a respondent paragraph as stored (reported by evaluate)
                out.codes[sid] = {c.strip() for c in row["codes"].split(";") if c.strip()}
                out.transcript[sid], out.text[sid] = key
                out.folder[key[0]] = folder.name
    return out


def review(store: Store, book: Codebook, labels: Labelled, pool: set[str], n: int,
           args: argparse.Namespace) -> int:
    """Decide n codings and n uncoded passages of the `pool` transcripts as the labels say
    (the uncoded ones drawn as `review export --sample-uncoded N --near-misses SHARE` draws
    them); returns how many decisions were recorded."""
    labels_of = {c.id: c.label for c in book.flat()}
    rng = random.Random(args.seed)
    rows = [r for r in store.codings() if r.segment_id in labels.codes
            and labels.transcript[r.segment_id] in pool]
    rng.shuffle(rows)
    given: dict[str, set[str]] = {}
    for r in store.codings():
        given.setdefault(r.segment_id, set()).add(r.code.split("/")[0])
    decisions = 0
    for r in rows[:n]:
        want = labels.codes[r.segment_id]
        top_code = r.code.split("/")[0]
        if top_code in want:
            store.add_decision(r.id, "sim", "accept")
        else:
            missing = sorted(want - given[r.segment_id])
            if missing:
                store.add_decision(r.id, "sim", "recode", missing[0])
                given[r.segment_id].add(missing[0])
            else:
                store.add_decision(r.id, "sim", "reject")
        decisions += 1
    sample = [p for p in uncoded_sample(store, book, n, args.seed, args.near_misses, pool)
              if p.segment["id"] in labels.codes]
    record(store, sample)
    for picked in sample:
        seg = picked.segment
        sid = seg["id"]
        want = labels.codes[sid]
        if not want:
            store.add_decision(UNCODED + sid, "sim", "accept")
        for c in sorted(want):
            s = Segment(sid, seg["transcript_id"], seg["turn"], seg["speaker"], "respondent",
                        seg["line"], seg["start"], seg["end"], seg["text"])
            cid = coding_id(sid, c)
            store.add_manual_coding(Coding(cid, s, c, labels_of[c], 1.0, ["manual"], [],
                                           origin="manual"))
            store.add_decision(cid, "sim", "accept")
            store.add_decision(UNCODED + sid, "sim", "recode", c)
        decisions += 1
    return decisions


def score(store: Store, labels: Labelled, test: set[str], top: list[str],
          with_model: bool) -> dict[str, CodeScore]:
    got: dict[str, set[str]] = {}
    for r in store.codings():
        if r.status == "rejected" or (r.origin == "model" and not with_model):
            continue
        got.setdefault(r.segment_id, set()).add(r.code)
    scores = {c: CodeScore(c) for c in top}
    for sid, want in labels.codes.items():
        if labels.transcript[sid] not in test:
            continue
        for c in top:
            has = any(within(g, c) for g in got.get(sid, ()))
            if c in want and has:
                scores[c].tp += 1
            elif c in want:
                scores[c].fn += 1
            elif has:
                scores[c].fp += 1
    return scores


def no_keyword(engine: Engine, labels: Labelled, test: set[str]) -> set[tuple[str, str]]:
    """(segment, code) labelled positive where no rule of the code fires on the answer."""
    out = set()
    for sid, want in labels.codes.items():
        if labels.transcript[sid] not in test:
            continue
        fired = {e.code for e in engine.explain(labels.text[sid]) if e.hits}
        out |= {(sid, c) for c in want if not any(within(f, c) for f in fired)}
    return out


def recall_on(store: Store, pairs: set[tuple[str, str]], with_model: bool) -> float:
    got = {(r.segment_id, r.code.split("/")[0]) for r in store.codings()
           if r.status != "rejected" and (with_model or r.origin != "model")}
    return len(pairs & got) / len(pairs) if pairs else 0.0


def model_precision(store: Store, labels: Labelled, test: set[str]) -> tuple[int, int]:
    """(right, suggested) of the model's suggestions on the scored transcripts."""
    rows = [r for r in store.codings() if r.origin == "model" and r.segment_id in labels.codes
            and labels.transcript[r.segment_id] in test]
    right = sum(1 for r in rows if r.code.split("/")[0] in labels.codes[r.segment_id])
    return right, len(rows)


def macro(scores: dict[str, CodeScore]) -> float:
    return sum(s.f1 for s in scores.values()) / len(scores)


def split(labels: Labelled, folders: list[Path],
          args: argparse.Namespace) -> tuple[set[str], set[str]]:
    """(reviewed, scored) transcripts: by folder (every folder but --score-folder is
    reviewed) or, with --shuffle, a seeded shuffle of all of them."""
    transcripts = sorted(set(labels.transcript.values()))
    if not args.shuffle:
        scored = {t for t, f in labels.folder.items() if f == args.score_folder}
        if scored:
            return set(transcripts) - scored, scored
    random.Random(args.seed).shuffle(transcripts)
    cut = round(len(transcripts) * args.review_share)
    return set(transcripts[:cut]), set(transcripts[cut:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, action="append",
                    help="a labelled set; repeat to pool several (their heldout/ folders are "
                    "all scored; default tests/data/eval2)")
    ap.add_argument("--steps", default="0,25,50,100,200")
    ap.add_argument("--review-share", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--score-folder", default="heldout")
    ap.add_argument("--shuffle", action="store_true")
    ap.add_argument("--near-misses", type=float, default=NEAR_MISSES,
                    help="share of near misses in the uncoded sample (0: at random)")
    args = ap.parse_args()
    args.set = args.set or [ROOT / "tests" / "data" / "eval2"]
    folders = sorted(p.parent for one in args.set for p in one.glob("*/labels.csv"))
    book = load_codebook(CODEBOOK)
    top = [c.id for c in book.codes]
    config = Config()
    work = Path(tempfile.mkdtemp(prefix="qcode-curve-"))
    base = work / "base.db"
    with Store(base) as store:
        ingest(folders, store, config)
        code(store, book, config)
        labels = load_labels(store, folders)
    pool, test = split(labels, folders, args)
    hard = no_keyword(Engine(book), labels, test)
    print(f"{len(labels.codes)} labelled passages in {len(pool | test)} transcripts; "
          f"{len(pool)} reviewed, {len(test)} scored; {len(hard)} no-keyword positives "
          f"in the scored ones")
    results = []
    for n in [int(x) for x in args.steps.split(",")]:
        db = work / f"n{n}.db"
        shutil.copy(base, db)
        with Store(db) as store:
            decided = review(store, book, labels, pool, n, args)
            t0 = time.perf_counter()
            rep = suggest(store, book, force=True)
            seconds = time.perf_counter() - t0
            rules, both = score(store, labels, test, top, False), score(store, labels, test,
                                                                       top, True)
            right, made = model_precision(store, labels, test)
            row = {
                "n": n, "decisions": decided, "codes_with_model": sorted(rep.codes),
                "suggest_seconds": round(seconds, 2),
                "macro_f1_rules": round(macro(rules), 3), "macro_f1_with_model": round(macro(both), 3),
                "no_keyword_recall_rules": round(recall_on(store, hard, False), 3),
                "no_keyword_recall_with_model": round(recall_on(store, hard, True), 3),
                "gates": rep.why,
                "suggestions_scored": made,
                "suggestion_precision": round(right / made, 3) if made else None,
                "per_code": {c: {"rules": [round(rules[c].precision, 2), round(rules[c].recall, 2),
                                           round(rules[c].f1, 2)],
                                 "with_model": [round(both[c].precision, 2),
                                                round(both[c].recall, 2), round(both[c].f1, 2)]}
                             for c in top},
            }
        results.append(row)
        print(f"N={n:>3} ({decided} decisions): macro-F1 rules {row['macro_f1_rules']:.3f} -> "
              f"+model {row['macro_f1_with_model']:.3f}; no-keyword recall "
              f"{row['no_keyword_recall_rules']:.2f} -> {row['no_keyword_recall_with_model']:.2f}; "
              f"suggestions {made} precision {row['suggestion_precision']}; "
              f"models for {', '.join(row['codes_with_model']) or 'none'}")
        for c, why in rep.why.items():
            print(f"    gate {c:<34} {why}")
        for c in top:
            pc = row["per_code"][c]
            print(f"    {c:<24} P/R/F1 rules {pc['rules']}  +model {pc['with_model']}")
    shutil.rmtree(work)
    out = HERE / "results" / f"learning-curve-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"set": ", ".join(map(str, args.set)), "seed": args.seed,
                               "near_misses": args.near_misses,
                               "review_share": args.review_share, "steps": results}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
