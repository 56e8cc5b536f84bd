"""What leaves a project and what comes back: digests, exports, REFI-QDA, withdrawn
consent."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.project.base import DigestResult, ProjectBase, path_or_none

if TYPE_CHECKING:
    from qcode.consent import RemovalReport
    from qcode.refi.qdpx_export import QdpxReport
    from qcode.refi.qdpx_import import QdpxImport


class Publishing(ProjectBase):
    """Digests and exports, exchange with other tools, and taking a transcript out."""

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
        from qcode.digest import DigestOptions
        from qcode.digest_render import write_digest

        opts = DigestOptions(tuple(codes), status, tuple(where), context, limit, tuple(formats),
                             path_or_none(template))
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
                                 Path(file), reviewer, add_codes, path_or_none(transcripts), jobs)
            rows = exports.write_codings_csv(store, self.config, self.out / "codings.csv")
        return report, rows

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
