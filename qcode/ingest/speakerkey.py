"""A speaker key: a table saying who each label of the transcript is.

Transcription services put one above their `Speaker 1 [00:00:04]:` labels: `Speaker 1 |
Interviewer (Dana Holt)`, `Speaker 2 | Interviewee (Mr. Kim)`, `Speaker 3 | Interpreter`.
Kept as any other table (context, with a warning), the key went unused: the interviewer
was guessed, and a label the interpreter used once was no label, so the interpreter's
words were coded in the answer before them. A table of two columns (a header row `Speaker
| Role` aside), two rows or more, each a short label beside a role word (`Interviewer`,
`Interviewee`, `Interpreter`...) with perhaps a name (in brackets, or after a comma or a
dash; or the name first and the role in brackets), is such a key: each label takes the
role (which the user's settings still override) and the name, and speaks even once.

The key may come as a sentence instead, in a note above the transcript (a checker's note
over Word's Transcribe output: `Speaker 1 = interviewer, Speaker 2 = participant, Speaker 3
= interpreter.`): two pairs or more of a label the transcript uses, `=`, and a role word
(key_in_prose). Read without it, the generic labels said nothing of their roles and the
interpreter's one correction was coded as a second respondent's answer.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.credits import ROLE_WORDS
from qcode.ingest.labelledcells import flat
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

Key = dict[str, tuple[str, str]]  # label -> (role, name)
_ROLES = {**ROLE_WORDS, "facilitator": "interviewer", "researcher": "interviewer",
          "narrator": "respondent", "participant": "respondent", "guest": "respondent"}
_ROLE = "|".join(sorted(_ROLES))
_ROLE_FIRST = lazy(rf"^({_ROLE})\b\s*(?:\(([^()]*)\)|[,:–—-]\s*(.*))?$", re.I)
_ROLE_AFTER = lazy(rf"^([^()]+?)\s*\(({_ROLE})\)$", re.I)
_LABEL = lazy(r"^[\w.'’-]+(?:\s[\w.'’-]+){0,2}$")
_HEADER = {"speaker", "label", "code", "id", "role", "name", "who", "speaker id", "description"}


def speaker_key(rows: list[list[list[str]]]) -> Key | None:
    """The key a table is (the module docstring), or None."""
    if rows and all(flat(c).lower().strip(" :*_") in _HEADER for c in rows[0]):
        rows = rows[1:]
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return None
    key: Key = {}
    for label_cell, who_cell in rows:
        label, said = flat(label_cell).strip(" :*_"), _said(flat(who_cell).strip(" *_"))
        if not _LABEL.match(label) or said is None or label in key:
            return None
        key[label] = said
    return key


# `Speaker 1 = interviewer`, opening the note or after a comma, semicolon or sentence's end
_PAIR = lazy(r"(?:^|(?<=[,;:(.]))\s*(?P<label>[A-Z][\w'’-]*(?: [A-Z0-9][\w'’-]*){0,2})"
             r"\s*=\s*(?P<who>[^,;=()\s][^,;=()]*(?:\([^()]*\))?)(?:(?<=\))\s*)?"
             r"(?=[,;)]|\.(?:\s|$)|$)")
# (who opens on a word and only a bracket's close takes the spaces after it: with `\s*` on
# both sides of a who that holds spaces, a note of `=` and 100,000 spaces took minutes)


def key_in_prose(text: str, used: set[str]) -> Key | None:
    """The key a note's sentence gives (the module docstring): at least two `Label = role`
    pairs, each label one the transcript uses (`used`), each role one a key's cell may
    say; None otherwise."""
    if text.count("=") < 2:
        return None
    key: Key = {}
    for m in _PAIR.finditer(text):
        said = _said(m["who"].strip(" .*_"))
        if said is not None and m["label"] in used:
            key.setdefault(m["label"], said)
    return key if len(key) >= 2 else None


def _said(text: str) -> tuple[str, str] | None:
    """(role, name) a key's cell says: `Interviewer (Dana Holt)`, `Dana Holt (interviewer)`."""
    if m := _ROLE_FIRST.match(text):
        return _ROLES[m[1].lower()], (m[2] or m[3] or "").strip()
    if m := _ROLE_AFTER.match(text):
        return _ROLES[m[2].lower()], m[1].strip()
    return None


def key_above(lines: list[Line], labels: list[tuple[str, int]], roles: Roles) -> None:
    """A note above the first label that recurs saying who each label is (key_in_prose):
    each label takes its role. `labels`: each label found and its line's number."""
    used = Counter(label for label, _ in labels)
    first = next((number for label, number in labels if used[label] >= 2), 0)
    names = set(used)  # once, not per line: 10,000 one-off labels above the first that
    for line in lines:  # recurs were 10,000 sets of 10,000 names
        if line.number >= first:
            return
        key = key_in_prose(line.text, names) if line.kind in (None, "header") else None
        if key:
            use_key(key, roles)


def use_key(key: Key, roles: Roles) -> None:
    """Each label of the key, and the name it gives, speak in the key's role; the label
    takes the name (labels.py: `roles.names`)."""
    for label, (role, name) in key.items():
        roles.assign(label, role)
        if name:
            roles.names.setdefault(label, name)
            roles.assign(name, role)
