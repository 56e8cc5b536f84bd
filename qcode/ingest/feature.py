"""Feature articles that quote their interviewee: narration around quoted paragraphs.

A magazine or newspaper feature tells a life in the writer's words and lets the
interviewee speak in paragraphs that open with a quotation mark (`"In Musan you could hear
a cart coming," she says.`). Read as a Q&A without labels and without questions, the whole
piece was an introduction, or its standfirst an answer: none of what the interviewee said
was coded, or the writer's words were. Here the quoted paragraphs are the speech, the
narration is context, `(narration)`.

A file is read this way only when it has no speaker labels and no question outside
quotation marks, and at least three paragraphs open with a quotation mark, at least a
fifth of its paragraphs. A quote the text gives to someone named (`says Dr. Lee`) is that
person's; the others are the interviewee's (front matter `pseudonym`, else "Respondent").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_OPENS_QUOTE = re.compile(r"^\s*[\"“‘]\S")
_QUOTED = re.compile(r"[\"“][^\"“”]{0,2000}[\"”]")
_NAME = r"(?:Dr\.|Mr\.|Ms\.|Mrs\.)?\s?[A-Z][a-z]+(?:-[a-z]+)?(?:[ -][A-Z][a-z]+(?:-[a-z]+)?)?"
# who a quote is given to, when it is not `she` / `he`: `says Dr. Lee`, `Park said`
_SAID_BY = re.compile(rf"[,.!?][\"”’]\s+(?:says|said|adds|added|recalls|recalled)\s+({_NAME})"
                      rf"|[,.!?][\"”’]\s+({_NAME})\s+(?:says|said|adds|added|recalls|recalled)\b")


def read_feature(lines: list[Line], roles: Roles) -> list[Notice]:
    """Give quoted paragraphs their speaker and mark the narration `(narration)`; an empty
    list when the file is not such a feature (its lines are left as they were)."""
    paragraphs = text_paragraphs(lines)
    if not paragraphs:
        return []
    opening = [p for p in paragraphs if _OPENS_QUOTE.match(lines[p[0]].text)]
    if len(opening) < 3 or 5 * len(opening) < len(paragraphs):
        return []
    if any("?" in _QUOTED.sub("", lines[i].text) for start, end in paragraphs
           for i in range(start, end)):
        return []  # a question in the writer's words: an interview, or not a feature
    said_by = {start: _said_by(" ".join(lines[i].text for i in range(start, end)))
               for start, end in opening}
    named = Counter(n for n in said_by.values() if n)
    # the interviewee: the name most quotes are given to, when more than one is
    main = named.most_common(1)[0][0] if named and named.most_common(1)[0][1] > 1 else None
    main = main or roles.respondent
    for start, end in paragraphs:
        if start in said_by:
            lines[start].speaker = said_by[start] or main
        else:
            for i in range(start, end):
                lines[i].kind = "narration"
    return [Notice(lines[opening[0][0]].number, (
        f"read as a feature article: its {len(opening)} paragraphs that open with a "
        "quotation mark are the interviewee's speech, the narration around them is context; "
        "if that is wrong, label the turns"))]


def _said_by(text: str) -> str | None:
    m = _SAID_BY.search(text)
    return next((n.strip() for n in m.groups() if n), None) if m else None


def text_paragraphs(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, end) line indexes of each paragraph of text that may be speech: lines
    between blank lines, or each line in a file without blank lines (a web page pasted)."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if filled and len(filled) == filled[-1] - filled[0] + 1:
        return [(i, i + 1) for i in filled if lines[i].kind is None]
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate([*lines, Line(0, 0, "")]):
        speech = bool(line.text.strip()) and line.kind is None
        if speech and start is None:
            start = i
        elif not speech and start is not None:
            out.append((start, i))
            start = None
    return out
