"""Withdrawn consent: a transcript taken out of the store and out of every output qcode can
rewrite, and kept out until restored. What qcode cannot rewrite (sheets people hold, files
exported elsewhere, the transcript file itself) is listed, so that it can be dealt with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qcode.codebook import Codebook
from qcode.config import Config
from qcode.errors import NothingSelected
from qcode.store import Removal, Store

DIGEST_FILES = ("index.html", "digest.md", "digest.docx", "quotes.csv")


@dataclass
class RemovalReport:
    removal: Removal
    rewritten: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)  # outputs with nothing left to show
    may_hold: list[Path] = field(default_factory=list)  # files qcode does not rewrite
    digest_rebuilt: bool = False  # the reviewed digest, with default options


def remove(store: Store, book: Codebook, config: Config, out: Path, tid: str,
           reason: str) -> RemovalReport:
    """Remove transcript `tid` from the store, then rewrite the outputs under `out` that
    could show it: codings.csv and run's drafts, the digest (with default options), and
    the codings / matrix exports at their default names."""
    from qcode import exports
    from qcode.digest import DigestOptions
    from qcode.digest_render import write_digest
    from qcode.outputs import write_outputs

    report = RemovalReport(store.remove_transcript(tid, reason))
    done = write_outputs(store, book, config, out)
    report.rewritten += [done.codings_csv, done.review_sheet, done.digest.parent]
    digest = out / "digest"
    if any((digest / name).exists() for name in DIGEST_FILES):
        try:
            report.rewritten += write_digest(store, book, config, digest, DigestOptions())[1]
            report.digest_rebuilt = True
        except NothingSelected:  # nothing reviewed is left: the old digest must go
            for name in DIGEST_FILES:
                if (digest / name).exists():
                    (digest / name).unlink()
                    report.deleted.append(digest / name)
    for what in ("codings", "matrix"):
        for fmt in exports.FORMATS:
            path = out / f"{what}.{fmt}"
            if path.exists() and path != done.codings_csv:
                exports.export(store, config, what, fmt, path)
                report.rewritten.append(path)
    source = Path(report.removal.path)
    report.may_hold = [p for p in [source, *report.removal.sheets]
                       if p.exists() and p not in report.rewritten]
    return report
