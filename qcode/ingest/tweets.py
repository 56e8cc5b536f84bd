"""A reporter's thread on X (Twitter) quoting the person she interviewed.

A reporter tells an interview as a numbered thread (`2/ I asked her how the market worked.
"The stall is yours as long as..."`): each tweet under its account line (`Mira Osei-Lund
@miraoseilund · Mar 4`), counts under some (`💬 41  🔁 388  ❤️ 1.2K`), replies by
readers under the thread (`Replying to @miraoseilund`). Read as text, the seven tweets
were one introduction, so none of the interviewee's words was coded, and the replies
under the thread were read as the interview.

Here, in the numbered tweets of the thread's author, the quotation that ends a tweet (after
a sentence's end or a colon, or opening it) is the interviewee's answer and the reporter's
words before it her question or its setting, the interviewer's; a numbered tweet without
such a quotation (the introduction, the sign-off), account lines, counts and replies
(unnumbered tweets, `Replying to` lines) are context. A quotation inside the narration
(`the words "human rights" back home?`) stays in it.

Read so only with at least three numbered tweets by one account under account lines and
two of them ending in a quotation: a thread that quotes nobody, or a transcript mentioning
a handle, reads as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

# `Mira Osei-Lund 🇬🇧 @miraoseilund · Mar 4`, `Kim @kim_ · 2h`
# (the name starts at its first letter: with `\s*` free to give spaces to it, a line of
# 40,000 spaces took minutes)
_ACCOUNT = lazy(r"^\s*(?P<name>[^@\s][^@\n]{0,79}?)\s*@(?P<handle>\w{1,30})\s*[·•]\s*\S[^@\n]{0,30}$")
_LONGEST_ACCOUNT = 200  # characters: a name, a handle and a date
_NUMBERED = lazy(r"^\s*\(?\d{1,2}(?:/\d{1,2}\)?|[/)])\s+")  # `2/ `, `2/7 `, `(2/7) `
_COUNTS = lazy(r"^[^\w\n]{0,8}(?:[\d.,]{1,7}[KkMm]?(?:[^\w\n]{1,8}|$)){1,6}$")  # `💬 41  🔁 388  ❤️ 1.2K`
_REPLYING = lazy(r"^\s*replying to\s+@\w{1,30}", flags=2)
_OPEN = {"“": "”", "\"": "\"", "«": "»", "„": "“"}
_ASKER_ENDS = (".", "?", "!", ":", "—", "–")
_INTERVIEWEE = "Interviewee"
MIN_TWEETS, MIN_QUOTING = 3, 2


def read_tweets(lines: list[Line], roles: Roles) -> tuple[list[Line], list[Notice]]:
    """The lines with the thread's numbered tweets cut into the reporter's words and the
    interviewee's quotations, the rest context; as they were when the file is no such
    thread."""
    tweets = _tweets(lines)
    author = _author(tweets)
    if author is None:
        return lines, []
    name, handle = author
    own = [(i, end) for i, end, h, _ in tweets if h == handle and _NUMBERED.match(lines[i].text)]
    quoting = [(i, end) for i, end in own if _answer(lines[end - 1].text) is not None]
    if len(own) < MIN_TWEETS or len(quoting) < MIN_QUOTING:
        return lines, []
    cut: dict[int, list[Line]] = {}
    for i, end in quoting:
        for k in range(i, end):
            cut[k] = _cut(lines[k], name, last=k == end - 1, first=k == i)
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in cut:
            out += cut[k]
            continue
        if line.text.strip():
            line.kind = line.kind or "thread"
        out.append(line)
    roles.assign(name, "interviewer")
    roles.assign(_INTERVIEWEE, "respondent")
    return out, [Notice(lines[quoting[0][0]].number, (
        f"read as a reporter's thread: in {len(quoting)} of @{handle}'s numbered tweets the "
        "quotation that ends the tweet is the interviewee's answer and the reporter's words "
        "before it hers; other tweets, replies, account lines and counts are context; if "
        "that is wrong, label the turns"))]


def _tweets(lines: list[Line]) -> list[tuple[int, int, str, str]]:
    """(first, end) line indexes of each tweet's text, its account's handle and name: the lines
    under an account line, to a blank line, a count line or the next account line."""
    found = []
    for i, line in enumerate(lines):
        m = _account(line.text) if line.kind is None else None
        if m is None:
            continue
        start = i + 1
        while start < len(lines) and _REPLYING.match(lines[start].text):
            start += 1
        end = start
        while end < len(lines) and lines[end].text.strip() and not _account(
                lines[end].text) and not _COUNTS.match(lines[end].text.strip()):
            end += 1
        if end > start:
            found.append((start, end, m["handle"], m["name"]))
    return found


def _account(text: str) -> re.Match[str] | None:
    """An account line (`Kim @kim_ · 2h`); a line longer than any is none."""
    return _ACCOUNT.match(text) if len(text) <= _LONGEST_ACCOUNT else None


def _author(tweets: list[tuple[int, int, str, str]]) -> tuple[str, str] | None:
    """The thread's author (name, handle): the account of the first tweet, its name without
    the flags and emoji beside it (`Reporter` when it has none)."""
    if not tweets:
        return None
    name = " ".join(w for w in tweets[0][3].split() if any(c.isalpha() for c in w))
    return name or "Reporter", tweets[0][2]


def _answer(text: str) -> int | None:
    """Where the quotation that ends the tweet opens: at its start or after a sentence's
    end or a colon, closing at the tweet's end with no other mark of its kind inside (the
    last opening mark before the end: one pass over the line)."""
    text = text.rstrip()
    for ch, close in _OPEN.items():
        if len(text) < 3 or not text.endswith(close):
            continue
        at = text.rfind(ch, 0, len(text) - 1)
        if at < 0 or close in text[at + 1:-1]:
            continue
        before = _NUMBERED.sub("", text[:at]).rstrip()
        if not before or before.endswith(_ASKER_ENDS):
            return at
    return None


def _cut(line: Line, name: str, last: bool, first: bool) -> list[Line]:
    """A tweet's line as the reporter's words and, on its last line, the quotation."""
    text = line.text
    lead = _NUMBERED.match(text)
    a = lead.end() if first and lead else len(text) - len(text.lstrip())
    b = _answer(text) if last else None
    pieces = []
    if text[a:b].strip():
        pieces.append(Line(line.number, line.offset + a, text[a:b].strip(), name, line.time))
    if b is not None:
        pieces.append(Line(line.number, line.offset + b, text[b:].strip(), _INTERVIEWEE,
                           line.time))
    return pieces
