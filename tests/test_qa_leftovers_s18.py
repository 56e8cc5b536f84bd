"""Small faults noticed at the command line in sessions 18-19: the digest counted themes with
no quote as themes quoted, `review export`'s refusal named `NAME.replaced.xlsx` where the
sheet would go to `NAME.replaced-2.xlsx`, and output to a closed pipe (`| head`) was reported
as an internal error. Checked through the real CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import INTERVIEW, Project
from tests.test_review import codings, fill

ROOT = Path(__file__).resolve().parent.parent


def test_digest_says_how_many_themes_have_quotes(project: Project):
    project.write("t1.txt", "---\nid: t1\npseudonym: Mrs Han\n---\nInterviewer: How did you "
                  "get home?\n\nA: We gave the guard a carton of cigarettes.\n")
    project.qcode("run")
    r = project.qcode("digest", "--status", "all")
    assert r.stdout.splitlines()[0] == "1 quote in 1 of 4 themes (DRAFT: unreviewed)"
    r = project.qcode("digest", "--status", "all", "--code", "bribery")
    assert r.stdout.splitlines()[0] == "1 quote in 1 theme (DRAFT: unreviewed)"


def test_the_refusal_names_the_file_the_sheet_would_go_to(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    path = project.root / "ana.xlsx"
    (project.root / "ana.replaced.xlsx").write_bytes(b"an earlier replaced sheet")
    project.qcode("review", "export", "--reviewer", "ana", "--file", path)
    fill(path, {sorted(codings(project))[0]: ("accept", "", "")})
    project.qcode("review", "import", path)
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, code=1)
    assert r.stderr == (f"Error: {path}: --force: exists, and the decisions of its 1 filled-in "
                        "row are imported already (safe in the store); --force writes the new "
                        "sheet here and moves this one to ana.replaced-2.xlsx, or choose "
                        "another file\n")
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force")
    assert f"is now {project.root / 'ana.replaced-2.xlsx'} " in r.stdout
    assert (project.root / "ana.replaced.xlsx").read_bytes() == b"an earlier replaced sheet"


def test_output_to_a_closed_pipe_stops_quietly(tmp_path: Path):
    """`qcode codebook explain ... | head -1`: the reader went away; no `internal error`."""
    text = " ".join(["We gave the guard a carton of cigarettes."] * 200)
    proc = subprocess.Popen([sys.executable, "-m", "qcode", "codebook", "explain",
                             str(ROOT / "codebooks" / "default.yaml"), text],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before qcode writes anything
    err = proc.stderr.read().decode()
    assert proc.wait() == 1
    assert err == ""
