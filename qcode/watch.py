"""`qcode watch`: run once, then again whenever a transcript, the codebook or the settings
change, in one process.

A cold `qcode run` after an edit spends about a third of its CPU starting Python, loading
spaCy and compiling the codebook's rules before it reads the one file that changed
(benchmarks/README.md). Here they are paid once: the engine is kept between runs
(`workers.kept`), built while nobody waits (after a run, before the next edit) and rebuilt
only when the codebook's text or the settings that shape it change. Each re-run is
`Project.run` itself, so it reads, codes and writes exactly what a cold run on the same
files would, and keeps every file a person edited as run does.

Changes are found by polling each file's modification time and size (no dependency, no
threads): cheap next to a run, and the same on every platform.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qcode import workers
from qcode.errors import QcodeError
from qcode.project import Project, RunResult

Snapshot = dict[str, tuple[int, int]]  # path -> (mtime in ns, size)


@dataclass
class WatchRun:
    """One run of `watch`: why it ran, what it did (or the error that stopped it: the next
    change is run again), whether it built an engine, and the CPU it took (not the wait)."""

    number: int
    changed: list[str] = field(default_factory=list)  # "transcripts", "codebook", "settings"
    result: RunResult | None = None
    error: QcodeError | None = None
    engine_built: bool = False
    cpu_seconds: float = 0.0


def snapshot(paths: list[Path]) -> Snapshot:
    """Each file's (mtime, size) under `paths` (folders walked, hidden files too, as
    rerun.fingerprint does); a path missing now is simply absent."""
    seen: Snapshot = {}
    for path in paths:
        if path.is_dir():
            for folder, _dirs, files in os.walk(path):
                for name in files:
                    _note(os.path.join(folder, name), seen)
        else:
            _note(str(path), seen)
    return seen


def _note(path: str, seen: Snapshot) -> None:
    try:
        st = os.stat(path)
    except OSError:  # gone since it was listed: the next snapshot sees it gone
        return
    seen[path] = (st.st_mtime_ns, st.st_size)


def watch(open_project: Callable[[], Project], transcripts: str | Path | None = None,
          *, jobs: int | None = None, interval: float = 1.0, polls: int | None = None,
          report: Callable[[WatchRun], None] = lambda _run: None,
          sleep: Callable[[float], None] | None = None) -> None:
    """Run the project, then poll every `interval` seconds and run it again when something
    it reads changed, until `polls` polls are done (None: until interrupted).

    Args:
        open_project: makes the Project (reading qcode.toml): called again when the
            settings file changes, so new settings and codebook paths apply.
        transcripts: a folder or file (default: the `transcripts` setting).
        jobs: worker processes for coding, as for `run`.
        report: called after each run with what it did.
        sleep: waits between polls (default time.sleep; tests pass one that edits files).
    """
    with workers.kept():
        project, watched, seen = _reopen(open_project, transcripts)
        _ready(project, _run_once(project, transcripts, jobs, 1, ["start"]), report)
        done, number = 0, 1
        while polls is None or done < polls:
            (sleep or time.sleep)(interval)
            done += 1
            now = {kind: snapshot(paths) for kind, paths in watched.items()}
            changed = [kind for kind in now if now[kind] != seen[kind]]
            if not changed:
                continue
            number += 1
            if "settings" in changed or "codebook" in changed:
                try:  # a new Project reads the settings and the codebook again
                    project, watched, now = _reopen(open_project, transcripts)
                except QcodeError as e:  # settings being edited: wait for the next save
                    seen = now
                    report(WatchRun(number, changed, error=e))
                    continue
            seen = now
            _ready(project, _run_once(project, transcripts, jobs, number, changed), report)


def _reopen(open_project: Callable[[], Project], transcripts: str | Path | None
            ) -> tuple[Project, dict[str, list[Path]], dict[str, Snapshot]]:
    """The project, the files each kind of change is seen in, and their state now (taken
    before the run, so that an edit made during the run is seen by the next poll)."""
    project = open_project()
    watched = {"transcripts": project._paths([transcripts] if transcripts is not None else None),
               "codebook": [project.codebook_path],
               "settings": [project.root / "qcode.toml"]}
    return project, watched, {kind: snapshot(paths) for kind, paths in watched.items()}


def _ready(project: Project, run: WatchRun, report: Callable[[WatchRun], None]) -> None:
    """Report a run, then build the engine an edited transcript will need, if the run did
    not leave it (it was replayed, or coded only the codes whose rules changed): while the
    person edits, so that their next save does not wait for it."""
    report(run)
    if run.error is None:
        from qcode import pipeline

        pipeline.prepare(project.codebook, project.config)


def _run_once(project: Project, transcripts: str | Path | None, jobs: int | None,
              number: int, changed: list[str]) -> WatchRun:
    run = WatchRun(number, changed)
    builds, start = workers.builds, time.process_time()
    try:
        run.result = project.run(transcripts, jobs)
    except QcodeError as e:  # a codebook being edited may not load yet: wait for the next save
        run.error = e
    run.cpu_seconds = time.process_time() - start
    run.engine_built = workers.builds != builds
    return run
