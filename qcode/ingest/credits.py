"""Who conducted the interview, said in a header line: `Interview with Mrs. Han, Chongjin.
Interviewer: JL. Interpreter: S. Park.` or `Interviewer: Hana Yoo. Recorded in Seoul.`
Such a line is a credit, not turns (read as turns it made `Interviewer` a known speaker and
hid that JL asks the questions); and the names it gives take those roles when they speak,
as do their initials (`Interviewer: Rachel Okafor (RO)` or `Interviewer: Rachel Okafor`,
then `RO:` asks). A header line of fields (header.py: `Narrator: ...    Interviewer: ...`)
stays a header, its names taking their roles all the same."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import Line, asks

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_STAFF = re.compile(
    r"(?:^|(?<=[.;,|])|(?<=\S\s\s)|(?<=\t))\s*(?:\*\*|__)?(?P<role>interviewers?|"
    r"interpreters?|translators?|moderators?)(?:\*\*|__)?\s*[:：]\s*"
    r"(?P<name>[A-Z][\w'’-]*\.?(?:\s[A-Z][\w'’-]*\.?){0,2})"
    # the initials the transcript labels them by: `Interviewer: Rachel Okafor (RO)`
    r"(?:\s*\((?P<initials>[A-Z]{2,4})\))?(?=\s*(?:[.;|]|$))", re.I)
# the role a label or a credit names: `Kim (interviewer):`, `Interpreter: S. Park.`
ROLE_WORDS = {"interviewer": "interviewer", "interviewee": "respondent",
              "respondent": "respondent", "translator": "other", "interpreter": "other",
              "moderator": "interviewer", "host": "interviewer"}
# the role a label in Korean says by itself, as Korean transcripts write them (`문:` / `답:`,
# `질문:` / `답변:`, an oral history's `면담자:` / `구술자:`, a programme's `진행자:`), as
# tables.py reads them in a Q&A table's column: read as names, both asked and answered
SCRIPT_ROLES = {**dict.fromkeys(("문", "질문", "질의", "면담자", "진행자", "사회자", "앵커"),
                                "interviewer"),
                **dict.fromkeys(("답", "답변", "응답", "구술자"), "respondent")}
# a role in brackets after a name, as an English gloss of a label in another script says it
# (`진행자 (Host)`, `한성호 (Guest)`; read as a name, every guest was one speaker `Guest`).
# Not a broadcaster's (`Kim (Reporter)`): read as the speaker `Reporter`, who asks unless
# they never do (narration.py: a script's narration, found by that name)
GLOSSES = {**ROLE_WORDS, **SCRIPT_ROLES, "guest": "respondent", "mc": "interviewer"}
# what a turn may open with that looks like a name: `Interviewer: Okay. Let's begin.`
_NOT_NAMES = {"okay", "ok", "yes", "no", "right", "so", "well", "thank", "thanks", "hello",
              "good", "now", "and", "next", "alright", "fine", "sure", "great", "then", "first",
              "welcome", "mm", "hmm", "um", "uh", "mr", "mrs", "ms", "miss", "dr"}


def staff_credits(lines: list[Line], opens_turn: list[bool], roles: Roles) -> None:
    """Lines before the first turn that name the interviewer or interpreter (a name, then
    the end of a sentence) become credits; each name they give takes its role (`JL:` then
    asks as the interviewer). So does each name a header block gives (header.py), above the
    interview or in the record after it (`Interviewer: Jonah Pryce (JP)` at the end)."""
    for line in lines:
        if line.kind == "header":
            _assign(list(_STAFF.finditer(line.text)), roles)
    for line, opens in zip(lines, opens_turn, strict=True):
        if line.kind == "header":
            continue
        found = [] if line.kind is not None or asks(line.text) else [
            m for m in _STAFF.finditer(line.text)
            if m["name"].split()[0].rstrip(".").lower() not in _NOT_NAMES]
        if found and not _only_credits(line.text, found):
            found = []
        if not found:
            if opens:
                return
            continue
        line.kind = "credit"
        _assign(found, roles)


def _assign(found: list[re.Match[str]], roles: Roles) -> None:
    """The role a credit names, given to the name, to the initials in brackets after it
    and to the name's own initials (`Interviewer: Rachel Okafor`, then `RO:`)."""
    for m in found:
        name, role = m["name"].rstrip(".").strip(), ROLE_WORDS[m["role"].lower().rstrip("s")]
        words = name.split()
        initials = "".join(w[0] for w in words) if 2 <= len(words) <= 3 else ""
        for label in {name, m["initials"] or "", initials} - {""}:
            roles.assign(label, role)


def _only_credits(text: str, found: list[re.Match[str]]) -> bool:
    """A line that opens with `Interviewer: Ms. Han.` is a credit only when the rest of it
    credits too (`Recorded in Seoul.`); `Interviewer: Ms. Han. We are recording now.` is
    the interviewer's first turn, addressing the respondent."""
    if found[0].start("role") > len(text) - len(text.lstrip(" *_")):
        return True  # `Interview with Mrs. Han. Interviewer: JL.`: a header, not a turn
    rest = text
    for m in reversed(found):
        rest = rest[:m.start()] + " " + rest[m.end():]
    sentences = [s.strip(" .;|*_") for s in re.split(r"(?<=[.;|])\s+", rest)]
    return all(line_kind(s) is not None or _fragment(s) for s in sentences if s)


_LINKS = {"from", "into", "in", "on", "at", "by", "and", "of", "the", "for", "with"}


def _fragment(text: str) -> bool:
    """A place, date or language after the name (`Seoul, March 2021`, `Translated from
    Korean`), not a sentence said to the respondent (`We are recording now`)."""
    words = re.findall(r"[\w'’-]+", text)
    return all(w[0].isupper() or w[0].isdigit() or w in _LINKS for w in words)
