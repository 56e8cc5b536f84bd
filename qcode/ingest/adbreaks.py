"""A podcast's or broadcast's advertisement between its break markers.

A hosting site's transcript marks where a dynamically inserted ad plays: `[AD BREAK]`, the
ad's words (`This episode is brought to you by...`, under no label, or under the host's
who reads it), then `[END AD BREAK]`. With no label of its own, the ad was read into the
turn above it and coded as the guest's words; the sponsor-read test (notspeech.py) only
knows the reads that open with `... is brought to you by` and name a web address.

The rule: a line that is only an opening marker in brackets (`[AD BREAK]`, `(MID-ROLL AD)`,
`[SPONSOR MESSAGE]`, `[COMMERCIAL BREAK]`, `[광고]`, `[WERBUNG]`...), then at most
MAX_LINES lines of text, then a line that is only its closing marker (`[END AD BREAK]`,
`[AD ENDS]`, `[/AD]`, `[BACK TO THE SHOW]`, `[광고 끝]`...): the lines between are the ad,
context of kind `ad`, and so are the markers. A marker the file never closes (`[AD BREAK]`
where the ad was cut out, the talk going on under it) changes nothing: the lines after
it may be speech.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

MAX_LINES = 12
# what the break is called: an ad, a sponsor, a commercial, the mid-roll; and in Korean,
# German, French, Spanish, Japanese, Chinese
_AD = (r"(?:(?:dynamic(?:ally inserted)? |inserted |paid |mid-?roll |pre-?roll |post-?roll )?"
       r"(?:ad(?:vert(?:isement)?s?)?|ads|sponsor(?:ship)?(?: message| read| segment| spot)?|"
       r"commercials?|mid-?roll|promo(?:tion)?)(?: break| spot| read| insert| segment)?|"
       r"(?:commercial|sponsor|advert(?:ising)?|station) break|break for (?:ads|sponsors?)|"
       r"광고|werbung|werbepause|publicité|pub|publicidad|anuncio|広告|cm|广告|廣告)")
_OPEN = lazy(rf"^\s*[\[(]\s*{_AD}(?:\s+(?:starts?|begins?|plays?))?\s*[\])]\s*$", re.I)
_CLOSE = lazy(
    rf"^\s*[\[(]\s*(?:/\s*{_AD}|(?:end(?:\s+of)?|ende|fin(?:\s+de(?:\s+la)?)?)\s+(?:the\s+)?{_AD}|"
    rf"{_AD}\s+(?:ends?|over|finished|끝|종료)|"
    r"(?:back|return(?:ing)?)\s+(?:to|from)\s+(?:the\s+)?(?:show|episode|programme|program|"
    r"break|interview|conversation))\s*[\])]\s*$", re.I)


def mark_ad_breaks(lines: list[Line]) -> None:
    """The lines of each advertisement between its markers, and the markers, become
    context of kind `ad` (the rule above)."""
    i = 0
    while i < len(lines):
        end = _closed_at(lines, i) if _OPEN.match(lines[i].text) else None
        if end is None:
            i += 1
            continue
        for line in lines[i:end + 1]:
            line.kind = "ad"
        i = end + 1


def _closed_at(lines: list[Line], i: int) -> int | None:
    """The line of the marker closing the break opened at line i, or None."""
    texts = 0
    for j in range(i + 1, len(lines)):
        text = lines[j].text
        if _CLOSE.match(text):
            return j if texts else None
        if _OPEN.match(text):
            return None  # another break opens: this one was never closed
        if text.strip():
            texts += 1
            if texts > MAX_LINES:
                return None
    return None
