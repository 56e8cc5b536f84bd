"""What every part of a project shares: its folder, settings, codebook and store."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.atomic import refuse_existing
from qcode.config import Config, load_config
from qcode.resources import resolve_codebook
from qcode.store import Store

if TYPE_CHECKING:
    from qcode.codebook import Codebook
    from qcode.digest import Digest
    from qcode.pipeline import CodeReport, IngestReport
    from qcode.rerun import RunSummary


Progress = Callable[[str], None]  # called once per file or transcript done


@dataclass
class RunResult:
    """What `Project.run` did: `ingest` is None when an unchanged run was replayed."""

    summary: RunSummary
    ingest: IngestReport | None


@dataclass
class CodeResult:
    """What `Project.code` did, and the rows of the codings.csv it rewrote."""

    report: CodeReport
    rows: int


@dataclass
class DigestResult:
    """The digest built and the files written from it."""

    digest: Digest
    files: list[Path]


class ProjectBase:
    """A project's folder, settings, codebook and store: what `Project`'s parts build on
    (see `Project` for the arguments)."""

    def __init__(self, path: str | Path = ".", *, out: str | Path | None = None,
                 codebook: str | Path | None = None, config: Config | None = None) -> None:
        self.root = Path(path)
        self.config = config if config is not None else load_config(self.root / "qcode.toml")
        self.out = self.root / (out if out is not None else self.config.out)
        self.codebook_path = resolve_codebook(self.root / (codebook or self.config.codebook))

    @property
    def db_path(self) -> Path:
        return self.out / "qcode.db"

    @contextmanager
    def store(self, create: bool = False) -> Iterator[Store]:
        """The project's store, open for the duration of a `with` block.

        Args:
            create: create qcode.db if missing (only ingest and run do); otherwise a missing
                store is a StoreError that says to ingest first.
        """
        with Store(self.db_path, create=create) as store:
            yield store

    @cached_property
    def codebook(self) -> Codebook:
        """The project's codebook, validated (a text this project validated before skips the
        spaCy pattern check)."""
        return load_codebook(self.codebook_path, self.db_path)

    def _paths(self, paths: Sequence[str | Path] | None) -> list[Path]:
        return [self.root / p for p in (paths or [self.config.transcripts])]

    def _export_path(self, file: str | Path | None, default: str, force: bool) -> Path:
        """Where an export goes: a file the user named is never replaced unless forced."""
        if file is None:
            return self.out / default
        refuse_existing(Path(file), force)
        return Path(file)


def path_or_none(path: str | Path | None) -> Path | None:
    return Path(path) if path is not None else None


def load_codebook(path: Path, db: Path | None = None) -> Codebook:
    """A validated codebook. A text the project store at `db` validated before skips the
    (slow to import) spaCy pattern check."""
    from qcode.codebook import load_codebook as load

    trusted = Store.validated_codebooks(db) if db is not None else frozenset()
    return load(path, trusted)
