"""The steps every command chains: ingest a batch, then code what is stale.

Each step takes a Store and returns a report; a bad file is recorded in the report and the
batch goes on. The CLI decides what to print and the exit status. `run` takes both steps in
one pass (ingest_and_code): a new or changed file is parsed and coded by the same worker,
rather than stored, read back and sent to a worker again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from qcode import workers
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import IngestError, QcodeError, as_typed
from qcode.ingest import parse_file
from qcode.model import ENGINE_SOURCES, NLP_VERSION, Coding, Transcript, source_hash
from qcode.outputs import write_outputs
from qcode.plan import Plan, same_file, what_changed
from qcode.plural import counted
from qcode.rerun import Fingerprint, RunSummary, remember
from qcode.store import Store

Progress = Callable[[str], None]
SAVE_BATCH = 64  # transcripts per store transaction during ingest
# transcripts coded after which `run` lets the engine go before writing the outputs: its
# vocabulary is then worth more as memory than the second reloading spaCy would cost
RELEASE_AFTER = 100


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
    errors: list[QcodeError] = field(default_factory=list)  # transcripts left to the next run


@dataclass
class _Parsed:
    """What a worker made of one file: its transcript (and its codings, in `run`) or why not."""

    transcript: Transcript | QcodeError
    codings: list[Coding] | None = None


def _parse(path: Path, config: Config) -> Transcript:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise IngestError(f"cannot read file: {e.strerror}", path) from e
    return parse_file(path, config, data)


def _parse_one(item: tuple[Path, Config]) -> _Parsed:
    try:
        return _Parsed(_parse(*item))
    except QcodeError as e:
        return _Parsed(e)
    except Exception as e:  # a reader's bug or a file no check foresaw: this file fails alone
        return _Parsed(unexpected(e, item[0], "reading"))


def unexpected(e: Exception, path: Path | str, doing: str) -> IngestError:
    """An unforeseen failure as this file's error. Only the exception's kind is named: its
    message may quote the file's text or a private field."""
    what = ("ran out of memory" if isinstance(e, MemoryError)
            else f"an unexpected {type(e).__name__}")
    error = IngestError(f"internal error while {doing} this file ({what}); the other files "
                        "are unaffected; run the command again with --debug for the traceback", path)
    error.__cause__ = e
    return error


def ingest(
    paths: Iterable[Path], store: Store, config: Config, progress: Progress | None = None
) -> IngestReport:
    """Parse and store every transcript that is new or changed; unchanged files are skipped
    by their hash before any parsing."""
    plan = what_changed(paths, store, config)
    parsed = map(_parse_one, ((path, config) for path in plan.to_parse))
    return _absorb(plan, parsed, store, progress, None)[0]


def ingest_and_code(
    paths: Iterable[Path], store: Store, book: Codebook, config: Config,
    progress: Progress | None = None, jobs: int | None = None,
    hashed: Mapping[Path, hashlib._Hash] | None = None,
) -> tuple[IngestReport, CodeReport]:
    """`run`'s first two steps in one pass: each new or changed transcript is coded by the
    process that parsed it (one of `jobs`), so none is read back from the store to be coded;
    then whatever else is stale (codes whose rules changed) is coded as `code` does. The
    store ends up as after `ingest` then `code`. `hashed`: files' sha256 already fed their
    bytes (rerun.Fingerprint.files), which the plan need not read again."""
    plan = what_changed(paths, store, config, hashed)
    hashes = _code_hashes(book, config)
    coded = CodeReport()
    if plan.to_parse:  # worker processes, and spaCy, only when something changed
        with workers.coder(book, set(hashes), config.code_interviewer,
                    workers.count(jobs, len(plan.to_parse))) as work:
            items = ((path, config) for path in plan.to_parse)
            report, coded.codings = _absorb(plan, work(_parse_and_code, items), store,
                                            progress, hashes)
        coded.transcripts = len(report.ingested)
        coded.codes_rematched = len(hashes) if report.ingested else 0
    else:
        report, _ = _absorb(plan, iter(()), store, progress, None)
    rest = code(store, book, config, None, jobs)
    coded.transcripts += rest.transcripts
    coded.codes_rematched = max(coded.codes_rematched, rest.codes_rematched)
    coded.codings += rest.codings
    coded.removed = rest.removed
    report.errors.extend(rest.errors)
    return report, coded


def _absorb(plan: Plan, parsed: Iterator[_Parsed], store: Store, progress: Progress | None,
            hashes: dict[str, str] | None) -> tuple[IngestReport, int]:
    """Store what was parsed, file by file in the plan's order (so the same file is blamed
    for a duplicate id however many processes parsed): transcripts SAVE_BATCH at a time,
    with their codings if they were coded (for the codes in `hashes`). Returns the report
    and the number of codings stored."""
    report = IngestReport(errors=list(plan.errors), warnings=list(plan.warnings))
    claimed: dict[str, str] = {}  # transcript id -> path, for this batch
    pending: list[tuple[Transcript, list[Coding] | None]] = []
    codings = 0

    def save() -> None:
        store.save_transcripts([t for t, _ in pending])
        if hashes is not None:
            store.replace_codings([(t.id, set(hashes), c or []) for t, c in pending], hashes)
        pending.clear()

    for path, known in plan.files:
        if progress:
            progress(str(path))
        try:
            if known is not None:
                _claim(known, path, 1, claimed)
                report.unchanged.append(known)
                continue
            result = next(parsed)
            t = _admitted(result, path, plan, claimed)
            pending.append((t, result.codings))
            codings += len(result.codings or [])
            if len(pending) == SAVE_BATCH:
                save()
            report.ingested.append(t.id)
            report.warnings.extend(_warnings(t, path))
        except QcodeError as e:
            report.errors.append(e)
    save()
    return report, codings


def _admitted(result: _Parsed, path: Path, plan: Plan, claimed: dict[str, str]) -> Transcript:
    """A parsed transcript that may be stored: its id is not another file's, in this batch
    or in the store, nor one removed because consent was withdrawn."""
    if isinstance(result.transcript, QcodeError):
        raise result.transcript
    t = result.transcript
    t.path = same_file(path)
    _claim(t.id, path, t.id_line, claimed)
    if t.id in plan.removed:
        raise IngestError(
            f"transcript '{t.id}' was removed from the project on "
            f"{plan.removed[t.id][:10]} (consent withdrawn) and is not ingested again; "
            f"move this file out of the transcripts folder, or run `qcode restore "
            f"{t.id}` if consent was given again", path, t.id_line)
    other = plan.stored.get(t.id)
    if other and same_file(other[0]) != t.path and Path(other[0]).exists():
        raise IngestError(f"transcript id '{t.id}' is already used by {other[0]}; give one of "
                          "them another `id:` in its front matter", path, t.id_line)
    return t


def _warnings(t: Transcript, path: Path) -> list[QcodeError]:
    out: list[QcodeError] = [IngestError(n.message, path, n.line) for n in t.notices]
    if t.repaired_lines:
        out.append(IngestError("repaired mojibake (garbled characters) on "
                               f"{counted(t.repaired_lines, 'line')}", path, 1))
    return out


def _code_one(item: tuple[Transcript, set[str]]
              ) -> tuple[str, set[str], list[Coding] | IngestError]:
    """A stored transcript's codings for the codes wanted, or the error that stopped them
    (that transcript stays to be coded; the others are stored)."""
    engine, code_interviewer = workers.engine()
    t, wanted = item
    try:
        return t.id, wanted, [c for c in engine.code_transcript(t, code_interviewer)
                              if c.code in wanted]
    except Exception as e:
        return t.id, wanted, unexpected(e, as_typed(t.path), "coding")


def _parse_and_code(item: tuple[Path, Config]) -> _Parsed:
    """Parse a file and code it for every code the worker's engine has."""
    engine, code_interviewer = workers.engine()
    parsed = _parse_one(item)
    if isinstance(parsed.transcript, Transcript):
        try:
            parsed.codings = engine.code_transcript(parsed.transcript, code_interviewer)
        except Exception as e:
            return _Parsed(unexpected(e, item[0], "coding"))
    return parsed


def _claim(tid: str, path: Path, line: int, claimed: dict[str, str]) -> None:
    if tid in claimed and claimed[tid] != str(path):
        raise IngestError(
            f"duplicate transcript id '{tid}': also used by {claimed[tid]}; give one of them "
            "another `id:` in its front matter",
            path,
            line,
        )
    claimed[tid] = str(path)


def _code_hashes(book: Codebook, config: Config) -> dict[str, str]:
    """Each code's rules hash, salted with what else changes its codings."""
    engine = source_hash(*ENGINE_SOURCES)
    return book.code_hashes(salt=f"{NLP_VERSION}:{engine}:{config.code_interviewer}")


def code(
    store: Store, book: Codebook, config: Config, progress: Progress | None = None,
    jobs: int | None = None,
) -> CodeReport:
    """Match every (transcript, code) pair whose transcript or code rules changed.

    With jobs > 1, transcripts are coded in worker processes that each build the pipeline
    once; results come back in order, so the store ends up identical to jobs=1.
    """
    store.save_codebook(book.hash, book.name, str(book.version), book.source,
                        {c.id: c.label for c in book.flat()})
    hashes = _code_hashes(book, config)
    report = CodeReport(removed=store.forget_codes_except(hashes))
    stale = store.stale(hashes)
    if not stale:
        return report
    todo_codes = set().union(*stale.values())
    work = ((t, stale[t.id]) for t in store.load_transcripts(stale))
    results = []
    with workers.coder(book, todo_codes, config.code_interviewer, workers.count(jobs, len(stale))) as apply:
        for tid, wanted, codings in apply(_code_one, work):
            if progress:
                progress(tid)
            if isinstance(codings, IngestError):
                report.errors.append(codings)
                continue
            results.append((tid, wanted, codings))
            report.codings += len(codings)
    store.replace_codings(results, hashes)
    report.transcripts = len(results)
    report.codes_rematched = len(todo_codes)
    return report


def prepare(book: Codebook, config: Config) -> None:
    """Build the engine `run` codes a new or changed transcript with, before there is one:
    within `workers.kept()` (`qcode watch`, between runs) the next run then finds it built."""
    workers.prepare(book, set(_code_hashes(book, config)), config.code_interviewer)


def _suggest(store: Store, book: Codebook) -> int:
    """The model's suggestions, once reviewers have given it evidence (suggest.py); a
    project nobody reviewed yet loads neither the embeddings nor scikit-learn."""
    if store.decision_count() == 0:
        return 0
    from qcode import suggest

    return suggest.suggest(store, book).suggested


def run(
    paths: Iterable[Path], store: Store, book: Codebook, config: Config, out: Path,
    progress: Progress | None = None, jobs: int | None = None,
    fingerprint: Fingerprint | None = None,
) -> tuple[IngestReport, RunSummary]:
    """`qcode run`: ingest and code what changed, then write what changed in the outputs.
    After a run without file errors, `fingerprint` (rerun.fingerprint, taken before it
    began) is remembered so that an identical next run can be replayed."""
    report, coded = ingest_and_code(paths, store, book, config, progress, jobs,
                                    fingerprint.files if fingerprint else None)
    if coded.transcripts >= RELEASE_AFTER:
        workers.release()
    suggested = _suggest(store, book)
    outputs = write_outputs(store, book, config, out)
    stats = store.stats()
    store.record_run(book.hash, {"ingested": len(report.ingested), "codings": outputs.rows})
    summary = RunSummary(
        ingested=len(report.ingested), unchanged=len(report.unchanged),
        errors=len(report.errors), recoded=coded.transcripts,
        rematched=coded.codes_rematched, codings=stats["codings"], rows=outputs.rows,
        orphaned=stats["orphaned decisions"], codings_csv=str(outputs.codings_csv),
        review_sheet=str(outputs.review_sheet), digest=str(outputs.digest),
        outputs_written=not outputs.skipped, codebook_hash=book.hash, suggested=suggested,
    )
    if fingerprint and fingerprint.key and not report.errors:
        remember(store, fingerprint.key, summary)
    return report, summary
