"""A reporter's typed notebook: the source's direct quotes amid the reporter's own notes.

A journalist's call notes keep what the source said word for word in quotation marks and
everything else in the reporter's words: a slug line, bullet notes, `Background:` and
third-person summaries (`Says she crossed in winter`, `HR -- asked if she'd heard the
term`), `[TK: ...]` reminders, and now and then the reporter's own question under `Q:`.
Read as a transcript, the `Q:` labels made the unlabelled paragraphs the respondent's: the
summaries after each quote were coded as her words, and her first quote, before any `Q:`,
was the preamble. So, when a file has `Q:` lines (or `Question:`, `Me:`) and no other
label used twice, each `Q:` line is followed at once by a quotation, three paragraphs or
more open with a quotation mark, and the reporter writes of the source in the third person
between them and never in the first: the quoted paragraphs are the respondent's, the `Q:`
lines the interviewer's, every other line the reporter's note (context), and a notice
says so. A transcript whose answers are quoted but also run on unquoted in the first
person, or that labels its answers, is read as before.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF_OR_GROUP
from qcode.model import Notice
from qcode.plural import counted

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_ASKS = lazy(r"^\s*(?P<label>Q|Ques\.|Question|Me)\s?[:.]\s+(?=\S)")
_LABEL = lazy(r"^\s*(?P<label>[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,2})\s?:\s")
_OPENS = lazy(r"^\s*[\"“]\S")
_CLOSES = lazy(r"[\"”]\s*$")
_QUOTED = lazy(r"[\"“][^\"“”\n]{0,2000}[\"”]")
_THIRD_PERSON = lazy(r"\b(?:she|he|her|his|says|said|asked|told)\b", re.I)
MIN_QUOTES = 3


Paragraphs = list[tuple[int, ...]]


def read_notebook(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read a reporter's notebook (the module docstring); an empty list when the file is
    not one (its lines are left as they were)."""
    found = _notebook(lines)
    if found is None:
        return []
    asks, quotes, notes = found
    respondent = roles.respondent
    roles.assign(respondent, "respondent")
    for p in asks:
        line, m = lines[p[0]], _ASKS.match(lines[p[0]].text)
        assert m is not None
        roles.assign(m["label"], "interviewer")
        line.speaker, line.kind = m["label"], None
        line.offset, line.text = line.offset + m.end(), line.text[m.end():]
    for p in quotes:
        lines[p[0]].speaker, lines[p[0]].kind = respondent, None
    for p in notes:
        for i in p:
            lines[i].kind = lines[i].kind or "notes"
    return [Notice(lines[quotes[0][0]].number, (
        f"read as a reporter's notes: only the {counted(len(quotes), 'paragraph')} in "
        "quotation marks (the first on this line) are the respondent's words, the labelled "
        "questions the reporter's, every other line the reporter's note (context); if the "
        "respondent speaks outside quotation marks, label the turns (e.g. `Q:` / `A:`)"))]


def _notebook(lines: list[Line]) -> tuple[Paragraphs, Paragraphs, Paragraphs] | None:
    """The question, quotation and note paragraphs of a notebook; None for another file."""
    paragraphs = _paragraphs(lines)
    asked = [bool(_ASKS.match(lines[p[0]].text)) for p in paragraphs]
    quoted = [not a and bool(_OPENS.match(lines[p[0]].text))
              for p, a in zip(paragraphs, asked, strict=True)]
    asks = [p for p, a in zip(paragraphs, asked, strict=True) if a]
    quotes = [p for p, q in zip(paragraphs, quoted, strict=True) if q]
    notes = [p for p, a, q in zip(paragraphs, asked, quoted, strict=True) if not a and not q]
    if not asks or len(quotes) < MIN_QUOTES or not _only_questions_labelled(lines) \
            or not _answered_in_quotes(asked, quoted) \
            or not _of_her(lines, [p for p in notes if p[0] > quotes[0][0]]):
        return None
    return asks, quotes, notes


def _answered_in_quotes(asked: list[bool], quoted: list[bool]) -> bool:
    """The paragraph after each `Q:` line is a quotation: the answer, word for word."""
    return all(k + 1 < len(quoted) and quoted[k + 1] for k, a in enumerate(asked) if a)


def _of_her(lines: list[Line], between: Paragraphs) -> bool:
    """The paragraphs between the quotations are the reporter's: some write of the source
    in the third person, none in the first person outside quotation marks."""
    texts = [" ".join(lines[i].text for i in p) for p in between]
    return bool(texts) and not any(SELF_OR_GROUP.search(_QUOTED.sub(" ", t)) for t in texts) \
        and any(_THIRD_PERSON.search(t) for t in texts)


def _paragraphs(lines: list[Line]) -> Paragraphs:
    """Runs of non-blank lines, a `Q:` line or a line opening a quotation starting a new one
    (a question and its quoted answer are often on consecutive lines), and so does a line
    under a quotation that closed (a note typed right under it)."""
    out: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        new = not out or out[-1][-1] != i - 1 or bool(_ASKS.match(line.text)) \
            or (bool(_OPENS.match(line.text)) and bool(_ASKS.match(lines[out[-1][0]].text))) \
            or (bool(_OPENS.match(lines[out[-1][0]].text))
                and bool(_CLOSES.search(lines[i - 1].text)))
        if new:
            out.append([i])
        else:
            out[-1].append(i)
    return [tuple(p) for p in out]


def _only_questions_labelled(lines: list[Line]) -> bool:
    """No label but the reporter's question is used twice (`A:`, `Kim:`): a transcript."""
    labels = Counter(m["label"] for ln in lines if (m := _LABEL.match(ln.text))
                     and not _ASKS.match(ln.text))
    return all(n < 2 for n in labels.values())

