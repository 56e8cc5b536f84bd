"""The steps every command chains: ingest a batch, then code what is stale.

Each step takes a Store and returns a report; a bad file is recorded in the report and the
batch goes on. The CLI decides what to print and the exit status.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qcode import __version__
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import IngestError, QcodeError
from qcode.ingest import discover, ingest_key, parse_file
from qcode.model import NLP_VERSION, Coding, Transcript, short_hash
from qcode.review import sheet_path
from qcode.store import Store

if TYPE_CHECKING:
    from qcode.match import Engine

Progress = Callable[[str], None]
SAVE_BATCH = 64  # transcripts per store transaction during ingest
IN_FLIGHT = 4  # transcripts queued per worker with --jobs N: enough to keep it busy


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[QcodeError] = field(default_factory=list)
    warnings: list[QcodeError] = field(default_factory=list)


@dataclass
class CodeReport:
    transcripts: int = 0
    codes_rematched: int = 0
    codings: int = 0
    removed: int = 0


def ingest(
    paths: Iterable[Path], store: Store, config: Config, progress: Progress | None = None
) -> IngestReport:
    """Parse and store every transcript that is new or changed; unchanged files are skipped
    by their hash before any parsing."""
    report = IngestReport()
    files, problems = discover(paths)
    report.errors.extend(problems)
    stored = store.transcript_index()
    by_path = {path: (tid, h) for tid, (path, h) in stored.items()}
    claimed: dict[str, str] = {}  # transcript id -> path, for this batch
    pending: list[Transcript] = []  # parsed, saved SAVE_BATCH at a time
    for path in files:
        if progress:
            progress(str(path))
        try:
            data = path.read_bytes()
            known = by_path.get(str(path))
            if known and known[1] == ingest_key(data, config):
                _claim(known[0], path, 1, claimed)
                report.unchanged.append(known[0])
                continue
            t = parse_file(path, config, data)
            _claim(t.id, path, t.id_line, claimed)
            other = stored.get(t.id)
            if other and other[0] != str(path) and Path(other[0]).exists():
                raise IngestError(
                    f"transcript id '{t.id}' is already used by {other[0]}; give one of them "
                    "another `id:` in its front matter",
                    path,
                    t.id_line,
                )
            pending.append(t)
            if len(pending) == SAVE_BATCH:
                store.save_transcripts(pending)
                pending = []
            report.ingested.append(t.id)
            if t.encoding not in ("utf-8", "utf-8-sig", "utf-16"):
                report.warnings.append(
                    IngestError(f"not UTF-8; read as {t.encoding} (detected), re-save as UTF-8 "
                                "to be sure", path, 1))
            if t.repaired_lines:
                report.warnings.append(
                    IngestError(f"repaired mojibake (garbled characters) on {t.repaired_lines} "
                                "line(s)", path, 1))
        except QcodeError as e:
            report.errors.append(e)
        except OSError as e:
            report.errors.append(IngestError(f"cannot read file: {e.strerror}", path))
    store.save_transcripts(pending)
    return report


_worker: tuple[Engine, bool] | None = None


def _init_worker(book: Codebook, codes: set[str], code_interviewer: bool) -> None:
    from qcode.match import Engine  # spaCy is loaded only when there is coding to do

    global _worker
    _worker = (Engine(book, codes), code_interviewer)


def _code_one(item: tuple[Transcript, set[str]]) -> tuple[str, set[str], list[Coding]]:
    assert _worker is not None, "worker not initialised"
    engine, code_interviewer = _worker
    t, wanted = item
    return t.id, wanted, [c for c in engine.code_transcript(t, code_interviewer)
                          if c.code in wanted]


@contextmanager
def _coder(book: Codebook, codes: set[str], code_interviewer: bool,
           jobs: int) -> Iterator[Callable[[Iterable[tuple[Transcript, set[str]]]],
                                           Iterator[tuple[str, set[str], list[Coding]]]]]:
    """A function that codes (transcript, codes) items in order, here or in a process pool."""
    if jobs <= 1:
        _init_worker(book, codes, code_interviewer)
        yield lambda items: map(_code_one, items)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    def in_order(items: Iterable[tuple[Transcript, set[str]]]
                 ) -> Iterator[tuple[str, set[str], list[Coding]]]:
        # pool.map would load and queue every transcript at once; keep a few per worker
        pending: deque[Future[tuple[str, set[str], list[Coding]]]] = deque()
        for item in items:
            pending.append(pool.submit(_code_one, item))
            if len(pending) >= IN_FLIGHT * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    with ProcessPoolExecutor(jobs, initializer=_init_worker,
                             initargs=(book, codes, code_interviewer)) as pool:
        yield in_order


def _claim(tid: str, path: Path, line: int, claimed: dict[str, str]) -> None:
    if tid in claimed and claimed[tid] != str(path):
        raise IngestError(
            f"duplicate transcript id '{tid}': also used by {claimed[tid]}; give one of them "
            "another `id:` in its front matter",
            path,
            line,
        )
    claimed[tid] = str(path)


def code(
    store: Store, book: Codebook, config: Config, progress: Progress | None = None,
    jobs: int = 1,
) -> CodeReport:
    """Match every (transcript, code) pair whose transcript or code rules changed.

    With jobs > 1, transcripts are coded in worker processes that each build the pipeline
    once; results come back in order, so the store ends up identical to jobs=1.
    """
    store.save_codebook(book.hash, book.name, str(book.version), book.source)
    hashes = book.code_hashes(salt=f"{NLP_VERSION}:{config.code_interviewer}")
    report = CodeReport(removed=store.forget_codes_except(hashes))
    stale = store.stale(hashes)
    if not stale:
        return report
    todo_codes = set().union(*stale.values())
    work = ((t, stale[t.id]) for t in store.load_transcripts(stale))
    results = []
    with _coder(book, todo_codes, config.code_interviewer, jobs) as code_all:
        for tid, wanted, codings in code_all(work):
            if progress:
                progress(tid)
            results.append((tid, wanted, codings))
            report.codings += len(codings)
    store.replace_codings(results, hashes)
    report.transcripts = len(results)
    report.codes_rematched = len(todo_codes)
    return report


@dataclass
class Outputs:
    codings_csv: Path
    rows: int
    review_sheet: Path
    digest: Path
    skipped: bool


def write_outputs(store: Store, book: Codebook, config: Config, out: Path) -> Outputs:
    """codings.csv, a review sheet of every coding and the draft digest: what `run` leaves.

    They are rewritten only when the store, the codebook or the settings changed since they
    were last written (or a file is missing), so an unchanged re-run does no output work.
    """
    sheet = sheet_path(out, "review")
    csv_path, digest_path = out / "codings.csv", out / "digest" / "index.html"
    key = short_hash(store.state(), book.hash, config.model_dump_json(), __version__)
    done = store.get("outputs", "").split(":")
    if done[0] == key and all(p.exists() for p in (csv_path, sheet, digest_path)):
        return Outputs(csv_path, int(done[1]), sheet, digest_path, skipped=True)
    # pandas, openpyxl and jinja2 are imported only when there is something to write
    from qcode import exports
    from qcode.digest import DigestOptions, build_digest, render
    from qcode.review import export as review_export
    rows = exports.write_codings_csv(store, config, csv_path)
    review_export.export_sheet(store, book, config, sheet, review_export.ExportOptions())
    draft = DigestOptions(status="suggested")
    render(build_digest(store, book, config, draft), digest_path.parent, draft)
    store.put("outputs", f"{key}:{rows}")
    return Outputs(csv_path, rows, sheet, digest_path, skipped=False)

