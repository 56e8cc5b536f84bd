"""A legislative hearing as the US Government Publishing Office prints it.

GPO sets each turn as an indented, hard-wrapped paragraph opening with the speaker's name
and a full stop: `    Mr. Halvorsen. The subcommittee will come to order.`, `    Ms. Han.
[Through interpreter.] Thank you...`, `    Chairman Reyes. Thank you.`, `    The Chairman.
...`. labels.py reads these names as loose labels (counted like `Q.` / `A.`: two of them
used twice). No label says who asks: members do, the witness answers. The witnesses are the
people GPO heads a statement for (`STATEMENT OF MS. HAN SEO-YEON, FORMER MARKET TRADER`, not a
member's `OPENING STATEMENT OF HON. ...`); each other name a hearing label gives is a member,
who asks. Without such a heading nothing is decided here (the question rule guesses, and
says so). The title page's centred title in capitals (`UNSEEN AUDIENCES: FOREIGN MEDIA...`)
is no label.

A UK select committee's oral evidence numbers the members' questions in a column before
their names: `Q1                Chair: Good afternoon...`, `Q5   Priya Lal: ...` (an unnumbered
`Chair:` follows up). The number is no word (labels.py reads the label after it); a
numbered question is a member's, so whoever asks one is an interviewer, every other
speaker a witness. Its title page is context: `Members present: ...`, `Questions 1 - 9`,
`Witnesses` over the panels (`I: Yoon Hae-jin, former market trader; and ...`, `II: ...`:
a roman numeral, no label), `Examination of witnesses`, `Witnesses: Yoon Hae-jin and Cha
Dong-il.`. Only in a file with two numbered questions or more; the procedure lines
(`The Committee suspended.`) are furniture.py's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

# `Mr. Halvorsen.`, `Ms. Jackson Lee.`, `Chairman Reyes.`, `Senator Kim.`, `The Chairman.`
_HONORIFIC = (r"(?:Mr|Mrs|Ms|Miss|Dr)\.\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?|"
              r"(?:Chairman|Chairwoman|Chair|Senator|Representative|Ambassador|Secretary|"
              r"General|Admiral|Governor|Judge|Commissioner|Delegate)\s[A-Z][\w'’-]+|"
              r"The\s(?:Chairman|Chairwoman|Chair|Clerk|Witness|Speaker|Interpreter)")
# compiled now: matches are told by it (`m.re is HEARING_LABEL`), see lazyre.py
HEARING_LABEL = re.compile(
    rf"^(?P<indent>\s*)(?P<label>{_HONORIFIC})(?P<alias>)(?P<after>)(?P<time>)(?P<bare>)"
    r"(?P<sep>\.)\s+(?P<rest>\S.*)$")
# the heading GPO prints over a witness's statement (a member's opens `OPENING STATEMENT`
# or names the member: `HON. ..., A REPRESENTATIVE IN CONGRESS`, `U.S. SENATOR FROM`)
_STATEMENT = lazy(r"^\s*(?:PREPARED\s+)?(?:STATEMENT|TESTIMONY)\s+OF\s+(?P<who>[^a-z]+)$")
_MEMBER = lazy(r"\b(?:REPRESENTATIVE IN CONGRESS|SENATOR FROM|DELEGATE IN CONGRESS|"
               r"CHAIRMAN|CHAIRWOMAN|RANKING MEMBER|COMMITTEE ON)\b")


# a select committee's question number: `Q1`, `Q123`
QUESTION_NO = r"Q(?P<qno>\d{1,4})"
_NUMBERED_TURN = lazy(rf"^\s*{QUESTION_NO}\s+[A-Z][^:\n]{{0,60}}:\s")
# its title page: the list of panels under `Witnesses`, the session's headings
_PANEL = lazy(r"^\s*[IVX]{1,4}\s*[:.]\s+\S")
_WITNESSES = lazy(r"^\s*witness(?:es)?\s*$", re.I)
_TITLE_PAGE = lazy(
    r"^\s*(?:examination of witness(?:es)?|members present\s*:.*|questions?\s+\d{1,4}"
    r"(?:\s*[-–—]\s*\d{1,4})?|witness(?:es)?\s*:\s*[A-Z].*)\s*$", re.I)


def committee_furniture(lines: list[Line]) -> None:
    """A select committee's title page, in a file whose questions are numbered (the module
    docstring), is context."""
    if sum(bool(_NUMBERED_TURN.match(ln.text)) for ln in lines) < 2:
        return
    panels = False
    for line in lines:
        if line.kind is not None or _NUMBERED_TURN.match(line.text):
            panels = panels and line.kind is not None
            continue
        text = line.text.strip()
        if _WITNESSES.match(text):
            line.kind, panels = "heading", True
        elif panels and _PANEL.match(text):
            line.kind = "witnesses"
        elif _TITLE_PAGE.match(text):
            line.kind, panels = "header", False
        elif text:
            panels = False


def committee_roles(labels: list[Found], roles: Roles) -> list[Notice]:
    """Whoever asks a numbered question is a member (interviewer), every other speaker a
    witness (respondent), in a file with two numbered questions or more."""
    asking = list(dict.fromkeys(f.speaker for f in labels if f.match.groupdict().get("qno")))
    numbered = sum(bool(f.match.groupdict().get("qno")) for f in labels)
    if numbered < 2:
        return []
    witnesses = [s for s in dict.fromkeys(f.speaker for f in labels) if s not in asking]
    if not witnesses:
        return []
    for s in asking:
        roles.assign(s, "interviewer")
    for s in witnesses:
        roles.assign(s, "respondent")
    return [Notice(next(f.line.number for f in labels if f.match.groupdict().get("qno")), (
        f"read as a committee's oral evidence: {', '.join(repr(s) for s in asking)} ask "
        f"numbered questions (members) and {', '.join(repr(s) for s in witnesses)} answer "
        "(witnesses); if that is wrong, list the interviewers under `interviewers:` in the "
        "front matter"))]


def opens_turn(line: Line, before: Line | None) -> bool:
    """A hearing label opens a paragraph: indented, or after a blank line (a wrapped line
    of a paragraph that happens to start `Mr. Kim. ...` is no label)."""
    return line.text[:1].isspace() or before is None or not before.text.strip()


def centred_title(text: str, rest: str) -> bool:
    """A title page's line, centred and in capitals: `   UNSEEN AUDIENCES: FOREIGN MEDIA`."""
    return len(text) - len(text.lstrip()) >= 6 and not any(c.islower() for c in rest) \
        and any(c.isalpha() for c in rest)


def hearing_roles(labels: list[Found], lines: list[Line], roles: Roles) -> list[Notice]:
    """Members ask, witnesses answer (the module docstring)."""
    if committee := committee_roles(labels, roles):
        return committee
    speakers = list(dict.fromkeys(f.speaker for f in labels if f.match.re is HEARING_LABEL))
    if len(speakers) < 2:
        return []
    _mark_furniture(lines)
    witnesses = _witnesses(speakers, lines)
    if not witnesses or len(witnesses) == len(speakers):
        return []
    members = [s for s in speakers if s not in witnesses]
    for s in witnesses:
        roles.assign(s, "respondent")
    for s in members:
        roles.assign(s, "interviewer")
    return [Notice(next(f.line.number for f in labels if f.speaker == witnesses[0]), (
        f"read as a hearing: {', '.join(repr(s) for s in witnesses)} testif"
        f"{'ies' if len(witnesses) == 1 else 'y'} (a `STATEMENT OF` heading names them) and "
        f"{', '.join(repr(s) for s in members)} ask as members; if that is wrong, list the "
        "interviewers under `interviewers:` in the front matter"))]


def _witnesses(speakers: list[str], lines: list[Line]) -> list[str]:
    """The speakers whose surname a witness's statement heading gives."""
    headed = " ".join(m["who"] for ln in lines if (m := _STATEMENT.match(ln.text))
                      and not _MEMBER.search(m["who"])).upper().replace(",", " ").split()
    return [s for s in speakers if s.split()[-1].upper() in headed]


# a page number GPO sets far to the right of its own line, between two turns: `      5`
_PAGE = lazy(r"^\s{20,}\d{1,4}\s*$")


def _mark_furniture(lines: list[Line]) -> None:
    """The statement headings (`STATEMENT OF ...`, over two lines when long) and the page
    numbers of a hearing are context: read as words, a heading went into the chairman's
    turn before it and a page number into the answer."""
    heading = False
    for line in lines:
        if line.kind is not None or line.speaker is not None:
            heading = False
            continue
        text = line.text.strip()
        if _PAGE.match(line.text):
            line.kind = "page number"
        elif text.startswith(("STATEMENT OF", "TESTIMONY OF", "OPENING STATEMENT OF",
                              "PREPARED STATEMENT OF")) or (heading and text and not any(
                c.islower() for c in text)):
            line.kind, heading = "heading", True
        else:
            heading = False
