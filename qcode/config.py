"""Project settings from qcode.toml, validated; every command reads the same Config."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
]
DEFAULT_PRIVATE = ["name", "real_name", "contact", "phone", "email", "address"]


class Config(BaseModel):
    """Everything a project may set in qcode.toml; CLI options override these."""

    model_config = ConfigDict(extra="forbid")

    transcripts: str = "transcripts/"
    codebook: str = "codebooks/default.yaml"
    out: str = "outputs/"
    interviewers: list[str] = Field(default_factory=lambda: list(DEFAULT_INTERVIEWERS))
    other_speakers: list[str] = Field(default_factory=lambda: ["translator", "interpreter"])
    private_fields: list[str] = Field(default_factory=lambda: list(DEFAULT_PRIVATE))
    redact: list[str] = Field(default_factory=list)
    attribution: str = "{pseudonym}, {gender}, {age}, {province}"
    code_interviewer: bool = False


def load_config(path: Path | None = None) -> Config:
    """Read qcode.toml (the [qcode] table or the top level); absent file means defaults."""
    path = path or Path("qcode.toml")
    if not path.exists():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"invalid TOML: {e}", path) from e
    data = data.get("qcode", data)
    try:
        return Config.model_validate(data)
    except ValidationError as e:
        problems = [
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
        ]
        raise ConfigError("; ".join(problems) + " (fix qcode.toml)", path) from e
