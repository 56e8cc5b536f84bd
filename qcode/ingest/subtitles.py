"""WebVTT and SRT subtitles: cues, voices, and the dashes that change speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from qcode.errors import IngestError
from qcode.ingest.decode import decode
from qcode.ingest.layout import Line, asks, ends_sentence
from qcode.ingest.source import Source, numbered
from qcode.model import Notice

_TIMING = re.compile(r"^\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>]+>")
_TIME_LIKE = re.compile(r"^\s*\d[\d:.,]*\s*-+>")  # a cue's time line, however mistyped
_NOT_CUES = ("WEBVTT", "NOTE", "STYLE", "REGION")  # blocks that run to the next blank line
_CUE_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2}):\s+")


def read_subtitles(data: bytes, path: Path) -> Source:
    """WebVTT / SRT: speakers from `<v Name>` voice tags or `Name:` prefixes, or a change
    of speaker at a leading dash (`- Where?` / `- Hyesan.`); cue start times are kept as
    the turn time. A cue without a speaker continues the previous one.
    Nothing is dropped unsaid: a time line qcode cannot read, or text outside any cue, is
    kept as cue text with a warning naming its line."""
    decoded = decode(data, path)
    cues = _Cues(numbered(decoded.text))
    for i, (number, offset, text) in enumerate(cues.rows):
        cues.read(i, number, offset, text)
    if not cues.lines:
        raise IngestError("no subtitle cues found; is this a .vtt / .srt file?", path, 1)
    return Source({}, 1, cues.lines, cues.any_speaker, False, decoded, notices=cues.warnings,
                  cues=True)


@dataclass
class _Cues:
    """Subtitle lines read in order: where a cue starts, whose voice it is, what is not a cue."""

    rows: list[tuple[int, int, str]]  # (line number, offset, text)
    lines: list[Line] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    time: str | None = None
    in_cue: bool = False
    skipping: bool = False  # inside a header, NOTE, STYLE or REGION block
    any_speaker: bool = False
    current: str | None = None  # the voice speaking

    def read(self, i: int, number: int, offset: int, text: str) -> None:
        if self._time_line(number, text):
            return
        if not text.strip():
            self.in_cue = self.skipping = False
        elif self.in_cue or self._enters(i, number, text):
            self._cue_text(number, offset, text)

    def _time_line(self, number: int, text: str) -> bool:
        if _TIMING.match(text):
            self.time = text.split("-->")[0].strip().replace(",", ".")
        elif "-->" in text or _TIME_LIKE.match(text):
            self.warnings.append(Notice(number, "cue time line not understood (expected like "
                                        "00:01:02.500 --> 00:01:05.000); the cue's text is "
                                        "kept without a time"))
            self.time = None
        else:
            return False
        self.in_cue = True
        return True

    def _enters(self, i: int, number: int, text: str) -> bool:
        """Text outside a cue: a header, NOTE block or cue id is skipped; anything else is
        kept, with a warning, as part of the cue before it."""
        next_line = self.rows[i + 1][2] if i + 1 < len(self.rows) else ""
        if self.skipping or text.startswith(_NOT_CUES) or text.strip().isdigit() \
                or "-->" in next_line or _TIME_LIKE.match(next_line):
            self.skipping = self.skipping or text.startswith(_NOT_CUES)
            return False
        self.warnings.append(Notice(number, "text outside any cue (no time line before it); "
                                    "kept as part of the cue before it"))
        self.in_cue = True
        return True

    def _cue_text(self, number: int, offset: int, text: str) -> None:
        voice = _VOICE.search(text)
        speaker = voice.group(1).strip() if voice else None
        clean = _TAG.sub("", text)
        label = _CUE_LABEL.match(clean)
        if speaker is None and label:
            speaker = label.group(1)
            clean = clean[label.end() :]
        lead = len(text) - len(text.lstrip())
        said = next((ln.text for ln in reversed(self.lines) if ln.text), "")
        dash = _DIALOGUE_DASH.match(clean) if speaker is None and (
            not said or ends_sentence(said)) else None
        if dash:  # `- Where did you live?` / `- In Hyesan.`: each dash a new speaker
            clean = clean[dash.end():]
            if self.lines and self.lines[-1].text:
                self.lines.append(Line(number, offset, ""))
        if speaker is not None and speaker == self.current:
            speaker = None  # the same voice goes on: same turn, same paragraph
        elif speaker is not None:
            self.current = speaker
            self.any_speaker = True
            if self.lines:
                self.lines.append(Line(number, offset, ""))  # a new speaker starts a paragraph
        elif speaker is None and not self.any_speaker and asks(clean) and said \
                and self.lines[-1].text and ends_sentence(said) and not asks(said):
            self.lines.append(Line(number, offset, ""))  # `In Hyesan.` / `Did you cross?`
        self.lines.append(Line(number, offset + lead, clean.strip(), speaker,
                               self.time if speaker else None))
        if speaker is None and not self.any_speaker and clean.rstrip().endswith("?"):
            self.lines.append(Line(number, offset, ""))


# subtitles mark a change of speaker inside a cue with a leading dash, after a sentence's end
# (`My father said — go now,` / `— before they come.` is one sentence going on)
_DIALOGUE_DASH = re.compile(r"^\s*[-–—]\s+(?=\S)")
