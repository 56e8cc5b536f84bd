"""A documentary's dialogue script in screenplay format, as a film's subtitler or archive
keeps it: scene headings (`INT. KITCHEN - DAY`, `EXT. RIVER - NIGHT`), action lines,
transitions (`FADE IN:`, `CUT TO:`, `FADE OUT.`), and each speech under a cue in capitals
alone on its line (`MRS. BAEK`, `INTERVIEWER (O.S.)`, `NARRATOR (V.O.)`), perhaps with a
parenthetical under it (`(laughs)`), and a page break inside a speech (`(MORE)`, the page
number, the cue again with `(CONT'D)`).

Read as a transcript, a scene heading `INT. KITCHEN` was a label `INT` (the action under it
a question), a cue `MRS. BAEK` a label `MRS` whose words began `BAEK`, the interviewer's
cues and questions were words of her answers, and the page number a turn.

So, when a file has a scene heading or a transition and at least MIN_CUES cues of at least
two names (a line in capitals after a blank line, with a speech right under it): each cue
names who speaks the lines under it, to the next blank line (the cue itself no words, how
the voice is heard, `(O.S.)`, `(CONT'D)`, not part of the name: the narrator's V.O. is then
context by its name); parentheticals, `(MORE)` and the page number after it are context;
every other line (title block, scene headings, action, transitions, `SUPER:`) is context.
An ordinary transcript (`INT: ...`, `INT. What did you...` in mixed case, names in capitals
alone above their answers with no scene heading) is left as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.labeltext import QUALIFIER
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.layout import Line

# `INT. BAEK'S KITCHEN - DAY`, `EXT APARTMENT BLOCK`, `INT./EXT. CAR`, `I/E`; Korean scripts'
# `S#12.`; always in capitals (checked apart), so `INT. What did you...` is none
_SCENE = lazy(r"^\s{0,60}(?:(?:INT|EXT)\.?\s?(?:/\s?(?:INT|EXT)\.?)?|I/E\.?|S#\d{1,4}\.?)"
              r"(?:\s{1,10}|-\s?|\.)\S")
_TRANSITION = lazy(r"^\s{0,80}(?:FADE\s(?:IN|OUT|TO\sBLACK)|(?:(?:SMASH|MATCH|JUMP|HARD)\s)?"
                   r"CUT\sTO(?:\sBLACK)?|DISSOLVE\sTO|WIPE\sTO|(?:CUT\s)?BACK\sTO|"
                   r"INTERCUT\sWITH)\s?[:.]\s{0,20}$")
# a cue: a name of one to four words, and how the voice is heard in brackets, twice at most
_CUE = lazy(r"^\s{0,60}([^\W\d_][\w.'’-]{0,30}(?:\s[\w.'’-]{1,30}){0,3})"
            r"((?:\s{0,5}\([^()]{1,25}\)){0,2})\s{0,20}$")
_BRACKET = lazy(r"\(([^()]{1,25})\)")
_ASIDE = lazy(r"^\s{0,60}\([^()]{0,200}\)\s{0,20}$")
_MORE = lazy(r"^\s{0,60}\((?:MORE|CONTINUED)\)\s{0,20}$", re.I)
_PAGE = lazy(r"^\s{0,100}\d{1,3}\.?\s{0,20}$")
MIN_CUES = 3
_MAX_CUE = 60  # characters of a cue line, spaces aside


def read_screenplay(lines: list[Line]) -> list[Notice]:
    """Read a screenplay's cues, speeches and directions (the module docstring); any other
    file is left as it is. The names' roles are decided later, as any label's."""
    marks = [i for i, ln in enumerate(lines) if ln.kind is None and ln.speaker is None
             and (_scene(ln.text) or _TRANSITION.match(ln.text))]
    cues = _cues(lines)
    if not marks or len(cues) < MIN_CUES or len({name for _, name in cues}) < 2:
        return []
    at = dict(cues)
    k, first = 0, min(min(cues)[0], marks[0])
    while k < len(lines):
        if k in at:
            k = _speech(lines, k, at[k])
            continue
        ln = lines[k]
        if ln.kind is None and ln.speaker is None and ln.text.strip():
            ln.kind = _direction(ln.text, before=k < first)
        k += 1
    return [Notice(lines[first].number, (
        f"read as a screenplay: {len(cues)} cues name who speaks the lines under them; scene "
        "headings, action, transitions, parentheticals and page numbers are context; if a "
        "name's role is wrong, list the interviewers under `interviewers:` in the front "
        "matter or in qcode.toml"))]


def _scene(text: str) -> bool:
    return bool(_SCENE.match(text)) and not _lower(text) and len(text.strip()) <= 120


def _lower(text: str) -> bool:
    return any(c.islower() for c in text)


def _cues(lines: list[Line]) -> list[tuple[int, str]]:
    """(index, name) of each cue: a line in capitals after a blank line (or the start), a
    line with words right under it; not a scene heading nor a transition."""
    out = []
    for i, ln in enumerate(lines[:-1]):
        text = ln.text
        if ln.kind is not None or ln.speaker is not None or len(text.strip()) > _MAX_CUE \
                or _lower(text) or (i and lines[i - 1].text.strip()) \
                or not lines[i + 1].text.strip() or _scene(text) or _TRANSITION.match(text):
            continue
        m = _CUE.match(text)
        if m and not m[1].endswith(":"):
            out.append((i, _name(m[1], m[2])))
    return out


def _name(name: str, brackets: str) -> str:
    """The cue's name, without how the voice is heard (`(V.O.)`, `(CONT'D)`); a bracket
    saying a role (`KIM (INTERPRETER)`) is kept, for the role to be read from it."""
    kept = [b for b in _BRACKET.findall(brackets) if not QUALIFIER.match(b.strip())]
    return " ".join([name.strip(), *(f"({b.strip()})" for b in kept)])


def _speech(lines: list[Line], k: int, name: str) -> int:
    """The cue at k and the speech under it, to the next blank line; returns the index
    after it. The cue becomes no words; the first line of speech after it (and after each
    parenthetical) carries the name."""
    lines[k].text = ""
    lines[k].speaker = None
    k += 1
    opens, more = True, False
    while k < len(lines) and lines[k].text.strip():
        ln = lines[k]
        if _MORE.match(ln.text):
            ln.kind, more = "direction", True
        elif _ASIDE.match(ln.text):
            ln.kind = ln.kind or "note"
            opens = True
        elif more and _PAGE.match(ln.text):
            ln.kind = "page"
        elif ln.kind is None:
            ln.speaker = name if opens else None
            opens = False
        k += 1
    return k


def _direction(text: str, *, before: bool) -> str:
    """What a line outside the speeches is: the title block before the first cue and
    heading, a scene heading, a transition, a page number or an action line."""
    if _scene(text):
        return "heading"
    if _TRANSITION.match(text):
        return "transition"
    if _PAGE.match(text):
        return "page"
    return "title" if before else "action"
