"""One interviewer and one respondent whose labels change spelling within the file.

A news site's Q&A pasted from the browser, or a booklet's scan read by OCR, labels the same
two people several ways: `Q:` / `A:`, then `Q.` / `A.` (the editor's slip), `0:` or `A;`
(the OCR's), then `Question:` / `Answer:`, then, after a page break, the reporter's and the
interviewee's names (`Ferreday:` / `Yoon:`). Read as they are spelled, the `Q.` question
and the OCR's `0:` one were coded inside the answer before them, `Question` was a second
interviewer, `Answer` and `Yoon` two more respondents and the reporter, whose label the
file gives no role, a respondent: his questions were coded as testimony.

Two rules, each only where the file's other labels make it clear:
- a loose or garbled spelling (`Q.`, `A;`, `0:`) of a short label the file uses with a
  colon (`Q:` / `A:`) is that label, when it opens a paragraph and the label before it is
  the other one (questions and answers alternate): `A. Hunger.` after `Q:` answers;
- generic labels (`Q`, `Question`; `A`, `Answer`) that change spelling together and
  never go back are one interviewer and one respondent; and when
  two names take over after the last of them, alternating, the one whose turns ask is the
  interviewer and the other the respondent, each under that name. Said, with the line.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.layout import asks
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.turns import Roles

# what OCR makes of `Q:` / `A:` opening a paragraph: `0:`, `O:`, `Q;`, `A;`, `A,`
GARBLED = re.compile(r"^\s*(?P<label>[0OQA])(?P<alias>)(?P<after>)(?P<time>)(?P<bare>)"
                     r"(?P<sep>(?<=[0O]):|[;,])\s+(?P<rest>[A-Z\"“'‘].*)$")
_MEANS = {"0": "Q", "O": "Q"}
_COLONS = (":", "：")
_SHORT = 4  # letters: `Q`, `A`, `INT`, `R3`; longer labels are names, not slips


def respelt(labels: list[Found], credible: list[Found]) -> list[Found]:
    """The credible labels, with the loose and garbled spellings of the file's short colon
    labels that open a paragraph where the other label was last (module docstring)."""
    short = {f.speaker for f in credible if f.match["sep"] in _COLONS
             and len(f.speaker) <= _SHORT and f.speaker.isupper() and f.match.re is not GARBLED}
    chosen = {id(f) for f in credible if f.match.re is not GARBLED}  # `0:`: `Q:`, not `0`
    if len(short) < 2 or len(chosen) == len(labels):
        return credible
    out: list[Found] = []
    last = None
    for f in labels:
        if id(f) not in chosen:
            means = _slip(f, short)
            if means is None or last in (None, means):
                continue
            f.speaker = means
        out.append(f)
        last = f.speaker
    return out


def _slip(f: Found, short: set[str]) -> str | None:
    """The short colon label a loose (`Q.`) or garbled (`0:`, `A;`) one opening a paragraph
    stands for; None for anything else."""
    garbled = f.match.re is GARBLED
    if (f.match["sep"] in _COLONS and not garbled) or not f.opens:
        return None
    means = _MEANS.get(f.speaker, f.speaker) if garbled else f.speaker
    return means if means in short else None


def one_pair(credible: list[Found], roles: Roles) -> list[Notice]:
    """Generic labels spelled differently in turn, and the two names taking over after
    them, read as one interviewer and one respondent (module docstring)."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, f in enumerate(credible):
        first.setdefault(f.speaker, i)
        last[f.speaker] = i
    asking = [s for s in first if roles.role(s) == "interviewer" and roles.is_known(s)
              and not roles.in_audience(s)]
    answering = [s for s in first if roles.is_respondent(s)]
    names = [s for s in first if s not in asking and s not in answering]
    if not asking or len(asking) != len(answering) or not _in_step(asking, answering, first, last):
        return []
    asker, answerer = asking[0], answering[0]
    if names:
        took_over = _names_took_over(credible, names, max(last[s] for s in asking + answering))
        if took_over is None:
            return []
        asker, answerer = took_over
    elif len(asking) + len(answering) == 2:
        return []
    return _merge(credible, (asking, asker), (answering, answerer), roles)


def _merge(credible: list[Found], asking: tuple[list[str], str],
           answering: tuple[list[str], str], roles: Roles) -> list[Notice]:
    """Every spelling of the asker's label becomes the asker, of the answerer's the
    answerer; the notice names them all."""
    (spellings, asker), (answers, answerer) = asking, answering
    roles.assign(asker, "interviewer")
    roles.assign(answerer, "respondent")
    for f in credible:
        f.speaker = asker if f.speaker in spellings else answerer if f.speaker in answers \
            else f.speaker
    ask, answer = (":', '".join(dict.fromkeys(s)) for s in ([*spellings, asker],
                                                          [*answers, answerer]))
    return [Notice(credible[0].line.number, (
        f"the file spells its labels several ways: '{ask}:' are read as one interviewer, "
        f"{asker}, and '{answer}:' as one respondent, {answerer}; if they are different "
        "people, label them apart"))]


def _in_step(asking: list[str], answering: list[str], first: dict[str, int],
             last: dict[str, int]) -> bool:
    """The two change spelling together and never go back: each pair of spellings (`Q` /
    `A`, then `Question` / `Answer`) is used only after the pair before it was used for the
    last time (not `Interviewee:` once above `Q:` / `A:`: a descriptor, not a respelling)."""
    eras = list(zip(asking, answering, strict=True))
    return all(max(last[x] for x in a) < min(first[x] for x in b)
               for a, b in pairwise(eras))


def _names_took_over(credible: list[Found], names: list[str],
                     after: int) -> tuple[str, str] | None:
    """(asker, answerer): two names that speak only after the generic labels stop, in
    turn, one asking (most of their turns) and the other not; None otherwise."""
    said = credible[after + 1:]
    if len(names) != 2 or len(said) < 4 or any(f.speaker not in names for f in said) \
            or any(a.speaker == b.speaker for a, b in pairwise(said)):
        return None
    share = {s: sum(asks(f.line.text) for f in said if f.speaker == s)
             / sum(f.speaker == s for f in said) for s in names}
    askers = [s for s in names if share[s] > 0.5]
    if len(askers) != 1 or share[names[names[0] == askers[0]]] > 0.25:
        return None
    return askers[0], names[names[0] == askers[0]]
