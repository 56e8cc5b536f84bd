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
from qcode.model import CodingRow, short_hash

REDACTED = "[redacted]"


PRIVATE_LIST = "private"  # a front-matter list of this file's own private fields


def _private_names(meta: dict[str, Any], config: Config) -> set[str]:
    names = {f.lower() for f in config.private_fields}
    listed = meta.get(PRIVATE_LIST)
    if isinstance(listed, str):
        listed = [listed]
    if isinstance(listed, list):
        names |= {str(x).strip().lower() for x in listed}
    return names


def public_meta(meta: dict[str, Any], config: Config) -> dict[str, Any]:
    """The front matter without private fields, at any depth (`family: {phone: ...}`), and
    without the file's own `private:` list: what the store may keep."""
    names = _private_names(meta, config) | {PRIVATE_LIST}

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if str(k).lower() not in names}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    public: dict[str, Any] = clean(meta)
    return public


def private_values(meta: dict[str, Any], config: Config) -> list[str]:
    """The values of private fields at any depth, as text: ingest redacts them from the
    transcript's own body, where a name or a phone number given in the front matter may
    occur again."""
    names = _private_names(meta, config)
    found: list[str] = []

    def walk(value: Any, private: bool) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if str(k).lower() != PRIVATE_LIST:
                    walk(v, private or str(k).lower() in names)
        elif isinstance(value, list):
            for v in value:
                walk(v, private)
        elif private and value is not None and not isinstance(value, bool):
            text = str(value).strip()
            if len(text) >= 2:
                found.append(text)

    walk(meta, False)
    return found


class Redactor:
    """Replaces every listed name or place with [redacted].

    An entry written `/like this/` is a regular expression (unless `literal`); any other
    entry is a literal, matched case-insensitively as a whole word.
    """

    def __init__(self, entries: list[str], literal: bool = False):
        parts = []
        for i, entry in enumerate(entries):
            if not literal and len(entry) > 2 and entry.startswith("/") and entry.endswith("/"):
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

    def transcript_id(self, tid: str) -> str:
        """A transcript id the list touches (`kim-hyesan` with `/Hyesan/`) becomes a stable
        pseudonym, `T-` and six hex digits of its hash: the same in every output and run,
        so rows of one interview still group together."""
        if self.pattern is None or not self.pattern.search(tid):
            return tid
        return "T-" + short_hash(tid, length=6)

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
                       speaker=self.text(row.speaker),
                       transcript=self.transcript_id(row.transcript))


class _HasCodings(Protocol):
    """A store, as far as privacy needs one (it does not import the store)."""

    def codings(self) -> list[CodingRow]: ...


def public_codings(store: _HasCodings, config: Config) -> list[CodingRow]:
    """Every coding, redacted: what output writers use instead of store.codings()."""
    redactor = Redactor(config.redact)
    return [redactor.row(r) for r in store.codings()]
