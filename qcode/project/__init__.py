"""qcode as a library: a project folder and everything a researcher does with it.

`Project` is what a notebook imports and what every CLI command calls: it reads the
project's settings, finds its codebook and opens its store, so that no caller repeats that.
Heavy modules (spaCy, pandas, openpyxl, jinja2) are imported by the methods that need them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qcode import rerun
from qcode.project.base import (
    CodeResult,
    DigestResult,
    Progress,
    ProjectBase,
    RunResult,
    load_codebook,
)
from qcode.project.learning import Learning
from qcode.project.publishing import Publishing
from qcode.project.reading import Reading
from qcode.project.reviewing import Reviewing

if TYPE_CHECKING:
    from qcode.pipeline import IngestReport

__all__ = ["CodeResult", "DigestResult", "Progress", "Project", "RunResult", "load_codebook"]


class Project(Reading, Reviewing, Publishing, Learning, ProjectBase):
    """A qcode project: a folder with an optional qcode.toml, a codebook, transcripts and an
    output folder holding qcode.db and every output.

    Args:
        path: the project folder (where qcode.toml is read; relative settings are relative
            to it). Default: the current folder, as for the CLI.
        out: the output folder (default: the `out` setting, `outputs/`), relative to `path`.
        codebook: the codebook YAML (default: the `codebook` setting), relative to `path`;
            a project without codebooks/default.yaml uses the one shipped with qcode.
        config: settings to use instead of reading `path`/qcode.toml.
    """

    @classmethod
    def init(cls, path: str | Path = ".") -> tuple[Project, list[Path], list[Path]]:
        """Create a project folder (qcode.toml with every setting commented, codebooks/ with
        a copy of the default codebook, transcripts/), keeping any file already there.

        Returns:
            the project, the paths created and the paths that already existed.
        """
        from qcode.scaffold import scaffold

        created, kept = scaffold(Path(path))
        return cls(path), created, kept

    def ingest(self, paths: Sequence[str | Path] | None = None,
               progress: Progress | None = None) -> IngestReport:
        """Read transcripts into the store; unchanged files are skipped.

        Args:
            paths: files or folders (default: the `transcripts` setting).
            progress: called with each file's name as it is done.
        Returns:
            what was ingested, unchanged, and every error and warning (a bad file does not
            stop the others).
        """
        from qcode import pipeline

        with self.store(create=True) as store:
            return pipeline.ingest(self._paths(paths), store, self.config, progress)

    def code(self, jobs: int | None = None, progress: Progress | None = None) -> CodeResult:
        """Apply the codebook to the stored transcripts (only what changed) and rewrite
        codings.csv.

        Args:
            jobs: worker processes (default: the CPUs available, at most 4).
            progress: called with each transcript id as it is coded.
        """
        from qcode import exports, pipeline

        with self.store() as store:
            report = pipeline.code(store, self.codebook, self.config, progress, jobs)
            rows = exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return CodeResult(report, rows)

    def run(self, transcripts: str | Path | None = None, jobs: int | None = None,
            progress: Progress | None = None) -> RunResult:
        """Ingest, code and write codings.csv, a review sheet and a draft digest; an
        unchanged run replays the last summary without loading the codebook or spaCy.

        Args:
            transcripts: a folder or file (default: the `transcripts` setting).
            jobs: worker processes for coding.
            progress: called once per file done.
        """
        source = self._paths([transcripts] if transcripts is not None else None)[0]
        found = rerun.fingerprint(source, self.codebook_path, self.config, self.out)
        summary = rerun.replay(self.out, found.key)
        if summary is not None:
            return RunResult(summary, None)
        from qcode import pipeline

        book = self.codebook  # a bad codebook stops the run before the store is created
        with self.store(create=True) as store:
            report, summary = pipeline.run([source], store, book, self.config, self.out,
                                           progress, jobs, found)
        return RunResult(summary, report)
