"""Two labels the header above the turns says are one person: `F3 = P3`, `F3 is the same
person as P3`.

A focus group typed by an assistant mixes label spellings (`P3:` and, where the assistant
wrote F for female, `F3:`), and the header line above the turns says which are one:
`Participants: four women... The assistant typed F for female in some places; F3 = P3.`
Read apart, one woman was two speakers and her answers were counted twice as few. Only
labels that both label turns of the file are joined, under the label on the right (the one
the header explains the other by), and a label used once counts as one when the header
equates it so (equated_once); the words before the first label are all that is read, so an
answer saying `A = B` joins no one.

The header is read once for the file and each label's turns found once: read again for
each label (or each label's turns sought again for each equation), a header of 900
equations above 10,000 labels took seconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.layout import Line

_LABEL = r"[A-Za-z][\w.-]{0,20}"
_SAME = lazy(rf"(?<![\w.-])({_LABEL})\s{{0,3}}(?:==?|is the same (?:person|speaker|participant|"
             rf"respondent|woman|man) as|(?:is )?also (?:labell?ed|written|typed) as)"
             rf"\s{{0,3}}({_LABEL})(?![\w-])")
MAX_TOP = 5000  # a header's characters read


def equated_once(top: str, credible: set[str]) -> set[str]:
    """The labels that the text above the first label equates with a label that labels
    turns (`W2 is also written as P2`): one used once (`W2:`) labels a turn too. Read as
    words, the one answer under it went on the turn above, the facilitator's."""
    once = set()
    for one, other in _pairs(top):
        if other in credible or one == other:
            once.add(one)
        if one in credible:
            once.add(other)
    return once


def _pairs(top: str) -> list[tuple[str, str]]:
    return [(m[1].rstrip("."), m[2].rstrip(".")) for m in _SAME.finditer(top[:MAX_TOP])]


def equated_labels(labels: list[Found], lines: list[Line]) -> list[Notice]:
    """Join the labels the lines above the first credible label say are one person."""
    if not labels:
        return []
    above = min(f.line.number for f in labels)
    top = " ".join(ln.text for ln in lines if ln.number < above and ln.speaker is None)
    first: dict[str, int] = {}  # a label still read apart -> where it labels first
    for i, f in enumerate(labels):
        first.setdefault(f.speaker, i)
    joined: dict[str, str] = {}  # a label -> the label the header joins it to
    notices = []
    for one, other in _pairs(top):
        if one == other or one not in first or other not in first:
            continue
        at = first.pop(one)
        first[other] = min(first[other], at)
        joined[one] = other
        notices.append(Notice(labels[at].line.number, (
            f"'{one}:' and '{other}:' are read as one speaker, {other}, as the header says "
            f"('{one} = {other}'); if they are two people, label them apart")))
    final = {}
    for one, other in joined.items():
        while other in joined:  # `A = B`, then `B = C`: A's turns are C's
            other = joined[other]
        final[one] = other
    for f in labels:
        f.speaker = final.get(f.speaker, f.speaker)
    return notices
