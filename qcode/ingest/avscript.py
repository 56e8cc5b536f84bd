"""A documentary's or a broadcast's two-column AV script in a Word table: a header row
`VIDEO | AUDIO` (`PICTURE | SOUND`, `BILD | TON`...), the shots, supers and archive in the
left column, and in the right what is heard: the interview's sound bites under a label
(`SOT DO: "..."`, `SYNC KIM:`, `KIM (SOT):`), the questions heard off camera (`Q (off
cam):`, `INTERVIEWER:`), the narration (`NARR (V/O):`) and the music (`MUSIC:`).

Read as any other table it was context: not one answer was coded. So, when a table's header
names one picture column and one sound column (besides, perhaps, a time or number column),
and at least MIN_SPEECH of its sound paragraphs are a bite or a question: every other
column is context; in the sound column, a bite is its speaker's turn (the label, how the
voice is heard and the quotes around the words are no words), a question the interviewer's,
a narration, music or effects label context; a paragraph without a label goes on with the
speech above it in its cell, else is context (`MUSIC OUT.`). Any other table is left to
tables.py.
"""

from __future__ import annotations

from typing import NamedTuple

from qcode.ingest.labelledcells import flat
from qcode.ingest.lazyre import lazy

_PICTURE = {"video", "visual", "visuals", "vision", "picture", "pictures", "image", "images",
            "shot", "shots", "pix", "bild", "vidéo", "imagen", "영상", "화면", "映像"}
_SOUND = {"audio", "sound", "sounds", "voice", "ton", "son", "sonido", "오디오", "음성", "소리",
          "音声"}
_OTHER = {"time", "tc", "timecode", "time code", "duration", "dur", "#", "no", "no.", "shot no",
          "scene", "sc", "in", "out"}
# a label in the sound column: its words, how the voice is heard in brackets, the colon
_LABEL = lazy(r"^\s{0,10}([^\W\d_][\w.'’/&-]{0,30}(?: [\w.'’/&-]{1,30}){0,3})"
              r"\s{0,3}(?:\(([^()]{1,25})\))?\s{0,3}:\s{0,10}(\S.*)?$")
_BITE = {"sot", "sync", "bite", "soundbite", "sound bite", "grab", "interview", "o-t", "ot"}
_ASKS = {"q", "question", "interviewer", "int", "q&a"}
_NOT_SPEECH = {"narr", "narrator", "narration", "vo", "v/o", "v.o", "v.o.", "voice over",
               "voiceover", "voice-over", "anncr", "announcer", "music", "sfx", "fx", "nats",
               "nat sound", "nat", "natsot", "sound", "super", "gfx", "graphic", "graphics",
               "archive", "lower third", "title", "caption", "atmos", "ambience", "effects",
               "note", "notes", "edit", "trt", "tc", "end", "standup", "stand-up", "ptc",
               "chyron", "sting", "bed", "tease", "intro", "outro", "track", "nat snd",
               "reporter", "presenter", "host", "anchor", "correspondent"}
_QUOTES = {"“": "”", '"': '"', "‘": "’", "„": "“", "«": "»"}
MIN_SPEECH = 2
INTERVIEWER = "Interviewer"


class Said(NamedTuple):
    """What a paragraph of an AV table is: "heading" (the header row), "table" (context),
    "speech" (opens `speaker`'s turn with `text`) or "cell" (goes on with the speech
    above it)."""

    what: str
    speaker: str = ""
    text: str | None = None


Rows = list[list[list[str]]]


def av_columns(rows: Rows) -> tuple[int, int] | None:
    """(picture column, sound column) of an AV script table (the module docstring), None
    for any other table."""
    width = len(rows[0]) if rows else 0
    if not 2 <= width <= 4 or any(len(r) != width for r in rows) or len(rows) < 3:
        return None
    columns = _header(rows[0])
    if columns is None:
        return None
    said = [s for r in rows[1:] for s in _sound_cell(r[columns[1]])]
    return columns if sum(1 for s in said if s.what == "speech") >= MIN_SPEECH else None


def _header(first: list[list[str]]) -> tuple[int, int] | None:
    """(picture, sound) columns the header row names, every other a time or a number."""
    heads = [flat(c).lower().strip(" :*_") for c in first]
    picture = [c for c, h in enumerate(heads) if h in _PICTURE]
    sound = [c for c, h in enumerate(heads) if h in _SOUND]
    if len(picture) != 1 or len(sound) != 1 \
            or any(h not in _OTHER for c, h in enumerate(heads) if c not in (*picture, *sound)):
        return None
    return picture[0], sound[0]


def av_row(row: list[list[str]], sound: int, header: bool) -> list[list[Said]]:
    """What each paragraph of each cell of an AV table's row is."""
    if header:
        return [[Said("heading")] * len(cell) for cell in row]
    return [_sound_cell(cell) if c == sound else [Said("table")] * len(cell)
            for c, cell in enumerate(row)]


def _sound_cell(cell: list[str]) -> list[Said]:
    out: list[Said] = []
    speaking = False
    for paragraph in cell:
        said = _sound(paragraph)
        if said is None:  # no label: goes on with the speech above it, else context
            said = Said("cell") if speaking else Said("table")
        if paragraph.strip():  # an empty paragraph keeps the speech going
            speaking = said.what in ("speech", "cell")
        out.append(said)
    return out


def _sound(paragraph: str) -> Said | None:
    """A labelled paragraph of the sound column; None without a label."""
    m = _LABEL.match(paragraph[:300])
    if m is None:
        return None
    label, heard, words = " ".join(m[1].split()), (m[2] or "").strip().lower(), m[3] or ""
    low = label.lower()
    if low in _NOT_SPEECH or heard in _NOT_SPEECH:
        return Said("table")
    text = paragraph[m.start(3):] if m[3] else ""
    if low in _ASKS or low.split()[0] in ("q", "question"):
        return Said("speech", INTERVIEWER, _unquoted(text))
    first, _, name = label.partition(" ")
    if first.lower() in _BITE and name:
        return Said("speech", name, _unquoted(text))
    named = all(w[:1].isupper() for w in label.split())  # `DO`, `Kim Ok`; not `Notes for`
    if heard in _BITE or (named and low not in _BITE and words):
        return Said("speech", label, _unquoted(text))
    return None


def _unquoted(text: str) -> str:
    """A bite's words without the quotes a script puts around them."""
    text = text.strip()
    close = _QUOTES.get(text[:1])
    if close and len(text) > 1 and text.endswith(close):
        return text[1:-1].strip()
    return text
