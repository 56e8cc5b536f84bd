"""Size limits checked on a file's bytes before any reader parses them.

A 428 KB .docx can unpack to 300 MB of empty paragraphs, which python-docx would turn into
gigabytes of objects; a Word file may also declare XML entities, which Word never writes and
which hide or pull in text. So a .docx is judged by its zip directory and by streaming its
main part, never by parsing it. Each limit is a qcode.toml setting, named in its error.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from qcode.config import Config
from qcode.errors import IngestError

MB = 2**20
# Word's XML spends ~100 bytes or more per element (runs carry their properties); a bomb of
# empty paragraphs spends 6. Elements are capped per MB of the unpacked limit accordingly.
ELEMENTS_PER_MB = 20_000
_CHUNK = 1 << 20


def check_limits(data: bytes, path: Path, config: Config) -> None:
    """Raise IngestError if the file is over a size limit (or a .docx is not safe to parse)."""
    if len(data) > config.max_file_mb * MB:
        raise IngestError(
            f"the file is {len(data) / MB:.0f} MB, over the {config.max_file_mb} MB limit for "
            "a transcript; if it really is one, raise `max_file_mb` in qcode.toml", path)
    if path.suffix.lower() == ".docx":
        _check_docx(data, path, config)


def _check_docx(data: bytes, path: Path, config: Config) -> None:
    limit = config.max_unpacked_mb
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            entries = z.infolist()
            unpacked = sum(i.file_size for i in entries)
            if unpacked > limit * MB:
                raise IngestError(
                    f"the Word file unpacks to {unpacked / MB:.0f} MB, over the {limit} MB "
                    "limit (a zip bomb?); if it is a real transcript, raise `max_unpacked_mb` "
                    "in qcode.toml", path)
            for info in entries:
                if info.filename.endswith((".xml", ".rels")):
                    with z.open(info) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise IngestError(
                            f"the Word file declares XML entities ({info.filename}), which "
                            "Word never writes and which can hide text; open it in Word or "
                            "LibreOffice and save it again", path)
            if "word/document.xml" in z.namelist():
                _count_elements(z, path, limit)
    except IngestError:
        raise
    except Exception as e:  # zipfile and zlib raise many kinds for a damaged archive
        raise IngestError(
            f"not a readable Word file ({type(e).__name__}); open it in Word or LibreOffice "
            "and save it as .docx", path, 1) from e


def _count_elements(z: zipfile.ZipFile, path: Path, limit: int) -> None:
    """Stream the main part (bounded by the unpacked limit above) counting its tags."""
    most = limit * ELEMENTS_PER_MB
    tags = 0
    with z.open("word/document.xml") as part:
        while chunk := part.read(_CHUNK):
            tags += chunk.count(b"<")
            if tags > most:
                raise IngestError(
                    f"the Word document holds over {most:,} XML elements (empty paragraphs "
                    f"by the million?), more than the {limit} MB unpacked limit allows; if it "
                    "is a real transcript, raise `max_unpacked_mb` in qcode.toml", path)
