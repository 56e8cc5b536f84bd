"""The Python API (qcode.Project), `qcode init`, `--version`, and the documented example."""

from __future__ import annotations

import re
import tempfile
import tomllib
from pathlib import Path

import pandas as pd
import pytest

import qcode
from qcode.config import Config
from qcode.resources import default_codebook
from qcode.scaffold import settings_text
from tests.conftest import INTERVIEW, ROOT, Project


def test_version(project: Project):
    assert project.qcode("--version").output.strip() == f"qcode {qcode.__version__}"


def test_init_creates_a_project_and_keeps_what_is_there(tmp_path: Path, project: Project):
    r = project.qcode("init", "study")
    assert "created study/qcode.toml" in r.output
    study = tmp_path / "study"
    assert (study / "codebooks" / "default.yaml").read_bytes() == default_codebook().read_bytes()
    assert (study / "transcripts").is_dir()
    (study / "qcode.toml").write_text('out = "elsewhere/"\n', encoding="utf-8")
    r = project.qcode("init", "study")
    assert "kept study/qcode.toml" in r.output and "created" not in r.output
    assert (study / "qcode.toml").read_text(encoding="utf-8") == 'out = "elsewhere/"\n'


def test_init_settings_list_every_setting_at_its_default():
    text = settings_text()
    uncommented = "\n".join(line[2:] if re.match(r"# \w+ = ", line) else line
                            for line in text.splitlines())
    data = tomllib.loads(uncommented)["qcode"]
    assert set(data) == set(Config.__dataclass_fields__)
    assert Config(**data) == Config()
    assert tomllib.loads(text) == {"qcode": {}}  # as written, nothing is set


def test_run_from_a_folder_without_a_codebook_uses_the_shipped_one(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "interviews").mkdir()
    (tmp_path / "interviews" / "t1.txt").write_text(INTERVIEW.lstrip(), encoding="utf-8")
    result = qcode.Project().run("interviews")
    assert result.summary.codings > 0
    assert not (tmp_path / "codebooks").exists()


def test_project_api_gives_what_the_cli_writes(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run", "--quiet")
    api = qcode.Project(project.root)
    frame = api.codings()
    on_disk = pd.read_csv(project.root / "outputs" / "codings.csv", dtype=str, keep_default_na=False)
    assert frame.astype(str).equals(on_disk)
    records = api.coding_records()
    assert [r.id for r in records] == list(frame["coding_id"])
    assert all(isinstance(r, qcode.CodingRow) for r in records)
    assert api.decisions().empty and list(api.decisions().columns)[:3] == ["id", "coding_id",
                                                                           "reviewer"]
    assert api.stats()["codings"] == len(records)
    assert api.run().ingest is not None  # another spelling of the paths: checked file by file
    second = api.run()  # unchanged since: replayed
    assert second.ingest is None and second.summary.codings == len(records)


def test_library_errors_are_qcode_errors(tmp_path: Path):
    with pytest.raises(qcode.StoreError):
        qcode.Project(tmp_path).codings()  # no store yet: nothing created
    assert not (tmp_path / "outputs").exists()


def test_python_api_doc_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]):
    """docs/python-api.md's worked example, run as a reader would paste it."""
    text = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 3
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "docs/python-api.md", "exec"), namespace)
    out = capsys.readouterr().out
    assert "decisions recorded" in out and "digest.md" in out and "error:" in out


def test_every_public_name_is_documented():
    for name in qcode.__all__:
        obj = getattr(qcode, name)
        if callable(obj):
            assert obj.__doc__, name
    for name, member in vars(qcode.Project).items():
        if not name.startswith("_") and callable(getattr(member, "__func__", member)):
            doc = getattr(member, "__doc__", None) or getattr(getattr(member, "__func__", None),
                                                               "__doc__", None)
            assert doc, name


def test_library_errors_name_options_not_flags(tmp_path: Path, project: Project):
    """The library says which parameter is at fault in its own terms; the CLI says the flag."""
    with pytest.raises(qcode.StoreError) as e:
        qcode.Project(tmp_path).export("codings")
    assert (e.value.code, e.value.option) == ("Q201", "out") and "--" not in e.value.message
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    with pytest.raises(qcode.QcodeError) as e:
        qcode.Project(project.root).export("codings", format="pdf")
    assert str(e.value) == "format: unknown format 'pdf'; use csv, xlsx, json"
    assert e.value.code in qcode.errors.CODES
    r = project.qcode("export", "codings", "--format", "pdf", code=1)
    assert r.stderr == "Error: --format: unknown format 'pdf'; use csv, xlsx, json\n"
