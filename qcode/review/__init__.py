"""The human review loop: sheets out, decisions in, agreement and adjudication.

Sheet names are chosen here, kept free of openpyxl so that callers that only need a name
stay fast. A sheet qcode wrote may since have been filled in by a person, so an export never
takes a name that exists: the next free `-2`, `-3`... is used instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

DRAFTS = "drafts"  # `run`'s draft sheet and digest, apart from what people asked for
NEAR_MISSES = 0.5  # the default share of near misses in an uncoded sample (sampling.py)


def sheet_path(out: Path, kind: str, reviewer: str = "") -> Path:
    """<out>/review/KIND[-REVIEWER]-DATE.xlsx: the first choice of name for a sheet."""
    who = f"-{reviewer}" if reviewer else ""
    return out / "review" / f"{kind}{who}-{date.today().isoformat()}.xlsx"


def draft_sheet_path(out: Path) -> Path:
    """<out>/drafts/review-DATE.xlsx: the first choice of name for `run`'s draft sheet."""
    return out / DRAFTS / f"review-{date.today().isoformat()}.xlsx"


def numbered(path: Path, free: Callable[[Path], bool]) -> Path:
    """`path`, or the first of path-2, path-3... that `free` accepts."""
    n = 1
    candidate = path
    while not free(candidate):
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def new_sheet_path(out: Path, kind: str, reviewer: str = "") -> Path:
    """Where a new export goes: never onto a file that exists."""
    return numbered(sheet_path(out, kind, reviewer), lambda p: not p.exists())
