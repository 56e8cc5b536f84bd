"""Initials that are also a postscript or note word or a country's abbreviation: `PS:` for
Park Seon-ok, `NB:` for Nam Byung-chul, `SK:` for Seo-yeon Kwak, `NK:` for Noh Kyung-ae.
labels.py never takes them for a label, so that a letter's closing `PS: ...`, a writer's
`NB: ...` note or figures by country (`US: 40,000 tonnes`) stay text; a file whose `PS:`
turns alternate with another speaker's, or whose credit line names them (`Interviewer: Una
Song (US)`), is the exception (eval18's h07: `KH:` / `PS:`, every answer was given to
an unlabelled `Respondent` with `PS:` in its text; eval32's sessions01: an oral history's
`SK:` / `Moon:`, every question read as "the paragraph before" its answer with `SK:` in its
text, and the interviewer's `SK: Let's stop here for today.` glued into an answer and coded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from qcode.ingest.credits import credited_initials
from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.ingest.speakers import COLONS

if TYPE_CHECKING:
    from qcode.ingest.labels import Found

# not `NOTE`, `TV`, `USB`: no one's initials
POSTSCRIPTS = frozenset({"PS", "NB", "SK", "NK", "US", "UK", "UN"})
_START = lazy(r"^\s*(?:\*\*|__)?(?:PS|NB|SK|NK|US|UK|UN)(?:\*\*|__)?\s*:")


def initials_speak(lines: list[Line], read: Callable[[Line], Found | None]) -> frozenset[str]:
    """The postscript words that label turns here (`read`: a line's label, postscript words
    allowed): turns that alternate with another speaker's (`KH:` / `PS:` / `KH:` / `PS:` /
    `KH:`, each `PS:` opening a paragraph), with at least half its uses between two turns of
    one other speaker; or initials a credit line gives the interviewer or interpreter
    (`Interviewer: Una Song (US)`). A letter's one `PS:` at its end, or a writer's `NB:` notes between the
    parts of one speaker's answers, stay text. Not read: initials that never alternate with
    one other speaker (a panel answering in turn with no question between)."""
    if not any(_START.match(line.text) for line in lines):
        return frozenset()
    credited = POSTSCRIPTS.intersection(credited_initials(lines))  # `Interviewer: Una Song (US)`
    said: list[tuple[str, bool]] = []  # each colon label and whether it opens a paragraph
    previous: Found | None = None
    for i, line in enumerate(lines):
        f = read(line)
        if f is not None and f.match["sep"] in COLONS:
            said.append((f.speaker, i == 0 or not lines[i - 1].text.strip()
                         or previous is not None))
        previous = f
    between = [k for k in range(1, len(said) - 1) if said[k][0] in POSTSCRIPTS
               and said[k][1] and said[k - 1][0] == said[k + 1][0] != said[k][0]]
    at = set(between)
    alternating = {said[k][0] for k in between if k + 2 in at
                   and said[k + 2][0] == said[k][0] and said[k + 1][0] == said[k - 1][0]}
    return credited | frozenset(w for w in alternating if 2 * sum(said[k][0] == w for k in between)
                                >= sum(s == w for s, _ in said))
