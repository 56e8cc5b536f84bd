"""Outputs are replaced whole or not at all.

Every file qcode writes is first written to a temporary file in the same folder and then
renamed over the old one (a rename within a folder is atomic), so a crash, a full disk or an
error half-way leaves the previous file as it was, never a truncated one that a later run or
a reviewer's spreadsheet program trips over. Failures of the file system become one
`OutputError` naming the file and what to do.
"""

from __future__ import annotations

import errno
import filecmp
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qcode.errors import OutputError

_REASONS = {
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EDQUOT: "the disk quota is exceeded; free some space and run the command again",
    errno.EROFS: "the folder is on a read-only file system; choose another project folder",
    errno.EACCES: "permission denied; check the folder's permissions or choose another one",
    errno.EPERM: "permission denied; check the folder's permissions or choose another one",
}


def output_error(path: Path, e: OSError) -> OutputError:
    """One clear line for a file that could not be written."""
    reason = _REASONS.get(e.errno or 0, e.strerror or str(e))
    return OutputError(f"cannot write: {reason}", path)


def refuse_existing(path: Path, force: bool) -> None:
    """A file the user named may be their own work (an edited export, say): replace it
    only when asked."""
    if path.exists() and not force:
        raise OutputError("exists; choose another file, or force replacing it", path,
                          code="Q401", option="force")


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path to write `path`'s new content to; it replaces `path` only when the
    block finishes without an error, and only if the content changed (an output rebuilt
    the same keeps its file, time and all). The temporary name keeps the suffix, for writers
    that choose a format by it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".tmp{path.suffix}",
                                    dir=path.parent)
        os.close(fd)
    except OSError as e:
        raise output_error(path, e) from e
    tmp = Path(name)
    try:
        yield tmp
        if _same_bytes(tmp, path):
            return
        with tmp.open("rb+") as f:  # on disk before the rename, so a crash keeps one or other
            os.fsync(f.fileno())
        os.chmod(tmp, _mode(path))
        os.replace(tmp, path)
    except OSError as e:
        raise output_error(path, e) from e
    finally:
        tmp.unlink(missing_ok=True)


def _same_bytes(new: Path, old: Path) -> bool:
    try:
        return new.stat().st_size == old.stat().st_size and filecmp.cmp(new, old, shallow=False)
    except OSError:
        return False


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    with replacing(path) as tmp:
        tmp.write_text(text, encoding=encoding)
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    with replacing(path) as tmp:
        tmp.write_bytes(data)
    return path


def _mode(path: Path) -> int:
    """The replaced file's permissions, else what a plain open() would have given."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
