"""A parliamentary committee's published evidence, as Canada's House of Commons prints it.

Each speaker's first turn names them with what they are in brackets: a member's riding and
party (`Mr. Garrett Whitcombe (Bow Valley North, CPC):`), the chair's name inside the chair's
(`The Chair (Mr. Lachlan Bryce (Fraser Ridge, Lib.)):`), a witness's capacity and how she
was heard (`Ms. Yoo Hae-won (As an Individual) (Interpretation):`); later turns use the name
alone (`The Chair:`, `Ms. Yoo Hae-won:`). A member speaks a few times, often once: the
brackets make the label credible and say the role (the chair and members ask, a witness
answers), so a member's questions are not coded as a witness's words, nor a witness's
statement read into the chair's turn. Read as plain labels before, the nested brackets were
no label at all and a member's once-used label was words of the turn above.

In a file with two such labels, the evidence's furniture is context: the clock's marks on
lines of their own (`(1305)`), the language the record was taken from (`[English]`,
`[Translation]`, `[Français]`) and, above the first turn, the header naming the chair
(`Chair: Mr. Lachlan Bryce`, `Vice-Chairs: ...`), which a plain `Chair:` label read as the
chair's first turn. A UK select committee's numbered questions are hearing.py's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.labelshapes import LABEL
from qcode.ingest.lazyre import lazy

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.layout import Line

_WORD = r"[A-Z][\w.'’-]{0,40}"
# one bracket, with at most one bracket inside it (the chair's riding and party)
_GROUP = r"\([^()\n]{1,80}(?:\([^()\n]{1,60}\)[^()\n]{0,10})?\)"
# compiled now: matches are told by it (`m.re is EVIDENCE_LABEL`), see lazyre.py
EVIDENCE_LABEL = re.compile(
    rf"^[ \t]{{0,8}}(?P<label>(?:The )?{_WORD}(?: {_WORD}){{0,3}})(?P<paren>(?: ?{_GROUP}){{1,3}})"
    r"(?P<alias>)(?P<after>)(?P<time>)(?P<bare>) ?(?P<sep>:)\s+(?P<rest>\S.*)$")
# a party after the riding: Canada's abbreviations, in English and French
_PARTY = lazy(r",\s*(?:Lib|CPC|Cons?|BQ|NDP|NPD|GP|PV|Green|Ind|PPC|PCC|PLC|PC|Liberal|"
              r"Conservative|Bloc(?: Québécois)?|Independent|Indépendant)\.?\s*\)", re.I)
_INDIVIDUAL = lazy(r"\((?:As an Individual|À titre personnel|Private capacity)\)", re.I)
_CHAIR = lazy(r"^(?:The |Le |La )?(?:(?:Acting |Deputy |Vice-)?Chair(?:man|woman|person)?|"
              r"(?:vice-)?présidente?)$", re.I)
# the furniture of an evidence file
_TIME_MARK = lazy(r"^\s{0,8}\(\d{4}\)\s*$")
_LANGUAGE = lazy(r"^\s{0,8}\[(?:English|Translation|Interpretation|Français|Traduction|"
                 r"Interprétation|Anglais|French)\]\s*$", re.I)
_HEADER = lazy(r"^\s{0,8}(?:Chair|Vice-Chairs?|Clerk|Acting Chair|Président|Présidente)\s{0,4}:"
               r"\s{0,4}(?:The )?(?:Mr|Mrs|Ms|Miss|Dr|Hon|M|Mme)\.?\s[A-Z][\w'’ .-]{0,60}$")


def _brackets(m: re.Match[str]) -> str:
    return m.groupdict().get("paren") or (f"({m['alias']})" if m.re is LABEL and m["alias"]
                                          else "")


def member_role(m: re.Match[str]) -> str | None:
    """The role a committee label's brackets say: the chair and a member (riding, party)
    ask, a witness `(As an Individual)` answers; None for any other label."""
    brackets = _brackets(m)
    if not brackets:
        return None
    if _PARTY.search(brackets) or _CHAIR.match(m["label"]):
        return "interviewer"
    return "respondent" if _INDIVIDUAL.search(brackets) else None


def _is_evidence(matches: list[re.Match[str]]) -> bool:
    """Two speakers or more named with a committee's brackets, and a chair: a journalist's
    interview with a member (`Ms. Park (Burnaby South, NDP):` once) is no committee."""
    named = {" ".join(m["label"].split()) for m in matches if member_role(m)}
    return len(named) >= 2 and any(_CHAIR.match(m["label"]) for m in matches)


def evidence_roles(labels: list[Found]) -> None:
    """In committee evidence, each label whose brackets say a role takes it (and counts
    though used once: a member's single round of questions)."""
    if _is_evidence([f.match for f in labels]):
        for f in labels:
            f.role = f.role or member_role(f.match)


def evidence_furniture(lines: list[Line]) -> None:
    """Time and language marks, and the header above the first turn, are context in
    committee evidence (the module docstring)."""
    found = [(i, m) for i, ln in enumerate(lines) if ln.kind is None
             and (m := LABEL.match(ln.text) or EVIDENCE_LABEL.match(ln.text))]
    if not _is_evidence([m for _, m in found]):
        return
    first = next(i for i, m in found if member_role(m))
    for i, line in enumerate(lines):
        if line.kind is not None or line.speaker is not None:
            continue
        if _TIME_MARK.match(line.text):
            line.kind = "time mark"
        elif _LANGUAGE.match(line.text):
            line.kind = "language"
        elif i < first and _HEADER.match(line.text):
            line.kind = "header"
