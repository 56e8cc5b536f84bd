"""`qcode watch`: runs again when a file changes, keeps its engine while the codebook stays,
and leaves the outputs a cold `qcode run` would."""

from __future__ import annotations

import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import qcode.match
from qcode import workers
from qcode.project import Project as QProject
from qcode.watch import WatchRun, watch
from tests.conftest import INTERVIEW, Project

ANSWER = ("\nInterviewer: Why then?\n\nA: The bowiwon had started asking about my father, so "
          "we fled before they could arrest him.\n")


def edits(*steps: Callable[[], None]) -> Callable[[float], None]:
    """A `sleep` for watch that makes the next edit instead of waiting."""
    todo = list(steps)

    def sleep(_seconds: float) -> None:
        if todo:
            todo.pop(0)()
    return sleep


def append(path: Path, text: str) -> Callable[[], None]:
    def edit() -> None:
        with path.open("a", encoding="utf-8") as f:
            f.write(text)
    return edit


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Engines built, counted by the class itself (not by the counter watch reports)."""
    count = [0]
    real = qcode.match.Engine

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        count[0] += 1
        return real(*args, **kwargs)
    monkeypatch.setattr(qcode.match, "Engine", counting)
    workers.release()  # an engine another test left would be kept
    return count


def test_watch_picks_up_an_edited_transcript_and_keeps_its_engine(project: Project,
                                                                  built: list[int]):
    t1 = project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2"))
    runs: list[WatchRun] = []
    watch(lambda: QProject(project.root), polls=3, report=runs.append,
          sleep=edits(append(t1, ANSWER), lambda: None, append(t1, ANSWER.replace("father",
                                                                                   "mother"))))
    assert [r.number for r in runs] == [1, 2, 3]  # the quiet poll ran nothing
    assert [r.changed for r in runs] == [["start"], ["transcripts"], ["transcripts"]]
    assert all(r.error is None and r.result for r in runs)
    assert [r.result.summary.ingested for r in runs if r.result] == [2, 1, 1]
    assert [r.engine_built for r in runs] == [True, False, False] and built[0] == 1
    codings = [r.result.summary.codings for r in runs if r.result]
    assert codings[0] < codings[1] < codings[2]  # the answers added were coded
    assert workers._worker is None  # let go when watch ends


def test_watch_rebuilds_its_engine_when_the_codebook_changes(project: Project,
                                                             built: list[int]):
    t1 = project.write("t1.txt", INTERVIEW)
    book = project.root / "codebooks" / "default.yaml"
    text = book.read_text(encoding="utf-8")
    assert "notel, notetel, netel," in text

    def edit_book() -> None:
        book.write_text(text.replace("notel, notetel, netel,", "notel, notetel, netel, nettel,"),
                        encoding="utf-8")
    runs: list[WatchRun] = []
    watch(lambda: QProject(project.root), polls=3, report=runs.append,
          sleep=edits(edit_book, append(t1, ANSWER), append(t1, ANSWER)))
    assert [r.changed for r in runs][1:] == [["codebook"], ["transcripts"], ["transcripts"]]
    assert runs[1].result and runs[1].result.summary.rematched == 1
    # the changed code is compiled alone, then every code, before the next edit, and kept
    assert [r.engine_built for r in runs] == [True, True, False, False] and built[0] == 3


def test_a_watch_on_an_up_to_date_project_builds_its_engine_before_the_first_edit(
        project: Project, built: list[int]):
    t1 = project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    workers.release()
    built[0] = 0
    runs: list[WatchRun] = []
    watch(lambda: QProject("."), polls=1, report=runs.append,  # "." as the CLI: same paths
          sleep=edits(append(t1, ANSWER)))
    assert runs[0].result and runs[0].result.ingest is None  # replayed: nothing to code
    assert runs[1].result and runs[1].result.summary.recoded == 1
    assert [r.engine_built for r in runs] == [False, False] and built[0] == 1


def test_a_codebook_that_does_not_load_waits_for_the_next_save(project: Project):
    project.write("t1.txt", INTERVIEW)
    book = project.root / "codebooks" / "default.yaml"
    text = book.read_text(encoding="utf-8")
    runs: list[WatchRun] = []
    watch(lambda: QProject(project.root), polls=2, report=runs.append,
          sleep=edits(lambda: book.write_text("codes: [", encoding="utf-8"),
                      lambda: book.write_text(text, encoding="utf-8")))
    assert runs[1].error is not None and "default.yaml" in str(runs[1].error)
    assert runs[2].error is None and runs[2].result is not None


def outputs(root: Path) -> dict[str, bytes]:
    """Every output but the store (which records when each run was); a sheet entry by entry,
    but for its creation time and the hidden _meta sheet (the export's id), as any two
    exports differ."""
    found = {}
    for p in sorted(root.rglob("*")):
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                meta = z.read("xl/workbook.xml").decode().count("<sheet ")  # _meta is last
                found.update({f"{p.name}:{name}": z.read(name) for name in z.namelist()
                              if name not in ("docProps/core.xml",
                                              f"xl/worksheets/sheet{meta}.xml")})
        elif p.is_file() and p.name != "qcode.db":
            found[str(p.relative_to(root))] = p.read_bytes()
    return found


def test_outputs_after_a_watch_rerun_are_those_of_a_cold_run(project: Project):
    t1 = project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2"))
    project.qcode("run")
    saved = project.root.parent / "saved"
    shutil.copytree(project.root, saved)  # copy2: the mtimes by which run knows its draft
    watch(lambda: QProject(project.root), polls=1, sleep=edits(append(t1, ANSWER)))
    after_watch = outputs(project.root / "outputs")
    for folder in ("outputs", "transcripts"):
        shutil.rmtree(project.root / folder)
        shutil.copytree(saved / folder, project.root / folder)
    append(t1, ANSWER)()
    project.qcode("run", "--jobs", "1")
    assert outputs(project.root / "outputs") == after_watch


def test_watch_command_prints_a_line_per_run_and_stops_on_ctrl_c(
        project: Project, monkeypatch: pytest.MonkeyPatch):
    t1 = project.write("t1.txt", INTERVIEW)

    def interrupt() -> None:
        raise KeyboardInterrupt
    monkeypatch.setattr(time, "sleep", edits(append(t1, ANSWER), interrupt))
    workers.release()  # an engine another test left would be kept: the first run builds one
    r = project.qcode("watch", "--interval", "0.5", code=130)
    lines = r.stdout.splitlines()
    assert lines[0].startswith("watching the transcripts") and "every 0.5 s" in lines[0]
    assert lines[1].startswith("run 1 (start): ingested 1,") and "engine built" in lines[1]
    assert lines[2].startswith("run 2 (transcripts): ingested 1,") and "engine kept" in lines[2]
    assert "bowiwon" not in r.output and "Interrupted: stopped cleanly" in r.output
    assert (project.root / "outputs" / "codings.csv").exists()
