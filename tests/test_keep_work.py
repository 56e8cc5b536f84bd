"""No command overwrites a file a person may have edited, and commands that select nothing
write nothing: real sheets filled with openpyxl, real runs, real digests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from qcode.store import Store
from tests.conftest import INTERVIEW, Project
from tests.test_review import codings, fill

TODAY = date.today().isoformat()


def filled(path: Path) -> dict[str, str]:
    ws = openpyxl.load_workbook(path)["Review"]
    names = [c.value for c in ws[1]]
    at = names.index("decision")
    return {r[0].value: r[at].value for r in ws.iter_rows(min_row=2) if r[at].value}


def started(project: Project) -> Project:
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    return project


def test_a_filled_sheet_survives_a_second_export_and_run(project: Project):
    started(project)
    review = project.root / "outputs" / "review"
    project.qcode("review", "export", "--reviewer", "ana")
    first = review / f"review-ana-{TODAY}.xlsx"
    ids = sorted(codings(project))
    fill(first, {ids[0]: ("accept", "", "")})
    r = project.qcode("review", "export", "--reviewer", "ana")
    assert f"review-ana-{TODAY}-2.xlsx" in r.stdout
    r = project.qcode("review", "export", "--reviewer", "ana")
    assert f"review-ana-{TODAY}-3.xlsx" in r.stdout
    assert filled(first) == {ids[0]: "accept"}

    # run's draft sheet lives in drafts/; filled in, it is kept and the next draft moves on
    draft = project.root / "outputs" / "drafts" / f"review-{TODAY}.xlsx"
    assert draft.exists() and not list(review.glob("review-2*"))
    fill(draft, {ids[1]: ("reject", "", "not this")})
    project.write("t1.txt", INTERVIEW + "\nWe paid a bribe to the inspector.\n")
    r = project.qcode("run")
    assert f"review-{TODAY}-2.xlsx" in r.stdout.replace("\n", "").replace("│", "")
    assert filled(draft) == {ids[1]: "reject"}
    assert (draft.parent / f"review-{TODAY}-2.xlsx").exists()
    assert filled(first) == {ids[0]: "accept"}


def test_file_option_never_replaces_a_filled_sheet(project: Project):
    started(project)
    path = project.root / "mine.xlsx"
    project.qcode("review", "export", "--reviewer", "ana", "--file", path)
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, code=1)
    assert r.stderr == (f"Error: {path}: --force: exists; choose another file, or force "
                        "replacing this sheet (nobody has filled it in)\n")
    project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force")
    fill(path, {sorted(codings(project))[0]: ("", "", "a note is work too")})
    before = path.read_bytes()
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force", code=1)
    assert r.stderr == (f"Error: {path}: --file: has 1 row with a note or recode_to but no "
                        "decision, which only the sheet keeps; it is never replaced: write the "
                        "new sheet to another file\n")
    assert path.read_bytes() == before
    other = project.root / "notes.xlsx"
    other.write_text("not a workbook")
    r = project.qcode("review", "export", "--file", other, "--force", code=1)
    assert "is not a sheet qcode can read; it is never replaced" in r.stderr
    assert other.read_text() == "not a workbook"


def test_adjudication_sheet_is_never_replaced(project: Project):
    started(project)
    (project.root / "qcode.toml").write_text('adjudicators = ["cho"]\n')
    r = project.qcode("review", "adjudicate", code=1)
    assert r.stderr == ("Error: no coding is disputed; there is nothing to adjudicate and no "
                        "sheet was written\n")
    ids = sorted(codings(project))
    with Store(project.root / "outputs" / "qcode.db") as store:
        store.add_decision(ids[0], "ana", "accept")
        store.add_decision(ids[0], "bo", "reject")
    project.qcode("review", "adjudicate")
    first = project.root / "outputs" / "review" / f"adjudicate-{TODAY}.xlsx"
    fill(first, {ids[0]: ("accept", "", "ana is right")}, sheet="Adjudicate")
    r = project.qcode("review", "adjudicate")
    assert f"adjudicate-{TODAY}-2.xlsx" in r.stdout
    ws = openpyxl.load_workbook(first)["Adjudicate"]
    assert [c.value for c in ws[2]][-3:] == ["accept", None, "ana is right"]


def test_reviewed_digest_is_replaced_only_by_qcode_digest(project: Project):
    started(project)
    with Store(project.root / "outputs" / "qcode.db") as store:
        for row in store.codings():
            store.add_decision(row.id, "ana", "accept")
    project.qcode("digest")
    page = project.root / "outputs" / "digest" / "index.html"
    reviewed = page.read_bytes()
    assert b"UNREVIEWED" not in reviewed
    project.write("t1.txt", INTERVIEW.replace("It was 2010.", "It was 2011."))
    project.qcode("run")
    assert page.read_bytes() == reviewed
    assert b"UNREVIEWED" in (project.root / "outputs" / "drafts" / "digest" / "index.html"
                             ).read_bytes()


def test_selections_of_nothing_say_so_and_write_nothing(project: Project):
    started(project)
    r = project.qcode("digest", "--code", "bribary", "--status", "suggested", code=1)
    assert r.stderr == "Error: 'bribary' is not a code of codebook 'north-korea-interviews'; " \
        "did you mean bribery?\n"
    r = project.qcode("review", "export", "--code", "usb", code=1)
    assert "did you mean usb_notel?" in r.stderr
    r = project.qcode("search", "--code", "bribary", code=1)  # every --code alike
    assert r.stderr.endswith("'bribary' is not a code of codebook 'north-korea-interviews'; "
                             "did you mean bribery?\n")
    r = project.qcode("review", "export", "--status", "disputed", code=1)
    assert r.stderr == "Error: no coding has status disputed; no sheet was written\n"
    r = project.qcode("digest", "--where", "gender=womn", "--status", "suggested", code=1)
    assert r.stderr == ("Error: --where: no transcript has gender=womn (gender is one of woman); "
                        "nothing was written\n")
    r = project.qcode("digest", "--code", "bribery", "--where", "gender=woman", code=1)
    assert r.stderr.startswith("Error: --status: 2 codings match code bribery and gender=woman "
                               "(2 suggested) but none is accepted;")
    assert not (project.root / "outputs" / "digest").exists()
    assert not (project.root / "outputs" / "review").exists()
    project.qcode("digest", "--code", "bribery", "--status", "suggested", "--format", "md")
    md = project.root / "outputs" / "digest" / "digest.md"
    before = md.read_bytes()
    project.qcode("digest", "--code", "human_rights_awareness", "--status", "suggested", code=1)
    assert md.read_bytes() == before


def test_a_draft_sheet_as_run_wrote_it_is_rewritten_without_reading_it(project: Project):
    started(project)
    draft = project.root / "outputs" / "drafts" / f"review-{TODAY}.xlsx"
    from qcode.review import replacing

    def unread(path: Path) -> int | None:
        raise AssertionError(f"{path} was read")

    with pytest.MonkeyPatch.context() as m:
        m.setattr(replacing, "filled_rows", unread)
        project.write("t1.txt", INTERVIEW + "\nWe paid a bribe to the inspector.\n")
        project.qcode("run")
    assert not (draft.parent / f"review-{TODAY}-2.xlsx").exists()
    fill(draft, {sorted(codings(project))[0]: ("accept", "", "")})  # someone's now: read, kept
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    assert (draft.parent / f"review-{TODAY}-2.xlsx").exists()
    assert list(filled(draft).values()) == ["accept"]
