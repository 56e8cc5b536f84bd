"""What `run` leaves behind: codings.csv, the draft review sheet and the draft digest.

The codings are read from the store and redacted once, then handed to every writer. Each
output is rebuilt only when what it shows changed: nothing at all when the store, the
codebook and the settings are as they were at the last writing; otherwise the draft sheet
and the digest are each known by a hash of what they show (the redacted codings, the
digest's quotes) and rendered again only when it differs, and every file is replaced only
when its bytes changed (atomic.replacing). An edit that changes no coding (a typo outside
any coded passage, a question added) then costs reading the codings, not rendering them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from qcode import __version__
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.model import CodingRow, short_hash
from qcode.privacy import public_codings
from qcode.review import DRAFTS, draft_sheet_path, numbered
from qcode.store import Store

if TYPE_CHECKING:
    from qcode.digest import Digest

DRAFT_SHEET = "draft sheet"  # project table key: _file_state of the draft sheet run last wrote
SHEET_SHOWS = "draft sheet shows"  # ... and the hash of what it shows
DIGEST_SHOWS = "draft digest shows"  # the hash of the draft digest's content
DIGEST_FILES = ("index.html", "digest.md", "digest.docx", "quotes.csv")


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
    from qcode import exports  # the writers' libraries load only when there is work

    codings = public_codings(store, config)
    rows = exports.write_codings_csv(store, config, csv_path, codings)
    sheet = _draft_sheet(store, book, config, out, codings)
    digest = _digest_of(store, book, config, codings)
    del codings  # a third of the peak memory on a large corpus: gone before the digest renders
    _draft_digest(store, digest, digest_path.parent)
    store.put("outputs", f"{key}:{rows}:{sheet}")
    return Outputs(csv_path, rows, sheet, digest_path, skipped=False)


def _draft_sheet(store: Store, book: Codebook, config: Config, out: Path,
                 codings: list[CodingRow]) -> Path:
    """The draft sheet of every coding, written again only when a row or the codebook
    changed, or the file is not as `run` left it."""
    from qcode.review import export as review_export
    from qcode.review.sheets import is_draft_free

    written = store.get(DRAFT_SHEET)
    sheet = numbered(draft_sheet_path(out),
                     lambda path: _file_state(path) == written or is_draft_free(path))
    shows = _hash(map(repr, codings), sorted(store.suggestion_notes().items()),
                  [book.hash, __version__, str(sheet)])
    if store.get(SHEET_SHOWS) == shows and _file_state(sheet) == written:
        return sheet
    review_export.export_sheet(store, book, config, sheet,
                               review_export.ExportOptions(draft=True), codings)
    store.put(DRAFT_SHEET, _file_state(sheet))
    store.put(SHEET_SHOWS, shows)
    return sheet


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
