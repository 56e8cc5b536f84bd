"""A subtitle cue's text: its time line, its markup left out and its escapes undone, rolling
captions that repeat the line before, and the pieces each voice says on a line (a `<v Name>`
tag, a dialogue dash after a sentence's end, a caption's `>>`). subtitles.py reads the cues
with these."""

from __future__ import annotations

import html

from qcode.ingest.cuenames import VOICE
from qcode.ingest.lazyre import lazy
from qcode.ingest.linear import strip_tags

TIMING = lazy(r"^\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->")
# markup, not words (linear.strip_tags): HTML-like tags (`<i>`, `<c>`, `<00:01.200>`) and the
# position tags subtitle editors write (`{\\an8}`: top of the screen)
_ENTITY = lazy(r"&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});")

# subtitles mark a change of speaker inside a cue with a leading dash, after a sentence's end
# (`My father said — go now,` / `— before they come.` is one sentence going on); captions
# made for television with `>>` wherever it falls
DIALOGUE_DASH = lazy(r"^\s*(?:[-–—]|>{2,3})\s+(?=\S)")
# the second voice on a line that opens with a dash: `- Why? - Because...`
_SECOND_VOICE = lazy(r"(?<=[.?!…])[\"”’)]*\s+([-–—])\s+(?=\S)")
# a cue line wholly in italics (`<i>Why did you leave?</i>`), as subtitles set a voice off screen
ITALIC = lazy(r"^\s*<i>(?:(?!</?i>).)*</i>\s*$")
_CHEVRONS = lazy(r"\s(>{2,3})\s+(?=\S)")


def clean(text: str) -> str:
    return " ".join(words(text).split())


def words(text: str) -> str:
    """A cue line without markup, its escapes (`&amp;`, as WebVTT writes `&`) undone."""
    text = strip_tags(text)  # `_TAG.sub("", text)`, quadratic on a line of `<`
    return _ENTITY.sub(lambda m: html.unescape(m[0]), text) if "&" in text else text


def rolling(rows: list[tuple[int, int, str]]) -> bool:
    """Whether the cues roll: at least two cues, and a third of them, open with the last
    text line of the cue before (the time line, a cue id and blank lines between)."""
    cues = repeats = 0
    last = ""  # the last line of cue text seen
    for i, (_, _, text) in enumerate(rows):
        if not TIMING.match(text):
            if text.strip() and not text.strip().isdigit():
                last = text
            continue
        cues += 1
        first = next((t for _, _, t in rows[i + 1:i + 4] if t.strip()), "")
        repeats += bool(last.strip()) and clean(first) == clean(last)
    return repeats >= 2 and 3 * repeats >= cues


def first_lines(rows: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Each cue's first line of text, and its second ("" when none follows it)."""
    out = []
    for i, (_, _, text) in enumerate(rows):
        if TIMING.match(text) and i + 1 < len(rows) and rows[i + 1][2].strip():
            more = words(rows[i + 2][2]).strip() if i + 2 < len(rows) else ""
            out.append((words(rows[i + 1][2]).strip(), more))
    return out


def pieces(text: str) -> list[tuple[int, str | None, str]]:
    """(where it starts, its voice, its text without tags) of each voice on a line: a
    `<v Name>` tag starts one, and so does a dialogue dash after a sentence's end on a line
    that opens with one (`- Why? - Because we were hungry.`), or a caption's `>>`."""
    out: list[tuple[int, str | None, str]] = []
    voices = {m.start(): m.group(1).strip() for m in VOICE.finditer(text)}
    starts = [0] + [at for at in voices if at > 0]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(text)
        piece = words(text[start:end])
        dashes = [m.start(1) for m in _SECOND_VOICE.finditer(piece)] \
            if DIALOGUE_DASH.match(piece) else []
        chevrons = [m.start(1) for m in _CHEVRONS.finditer(piece)] if ">>" in piece else []
        cuts = sorted({0, *dashes, *chevrons})
        for k, cut in enumerate(cuts):
            said = piece[cut:cuts[k + 1] if k + 1 < len(cuts) else len(piece)]
            out.append((start + cut + len(said) - len(said.lstrip()),
                        voices.get(start) if k == 0 else None, said.strip()))
    return [p for p in out if p[2] or p[1] is not None]
