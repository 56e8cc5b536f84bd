"""`review undo`: a reviewer's imported sheet withdrawn, or brought back. Decisions are human
work and are never deleted: a withdrawn sheet's decisions stay in the history, marked, and
count again when restored."""

from __future__ import annotations

from pathlib import Path

from qcode.errors import NothingSelected
from qcode.store import ImportedSheet, Store


def withdraw_sheet(store: Store, reviewer: str, sheet: str = "",
                   restore: bool = False) -> ImportedSheet:
    """Withdraw (or restore) the decisions of one imported sheet of `reviewer`: the one
    named by `sheet` (its export id or file name), else the last one imported that is
    standing (or, to restore, withdrawn)."""
    sheets = store.imported_sheets(reviewer)
    if not sheets:
        raise NothingSelected(f"no imported sheet has decisions by '{reviewer}'")
    chosen = _named(sheets, reviewer, sheet) if sheet else _latest(sheets, reviewer, restore)
    target = chosen[-1]
    if not target.can_withdraw(restore):
        state = "standing" if restore else "already withdrawn"
        raise NothingSelected(f"sheet {target.export_id} ({target.file}) of '{reviewer}' is "
                              f"{state}; nothing changed")
    with store.transaction():
        store.withdraw(target, restore)
    return target


def _named(sheets: list[ImportedSheet], reviewer: str, sheet: str) -> list[ImportedSheet]:
    """The sheet with this export id or file name."""
    chosen = [s for s in sheets if sheet == s.export_id or Path(sheet).name == s.file]
    if not chosen:
        known = ", ".join(f"{s.export_id} ({s.file})" for s in sheets)
        raise NothingSelected(f"'{reviewer}' has no imported sheet '{sheet}' (theirs: {known})")
    return chosen


def _latest(sheets: list[ImportedSheet], reviewer: str, restore: bool) -> list[ImportedSheet]:
    """The sheets that can be withdrawn (or, to restore, were), oldest first."""
    chosen = [s for s in sheets if s.can_withdraw(restore)]
    if not chosen:
        state = "withdrawn" if restore else "standing"
        raise NothingSelected(f"'{reviewer}' has no {state} sheet to "
                              f"{'restore' if restore else 'withdraw'}")
    return chosen
