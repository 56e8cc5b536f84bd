"""What `run` leaves behind: codings.csv, the draft review sheet and the draft digest.

The codings are read from the store and redacted once, then handed to every writer; each
file is replaced only when its bytes changed (atomic.replacing), and nothing is written
when the store, the codebook and the settings are as they were at the last writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qcode import __version__
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.model import short_hash
from qcode.privacy import public_codings
from qcode.review import DRAFTS, draft_sheet_path, numbered
from qcode.store import Store

DRAFT_SHEET = "draft sheet"  # project table key: _file_state of the draft sheet run last wrote


@dataclass
class Outputs:
    codings_csv: Path
    rows: int
    review_sheet: Path
    digest: Path
    skipped: bool


def write_outputs(store: Store, book: Codebook, config: Config, out: Path) -> Outputs:
    """codings.csv, a draft review sheet of every coding and the draft digest: what `run`
    leaves. The drafts go to <out>/drafts/, apart from the sheets people asked for and the
    reviewed digest, and a draft sheet someone filled in is kept: the next free name is used.

    They are rewritten only when the store, the codebook or the settings changed since they
    were last written (or a file is missing), so an unchanged re-run does no output work.
    """
    csv_path, digest_path = out / "codings.csv", out / DRAFTS / "digest" / "index.html"
    key = short_hash(store.state(), book.hash, config.to_json(), __version__)
    done = store.get("outputs", "").split(":", 2)  # key, rows, draft sheet
    if done[0] == key and len(done) == 3 and _todays(Path(done[2]), out) \
            and all(p.exists() for p in (csv_path, Path(done[2]), digest_path)):
        return Outputs(csv_path, int(done[1]), Path(done[2]), digest_path, skipped=True)
    # openpyxl and jinja2 are imported only when there is something to write
    from qcode import exports
    from qcode.digest import DigestOptions, build_digest, render
    from qcode.review import export as review_export
    from qcode.review.sheets import is_draft_free
    codings = public_codings(store, config)
    rows = exports.write_codings_csv(store, config, csv_path, codings)
    written = store.get(DRAFT_SHEET)
    sheet = numbered(draft_sheet_path(out),
                     lambda path: _file_state(path) == written or is_draft_free(path))
    review_export.export_sheet(store, book, config, sheet,
                               review_export.ExportOptions(draft=True), codings)
    draft = DigestOptions(status="suggested")
    render(build_digest(store, book, config, draft, codings), digest_path.parent, draft)
    store.put("outputs", f"{key}:{rows}:{sheet}")
    store.put(DRAFT_SHEET, _file_state(sheet))
    return Outputs(csv_path, rows, sheet, digest_path, skipped=False)


def _file_state(path: Path) -> str:
    """A file's name, size and modification time: a draft sheet still as `run` wrote it is
    known by them, without reading the whole sheet to see whether someone filled it in."""
    try:
        st = path.stat()
    except OSError:
        return ""
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def _todays(sheet: Path, out: Path) -> bool:
    """Whether a draft sheet has today's name (or a numbered one of it)."""
    base = draft_sheet_path(out)
    return sheet.parent == base.parent and base.stem in (sheet.stem, sheet.stem.rsplit("-", 1)[0])
