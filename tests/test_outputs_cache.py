"""run's drafts are rendered again only when what they show changed, and never served stale:
an edit that changes no coding keeps every draft file as it was; a changed coding, a new
redaction or a removed transcript reaches every one of them."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

import pytest

from qcode.packing import deflated
from qcode.review.export import DRAFT_COMPRESSION
from qcode.store import Store
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


def _add_an_answer_to_t1(project: Project) -> None:
    """Edit t1 so that it gains a coded answer, and run."""
    project.write("t1.txt", INTERVIEW + "\nInterviewer: And later?\n\n"
                  "A: Later we watched Chinese films on a notel with the curtains shut.\n")
    project.qcode("run")


def _same_as_a_fresh_run(project: Project) -> dict[str, str]:
    """Check the project's outputs show what a fresh project's run shows; returns those."""
    fresh = project.root / "fresh"
    project.qcode("run", "transcripts", "--out", str(fresh))
    assert _shown(project.root / "outputs") == _shown(fresh)
    return _shown(fresh)


def _run(project: Project) -> Project:
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2").replace(
        "We gave the guard", "We paid the guard"))
    project.qcode("run")
    return project


def test_an_edit_that_changes_no_coding_keeps_every_draft(project: Project):
    _run(project)
    before, parts = _times(project), _parts(project)
    project.write("t1.txt", INTERVIEW + "\nInterviewer: Anything else?\n\nA: No.\n")
    r = project.qcode("run")
    assert re.search(r"transcripts ingested\s+│\s+1\s", r.stdout), r.stdout  # the store changed
    assert _times(project) == before  # but nothing any draft shows
    assert _parts(project) == parts  # nor t1's part: it is not rendered again


def test_a_new_pseudonym_reaches_the_digest(project: Project):
    """Front matter changes what the digest shows of a transcript without changing its
    codings."""
    _run(project)
    project.write("t1.txt", INTERVIEW.replace("Mrs Han", "Mrs Ri"))
    project.qcode("run")
    shown = _same_as_a_fresh_run(project)
    html = shown["index.html"]  # t2 is Mrs Han too
    assert "Mrs Ri, woman" in html and "Mrs Han, woman, 52, North Hamgyong (t1)" not in html


def test_a_changed_coding_reaches_every_draft(project: Project):
    _run(project)
    before = _times(project)
    _add_an_answer_to_t1(project)
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
    with Store(project.root / "outputs" / "qcode.db") as store:  # its rendered pieces go too
        kept = store.db.execute("SELECT transcript_id FROM quote_pieces").fetchall()
        assert {r[0] for r in kept} == {"t1"}


def _parts(project: Project) -> dict[str, int]:
    """Each transcript's stored part of the outputs, by its row in the store: a part
    rendered again is a new row."""
    with Store(project.root / "outputs" / "qcode.db") as store:
        return dict(store.db.execute("SELECT transcript_id, rowid FROM fragments").fetchall())


def _shown(out: Path) -> dict[str, str]:
    """What every output of a run shows, but the sheet's creation time and _meta: text, and
    the bytes of each file (of the sheet's rows and styles, of the Word document's body)."""
    files = {"codings.csv": out / "codings.csv"}
    files |= {p.name: p for p in (out / "drafts" / "digest").iterdir()}
    sheet = next((out / "drafts").glob("*.xlsx"))
    return {name: _text(path) for name, path in files.items()} | {
        "sheet": _text(sheet)} | _bytes(files | {"sheet": sheet})


def _bytes(files: dict[str, Path]) -> dict[str, str]:
    parts = {".xlsx": ["xl/worksheets/sheet1.xml", "xl/styles.xml"],
             ".docx": ["word/document.xml"]}
    shown = {}
    for name, path in files.items():
        if path.suffix not in parts:
            shown[f"{name} bytes"] = path.read_bytes().hex()
            continue
        with zipfile.ZipFile(path) as z:
            shown |= {f"{name} {part}": z.read(part).hex() for part in parts[path.suffix]}
    return shown


def test_an_edit_renders_only_the_edited_transcripts_part(project: Project):
    _run(project)
    before = _parts(project)
    _add_an_answer_to_t1(project)
    after = _parts(project)
    assert after["t2"] == before["t2"] and after["t1"] != before["t1"]
    assert "Chinese films" in _same_as_a_fresh_run(project)["codings.csv"]


def test_a_decision_made_outside_run_reaches_every_draft(project: Project):
    _run(project)
    with Store(project.root / "outputs" / "qcode.db") as store:
        coding = next(r for r in store.codings() if "paid the guard" in r.text)
        store.add_decision(coding.id, "ana", "reject")
    project.qcode("run")
    shown = _shown(project.root / "outputs")
    assert coding.id not in shown["codings.csv"] and coding.id not in shown["quotes.csv"]


def test_a_project_from_before_parts_shows_every_transcript(project: Project):
    """A store made before the parts existed (schema 7) gets a mark for every transcript
    it holds, so a run after an edit still shows the transcripts it did not touch."""
    _run(project)
    with Store(project.root / "outputs" / "qcode.db") as store:
        triggers = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        store.db.executescript("".join(f"DROP TRIGGER {t[0]};" for t in triggers.fetchall()) +
                               "DROP TABLE fragments; DROP TABLE coding_marks; "
                               "DROP TABLE quote_pieces; "
                               "DELETE FROM schema_version WHERE version >= 8;")
    _add_an_answer_to_t1(project)
    assert "paid the guard" in _same_as_a_fresh_run(project)["codings.csv"]


def test_a_changed_code_renders_only_the_parts_whose_codings_changed(project: Project):
    _run(project)
    project.write("t3.txt", INTERVIEW.replace("id: t1", "id: t3").replace("notel", "radio"))
    project.qcode("run")
    before = _parts(project)
    book = project.root / "codebooks" / "default.yaml"
    book.write_text(book.read_text().replace("notel, notetel, netel,",
                                             "notel, notetel, netel, radio,"))
    project.qcode("run")
    after = _parts(project)
    assert after["t1"] == before["t1"] and after["t3"] != before["t3"]
    _same_as_a_fresh_run(project)


def test_the_draft_digest_is_the_digest_command_writes(project: Project):
    """run puts its draft digest together from each transcript's rendered quotes; the files
    are those `qcode digest --status suggested` renders from every quote, byte for byte."""
    _run(project)
    _add_an_answer_to_t1(project)
    with Store(project.root / "outputs" / "qcode.db") as store:
        coding = next(r for r in store.codings() if "paid the guard" in r.text)
        store.add_decision(coding.id, "ana", "accept")  # a reviewer in the digest
    project.write("t3.txt", INTERVIEW.replace("id: t1", "id: t3"))
    project.qcode("run")
    project.qcode("digest", "--status", "suggested")
    drafts, digest = (project.root / "outputs" / d for d in ("drafts/digest", "digest"))
    assert "reviewed by ana" in (drafts / "index.html").read_text(encoding="utf-8")
    names = ["index.html", "digest.md", "digest.docx", "quotes.csv"]
    assert _bytes({n: drafts / n for n in names}) == _bytes({n: digest / n for n in names})


def _packed_at(sheet: Path) -> int | None:
    """The zlib level the Review sheet's rows were deflated at, of 1 and 6, deflated whole."""
    with zipfile.ZipFile(sheet) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        data = z.read(info)
    for level in (1, 6):
        packer = zlib.compressobj(level, zlib.DEFLATED, -15)
        if len(packer.compress(data) + packer.flush()) == info.compress_size:
            return level
    return None


def _stored(sheet: Path, name: str) -> bytes:
    """A zip entry's bytes as they are in the file (deflated)."""
    with zipfile.ZipFile(sheet) as z:
        info = z.getinfo(name)
    with sheet.open("rb") as f:
        f.seek(info.header_offset)
        header = f.read(30)
        f.seek(int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little"),
               1)
        return f.read(info.compress_size)


def test_the_draft_sheet_is_packed_fast_and_a_reviewers_sheet_small(project: Project):
    """The draft sheet's rows are each transcript's, deflated at level 1 when it was
    rendered and packed as they are (qcode/packing.py); a reviewer's sheet is deflated at
    zipfile's level 6."""
    _run(project)
    stored = _stored(next((project.root / "outputs" / "drafts").glob("*.xlsx")),
                     "xl/worksheets/sheet1.xml")
    with Store(project.root / "outputs" / "qcode.db") as store:
        pieces = [rows for rows, n in store.fragment_sheets() if n]
    assert len(pieces) == 2 and all(rows.data in stored for rows in pieces)
    for rows in pieces:
        xml = zlib.decompressobj(-15).decompress(rows.data)
        assert deflated(xml, 1).data == rows.data and DRAFT_COMPRESSION == 1
    project.qcode("review", "export", "--reviewer", "ana", "--file", "ana.xlsx")
    assert _packed_at(project.root / "ana.xlsx") == 6

def test_the_draft_sheet_reads_as_every_coding_in_order(project: Project):
    """The draft sheet's rows carry no numbers (FastSheet.piece): read as review import
    reads a sheet, row k is the k-th coding of codings.csv, and nobody has filled it in."""
    import csv

    from qcode.review.reading import open_workbook, read_table
    from qcode.review.replacing import filled_rows

    _add_an_answer_to_t1(_run(project))
    out = project.root / "outputs"
    sheet = next((out / "drafts").glob("*.xlsx"))
    with (out / "codings.csv").open(encoding="utf-8") as f:
        ids = [row["coding_id"] for row in csv.DictReader(f)]
    problems: list[str] = []
    table = read_table(open_workbook(sheet), "Review", ["coding_id", "text"], problems)
    assert table is not None and not problems
    assert [(r, row["coding_id"]) for r, row in table.rows] == \
        list(enumerate(ids, start=2))
    assert filled_rows(sheet) == 0


def test_an_edit_renders_word_quotes_without_python_docx(project: Project,
                                                         monkeypatch: pytest.MonkeyPatch):
    """Word's template is kept in the store (pieces.docx_template): an edit that renders a
    transcript's quotes does not make it again with python-docx, and the outputs are a
    fresh run's."""
    from qcode import digest_render

    _run(project)

    def unmade() -> None:
        raise AssertionError("Word's template made again")

    with monkeypatch.context() as m:
        m.setattr(digest_render, "docx_template", unmade)
        _add_an_answer_to_t1(project)
    assert "Chinese films" in _same_as_a_fresh_run(project)["digest.docx"]
