"""One reader per file format; each turns bytes into Lines plus front-matter fields."""

from __future__ import annotations

from pathlib import Path

from qcode.ingest.decode import decode
from qcode.ingest.source import Source, with_front_matter
from qcode.ingest.subtitles import read_subtitles
from qcode.ingest.word import read_docx


def read_text(data: bytes, path: Path) -> Source:
    return with_front_matter(decode(data, path), path, line_is_paragraph=False)


READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".docx": read_docx,
    ".vtt": read_subtitles,
    ".srt": read_subtitles,
}
