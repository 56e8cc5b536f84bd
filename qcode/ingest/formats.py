"""One reader per file format; each turns bytes into Lines plus front-matter fields."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.errors import IngestError
from qcode.ingest.decode import Decoded, decode
from qcode.ingest.frontmatter import split_front_matter
from qcode.ingest.turns import Line


@dataclass
class Source:
    """What a reader hands the turn builder."""

    meta: dict[str, Any]
    id_line: int
    lines: list[Line]
    labelled: bool | None  # None: look for `Label:` prefixes in the text
    line_is_paragraph: bool
    decoded: Decoded


def _numbered(text: str) -> list[tuple[int, int, str]]:
    out, offset = [], 0
    for i, line in enumerate(text.split("\n")):
        out.append((i + 1, offset, line))
        offset += len(line) + 1
    return out


def _with_front_matter(decoded: Decoded, path: Path, line_is_paragraph: bool) -> Source:
    rows = _numbered(decoded.text)
    meta, body, id_line = split_front_matter([r[2] for r in rows], path)
    lines = [Line(n, off, text) for n, off, text in rows[body:]]
    if path.suffix.lower() == ".md":
        for line in lines:  # Markdown headings are titles, not speech
            if line.text.startswith("#"):
                line.text = ""
    return Source(meta, id_line, lines, None, line_is_paragraph, decoded)


def read_text(data: bytes, path: Path) -> Source:
    return _with_front_matter(decode(data, path), path, line_is_paragraph=False)


def read_docx(data: bytes, path: Path) -> Source:
    """Each Word paragraph is one line and one paragraph; line numbers count paragraphs."""
    import docx  # python-docx; imported here because only .docx files need it

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise IngestError(
            f"not a readable Word file ({e}); open it in Word or LibreOffice and save as .docx",
            path,
            1,
        ) from e
    text = "\n".join(p.text for p in document.paragraphs)
    if not text.strip():
        raise IngestError("empty file; the Word document has no text paragraphs", path, 1)
    return _with_front_matter(decode(text.encode("utf-8"), path), path, line_is_paragraph=True)


_TIMING = re.compile(r"^\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_CUE_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2}):\s+")


def read_subtitles(data: bytes, path: Path) -> Source:
    """WebVTT / SRT: speakers from `<v Name>` voice tags or `Name:` prefixes; cue start
    times are kept as the turn time. A cue without a speaker continues the previous one."""
    decoded = decode(data, path)
    rows = _numbered(decoded.text)
    lines: list[Line] = []
    time: str | None = None
    in_cue = False
    any_speaker = False
    current: str | None = None
    for number, offset, text in rows:
        if _TIMING.match(text):
            time = text.split("-->")[0].strip().replace(",", ".")
            in_cue = True
            continue
        if not text.strip():
            in_cue = False
            continue
        if not in_cue:  # WEBVTT header, NOTE blocks, SRT cue numbers
            continue
        speaker = None
        voice = _VOICE.search(text)
        if voice:
            speaker = voice.group(1).strip()
        clean = _TAG.sub("", text)
        label = _CUE_LABEL.match(clean)
        if speaker is None and label:
            speaker = label.group(1)
            clean = clean[label.end() :]
        lead = len(text) - len(text.lstrip())
        if speaker is not None and speaker == current:
            speaker = None  # the same voice goes on: same turn, same paragraph
        elif speaker is not None:
            current = speaker
            any_speaker = True
            if lines:
                lines.append(Line(number, offset, ""))  # a new speaker starts a paragraph
        lines.append(Line(number, offset + lead, clean.strip(), speaker, time if speaker else None))
        if speaker is None and not any_speaker and clean.rstrip().endswith("?"):
            lines.append(Line(number, offset, ""))
    if not lines:
        raise IngestError("no subtitle cues found; is this a .vtt / .srt file?", path, 1)
    return Source({}, 1, lines, any_speaker, False, decoded)


READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".docx": read_docx,
    ".vtt": read_subtitles,
    ".srt": read_subtitles,
}
