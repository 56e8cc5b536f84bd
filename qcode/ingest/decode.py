"""Bytes -> text: BOMs, UTF-16, detected legacy encodings, and repaired mojibake."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from qcode.errors import IngestError


@dataclass
class Decoded:
    text: str
    encoding: str
    repaired_lines: int
    detected: bool


def decode(data: bytes, path: Path) -> Decoded:
    """Decode a transcript, refusing empty and binary files, and repair mojibake line by line."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise IngestError("empty file; nothing to ingest (add the transcript text)", path, 1)
    detected = False
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise IngestError(f"broken UTF-16 ({e.reason}); re-save as UTF-8", path, 1) from e
    elif b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise IngestError(
            "binary file, not text (found NUL bytes); export the transcript as "
            ".txt, .md, .docx, .vtt or .srt",
            path,
            line,
        )
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as e:
            from charset_normalizer import from_bytes  # imported only when needed: slow

            best = from_bytes(data).best()
            if best is None or best.encoding is None:
                line = data[: e.start].count(b"\n") + 1
                raise IngestError(
                    "unreadable encoding: not UTF-8 and no other encoding fits; "
                    "re-save the file as UTF-8",
                    path,
                    line,
                ) from e
            text, encoding, detected = str(best), best.encoding, True
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        return Decoded(text, encoding, 0, detected)  # nothing ftfy could repair
    import ftfy  # imported only for text that could hold mojibake: slow to import

    fix = ftfy.TextFixerConfig(uncurl_quotes=False, unescape_html=False, fix_line_breaks=False)
    lines = text.split("\n")
    repaired = 0
    for i, raw in enumerate(lines):
        if not raw.isascii():
            fixed = ftfy.fix_text(raw, fix)
            if fixed != raw:
                lines[i] = fixed
                repaired += 1
    return Decoded("\n".join(lines), encoding, repaired, detected)
