"""Where a sheet came from: recorded in the store when it is exported, checked when it comes
back. The hidden _meta sheet is only a claim a reviewer's file makes; the store's record of
the export is what an import is checked against, so an edited _meta (another reviewer, an
invented export, a date in the future or before the export) refuses the whole sheet, and a
coding that was on the sheet but has since vanished is told apart from an edited id."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from qcode.review.sheets import SheetWriter, writing
from qcode.status import ADJUDICATOR
from qcode.store import ExportRecord, Store, now

CLOCK_SKEW = timedelta(minutes=5)
# what ids looked like on sheets exported before exports were recorded
_LEGACY_ID = re.compile(r"[0-9a-f]{16}|uncoded:[0-9a-f]{12}")


@contextmanager
def exporting(store: Store, path: Path, kind: str, reviewer: str, codebook_hash: str,
              coding_ids: Iterable[str], replaces: Path | None = None,
              compression: int | None = None) -> Iterator[SheetWriter]:
    """A workbook to fill in (sheets.writing, packed at zlib level `compression`), given
    its _meta when the caller is done and recorded as an export: the record is kept only if
    the file was written whole."""
    record = ExportRecord(uuid.uuid4().hex[:12], kind, reviewer, now(), codebook_hash,
                          str(path), frozenset(coding_ids))
    with store.transaction():
        with writing(path, compression) as out:
            yield out
            out.meta({"kind": kind, "export_id": record.id, "project": store.project_id(),
                      "reviewer": reviewer, "codebook_hash": codebook_hash,
                      "exported_at": record.exported_at})
        store.record_export(record, replaces)


def check_meta(meta: dict[str, str], kind: str, store: Store,
               problems: list[str]) -> Callable[[str], bool]:
    """Add to `problems` whatever makes the sheet's _meta untrustworthy. Returns which coding
    ids may be missing from the project because they vanished after the export (their
    decisions are kept as orphaned history) rather than because they were edited."""
    def ref(key: str) -> str:
        return f"_meta!B{list(meta).index(key) + 1}" if key in meta else "_meta"

    def nothing(_cid: str) -> bool:
        return False

    if not meta:
        problems.append("_meta: hidden sheet missing; export a fresh sheet with qcode")
        return nothing
    if meta.get("kind") != kind:
        problems.append(f"{ref('kind')}: this is a '{meta.get('kind')}' sheet, not a '{kind}' "
                        "sheet")
        return nothing
    if meta.get("project") != store.project_id():
        problems.append(f"{ref('project')}: this sheet was exported from another project "
                        f"({meta.get('project')}); import it into that project")
        return nothing
    at = meta.get("exported_at", "")
    when = _parse(at)
    if when is None or when > datetime.now(UTC) + CLOCK_SKEW:
        what = "in the future" if when else "not a time qcode wrote"
        problems.append(f"{ref('exported_at')}: exported_at '{at}' is {what}; the _meta sheet "
                        "was edited: export a fresh sheet")
        return nothing
    record = store.export_record(meta.get("export_id", ""))
    if record is None:
        if at >= store.get("exports recorded since"):
            problems.append(f"{ref('export_id')}: this project never exported a sheet with id "
                            f"'{meta.get('export_id', '')}'; the _meta sheet was edited or the "
                            "sheet comes from a copy of the project: export a fresh sheet")
        return lambda cid: bool(_LEGACY_ID.fullmatch(cid))
    for key in ("kind", "reviewer", "exported_at", "codebook_hash"):
        if meta.get(key, "") != getattr(record, key):
            problems.append(f"{ref(key)}: {key} '{meta.get(key, '')}' is not what was exported "
                            f"('{getattr(record, key)}'); the _meta sheet was edited: export a "
                            "fresh sheet")
    return record.coding_ids.__contains__


def check_reviewer(given: str, meta: dict[str, str], problems: list[str]) -> str:
    """The reviewer a review sheet's decisions are recorded for: the one it was exported to;
    a name given at import only for a sheet exported without one. The adjudicator is a role
    granted in qcode.toml, never a name a reviewer can type."""
    exported_to = meta.get("reviewer", "")
    if given and exported_to and given != exported_to:
        problems.append(f"_meta: the sheet was exported for '{exported_to}'; it cannot be "
                        f"imported as '{given}'")
    reviewer = exported_to or given
    if not reviewer:
        problems.append("_meta: the sheet has no reviewer (a draft sheet from `qcode run`); "
                        "name one: qcode review import SHEET --reviewer NAME")
    elif reviewer.strip().lower() == ADJUDICATOR:
        problems.append(f"'{reviewer}' is a role, not a reviewer: disputes are settled with "
                        "`qcode review adjudicate` by a person listed in qcode.toml "
                        "adjudicators")
    return reviewer


def _parse(at: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
