"""Hostile input: each case is one small file made at test time (bombs included, never
committed), run in a batch beside a good transcript. Every test asserts the exact error and
that the good transcript was stored and the outputs written all the same."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import docx

from qcode.store import Store
from tests.conftest import INTERVIEW, Project


def run_batch(project: Project, *args: str, code: int = 1, internal: bool = False,
              command: str = "ingest", coded: tuple[str, ...] = ("t1",)) -> str:
    """`qcode ingest` (or `run`) over transcripts/, which also holds t1.txt, a good
    transcript: returns stderr once t1 is known to be stored (and the outputs written)."""
    project.write("t1.txt", INTERVIEW)
    extra = ("--jobs", "1") if command == "run" else ()
    r = project.qcode(command, "transcripts", *extra, *args, code=code)
    assert "Traceback" not in r.output
    assert ("internal error" in r.stderr) == internal
    with Store(project.root / "outputs" / "qcode.db", create=False) as store:
        assert "t1" in store.transcript_index()
    if command == "run":
        assert_outputs(project, coded)
    return r.stderr


def assert_outputs(project: Project, coded: tuple[str, ...] = ("t1",)) -> None:
    out = project.root / "outputs"
    csv.field_size_limit(2_000_000)
    with (out / "codings.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["transcript"] for r in rows} >= set(coded)
    assert list(out.rglob("review-*.xlsx"))
    assert list(out.rglob("digest/index.html"))


def word_file(paragraphs: list[str], body_prefix: bytes = b"", doctype: bytes = b"") -> bytes:
    """A real .docx (python-docx), its main part optionally opened with extra XML."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body_prefix)
                if doctype:
                    data = data.replace(b"?>", b"?>" + doctype, 1)
            z.writestr(info.filename, data)
    return out.getvalue()


def write_bytes(project: Project, name: str, data: bytes) -> Path:
    path = project.root / "transcripts" / name
    path.write_bytes(data)
    return path
