"""A transcript that heads each block with the speaker's name on one line and its time stamp
on the next (or the time first, then the name), the words under them: as podcast and
transcription apps export (Otter, Descript, Riverside, Apple Podcasts):

    Priya Castellano
    00:00
    Hey everyone, welcome back...

Read as they stood, the time lines made the file a video's transcript panel (panel.py) with no
speakers named: the name lines were headings or words of the turns, turns were cut at `?`
alone, a guest's line went to the host. Here each such pair is set on one line, `Priya
Castellano  00:00`, the shape headlabels.py reads as a label heading its block, so the names
say who speaks. Only when the shape holds throughout: four pairs or more, a blank line (or
the file's start) above each, heading two in three of the file's blocks, two names that
each head two blocks or more, at most eight names, and the times running forward; a time
and a place alone on lines of an answer in a labelled transcript (`Hyesan` / `04:10`, a
train's times) are none. Each pair must head words (a rota inside an answer, `Dr Kim` /
`08:00` over `Dr Ryu` / `10:00`, heads none: it was read as labels heading empty blocks),
and the words under the pairs must ask something somewhere (a talk has questions; a case
worker's call log, `Ms Park` / `09:10` / `Called to confirm...`, asks none, and its names
were made speakers of notes written about them).
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from qcode.ingest.labeltext import NAME
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

MIN_PAIRS, MAX_NAMES = 4, 8
_NAME_ALONE = lazy(rf"^\s*(?P<name>{NAME}(?:\s\((?:[A-Z][a-z]{{1,15}})\))?)\s*$")
_TIME_ALONE = lazy(r"^\s*[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d{1,3})?[\])]?\s*$")


def join_name_time(lines: list[Line]) -> list[Line]:
    """The lines with each name line and its time line joined on the first of them (`Name
    TIME`), the other dropped, when the file is set so throughout; else as they are."""
    pairs = _pairs(lines)
    if not _credible(lines, pairs):
        return lines
    dropped = set()
    for i, name_at, time_at in pairs:
        name = _NAME_ALONE.match(lines[name_at].text)
        time = _TIME_ALONE.match(lines[time_at].text)
        assert name is not None and time is not None
        lines[i].text = f"{name['name']}  {time['time']}"
        lines[i].offset = lines[name_at].offset + name.start("name")
        dropped.add(i + 1)
    return [ln for k, ln in enumerate(lines) if k not in dropped]


def _pairs(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(first line, name line, time line) of each pair with a blank line or the file's start
    above it and words below it (perhaps after a blank line), not another pair."""
    out = []
    for i in range(len(lines) - 1):
        if i and lines[i - 1].text.strip():
            continue
        if (pair := _pair_at(lines, i)) is not None and _heads_words(lines, i + 2):
            out.append(pair)
    return out


def _pair_at(lines: list[Line], i: int) -> tuple[int, int, int] | None:
    if i + 1 >= len(lines):
        return None
    a, b = lines[i].text, lines[i + 1].text
    if _NAME_ALONE.match(a) and _TIME_ALONE.match(b):
        return (i, i, i + 1)
    if _TIME_ALONE.match(a) and _NAME_ALONE.match(b):
        return (i, i + 1, i)
    return None


def _heads_words(lines: list[Line], j: int) -> bool:
    """Line j (or the one after it, j blank) is a line of words, not the next pair."""
    if j < len(lines) and not lines[j].text.strip():
        j += 1
    return j < len(lines) and bool(lines[j].text.strip()) and _pair_at(lines, j) is None


def _asks(lines: list[Line], pairs: list[tuple[int, int, int]]) -> bool:
    """Some block under a pair asks (a `?` in its lines, up to the next blank line after
    its words)."""
    for i, _, _ in pairs:
        j = i + 2 + (i + 2 < len(lines) and not lines[i + 2].text.strip())
        while j < len(lines) and lines[j].text.strip():
            if "?" in lines[j].text or "？" in lines[j].text:
                return True
            j += 1
    return False


def _credible(lines: list[Line], pairs: list[tuple[int, int, int]]) -> bool:
    """Four pairs or more heading two in three of the file's blocks at least, one order
    throughout, two names each heading two blocks or more (two people taking turns), at
    most eight names, nine in ten of the times running forward, a question under one."""
    if len(pairs) < MIN_PAIRS or len({i == n for i, n, _ in pairs}) > 1 \
            or 3 * len(pairs) < 2 * _blocks(lines):
        return False
    names = Counter(_key(lines[n].text) for _, n, _ in pairs)
    if len(names) > MAX_NAMES or sum(n >= 2 for n in names.values()) < 2:
        return False
    times = [_seconds(lines[t].text) for _, _, t in pairs]
    forward = sum(x <= y for x, y in pairwise(times))
    return 10 * forward >= 9 * (len(times) - 1) and _asks(lines, pairs)


def _blocks(lines: list[Line]) -> int:
    """How many blocks of text (runs of lines between blank lines) the file holds."""
    return sum(bool(ln.text.strip()) and not (k and lines[k - 1].text.strip())
               for k, ln in enumerate(lines))


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _seconds(text: str) -> int:
    m = _TIME_ALONE.match(text)
    assert m is not None
    return sum(int(p) * 60 ** k for k, p in enumerate(reversed(m["time"].split(":"))))
