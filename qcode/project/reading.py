"""Reading a project's results: codings, decisions, transcripts as read, evaluation."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.errors import QcodeError
from qcode.model import DECISION_FIELDS, CodingRow, DecisionRow
from qcode.project.base import Progress, ProjectBase

if TYPE_CHECKING:
    import pandas as pd

    from qcode.evaluate import Evaluation, Mistake
    from qcode.readback import TranscriptView, TurnView
    from qcode.review.report import RuleStat


class Reading(ProjectBase):
    """Results as records, DataFrames and reports."""

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
        from qcode.readback import not_a_folder, show_turns

        if not self.db_path.exists():  # nothing ingested yet: a file is read all the same
            if not Path(transcript).is_file():
                not_a_folder(transcript)
                raise QcodeError(f"no such file '{transcript}', and no transcript is in this "
                                 "project yet: give a file's path to see how it would be "
                                 "read, or ingest transcripts first (`qcode run`, `qcode ingest FILES`)")
            return show_turns(None, self.config, transcript)
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
