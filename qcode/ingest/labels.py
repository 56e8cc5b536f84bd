"""Speaker labels at the start of a line, and several speakers run together on one line.

Publishers label turns in many ways: `Interviewer:`, `Q.` / `A.`, `Q -`, `**Q:**`,
`[00:01:02] Kim:`, `00:44Kim:`, `Kim Young-ho (Kim):` then `Kim:`, initials such as `KJ:`.
A prefix is a label only when it is credible (a known label, or used at least twice), so a
one-off `Note:` inside an answer stays text. Labels without a colon (`Q.`, `Q -`) are
looser, so they count only in a file with no credible colon labels, and only when two such
labels are each used twice (a `Q.` / `A.` pair) or a known label is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2}"
_LABEL = re.compile(
    rf"^\s*(?:[\[(](?P<time>{_TIME})[\])]|(?P<bare>{_TIME}))?\s*"
    rf"(?:\*\*|__)?(?P<label>{_NAME})(?:\s*\((?P<alias>[^()\n]{{1,40}})\))?"
    rf"(?:\s*[\[(](?P<after>{_TIME})[\])])?"
    r"(?:\*\*|__)?\s*(?P<sep>:)(?:\*\*|__)?(?:\s+|$)(?P<rest>.*)$"
)
# Q, A, KJ, R07, INT may also be used with `.` or `-`: `Q. Why?`, `A - Hunger.`
_LOOSE = re.compile(
    rf"^\s*(?:[\[(](?P<time>{_TIME})[\])]|(?P<bare>{_TIME}))?\s*"
    r"(?:\*\*|__)?(?P<label>[A-Z][A-Z0-9]{0,3})(?P<alias>)(?P<after>)(?:\*\*|__)?"
    r"(?P<sep>\.|\s[-–—])(?:\*\*|__)?\s+(?P<rest>.*)$"
)
_ROLE_WORDS = {"interviewer": "interviewer", "interviewee": "respondent",
               "respondent": "respondent", "translator": "other", "interpreter": "other",
               "moderator": "interviewer"}
# Another speaker's label after the end of a sentence, on the same line: `... home. A: Yes.`
_INLINE = re.compile(
    r"(?<=[.?!…])[\"”’)\]]*\s+(?P<cut>(?:\*\*)?(?P<label>[A-Z][\w'’-]{0,11}):(?:\*\*)?)\s+")


@dataclass
class _Found:
    line: Line
    match: re.Match[str]
    speaker: str  # the label, or its short form `Full Name (Short)` -> `Short`
    role: str | None  # from `Name (interviewer)`


def _found(line: Line) -> _Found | None:
    if line.kind is not None or line.speaker is not None:  # a credit such as
        return None  # `Interviewer: Kim Ji-su`, or a speaker the format gave
    m = _LABEL.match(line.text) or _LOOSE.match(line.text)
    if m is None:
        return None
    alias, role = (m["alias"] or "").strip(), None
    if alias.lower() in _ROLE_WORDS:
        role = _ROLE_WORDS[alias.lower()]
        alias = ""
    elif alias and not re.fullmatch(_NAME, alias):
        alias = ""  # `Interviewee (41, Hyesan)`: a description, not a short name
    return _Found(line, m, alias or m["label"], role)


def find_labels(lines: list[Line], roles: Roles) -> None:
    """Move credible `Label:` prefixes into Line.speaker (and glued time stamps into
    Line.time); `Full Name (Short):` and `Short:` become one speaker, `Short`."""
    found = [f for f in map(_found, lines) if f is not None]
    for f in found:
        if f.role is not None:
            roles.assign(f.speaker, f.role)
    colon = [f for f in found if f.match["sep"] == ":"]
    counts = Counter(f.speaker for f in colon)
    credible = [f for f in colon if counts[f.speaker] >= 2 or roles.is_known(f.speaker)]
    if not credible:
        loose = [f for f in found if f.match["sep"] != ":"]
        counts = Counter(f.speaker for f in loose)
        pairs = sum(n >= 2 for n in counts.values()) >= 2
        credible = [f for f in loose
                    if counts[f.speaker] >= 2 and (pairs or roles.is_known(f.speaker))]
    for f in credible:
        m = f.match
        f.line.speaker = f.speaker
        f.line.time = m["time"] or m["bare"] or m["after"]
        f.line.offset += m.start("rest")
        f.line.text = m["rest"]


def split_inline(lines: list[Line], roles: Roles) -> list[Line]:
    """Split a line where another speaker's label follows the end of a sentence (`Q: Why?
    A: Hunger. Q: ...`). The label must be known or start lines elsewhere in the file, or
    occur inline at least twice alongside another such label."""
    starts = Counter(f.speaker for f in map(_found, lines) if f is not None)
    inline = Counter(m["label"] for ln in lines if ln.kind is None
                     for m in _INLINE.finditer(ln.text))
    several = sum(n >= 2 for n in inline.values()) >= 2

    def usable(label: str) -> bool:
        return roles.is_known(label) or starts[label] >= 2 or (several and inline[label] >= 2)

    out: list[Line] = []
    for line in lines:
        cuts = [m.start("cut") for m in _INLINE.finditer(line.text)
                if line.kind is None and usable(m["label"])]
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        for a, b in pairwise(bounds):
            piece = line.text[a:b].rstrip()
            out.append(Line(line.number, line.offset + a, piece))
    return out
