"""An unchanged `qcode run` replays the last clean run (rerun.py); any change runs it all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qcode import pipeline, rerun
from qcode.store import Store
from tests.conftest import INTERVIEW, Project

OTHER = INTERVIEW.replace("id: t1", "id: t2").replace("carton of cigarettes", "bottle")


def table(r) -> list[str]:
    return [" ".join(line.strip("│ ").split()) for line in r.stdout.splitlines()]


@pytest.fixture
def full_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per call of pipeline.run, the full run."""
    calls: list[int] = []
    real = pipeline.run

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run", spy)
    return calls


def test_unchanged_rerun_replays_what_the_full_run_reports(project: Project, full_runs):
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", OTHER)
    project.qcode("run")
    replayed = project.qcode("run")
    assert len(full_runs) == 1
    project.write(".notes", "not a transcript")  # the fingerprint changes, nothing else
    full = project.qcode("run")
    assert len(full_runs) == 2
    assert table(replayed) == table(full)
    assert "transcripts unchanged │ 2" in table(full) and "outputs │ unchanged" in table(full)


def _edit(p: Project) -> None:
    p.write("t1.txt", INTERVIEW.replace("South Korean dramas", "films"))


def _codebook(p: Project) -> None:
    book = p.root / "codebooks" / "default.yaml"
    book.write_text(book.read_text().replace("notetel, netel,", "notetel, netel, cigarette,"))


def _decision(p: Project) -> None:
    with Store(p.root / "outputs" / "qcode.db") as store:
        store.add_decision(store.codings()[0].id, "ana", "reject")


CHANGES: dict[str, Callable[[Project], object]] = {
    "a transcript edited": _edit,
    "a transcript added": lambda p: p.write("t3.txt", OTHER.replace("id: t2", "id: t3")),
    "a transcript removed": lambda p: (p.root / "transcripts" / "t2.txt").unlink(),
    "a hidden file added": lambda p: p.write(".DS_Store", "x"),
    "the codebook edited": _codebook,
    "qcode.toml written": lambda p: (p.root / "qcode.toml").write_text('redact = ["Han"]\n'),
    "a decision recorded": _decision,
    "an output deleted": lambda p: (p.root / "outputs" / "codings.csv").unlink(),
}


@pytest.mark.parametrize("change", CHANGES)
def test_any_change_takes_the_full_run(project: Project, full_runs, change: str):
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", OTHER)
    project.qcode("run")
    CHANGES[change](project)
    project.qcode("run")
    assert len(full_runs) == 2, change
    project.qcode("run")
    assert len(full_runs) == 2, f"{change}: the run after it should replay"


def test_a_new_day_takes_the_full_run(project: Project, full_runs,
                                      monkeypatch: pytest.MonkeyPatch):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    monkeypatch.setattr(rerun, "draft_sheet_path",
                        lambda out: out / "drafts" / "review-2099-01-01.xlsx")
    project.qcode("run")
    assert len(full_runs) == 2


def test_file_errors_are_reported_by_every_run(project: Project, full_runs):
    project.write("t1.txt", INTERVIEW)
    project.write("empty.txt", "")
    for _ in range(2):
        r = project.qcode("run", code=1)
        assert "Error: transcripts/empty.txt:1: empty file" in r.stderr
    (project.root / "transcripts" / "empty.txt").unlink()
    project.qcode("run")
    project.qcode("run")
    assert len(full_runs) == 3


def test_a_file_edited_during_a_run_is_seen_by_the_next(project: Project, full_runs,
                                                         monkeypatch: pytest.MonkeyPatch):
    project.write("t1.txt", INTERVIEW)
    counted = pipeline.run

    def edit_then_run(*args, **kwargs):  # type: ignore[no-untyped-def]
        _edit(project)  # after the fingerprint was taken, before the file is read
        return counted(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run", edit_then_run)
    project.qcode("run")
    monkeypatch.setattr(pipeline, "run", counted)
    project.qcode("run")
    assert len(full_runs) == 2  # the fingerprint of the first run was of the old text
    assert "films" in (project.root / "outputs" / "codings.csv").read_text(encoding="utf-8")


def test_a_change_to_qcode_itself_recodes_everything(project: Project, full_runs,
                                                     monkeypatch: pytest.MonkeyPatch):
    """An upgrade (or a local edit) of the engine's code with no version bump still re-codes:
    stale codings must not pass for the new engine's."""
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", OTHER)
    project.qcode("run")
    monkeypatch.setattr(rerun, "source_hash", lambda *patterns: "another qcode")
    monkeypatch.setattr(pipeline, "source_hash", lambda *patterns: "another qcode")
    again = project.qcode("run")
    assert len(full_runs) == 2
    assert "transcripts re-coded │ 2" in table(again)
    assert "codes re-matched │ 9" in table(again)


def test_the_plan_reads_no_file_the_fingerprint_read(project: Project,
                                                     monkeypatch: pytest.MonkeyPatch):
    """Each file is read and hashed once a run (rerun.Fingerprint.files): the plan's ingest
    keys are finished from the fingerprint's hashes, and an edit is still found."""
    from qcode import plan

    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", OTHER)
    project.qcode("run")
    read_again: list[bytes] = []
    real = plan.ingest_key
    monkeypatch.setattr(plan, "ingest_key",
                        lambda data, config: read_again.append(data) or real(data, config))
    _edit(project)
    r = project.qcode("run")
    assert read_again == []
    assert "transcripts ingested │ 1" in table(r) and "transcripts unchanged │ 2" not in table(r)
    assert "films" in (project.root / "outputs" / "codings.csv").read_text(encoding="utf-8")
