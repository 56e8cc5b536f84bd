"""Plain data that crosses module lines: transcripts, their turns and segments, codings."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Role = Literal["interviewer", "respondent", "other"]

# Bump when nlp.py changes lemmas or sentence splitting: every coding is then redone (any
# change to the code that decides codings redoes them too: ENGINE_SOURCES).
NLP_VERSION = "6"
# The code that turns rules into codings, hashed into each code's rules hash (pipeline.py)
ENGINE_SOURCES = ("nlp.py", "prefilter.py", "match/*.py", "codebook/*.py")


@functools.cache
def source_hash(*patterns: str) -> str:
    """A hash of qcode's own files matching the patterns (relative to the package), so an
    upgrade or a local edit that changes what they do invalidates what they cached even when
    nobody bumped a version: stale codings once passed for the new engine's and misled a
    tuning session."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def normalize_ws(text: str) -> str:
    """Collapse runs of whitespace so ids survive re-wrapping of a paragraph. (str.split
    splits on exactly the characters regex `\\s` matches, and is several times faster.)
    Most texts need nothing: every whitespace character but the space is unprintable."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def short_hash(*parts: str, length: int = 12) -> str:
    """A short sha1 over parts; the basis of every stable id."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Notice:
    """Something ingest did or doubted that the user should check, at a line of the file
    (a guessed encoding, a suspicious structure, an interviewer chosen by guess)."""

    line: int
    message: str


@dataclass
class Paragraph:
    """A paragraph of a turn: whitespace-normalised text (normalize_ws: so are the
    sentences and turns made of it) plus where it sits in the source. `id` is its segment
    id once stored (see paragraph_ids); empty when freshly parsed."""

    text: str
    line: int
    start: int
    end: int
    id: str = ""


@dataclass
class Turn:
    speaker: str
    role: Role
    line: int
    start: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    time: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass
class Transcript:
    id: str
    path: str
    meta: dict[str, Any]
    turns: list[Turn]
    file_hash: str
    id_line: int = 1
    repaired_lines: int = 0
    encoding: str = "utf-8"
    notices: list[Notice] = field(default_factory=list)

    @property
    def words(self) -> int:
        # paragraph texts are normalised and never empty: words are spaces + 1
        return sum(p.text.count(" ") + 1 for t in self.turns for p in t.paragraphs)


@dataclass
class Segment:
    """A coded unit (sentence, paragraph or turn, as the codebook's `unit` says) of the
    speech being coded: what a coding is on. Not the same as a stored paragraph."""

    id: str
    transcript: str
    turn: int
    speaker: str
    role: Role
    line: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """Words a rule matched, as character offsets into the segment text."""

    rule: str
    start: int
    end: int
    text: str


@dataclass
class Coding:
    id: str
    segment: Segment
    code: str
    code_label: str
    confidence: float
    rules: list[str]
    spans: list[Span]
    question: str = ""
    origin: Literal["rule", "manual", "model"] = "rule"


def within(code: str, theme: str) -> bool:
    """True for the theme itself and its subcodes (`theme/child`): how filters and scores
    treat a parent code."""
    return code == theme or code.startswith(theme + "/")


def segment_id(transcript: str, text: str, occurrence: int) -> str:
    """The id of a segment whose text is whitespace-normalised, as paragraph texts are and
    so everything cut or joined from them: a paragraph re-wrapped keeps its id."""
    return short_hash(transcript, text, str(occurrence))


def segment_ids(transcript: str, texts: Iterable[str]) -> list[str]:
    """Ids of a transcript's segments in order; the occurrence number counts repeats of the
    same text so that "No." twice gets two ids."""
    seen: dict[str, int] = {}
    out = []
    for text in texts:
        seen[text] = seen.get(text, 0) + 1
        out.append(segment_id(transcript, text, seen[text]))
    return out


def paragraph_ids(t: Transcript) -> list[list[str]]:
    """Segment ids of every paragraph, turn by turn. Ids a stored transcript already
    carries are not computed again."""
    if all(p.id for turn in t.turns for p in turn.paragraphs):
        return [[p.id for p in turn.paragraphs] for turn in t.turns]
    ids = iter(segment_ids(t.id, (p.text for turn in t.turns for p in turn.paragraphs)))
    return [[next(ids) for _ in turn.paragraphs] for turn in t.turns]


def coding_id(segment: str, code: str) -> str:
    return short_hash(segment, code, length=16)


@dataclass
class CodingRow:
    """A stored coding with the status its decisions give it."""

    id: str
    transcript: str
    segment_id: str
    speaker: str
    line: int
    start: int
    end: int
    code: str
    code_label: str
    status: str
    confidence: float
    rules: list[str]
    matched: list[dict[str, Any]]
    question: str
    text: str
    origin: str
    coded_as: str = ""  # the code the rules (or the finder of a miss) gave it


@dataclass
class DecisionRow:
    """A reviewer's decision on a coding, as recorded (decisions are only ever appended)."""

    id: int
    coding_id: str
    reviewer: str
    decision: str  # accept | reject | recode | miss ...
    recode_to: str | None
    note: str
    sheet: str  # the workbook it came from
    row: int | None  # its row there
    export_id: str
    at: str  # when it was recorded (UTC, ISO 8601)
    exported_at: str  # when its sheet was exported
    adjudicated_by: str  # for an adjudicator's decision: who adjudicated


DECISION_FIELDS = tuple(DecisionRow.__dataclass_fields__)
