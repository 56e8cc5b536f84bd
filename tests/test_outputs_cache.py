"""run's drafts are rendered again only when what they show changed, and never served stale:
an edit that changes no coding keeps every draft file as it was; a changed coding, a new
redaction or a removed transcript reaches every one of them."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from tests.conftest import INTERVIEW, Project


def _drafts(project: Project) -> dict[str, Path]:
    out = project.root / "outputs"
    files = {"codings.csv": out / "codings.csv"}
    files |= {p.name: p for p in (out / "drafts").rglob("*") if p.is_file()}
    assert any(name.endswith(".xlsx") for name in files)
    return files


def _times(project: Project) -> dict[str, int]:
    return {name: p.stat().st_mtime_ns for name, p in _drafts(project).items()}


def _text(path: Path) -> str:
    """A file's text; a sheet's Review rows or a Word document's body without XML tags (a
    bold word is a run of its own). The codebook sheet quotes the codebook, not the
    transcripts."""
    part = {".xlsx": "xl/worksheets/sheet1.xml", ".docx": "word/document.xml"}.get(path.suffix)
    if part:
        with zipfile.ZipFile(path) as z:
            return re.sub(r"<[^>]*>", "", z.read(part).decode("utf-8"))
    return path.read_text(encoding="utf-8")


def _run(project: Project) -> Project:
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2").replace(
        "We gave the guard", "We paid the guard"))
    project.qcode("run")
    return project


def test_an_edit_that_changes_no_coding_keeps_every_draft(project: Project):
    _run(project)
    before = _times(project)
    project.write("t1.txt", INTERVIEW + "\nInterviewer: Anything else?\n\nA: No.\n")
    r = project.qcode("run")
    assert re.search(r"transcripts ingested\s+│\s+1\s", r.stdout), r.stdout  # the store changed
    assert _times(project) == before  # but nothing any draft shows


def test_a_changed_coding_reaches_every_draft(project: Project):
    _run(project)
    before = _times(project)
    project.write("t1.txt", INTERVIEW + "\nInterviewer: And later?\n\n"
                  "A: Later we watched Chinese films on a notel with the curtains shut.\n")
    project.qcode("run")
    after = _times(project)
    for name, path in _drafts(project).items():
        assert after[name] != before[name], name
        assert "Chinese films" in _text(path), name


def test_a_new_redaction_reaches_every_draft(project: Project):
    _run(project)
    assert all("carton" in _text(p) for p in _drafts(project).values())
    (project.root / "qcode.toml").write_text('[qcode]\nredact = ["carton"]\n', encoding="utf-8")
    project.qcode("run")
    for name, path in _drafts(project).items():
        text = _text(path)
        assert "carton" not in text and "redacted" in text, name


def test_a_removed_transcript_leaves_every_draft(project: Project):
    _run(project)
    assert all("paid the guard" in _text(p) for p in _drafts(project).values())
    project.qcode("remove", "t2", "--reason", "consent withdrawn")
    for name, path in _drafts(project).items():
        text = _text(path)
        assert "paid the guard" not in text and "gave the guard" in text, name
