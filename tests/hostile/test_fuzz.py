"""Every reader, on anything: one clear error (IngestError) or a transcript, never an internal
error. Hypothesis draws the inputs; the examples are bounded so the suite stays fast."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcode.config import Config
from qcode.errors import IngestError
from qcode.ingest import SUFFIXES, parse_file
from qcode.model import Transcript

FAST = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# lines in the style of transcripts, subtitles and front matter, to be shuffled and mangled
PIECES = ["---", "...", "id: t1", "age: 42", "x: 2019-13-45", "n: !!int zz", "a: &a [1]",
          "b: *a", "private: [phone]", "phone: 010-5555", "Interviewer: Did you pay?",
          "A: We gave the guard a bribe.", "Q:", "**Q:** Why?", "[00:01:02] Kim: Yes.", "",
          "WEBVTT", "NOTE x", "1", "00:00:01.000 --> 00:00:02.000", "00:00:01,000 -> 2",
          "<v Kim>We crossed.", "Kim: At night.", "# Title", "- item", "=HYPERLINK(1)",
          "\x1b[2J", "\ufeff", "Ã©tÃ©", "한국어", "\t", "    indented"]
lines = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=25)
encodings = st.sampled_from(["utf-8", "utf-16", "cp949", "latin-1", "utf-8-sig"])


def outcome(path: Path, data: bytes) -> Transcript | IngestError:
    try:
        return parse_file(path, Config(), data)
    except IngestError as e:
        assert e.file == str(path) and e.message
        return e


@pytest.mark.parametrize("suffix", [s for s in SUFFIXES if s != ".docx"])
@FAST
@given(body=lines, encoding=encodings, junk=st.binary(max_size=8))
def test_text_readers(tmp_path: Path, suffix: str, body: list[str], encoding: str,
                      junk: bytes):
    data = "\n".join(body).encode(encoding, errors="replace") + junk
    outcome(tmp_path / f"t{suffix}", data)


def word(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph("".join(ch for ch in text if ch.isprintable()))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@FAST
@given(body=lines, flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                  max_size=3))
def test_word_reader(tmp_path: Path, body: list[str], flips: list[tuple[int, int]]):
    data = bytearray(word(body))
    for where, value in flips:  # damage the zip or its XML
        data[where % len(data)] = value
    outcome(tmp_path / "t.docx", bytes(data))


@FAST
@given(xml=st.text(max_size=200))
def test_word_reader_on_any_main_part(tmp_path: Path, xml: str):
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(word(["A: hello"]))) as src, \
            zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + xml.encode("utf-8", "replace"))
            out.writestr(info.filename, data)
    outcome(tmp_path / "t.docx", buf.getvalue())
