"""Whether `qcode run` has anything to do, decided before the codebook, yaml or spaCy load.

A re-run with nothing changed finds every file unchanged by its hash, codes nothing and
skips the outputs, but importing what it would need to do more costs three times what the
check itself does. So a run without file errors leaves a fingerprint of everything it read
besides the store (qcode's version, the working folder, the paths as given, the settings, the
codebook's bytes, every file under the transcripts path, today's draft sheet name) with the
store's state after it. The next run with the same fingerprint, the store in the same state
and every output still on disk replays that run's summary without importing them.
Anything else, however small (a hidden file added), takes the full run, which decides file
by file and code by code as always: the fingerprint only ever skips work that run would skip.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from qcode import __version__
from qcode.config import Config
from qcode.model import NLP_VERSION, source_hash
from qcode.review import draft_sheet_path
from qcode.store import Store

RECORD = "last clean run"  # key in the store's project table


@dataclass
class RunSummary:
    """What `qcode run` reports; kept so that an unchanged re-run reports it again."""

    ingested: int
    unchanged: int
    errors: int
    recoded: int
    rematched: int
    codings: int
    rows: int
    orphaned: int
    codings_csv: str
    review_sheet: str
    digest: str
    outputs_written: bool
    codebook_hash: str
    suggested: int = 0  # new model suggestions (suggest.py)


@dataclass
class Fingerprint:
    """What `fingerprint` found: the hash of the run's inputs (None if a file could not be
    read) and each file's sha256, fed its bytes, by the path it was read by: the plan
    finishes these into the files' ingest keys (ingest.ingest_key_of) instead of reading
    and hashing the corpus a second time."""

    key: str | None
    files: dict[Path, hashlib._Hash] = field(default_factory=dict)


def fingerprint(transcripts: Path, codebook: Path, config: Config, out: Path) -> Fingerprint:
    """A hash of every input of `run` but the store; its key is None if a file cannot be
    read (the full run then says which and why)."""
    h = hashlib.sha256()
    code = source_hash("**/*.py", "templates/*")  # a reader fix re-reads, with no new version
    for part in (__version__, NLP_VERSION, code, os.getcwd(), str(transcripts), str(codebook),
                 str(out), config.to_json(), str(draft_sheet_path(out))):
        h.update(part.encode() + b"\0")
    found = Fingerprint(None)
    try:
        for path in [codebook, *_files(transcripts)]:
            # one read of the whole file: hashlib.file_digest's chunked reads took longer
            found.files[path] = digest = hashlib.sha256(path.read_bytes())
            h.update(os.fsencode(path) + b"\0" + digest.digest())
    except OSError:
        return found
    found.key = h.hexdigest()
    return found


def _files(path: Path) -> list[Path]:
    """Every file under `path`, hidden ones and all suffixes included: more than `run`
    reads, so that nothing it reads can change unseen."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file())
    return [path]


def replay(out: Path, key: str | None) -> RunSummary | None:
    """The summary of an unchanged re-run, if `key` is the fingerprint the last clean run
    left, the store is as it left it and its outputs are all there; else None."""
    db = out / "qcode.db"
    if key is None or not db.exists():
        return None
    with Store(db, create=False) as store:
        saved = json.loads(store.get(RECORD) or "{}")
        if saved.get("fingerprint") != key or saved.get("state") != store.state():
            return None
        last = RunSummary(**saved["summary"])
        if not all(Path(p).exists() for p in (last.codings_csv, last.review_sheet, last.digest)):
            return None
        store.record_run(last.codebook_hash, {"ingested": 0, "codings": last.rows})
    return replace(last, ingested=0, unchanged=last.ingested + last.unchanged, recoded=0,
                   rematched=0, outputs_written=False)


def remember(store: Store, key: str, summary: RunSummary) -> None:
    """Called after a run without file errors, with the fingerprint taken before it began
    (a file edited during the run then no longer matches, and the next run is a full one)."""
    store.put(RECORD, json.dumps({"fingerprint": key, "state": store.state(),
                                  "summary": asdict(summary)}))
