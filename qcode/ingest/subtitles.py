"""WebVTT and SRT subtitles: cues, voices, and the dashes that change speaker."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path

from qcode.errors import IngestError
from qcode.ingest import captions, colours, cuenames, cuetext, offscreen, sbv
from qcode.ingest.cuenames import bracket_name, bracket_names, caps_names, cue_label
from qcode.ingest.decode import decode
from qcode.ingest.furniture import line_kind
from qcode.ingest.labeltext import DELIVERY
from qcode.ingest.layout import Line, asks, ends_sentence
from qcode.ingest.lazyre import lazy
from qcode.ingest.source import Source, numbered
from qcode.model import Notice

_NAME_THEN_COMMA = lazy(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),\s+\S")
_TIME_LIKE = lazy(r"^\s*\d[\d:.,]*\s*-+>")  # a cue's time line, however mistyped
_NOT_CUES = ("WEBVTT", "NOTE", "STYLE", "REGION")  # blocks that run to the next blank line


def read_subtitles(data: bytes, path: Path) -> Source:
    """WebVTT / SRT: speakers from `<v Name>` voice tags, `Name:` prefixes or `[NAME]`
    (used twice), or a change of speaker at a leading dash (`- Where?` / `- Hyesan.`, in one
    cue or on one line); cue start times are kept as the turn time. A cue without a speaker
    continues the previous one. Rolling captions (YouTube's automatic ones: each cue repeats
    the line before it) are read once. Nothing is dropped unsaid: a time line qcode cannot
    read, or text outside any cue, is kept as cue text with a warning naming its line."""
    decoded = decode(data, path)
    cues = _Cues(numbered(decoded.text))
    cues.rolling = cuetext.rolling(cues.rows)
    cues.names = bracket_names(cues.rows)
    cues.caps = caps_names(cuetext.first_lines(cues.rows))
    for i, (number, offset, text) in enumerate(cues.rows):
        cues.read(i, number, offset, text)
    if not cues.lines:
        raise IngestError("no subtitle cues found; is this a .vtt / .srt file?", path, 1)
    key: dict[str, tuple[str, str]] = {}  # `>> HOST:` / `>> GUEST:`: which voice asks
    if cues.changes and not cues.any_speaker:  # `>>` and no names: two voices taking turns
        cues.any_speaker, told = captions.name_caption_voices(cues.lines, cues.changes, key)
        cues.warnings += told
    if not cues.any_speaker:  # a colour for each voice, or the one off camera in italics
        cues.any_speaker, told = colours.unnamed_voices(cues.lines, cues.times,
                                                        cues.shown_names, cues.rows)
        cues.warnings += told
    cues.lines = offscreen.answers_back(cues.lines, cues.times, cues.rows)  # `NAME (O.S.):`
    return Source({}, 1, cues.lines, cues.any_speaker, False, decoded,
                  notices=[*cues.warnings, *cues.summary()], cues=True, speaker_key=key)


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
    before: str | None = None  # the voice that spoke before it
    parts: int = 0  # pieces of speech read in this cue so far
    rolling: bool = False
    shown: set[str] = field(default_factory=set)  # rolling: the lines of the cue before
    showing: set[str] = field(default_factory=set)  # rolling: the lines of this cue
    repeated: list[int] = field(default_factory=list)  # rolling: line numbers read once
    voices: list[str] | None = None  # the file's first voices, once a dash line asks
    names: set[str] = field(default_factory=set)  # `[HAN]`: names in brackets (cuenames)
    caps: dict[str, str] = field(default_factory=dict)  # `CHOI EUN-HYE` alone on a line
    label_next: str | None = None  # the name a cue's first line gave its text
    heard: set[str] = field(default_factory=set)  # the voices read so far
    cue_kind: str | None = None  # a cue that opens as a credit is one to its end
    named: dict[str, int] = field(default_factory=dict)  # those read: the line of the first
    changes: list[tuple[int, str | None]] = field(default_factory=list)  # `>>`: line, time
    times: dict[int, str | None] = field(default_factory=dict)  # a line's index -> cue time
    display: tuple[str, str | None] | None = None  # the cue is a title card or a lower third
    shown_names: list[str] = field(default_factory=list)  # the names lower thirds show
    spoken: bool = False  # a line of speech was read
    asking: bool = False  # the cue's lines, read together, ask (`WHEN DID YOU FIRST` / `...?`)
    tn_speaks: bool | None = None  # a `TN:` cue asks: TN is a person (_translators_note)

    def read(self, i: int, number: int, offset: int, text: str) -> None:
        if self._time_line(number, text):
            self._shows(i)
            return
        if not text.strip():
            if not (text and self.in_cue and self._text_follows(i)):  # ` ` inside a cue
                self.in_cue = self.skipping = False
        elif self.in_cue or self._enters(i, number, text):
            if self.rolling and self._repeats(number, text):
                return
            self._cue_text(number, offset, text)

    def _text_follows(self, i: int) -> bool:
        """Whether the cue goes on after a line of spaces (YouTube starts a cue with one):
        the next line is text, neither a cue's time line nor its id."""
        after = [t for _, _, t in self.rows[i + 1:i + 3]] + ["", ""]
        return bool(after[0].strip()) and not _TIME_LIKE.match(after[0]) \
            and "-->" not in after[0] and not (after[0].strip().isdigit() and "-->" in after[1])

    def _shows(self, i: int) -> None:
        """Whether the cue after row i is shown, not said (cuenames.shown)."""
        texts = [cuetext.words(t) for t in takewhile(str.strip, (t for _, _, t in self.rows[i + 1:i + 6]))]
        self.display = cuenames.shown(texts, not self.spoken) if len(texts) < 5 else None
        if self.display is None and not self.spoken \
                and cuenames.title_over_two_cues(texts, self._next_cue(i + 1 + len(texts))):
            self.display = ("heading", None)
        self.asking = asks(" ".join(texts))
        self.shown_names += [self.display[1]] if self.display and self.display[1] else []

    def _next_cue(self, i: int) -> list[str]:
        """The text lines of the first cue from row i on (at most two rows before its time
        line: a blank and its id)."""
        for j in range(i, min(i + 4, len(self.rows))):
            if cuetext.TIMING.match(self.rows[j][2]):
                return [cuetext.words(t) for t in
                        takewhile(str.strip, (t for _, _, t in self.rows[j + 1:j + 4]))]
        return []

    def _repeats(self, number: int, text: str) -> bool:
        """Rolling captions: a line that opens a cue repeating the cue before is read once."""
        clean = cuetext.clean(text)
        if not self.parts and clean in self.shown:
            self.showing.add(clean)
            self.repeated.append(number)
            return True
        self.showing.add(clean)
        return False

    def summary(self) -> list[Notice]:
        """What the user should know of the file as a whole."""
        out = []
        if self.named:
            names = ", ".join(self.named)
            shape = "square brackets" if all(n[0] == "[" for n in self.named) else "brackets"
            out.append(Notice(min(self.named.values()), (
                f"{names} read as speakers' names (in {shape}, each opening two cues "
                "or more); if one is a sound, write it on a line of its own")))
        if self.repeated:
            out.append(Notice(self.repeated[0], (
                "rolling captions (each cue repeats the line before it, as YouTube's automatic "
                f"captions do): {len(self.repeated)} repeated lines read once")))
        return out

    def _time_line(self, number: int, text: str) -> bool:
        if cuetext.TIMING.match(text):
            self.time = text.split("-->")[0].strip().replace(",", ".")
        elif (start := sbv.start_time(text)) is not None:  # YouTube's `.sbv`
            self.time = start
        elif "-->" in text or _TIME_LIKE.match(text):
            self.warnings.append(Notice(number, "cue time line not understood (expected like "
                                        "00:01:02.500 --> 00:01:05.000); the cue's text is "
                                        "kept without a time"))
            self.time = None
        else:
            return False
        self.in_cue = True
        self.parts = 0
        self.shown, self.showing = self.showing or self.shown, set()
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
        """A line of a cue, cut where a voice tag or a dialogue dash starts another voice."""
        start = len(self.lines)
        for at, speaker, piece in cuetext.pieces(text):
            self._piece(number, offset + at, speaker, piece)
        for line in self.lines[start:] if cuetext.ITALIC.match(text) else ():
            line.emphasis = "italic"

    def _piece(self, number: int, offset: int, speaker: str | None, clean: str) -> None:
        """One voice's piece of a cue line: set apart (_set_apart), or said, with the speaker
        its label, dash or voice gives it."""
        if self._set_apart(number, offset, speaker, clean):
            return
        if speaker is None and self.label_next is not None:
            speaker, self.label_next = self.label_next, None
        speaker, clean = self._label(number, speaker, clean)
        # what was said before: a title card was not (a dash after it opens the first voice)
        said = next((ln.text for ln in reversed(self.lines) if ln.text and ln.kind != "heading"),
                    "")
        chevrons = speaker is None and clean.startswith(">>")
        speaker, clean = self._dash(number, offset, speaker, clean, said)
        note = DELIVERY.match(clean)  # `[THROUGH INTERPRETER] No.`: how it was said, no words
        if note:
            offset, clean = offset + note.end(), clean[note.end():]
        if not self.parts:
            kind = line_kind(clean)
            self.cue_kind = kind if kind == "credit" else None
        self.parts += 1
        speaker = self._voice(number, offset, speaker, clean, said)
        self._said(number, offset, speaker, clean, chevrons)

    def _set_apart(self, number: int, offset: int, speaker: str | None, clean: str) -> bool:
        """A piece that no one says: a title card's or a lower third's (context, no speaker),
        a translator's note (the cue's first line decides, for the cue's every line), a
        name above the cue's text. Kept as such; returns whether the piece was one."""
        if self.display is not None:
            self.lines.append(Line(number, offset, clean, kind=self.display[0]))
            return True
        if not self.parts:  # a cue's first line decides for the cue
            noted = speaker is None and self._translators_note(clean)
            self.cue_kind = TRANSLATORS_NOTE if noted else None
        if self.cue_kind == TRANSLATORS_NOTE:  # the cue's every line, to its end
            self.parts += 1
            self.lines.append(Line(number, offset, clean.strip(), kind=TRANSLATORS_NOTE))
            return True
        return not self.parts and speaker is None and self._names_only(number, offset, clean)

    def _said(self, number: int, offset: int, speaker: str | None, clean: str,
              chevrons: bool) -> None:
        """Keep a said line with its cue's time; a `>>` line marks a change of speaker there,
        and a question in a file without voices ends its paragraph (the answer is another)."""
        if chevrons:
            self.changes.append((len(self.lines), self.time))
        self.times[len(self.lines)] = self.time
        self.lines.append(Line(number, offset, clean.strip(), speaker,
                               self.time if speaker else None, kind=self.cue_kind))
        self.spoken = self.spoken or bool(clean.strip() and not self.cue_kind)
        if speaker is None and not self.any_speaker and clean.rstrip().endswith("?"):
            self.lines.append(Line(number, offset, ""))

    def _translators_note(self, clean: str) -> bool:
        """A cue that opens as the translator's (or subtitler's, editor's) note: `T/N: Hyesan
        is a city...`, `[Translator's note: she says "notel", / the small media players...]`
        over two lines. A bare `TN:` only while no speaker `TN` was heard and no `TN:` cue
        of the file asks a question (a person with those initials asks and answers)."""
        m = _NOTE_CUE.match(clean)
        if m is None:
            return False
        if m["bare"] is None:
            return True
        if self.tn_speaks is None:
            self.tn_speaks = any(_BARE_TN.match(cuetext.words(t)) and asks(cuetext.words(t))
                                 for _, _, t in self.rows)
        return "TN" not in self.heard and not self.tn_speaks

    def _names_only(self, number: int, offset: int, clean: str) -> bool:
        """A cue's first line that names and says nothing: a name above the cue's text
        (`CHOI EUN-HYE`, the next line's speaker) or a lower third (a caption)."""
        if clean in self.caps:
            self.label_next = self.caps[clean]
            return True
        if self._names_caption(clean):
            self.lines.append(Line(number, offset, clean, kind="caption"))
            return True
        return False

    def _label(self, number: int, speaker: str | None, clean: str) -> tuple[str | None, str]:
        """The speaker a line's label names (`Han:`, `[HAN]`) and the text after it."""
        label = None if speaker is not None or line_kind(clean) else cue_label(clean)
        bracket = bracket_name(clean) if speaker is None else None
        if bracket and bracket[0] in self.names:
            label = bracket[0], bracket[1]
            self.named.setdefault(bracket[2], number)
        if label:  # `ON SCREEN: Hyesan` is page furniture (furniture.py), not a speaker
            return label[0], clean[label[1]:]
        return speaker, clean

    def _names_caption(self, clean: str) -> bool:
        """A cue that names a speaker of the film and says who they are, as a lower third
        does (`Park Sung-min, former smuggler`): shown, not said."""
        m = _NAME_THEN_COMMA.match(clean)
        if m is None or len(clean) > 80 or asks(clean):
            return False
        return m[1].lower() in {n.lower() for n in [*self.caps.values(), *self.heard]}

    def _dash(self, number: int, offset: int, speaker: str | None, clean: str,
              said: str) -> tuple[str | None, str]:
        """A dialogue dash (`- Where did you live?` / `- In Hyesan.`) after a sentence's end
        starts another voice: the other one, after a voice in the same cue (`<v Ann>- Why?`
        / `- Hunger.`: not Ann), else a new paragraph. Returns the voice and the text."""
        dash = cuetext.DIALOGUE_DASH.match(clean) if speaker is not None or not said \
            or ends_sentence(said) or (_SOUND_CUE.match(said) and _OPENS_VOICE.match(clean)) \
            or clean.lstrip().startswith(">>") else None
        if not dash:
            return speaker, clean
        if speaker is None and self.current is not None and (
                self.parts or asks(clean) != asks(said)):
            speaker = self._other(number)  # a question after an answer: the other voice
        if speaker is None and self.lines and self.lines[-1].text:
            self.lines.append(Line(number, offset, ""))
        return speaker, clean[dash.end():]

    def _voice(self, number: int, offset: int, speaker: str | None, clean: str,
               said: str) -> str | None:
        """The speaker a line opens a turn of (None: it goes on), and the paragraph break
        before it: at a new voice, or at a question after an answer in a file without
        voices (`In Hyesan.` / `Did you cross?`, a cue asking on its second line too)."""
        if speaker is not None and speaker == self.current:
            return None  # the same voice goes on: same turn, same paragraph
        if speaker is not None:
            self.current, self.before = speaker, self.current
            self.heard.add(speaker)
            self.any_speaker = True
            if self.lines:
                self.lines.append(Line(number, offset, ""))
        elif not self.any_speaker and (asks(clean) or (self.parts == 1 and self.asking)) \
                and said and self.lines[-1].text and ends_sentence(said) and not asks(said):
            self.lines.append(Line(number, offset, ""))
        return speaker

    def _other(self, number: int) -> str | None:
        """Who a dash line answers the voice of the cue with: the voice heard before it, or
        else the first other voice of the file; None (with a warning) if there is none."""
        if self.voices is None:
            self.voices = cuenames.first_voices(self.rows)
        other = self.before if self.before not in (None, self.current) else next(
            (v for v in self.voices if v != self.current), None)
        if other is None:
            self.warnings.append(Notice(number, f"a dash starts another speaker's line, but "
                                        f"the file names no voice but '{self.current}'; read "
                                        f"as {self.current}'s; tag the line <v Name>"))
        return other


# a sound alone (`[music]`, `(applause)`): no sentence goes on over it, so a dash after it
# starts a voice (`- Why did you leave?` kept its dash as words of the question)
_SOUND_CUE = lazy(r"^\s*[\[(][^\[\]()]{1,40}[\])]\s*$")
# ... and the line after the dash opens as a sentence does (`- Why...`, not `— and then we
# ran`, a sentence going on over a cough)
_OPENS_VOICE = lazy(r"^\s*[-–—]\s+[\[(\"“]?[A-Z]")


# a cue the translator or subtitler adds, not said: `T/N: ...`, `TN: ...`, `[TL note: ...]`,
# `(Translator's note: ...)`, `Subtitler's note - ...`, French and Spanish `N.d.T.:`
TRANSLATORS_NOTE = "translator's note"
_NOTE_CUE = lazy(
    r"^\s*[\[(]?\s*(?:T\s?/\s?N|T\.\s?N\.|TL\s?/\s?N|TL\s?[Nn]ote|N\.\s?[Dd]\.\s?[Tt]\.|"
    r"(?i:(?:translator|translation|subtitler|editor)['’]?s?\s+note|trans\.\s+note)|"
    r"(?P<bare>TN))\s*[:：–—-]\s*\S")
_BARE_TN = lazy(r"^\s*TN\s*[:：]")
