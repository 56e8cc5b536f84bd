"""One exception hierarchy. Every error says where (file, line or cell), what and what to do.

Messages are in the library's terms. An error about a parameter or setting names it in
`option` (`format`, `where`, `out`...), and whoever shows the error says it in their own
terms: the CLI as its flag (`--format`), the Python API as the argument. Errors that docs
and tests refer to carry a stable `code` (Q + three digits, listed in `CODES`), so a message
can be reworded without breaking them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

CODES = {
    "Q101": "unknown output format",
    "Q102": "unknown digest status",
    "Q103": "a transcript filter that is not FIELD=VALUE",
    "Q104": "a transcript filter on a private field",
    "Q105": "a transcript filter on a field no transcript has",
    "Q201": "no project store in the output folder",
    "Q202": "the output folder's qcode.db is not a qcode store",
    "Q203": "the project database cannot be written (read-only, disk full, I/O error)",
    "Q204": "the project database is in use by another qcode command",
    "Q301": "the codebook file does not exist",
    "Q401": "a file that may hold a person's work would be replaced",
}


class QcodeError(Exception):
    """Base class: a problem the user can fix, reported as `file:line: option: message`."""

    def __init__(self, message: str, file: str | Path | None = None, line: int | None = None,
                 *, code: str = "", option: str = ""):
        super().__init__(message)
        self.message = message
        self.file = printable(file) if file is not None else None
        self.line = line
        self.code = code
        self.option = option

    def location(self) -> str:
        if self.file is None:
            return ""
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def render(self, name: Callable[[str], str] = str) -> str:
        """The message after where it happened and the option at fault, which `name`
        turns into what the reader calls it (the CLI: a flag)."""
        return ": ".join([p for p in (self.location(), self.option and name(self.option)) if p]
                         + [self.message])

    def __str__(self) -> str:
        return self.render()


def printable(path: str | Path) -> str:
    """A path as it can be printed and stored: a file name in a legacy encoding (CP949
    Korean, say) is not UTF-8, so its undecodable bytes are shown as \\xNN."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def as_typed(path: str | Path) -> str:
    """A stored (absolute) path as the user would type it: relative to the working folder
    when it lies inside it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


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

    def __init__(self, message: str, problems: list[str], file: str | Path | None = None,
                 *, code: str = "", option: str = ""):
        super().__init__(message, file, code=code, option=option)
        self.problems = problems

    def render(self, name: Callable[[str], str] = str) -> str:
        return "\n".join([super().render(name), *(f"  {p}" for p in self.problems)])


class CodebookError(ProblemsError):
    """A codebook with one or more invalid entries."""


class ReviewSheetError(ProblemsError):
    """A review sheet with one or more invalid cells."""


class ExchangeError(QcodeError):
    """A REFI-QDA file (.qdc / .qdpx) that cannot be read, or a project that cannot be
    exported as one; nothing was written."""
