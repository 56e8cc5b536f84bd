"""The steps every command chains: ingest a batch, then code what is stale.

Each step takes a Store and returns a report; a bad file is recorded in the report and the
batch goes on. The CLI decides what to print and the exit status.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import IngestError, QcodeError
from qcode.ingest import discover, ingest_key, parse_file
from qcode.match import Engine
from qcode.nlp import NLP_VERSION
from qcode.store import Store

Progress = Callable[[str], None]



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
            store.save_transcript(t)
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
    return report


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
    store: Store, book: Codebook, config: Config, progress: Progress | None = None
) -> CodeReport:
    """Match every (transcript, code) pair whose transcript or code rules changed."""
    store.save_codebook(book.hash, book.name, str(book.version), book.source)
    hashes = book.code_hashes(salt=f"{NLP_VERSION}:{config.code_interviewer}")
    report = CodeReport(removed=store.forget_codes_except(hashes))
    stale = store.stale(hashes)
    if not stale:
        return report
    todo_codes = set().union(*stale.values())
    engine = Engine(book, todo_codes)
    results = []
    for t in store.load_transcripts(stale):
        if progress:
            progress(t.id)
        wanted = stale[t.id]
        codings = [c for c in engine.code_transcript(t, config.code_interviewer)
                   if c.code in wanted]
        results.append((t.id, wanted, codings))
        report.codings += len(codings)
    store.replace_codings(results, hashes)
    report.transcripts = len(results)
    report.codes_rematched = len(todo_codes)
    return report
