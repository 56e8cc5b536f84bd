"""A report's annex of numbered paragraphs telling, in the third person, what each witness
told, and quoting them: `120. A woman in her forties from Hyesan told the Panel that she had
traded... "If you do not give, they find that your scales are wrong."`.

Read as unlabelled testimony, the annex was one `Respondent`: its methodology a title page,
five witnesses merged, the Panel's own findings and its headings coded as testimony. A
reader sees a report quoting witnesses, no interview. Here a numbered paragraph whose
first sentence has a singular person for subject (`A former factory worker from Chongjin
stated`, `Asked what she knew..., a woman from Ryanggang said`, `Witness 12 told`) and
a speech verb, and which quotes, is that witness's testimony (as a feature's reported
speech carrying a quote is its speaker's, feature.py), named as the report describes them
without age (`woman from Hyesan`); `The woman from Hyesan (see para. 120 above)` is the
witness of paragraph 120 again, as is a definite description matching an earlier one; a
paragraph that goes on with `she` / `he` (`When asked whether..., she replied: "..."`)
right after a witness's is hers; a new witness described as an earlier one was (`A man from
Musan`) is told apart by a number. Every other paragraph (the title, headings, methodology,
the report's findings, notes) is context, `(report)`; the paragraph numbers are no words.

Read so only when the file has no labels, at least three numbered paragraphs and two
witness paragraphs, no question outside quotation marks and no paragraph speaking as `I`
outside them (a witness statement in numbered paragraphs quoting a guard stays hers). A
paragraph that merely reports (`Witnesses gave a range of reasons`, `Several said...`, no
quotation) names no one for sure: context, never an invented speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.feature import text_paragraphs
from qcode.ingest.lazyre import lazy
from qcode.ingest.leadins import WHO
from qcode.ingest.person import SELF_NOT_MINE
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

_NUMBER = lazy(r"^\s{0,8}(\d{1,4})\.[ \t]+(?=\S)")
_QUOTE = lazy(r"[\"“][^\"“”]{1,2000}[\"”]")
_VERB = lazy(r"\b(?:told|tells|said|says|stated|states|described|describes|explained|"
             r"explains|recalled|recalls|recounted|recounts|testified|reported|replied|"
             r"answered|added|remembered)\b")
# a told question before the subject: `When asked whether she..., she replied`
_TOLD_QUESTION = lazy(r"^(?:when\s+)?(?:asked|questioned)\b[^,\"“]{0,300},\s*", re.I)
_PRONOUN = lazy(r"^(?:he|she)$", re.I)
_ARTICLE = lazy(r"^(?:a|an|one|another|the)\s+", re.I)
# one person (singular), as a report describes a witness
_PERSON = lazy(r"\b(?:wom[ae]n|m[ae]n|girl|boy|mother|father|son|daughter|wife|husband|widow|"
               r"grandmother|grandfather|soldier|guard|trader|vendor|merchant|farmer|worker|"
               r"miner|driver|fisherman|smuggler|student|teacher|doctor|nurse|official|"
               r"officer|defector|escapee|refugee|survivor|detainee|prisoner|returnee|"
               r"interviewee|witness|victim|person|resident|youth|teenager)\b(?!['’]s)", re.I)
_AGE = lazy(r",?\s*(?:in\s+(?:her|his|their)\s+(?:early\s+|mid-?\s?|late\s+)?\w{1,12}|"
            r"aged\s+\d{1,3}|\d{1,3}(?:\s+years\s+old)?(?=\s*,))", re.I)
_BRACKETED = lazy(r"\s*\([^()]{0,120}\)")
_BEFORE_FROM = lazy(r",\s*(?=from\b)")
_APPOSITION = lazy(r",.*$")
_PLACE = lazy(r"\bfrom\s+([A-Z][\w'’-]{0,40})")
_SENTENCE_END = lazy(r"(?<![A-Z][a-z])(?<!\b[A-Z])[.!]\s")  # not after `Mr.`, `J.`
_SEE = lazy(r"\bsee\s+para(?:graph)?s?\.?\s*(\d{1,4})", re.I)
MAX_SUBJECT = 16  # words of a witness's description
MIN_NUMBERED = 3
MIN_WITNESSES = 2


def read_annex(lines: list[Line], roles: Roles) -> list[Notice]:
    """Give each witness paragraph its witness and mark the rest `(report)`; an empty list
    when the file is not such an annex (its lines are left as they were)."""
    paragraphs = text_paragraphs(lines)
    texts = [" ".join(lines[i].text.strip() for i in range(a, b)) for a, b in paragraphs]
    bare = [_QUOTE.sub(" ", t) for t in texts]
    numbered = [_NUMBER.match(t) for t in texts]
    if sum(m is not None for m in numbered) < MIN_NUMBERED \
            or any("?" in t or SELF_NOT_MINE.search(t) for t in bare):
        return []
    witness = _witnesses(texts, numbered)
    if len(witness) < MIN_WITNESSES:
        return []
    for p, (a, b) in enumerate(paragraphs):
        m = numbered[p]
        if p in witness and m is not None:
            lines[a].text = lines[a].text[m.end():]
            lines[a].speaker = witness[p]
            continue
        for line in lines[a:b]:
            line.kind = "report"
    names = list(dict.fromkeys(witness.values()))
    for who in names:
        roles.assign(who, "respondent")
    first = paragraphs[min(witness)][0]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return [Notice(lines[first].number, (
        f"read as a report's annex telling testimony in the third person: {len(witness)} "
        f"numbered paragraphs that open with a witness and quote them are their testimony "
        f"({shown}); the report's own paragraphs, headings and notes are context; if that "
        "is wrong, label the turns"))]


def _witnesses(texts: list[str], numbered: list[re.Match[str] | None]) -> dict[int, str]:
    """Paragraph index -> the witness whose testimony it tells (the module docstring)."""
    found: dict[int, str] = {}
    by_number: dict[str, str] = {}
    keys: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    last: int | None = None  # the last numbered paragraph's index
    for p, (text, m) in enumerate(zip(texts, numbered, strict=True)):
        if m is None:
            continue
        body = text[m.end():]
        subject = _subject(body) if _QUOTE.search(body) else None
        who = None
        if subject is not None and _PRONOUN.match(subject):
            who = found.get(last) if last is not None else None
        elif subject is not None:
            who = _named(subject, body, by_number, keys, taken)
        if who:
            found[p] = by_number[m[1]] = who
            taken.add(who)
        last = p
    return found


def _subject(body: str) -> str | None:
    """The subject of the paragraph's first sentence, when a speech verb follows it
    before any quotation or sentence end: `A woman in her forties from Hyesan`."""
    verb = _VERB.search(body, 0, 400)
    if verb is None:
        return None
    before = body[:verb.start()]
    plain = _BRACKETED.sub("", before)  # `(see para. 120 above)` ends no sentence
    if any(c in plain for c in "\"“”;:") or _SENTENCE_END.search(plain):
        return None
    return _TOLD_QUESTION.sub("", before.strip(), count=1).strip(" ,")


def _named(subject: str, body: str, by_number: dict[str, str],
           keys: dict[tuple[str, str], str], taken: set[str]) -> str | None:
    """The witness a subject describes (the module docstring), or None if it describes
    no one person."""
    who = WHO.fullmatch(subject)
    if who:
        return f"{who[1].title()} {who[2]}"
    article = _ARTICLE.match(subject)
    person = _PERSON.search(subject)
    if article is None or person is None or len(subject.split()) > MAX_SUBJECT:
        return None
    see = _SEE.search(body, 0, 200)
    if see and see[1] in by_number:
        return by_number[see[1]]
    name = " ".join(_AGE.sub("", _BRACKETED.sub("", subject[article.end():])).split())
    name = _APPOSITION.sub("", _BEFORE_FROM.sub(" ", name)).strip(" ,")  # `, a trader`
    place = _PLACE.search(name)
    key = (person[0].lower(), place[1] if place else "")
    if article[0].strip().lower() == "the" and key in keys:
        return keys[key]  # `The woman from Hyesan`: the one told of before
    if name in taken:
        name = f"{name} ({len(taken) + 1})"
    keys.setdefault(key, name)
    return name
