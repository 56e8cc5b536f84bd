"""One exception hierarchy. Every error says where (file, line or cell), what and what to do."""

from __future__ import annotations

import os
from pathlib import Path


class QcodeError(Exception):
    """Base class: a problem the user can fix, reported as `file:line: message`."""

    def __init__(self, message: str, file: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = printable(file) if file is not None else None
        self.line = line

    def location(self) -> str:
        if self.file is None:
            return ""
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


def printable(path: str | Path) -> str:
    """A path as it can be printed and stored: a file name in a legacy encoding (CP949
    Korean, say) is not UTF-8, so its undecodable bytes are shown as \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


class IngestError(QcodeError):
    """A transcript that cannot be read or parsed."""


class ConfigError(QcodeError):
    """A qcode.toml that is invalid."""


class StoreError(QcodeError):
    """The SQLite store is missing, locked or from a newer qcode."""


class OutputError(QcodeError):
    """An output file that cannot be written (disk full, read-only, permissions) or that
    would replace a person's work."""


class NothingSelected(QcodeError):
    """Options that select nothing (an unknown code, a filter no transcript matches):
    nothing is written."""


class ProblemsError(QcodeError):
    """Several problems found at once (codebook, review sheet); nothing was done."""

    def __init__(self, message: str, problems: list[str], file: str | Path | None = None):
        super().__init__(message, file)
        self.problems = problems

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


class CodebookError(ProblemsError):
    """A codebook with one or more invalid entries."""


class ReviewSheetError(ProblemsError):
    """A review sheet with one or more invalid cells."""


class ExchangeError(QcodeError):
    """A REFI-QDA file (.qdc / .qdpx) that cannot be read, or a project that cannot be
    exported as one; nothing was written."""
