"""Which files of a batch changed since the store last saw them: the first thing `ingest`
and `run` do, before any parsing (pipeline.py parses and stores what this finds changed).

A file is known by its path, resolved (`same_file`), and by the hash of its bytes and the
settings that change its reading (`ingest_key`): an unchanged file is never parsed again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from qcode.config import Config
from qcode.errors import QcodeError
from qcode.ingest import discover, ingest_key, ingest_key_of
from qcode.resolve import same_files
from qcode.store import Store


@dataclass
class Plan:
    """The files of a batch in order, each either unchanged (its stored id) or to parse."""

    files: list[tuple[Path, str | None]]
    errors: Sequence[QcodeError]
    warnings: Sequence[QcodeError]
    stored: dict[str, tuple[str, str]]  # id -> (path, file hash), as in the store
    removed: dict[str, str]  # id -> when: transcripts removed (consent withdrawn)

    @property
    def to_parse(self) -> list[Path]:
        return [path for path, known in self.files if known is None]


def same_file(path: Path | str) -> str:
    """The one spelling of a file's path that the store keeps and compares: absolute, with
    `..` and symlinks resolved, so that a project run from another working folder, or given
    the same folder by another spelling, finds its files unchanged (a symlink loop: made
    absolute; parsing says what is wrong). `resolve.same_files` for many at once."""
    return same_files([path])[0]


def what_changed(paths: Iterable[Path], store: Store, config: Config,
                 hashed: Mapping[Path, hashlib._Hash] | None = None) -> Plan:
    """Which files changed: unchanged ones are known by their hash before any parsing.
    Paths stored before they were resolved are resolved against the working folder.
    `hashed`: sha256s of files by path, fed their bytes already (`run`'s fingerprint read
    them a moment ago); a file not among them is read here."""
    found = discover(paths)
    stored = store.transcript_index()
    by_path = dict(zip(same_files(path for path, _ in stored.values()),
                       ((tid, h) for tid, (_, h) in stored.items()), strict=True))
    planned: list[tuple[Path, str | None]] = []
    seen: set[str] = set()
    for path, key in zip(found.files, same_files(found.files), strict=True):
        if key in seen:  # one file named twice, e.g. by a folder and by itself
            continue
        seen.add(key)
        tid, file_hash = by_path.get(key, (None, None))
        try:
            same = tid is not None and file_hash == _key(path, config, hashed)
        except OSError:
            same = False  # parsing says what is wrong
        planned.append((path, tid if same else None))
    return Plan(planned, found.errors, found.warnings, stored, store.removed_ids())


def _key(path: Path, config: Config, hashed: Mapping[Path, hashlib._Hash] | None) -> str:
    """The file's ingest key, from its hash if it was read already. The file may have
    changed since: then the key is of what the fingerprint saw, and the fingerprint the run
    leaves is of that too, so the next run is a full one and finds the change."""
    known = hashed.get(path) if hashed else None
    if known is not None:
        return ingest_key_of(known, config)
    return ingest_key(path.read_bytes(), config)
