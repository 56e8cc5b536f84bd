"""What `run` leaves behind: codings.csv, the draft review sheet and the draft digest.

Edits cost what they change. What the outputs show of each transcript (its public codings
and its lines of codings.csv) is kept in the store as a part (store/fragments.py), with
the transcript's mark at the time: the schema's triggers move the mark whenever any of the
transcript's codings or its text changes, however it was changed. A run renders again only
the parts whose mark moved (and every part when a review, the settings or qcode changed),
reading only those transcripts' codings. When no part's content changed, and nothing else
an output shows (codebook, settings, the date), no output is touched: an edit that changes
no coding costs reading one transcript's codings. Otherwise codings.csv is written from the
parts, and the draft sheet and the digest are each rendered again only when what they show
changed (a hash of the parts / of the digest's quotes); every file is replaced only when
its bytes changed (atomic.replacing).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from qcode import __version__
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.model import CodingRow, short_hash
from qcode.privacy import Redactor
from qcode.review import DRAFTS, draft_sheet_path, numbered
from qcode.store import Fragment, Store

if TYPE_CHECKING:
    from qcode.digest import Digest

DRAFT_SHEET = "draft sheet"  # project table key: _file_state of the draft sheet run last wrote
SHEET_SHOWS = "draft sheet shows"  # ... and the hash of what it shows
DIGEST_SHOWS = "draft digest shows"  # the hash of the draft digest's content
PARTS_CONTEXT = "parts rendered with"  # what the stored parts depend on besides the codings
OUTPUTS_SHOW = "outputs show"  # the hash of every part and all else the outputs show
DIGEST_FILES = ("index.html", "digest.md", "digest.docx", "quotes.csv")
ROW_FIELDS = [f.name for f in fields(CodingRow)]
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
    from qcode.review.sheets import is_draft_free

    csv_path, digest_path = out / "codings.csv", out / DRAFTS / "digest" / "index.html"
    key = short_hash(store.state(), book.hash, config.to_json(), __version__)
    done = store.get("outputs", "").split(":", 2)  # key, rows, draft sheet
    if done[0] == key and len(done) == 3 and _todays(Path(done[2]), out) \
            and all(p.exists() for p in (csv_path, Path(done[2]), digest_path)):
        return Outputs(csv_path, int(done[1]), Path(done[2]), digest_path, skipped=True)
    parts = _parts(store, config)
    rows = sum(n for _, n in parts.values())
    written = store.get(DRAFT_SHEET)
    sheet = numbered(draft_sheet_path(out),
                     lambda path: _file_state(path) == written or is_draft_free(path))
    shows = _hash((f"{tid}:{h}" for tid, (h, _) in parts.items()),
                  [book.hash, config.to_json(), __version__, date.today().isoformat()])
    if store.get(OUTPUTS_SHOW) == f"{shows}:{store.review_state()}" \
            and _file_state(sheet) == written and csv_path.exists() \
            and all((digest_path.parent / f).exists() for f in DIGEST_FILES):
        store.put("outputs", f"{key}:{rows}:{sheet}")
        return Outputs(csv_path, rows, sheet, digest_path, skipped=True)
    from qcode import exports  # the writers' libraries load only when there is work

    exports.write_codings_blocks(csv_path, (f.csv for f in store.fragments()))
    codings = [CodingRow(*values) for f in store.fragments() for values in json.loads(f.rows)]
    _draft_sheet(store, book, config, sheet, codings, shows)
    digest = _digest_of(store, book, config, codings)
    del codings  # a third of the peak memory on a large corpus: gone before the digest renders
    _draft_digest(store, digest, digest_path.parent)
    store.put("outputs", f"{key}:{rows}:{sheet}")
    store.put(OUTPUTS_SHOW, f"{shows}:{store.review_state()}")  # after the sheet's record
    return Outputs(csv_path, rows, sheet, digest_path, skipped=False)


def _parts(store: Store, config: Config) -> dict[str, tuple[str, int]]:
    """Every transcript's part made current, rendering only those whose mark moved since
    (all of them when a review, the settings or qcode changed): transcript id -> (the
    part's hash, its rows of codings.csv), by transcript id."""
    context = short_hash(config.to_json(), __version__, store.review_state(),
                         json.dumps(store.recode_labels() if store.decision_count() else {}))
    marks = store.coding_marks()
    stored = store.fragment_marks() if store.get(PARTS_CONTEXT) == context else {}
    dirty = [tid for tid, mark in marks.items() if tid not in stored or stored[tid][0] != mark]
    made: dict[str, tuple[str, int]] = {}
    for k in range(0, len(dirty), PARTS_AT_ONCE):  # a batch's codings in memory at a time
        parts = _render(store, config, dirty[k:k + PARTS_AT_ONCE], marks)
        store.save_fragments(parts)
        made |= {f.transcript: (f.hash, f.csv_rows) for f in parts}
    if len(stored) + len(made) != len(marks):
        store.keep_fragments(marks)
    store.put(PARTS_CONTEXT, context)
    return {tid: made[tid] if tid in made else stored[tid][1:] for tid in marks}


def _render(store: Store, config: Config, tids: list[str], marks: dict[str, int]
            ) -> list[Fragment]:
    """The parts of these transcripts: their codings read from the store and redacted."""
    from qcode import exports

    redactor = Redactor(config.redact)
    by_transcript: dict[str, list[CodingRow]] = {tid: [] for tid in tids}
    for row in store.codings(tids):
        by_transcript[row.transcript].append(redactor.row(row))
    parts = []
    for tid, rows in by_transcript.items():
        shown = json.dumps([[getattr(r, name) for name in ROW_FIELDS] for r in rows])
        csv, n = exports.codings_csv_block(rows)
        parts.append(Fragment(tid, marks[tid], hashlib.sha1(shown.encode()).hexdigest(), n,
                              csv, shown))
    return parts


def _draft_sheet(store: Store, book: Codebook, config: Config, sheet: Path,
                 codings: list[CodingRow], parts: str) -> None:
    """The draft sheet of every coding, written again only when a row or the codebook
    changed (`parts`: the hash of every transcript's part), or the file is not as `run`
    left it."""
    from qcode.review import export as review_export

    shows = _hash([parts], sorted(store.suggestion_notes().items()),
                  [book.hash, __version__, str(sheet)])
    if store.get(SHEET_SHOWS) == shows and _file_state(sheet) == store.get(DRAFT_SHEET):
        return
    review_export.export_sheet(store, book, config, sheet,
                               review_export.ExportOptions(draft=True), codings)
    store.put(DRAFT_SHEET, _file_state(sheet))
    store.put(SHEET_SHOWS, shows)


def _digest_of(store: Store, book: Codebook, config: Config,
               codings: list[CodingRow]) -> Digest:
    from qcode.digest import DigestOptions, build_digest

    return build_digest(store, book, config, DigestOptions(status="suggested"), codings)


def _draft_digest(store: Store, digest: Digest, folder: Path) -> None:
    """The draft digest's files, rendered again only when its content changed (its quotes,
    their attribution and reviewers, its date) or a file is missing."""
    from qcode.digest import DigestOptions
    from qcode.digest_render import render

    draft = DigestOptions(status="suggested")
    shows = _hash(_pieces(digest), [repr(draft), __version__])
    if store.get(DIGEST_SHOWS) == shows and all((folder / f).exists() for f in DIGEST_FILES):
        return
    render(digest, folder, draft)
    store.put(DIGEST_SHOWS, shows)


def _pieces(digest: Digest) -> Iterator[str]:
    """The digest's content a piece at a time: its repr whole would be a copy of every
    quote (tens of megabytes on a large corpus) held at the run's peak of memory."""
    yield repr(replace(digest, themes=[], matrix=[]))
    for theme in digest.themes:
        yield repr(replace(theme, groups=[]))
        for group in theme.groups:
            yield repr(replace(group, quotes=[]))
            yield from map(repr, group.quotes)
    yield from map(repr, digest.matrix)


def _hash(*parts: Iterable[object]) -> str:
    h = hashlib.sha1()
    for part in parts:
        for item in part:
            h.update(str(item).encode("utf-8", "surrogatepass") + b"\x1f")
        h.update(b"\x1e")
    return h.hexdigest()


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
