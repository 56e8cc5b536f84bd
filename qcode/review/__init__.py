"""The human review loop: sheets out, decisions in, agreement and adjudication."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def sheet_path(out: Path, kind: str, reviewer: str = "") -> Path:
    """<out>/review/KIND[-REVIEWER]-DATE.xlsx: where sheets go unless --file says otherwise.
    Kept free of openpyxl so that callers that only need the name stay fast."""
    who = f"-{reviewer}" if reviewer else ""
    return out / "review" / f"{kind}{who}-{date.today().isoformat()}.xlsx"
