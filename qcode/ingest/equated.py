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

from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.lazyre import lazy
from qcode.ingest.present import ROLE_WORDS
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.labels import Found
    from qcode.ingest.layout import Line
    from qcode.ingest.turns import Roles

_LABEL = r"[A-Za-z][\w.-]{0,20}"
_SAME = lazy(rf"(?<![\w.-])({_LABEL})\s{{0,3}}(?:==?|is the same (?:person|speaker|participant|"
             rf"respondent|woman|man) as|(?:is )?also (?:labell?ed|written|typed) as)"
             rf"\s{{0,3}}({_LABEL})(?![\w-])")
MAX_TOP = 200_000  # a header's characters read (a cast list of thousands of lines)
# a key line's rest: `Kim Soo-jin = K`, `K = Kim Soo-jin`, `Mrs. Pak = P.` (the name only
# told apart from the label; _NAMED reads it again from the header's text)
_NAME = r"[A-Z][\w.'’-]{0,30}(?: [A-Za-z][\w.'’-]{0,30}){0,3}"
_KEY = lazy(rf"^\s{{0,3}}(?:(?P<name>{_NAME})\s{{0,3}}=\s{{0,3}}(?P<label>{_LABEL})|"
            rf"(?P<label2>{_LABEL})\s{{0,3}}=\s{{0,3}}(?P<name2>{_NAME}))\s{{0,3}}[.;,]?\s{{0,3}}$")


def key_lines(labels: list[Found], lines: list[Line],
              roles: Roles) -> tuple[list[Found], str]:
    """The labels without the header's key lines (the module docstring), each key line
    the header's, each label it keys taking its role; and the header for equated_once: the
    text above the first label that recurs, labels of its own (`Labels: W2 = P2`) and key
    lines in it."""
    used = Counter(f.speaker for f in labels)
    first = next((i for i, f in enumerate(labels) if used[f.speaker] >= 2), 0)
    above = labels[first].line.number if labels else 0
    header = "; ".join(line.text for line in lines if line.number < above)
    keys = set()
    for f in labels[:first]:
        m = _KEY.match(f.match["rest"] or "")
        label = m and (m["label"] or m["label2"]).rstrip(".")
        if not m or not label or used[label] < 2 or label == f.speaker:
            continue
        role = ROLE_WORDS.get(f.speaker.lower())
        if role is not None:
            roles.assign(label, role)
        keys.add(id(f))
        f.line.kind = "header"
    return [f for f in labels if id(f) not in keys], header


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
    """Each `A = B` of the header: one-word labels, and a name of several words keyed to
    a label (`Kim Soo-jin = K`, as key_lines gives them)."""
    top = top[:MAX_TOP]
    pairs = [(m[1].rstrip("."), m[2].rstrip(".")) for m in _SAME.finditer(top)]
    if "=" in top:
        pairs += [(m["name"].rstrip("."), m["label"]) if m["name"] else
                  (m["name2"].rstrip("."), m["label2"]) for m in _NAMED.finditer(top)]
    return pairs


# `Kim Soo-jin = K` or `K = Kim Soo-jin` in a key line (after its label, to the line's end:
# the header's lines are joined by `; `)
_NAMED = lazy(rf"(?:^|(?<=; )|(?<=: ))(?:(?P<name>{_NAME})\s{{0,3}}=\s{{0,3}}(?P<label>"
              rf"{_LABEL})|(?P<label2>{_LABEL})\s{{0,3}}=\s{{0,3}}(?P<name2>{_NAME}))"
              rf"\s{{0,3}}[.,]?(?=;|$)")


def equated_labels(labels: list[Found], lines: list[Line]) -> list[Notice]:
    """Join the labels the lines above the first credible label say are one person."""
    if not labels:
        return []
    above = min(f.line.number for f in labels)
    top = "; ".join(ln.text for ln in lines if ln.number < above and ln.speaker is None)
    long = [] if "=" not in top[MAX_TOP:] else [Notice(1, (
        f"the text above the first label is {len(top):,} characters long; only the first "
        f"{MAX_TOP:,} were read for labels it says are one person (`F3 = P3`); if it "
        "equates labels after that, move those lines up or relabel the turns"))]
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
    final: dict[str, str] = {}  # `A = B`, then `B = C`: A's turns are C's; each chain
    for one in joined:  # walked once (a header chaining thousands walked it from each link)
        path, other = [], one
        while other in joined and other not in final:
            path.append(other)
            other = joined[other]
        end = final.get(other, other)
        final.update(dict.fromkeys(path, end))
    for f in labels:
        f.speaker = final.get(f.speaker, f.speaker)
    return long + notices
