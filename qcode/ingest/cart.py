"""Live captions (CART) saved as text: a rough draft, hard-wrapped in capitals, `>>` opening
the line where the speaker changes, the speaker named only now and then (`>> MODERATOR:`,
`>> MR. RYU (THROUGH INTERPRETER):`), sounds as `>> [ LAUGHTER ]`. Read as plain text, the
named openings were no labels (the moderator's welcome was intro, the guest's first answer
an interviewer's turn) and turns alternated on `?` across pieces glued together.

`>>` says the voice changes; an interview on a panel is two voices taking turns, with others
cutting in: the interpreter correcting (neither asks nor answers), someone in the audience
asking once. So the two main voices are the first two named that are neither, and a piece
with no name is the main voice that did not speak the last main piece. Only with two main
voices named and four `>>` lines or more, and with no `>` quoting (an e-mail's `>>` is two
levels of quotation, not captions). Who asks: the main voice whose pieces open or end as
questions (half of them at least, twice the other's share), else the labels' roles as any
file's. A guess from the file's shape: said in a notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.captions import piece_asks
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

MIN_CHANGES = 4
_CHANGE = lazy(r"^\s{0,4}>>(?!>)\s{0,3}(?P<rest>.*)$")
_NAMED = lazy(r"^(?P<name>[A-Z][A-Z.'’-]{0,24}(?: [A-Z][A-Z.'’-]{0,24}){0,2})"
              r"(?: ?\([^()\n]{1,40}\))? {0,2}: {1,4}(?=\S)")
_QUOTED = lazy(r"^\s{0,4}>(?!>)")
_SOUND = lazy(r"^[\[(][^\[\]()]{1,60}[\])]\s*$")


def _pieces(lines: list[Line]) -> list[tuple[int, int]]:
    """Each `>>` line's index and the end of its piece (the next `>>` or blank line)."""
    starts = [i for i, ln in enumerate(lines) if _CHANGE.match(ln.text)]
    ends = []
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        ends.append(next((j for j in range(i + 1, stop) if not lines[j].text.strip()), stop))
    return list(zip(starts, ends, strict=True))


def _name(line: Line) -> str | None:
    rest = _CHANGE.match(line.text)
    m = _NAMED.match(rest["rest"]) if rest else None
    return " ".join(m["name"].split()) if m else None


def _main_voices(names: list[str | None], roles: Roles) -> list[str]:
    main: list[str] = []
    for name in names:
        if name and name not in main and not _aside(name, roles):
            main.append(name)
    return main[:2]


def _aside(name: str, roles: Roles) -> bool:
    return roles.role(name) == "other" or roles.in_audience(name)


def read_cart(lines: list[Line], roles: Roles) -> list[Notice] | None:
    """Give each `>>` piece its speaker (the module docstring); None if the file is not
    such captions."""
    pieces = _pieces(lines)
    if len(pieces) < MIN_CHANGES or any(_QUOTED.match(ln.text) for ln in lines):
        return None
    names = [_name(lines[i]) for i, _ in pieces]
    main = _main_voices(names, roles)
    if len(main) < 2:
        return None
    said = _give_speakers(lines, pieces, names, main)
    asks = [sum(map(piece_asks, said[v])) / max(len(said[v]), 1) for v in main]
    asker = next((k for k in (0, 1) if asks[k] >= 0.5 and asks[k] >= 2 * asks[1 - k]), None)
    if asker is not None:
        roles.assign(main[asker], "interviewer")
        roles.assign(main[1 - asker], "respondent")
    return [Notice(lines[pieces[0][0]].number, (
        f"`>>` marks {len(pieces)} changes of speaker (live captions), named only now and "
        f"then: read as {main[0]} and {main[1]} taking turns, a piece with no name the one "
        "who did not speak last; if that is wrong, name each turn"))]


def _give_speakers(lines: list[Line], pieces: list[tuple[int, int]], names: list[str | None],
                   main: list[str]) -> dict[str, list[str]]:
    """Each speech piece its speaker, its `>>` and name out of the text; a sound piece
    context. Returns what each main voice said, piece by piece."""
    said: dict[str, list[str]] = {main[0]: [], main[1]: []}
    last = None
    for (i, end), named in zip(pieces, names, strict=True):
        text = _CHANGE.match(lines[i].text)["rest"]  # type: ignore[index]
        if named is None and _SOUND.match(text):
            lines[i].kind = lines[i].kind or "sound"
            continue
        name = named or (main[1 - main.index(last)] if last else None)
        if name is None:
            continue
        _speak(lines, i, end, name, text)
        if name in main:
            last = name
            said[name].append(" ".join(ln.text for ln in lines[i:end]))
    return said


def _speak(lines: list[Line], i: int, end: int, name: str, text: str) -> None:
    """The piece from line i to end is `name`'s; `text`: its first line after `>>`."""
    cut = len(lines[i].text) - len(text)
    if (m := _NAMED.match(text)) is not None:
        cut += m.end()
    lines[i].offset, lines[i].text = lines[i].offset + cut, lines[i].text[cut:]
    lines[i].speaker = name
    for ln in lines[i:end]:
        ln.kind = None
