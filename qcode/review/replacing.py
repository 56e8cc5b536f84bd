"""Whether a sheet may be replaced, and where it goes when it is: a sheet a person filled in
holds work that may be nowhere else (a decision not imported, a note without a decision,
the reviewer's formatting and comments), so it is never written over; a filled sheet whose
every decision is in the store may give way to a new one when forced, and is moved aside."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from qcode.atomic import output_error
from qcode.errors import OutputError
from qcode.plural import counted
from qcode.review import new_sheet_path
from qcode.review.formulas import unsaved_formulas
from qcode.review.sheets import HUMAN_COLUMNS

# a sheet's rows with a decision, and how many of those the store holds from it (None: unknown)
Imported: TypeAlias = Callable[[Path], tuple[int, int] | None]


def filled_rows(path: Path) -> int | None:
    """How many rows of a qcode sheet a person filled in (a decision, recode_to or note);
    None when the file cannot be read as one, which must be treated as a person's file."""
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file it cannot read
        return None
    try:
        filled = 0
        for ws in wb.worksheets:
            if ws.title not in ("Review", "Adjudicate"):
                continue
            rows = ws.iter_rows(values_only=True)
            names = [str(v).strip().lower() if v is not None else "" for v in next(rows, ())]
            cols = [i for i, name in enumerate(names) if name in HUMAN_COLUMNS]
            # a formula whose value was never saved reads as empty, yet a person put it there
            formulas = {int(ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) for ref, _ in
                        unsaved_formulas(wb, ws, {i + 1 for i in cols})}
            filled += sum(r in formulas or any(i < len(values) and values[i] not in (None, "")
                                               for i in cols)
                          for r, values in enumerate(rows, start=2))
        return filled
    except Exception:  # a sheet that cannot be read through is a person's file, never replaced
        return None
    finally:
        wb.close()


def is_draft_free(path: Path) -> bool:
    """A name `run` may (re)write its draft sheet to: nothing there, or a sheet nobody filled."""
    return not path.exists() or filled_rows(path) == 0


def guard_existing(path: Path, force: bool, imported: Imported | None = None,
                   kind: str = "review") -> int:
    """Refuse to replace a file named with --file: a sheet with a filled-in row the store
    does not hold never, any other file only when forced. `imported(path)`: how many rows of
    the sheet hold a decision, and how many of those the store already has from it (None: it
    cannot tell); a sheet whose every filled row is such a recorded decision may be replaced
    when forced. Returns how many rows of the file a person filled in."""
    if not path.exists():
        return 0
    filled = filled_rows(path)
    if filled is None:
        raise OutputError("is not a sheet qcode can read; it is never replaced: write the new "
                          "sheet to another file", path, code="Q401", option="file")
    if filled:
        _keep_unrecorded(path, filled, imported(path) if imported else None, kind)
    if not force and filled:
        raise OutputError(f"exists, and the decisions of its {counted(filled, 'filled-in row')} "
                          "are imported already (safe in the store); --force writes the new "
                          f"sheet here and moves this one to {_aside_name(path).name}, "
                          "or choose another file", path, code="Q401",
                          option="force")
    if not force:
        raise OutputError("exists; choose another file, or force replacing this sheet "
                          "(nobody has filled it in)", path, code="Q401", option="force")
    return filled


def _keep_unrecorded(path: Path, filled: int, counts: tuple[int, int] | None,
                     kind: str = "review") -> None:
    """Refuse a sheet with filled rows the store does not hold: decisions not imported (or
    `counts` None: not known to be), or a note or recode_to without a decision. An
    adjudication sheet is never replaced (whether its decisions are in the store is not
    checked): its import is `review adjudicate --import`."""
    if kind == "adjudicate":
        raise OutputError(f"has {counted(filled, 'row')} an adjudicator filled in; a filled "
                          "adjudication sheet is never replaced: import it if you have not "
                          f"(qcode review adjudicate --import {path}), and write the new "
                          "sheet to another file", path, code="Q401", option="file")
    decided, recorded = counts or (filled, -1)
    if recorded < decided:
        pending = "" if recorded < 0 else f", {counted(decided - recorded, 'decision')} not " \
            "imported yet"
        raise OutputError(f"has {counted(filled, 'row')} a person filled in{pending}; it is "
                          "never replaced: import it first (qcode review import) or write the "
                          "new sheet to another file", path, code="Q401", option="file")
    if recorded < filled:
        raise OutputError(f"has {counted(filled - recorded, 'row')} with a note or recode_to "
                          "but no decision, which only the sheet keeps; it is never replaced: "
                          "write the new sheet to another file", path, code="Q401",
                          option="file")


def choose_sheet(out: Path, kind: str, reviewer: str = "", file: Path | None = None,
                 force: bool = False, imported: Imported | None = None
                 ) -> tuple[Path, bool]:
    """Where an export goes: `file` if it may be written (guard_existing), else a new name
    under <out>/review/ that no file has; and whether a filled sheet there gives way to the
    new one (`staging`, `put_in_place`). Its decisions are in the store, but its formatting,
    comments and the reviewer's own columns are only in the file, so it is moved aside,
    never deleted."""
    if file is None:
        return new_sheet_path(out, kind, reviewer), False
    if file.suffix.lower() != ".xlsx":
        raise OutputError(f"a sheet's name must end in .xlsx, or Excel and `qcode review "
                          f"{'adjudicate --import' if kind == 'adjudicate' else 'import'}` "
                          f"cannot open it: write --file {file}.xlsx", file,
                          option="file")
    return file, bool(guard_existing(file, force, imported, kind))


def staging(path: Path) -> Path:
    """Where a sheet that replaces a filled one is written first, beside it: the filled sheet
    is moved aside only once the new one exists, so a failed export leaves it in place."""
    return path.with_name(f".{path.stem}.new{path.suffix}")


def put_in_place(written: Path, path: Path) -> Path:
    """Move the filled sheet at `path` aside and the new sheet `written` to its name; where
    the filled one cannot be moved, the new one is removed and nothing has changed. Returns
    where the filled sheet went."""
    try:
        kept = _set_aside(path)
    except OutputError:
        written.unlink(missing_ok=True)
        raise
    written.replace(path)
    return kept


def _aside_name(path: Path) -> Path:
    """NAME.replaced.xlsx beside the sheet, or NAME.replaced-2.xlsx, -3... if taken: an
    earlier replaced sheet is never overwritten."""
    n = 1
    while (kept := path.with_name(f"{path.stem}.replaced{'' if n == 1 else f'-{n}'}"
                                  f"{path.suffix}")).exists():
        n += 1
    return kept


def _set_aside(path: Path) -> Path:
    """Move a sheet to its free `.replaced` name."""
    kept = _aside_name(path)
    try:
        path.rename(kept)
    except OSError as e:
        reason = output_error(kept, e).message
        raise OutputError(f"the filled sheet cannot be moved aside to {kept.name} ("
                          f"{reason.removeprefix('cannot write: ')}); nothing was written",
                          path, option="file") from e
    return kept
