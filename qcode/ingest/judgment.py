"""A court's or tribunal's decision that quotes an interview record.

An asylum appeal's decision quotes the Home Office interview record, or the note of a
hearing, as indented `Q31.` / `A.` pairs between the judge's own numbered paragraphs
(`4. The judge found at [41] that the answer to Q33 was inconsistent ... she said that she
left because of hunger.`). Read as labels, each of the judge's paragraphs went on the
quoted answer above it and was coded as the appellant's words: the judge summarises her
evidence in the third person, full of theme words.

In such a document the speech is what is quoted, indented; the document's own prose is set
flush left and numbered. So, when at least two indented lines open with a question label
(`Q31.`, `Q.`, `Question 4:`), two with an answer label (`A.`, `Answer:`), and at least two
lines flush left open with a paragraph number (`4.`, `[4]`, `(4)`) and do not ask, every
flush-left line from the first numbered one on that is not already context is the judgment's
(`judgment`): context, not a turn. A transcript indented as a whole, a judgment that quotes
no record indented, or numbered questions set flush left above indented answers has no such
two sides and is read as before.

A decision may quote two records: the interview record, whose questions are numbered
(`Q31.`, `Q47.`), and the note of a hearing, whose questions are not (`Q.`, the
cross-examiner's). Read as one label `Q`, the interviewing officer and the cross-examiner
were one speaker. In a decision quoting both, the unnumbered `Q.` is another record's
questioner: an interviewer of their own, `Q (another record)`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line, asks

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

JUDGMENT = "judgment"
ANOTHER = "Q (another record)"
MIN_EACH = 2
# an indented line opening with a record's question or answer label
_QUOTED_LABEL = re.compile(r"^(?: {2,}|\t)[ \t]{0,8}(Q(?:uestion)?|A(?:nswer)?)"
                           r"[ \t]{0,2}(\d{0,4})[ \t]{0,2}[.:)][ \t]{0,4}(?=\S)", re.I)
# a paragraph of the document's own, numbered, flush left: `4. The judge`, `[4] The`
_NUMBERED = re.compile(r"^(?:\d{1,3}\.|\[\d{1,3}\]|\(\d{1,3}\))[ \t]{1,4}[A-Z“\"']")


def mark_judgment(lines: list[Line], roles: Roles) -> None:
    """Mark a decision's own flush-left lines as context when it quotes a record indented,
    and tell apart the questioners of two records (the module docstring)."""
    asked = answered = numbered = 0
    for line in lines:
        if m := _QUOTED_LABEL.match(line.text):
            asked += m[1][0] in "Qq"
            answered += m[1][0] in "Aa"
        elif _NUMBERED.match(line.text) and not asks(line.text):
            numbered += 1
    if min(asked, answered, numbered) < MIN_EACH:
        return
    first = next(i for i, line in enumerate(lines) if _NUMBERED.match(line.text))
    for line in lines[first:]:
        if line.kind is None and line.speaker is None and line.text.strip() \
                and not line.text[:1].isspace():
            line.kind = JUDGMENT
    _another_record(lines, roles)


def _another_record(lines: list[Line], roles: Roles) -> None:
    """The unnumbered `Q.` of a decision that also quotes numbered `Q31.`: another record's
    questioner, labelled here under a name of their own."""
    found = [(line, m) for line in lines if (m := _QUOTED_LABEL.match(line.text))
             and m[1][0] in "Qq"]
    if not any(m[2] for _, m in found) or all(m[2] for _, m in found):
        return
    for line, m in found:
        if not m[2]:
            line.speaker = ANOTHER
            line.offset, line.text = line.offset + m.end(), line.text[m.end():]
    roles.assign(ANOTHER, "interviewer")
