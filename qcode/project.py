"""qcode as a library: a project folder and everything a researcher does with it.

`Project` is what a notebook imports and what every CLI command calls: it reads the
project's settings, finds its codebook and opens its store, so that no caller repeats that.
Heavy modules (spaCy, pandas, openpyxl, jinja2) are imported by the methods that need them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from qcode import rerun
from qcode.atomic import refuse_existing
from qcode.config import Config, load_config
from qcode.errors import QcodeError
from qcode.model import DECISION_FIELDS, CodingRow, DecisionRow
from qcode.resources import resolve_codebook
from qcode.store import ImportedSheet, Store

if TYPE_CHECKING:
    import pandas as pd

    from qcode.codebook import Codebook
    from qcode.consent import RemovalReport
    from qcode.digest import Digest
    from qcode.evaluate import Evaluation, Mistake
    from qcode.pipeline import CodeReport, IngestReport
    from qcode.readback import TranscriptView, TurnView
    from qcode.refi.qdpx_export import QdpxReport
    from qcode.refi.qdpx_import import QdpxImport
    from qcode.rerun import RunSummary
    from qcode.review.agreement import Agreement
    from qcode.review.importer import ImportReport
    from qcode.review.report import RuleStat
    from qcode.search import Hit as SearchHit
    from qcode.suggest import SuggestReport

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


class Project:
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

    def __init__(self, path: str | Path = ".", *, out: str | Path | None = None,
                 codebook: str | Path | None = None, config: Config | None = None) -> None:
        self.root = Path(path)
        self.config = config if config is not None else load_config(self.root / "qcode.toml")
        self.out = self.root / (out if out is not None else self.config.out)
        self.codebook_path = resolve_codebook(self.root / (codebook or self.config.codebook))

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

    # -- doing the work ------------------------------------------------------------------

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
        key = rerun.fingerprint(source, self.codebook_path, self.config, self.out)
        summary = rerun.replay(self.out, key)
        if summary is not None:
            return RunResult(summary, None)
        from qcode import pipeline

        book = self.codebook  # a bad codebook stops the run before the store is created
        with self.store(create=True) as store:
            report, summary = pipeline.run([source], store, book, self.config, self.out,
                                           progress, jobs, key)
        return RunResult(summary, report)

    def _paths(self, paths: Sequence[str | Path] | None) -> list[Path]:
        return [self.root / p for p in (paths or [self.config.transcripts])]

    # -- reading results -----------------------------------------------------------------

    def coding_records(self, include_rejected: bool = False) -> list[CodingRow]:
        """Every coding as a typed record, with its review status; private fields and
        redacted names never appear (as in codings.csv).

        Args:
            include_rejected: keep codings a reviewer rejected.
        """
        from qcode.privacy import public_codings

        with self.store() as store:
            return [r for r in public_codings(store, self.config)
                    if include_rejected or r.status != "rejected"]

    def codings(self, include_rejected: bool = False) -> pd.DataFrame:
        """codings.csv as a DataFrame (its columns, its order).

        Args:
            include_rejected: keep codings a reviewer rejected.
        """
        from qcode import exports

        with self.store() as store:
            return exports.codings_frame(store, self.config, include_rejected)

    def decision_records(self) -> list[DecisionRow]:
        """Every reviewer decision ever recorded, oldest first (decisions are never
        deleted; the newest of a reviewer counts)."""
        with self.store() as store:
            return store.decisions()

    def decisions(self) -> pd.DataFrame:
        """`decision_records()` as a DataFrame, one column per field."""
        import pandas as pd

        return pd.DataFrame([asdict(r) for r in self.decision_records()],
                            columns=list(DECISION_FIELDS))

    def transcript_count(self) -> int:
        """How many transcripts the store holds."""
        with self.store() as store:
            return store.transcript_count()

    def transcripts(self) -> list[TranscriptView]:
        """Every stored transcript with its speakers and their roles, turns, words (all and
        coded) and what ingest warned about; redacted names stay redacted."""
        from qcode.readback import list_transcripts

        with self.store() as store:
            return list_transcripts(store, self.config)

    def show(self, transcript: str) -> tuple[TranscriptView, list[TurnView]]:
        """The turns ingest read in one transcript (line, speaker, role, coded or context,
        first words), to check how a file was read.

        Args:
            transcript: its id, file path or file name.
        """
        from qcode.readback import show_turns

        with self.store() as store:
            return show_turns(store, self.config, transcript)

    def stats(self) -> dict[str, int]:
        """Counts of what the store holds: transcripts, segments, codings, decisions..."""
        with self.store() as store:
            return store.stats()

    def evaluate(self, labels: str | Path | None = None, reviewer: str | None = None,
                 progress: Progress | None = None) -> Evaluation:
        """Code the stored transcripts with this project's codebook (as `code` does: only
        what changed), then score the codings against hand labels or against one reviewer's
        decisions, taken as hand labels of every paragraph they decided on.

        Args:
            labels: a CSV of transcript, segment (text or id), codes (';'-separated).
            reviewer: a reviewer whose decisions are the labels (instead of `labels`).
            progress: called with each transcript id as it is coded.
        """
        from qcode import pipeline
        from qcode.evaluate import evaluate, evaluate_reviewer

        if (labels is None) == (reviewer is None):
            raise QcodeError("score against hand labels or a reviewer's decisions: give one")
        with self.store() as store:
            pipeline.code(store, self.codebook, self.config, progress)
            if labels is not None:
                return evaluate(store, self.codebook, Path(labels))
            return evaluate_reviewer(store, self.codebook, reviewer or "")

    def mistakes(self, result: Evaluation) -> list[Mistake]:
        """An evaluation's misses and false alarms, each with the kind of error it is
        (missed without keyword, word sense, reason vs fact, context)."""
        from qcode.evaluate import kinds_of_mistakes

        with self.store() as store:
            return kinds_of_mistakes(store, self.codebook, result)

    def rule_report(self) -> tuple[list[RuleStat], int]:
        """Per rule and code: codings, accepted, rejected, precision, and recall from the
        reviewed uncoded sample; with the number of uncoded segments reviewed."""
        from qcode.review.report import rule_report

        with self.store() as store:
            return rule_report(store)

    # -- review --------------------------------------------------------------------------

    def review_export(self, reviewer: str = "", codes: Sequence[str] = (),
                      status: str | None = None, sample_uncoded: int = 0, seed: int = 0,
                      blind: bool = False, file: str | Path | None = None,
                      force: bool = False) -> tuple[Path, int]:
        """Write a review workbook for Excel or LibreOffice.

        Args:
            reviewer: who reviews it (part of the default file name).
            codes: only these codes and their subcodes (default: all).
            status: only codings with this status (suggested, disputed...).
            sample_uncoded: add a seeded random sample of N uncoded respondent segments.
            seed: the seed of that sample.
            blind: hide confidence and rules.
            file: where to write (default: a new <out>/review/review-NAME-DATE.xlsx).
            force: replace `file` if it exists (it may hold a reviewer's work).
        Returns:
            the workbook's path and its number of rows.
        """
        from qcode.review import export as review_export
        from qcode.review.sheets import choose_sheet

        path = choose_sheet(self.out, "review", reviewer, _path(file), force)
        opts = review_export.ExportOptions(reviewer, tuple(codes), status, sample_uncoded, seed,
                                           blind)
        with self.store() as store:
            rows = review_export.export_sheet(store, self.codebook, self.config, path, opts)
        return path, rows

    def review_import(self, file: str | Path, reviewer: str = "",
                      dry_run: bool = False) -> ImportReport:
        """Record a reviewer's decisions from a filled-in sheet; any bad cell raises
        ReviewSheetError listing every one, and nothing is written. codings.csv is rewritten.

        Args:
            file: the .xlsx a reviewer filled in.
            reviewer: the reviewer's name, if the sheet was exported without one.
            dry_run: check and report only.
        """
        from qcode import exports
        from qcode.review.importer import import_sheet

        with self.store() as store:
            report = import_sheet(store, self.codebook, Path(file), reviewer, dry_run)
            if not dry_run:
                exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return report

    def review_undo(self, reviewer: str, sheet: str = "", restore: bool = False) -> ImportedSheet:
        """Withdraw an imported sheet's decisions (they stay in the history) or bring them
        back; codings.csv is rewritten.

        Args:
            reviewer: whose sheet: a reviewer, or an adjudicator.
            sheet: its export id or file name (default: their last one imported).
            restore: bring a withdrawn sheet's decisions back.
        Returns:
            the sheet, with how many decisions it holds.
        """
        from qcode import exports
        from qcode.review.withdraw import withdraw_sheet

        with self.store() as store:
            target = withdraw_sheet(store, reviewer, sheet, restore)
            exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return target

    def agreement(self, with_rules: bool = False) -> list[Agreement]:
        """Inter-coder agreement per theme and overall, from each reviewer's newest decisions
        (percent, Cohen's kappa for two reviewers, Krippendorff's alpha).

        Args:
            with_rules: count qcode's rules as one more coder (to compare them with a team's
                hand coding imported from another tool).
        """
        from qcode.review.agreement import agreement_of

        with self.store() as store:
            return agreement_of(store, with_rules)

    def adjudication_export(self, file: str | Path | None = None, force: bool = False,
                            adjudicator: str = "") -> tuple[Path, int, str]:
        """Write the disputed codings side by side for an adjudicator.

        Args:
            file: where to write (default: a new <out>/review/adjudicate-DATE.xlsx).
            force: replace `file` if it exists (never a sheet someone filled in).
            adjudicator: who adjudicates: one of the `adjudicators` setting (default: the
                only one).
        Returns:
            the workbook's path, the number of disputed codings in it, the adjudicator.
        """
        from qcode.review.adjudicate import adjudicator_of, export_disputes
        from qcode.review.sheets import choose_sheet

        name = adjudicator_of(self.config, adjudicator)
        path = choose_sheet(self.out, "adjudicate", "", _path(file), force)
        with self.store() as store:
            return path, export_disputes(store, self.codebook, self.config, path, name), name

    def adjudication_import(self, file: str | Path) -> ImportReport:
        """Record an adjudicator's final decisions (all or nothing) and rewrite codings.csv.

        Returns:
            what was recorded, and decisions on codings that no longer exist.
        """
        from qcode import exports
        from qcode.review.adjudicate import import_adjudication

        with self.store() as store:
            report = import_adjudication(store, self.codebook, self.config, Path(file))
            exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return report

    # -- outputs -------------------------------------------------------------------------

    def digest(self, codes: Sequence[str] = (), status: str = "accepted",
               where: Sequence[str] = (), context: int | None = None, limit: int | None = None,
               formats: Sequence[str] = ("html", "md", "docx", "csv"),
               template: str | Path | None = None) -> DigestResult:
        """Quotes by theme for writers, written to <out>/digest/.

        Args:
            codes: only these themes or subthemes (default: all).
            status: accepted (reviewed), suggested (a draft) or all.
            where: only transcripts whose front matter has FIELD=VALUE (each).
            context: quote N sentences around the matched ones.
            limit: at most N quotes per theme or subtheme, highest confidence first.
            formats: any of html, md, docx, csv.
            template: a Jinja2 template of yours, rendered next to the others.
        """
        from qcode.digest import DigestOptions, write_digest

        opts = DigestOptions(tuple(codes), status, tuple(where), context, limit, tuple(formats),
                             _path(template))
        with self.store() as store:
            d, files = write_digest(store, self.codebook, self.config, self.out / "digest", opts)
        return DigestResult(d, files)

    def export(self, what: str, format: str = "csv", file: str | Path | None = None,
               include_rejected: bool = False, force: bool = False) -> Path:
        """Write codings (with status) or the code x transcript matrix and co-occurrence.

        Args:
            what: codings or matrix.
            format: csv, xlsx or json.
            file: where to write (default: <out>/WHAT.FORMAT).
            include_rejected: codings: rejected ones too.
            force: replace `file` if it exists (the default name in the project folder is
                qcode's own output and is always rewritten).
        """
        from qcode import exports

        path = self._export_path(file, f"{what}.{format}", force)
        with self.store() as store:
            return exports.export(store, self.config, what, format, path, include_rejected)


    # -- learning from reviewers ----------------------------------------------------------

    def suggest(self) -> tuple[SuggestReport, int]:
        """Learn from reviewers' decisions and suggest passages the rules did not code
        (codings of origin `model`); codings.csv is rewritten.

        Returns:
            per code what was learnt from and suggested, and the rows of codings.csv.
        """
        from qcode import exports, suggest

        with self.store() as store:
            report = suggest.suggest(store, self.codebook, force=True)
            rows = exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return report, rows

    def search(self, query: str = "", code: str | None = None, words: bool = False,
               limit: int = 10, to_review: str | None = None) -> tuple[list[SearchHit], Path | None]:
        """Respondent passages closest in meaning to `query`, or like a code's accepted
        passages, or holding the query's words.

        Args:
            query: what to look for, in one's own words.
            code: rank by similarity to this code's accepted passages instead.
            words: find the query's words (by lemma, in sequence) instead of its meaning.
            limit: at most this many passages.
            to_review: also write the passages to a new review sheet for this reviewer.
        Returns:
            the passages, and the sheet written (None if none was).
        """
        from qcode import search

        if code is None and not query.strip():
            raise QcodeError("give a query to search for, or a code")
        if code is not None and words:
            raise QcodeError("search by a code's passages or by words, not both")
        with self.store() as store:
            if code is not None:
                hits = search.like_code(store, self.codebook, self.config, code, limit)
            elif words:
                hits = search.by_words(store, self.config, query, limit)
            else:
                hits = search.by_meaning(store, self.config, query, limit)
            if to_review is None or not hits:
                return hits, None
            return hits, self._search_sheet(store, to_review, hits, query or code or "")

    def _search_sheet(self, store: Store, reviewer: str, hits: list[SearchHit],
                      what: str) -> Path:
        from qcode.review import export as review_export
        from qcode.review import new_sheet_path

        path = new_sheet_path(self.out, "search", reviewer)  # never onto a sheet being filled in
        opts = review_export.ExportOptions(
            reviewer, passages=tuple(h.segment_id for h in hits),
            passages_label=f"(search: {what}) recode to the code it should have, if any")
        review_export.export_sheet(store, self.codebook, self.config, path, opts)
        return path

    # -- withdrawn consent ------------------------------------------------------------------

    def remove(self, transcript: str, reason: str) -> RemovalReport:
        """Take a transcript out of the store and every output (withdrawn consent); its
        decisions keep only their ids and a tombstone.

        Args:
            transcript: the transcript id.
            reason: why, kept with the tombstone.
        """
        from qcode.consent import remove

        with self.store() as store:
            return remove(store, self.codebook, self.config, self.out, transcript, reason)

    def restore(self, transcript: str) -> str:
        """Allow a removed transcript to be ingested again; returns the path it was read from."""
        with self.store() as store:
            return store.restore_transcript(transcript)

    # -- exchange with other tools (REFI-QDA) ---------------------------------------------

    def _export_path(self, file: str | Path | None, default: str, force: bool) -> Path:
        """Where an export goes: a file the user named is never replaced unless forced."""
        if file is None:
            return self.out / default
        refuse_existing(Path(file), force)
        return Path(file)

    def export_qdc(self, file: str | Path | None = None, force: bool = False) -> tuple[Path, int]:
        """Write the codebook as a REFI-QDA codebook (.qdc); returns the path and how many
        codes it holds.

        Args:
            file: where to write (default: <out>/codebook.qdc).
            force: replace `file` if it exists.
        """
        from qcode.refi.qdc import write_qdc

        path = self._export_path(file, "codebook.qdc", force)
        return path, write_qdc(self.codebook, path)

    def export_qdpx(self, file: str | Path | None = None, status: str = "suggested",
                    force: bool = False) -> tuple[Path, QdpxReport]:
        """Write the project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA...

        Args:
            file: where to write (default: <out>/project.qdpx).
            status: which codings go in (as `qcode export qdpx --status`).
            force: replace `file` if it exists.
        """
        from qcode.refi.qdpx_export import export_qdpx

        path = self._export_path(file, "project.qdpx", force)
        with self.store() as store:
            return path, export_qdpx(store, self.codebook, self.config, path, status)

    def import_qdpx(self, file: str | Path, reviewer: str = "", add_codes: bool = False,
                    transcripts: str | Path | None = None,
                    jobs: int | None = None) -> tuple[QdpxImport, int]:
        """Transcripts and hand coding from another tool: texts become transcripts, codings
        become a reviewer's decisions on qcode's codings; codings.csv is rewritten.

        Args:
            file: the .qdpx.
            reviewer: whose coding it is (default: the user who exported it).
            add_codes: add codes the codebook lacks to it (without rules) instead of leaving
                their codings out.
            transcripts: folder for the texts (default: the transcripts folder / the file's
                name).
            jobs: worker processes for coding.
        Returns:
            the import report and the rows of codings.csv.
        """
        from qcode import exports
        from qcode.refi.qdpx_import import import_qdpx

        with self.store(create=True) as store:
            report = import_qdpx(store, self.codebook, self.codebook_path, self.config,
                                 Path(file), reviewer, add_codes, _path(transcripts), jobs)
            rows = exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return report, rows


def _path(path: str | Path | None) -> Path | None:
    return Path(path) if path is not None else None


def load_codebook(path: Path, db: Path | None = None) -> Codebook:
    """A validated codebook. A text the project store at `db` validated before skips the
    (slow to import) spaCy pattern check."""
    from qcode.codebook import load_codebook as load

    trusted = Store.validated_codebooks(db) if db is not None else frozenset()
    return load(path, trusted)
