"""Subtitles that tell speakers apart by colour alone, as broadcast subtitles do (UK
practice: one speaker white, the next yellow, then cyan, green): `<font color="#ffff00">`
in SRT, `<c.yellow>` in WebVTT, no name anywhere. Read without the colours, such a file had
no speakers: an answer was joined to the narration before it, and a second respondent's
words to the first one's.

A cue line set wholly in one colour (a tag opened on an earlier line of the cue counts) is
that colour's; a line with no colour is the default one (white, as a colour `white` or
`#ffffff` is too); a line whose colour changes inside it (a word in colour for emphasis)
says nothing and goes with the lines around it. Colours count as speakers only when at
least two of them each come back, two runs or more (a file all in one colour, or one
coloured cue, reads as before): then a change of colour is a change of speaker and the
same colour returning is the same speaker. Who asks is read from the wording, never the
colour: the colour whose runs ask (half of them at least, and twice the share of every
other colour that comes back) is the interviewer, narration included, as a reporter who
narrates and asks; the others are named by their colour (`Yellow`, `Green`). When no colour
asks so, each is named by its colour and the usual guess (turns.infer_interviewer) decides.
Said in a warning either way. Sounds and directions (`(DOG BARKS)`) and what cues show
(cuenames.cue_context: a content warning, a title card, a lower third) are no one's.
"""

from __future__ import annotations

import re
from collections import Counter

from qcode.ingest.captions import MIN_TURNS, name_italic_voices, piece_asks
from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.linear import strip_tags
from qcode.model import Notice

DEFAULT = ""  # the colour of a line no tag colours: white
MIXED = None  # a line whose colour changes inside it
Colour = str | None
# an opening tag that may set a colour, or a closing one: `<font color="#ffff00">`,
# `<font face="Arial" color=yellow>`, `</font>`, WebVTT's `<c.yellow.bg_black>`, `</c>`
_TAGS = lazy(r"<(/?)(font|c)\b([^>]*)>", re.I)
_FONT_COLOUR = lazy(r"\bcolou?r\s*=\s*[\"']?\s*(#?\w+)", re.I)
_NAMES = {"#ffffff": "white", "#ffff00": "yellow", "#00ffff": "cyan", "#00ff00": "green",
          "#ff00ff": "magenta", "#ff0000": "red", "#0000ff": "blue", "#000000": "black"}
_CLASS_COLOURS = {"white", "yellow", "cyan", "green", "magenta", "red", "blue", "black",
                  "lime", "orange", "pink"}


def line_colour(text: str, open_colours: list[str]) -> tuple[Colour, list[str]]:
    """The colour a cue line is set in (DEFAULT, a colour's name, or MIXED), given the
    colours its cue opened on earlier lines and left open (`open_colours`, innermost last);
    and the colours this line leaves open."""
    stack = list(open_colours)
    seen: set[str] = set()
    at = 0
    for m in [*_TAGS.finditer(text, 0, text.rfind(">") + 1), None]:  # not past the last `>`
        piece = text[at:m.start() if m else len(text)]
        if any(c.isalnum() for c in strip_tags(piece)):
            seen.add(stack[-1] if stack else DEFAULT)
        if m is None:
            break
        at = m.end()
        if m[1]:
            if stack:
                stack.pop()
        else:
            stack.append(_opened(m[2].lower(), m[3], stack[-1] if stack else DEFAULT))
    return (seen.pop() if len(seen) == 1 else DEFAULT if not seen else MIXED), stack


def _opened(tag: str, attributes: str, around: str) -> str:
    """The colour an opening tag sets: its own, or the one around it (a `<font face=...>`
    or a `<c.loud>` class that is no colour)."""
    if tag == "font":
        m = _FONT_COLOUR.search(attributes)
        return _name(m[1]) if m else around
    classes = [c.lower() for c in attributes.split(".") if c]
    return next((_name(c) for c in classes if c in _CLASS_COLOURS), around)


def _name(colour: str) -> str:
    colour = colour.lower()
    if re.fullmatch(r"#[0-9a-f]{3}", colour):
        colour = "#" + "".join(c * 2 for c in colour[1:])
    colour = _NAMES.get(colour, colour)
    return DEFAULT if colour == "white" else colour


def unnamed_voices(lines: list[Line], times: dict[int, str | None], shown: list[str],
                   rows: list[tuple[int, int, str]]) -> tuple[bool, list[Notice]]:
    """Speakers for subtitles that name no one: a colour for each (the module docstring),
    else the voice off camera in italics (captions.name_italic_voices). `rows`: the file's
    (line number, offset, text), tags kept. Returns whether voices were named, and the
    warning."""
    named, told = name_colour_voices(lines, times, _row_colours(rows))
    return (named, told) if named else name_italic_voices(lines, times, shown)


def _row_colours(rows: list[tuple[int, int, str]]) -> dict[int, Colour]:
    """Each cue line's colour, by its line number; a tag a cue leaves open ends with it."""
    out: dict[int, Colour] = {}
    open_colours: list[str] = []
    for number, _, text in rows:
        if "-->" in text or not text.strip():
            open_colours = []
        else:
            out[number], open_colours = line_colour(text, open_colours)
    return out


Run = tuple[int, str, str]  # (first line's index, colour, text)


def name_colour_voices(lines: list[Line], times: dict[int, str | None],
                       colours: dict[int, Colour]) -> tuple[bool, list[Notice]]:
    """Give each run of lines in one colour its speaker (the module docstring). `times`:
    each line's cue time; `colours`: each line's colour by its line number (line_colour).
    Returns whether the voices were named, and the warning."""
    runs = _runs(lines, colours)
    count = Counter(c for _, c, _ in runs)
    back = [c for c, n in count.items() if n >= MIN_TURNS]
    if len(back) < 2:
        return False, []
    asked = Counter(c for _, c, text in runs if piece_asks(text))
    asker = _asker(back, asked, count)
    for i, colour, _ in runs:
        lines[i].speaker = "Interviewer" if colour == asker else (colour or "white").capitalize()
        lines[i].time = times.get(i)
    shown = ", ".join(f"{c or 'white'} ({n})" for c, n in count.items())
    said = (f"the {asker or 'white'} passages ask ({asked[asker]} of {count[asker]}): read as "
            "the interviewer's, narration included, the others by their colour"
            if asker is not None else "no colour's passages ask more than the others': each "
            "read as a speaker named by its colour, who asks guessed as in any transcript")
    return True, [Notice(lines[runs[0][0]].number, (
        f"no speaker is named, but the cues are set in colours, each a speaker (passages: "
        f"{shown}); {said}; if that is wrong, tag the voices (<v Name>)"))]


def _asker(back: list[str], asked: Counter[str], count: Counter[str]) -> str | None:
    """The colour that asks: half of its runs at least, twice the share of every other
    colour that comes back; None when none does."""
    share = {c: asked[c] / count[c] for c in back}
    return next((c for c in back if share[c] >= 0.5
                 and all(share[c] >= 2 * share[o] for o in back if o != c)), None)


def _runs(lines: list[Line], colours: dict[int, Colour]) -> list[Run]:
    """The lines said, in runs of one colour; a line of no one colour goes with the run it
    is in, and sounds, directions and what cues show are no one's."""
    runs: list[Run] = []
    for i, line in enumerate(lines):
        if not line.text or line.kind is not None or line_kind(line.text) is not None:
            continue
        colour = colours.get(line.number, DEFAULT)
        if runs and colour in (MIXED, runs[-1][1]):
            runs[-1] = (runs[-1][0], runs[-1][1], f"{runs[-1][2]} {line.text}")
        else:
            runs.append((i, colour or DEFAULT, line.text))
    return runs
