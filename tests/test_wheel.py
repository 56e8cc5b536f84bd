"""The tool installs anywhere: a wheel built from the source, installed into a fresh venv,
runs the tour from an empty folder (no source tree, no codebooks/ of its own)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOURCES = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "codebooks/default.yaml"]


def sh(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    r = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, (args, r.stdout[-2000:], r.stderr[-2000:])
    return r.stdout


def build_wheel(tmp: Path) -> Path:
    """Build from a copy of the files a release is made of, so the checkout stays clean."""
    src = tmp / "src"
    for name in SOURCES:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "qcode", src / "qcode", ignore=shutil.ignore_patterns("__pycache__"))
    sh(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp / "dist", src,
       cwd=tmp)
    (wheel,) = (tmp / "dist").glob("qcode-*.whl")
    return wheel


def fresh_venv(tmp: Path, wheel: Path) -> tuple[Path, dict[str, str]]:
    """A new venv with qcode installed from the wheel only. Its dependencies (spaCy, pandas...)
    are read from this test run's environment through a .pth file: installing them again
    would take minutes and the network; qcode itself must come from the wheel."""
    venv = tmp / "venv"
    sh(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp)
    python = venv / "bin" / "python"
    site = Path(sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                   cwd=tmp).strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    sh(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
       "--no-index", wheel, cwd=tmp)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return venv, env


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_runs_the_tour_from_an_empty_folder(tmp_path: Path):
    wheel = build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"qcode/data/default.yaml", "qcode/templates/digest.html.j2", "qcode/py.typed"} <= names
    venv, env = fresh_venv(tmp_path, wheel)
    home = tmp_path / "home"
    home.mkdir()
    where = sh(venv / "bin" / "python", "-c", "import qcode; print(qcode.__file__)", cwd=home, env=env)
    assert where.startswith(str(venv)), where  # the installed wheel, not the checkout

    def qcode(*args: str | Path, cwd: Path = home) -> str:
        return sh(venv / "bin" / "qcode", *args, cwd=cwd, env=env)

    assert qcode("--version").startswith("qcode ")
    qcode("init", "study")
    study = home / "study"
    for sample in ["kim-hyesan.md", "park-musan.txt", "lee-sinuiju.docx", "song-hoeryong.srt"]:
        shutil.copy(ROOT / "transcripts" / sample, study / "transcripts" / sample)
    assert "codings.csv rows" in qcode("run", cwd=study)
    assert "CODED" in qcode("codebook", "explain", "codebooks/default.yaml",
                            "We gave the guard a carton of cigarettes.", cwd=study)
    assert "wrote" in qcode("review", "export", "--reviewer", "ana", cwd=study)
    assert "quotes" in qcode("digest", "--status", "all", cwd=study)
    assert "wrote" in qcode("export", "matrix", "--format", "xlsx", cwd=study)
    # and with no project at all: the codebook shipped in the wheel
    bare = home / "bare"
    bare.mkdir()
    assert qcode("run", study / "transcripts", "--quiet", cwd=bare) == ""
    assert not (bare / "codebooks").exists() and (bare / "outputs" / "codings.csv").exists()
