"""Labels that head a block of text, alone on their line, the turn's words below them: as
transcripts in capitals set them (`INTERVIEWER` / `LEE`), and as transcription software
writes a name and a time stamp (`Park  0:07`, a podcast app's `**Nadia Vance** [00:00:44]`,
Microsoft Teams' `Baek Mi-ok (Guest)   0:07`) or the time first (Microsoft Word's
Transcribe: `00:00:03 Speaker 1`, or the name the user gave the voice, `00:01:12 Ji-won
Park`). A Word paragraph may hold the label and, after a line break, the block's text
(word.py keeps that break as a tab; read before, the label was the turn's first words or a
heading, and who asked was guessed from `?` alone). labels.py decides which are credible.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qcode.ingest.labeltext import NAME, SPACE, TIME
from qcode.ingest.lazyre import lazy
from qcode.ingest.speakers import diarized

if TYPE_CHECKING:
    from qcode.ingest.labels import Found

# Teams' account tag is one word in brackets: `(Guest)`, `(External)`, no name and no role
# (a guest in a meeting may be the one who asks: who does is read from the questions)
_ALONE_TIME = rf"(?:\*\*|__)?\s+(?:\[(?={TIME}\])|\((?={TIME}\)))?"
_TAG = rf"(?:\s*\([A-Z][a-z]{{1,15}}\)(?={_ALONE_TIME}{TIME}))?"
# compiled now: matches are told by it (`m.re is ALONE`), see lazyre.py
ALONE = re.compile(
    rf"^\s*(?:\*\*|__)?(?P<label>[A-Z][A-Z0-9.'’-]+(?:{SPACE}[A-Z][A-Z0-9.'’-]+){{0,2}}"
    rf"|{NAME}(?={_TAG}{_ALONE_TIME}{TIME}[\])]?\s*$)){_TAG}(?P<alias>)(?:\*\*|__)?"
    rf"(?:\s+[\[(]?(?P<after>{TIME})[\])]?)?"
    r"(?P<time>)(?P<bare>)(?P<sep>)\s*(?P<rest>)$")
# the name and its time stamp, then the block's text after a tab
ALONE_TABBED = lazy(
    rf"^\s*(?:\*\*|__)?(?P<label>{NAME}){_TAG}(?P<alias>)(?:\*\*|__)?{_ALONE_TIME}"
    rf"(?P<after>{TIME})[\])]?(?P<time>)(?P<bare>)(?P<sep>\t)\s*(?P<rest>\S.*)$")
# the time first: hours, minutes and seconds, so a `10:30 Market` line of an answer's day is
# none; nothing after the name but, after a tab, the block's text
# compiled now: matches are told by it (`m.re is STAMP_ALONE`), see lazyre.py
STAMP_ALONE = re.compile(
    rf"^\s*(?:\*\*|__)?[\[(]?(?P<after>\d{{1,2}}:\d{{2}}:\d{{2}})[\])]?{SPACE}+"
    rf"(?P<label>{NAME})(?P<alias>)(?:\*\*|__)?(?P<time>)(?P<bare>)(?P<sep>\t|(?=\s*$))\s*"
    rf"(?P<rest>.*)$")
_NAME_TIME = lazy(rf"^\s*(?:\*\*|__)?{NAME}{_TAG}{_ALONE_TIME}{TIME}[\])]?\s*$")


def heads_block(text: str) -> bool:
    """Whether a line is a name and its time stamp, in either order, and nothing else."""
    return bool(_NAME_TIME.match(text) or STAMP_ALONE.fullmatch(text.rstrip()))


def once_stamped(stamped: list[tuple[int, str]]) -> set[int]:
    """Of the `00:00:03 Speaker 1` labels found (each its id and its speaker), those that
    are none: all but diarization ids (`Speaker 3` speaking once) when no speaker recurs,
    as a time and a place alone on lines of an answer do (`04:10:00 Hyesan` / `19:45:00
    Kilju`, a train's times)."""
    if any(n >= 2 for n in Counter(speaker for _, speaker in stamped).values()):
        return set()
    return {at for at, speaker in stamped if not diarized(speaker)}


def stamped_in_order(loose: list[Found], i: int, chosen: set[int]) -> bool:
    """A name and its time stamp alone on a line (`Jae-won Park  1:20`, as Otter.ai heads
    each block) used once, in a file whose other such labels speak twice or more: a voice
    the app heard once (a research assistant's one question, a waiter), not words of the
    answer above, when its time falls between the times of the credible labels around it
    (`1:14` ... `1:20` ... `1:24`), as only the app's own heads do. Read as text, the
    assistant's question was coded in the answer. Not a name with no time (`PARK` alone
    once may be a heading) nor a time that breaks the order (`Hyesan  4:30`, an answer's
    own line about a train)."""
    f = loose[i]
    if not (f.match["after"] and f.opens) or f.match.re is not ALONE:
        return False
    before = next((g for g in reversed(loose[:i]) if id(g) in chosen and g.match["after"]), None)
    after = next((g for g in loose[i + 1:] if id(g) in chosen and g.match["after"]), None)
    if before is None or after is None:
        return False
    times = [_seconds(g.match["after"]) for g in (before, f, after)]
    return times[0] <= times[1] <= times[2]


def _seconds(stamp: str) -> float:
    """`1:20` -> 80.0, `01:02:03.5` -> 3723.5."""
    total = 0.0
    for part in stamp.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total
