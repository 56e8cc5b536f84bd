"""One bad file is that file's one-line error; the rest of the batch is stored; exit 1."""

from __future__ import annotations

import os

import pytest

from qcode import pipeline
from qcode.store import Store
from tests.conftest import Project
from tests.hostile.conftest import run_batch, word_file, write_bytes

GOOD_BODY = "Interviewer: Did you pay?\n\nA: We gave the guard cigarettes.\n"


@pytest.mark.parametrize(("front", "message"), [
    ("x: 2019-13-45", "transcripts/bad.txt:3: invalid YAML in front matter: not a valid date; "
                      "put the value in quotes to keep it as text"),
    ("phone: !!int +82-10-5555-0199", "transcripts/bad.txt:3: invalid YAML in front matter: "
     "not a valid integer; put the value in quotes to keep it as text"),
    ("a: &a [x, x]\nb: [*a, *a]", "transcripts/bad.txt:4: invalid YAML in front matter: "
     "aliases (*name) are not allowed; write the value out in full"),
])
def test_bad_front_matter_value_is_one_error_without_the_value(project: Project, front: str,
                                                                message: str):
    project.write("bad.txt", f"---\nid: bad\n{front}\n---\n{GOOD_BODY}")
    err = run_batch(project, command="run")
    assert f"Error: {message}\n" in err
    assert "5555" not in err and "2019-13" not in err


def test_billion_laughs_in_front_matter_is_refused_at_once(project: Project):
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{c}: &{c} [{', '.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi",
                                                                        strict=True)]
    project.write("bomb.txt", "---\n" + "\n".join(lines) + "\n---\n" + GOOD_BODY)
    err = run_batch(project)
    assert "transcripts/bomb.txt:3: invalid YAML in front matter: aliases (*name) are not " \
           "allowed" in err


def test_file_name_not_utf8_is_named_and_skipped(project: Project):
    name = os.fsencode(project.root / "transcripts") + b"/\xb1\xe8.txt"  # "Kim" in CP949
    with open(name, "w", encoding="utf-8") as f:
        f.write(GOOD_BODY)
    err = run_batch(project)
    assert ("Error: transcripts/\\xb1\\xe8.txt: the file name is not UTF-8 (saved in "
            "a legacy encoding such as CP949?); rename the file\n") in err


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04 not really a zip", "not a readable Word file (BadZipFile); open it in Word "
                                      "or LibreOffice and save it as .docx"),
    (word_file([], body_prefix=b"<w:p><w:r><w:t>unclosed"), "not a readable Word file "
     "(XMLSyntaxError); open it in Word or LibreOffice and save it as .docx"),
])
def test_malformed_word_file(project: Project, data: bytes, message: str):
    write_bytes(project, "broken.docx", data)
    assert f"Error: transcripts/broken.docx:1: {message}\n" in run_batch(project)


def test_unexpected_failure_names_the_file_not_the_text(project: Project,
                                                        monkeypatch: pytest.MonkeyPatch):
    project.write("odd.txt", GOOD_BODY)
    real = pipeline.parse_file

    def parse(path, config, data=None):
        if path.name == "odd.txt":
            raise ValueError("We gave the guard cigarettes")  # a bug quoting the text
        return real(path, config, data)

    monkeypatch.setattr(pipeline, "parse_file", parse)
    err = run_batch(project, internal=True)
    assert ("Error: transcripts/odd.txt: internal error while reading this file (an unexpected "
            "ValueError); the other files are unaffected; run the command again with --debug for "
            "the traceback\n") in err
    assert "cigarettes" not in err


def test_code_isolates_a_transcript_the_engine_fails_on(project: Project,
                                                        monkeypatch: pytest.MonkeyPatch):
    """`qcode code` (a changed codebook re-codes stored transcripts): one transcript's failure
    is its error, the others are stored, and the failed one is tried again next time."""
    from qcode.match import Engine

    project.write("t1.txt", GOOD_BODY)
    project.write("t2.txt", GOOD_BODY.replace("cigarettes", "rice"))
    project.qcode("ingest", "transcripts")
    real = Engine.code_transcript

    def code_transcript(self, t, *args):
        if t.id == "t2":
            raise ValueError("We gave the guard rice")
        return real(self, t, *args)

    monkeypatch.setattr(Engine, "code_transcript", code_transcript)
    r = project.qcode("code", code=1)
    assert r.stderr == ("Error: transcripts/t2.txt: internal error while coding this file (an "
                        "unexpected ValueError); the other files are unaffected; run the "
                        "command again with --debug for the traceback\n")
    assert r.stdout == "re-coded 1 transcript for 9 codes; codings.csv has 1 row\n"
    monkeypatch.setattr(Engine, "code_transcript", real)
    assert project.qcode("code").stdout.startswith("re-coded 1 transcript for")


def test_ctrl_c_stops_cleanly_and_keeps_what_was_saved(project: Project,
                                                       monkeypatch: pytest.MonkeyPatch):
    project.write("t0.txt", GOOD_BODY)
    project.write("t2.txt", GOOD_BODY.replace("cigarettes", "rice"))
    real = pipeline._parse

    def parse(path, config):
        if path.name == "t2.txt":
            raise KeyboardInterrupt
        return real(path, config)

    monkeypatch.setattr(pipeline, "_parse", parse)
    monkeypatch.setattr(pipeline, "SAVE_BATCH", 1)
    project.write("t1.txt", GOOD_BODY)
    r = project.qcode("run", "--jobs", "1", code=130)
    assert r.stderr.startswith("Interrupted: stopped cleanly")
    assert "Traceback" not in r.output
    with Store(project.root / "outputs" / "qcode.db", create=False) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert set(store.transcript_index()) == {"t0", "t1"}
    # not monkeypatch.undo(): it would also undo the fixture's chdir, and the run would
    # write into the repository's own outputs/
    monkeypatch.setattr(pipeline, "_parse", real)
    project.qcode("run", "--jobs", "1")  # the next run does the rest


def test_error_lines_are_capped(project: Project):
    for i in range(60):
        project.write(f"e{i:02}.txt", "---\nid: [unclosed\n---\n" + GOOD_BODY)
    err = run_batch(project)
    assert err.count("Error: ") == 50
    assert err.rstrip().endswith("... and 10 more")
