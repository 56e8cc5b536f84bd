"""Page furniture: the kinds of line that are not speech when they stand alone (headings
aside, which depend on their neighbours: layout.py). A web page or a publisher's file
brings credits, bylines, dates, links, captions, share lines, tags and footnotes; each is
kept as context, named for what it is, and never coded."""

from __future__ import annotations

import re

from qcode.ingest.kinds import KINDS, PAGE_NUMBER, RULE
from qcode.ingest.lazyre import lazy

# a bracketed note saying the text ends (inline.py cuts it off the line it closes)
END_MARKER = next(p for kind, p in KINDS if kind == "end" and p.pattern.startswith(r"^\s*[\[("))
# the kinds in one pattern, tried in order (one match per line instead of one per kind)
_ANCHORED = lazy("|".join(
    f"(?P<k{i}>{'(?i:' + p.pattern + ')' if p.flags & re.I else p.pattern})"
    for i, (kind, p) in enumerate(KINDS) if kind != "social"))
_SOCIAL = dict(KINDS)["social"]
# one of these is in every _SOCIAL match: a cheap test before the search
_SOCIAL_WORDS = ("watch", "see ", "listen", "read ", "subscribe", "follow us", "like us",
                 "thanks for reading", "share this", "click here", "support our", "sign up",
                 "on our", "channel", "your ", "donat", "give", "make a")
# anywhere in a short line: `Interview conducted in Seoul; edited for length and clarity.`,
# `The interview took place in Seoul and has been condensed for clarity.` (no one says it of
# their own speech)
_EDITED = lazy(r"\b(?:edited|condensed|shortened|abridged)(?: and \w+)? for (?:length|"
               r"clarity|brevity|readability|space)\b", re.I)
# Credits that look like labels: `Interviewer: Kim Ji-su` (a name, not a sentence), and a
# film's subtitling credit (`Subtitles: Lantern Translation Studio`, `Captions: Open Caption
# Collective for Borderlines`: a name with `for`, `of`, `at`, `the` inside, not a sentence
# like `Subtitles: we never had them`)
_CREDIT_LABEL = lazy(
    r"^\W*(?i:interviewer|interviewee|translators?|interpreters?|editors?|photographers?|"
    r"producers?|photos?|subtitles?|subtitling|subtitled by|captions?|captioning|"
    r"translation|translated by)\s*[:|–—-]\s*(?:[A-Z][\w.'’-]*\s*(?:,|and|&)?\s*){2,6}$|"
    r"^\W*(?i:subtitles?|subtitling|captions?|captioning|closed captions?|transcript(?:ion)?)"
    r"\s*[:|–—-]\s*[A-Z][\w.'’-]*(?:,?\s+(?:(?:for|of|at|the|and|&|by)\s+){0,2}[A-Z][\w.'’-]*)"
    r"{1,7}\.?\s*$")

# a section's name in square brackets alone on its line inside a transcript (`[REPORT]`,
# `[Transcript]`, `[Interview 2]`): context, not a comment section's `Report` button (which
# cut off the rest of the interview) nor words of the answer before it
SECTION_NAME = lazy(r"^\[(?:report|transcript|interview|summary|introduction|intro|background|"
                    r"recording|conversation|q ?& ?a|main interview|full transcript)"
                    r"(?: (?:part )?\d{1,3})?\]$", re.I)


def line_kind(text: str) -> str | None:
    """The kind of context a line on its own is, or None for text that may be speech."""
    if not text or len(text) > 300:
        return None
    if RULE.match(text):  # `* * *`, before emphasis marks are stripped
        return "rule"
    s = text.strip().strip("*_").strip()
    if not s or s.count(" ") >= 30:  # prose, not a line of page furniture
        return None
    if _CREDIT_LABEL.match(s):
        return "credit"
    if text[:1] == "[" and SECTION_NAME.match(text.strip()):
        return "section"
    m = _ANCHORED.match(s)
    if m and m.lastgroup:
        kind = KINDS[int(m.lastgroup[1:])][0]
        return None if kind == "page number" and _not_a_page(s) else kind
    low = s.lower()
    if "for" in low and _EDITED.search(s):
        return "credit"
    if (any(word in low for word in _SOCIAL_WORDS) and _SOCIAL.search(s)
            and not re.match(r"\S{1,20}:\s", s)):  # `A: ...` may mention a video
        return "social"
    return None


def _not_a_page(text: str) -> bool:
    """`12 / 10`: not page 12 of 10 (a count or a score someone says). (`27 of 40` alone is
    never taken for a page: it may answer `How many?`.)"""
    m = PAGE_NUMBER.match(text)
    return bool(m and m[1] and int(m[1]) > int(m[2]))
