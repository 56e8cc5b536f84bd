"""Privacy of testimony: private front-matter fields and a redaction list.

Private fields are dropped at ingest, so they never reach the store or any output. Redaction
happens when an output is written (codings.csv, review sheets, digests, exports): the store
keeps the text as transcribed, so editing the redaction list never changes segment ids or
orphans a reviewer's decision. Keep the project folder itself private.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Protocol

from qcode.config import Config
from qcode.errors import ConfigError
from qcode.model import CodingRow

REDACTED = "[redacted]"


def public_meta(meta: dict[str, Any], config: Config) -> dict[str, Any]:
    private = {f.lower() for f in config.private_fields}
    return {k: v for k, v in meta.items() if k.lower() not in private}


class Redactor:
    """Replaces every listed name or place with [redacted].

    An entry written `/like this/` is a regular expression; any other entry is a literal,
    matched case-insensitively as a whole word.
    """

    def __init__(self, entries: list[str]):
        parts = []
        for i, entry in enumerate(entries):
            if len(entry) > 2 and entry.startswith("/") and entry.endswith("/"):
                try:
                    re.compile(entry[1:-1])
                except re.error as e:
                    raise ConfigError(f"redact[{i}]: bad regular expression {entry}: {e.msg}; "
                                      "fix it in qcode.toml", "qcode.toml") from e
                parts.append(f"(?:{entry[1:-1]})")
            elif entry.strip():
                parts.append(rf"(?<!\w){re.escape(entry.strip())}(?!\w)")
        self.pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def text(self, text: str) -> str:
        return self.pattern.sub(REDACTED, text) if self.pattern and text else text

    def with_spans(self, text: str, spans: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
        """Redact text and move matched spans with it; a span touching a redaction is dropped."""
        if self.pattern is None:
            return text, spans
        cuts = [(m.start(), m.end()) for m in self.pattern.finditer(text)]
        if not cuts:
            return text, spans

        def shift(pos: int) -> int:
            delta = sum(len(REDACTED) - (e - s) for s, e in cuts if e <= pos)
            return pos + delta

        kept = [
            {**sp, "start": shift(sp["start"]), "end": shift(sp["end"]),
             "text": self.text(sp["text"])}
            for sp in spans
            if not any(s < sp["end"] and sp["start"] < e for s, e in cuts)
        ]
        return self.pattern.sub(REDACTED, text), kept


    def row(self, row: CodingRow) -> CodingRow:
        """A coding as it may appear in an output."""
        if self.pattern is None:
            return row
        text, matched = self.with_spans(row.text, row.matched)
        return replace(row, text=text, matched=matched, question=self.text(row.question),
                       speaker=self.text(row.speaker))


class _HasCodings(Protocol):
    """A store, as far as privacy needs one (it does not import the store)."""

    def codings(self) -> list[CodingRow]: ...


def public_codings(store: _HasCodings, config: Config) -> list[CodingRow]:
    """Every coding, redacted: what output writers use instead of store.codings()."""
    redactor = Redactor(config.redact)
    return [redactor.row(r) for r in store.codings()]
