"""Lines -> turns and paragraphs, shared by every format.

Speakers come from `Label: text` prefixes (text and Word files) or from the format itself
(subtitle voice tags). A file with no labels at all is read as a published Q&A: paragraphs
ending in `?` are the interviewer's, the paragraphs after them the respondent's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qcode.config import Config
from qcode.errors import IngestError
from qcode.model import Paragraph, Role, Turn, normalize_ws

# `Interviewer: ...`, `Q: ...`, `R07: ...`, `Interviewee A: ...`, `[00:01:02] Kim: ...`,
# `**Q:** ...`. A label is one to three capitalised words (or a code such as R07).
_LABEL = re.compile(
    r"^\s*(?:\[(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)\]\s*)?"
    r"(?:\*\*|__)?(?P<label>[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2})(?:\*\*|__)?"
    r"\s*:(?:\*\*|__)?(?:\s+|$)(?P<rest>.*)$"
)
_KNOWN_RESPONDENT = re.compile(
    r"^(a|answer|r\d*|respondent.*|interviewee.*|participant.*|p\d+|defector.*)$"
)
_QUESTION_END = re.compile(r"\?[\s\"'”’)\]]*$")


@dataclass
class Line:
    """One physical line (a Word paragraph, a subtitle cue) with its place in the source."""

    number: int
    offset: int
    text: str
    speaker: str | None = None
    time: str | None = None


def _norm_label(label: str) -> str:
    return re.sub(r"[\s.\d]+$", "", label.strip().lower()) or label.strip().lower()


class Roles:
    """Decides a speaker's role from qcode.toml and the transcript's own front matter."""

    def __init__(self, config: Config, meta: dict[str, Any]):
        extra = meta.get("interviewers") or []
        if isinstance(extra, str):
            extra = [extra]
        self.interviewers = {_norm_label(x) for x in [*config.interviewers, *map(str, extra)]}
        self.interviewers |= {x.strip().lower() for x in map(str, extra)}
        self.others = {_norm_label(x) for x in config.other_speakers}
        self.respondent_names = {
            str(meta[k]).strip().lower() for k in ("pseudonym",) if meta.get(k)
        }

    def role(self, label: str) -> Role:
        low = label.strip().lower()
        if low in self.interviewers or _norm_label(label) in self.interviewers:
            return "interviewer"
        if _norm_label(label) in self.others:
            return "other"
        return "respondent"

    def is_known(self, label: str) -> bool:
        low = label.strip().lower()
        return (
            self.role(label) != "respondent"
            or low in self.respondent_names
            or bool(_KNOWN_RESPONDENT.match(low))
        )


def find_labels(lines: list[Line], roles: Roles) -> None:
    """Move `Label:` prefixes into Line.speaker where the label is credible.

    A prefix counts when it is a known label or occurs at least twice in the file, so a
    one-off `Note:` or `Then:` inside an answer stays text.
    """
    found: list[tuple[Line, re.Match[str]]] = []
    for line in lines:
        m = _LABEL.match(line.text)
        if m:
            found.append((line, m))
    counts = Counter(m["label"] for _, m in found)
    for line, m in found:
        label = m["label"]
        if counts[label] >= 2 or roles.is_known(label):
            line.speaker = label
            line.time = m["time"]
            line.offset += m.start("rest")
            line.text = m["rest"]


class _TurnBuilder:
    def __init__(self) -> None:
        self.turns: list[Turn] = []
        self.pending: list[Line] = []

    def start(self, speaker: str, role: Role, line: Line) -> None:
        self.flush()
        self.turns.append(Turn(speaker, role, line.number, line.offset, line.offset, [], line.time))

    def add(self, line: Line) -> None:
        self.pending.append(line)

    def flush(self) -> None:
        """Close the current paragraph; PDF hyphenation (`escap-` / `ed`) is rejoined."""
        if not self.pending:
            return
        lines = [ln for ln in self.pending if ln.text.strip()]
        self.pending = []
        if not lines or not self.turns:
            return
        text = ""
        for ln in lines:
            piece = ln.text.strip()
            if text[-1:] == "-" and "a" <= text[-2:-1] <= "z" and piece[:1].islower():
                text = text[:-1] + piece
            else:
                text = f"{text} {piece}" if text else piece
        first, last = lines[0], lines[-1]
        start = first.offset + (len(first.text) - len(first.text.lstrip()))
        end = last.offset + len(last.text.rstrip())
        turn = self.turns[-1]
        turn.paragraphs.append(Paragraph(normalize_ws(text), first.number, start, end))
        turn.end = end


def build_turns(
    lines: list[Line], roles: Roles, *, labelled: bool, line_is_paragraph: bool
) -> list[Turn]:
    """Group lines into turns; each blank line (or each line, for Word) ends a paragraph."""
    b = _TurnBuilder()
    if labelled:
        for line in lines:
            if line.speaker is not None:
                b.start(line.speaker, roles.role(line.speaker), line)
            elif not b.turns and line.text.strip():
                b.start("(preamble)", "other", line)
            if not line.text.strip():
                b.flush()
                continue
            b.add(line)
            if line_is_paragraph:
                b.flush()
        b.flush()
        return [t for t in b.turns if t.paragraphs]
    return _question_answer_turns(lines, roles, line_is_paragraph)


def _question_answer_turns(lines: list[Line], roles: Roles, line_is_paragraph: bool) -> list[Turn]:
    """Unlabelled Q&A: question paragraphs end in `?`; text before the first question is
    an introduction (context, not coded) unless the file has no question at all."""
    paragraphs: list[list[Line]] = [[]]
    for line in lines:
        if not line.text.strip():
            paragraphs.append([])
        else:
            paragraphs[-1].append(line)
            if line_is_paragraph:
                paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    is_question = [bool(_QUESTION_END.search(p[-1].text)) for p in paragraphs]
    respondent = next(iter(roles.respondent_names), "") or "Respondent"
    respondent = respondent.title()
    b = _TurnBuilder()
    for para, question in zip(paragraphs, is_question, strict=True):
        if question:
            speaker, role = "Interviewer", "interviewer"
        elif not b.turns:
            speaker, role = ("Intro", "other") if any(is_question) else (respondent, "respondent")
        elif b.turns[-1].role == "interviewer":
            speaker, role = respondent, "respondent"
        else:
            speaker, role = b.turns[-1].speaker, b.turns[-1].role
        if not b.turns or b.turns[-1].speaker != speaker:
            b.start(speaker, role, para[0])  # type: ignore[arg-type]
        for line in para:
            b.add(line)
        b.flush()
    return b.turns


def check_has_respondent(turns: list[Turn], path: Path) -> None:
    if not any(t.role == "respondent" for t in turns):
        n = sum(t.role == "interviewer" for t in turns)
        raise IngestError(
            f"no respondent text found ({n} interviewer turns); check the speaker labels, "
            "or list the interviewer labels under `interviewers:` in the front matter",
            path,
            turns[0].line if turns else 1,
        )
