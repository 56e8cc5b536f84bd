"""Two scans that some readers' regexes did in quadratic time on hostile lines, done in
linear time with the same results.

`split_spaced`: `re.split` on a separator with whitespace on its left (`\\s*[,;]\\s*`,
`\\s+and\\s+`) tried the whitespace from every position of a long run of spaces before
finding nothing after it. Here the separator is found from its first non-space character
and the whitespace before it is taken back by hand, as far as the end of the previous
separator: the leftmost separators are the same, so are the pieces.

`strip_tags`: `</?[^>]+>|\\{\\\\[^}]*\\}` removed from a line scanned for a `>` from every
`<` of a line of `<` with none (and for a `}` from every `{\\`); here each closing mark is
looked up once.

`find_spaced`: `finditer` of a pattern that may start after a tab (`(?<=\\t)\\s*role:`) tried
the whitespace from every position of a long run of tabs before failing at its end. Here
the part after the whitespace is found first, then the leftmost place before it where the
pattern may start: the same matches."""

from __future__ import annotations

import re
from collections.abc import Iterator


def split_spaced(core: re.Pattern[str], text: str, may: str, must: str = "") -> list[str]:
    """`re.split` of the text on a separator that opens with a character of `may` after
    any whitespace (`\\s*,`), or one of `must` after some (`\\s+and`), or (any other) with
    no whitespace taken before it: `core` matches each from its first character on (no
    groups in it)."""
    pieces: list[str] = []
    at = 0
    for m in core.finditer(text):
        start, first = m.start(), text[m.start()]
        if first in may or first in must:
            while start > at and text[start - 1].isspace():
                start -= 1
            if first in must and start == m.start():
                continue  # no whitespace before `and`
        pieces.append(text[at:start])
        at = m.end()
    pieces.append(text[at:])
    return pieces


def find_spaced(pattern: re.Pattern[str], at: re.Pattern[str], core: re.Pattern[str],
                text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a `pattern` that is `at` (where a match may start: an
    anchor or lookbehinds, no characters), then `\\s*`, then `core` (which opens with no
    whitespace). A match from anywhere in a run of whitespace reaches `core` at its end
    only; so it is the match from the first place in the run where `pattern` may start."""
    pos = 0
    while (found := core.search(text, pos)) is not None:
        end = start = found.start()
        while start > pos and text[start - 1].isspace():
            start -= 1
        start = next((k for k in range(start, end + 1) if at.match(text, k)), -1)
        m = pattern.match(text, start) if start >= 0 else None
        if m is None:
            pos = end + 1
            continue
        yield m
        pos = m.end()


def _next(cached: int, text: str, mark: str, start: int) -> int:
    """The first `mark` at or after `start`, with the last answer reused while it holds."""
    return cached if cached == -1 or cached >= start else text.find(mark, start)


def strip_tags(text: str) -> str:
    """The text less `</?[^>]+>` and `{\\...}` (what `_TAG.sub("", text)` did)."""
    if "<" not in text and "{\\" not in text:
        return text
    pieces: list[str] = []
    at = i = 0
    lt = brace = gt = close = -2  # -2: not looked up; -1: none left
    while True:
        lt, brace = _next(lt, text, "<", i), _next(brace, text, "{\\", i)
        if lt == -1 and brace == -1:
            break
        s = min(c for c in (lt, brace) if c >= 0)
        if s == lt:
            gt = _next(gt, text, ">", s + 1)
            if gt >= s + 2:  # `[^>]+`: one character or more before the `>`
                pieces.append(text[at:s])
                at = i = gt + 1
                continue
            lt = -1 if gt == -1 else lt
        else:
            close = _next(close, text, "}", s + 2)
            if close >= 0:
                pieces.append(text[at:s])
                at = i = close + 1
                continue
            brace = -1  # no `}` after this `{\`, nor after any later one
        i = s + 1
    pieces.append(text[at:])
    return "".join(pieces)
