"""A list of those present, each with the label the transcript gives them: `Present:
Interviewer (INT), Mrs. Bae Kyung-ja (M), her daughter Bae Ha-eun (D), interpreter Song
Ji-ho (T).`, `Participants: Kim Ok-sun, note-taker (K)`, an interview record's `Present:
Eligibility officer (EO), applicant (APP), interpreter (INT)`.

The label takes the name the list gives (`M:` is Bae Kyung-ja, as a reader of the outputs
would want) and the role its role word says. A record's officer (`Eligibility officer`,
`case officer`, `examiner`) asks and its applicant (`applicant`, `claimant`, `witness`)
answers; an interpreter is neither. Unread, the record's `EO:` was a respondent named
`Eligibility` (every question coded as testimony) and `INT:`, the interpreter by the list,
was the interviewer, `INT` being an interviewer's label by default: the file's own list
beats the default labels (not labels the user's settings or front matter name:
_give). Words before the role word in one item qualify the role
(`Eligibility officer`, `Senior interviewer`): no name."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.lazyre import lazy
from qcode.ingest.linear import split_spaced
from qcode.ingest.speakers import TITLES

if TYPE_CHECKING:
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

# the role a label or a credit names: `Kim (interviewer):`, `Interpreter: S. Park.`
ROLE_WORDS = {"interviewer": "interviewer", "interviewee": "respondent",
              "respondent": "respondent", "translator": "other", "interpreter": "other",
              "moderator": "interviewer", "host": "interviewer", "facilitator": "interviewer",
              "co-facilitator": "interviewer", "cofacilitator": "interviewer"}
_LISTED = lazy(r"\(\s*([A-Z][A-Za-z0-9]{0,4})\s*\)")
_LEAD = lazy(r"^\W*([A-Za-z][\w ]{0,30})[:：]\s*")  # `Present:`, `Participants:`
_ITEMS = lazy(r"[,;&]\s*|and\s+")  # `\s*[,;&]\s*|\s+and\s+` (split_spaced)
# besides ROLE_WORDS, the people of an interview record (asylum, police, tribunal, panel):
# who asks it, who is asked, who is there and neither
_PRESENT_ROLES = {**ROLE_WORDS, "note-taker": "other", "notetaker": "other",
                  **dict.fromkeys(("officer", "examiner", "caseworker", "adjudicator",
                                   "investigator", "chair", "chairperson"), "interviewer"),
                  **dict.fromkeys(("applicant", "claimant", "appellant", "witness",
                                   "narrator", "complainant"), "respondent"),
                  **dict.fromkeys(("observer", "guardian", "stenographer", "clerk",
                                   "transcriber", "recorder"), "other")}
_NAME_WORD = lazy(r"^[A-Z][\w'’-]*$")
MAX_ITEM = 6  # words before a label in brackets: more is a sentence, not a list


def lists_of_people(lines: list[Line], opens_turn: list[str | None],
                    roles: Roles) -> set[int]:
    """The lines that list those present (_present): in a header block, or above the
    first line whose label recurs (a title in capitals may look like a label)."""
    used = Counter(label for label in opens_turn if label)
    listed = {id(ln) for ln in lines if ln.kind == "header" and _present(ln.text, used, roles)}
    for line, opens in zip(lines, opens_turn, strict=True):
        if used[opens or ""] >= 2:
            break
        if line.kind is None and _present(line.text, used, roles):
            listed.add(id(line))
    return listed


def _present(text: str, used: Counter[str], roles: Roles) -> bool:
    """A line listing the people present, each with the label the transcript uses in
    brackets after the name: the label takes the name and the role word the role. A label
    the list gives no role word keeps its role; a line that is no such list changes
    nothing (a sentence, a label the file does not use, a staff credit: credits._STAFF's).
    A list wrapped over two lines is read a line at a time: each line's items are whole."""
    lead = _LEAD.match(text)
    if "(" not in text or (lead and lead[1].strip().lower().rstrip("s") in _PRESENT_ROLES):
        return False
    people = _listed(text, lead.end() if lead else 0)
    people = [p for p in people or [] if used[p[0]] and (p[1] or p[2])]
    for label, name, role in people:
        if name:
            roles.names.setdefault(label, name)
        for who in ({label, name} - {""}) if role else ():
            _give(roles, who, role)
    return bool(people)


def _give(roles: Roles, who: str, role: str) -> None:
    """The role the list gives: it beats qcode's default interviewer labels (`INT` the
    interpreter), not those the user's settings or the front matter chose (Roles.chosen)."""
    low = who.strip().lower()
    norm = re.sub(r"[\s.\d]+$", "", low) or low  # as turns._norm_label
    if role != "interviewer" and norm not in roles.chosen:
        roles.interviewers -= {low, norm}
    roles.assign(who, role)


def _listed(text: str, at: int) -> list[tuple[str, str, str]] | None:
    """(label, name, role word's role) of each bracketed label of a list; None when the
    line is no list (the words before a label are more than a name and a role)."""
    people: list[tuple[str, str, str]] = []
    for m in _LISTED.finditer(text, at):
        pieces = _role_after(people, text[at:m.start()].strip(" ."))
        words = " ".join(pieces).split()
        if not words or len(words) > MAX_ITEM or any(w[-1] in ":：" for w in words):
            return None  # a sentence, or another field (`Interviewer: Rachel Okafor (RO)`)
        people.append((m[1], _name_of(pieces), _role_of(words)))
        at = m.end()
    tail = re.split(r"[.;|]", text[at:], maxsplit=1)[0]  # then another field or sentence
    return None if _role_after(people, tail) else people


def _role_after(people: list[tuple[str, str, str]], text: str) -> list[str]:
    """The items of the text between two labels, less a role word said after the label
    before, which is that person's (`Song Ji-ho (T), interpreter, Kim (K)`)."""
    pieces = [p for p in split_spaced(_ITEMS, text, ",;&", "a") if p.strip()]
    first = pieces[0].split() if pieces else []
    if people and not people[-1][2] and len(first) <= 2 and _role_of(first):
        people[-1] = (*people[-1][:2], _role_of(first))
        return pieces[1:]
    return pieces


def _role_of(words: list[str]) -> str:
    """The role the first role word says; none after `former` (`a former army officer (K)`
    is who she was, not who asks)."""
    low = [w.lower().strip(".,") for w in words]
    return next((_PRESENT_ROLES[w.rstrip("s")] for i, w in enumerate(low)
                 if w.rstrip("s") in _PRESENT_ROLES and (i == 0 or low[i - 1] not in _FORMER)),
                "")


_FORMER = {"former", "ex", "ex-", "retired", "then", "one-time"}


def _name_of(pieces: list[str]) -> str:
    """The last run of capitalised words that are no title or role: `Mrs. Bae Kyung-ja`
    -> Bae Kyung-ja, `her daughter Bae Ha-eun` -> Bae Ha-eun. A run a role word follows
    in its item qualifies the role (`Eligibility officer`, `Case Officer`): no name."""
    runs: list[list[str]] = []
    for piece in pieces:
        run: list[str] = []
        for w in piece.split():
            plain = w.strip(".,")
            role = _role_of([plain])
            if _NAME_WORD.match(plain) and plain.lower() not in TITLES and not role:
                run.append(plain)
                continue
            if run and not role:
                runs.append(run)
            run = []
        if run:
            runs.append(run)
    return " ".join(runs[-1]) if runs else ""
