"""Who conducted the interview, said in a header line: `Interview with Mrs. Han, Chongjin.
Interviewer: JL. Interpreter: S. Park.` or `Interviewer: Hana Yoo. Recorded in Seoul.`
Such a line is a credit, not turns (read as turns it made `Interviewer` a known speaker and
hid that JL asks the questions); and the names it gives take those roles when they speak,
as do their initials (`Interviewer: Rachel Okafor (RO)` or `Interviewer: Rachel Okafor`,
then `RO:` asks). A header line of fields (header.py: `Narrator: ...    Interviewer: ...`)
stays a header, its names taking their roles all the same."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.linear import find_spaced
from qcode.ingest.present import ROLE_WORDS, lists_of_people
from qcode.model import Notice

if TYPE_CHECKING:
    from collections.abc import Iterator

    from qcode.ingest.turns import Roles

_STAFF_AT = r"(?:^|(?<=[.;,|])|(?<=\S\s\s)|(?<=\t))"  # where a credit may start
_STAFF_CORE = (
    r"(?:\*\*|__)?(?P<role>interviewers?|"
    r"interpreters?|translators?|moderators?|(?:co-?)?facilitators?|chair(?:man|woman|person)?)"
    r"(?:\*\*|__)?\s*[:：]\s*"
    r"(?P<name>[A-Z][\w'’-]*\.?(?:\s[A-Z][\w'’-]*\.?){0,2})"
    # the initials the transcript labels them by: `Interviewer: Rachel Okafor (RO)`
    r"(?:\s*\((?P<initials>[A-Z]{1,4})\))?(?=\s*(?:[.;|,]|$))")
_STAFF = lazy(_STAFF_AT + r"\s*" + _STAFF_CORE, re.I)
_STAFF_PARTS = (lazy(_STAFF_AT), lazy(_STAFF_CORE, re.I))
# the role a label in Korean says by itself, as Korean transcripts write them (`문:` / `답:`,
# `질문:` / `답변:`, an oral history's `면담자:` / `구술자:`, a programme's `진행자:`), as
# tables.py reads them in a Q&A table's column: read as names, both asked and answered
# (and Chinese and Japanese transcripts' `問：` / `答：`)
SCRIPT_ROLES = {**dict.fromkeys(("문", "질문", "질의", "면담자", "진행자", "사회자", "앵커",
                                 "問", "问"), "interviewer"),
                **dict.fromkeys(("답", "답변", "응답", "구술자", "答"), "respondent")}
# a role in brackets after a name, as an English gloss of a label in another script says it
# (`진행자 (Host)`, `한성호 (Guest)`; read as a name, every guest was one speaker `Guest`).
# Not a broadcaster's (`Kim (Reporter)`): read as the speaker `Reporter`, who asks unless
# they never do (narration.py: a script's narration, found by that name)
GLOSSES = {**ROLE_WORDS, **SCRIPT_ROLES, "guest": "respondent", "mc": "interviewer"}
# what a turn may open with that looks like a name: `Interviewer: Okay. Let's begin.`
_NOT_NAMES = {"okay", "ok", "yes", "no", "right", "so", "well", "thank", "thanks", "hello",
              "good", "now", "and", "next", "alright", "fine", "sure", "great", "then", "first",
              "welcome", "mm", "hmm", "um", "uh", "mr", "mrs", "ms", "miss", "dr"}


def credited_initials(lines: list[Line]) -> set[str]:
    """The initials credit lines give the staff: `Interviewer: Una Song (US)` -> `US`."""
    return {m["initials"] for line in lines if ")" in line.text and ":" in line.text
            for m in _STAFF.finditer(line.text) if m["initials"]}


def staff_credits(lines: list[Line], opens_turn: list[str | None],
                  roles: Roles) -> list[Notice]:
    """Lines before the first turn that name the interviewer or interpreter (a name, then
    the end of a sentence) become credits; each name they give takes its role (`JL:` then
    asks as the interviewer). So does each name a header block gives (header.py), above the
    interview or in the record after it (`Interviewer: Jonah Pryce (JP)` at the end).
    `opens_turn`: the label each line opens with, if any. A list of those present, above
    the turns or in a header, names the people behind the labels (_present). A broadcast's
    presenter asks under their surname (_presenters); what was read so, said in a notice."""
    notices = _presenters(lines, opens_turn, roles)
    for line in lines:
        if line.kind == "header":
            _assign(list(_staff(line.text)), roles)
    listed = lists_of_people(lines, opens_turn, roles)
    used = Counter(label for label in opens_turn if label)  # a title `Border Lives — ...`
    for line, opens in zip(lines, opens_turn, strict=True):  # opens no turn
        if line.kind == "header" or id(line) in listed:
            continue
        found = _credited(line)
        if not found:
            if opens and used[opens] >= 2:
                return notices
            continue
        line.kind = "credit"
        _assign(found, roles)
    return notices


# where a credit line's sentences end: not after a title (`Translation: Mr. Kang`)
_SENTENCES = re.compile(r"(?<=[.;|])(?<![MD]r\.)(?<!Mrs\.)(?<!Ms\.)\s+")


def _credited(line: Line) -> list[re.Match[str]]:
    """The staff a line credits, if it is a credit line. A name after a title (`Interviewer:
    Dr. Ellen Marsh.`) may be the interviewer's first words to the respondent; it is a
    credit when another credit follows on the line (`Translation: Mr. Kang.`)."""
    breaks: list[int] = []  # where the line's sentences end, found when first needed
    found = [] if line.kind is not None or asks(line.text) else [
        m for m in _staff(line.text)
        if m["initials"] or m["name"].split()[0].rstrip(".").lower() not in _NOT_NAMES
        or _credit_after(line.text, m.end(), breaks) or _affiliated(line.text, m.end())]
    return found if found and _only_credits(line.text, found) else []


def _affiliated(text: str, end: int) -> bool:
    """`Moderator: Dr. Hana Lindgren, Centre for Korean Studies`: a name after a title then
    where they work, to the line's end (capitalised words), not `Dr. Kim, welcome`."""
    rest = text[end:].strip(" .*_")
    return rest[:1] == "," and len(rest.split()) >= 3 and _fragment(rest[1:]) \
        and not any(c in rest for c in ":：")  # `, Presenter: ...`: another label


def _staff(text: str) -> Iterator[re.Match[str]]:
    """`_STAFF.finditer(text)`, in linear time on a run of tabs (linear.find_spaced)."""
    return find_spaced(_STAFF, *_STAFF_PARTS, text)


def _credit_after(text: str, end: int, breaks: list[int]) -> bool:
    """The sentence after a credit is another one: `Translation: Mr. Kang`. (That sentence
    is looked up among the line's sentence ends, found once: splitting the rest of the line
    at each credit made a line of thousands of `Interviewer: Dr.` take minutes.)"""
    if not breaks:
        breaks += [m.start() for m in _SENTENCES.finditer(text)] + [len(text)]
    closing = _CLOSING.match(text, end)  # `.lstrip(" .;|")`
    start = closing.end() if closing else end
    stop = breaks[bisect_right(breaks, start)] if start < len(text) else start
    if stop == start:
        return False
    if stop - start <= _SHORT_SENTENCE:
        after = text[start:stop]
        return line_kind(after.rstrip(" .;|")) == "credit" \
            or _FIELD_OF_STAFF.match(after) is not None
    # a long sentence: no line of furniture (line_kind reads 300 characters at most) unless
    # all but its first 300 characters are the closing marks stripped off
    short = _CLOSING.fullmatch(text, start + 300, stop) is not None
    return (short and line_kind(text[start:start + 300].rstrip(" .;|")) == "credit") \
        or _FIELD_OF_STAFF.match(text, start, stop) is not None


_CLOSING = re.compile(r"[ .;|]*")
_SHORT_SENTENCE = 1000


# another credit on the line: `Interpreter: Ms. Yoo (student)`, a note-taker (`Notes: Seo Yu-jin`)
_FIELD_OF_STAFF = re.compile(r"\W{0,3}(?:interpret(?:er|ation)s?|translat(?:or|ion)s?|"
                             r"transcri(?:ber|ption)s?|moderators?|facilitators?|notes|"
                             r"note-?takers?|assistants?|observers?)\s*[:：]\s*[A-Z]", re.I)


def _assign(found: list[re.Match[str]], roles: Roles) -> None:
    """The role a credit names, given to the name, to the initials in brackets after it
    and to the name's own initials (`Interviewer: Rachel Okafor`, then `RO:`)."""
    for m in found:
        # a panel's `Chair: Prof. Ingrid Solheim, University of Nordvik` (then `CHAIR:` asks)
        name, role = m["name"].rstrip(".").strip(), ROLE_WORDS.get(m["role"].lower().rstrip("s"),
                                                                   "interviewer")
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
    pieces, at = [], 0  # the text, each credit a space
    for m in found:
        pieces += [text[at:m.start()], " "]
        at = m.end()
    rest = "".join(pieces) + text[at:]
    sentences = [s.strip(" .;|*_") for s in _SENTENCES.split(rest)]
    return all(line_kind(s) is not None or _fragment(s) or _FIELD_OF_STAFF.match(s)
               or _RECORD_FIELD.match(s) for s in sentences if s)


# where and when after the staff on a record's credit line (`Interviewer: D. Moreau. Interpreter:
# Yoo Hae-rim. Place: ...`): else no credit, and `Interpreter:` labelled the whole interview
_RECORD_FIELD = lazy(r"^(?:place|location|venue|city|setting|date|time|duration|length|"
                     r"languages?|session|recorded|recording|case(?: no\.?)?|ref(?:erence)?)"
                     r"[ \t]{0,3}[:：][ \t]{0,3}[^\s:：](?:[^:：]{0,80})$", re.I)


_LINKS = {"from", "into", "in", "on", "at", "by", "and", "of", "the", "for", "with"}


def _fragment(text: str) -> bool:
    """A place, date or language after the name (`Seoul, March 2021`, `Translated from
    Korean`), not a sentence said to the respondent (`We are recording now`)."""
    words = re.findall(r"[\w'’-]+", text)
    return all(w[0].isupper() or w[0].isdigit() or w in _LINKS for w in words)


# a broadcast's credits name who presents (`Presenter: Ruth Ambler`, `Host: ...`, `Reporter:
# ...`), and its turns label them by surname in capitals (`AMBLER:`): read as a respondent,
# a documentary's presenter had all her narration and questions coded
_FIELD_AT = r"(?:^|(?<=[.;|])|(?<=\S\s\s)|(?<=\t))"
_PRESENTER_CORE = (
    r"(?:\*\*|__)?(?P<role>presenters?|hosts?|"
    r"reporters?|correspondents?|anchors?|interviewers?)(?:\*\*|__)?\s*[:：]\s*"
    r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}))(?=\s*(?:[.;|]|$))")
_PRESENTER = lazy(_FIELD_AT + r"\s*" + _PRESENTER_CORE, re.I)
# any other credit's name (`Producer: Lee Min`): a surname it shares is no one's for sure
_FIELD_CORE = r"[A-Za-z][\w -]{0,30}[:：]\s*(?P<name>(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}))"
_FIELD = lazy(_FIELD_AT + r"\s*" + _FIELD_CORE)
_AT = lazy(_FIELD_AT)
_PRESENTER_CORE_RE = lazy(_PRESENTER_CORE, re.I)
_FIELD_CORE_RE = lazy(_FIELD_CORE)


def _presenters(lines: list[Line], opens_turn: list[str | None],
                roles: Roles) -> list[Notice]:
    """A presenter, host, reporter or interviewer the credits name asks when a label is
    their full name (sure), or their surname (the family name first when the given name is
    hyphenated: `Kim Ji-su` -> KIM), said in a notice: a guest may share it. Not their
    first name (`RUTH:` may be a guest's). A surname another credit gives too (`Producer:
    Lee Min` beside `Presenter: Hana Lee`) decides nothing, and is said."""
    used = {label.lower(): label for label in opens_turn if label}
    credits, others = [], set()
    for line in _above_turns(lines, opens_turn):
        mine = list(find_spaced(_PRESENTER, _AT, _PRESENTER_CORE_RE, line.text))
        credits += [(line, m) for m in mine]
        if line.kind is None and mine and mine[0].group().strip() == line.text.strip(" .*_"):
            line.kind = "credit"  # `Presenter: Hana Lee` alone: no turn of a `Presenter`
        spans = {m.start("name") for m in mine}
        others |= {w.lower() for m in find_spaced(_FIELD, _AT, _FIELD_CORE_RE, line.text)
                   if m.start("name") not in spans for w in m["name"].split()}
    return [n for line, m in credits for n in _presenter(line, m, used, others, roles)]


def _above_turns(lines: list[Line], opens_turn: list[str | None]) -> list[Line]:
    """The lines before the first label used twice, and header blocks anywhere."""
    counts = Counter(label for label in opens_turn if label)
    first = next((i for i, label in enumerate(opens_turn) if label and counts[label] >= 2),
                 len(lines))
    return lines[:first] + [ln for ln in lines[first:] if ln.kind == "header"]


def _presenter(line: Line, m: re.Match[str], used: dict[str, str], others: set[str],
               roles: Roles) -> list[Notice]:
    """The label one presenter's credit gives the interviewer's role (_presenters)."""
    name, credit = m["name"], m.group().strip(" *_")
    if name.lower() in used:
        roles.assign(name, "interviewer")
        return []
    words = name.split()
    family = (words[0] if "-" in words[-1] else words[-1]).lower()
    if family not in used or len(words) < 2:
        return []
    if family in others:
        return [Notice(line.number, (
            f"the credit '{credit}' may be the label '{used[family]}', whose name another "
            "credit gives too: no role taken from it; check who asks"))]
    roles.assign(used[family], "interviewer")
    return [Notice(line.number, (
        f"'{used[family]}' read as the presenter the credits name ('{credit}'): an "
        "interviewer, not coded; if that speaker is someone else who shares the name, check "
        "the labels"))]
