"""YAML front matter between `---` lines, with errors that point at the file's own line;
and a static site's TOML front matter between `+++` lines, whose qcode fields only are read
(a block that is no valid TOML is kept as context, with a notice: source.py)."""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from qcode import yaml_safe
from qcode.errors import IngestError
from qcode.ingest.lazyre import lazy


def split_front_matter(lines: list[str], path: Path) -> tuple[dict[str, Any], int, int]:
    """Return (meta, index of the first body line, 1-based line of the `id:` field or 1)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0, 1
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise IngestError(
            "front matter opened with '---' is never closed; add a line '---' after the "
            "last field",
            path,
            1,
        )
    block = "\n".join(lines[1:end])
    try:
        meta = yaml_safe.load(block) if block.strip() else {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        # libyaml puts 'unexpected end' one line past the block: clamp to its last line
        line = min(mark.line, block.count("\n")) + 2 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        advice = "" if ";" in problem else "; fix the field or quote its value"
        raise IngestError(
            f"invalid YAML in front matter: {problem}{advice}",
            path,
            line,
        ) from e
    if not isinstance(meta, dict):
        raise IngestError(
            "front matter must be 'field: value' lines, not a list or a single value", path, 2
        )
    meta = {str(k): v for k, v in meta.items()}
    id_line = next(
        (i + 1 for i in range(1, end) if lines[i].lstrip().startswith("id:")), 1
    )
    return meta, end + 1, id_line


# The fields qcode reads from a transcript's front matter (README "Transcripts"; digest.py's
# attribution fields): the only ones taken from a TOML block, which is a static site's page
# settings (title, date, draft, tags...), not the researcher's.
QCODE_FIELDS = frozenset({"id", "pseudonym", "age", "gender", "province", "interview_year",
                          "language", "translator", "interviewers", "private", "start", "end"})
TOML_FENCE = "+++"
_TOML_LINE = lazy(r"^\s*(?:[\w\"'.-]+\s*=|\[)")  # `key = value`, `[table]`


@dataclass
class TomlFrontMatter:
    """A `+++` block: the qcode fields read from it, or why it could not be read."""

    meta: dict[str, Any]
    body: int  # index of the first line after the closing `+++`
    id_line: int  # 1-based line of the `id =` field, or 1
    problem: str | None = None  # the TOML error, without the value: the block is then text
    problem_line: int = 1
    others: dict[str, Any] = field(default_factory=dict)  # the site's fields, never stored


def toml_front_matter(lines: list[str]) -> TomlFrontMatter | None:
    """A static site's (Hugo's) TOML front matter between `+++` lines, or None when the file
    does not open with one that is closed and opens as TOML (`key = value`, `[table]`).
    Only qcode's own fields are kept (top level, or under `[params]`, where a site keeps
    its custom ones), plus those the block lists as private; dates become text. A block
    that is no valid TOML is never an error: the caller keeps it as context and says so
    (`problem`)."""
    end = _toml_end(lines)
    if end is None:
        return None
    try:
        table = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as e:
        return _unread(e, end)
    meta, others = _qcode_fields(table)
    id_line = next((i + 1 for i in range(1, end)
                    if re.match(r"\s*id\s*=", lines[i])), 1)
    return TomlFrontMatter(meta, end + 1, id_line, others=others)


def _toml_end(lines: list[str]) -> int | None:
    """The index of the closing `+++`; None when the file does not open with `+++`, the
    block is never closed, or its first line is no TOML: `+++` lines of the text's own."""
    if not lines or lines[0].strip() != TOML_FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == TOML_FENCE), None)
    if end is None:
        return None
    first = next((ln for ln in lines[1:end] if ln.strip() and not ln.lstrip().startswith("#")),
                 "")
    return None if first and not _TOML_LINE.match(first) else end


def _unread(error: tomllib.TOMLDecodeError, end: int) -> TomlFrontMatter:
    """A block that is no valid TOML: the error without its position (said as the file's
    line instead), so that the caller keeps the block as context and says why."""
    at = re.search(r"\(at line (\d+), column \d+\)", str(error))
    problem = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(error))
    return TomlFrontMatter({}, end + 1, 1, problem or "invalid TOML",
                           int(at[1]) + 1 if at else 1)


def _qcode_fields(table: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The block's qcode fields (top level, or under `[params]`) and those it lists as
    private, dates as text; and the site's other fields, apart, so they are never stored."""
    params = table.get("params")
    found = {**(params if isinstance(params, dict) else {}), **table}
    private = found.get("private")
    listed = {str(x).strip().lower() for x in
              (private if isinstance(private, list) else [private] if private else [])}
    plain = {k: _plain(v) for k, v in found.items()}
    meta = {k: v for k, v in plain.items() if k.lower() in QCODE_FIELDS or k.lower() in listed}
    return meta, {k: v for k, v in plain.items() if k not in meta}


def _plain(value: Any) -> Any:
    """A TOML value as YAML front matter gives it: dates and times as ISO text."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value
