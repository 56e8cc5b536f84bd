"""What `run` leaves behind: codings.csv, the draft review sheet and the draft digest.

Edits cost what they change. What the outputs show of each transcript (its lines of
codings.csv, its rows of the draft sheet, its quotes in the draft digest: pieces.py) is kept
in the store as a part (store/fragments.py), with the transcript's mark at the time: the
schema's triggers move the mark whenever any of the transcript's codings or its text
changes, however it was changed. A run renders again only the parts whose mark moved (and
every part when a review, the settings, the codebook's codes or qcode changed), reading only
those transcripts' codings. When no part's content changed, and nothing else an output
shows (codebook, settings, the date), no output is touched: an edit that changes no coding
costs reading one transcript's codings. Otherwise every output is put together from the
parts (the draft sheet only when a part or the codebook changed: writing it records an
export), and each file is replaced only when its bytes changed (atomic.replacing).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qcode import __version__
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.model import short_hash
from qcode.review import DRAFTS, draft_sheet_path, numbered
from qcode.store import Store

DRAFT_SHEET = "draft sheet"  # project table key: _file_state of the draft sheet run last wrote
SHEET_SHOWS = "draft sheet shows"  # ... and the hash of what it shows
PARTS_CONTEXT = "parts rendered with"  # what the stored parts depend on besides the codings
OUTPUTS_SHOW = "outputs show"  # the hash of every part and all else the outputs show
DIGEST_FILES = ("index.html", "digest.md", "digest.docx", "quotes.csv")
PARTS_AT_ONCE = 50  # transcripts whose parts are rendered together


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
    """
    csv_path, digest_path = out / "codings.csv", out / DRAFTS / "digest" / "index.html"
    key = short_hash(store.state(), book.hash, config.to_json(), __version__)
    done = store.get("outputs", "").split(":", 2)  # key, rows, draft sheet
    if done[0] == key and len(done) == 3 and _todays(Path(done[2]), out) \
            and all(p.exists() for p in (csv_path, Path(done[2]), digest_path)):
        return Outputs(csv_path, int(done[1]), Path(done[2]), digest_path, skipped=True)
    parts = _parts(store, book, config)
    rows = sum(n for _, n in parts.values())
    written = store.get(DRAFT_SHEET)
    sheet = numbered(draft_sheet_path(out),
                     lambda path: _file_state(path) == written or _draft_free(path))
    shows = _hash((f"{tid}:{h}" for tid, (h, _) in parts.items()),
                  [book.hash, config.to_json(), __version__, date.today().isoformat()])
    if store.get(OUTPUTS_SHOW) == f"{shows}:{store.review_state()}" \
            and _file_state(sheet) == written and csv_path.exists() \
            and all((digest_path.parent / f).exists() for f in DIGEST_FILES):
        store.put("outputs", f"{key}:{rows}:{sheet}")
        return Outputs(csv_path, rows, sheet, digest_path, skipped=True)
    from qcode import exports, pieces  # the writers' libraries load only when there is work

    exports.write_codings_blocks(csv_path, store.fragment_csv())
    _draft_sheet(store, book, sheet, shows)
    pieces.write_digest(store, book, digest_path.parent)
    store.put("outputs", f"{key}:{rows}:{sheet}")
    store.put(OUTPUTS_SHOW, f"{shows}:{store.review_state()}")  # after the sheet's record
    return Outputs(csv_path, rows, sheet, digest_path, skipped=False)


def _parts(store: Store, book: Codebook, config: Config) -> dict[str, tuple[str, int]]:
    """Every transcript's part made current, rendering only those whose mark moved since
    and whose public codings or front matter changed (all of them when what the parts show
    besides those changed: pieces.py): transcript id -> (the part's hash, its rows of
    codings.csv), by transcript id."""
    from qcode.pieces import Renderer, book_shows, public

    model = store.has_model_codings()
    context = short_hash(config.to_json(), __version__, store.review_state(),
                         json.dumps(store.recode_labels() if store.decision_count() else {}),
                         book_shows(book), str(model),
                         json.dumps(sorted(store.suggestion_notes().items())) if model else "")
    marks = store.coding_marks()
    stored = store.fragment_marks() if store.get(PARTS_CONTEXT) == context else {}
    dirty = [tid for tid, mark in marks.items() if tid not in stored or stored[tid][0] != mark]
    made: dict[str, tuple[str, int]] = {}
    render: Renderer | None = None
    for k in range(0, len(dirty), PARTS_AT_ONCE):  # a batch's codings in memory at a time
        shown = public(store, config, dirty[k:k + PARTS_AT_ONCE])
        same = {tid: marks[tid] for tid, (h, _) in shown.items()
                if tid in stored and stored[tid][1] == h}  # its text changed, not what it shows
        store.move_fragment_marks(same)
        if len(same) < len(shown):
            render = render or Renderer(store, book, config, model)
            parts = [render(tid, marks[tid], *rows) for tid, rows in shown.items()
                     if tid not in same]
            store.save_fragments(parts)
            made |= {f.transcript: (f.hash, f.csv_rows) for f in parts}
    if len(stored) + len(made) != len(marks):
        store.keep_fragments(marks)
    store.put(PARTS_CONTEXT, context)
    return {tid: made[tid] if tid in made else stored[tid][1:] for tid in marks}


def _draft_sheet(store: Store, book: Codebook, sheet: Path, parts: str) -> None:
    """The draft sheet of every coding from each transcript's rows, written again only when
    a row or the codebook changed (`parts`: the hash of every transcript's part), or the
    file is not as `run` left it."""
    from qcode.review.export import write_draft

    shows = _hash([parts], sorted(store.suggestion_notes().items()),
                  [book.hash, __version__, str(sheet)])
    if store.get(SHEET_SHOWS) == shows and _file_state(sheet) == store.get(DRAFT_SHEET):
        return
    write_draft(store, book, sheet, store.fragment_sheets(), store.coding_ids(),
                store.has_model_codings())
    store.put(DRAFT_SHEET, _file_state(sheet))
    store.put(SHEET_SHOWS, shows)


def _hash(*parts: Iterable[object]) -> str:
    h = hashlib.sha1()
    for part in parts:
        for item in part:
            h.update(str(item).encode("utf-8", "surrogatepass") + b"\x1f")
        h.update(b"\x1e")
    return h.hexdigest()


def _draft_free(path: Path) -> bool:
    """review.replacing.is_draft_free, imported only when the sheet there is not the one run
    wrote last: sheets.py loads xlsxwriter (~0.015 s), which an edit that changes no
    coding never uses."""
    from qcode.review.replacing import is_draft_free

    return is_draft_free(path)


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
