"""A zip entry deflated in pieces made apart: run's draft sheet packed from each
transcript's rows as they were deflated when the transcript was rendered (pieces.py,
review/export.py).

A raw deflate stream may be cut where its compressor flushed: pieces each deflated on their
own and ended by a sync flush (an empty stored block: byte-aligned, not the last block),
followed by one piece ended as the last, are one stream to any inflater (no piece refers
back into another). The entry's CRC-32 is combined from the pieces' own, so an edit
deflates one transcript's rows instead of the sheet's 50 MB, and reads no row text back.
The bytes differ from deflating the whole at once; a fresh run packs the same pieces.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_ZEROS = bytes(1 << 20)


@dataclass(frozen=True)
class Deflated:
    """Bytes deflated on their own: `data` (raw deflate), the CRC-32 and length of what
    was deflated."""

    data: bytes
    crc: int
    size: int


def deflated(raw: bytes, level: int, last: bool = False) -> Deflated:
    """`raw` as a piece to lay before others (or as the `last`, ending the stream)."""
    if not raw and not last:
        return Deflated(b"", 0, 0)
    packer = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    data = packer.compress(raw) + packer.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
    return Deflated(data, zlib.crc32(raw), len(raw))


def joined(pieces: Iterable[Deflated]) -> Deflated:
    """Pieces end to end: the deflated bytes of all they hold, in order. A whole stream
    when all but the last were made to go before others and the last to end it."""
    data, crc, size = [], 0, 0
    for piece in pieces:
        data.append(piece.data)
        crc = _combined(crc, piece.crc, piece.size)
        size += piece.size
    return Deflated(b"".join(data), crc, size)


def _combined(crc: int, more: int, length: int) -> int:
    """The CRC-32 of a + b from crc(a), crc(b) and len(b). zlib's CRC register, between its
    inversions on the way in and out, is linear in the register and the data over GF(2):
    crc(a + b) is crc(a) run through len(b) zero bytes, with crc32's inversions undone,
    xor crc(b) (zlib's crc32_combine, which Python's zlib does not offer, does it with less
    work than one pass over the zeros)."""
    shifted = crc ^ 0xFFFFFFFF
    while length:
        chunk = memoryview(_ZEROS)[:min(length, len(_ZEROS))]
        shifted = zlib.crc32(chunk, shifted)
        length -= len(chunk)
    return shifted ^ 0xFFFFFFFF ^ more


def write_deflated(zip_file: zipfile.ZipFile, info: zipfile.ZipInfo, whole: Deflated) -> None:
    """An entry of a zip being written whose bytes are deflated already: what ZipFile.write
    does, but for deflating. Leans on ZipFile's writing internals (`fp`, `start_dir`,
    `filelist`, `NameToInfo`), which tests/test_fast_rows.py would see change."""
    info.compress_type = zipfile.ZIP_DEFLATED
    info.CRC, info.file_size, info.compress_size = whole.crc, whole.size, len(whole.data)
    info.flag_bits = 0
    if not info.external_attr:
        info.external_attr = 0o600 << 16
    zip64 = max(whole.size, len(whole.data)) > zipfile.ZIP64_LIMIT
    fp = zip_file.fp
    assert fp is not None, "the zip file is closed"
    fp.seek(zip_file.start_dir)
    info.header_offset = fp.tell()
    zip_file._writecheck(info)  # type: ignore[attr-defined]
    zip_file._didModify = True  # type: ignore[attr-defined]
    fp.write(info.FileHeader(zip64))
    fp.write(whole.data)
    zip_file.start_dir = fp.tell()
    zip_file.filelist.append(info)
    zip_file.NameToInfo[info.filename] = info


class PiecedZip(zipfile.ZipFile):
    """A ZipFile to pack a workbook with (xlsxwriter's, which adds files by name): a file
    holding one of `pieces`' markers becomes its bytes before the marker, the piece, and
    its bytes after, deflated as one entry at the zip's level."""

    def __init__(self, *args: Any, pieces: dict[bytes, Deflated], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.pieces = pieces

    def write(self, filename: Any, arcname: Any = None, compress_type: Any = None,
              compresslevel: Any = None) -> None:
        data = Path(filename).read_bytes()
        for marker, piece in self.pieces.items():
            head, found, tail = data.partition(marker)
            if found:
                level = zlib.Z_DEFAULT_COMPRESSION if self.compresslevel is None \
                    else self.compresslevel
                info = zipfile.ZipInfo.from_file(filename, arcname)
                write_deflated(self, info, joined(
                    [deflated(head, level), piece, deflated(tail, level, last=True)]))
                return
        super().write(filename, arcname, compress_type, compresslevel)
