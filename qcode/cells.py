"""What every spreadsheet and CSV writer puts in a cell: text that stays text, printable.

Transcript text is testimony, not data anyone checked: a passage that begins `=HYPERLINK(`
would be a live formula in Excel or LibreOffice once written to a cell, and an ESC or BEL
byte breaks the .xlsx (openpyxl refuses it mid-sheet) and rings through terminals. Every
writer (review and adjudication sheets, codings.csv, exports, quotes.csv, matrix headers)
passes each value through `cell`; writers of other formats (HTML, Markdown, Word) use
`printable`. The store keeps the text as transcribed.
"""

from __future__ import annotations

import re
from typing import Any

# OWASP's CSV-injection list: what a spreadsheet reads as the start of a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# C0 controls but tab, newline and carriage return; DEL; C1 controls
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"  # one character for one: offsets into the text still hold


def printable(text: str) -> str:
    """The text with each control character (ESC, BEL, NUL...) replaced by U+FFFD."""
    if text.isprintable():
        return text
    return _CONTROL.sub(REPLACEMENT, text)


def control_characters(text: str) -> int:
    return 0 if text.isprintable() else len(_CONTROL.findall(text))


def cell(value: Any) -> Any:
    """A value as a spreadsheet or CSV cell: a string is made printable and, if it begins
    like a formula, prefixed with an apostrophe (OWASP): shown as text, never evaluated,
    even after someone edits the cell. Numbers and None pass unchanged."""
    if not isinstance(value, str):
        return value
    value = printable(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def shift(value: str) -> int:
    """How many characters `cell` puts before a string: spans into it move by as many."""
    return 1 if printable(value).startswith(FORMULA_STARTS) else 0


def uncell(value: Any) -> Any:
    """What `cell` was given, for the values qcode writes and reads back itself (the hidden
    _meta sheet: a reviewer named `@ana` stays `@ana`). Control characters stay replaced."""
    if isinstance(value, str) and value[:1] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
