"""A descriptor line above the interview: who the interviewee is, not what they said.

NGO testimony pages, report annexes and focus-group transcripts describe the person
before the first question under a label: `Interviewee: woman, late 30s, formerly of Musan.
Left in 2019.`, `Respondent K: woman, 30s, North Hamgyong. Interviewed in Bangkok in
2019.`, `Participants: P1 (woman, 40s, Hyesan), P2 (man, 30s, Hoeryong)`, `Participants:
four women, 30s to 60s`. Read as a label,
the line was a respondent's turn (coded) and its label a second respondent. Such a line is
context when, before the first line that asks, its value is a description: a list of
attributes apart by commas (a gender or an age among the first two, two attributes or
more: `late 30s`, `formerly of Musan`, `left in 2019`, `interviewed in Seoul`), each a few
words, a list of two participants or more each described in brackets, or a group by its
number (`four women, ...`); and it speaks in
no first person and asks nothing. `Interviewee: Woman. I was a woman alone.` answers.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.linear import split_spaced
from qcode.ingest.person import SELF_OR_GROUP_ANY_CASE

# `\s*(?:\*\*|__)?\s*` was quadratic on a run of spaces with no colon after it: the same
# strings as `\s*(?:(?:\*\*|__)\s*)?`
_LABELLED = lazy(r"^\s*(?:\*\*|__)?([A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,2})\s*(?:(?:\*\*|__)"
                 r"\s*)?[:：]\s*(?:(?:\*\*|__)\s*)?(\S.*)$")
_GENDER = lazy(r"^(?:a\s+)?(?:(?:young|old|elderly|former)\s+)?(?:woman|man|female|male|"
               r"girl|boy|mother|father|grandmother|grandfather|widow|widower)\b", re.I)
_AGE = lazy(r"^(?:(?:early|mid|late)[\s-])?\d0s\b|^(?:aged?\s+)?\d{1,2}(?:\s+years?\s+old)?$"
            r"|^in (?:her|his|their) (?:(?:early|mid|late)[\s-])?\d0s$", re.I)
_ATTRIBUTE = lazy(r"^(?:(?:formerly|originally)\s+(?:of|from)|from|born|left|defected|"
                  r"escaped|arrived|resettled|interviewed|recorded|now\s+lives?|"
                  r"lives?\s+in|pseudonym|(?:19|20)\d\d$)\b", re.I)
# split on `\s*[,;]\s*|(?<=[a-z\d)])\.\s+`, the whitespace before `,` taken by split_spaced
_SEGMENT = lazy(r"[,;]\s*|(?<=[a-z\d)])\.\s+")
# from a word's first character only (as `([^\s,;()]+)\s*\(...` matched: it takes the word
# to its end from any of its characters), not tried from each of a 10k-letter word
_PERSON = lazy(r"(?<![^\s,;()])([^\s,;()]+)\s*\(([^()]*)\)")
MAX_WORDS = 6  # a segment of a description: `formerly of Musan, North Hamgyong`
MAX_NOTE = 12  # one saying when or where: `interviewed in Bangkok in March 2019 with an interpreter`


def mark_descriptors(lines: list[Line]) -> None:
    """Mark each descriptor line before the first line that asks as context (`header`)."""
    for line in lines:
        if asks(line.text):
            return
        m = _LABELLED.match(line.text) if line.kind is None and line.speaker is None else None
        if m is not None and describes(m[2]):
            line.kind = "header"


def describes(value: str) -> bool:
    """Whether a label's value describes someone (the module docstring)."""
    if SELF_OR_GROUP_ANY_CASE.search(value) or asks(value):
        return False
    return _participants(value) or _attributes(value.strip().rstrip(".")) or _named(value) \
        or bool(_GROUP.match(value))


# a group described by its number (`Participants: four women, 30s to 60s, all from North
# Hamgyong.`, `Group: 6 participants (3 men, 3 women)`), the count then who they are, then a
# comma, a bracket or the sentence's end
_GROUP = lazy(r"^\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
              r"(?:[\w-]{1,20}\s+){0,2}(?:women|men|people|participants|respondents|persons|"
              r"adults|mothers|fathers|parents|students|youths|defectors|escapees|traders)"
              r"(?:\s+and\s+(?:\d{1,2}|[a-z]{3,6})\s+(?:women|men))?\s*(?:[,;(.]|$)", re.I)


def _attributes(value: str) -> bool:
    segments = [s for s in split_spaced(_SEGMENT, value, ",;") if s]
    said = [bool(_GENDER.match(s) or _AGE.match(s)) for s in segments]
    noted = [bool(_ATTRIBUTE.match(s)) for s in segments]  # `interviewed in Bangkok in 2019`
    if len(segments) < 2 or any(len(s.split()) > (MAX_NOTE if n else MAX_WORDS)
                                for s, n in zip(segments, noted, strict=True)):
        return False
    return any(said[:2]) and sum(s or n for s, n in zip(said, noted, strict=True)) >= 2


def _participants(value: str) -> bool:
    """`P1 (woman, 40s, Hyesan), P2 (man, 30s, Hoeryong)`: two people or more, each
    described in brackets, and nothing else but commas and `and`."""
    people = list(_PERSON.finditer(value))
    rest = _PERSON.sub("", value).replace("and", "")
    return len(people) >= 2 and not rest.strip(" ,;.") and \
        all(_attributes(p[2]) or _GENDER.match(p[2]) or _AGE.match(p[2]) for p in people)


# a name alone before its description in brackets, as a record's cover page gives the
# interviewee (`Interviewee: Ms. K (female, 44, Ryanggang province)`): a title or up to three
# capitalised words, nothing after the bracket but a full stop
_NAMED = lazy(r"^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]{0,30}(?:\s[A-Z][\w'’-]{0,30}){0,2}"
              r"\s*\(([^()]{1,200})\)\s*\.?\s*$")


def _named(value: str) -> bool:
    """`Ms. K (female, 44, Ryanggang province)`: one person named and described (read as a
    label, the cover page's line was the respondent's first, coded, turn)."""
    m = _NAMED.match(value)
    return m is not None and _attributes(m[1])
