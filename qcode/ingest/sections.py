"""Several interviews in one document, each under its own heading (`Interview 3 — Woman,
50s, from Musan`, `Interview 4 — Man, 30s, from Hoeryong`), all labelled `Q:` / `A:`.

A working paper or an archive's file often puts excerpts of several interviews together,
each under a heading that says who was interviewed. Read by their labels alone, every `A:`
was one respondent: two people's testimony counted and quoted as one person's. Here a
generic answer label (`A`, `Answer`, `R`, `Respondent`, `Interviewee`) used under two
headings or more that each present an interview or a person is a speaker per heading: the
person the heading names (`Interview with Kim Sun-hee`, `Kim Sun-hee, 52`), else the label
and the heading (`A (Interview 3)`). A heading that only divides one interview (`Childhood`,
`Part 2`, `Session 2`) starts no one new. The interviewer's labels are left as they are:
nothing says the interviews had different interviewers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.lazyre import lazy
from qcode.ingest.linear import split_spaced
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

_ANSWER_LABELS = {"a", "answer", "r", "respondent", "interviewee"}
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.\s)?[A-Z][a-z'’]+(?:-[a-z]+)?(?:[ -][A-Z][a-z'’]+(?:-[a-z]+)?){0,2}"
# a heading that presents an interview or a person: `Interview 3`, `Interviewee B`,
# `Testimony of Mr. Ri`, `Woman, 50s, from Musan`, `Kim Sun-hee, 52`
_PRESENTS = lazy(
    r"^\W*(?:interview(?:ee)?|respondent|testimony|participant|informant|witness|narrator|"
    r"defector|escapee|conversation)\s*(?:no\.\s*|#)?(?:\d{1,3}|[A-Z]\b|with\b|of\b)"
    r"|\b(?:woman|man|female|male|mother|father|girl|boy)\b\W+(?:aged\s+|in (?:her|his)\s+)?"
    r"\d{1,2}s?\b|^\W*" + _NAME + r",\s+\d{1,2}\b", re.I)
# a heading that divides one interview: `Part 2`, `Session 2`, `(continued)`
_PART = lazy(r"\b(?:part|session|day|tape|sitting|recording)\s+(?:\d|[ivx]+\b|one|two|"
             r"three)|\bcont(?:inued|'d)\b", re.I)
# the person a heading names: `Interview with Kim Sun-hee`, `Kim Sun-hee, 52, from Hyesan`
_PERSON = lazy(rf"\b(?:with|of)\s+({_NAME})\s*(?:$|[,(—–-])|^\W*({_NAME}),\s+\d{{1,2}}\b")
_PART_OF_HEADING = lazy(r"[—–-]\s+|[,:(]")  # `\s+[—–-]\s+|[,:(]` (split_spaced)


def interviews_under_headings(labels: list[Found], lines: list[Line],
                              roles: Roles) -> list[Notice]:
    """Give each interview's answers a speaker of their own (see the module's docstring)."""
    under = _presented(labels, lines)
    notices: list[Notice] = []
    for label in {f.speaker for f in labels if f.speaker.lower() in _ANSWER_LABELS
                  and roles.role(f.speaker) == "respondent"}:
        mine = [f for f in labels if f.speaker == label and id(f.line) in under]
        headings = list(dict.fromkeys(under[id(f.line)] for f in mine))
        if len(headings) < 2:
            continue
        names = _names(label, headings)
        for f in mine:
            f.speaker = names[under[id(f.line)]]
            roles.assign(f.speaker, "respondent")
        notices.append(Notice(mine[0].line.number, (
            f"'{label}:' answers in {len(headings)} interviews, each under its own heading: "
            f"read as {len(headings)} respondents ({', '.join(names.values())}); if one "
            "person answers in all, label the answers alike")))
    return notices


def _presented(labels: list[Found], lines: list[Line]) -> dict[int, str]:
    """id of each line after a heading that presents an interview -> that heading."""
    under: dict[int, str] = {}
    heading: str | None = None
    labelled = {id(f.line) for f in labels}
    for line in lines:
        if line.kind == "heading" and id(line) not in labelled:
            text = line.text.strip().strip("#*_ ").strip()
            if _PRESENTS.search(text) and not _PART.search(text):
                heading = text
        elif heading is not None:
            under[id(line)] = heading
    return under


def _names(label: str, headings: list[str]) -> dict[str, str]:
    """A speaker name per heading, no two alike: the person it names, else the label and
    the heading's first part (`A (Interview 3)`)."""
    names: dict[str, str] = {}
    for text in headings:
        person = _PERSON.search(text)
        name = next((n for n in person.groups() if n), "") if person else ""
        part = split_spaced(_PART_OF_HEADING, text, "", "—–-")[0].strip()[:40]
        name = name or f"{label} ({part})"
        while name in names.values():
            name = f"{name} ({len(names) + 1})"
        names[text] = name
    return names
