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

And two for files whose label style changes in other ways (byline_asker,
generic_into_names): a blog Q&A that labels only its questions and ends with the writer's
surname (the byline's) asking; an NGO page that switches from the two names to `Q:` / `A:`
for a stretch and back.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line, asks
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.turns import Roles

# what OCR makes of `Q:` / `A:` opening a paragraph: `0:`, `O:`, `Q;`, `A;`, `A,`
# compiled now: matches are told by it (`m.re is GARBLED`), see lazyre.py
GARBLED = re.compile(r"^\s*(?P<label>[0OQA])(?P<alias>)(?P<after>)(?P<time>)(?P<bare>)"
                     r"(?P<sep>(?<=[0O]):|[;,])\s+(?P<rest>[A-Z\"“'‘].*)$")
_MEANS = {"0": "Q", "O": "Q"}
_COLONS = (":", "：")
_SHORT = 4  # letters: `Q`, `A`, `INT`, `R3`; longer labels are names, not slips


def respelt(labels: list[Found], credible: list[Found], roles: Roles) -> list[Found]:
    """The credible labels, with the loose and garbled spellings of the file's short colon
    labels that open a paragraph where the other label was last (module docstring); in a
    file that labels only its questions, where the answer before it was (_asks_only)."""
    short = {f.speaker for f in credible if f.match["sep"] in _COLONS
             and len(f.speaker) <= _SHORT and f.speaker.isupper() and f.match.re is not GARBLED}
    chosen = {id(f) for f in credible if f.match.re is not GARBLED}  # `0:`: `Q:`, not `0`
    asks_only = _asks_only(credible, short, roles)
    if (len(short) < 2 and not asks_only) or len(chosen) == len(labels):
        return credible
    out: list[Found] = []
    last = None
    for f in labels:
        if id(f) not in chosen:
            means = _slip(f, short)
            if means is None or (last in (None, means) and not (asks_only and f.opens)):
                continue
            f.speaker = means
        out.append(f)
        last = f.speaker
    return out


def _asks_only(credible: list[Found], short: set[str], roles: Roles) -> bool:
    """Only the questions are labelled: the one short colon label asks (`Q:`) and no label
    is an answer's (`A`, `Answer`, `R`). A `Q.` there follows an unlabelled answer, never
    the label `A:`; read as text, it was a question coded inside the answer before it."""
    return len(short) == 1 and roles.role(next(iter(short))) == "interviewer" \
        and not any(roles.is_respondent(f.speaker) for f in credible)


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
    generic = {*asking, *answering}  # a set: thousands of distinct labels (`P1:`...) are
    names = [s for s in first if s not in generic]  # each looked up once, not in a list
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
    respelt = dict.fromkeys(answers, answerer) | dict.fromkeys(spellings, asker)
    for f in credible:
        f.speaker = respelt.get(f.speaker, f.speaker)
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


_ASK_LETTERS = frozenset({"q", "question"})
_ANSWER_LETTERS = frozenset({"a", "answer"})


def byline_asker(credible: list[Found], lines: list[Line], roles: Roles) -> list[Notice]:
    """A blog Q&A labels only its questions, `Q:`, `Q.`, `Question:`, and then the writer's
    surname (`Wren:`, the byline's `Hollis Wren`): read as it stands, the surname was a
    respondent and its questions were coded as testimony. A name that takes over after the
    last asking label, where no label answers, each of its paragraphs asking, and that the
    byline above the first label names, is the same interviewer (a respondent's name would
    not ask every time); every asking label is read as that name."""
    order = list(dict.fromkeys(f.speaker for f in credible))
    asking = _askers(order, roles)
    asks_for = set(asking)  # thousands of distinct labels: each looked up in a set
    names = [s for s in order if s not in asks_for]
    if not asking or len(names) != 1 or any(roles.is_respondent(s) for s in order):
        return []
    name = names[0]
    said = [f for f in credible if f.speaker == name]
    if not _takes_over(credible, asking, name) or not all(asks(f.match["rest"]) for f in said) \
            or not in_byline(name, lines, credible[0].line.number):
        return []
    roles.assign(name, "interviewer")
    for f in credible:
        f.speaker = name
    spellings = "', '".join(f"{s}:" for s in [*asking, name])
    return [Notice(said[0].line.number, (
        f"only the questions are labelled, '{spellings}' read as one interviewer, {name} "
        "(the byline's name); if they are different people, label them apart"))]


def _askers(order: list[str], roles: Roles) -> list[str]:
    """The labels that ask for the interviewer (not an audience's questioner)."""
    return [s for s in order if roles.role(s) == "interviewer" and roles.is_known(s)
            and not roles.in_audience(s)]


def _takes_over(credible: list[Found], asking: list[str], name: str) -> bool:
    """The name speaks only after the last of the asking labels."""
    first = next(i for i, f in enumerate(credible) if f.speaker == name)
    asking_set = set(asking)
    return not any(f.speaker in asking_set for f in credible[first:])


def in_byline(name: str, lines: list[Line], before: int) -> bool:
    """A short line above the first label (a byline, `Hollis Wren`) has the name as a word."""
    word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(line.number < before and len(line.text.split()) <= _BYLINE_WORDS
               and word.search(line.text) for line in lines)


_BYLINE_WORDS = 6


def generic_into_names(credible: list[Found], roles: Roles) -> list[Notice]:
    """An NGO page labels `Interviewer:` / `Seo Ok-ran:`, then for a stretch `Q:` / `A:`,
    then the names again: read as written, four speakers for two people. Where one named
    speaker asks, `Q` (`Question`) is that person, and where one named speaker answers, `A`
    (`Answer`) is that one, when the generic labels keep to a stretch of their own. With two
    or more named respondents, `A` could be any of them: kept apart, with a warning."""
    order = list(dict.fromkeys(f.speaker for f in credible))
    ask = [s for s in order if s.lower() in _ASK_LETTERS]
    answer = [s for s in order if s.lower() in _ANSWER_LETTERS]
    askers = [s for s in _askers(order, roles) if s not in ask]
    answerers = _answerers(credible, order, answer, roles)
    if not answer or not answerers:
        return []
    merged = {**_one_of(credible, ask, askers), **_one_of(credible, answer, answerers)}
    told = "; ".join(f"'{s}:' as {n}" for s, n in merged.items())
    notices = [Notice(_at(credible, ask + answer), (
        f"the labels change part way ({told}): one person under both; if they are different "
        "people, label them apart"))] if merged else []
    if len(answerers) > 1:
        notices.append(Notice(_at(credible, answer), (
            f"'{answer[0]}:' answers in a file where {', '.join(answerers)} answer under "
            "their names: kept as a speaker of its own; if it is one of them, label it so")))
    for f in credible:
        f.speaker = merged.get(f.speaker, f.speaker)
    return notices


def _answerers(credible: list[Found], order: list[str], answer: list[str],
               roles: Roles) -> list[str]:
    """The named respondents: labels that answer, other than `A`, used more than once (not
    a descriptor line, `Interviewee: R-31, 50s`)."""
    said = Counter(f.speaker for f in credible)
    return [s for s in order if s not in answer and roles.role(s) == "respondent"
            and said[s] > 1]


def _one_of(credible: list[Found], generic: list[str], named: list[str]) -> dict[str, str]:
    """Each generic label -> the one named speaker of its role, if there is one and the
    generic labels keep to a stretch of their own; else nothing."""
    if len(named) != 1 or not generic or not _own_stretch(credible, generic, named):
        return {}
    return dict.fromkeys(generic, named[0])


def _at(credible: list[Found], labels: list[str]) -> int:
    return next(f.line.number for f in credible if f.speaker in labels)


def _own_stretch(credible: list[Found], generic: list[str], named: list[str]) -> bool:
    """No named label speaks between the first and the last generic one: the style changed
    for a stretch, it did not take turns with the names (then `A:` is someone else)."""
    at = [i for i, f in enumerate(credible) if f.speaker in generic]
    return not any(f.speaker in named for f in credible[at[0]:at[-1] + 1])
