"""A report in Word that quotes its witnesses in boxes: one-column bordered tables, each
with a title (`Box 2. A trader's account`), the testimony, and an attribution under it
(`— Woman, 40s, Hyesan, interviewed in 2021`), amid the report's own numbered paragraphs.

Read as paragraphs, a box's unlabelled first-person account was the report's preamble (never
coded), and once a labelled box (`Panel:` / `Witness:`) had opened the turns, its
attribution and the report's next paragraphs were read into the last answer and coded.
Here, in a box whose last paragraph (or the paragraph right under the table) is an
attribution: the title and the attribution are context, an account with no labels in it is
the testimony of the person the attribution names (a respondent), a box with labels is
left to them; and the paragraphs outside the tables are the report's (context once the
turns begin, unless a label makes one a turn: word.context_beside_tables).

Only an attribution set off by a dash (`—`, `–`, `--`), of at most MAX_WORDS words, not a
question; and only an account in the first person (`I`, `my`, `we`): a box quoting a law or
a decree under `— Criminal Code, Article 183` is no testimony (it stays as it was read).
Not when the paragraphs outside the tables are an interview (a label opening two of them or
more): a box there is a pull quote or a sidebar, and everything is read as before. Two
boxes whose labels are the same (`Witness:` in each) stay one speaker: the labels are not
renamed for the attribution.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line, ends_sentence
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF_OR_GROUP
from qcode.model import Notice

MAX_WORDS = 20  # an attribution's
MAX_TITLE = 15  # a box title's words
_ATTRIBUTION = lazy(r"^\s*(?:[—―–]|--?(?=\s))\s*([A-Z][^?]*?)\s*$")
# where the attribution stops naming the person: when and how the words were given
_WHEN = lazy(r",?\s*\(?\b(?:interviewed|interview|recorded|testimony|speaking|statement|"
             r"quoted|in (?:19|20)\d\d|(?:19|20)\d\d)\b.*$", re.I)
_LABEL = lazy(r"^\s*[A-Z][\w.'’ -]{0,25}:\s+\S")  # `Panel: What...`, `Witness: They...`
_QUOTE = "\"“‘'«"
# a box's numbered title, whatever follows (`Box 5: What a checkpoint costs` is no label)
_NUMBERED = lazy(r"^\s*(?:box|case(?: study)?|testimony|sidebar|panel)\s+\d{1,3}[a-z]?"
                 r"\s*[.:–—-]\s*\S", re.I)


def read_boxes(lines: list[Line],
               boxes: list[tuple[int, int]]) -> tuple[dict[str, tuple[str, str]], list[Notice]]:
    """Mark the boxes' titles and attributions, give each unlabelled first-person account
    its attributed person, and set the paragraphs outside the tables apart; `boxes` are the
    (first, end) paragraph indexes of one-column tables. Returns the people, as a speaker
    key (label -> (role, name)), and the notice that says so: none when no box holds
    attributed testimony."""
    at = {line.number - 1: line for line in lines}
    people: dict[str, tuple[str, str]] = {}
    if not boxes or _interview_outside(lines):
        return people, []  # a box beside an interview: a pull quote, a sidebar
    testimony: list[Line] = []  # each box's attribution
    for first, end in boxes:
        inside = [at[i] for i in range(first, end) if i in at and at[i].text.strip()]
        attribution = _box_testimony(inside, at.get(end), people)
        if attribution is not None:
            testimony.append(attribution)
    if not testimony:
        return people, []
    for line in lines:
        line.beside_table = not line.in_table and line.kind is None
    return people, [Notice(testimony[0].number, (
        f"read as a report quoting testimony in boxes: {len(testimony)} box(es) with an "
        "attribution under the testimony (the first on this line); an account with no labels "
        "is the person's the attribution names, the report's paragraphs outside the boxes are "
        "context; if that is wrong, label the turns"))]


def _box_testimony(inside: list[Line], under: Line | None,
                   people: dict[str, tuple[str, str]]) -> Line | None:
    """One box (its paragraphs, and the one right under the table): mark its title and
    attribution, and give an unlabelled account the person the attribution names (added to
    `people`). Returns the attribution's line; None when the box holds no attributed
    testimony (no attribution, or one under a law or a decree: nothing is marked then)."""
    attribution = _attribution(inside, under)
    if attribution is None:
        return None
    who, line = attribution
    body = [ln for ln in inside if ln is not line]
    title = bool(body) and _title(body[0].text)
    labelled = any(_LABEL.match(ln.text) for ln in body[title:])
    if not labelled and not any(SELF_OR_GROUP.search(ln.text) for ln in body[title:]):
        return None  # quoted, but no one's testimony: a law, a decree
    line.kind = "attribution"
    if title:
        body[0].kind = body[0].kind or "box title"
    if not labelled:  # a box with labels is read by them
        body[title].speaker = who  # the paragraphs under it go on with the turn
        people[who] = ("respondent", "")
    return line


def _interview_outside(lines: list[Line]) -> bool:
    """Paragraphs outside the tables open with the same label twice or more: an interview
    of its own, whose paragraphs are not the report's."""
    labels = [m[0].split(":")[0] for ln in lines if not ln.in_table
              and (m := _LABEL.match(ln.text))]
    return len(labels) > len(set(labels))


def _attribution(inside: list[Line], under: Line | None) -> tuple[str, Line] | None:
    """The person a box's attribution names and its line: the box's last paragraph, else
    the paragraph right under the table."""
    for line in (inside[-1] if len(inside) > 1 else None, under):
        m = _ATTRIBUTION.match(line.text) if line is not None and line.kind is None else None
        if m is not None and line is not None and len(m[1].split()) <= MAX_WORDS:
            who = _WHEN.sub("", m[1]).strip(" ,;.()") or m[1].strip(" ,;.")
            return who, line
    return None


def _title(text: str) -> bool:
    """A box's title: short, numbered (`Box 2.`) or with no sentence's end, not a
    quotation's opening."""
    s = text.strip()
    return len(s.split()) <= MAX_TITLE and (bool(_NUMBERED.match(s)) or (
        not ends_sentence(s) and s[:1] not in _QUOTE and not _LABEL.match(s)))
