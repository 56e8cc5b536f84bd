"""The review loop: sheets out, decisions in, agreement, adjudication."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.project.base import ProjectBase, path_or_none
from qcode.review import NEAR_MISSES
from qcode.store import ImportedSheet

if TYPE_CHECKING:
    from qcode.review.agreement import Agreement
    from qcode.review.importer import ImportReport


class Reviewing(ProjectBase):
    """Review and adjudication sheets, and what reviewers decided."""

    def review_export(self, reviewer: str = "", codes: Sequence[str] = (),
                      status: str | None = None, sample_uncoded: int = 0, seed: int = 0,
                      blind: bool = False, file: str | Path | None = None,
                      force: bool = False, near_misses: float = NEAR_MISSES
                      ) -> tuple[Path, int, Path | None]:
        """Write a review workbook for Excel or LibreOffice.

        Args:
            reviewer: who reviews it (part of the default file name).
            codes: only these codes and their subcodes (default: all).
            status: only codings with this status (suggested, disputed...).
            sample_uncoded: add a seeded sample of N uncoded respondent segments.
            seed: the seed of that sample.
            near_misses: the share of that sample drawn from near misses (a rule of a code
                fires on the passage, yet it was not coded), the rest at random; 0 for a
                plain random sample (review/sampling.py).
            blind: hide confidence and rules.
            file: where to write (default: a new <out>/review/review-NAME-DATE.xlsx).
            force: replace `file` if it exists: a sheet nobody filled in, or one whose every
                decision is imported (moved aside to NAME.replaced.xlsx, not deleted).
        Returns:
            the workbook's path, its number of rows, and where the filled sheet it
            replaced was moved (None if it replaced none).
        """
        from qcode.review import export as review_export
        from qcode.review.replacing import choose_sheet, put_in_place, staging

        path, aside = choose_sheet(self.out, "review", reviewer, path_or_none(file), force,
                                   self._imported)
        opts = review_export.ExportOptions(reviewer, tuple(codes), status, sample_uncoded, seed,
                                           near_misses, blind)
        target = staging(path) if aside else path
        with self.store() as store:
            rows = review_export.export_sheet(store, self.codebook, self.config, target, opts)
        return path, rows, put_in_place(target, path) if aside else None

    def _imported(self, sheet: Path) -> tuple[int, int] | None:
        """How many rows of a review sheet hold a decision, and how many of those the store
        already has from it, by a dry run of its import; None for a sheet that would not
        import."""
        from qcode.errors import QcodeError
        from qcode.review.importer import import_sheet

        try:
            with self.store() as store:
                report = import_sheet(store, self.codebook, sheet, dry_run=True)
        except QcodeError:
            return None
        return len(report.decisions), report.unchanged

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
        from qcode.review.replacing import choose_sheet

        name = adjudicator_of(self.config, adjudicator)
        path, _ = choose_sheet(self.out, "adjudicate", "", path_or_none(file), force)
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
