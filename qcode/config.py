"""Project settings from qcode.toml, validated; every command reads the same Config.

A plain dataclass checked by hand rather than a pydantic model: an unchanged `qcode run`
reads its settings before deciding it has nothing to do (rerun.py), where building a
pydantic model is a large share of the time (benchmarks/README.md). Ten flat settings need
no more than `_problems`.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, get_type_hints

from qcode.errors import ConfigError

DEFAULT_INTERVIEWERS = [
    "interviewer",
    "q",
    "question",
    "int",
    "i",
    "moderator",
    "facilitator",
    "researcher",
    "host",
    "presenter",  # broadcasts: the one who introduces and asks, never the testimony
    "anchor",
    "reporter",
    "correspondent",
]
DEFAULT_PRIVATE = ["name", "real_name", "contact", "phone", "email", "address"]


@dataclass
class Config:
    """Everything a project may set in qcode.toml; CLI options override these."""

    transcripts: str = "transcripts/"
    codebook: str = "codebooks/default.yaml"
    out: str = "outputs/"
    interviewers: list[str] = field(default_factory=lambda: list(DEFAULT_INTERVIEWERS))
    other_speakers: list[str] = field(default_factory=lambda: ["translator", "interpreter"])
    private_fields: list[str] = field(default_factory=lambda: list(DEFAULT_PRIVATE))
    redact: list[str] = field(default_factory=list)
    attribution: str = "{pseudonym}, {gender}, {age}, {province}"
    code_interviewer: bool = False
    adjudicators: list[str] = field(default_factory=list)  # who may settle disputes
    max_file_mb: int = 50  # a transcript file on disk (ingest/limits.py)
    max_unpacked_mb: int = 50  # a .docx once unzipped: zip bombs are refused before parsing

    def to_json(self) -> str:
        """Every setting, canonically: part of the keys that decide what must be redone."""
        return json.dumps(asdict(self), sort_keys=True)


# What each setting means, for the qcode.toml that `qcode init` writes.
SETTINGS_HELP = {
    "transcripts": "Folder (or file) of transcripts that `qcode run` reads.",
    "codebook": "The codebook YAML.",
    "out": "Output folder: qcode.db and every output live here.",
    "interviewers": "Speaker labels that are the interviewer's (any case).",
    "other_speakers": "Speaker labels that are neither interviewer nor respondent.",
    "private_fields": "Front-matter fields that never reach any output.",
    "redact": "Names (literal, or /a regular expression/) shown as [redacted] in every output.",
    "attribution": "How a quote is attributed in the digest (front-matter fields).",
    "code_interviewer": "Code the interviewer's speech too.",
}


_KINDS: dict[object, tuple[str, Callable[[object], bool]]] = {
    str: ("a string", lambda v: isinstance(v, str)),
    bool: ("true or false", lambda v: isinstance(v, bool)),
    int: ("a whole number of at least 1", lambda v: isinstance(v, int)
          and not isinstance(v, bool) and v >= 1),
    list[str]: ("a list of strings", lambda v: isinstance(v, list)
                and all(isinstance(x, str) for x in v)),
}


def _problems(data: dict[str, Any]) -> list[str]:
    """Every unknown key and every value of the wrong type, each with its key."""
    types = get_type_hints(Config)
    problems = []
    for key, value in data.items():
        if key not in types:
            problems.append(f"{key}: unknown setting; check its spelling")
            continue
        what, ok = _KINDS[types[key]]
        if not ok(value):
            problems.append(f"{key}: must be {what}, not {value!r}")
    if any(key not in types for key in data):
        problems.append(f"the settings are {', '.join(types)}")
    return problems


def load_config(path: Path | None = None) -> Config:
    """Read qcode.toml (the [qcode] table or the top level); absent file means defaults."""
    path = path or Path("qcode.toml")
    if not path.exists():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read the settings: {e}", path) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"invalid TOML: {e} (fix qcode.toml)", path) from e
    data = data.get("qcode", data)
    if not isinstance(data, dict):
        raise ConfigError("[qcode] must be a table of settings (fix qcode.toml)", path)
    problems = _problems(data)
    if problems:
        raise ConfigError("; ".join(problems) + " (fix qcode.toml)", path)
    return Config(**data)
