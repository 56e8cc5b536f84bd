"""qcode throughput and memory, measured against spaCy's own tokenizer in the same run.

Usage: python benchmarks/bench.py [--words 1000000] [--corpora dense,sparse] [--jobs N]
                                  [--vary 0.3]   (or `make bench`)

Without --jobs, qcode chooses as `qcode run` does.

Each corpus (make_corpus.py: `dense`, 0.45 of answers on a theme as in real testimony, and
`sparse`, the 0.08 of the first benchmarks) is measured on its own. Prints and writes
benchmarks/results/<time>.json: tokenizer-only words/s; qcode ingest+code words/s and its
ratio to the tokenizer, the time writing `run`'s outputs takes after it and its share; a
full `qcode run` (outputs included) and its ratio; a naive regex keyword scan; peak RSS of
a full `qcode run` (and, on Linux, the peak PSS summed over it and its --jobs workers), of
`review export`, `review import` and `digest`; the time of re-runs with nothing changed
(median of three), one transcript changed, and one code's rules changed; and the share of
respondent paragraphs the prefilter sends to spaCy.

Two tokenizer baselines, because they can differ twenty-fold. spaCy's tokenizer caches
each whitespace-separated chunk it has tokenized, but stops adding to the cache for the rest
of a Doc once a tokenizer special case has matched in it (the `id:` line of the front matter
is one: `id` -> `i` `d`), so on whole transcript files it tokenizes nearly every chunk from
scratch; on the respondent paragraphs qcode actually tokenizes, it caches as usual.
`ratio_to_tokenizer_paragraphs` is the like-for-like one. Both depend on the corpus's
vocabulary: see make_corpus.py for why its sentences are varied (`--vary 0`: bare templates).
spaCy's tokenizer caches at most 10,000 chunks; qcode raises that for its own pipeline
(nlp.TOKENIZER_CACHE), so the paragraph baseline is also measured with that setting.
qcode's ingest+code runs in a fresh process (see measure_ingest_code), each baseline on a
fresh spacy.blank("en"): none starts with the corpus's words already learned.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from make_corpus import DENSITY, SPARSE, make_corpus  # noqa: E402

from qcode.codebook import load_codebook  # noqa: E402
from qcode.config import Config  # noqa: E402
from qcode.ingest import parse_file  # noqa: E402
from qcode.match import Engine  # noqa: E402
from qcode.nlp import TOKENIZER_CACHE  # noqa: E402
from qcode.outputs import write_outputs  # noqa: E402
from qcode.pipeline import ingest_and_code  # noqa: E402
from qcode.store import Store  # noqa: E402
from qcode.workers import count as workers  # noqa: E402

CODEBOOK = ROOT / "codebooks" / "default.yaml"
CORPORA = {"dense": DENSITY, "sparse": SPARSE}
LAST_CPU = [0.0]


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (--jobs workers): on a
    shared machine, far steadier than the time on the clock."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_command(corpus: Path, out: Path, codebook: Path, jobs: int | None) -> list[str]:
    return [sys.executable, "-m", "qcode", "run", str(corpus), "--out", str(out),
            "--codebook", str(codebook), "--quiet", *(["--jobs", str(jobs)] if jobs else [])]


def qcode_run(corpus: Path, out: Path, codebook: Path, jobs: int | None) -> tuple[float, str]:
    seconds, stdout, _ = child(run_command(corpus, out, codebook, jobs))
    return seconds, stdout


def child(cmd: list[str]) -> tuple[float, str, float]:
    """Run a command; its seconds, its output and its own peak RSS in MB (wait4 gives the
    child's alone, where RUSAGE_CHILDREN is the largest of every child so far). Its CPU
    seconds (with its workers') are left in LAST_CPU."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as stdout:
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        LAST_CPU[0] = usage.ru_utime + usage.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
        stderr = proc.stderr.read() if proc.stderr else ""
        if proc.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {stderr}")
        stdout.seek(0)
        return seconds, stdout.read(), round(usage.ru_maxrss / 1024, 1)


def qcode(*args: str) -> list[str]:
    return [sys.executable, "-m", "qcode", *args]


def peak_memory_of_tree(corpus: Path, out: Path, codebook: Path, jobs: int | None) -> float:
    """Peak PSS (MB) summed over a full `qcode run` and its worker processes, sampled from
    /proc every 20 ms (Linux). getrusage gives the largest single process instead, which
    undercounts --jobs N; PSS splits pages the workers share with their parent."""
    cmd = run_command(corpus, out, codebook, jobs)
    peak = 0.0
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, cwd=ROOT) as proc:
        while proc.poll() is None:
            peak = max(peak, sum(map(_pss_mb, _process_tree(proc.pid))))
            time.sleep(0.02)
    return round(peak, 1)


def _process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def _pss_mb(pid: int) -> float:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0
    return sum(int(line.split()[1]) for line in rollup.splitlines()
               if line.startswith("Pss:")) / 1024


def summary_value(stdout: str, name: str) -> str:
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if len(cells) == 2 and cells[0] == name:
            return cells[1]
    return "?"


def measure_ingest_code(corpus: Path, jobs: int | None) -> dict[str, float]:
    """Seconds to ingest and code the corpus into a new store, then to write `run`'s outputs
    from it. Run in a process of its own (`--measure`): in this one, spaCy's tokenizer cache
    and vocabulary would already hold the corpus's words (the prefilter's share is measured
    here), and learning them is part of coding. Modules (spaCy too) are imported before the
    clock starts, as for the baselines."""
    book = load_codebook(CODEBOOK)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "qcode.db") as store:
        cpu = cpu_seconds()
        seconds, (_, report) = timed(lambda: ingest_and_code([corpus], store, book, Config(),
                                                             jobs=jobs))
        cpu, outputs_cpu = cpu_seconds() - cpu, cpu_seconds()
        outputs_s, _ = timed(lambda: write_outputs(store, book, Config(), Path(tmp)))
        outputs_cpu = cpu_seconds() - outputs_cpu
    return {"seconds": seconds, "codings": report.codings, "outputs_seconds": outputs_s,
            "cpu": cpu, "outputs_cpu": outputs_cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--corpora", default="dense,sparse",
                        help="which corpora, comma-separated: " + ", ".join(CORPORA))
    parser.add_argument("--jobs", type=int, help="worker processes (default: qcode's)")
    parser.add_argument("--vary", type=float, default=0.3,
                        help="make_corpus.py's share of filler words varied (0: bare templates)")
    parser.add_argument("--no-pss", action="store_true",
                        help="skip the second full run that samples PSS over all processes")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # see measure_ingest_code
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_ingest_code(args.measure, args.jobs)))
        return
    names = [c.strip() for c in args.corpora.split(",") if c.strip()]
    if unknown := [c for c in names if c not in CORPORA]:
        parser.error(f"unknown corpus {', '.join(unknown)}; use {', '.join(CORPORA)}")
    results = {"words": args.words, "vary": args.vary, "cores": os.cpu_count(),
               "load_average_before": os.getloadavg()[0]}
    for name in names:
        r = bench(CORPORA[name], args.words, args.jobs, args.vary, not args.no_pss)
        width = max(map(len, r))
        print(f"-- {name} corpus (density {CORPORA[name]})")
        for k, v in r.items():
            print(f"{k:<{width}}  {v}")
        results[name] = r
    results["load_average_after"] = os.getloadavg()[0]
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    path = out / time.strftime("%Y%m%d-%H%M%S.json")
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"load average {results['load_average_before']:.2f} before, "
          f"{results['load_average_after']:.2f} after; wrote {path}")


def past_prefilter(engine: Engine, paths: list[Path]) -> float:
    """The share of respondent paragraphs coding sends to spaCy (Engine._evidence): those
    of answers whose question fired a rule, and those the prefilter passes."""
    sent = total = 0
    for path in paths:
        t = parse_file(path, Config())
        asked = {ti for ti, (_, qhits) in engine.questions(t).items() if qhits}
        for ti, turn in enumerate(t.turns):
            if turn.role == "respondent":
                total += len(turn.paragraphs)
                sent += sum(ti in asked or engine.might_code(p.text, asked=False)
                            for p in turn.paragraphs)
    return round(sent / max(total, 1), 3)


def bench(density: float, n_words: int, jobs: int | None, vary: float,
          pss: bool) -> dict[str, object]:
    """Every figure of one corpus (see the module docstring)."""
    work = Path(tempfile.mkdtemp(prefix="qcode-bench-"))
    try:
        corpus = work / "corpus"
        paths = make_corpus(corpus, n_words, vary=vary, density=density)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        words = sum(len(t.split()) for t in texts)
        r: dict[str, object] = {"words": words, "transcripts": len(paths), "density": density,
                                "distinct_chunks": len({c for t in texts for c in t.split()}),
                                "jobs": workers(jobs, len(paths))}

        tok_cpu = cpu_seconds()
        tok_s, _ = timed(lambda: sum(len(d) for d in spacy.blank("en").tokenizer.pipe(texts)))
        tok_cpu = cpu_seconds() - tok_cpu
        tok_rate = words / tok_s
        r["tokenizer_whole_files_words_per_s"] = round(tok_rate)
        paragraphs = [p.text for path in paths for turn in parse_file(path, Config()).turns
                      if turn.role == "respondent" for p in turn.paragraphs]
        para_words = sum(len(p.split()) for p in paragraphs)
        para_s, _ = timed(lambda: sum(len(d) for d in
                                      spacy.blank("en").tokenizer.pipe(paragraphs)))
        r["tokenizer_paragraphs_words_per_s"] = round(para_words / para_s)
        big = spacy.blank("en")  # with the chunk cache qcode gives its own tokenizer
        big.tokenizer.max_cache_size = TOKENIZER_CACHE  # type: ignore[union-attr]
        big_s, _ = timed(lambda: sum(len(d) for d in big.tokenizer.pipe(paragraphs)))
        r["tokenizer_paragraphs_qcode_cache_words_per_s"] = round(para_words / big_s)

        book = load_codebook(CODEBOOK)
        engine = Engine(book)
        r["paragraphs_past_prefilter"] = past_prefilter(engine, paths)
        terms = sorted({t for c in book.flat() for rule in c.rules for t in (rule.terms or [])})
        rx = re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\b", re.IGNORECASE)
        scan_s, _ = timed(lambda: sum(1 for t in texts for _ in rx.finditer(t)))
        r["regex_scan_words_per_s"] = round(words / scan_s)

        measured = json.loads(subprocess.run(
            [sys.executable, __file__, "--measure", str(corpus),
             *(["--jobs", str(jobs)] if jobs else [])],
            capture_output=True, text=True, check=True).stdout)
        qcode_rate = words / measured["seconds"]
        r["qcode_ingest_code_words_per_s"] = round(qcode_rate)
        r["qcode_ingest_code_s"] = round(measured["seconds"], 2)
        r["ratio_to_tokenizer_whole_files"] = round(qcode_rate / tok_rate, 3)
        r["ratio_to_tokenizer_paragraphs"] = round(qcode_rate / (para_words / para_s), 3)
        r["ratio_to_tokenizer_paragraphs_qcode_cache"] = round(qcode_rate / (para_words / big_s), 3)
        r["codings"] = measured["codings"]
        r["outputs_s"] = round(measured["outputs_seconds"], 2)
        r["outputs_share"] = round(measured["outputs_seconds"]
                                   / (measured["seconds"] + measured["outputs_seconds"]), 3)
        r["cpu_tokenizer_whole_files_s"] = round(tok_cpu, 2)
        r["cpu_ingest_code_s"] = round(measured["cpu"], 2)
        r["cpu_ratio_ingest_code_to_tokenizer"] = round(tok_cpu / measured["cpu"], 3)
        r["cpu_outputs_s"] = round(measured["outputs_cpu"], 2)
        r["cpu_outputs_share"] = round(measured["outputs_cpu"]
                                       / (measured["cpu"] + measured["outputs_cpu"]), 3)

        out = work / "out"
        first_s, _, rss = child(run_command(corpus, out, CODEBOOK, jobs))
        r["first_run_s"] = round(first_s, 2)
        r["run_ratio_to_tokenizer_whole_files"] = round(words / first_s / tok_rate, 3)
        r["cpu_first_run_s"] = round(LAST_CPU[0], 2)
        r["cpu_ratio_run_to_tokenizer"] = round(tok_cpu / LAST_CPU[0], 3)
        r["peak_rss_mb_full_run"] = rss
        if pss and Path("/proc/self/smaps_rollup").exists():  # a separate run: sampling costs CPU
            r["peak_pss_mb_all_processes"] = peak_memory_of_tree(
                corpus, work / "out-memory", CODEBOOK, jobs)
        # a third of a second, mostly Python start-up: the median of three runs, not one
        agains = sorted(qcode_run(corpus, out, CODEBOOK, jobs)[0] for _ in range(3))
        r["unchanged_rerun_s"] = round(agains[1], 2)
        r["unchanged_rerun_all_s"] = [round(a, 2) for a in agains]
        r["unchanged_speedup"] = round(first_s / agains[1], 1)

        with paths[0].open("a", encoding="utf-8") as f:
            f.write("\nInterviewer: One more question?\n\nA: One more answer.\n")
        one_s, stdout = qcode_run(corpus, out, CODEBOOK, jobs)
        r["one_transcript_changed_s"] = round(one_s, 2)
        r["cpu_one_transcript_changed_s"] = round(LAST_CPU[0], 2)
        r["one_transcript_changed_recoded"] = summary_value(stdout, "transcripts re-coded")

        edited = work / "codebook.yaml"
        before = CODEBOOK.read_text(encoding="utf-8")
        edited.write_text(before.replace("notel, notetel, netel,",
                                         "notel, notetel, netel, nettel,"), encoding="utf-8")
        if edited.read_text(encoding="utf-8") == before:
            raise SystemExit("bench.py: the codebook edit no longer applies; choose another")
        code_changed_s, stdout = qcode_run(corpus, out, edited, jobs)
        r["one_code_changed_s"] = round(code_changed_s, 2)
        r["one_code_changed_share_of_first_run"] = round(code_changed_s / first_s, 3)
        r["cpu_one_code_changed_share_of_first_run"] = round(LAST_CPU[0] / r["cpu_first_run_s"], 3)
        r["one_code_changed_codes_rematched"] = summary_value(stdout, "codes re-matched")

        sheet = work / "review.xlsx"
        r["review_export_s"], _, r["peak_rss_mb_review_export"] = child(qcode(
            "review", "export", "--reviewer", "bench", "--file", str(sheet), "--out", str(out)))
        r["review_import_s"], _, r["peak_rss_mb_review_import"] = child(qcode(
            "review", "import", str(sheet), "--out", str(out)))
        r["digest_s"], _, r["peak_rss_mb_digest"] = child(qcode(
            "digest", "--status", "suggested", "--out", str(out)))
        for k in ("review_export_s", "review_import_s", "digest_s"):
            r[k] = round(r[k], 2)  # type: ignore[call-overload]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return r


if __name__ == "__main__":
    main()
