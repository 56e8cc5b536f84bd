"""Withdrawn consent: `qcode remove` takes a transcript out of the store (bytes and all) and
every output; it stays out until `qcode restore`."""

from __future__ import annotations

from pathlib import Path

from qcode.store import Store
from tests.conftest import INTERVIEW, Project
from tests.test_review import codings, export, fill

SECRET = "the persimmon tree behind the school in Onsong"
WITHDRAWN = f"""
---
id: w1
gender: man
---
Interviewer: How did you get dramas?

A: We gave the guard a carton of cigarettes near {SECRET}.
"""


def project_bytes(root: Path) -> bytes:
    out = root / "outputs"
    return b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file() and
                    p.suffix not in (".xlsx", ".docx") and not p.name.startswith("."))


def test_remove_takes_it_out_of_store_and_outputs_and_restore_lets_it_back(project: Project):
    project.write("t1.txt", INTERVIEW)
    source = project.write("w1.txt", WITHDRAWN)
    project.qcode("run")
    project.qcode("export", "matrix")
    ids = [c for c, r in codings(project).items() if r["transcript"] == "w1"]
    sheet = export(project, "ana")
    fill(sheet, {ids[0]: ("accept", "", f"near {SECRET}")})
    project.qcode("review", "import", str(sheet))
    db = project.root / "outputs" / "qcode.db"
    assert SECRET.encode() in db.read_bytes() + project_bytes(project.root)

    r = project.qcode("remove", "w1", "--reason", "consent withdrawn by phone")
    assert r.stdout.startswith(f"removed w1: its text, segments and {len(ids)} codings; 1 "
                               "decision keeps only its ids and a tombstone")
    assert f"may still hold it: {source}" in r.stdout
    assert f"may still hold it: {sheet}" in r.stdout
    for name in ("qcode.db", "qcode.db-wal"):
        path = db.with_name(name)
        assert not path.exists() or SECRET.encode() not in path.read_bytes(), name
    assert SECRET.encode() not in project_bytes(project.root)
    assert b"w1" not in (project.root / "outputs" / "matrix.csv").read_bytes()
    assert {r["transcript"] for r in codings(project).values()} == {"t1"}
    with Store(db) as store:
        note = store.db.execute("SELECT coding_id, note FROM decisions").fetchone()
        assert note[0] == ids[0] and note[1].startswith("[removed: consent withdrawn")
        assert store.stats()["transcripts"] == 1

    r = project.qcode("run", code=1)  # the file is still in transcripts/
    assert (f"Error: {Path('transcripts/w1.txt')}:2: transcript 'w1' was removed from the "
            "project on ") in r.stderr
    assert "(consent withdrawn) and is not ingested again; move this file out of the " \
        "transcripts folder, or run `qcode restore w1` if consent was given again" in r.stderr
    assert {r["transcript"] for r in codings(project).values()} == {"t1"}
    r = project.qcode("remove", "w1", "--reason", "again", code=1)
    assert "no transcript 'w1' in this project (transcripts: t1)" in r.stderr

    project.qcode("restore", "w1")
    project.qcode("run")
    back = codings(project)
    assert ids[0] in back and back[ids[0]]["status"] == "accepted"  # the decision counts again
    r = project.qcode("restore", "w1", code=1)
    assert "transcript 'w1' was not removed; nothing to restore" in r.stderr


def test_remove_says_the_reviewed_digest_was_rebuilt_with_default_options(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.write("w1.txt", WITHDRAWN)
    project.qcode("run")
    sheet = export(project, "ana")
    fill(sheet, {cid: ("accept", "", "") for cid in codings(project)})
    project.qcode("review", "import", str(sheet))
    project.qcode("digest", "--code", "bribery")
    r = project.qcode("remove", "w1", "--reason", "consent withdrawn")
    assert ("the digest was rebuilt with the default options (all codes, reviewed quotes): run "
            "`qcode digest` again for your own selection") in r.stdout
