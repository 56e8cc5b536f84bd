"""Outputs are replaced whole or not at all, and a store that is not qcode's is left alone."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from qcode import atomic
from qcode.errors import OutputError
from tests.conftest import INTERVIEW, Project


def test_a_crash_mid_write_leaves_the_previous_file(project: Project,
                                                    monkeypatch: pytest.MonkeyPatch):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    csv_path = project.root / "outputs" / "codings.csv"
    before = csv_path.read_bytes()

    def half_then_full_disk(self, path, *args, **kwargs):
        Path(path).write_text("coding_id,transcr")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_then_full_disk)
    r = project.qcode("export", "codings", code=1)
    assert r.stderr == (f"Error: {Path('outputs/codings.csv')}: cannot write: the disk is full; "
                        "free some space and run the command again\n")
    assert csv_path.read_bytes() == before
    assert sorted(p.name for p in csv_path.parent.iterdir() if p.name.startswith(".")) == []


def test_an_interrupted_writer_leaves_no_trace(tmp_path: Path):
    path = tmp_path / "index.html"
    atomic.write_text(path, "old")
    with pytest.raises(KeyboardInterrupt), atomic.replacing(path) as tmp:
        tmp.write_text("new, half")
        raise KeyboardInterrupt
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["index.html"]


@pytest.mark.parametrize("code, reason", [
    (errno.EROFS, "the folder is on a read-only file system; choose another project folder"),
    (errno.EACCES, "permission denied; check the folder's permissions or choose another one"),
])
def test_file_system_errors_are_one_line_naming_the_file(tmp_path: Path, code: int, reason: str,
                                                         monkeypatch: pytest.MonkeyPatch):
    def refuse(*args: object) -> None:
        raise OSError(code, "refused")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    path = tmp_path / "digest.md"
    with pytest.raises(OutputError) as e:
        atomic.write_text(path, "text")
    assert str(e.value) == f"{path}: cannot write: {reason}"
    assert list(tmp_path.iterdir()) == []


def test_replacing_keeps_the_file_mode(tmp_path: Path):
    path = tmp_path / "quotes.csv"
    atomic.write_text(path, "a")
    path.chmod(0o640)
    atomic.write_text(path, "b")
    assert path.stat().st_mode & 0o777 == 0o640 and path.read_text() == "b"


def test_a_foreign_sqlite_file_is_refused_and_left_unchanged(project: Project):
    db = project.root / "outputs" / "qcode.db"
    db.parent.mkdir()
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE invoices (id INTEGER, total REAL)")
    before = db.read_bytes()
    for args in (["run"], ["stats"], ["ingest", "transcripts"]):
        r = project.qcode(*args, code=1)
        assert r.stderr == (f"Error: {Path('outputs/qcode.db')}: --out: not a qcode project: "
                            "this SQLite file has other tables (invoices) and no "
                            "schema_version; qcode leaves it as it is: use another output "
                            "folder\n"), args
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["qcode.db"]


READ_ONLY = (f"Error: {Path('outputs/qcode.db')}: --out: the project database cannot be written "
             "(a read-only folder, file or file system); copy the project to a writable "
             "folder, or check its permissions\n")


def test_a_read_only_store_is_one_clear_line(project: Project, monkeypatch: pytest.MonkeyPatch):
    """As on a read-only mount or a file without write permission (root ignores modes, so
    SQLite's own read-only mode stands in for them)."""
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    db = project.root / "outputs" / "qcode.db"
    before = db.read_bytes()
    connect = sqlite3.connect

    def read_only(path: object, *args: object, uri: bool = False, **kw: object) -> object:
        return connect(str(path) if uri else f"file:{path}?mode=ro", *args, uri=True, **kw)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    for args in (["run"], ["review", "export", "--reviewer", "ana"]):
        assert project.qcode(*args, code=1).stderr == READ_ONLY, args
    assert project.qcode("stats").exit_code == 0  # reading still works
    assert db.read_bytes() == before


def test_outputs_whose_content_did_not_change_keep_their_file(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2"))
    project.qcode("run")
    digest = project.root / "outputs" / "drafts" / "digest"
    docx_before, md_before = (digest / "digest.docx").stat(), (digest / "digest.md").stat()
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2") + "\nIt was cold.\n")
    project.qcode("run")  # t2 changed, and no quote with it
    assert (digest / "digest.docx").stat().st_ino == docx_before.st_ino
    assert (digest / "digest.md").stat().st_mtime_ns == md_before.st_mtime_ns
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2").replace("2010", "2011 with "
                                                                          "a bribe to a guard"))
    project.qcode("run")
    assert (digest / "digest.md").stat().st_mtime_ns != md_before.st_mtime_ns


def test_an_export_never_replaces_a_file_the_user_named(coded):
    """A file given with --file may hold the user's own edits: refused unless --force; the
    default name in the project folder is qcode's own output and is rewritten."""
    mine = coded.root / "my-codings.csv"
    mine.write_text("my edits\n", encoding="utf-8")
    for what in ("codings", "matrix", "qdc", "qdpx"):
        r = coded.qcode("export", what, "--file", mine, code=1)
        assert r.stderr == (f"Error: {mine}: --force: exists; choose another file, or force "
                            "replacing it\n")
        assert mine.read_text(encoding="utf-8") == "my edits\n"
    coded.qcode("export", "codings", "--file", mine, "--force")
    assert mine.read_text(encoding="utf-8").startswith("coding_id,")
    coded.qcode("export", "codings")
    coded.qcode("export", "codings")  # outputs/codings.csv is qcode's own: rewritten
