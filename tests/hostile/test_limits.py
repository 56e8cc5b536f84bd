"""Bounded resources: size limits checked before parsing, each naming its setting."""

from __future__ import annotations

import csv
import time

import openpyxl

from tests.conftest import INTERVIEW, Project
from tests.hostile.conftest import run_batch, word_file, write_bytes

SPEECH = ["Interviewer: Did you pay?", "A: We gave the guard cigarettes."]


def test_zip_bomb_docx_is_refused_before_parsing(project: Project):
    # ~60 MB of empty paragraphs in a ~130 KB file; python-docx would need gigabytes
    write_bytes(project, "bomb.docx", word_file(SPEECH, body_prefix=b"<w:p/>" * 10_500_000))
    err = run_batch(project)
    assert ("Error: transcripts/bomb.docx: the Word file unpacks to 61 MB, over the 50 MB limit "
            "(a zip bomb?); if it is a real transcript, raise `max_unpacked_mb` in qcode.toml\n"
            in err)


def test_dense_docx_under_the_size_limit_is_refused_by_its_element_count(project: Project):
    write_bytes(project, "dense.docx", word_file(SPEECH, body_prefix=b"<w:p/>" * 1_100_000))
    err = run_batch(project)
    assert ("Error: transcripts/dense.docx: the Word document holds over 1,000,000 XML elements "
            "(empty paragraphs by the million?), more than the 50 MB unpacked limit allows; if "
            "it is a real transcript, raise `max_unpacked_mb` in qcode.toml\n") in err


def test_docx_declaring_entities_is_refused(project: Project):
    doctype = b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    write_bytes(project, "entity.docx", word_file(SPEECH, doctype=doctype))
    err = run_batch(project)
    assert ("Error: transcripts/entity.docx: the Word file declares XML entities "
            "(word/document.xml), which Word never writes and which can hide text; open it in "
            "Word or LibreOffice and save it again\n") in err


def test_file_over_max_file_mb_is_refused_and_the_setting_raises_it(project: Project):
    (project.root / "qcode.toml").write_text("max_file_mb = 1\n", encoding="utf-8")
    project.write("long.txt", "Interviewer: Well?\n\nA: " + "We waited. " * 200_000 + "\n")
    err = run_batch(project, command="run")
    assert ("Error: transcripts/long.txt: the file is 2 MB, over the 1 MB limit for a "
            "transcript; if it really is one, raise `max_file_mb` in qcode.toml\n") in err
    (project.root / "qcode.toml").write_text("max_file_mb = 3\n", encoding="utf-8")
    project.qcode("run", "--jobs", "1")


def test_bad_limit_setting_is_a_config_error(project: Project):
    (project.root / "qcode.toml").write_text("max_file_mb = 0\n", encoding="utf-8")
    r = project.qcode("run", code=1)
    assert r.stderr == ("Error: qcode.toml: max_file_mb: must be a whole number of at least 1, "
                        "not 0 (fix qcode.toml)\n")


def test_paragraphs_over_spacys_max_length_are_coded(project: Project):
    # one paragraph of 1.1M characters, then 26 of 40k: joined 32 at a time they made a Doc
    # over spaCy's 1,000,000 characters (E088), which crashed `run`
    answer = "We waited at the river. " * 46_000 + "We paid a bribe."
    paragraphs = "\n\n".join(["We waited at the river. " * 1_650 + "We paid a bribe."] * 26)
    project.write("long.txt", f"Interviewer: And then?\n\nA: {answer}\n\n{paragraphs}\n")
    run_batch(project, command="run", code=0)
    csv.field_size_limit(2_000_000)
    with (project.root / "outputs" / "codings.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["transcript"] == "long"]
    assert len({r["segment_id"] for r in rows if r["code"] == "bribery"}) == 27


def test_stray_cell_at_the_last_row_of_a_review_sheet_costs_nothing(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run", "--jobs", "1")
    sheet = project.root / "ana.xlsx"
    project.qcode("review", "export", "--reviewer", "ana", "--file", sheet)
    wb = openpyxl.load_workbook(sheet)
    ws = wb["Review"]
    ws.cell(row=2, column=11).value = "accept"
    ws.cell(row=1_048_576, column=13).value = "a stray note"
    wb.save(sheet)
    start = time.perf_counter()
    r = project.qcode("review", "import", sheet)
    assert time.perf_counter() - start < 60  # was 103 s and 4.4 GB (21 s on a loaded machine)
    assert "recorded 1 decision by" in r.stdout
