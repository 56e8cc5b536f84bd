"""A forum thread pasted from the browser: an "ask me anything" post and its comments.

A Reddit-style thread heads each comment with its author's line (`u/grumpy_otter_ · 7 yr.
ago`, `u/crossed_the_tumen OP · 7 yr. ago`, `grumpy_otter_ · 5y`, the name alone under
`level 2`, old Reddit's `[–]grumpy_otter_ 15 points 5 years ago`) and puts vote and button
lines between (`2.3k Reply Share`, `Sort by: best`, `Continue this thread →`). A phpBB board
heads each post `Post by hanbyeol_12 » Sat Feb 09, 2019 10:02 am`, repeats the question
answered under `seoulbound wrote: ↑Sat Feb 09, ...`, ends posts with a signature and `Top`
and frames the thread with the board's navigation, buttons and footer (posts.py). Read as
text, those lines were coded at the start of every answer, other readers' comments were
coded as the interviewee's, the post itself was an introduction and every asker one
`Interviewer`. So, when at least three lines head comments and the thread names its poster
(`OP`, `Posted by u/...`, old Reddit's `[S]`; on a board, the author of the first post, who
opened the thread): each header line is context and the comment under it its author's turn;
the poster is the respondent, her post (the paragraphs after its title) her speech; another
author whose comments ask is an interviewer of their own, one who only comments is context;
edit notes (`EDIT:`), badges alone on a line (`Verified`, `Top 1% Commenter`), vote and
button lines (a number alone on its line is a vote count: an answer of one number is lost
to context rather than votes coded) are context. A file with
fewer headers, or whose poster is not named, is left as it is (a line `Top` or a sentence
`She wrote:` in an interview reads as before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from qcode.ingest.layout import Line, asks
from qcode.ingest.lazyre import lazy
from qcode.ingest.posts import board_frame, mark_quotes, mark_signatures

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles
    from qcode.model import Notice

_AGO = r"\d{1,3}\s*(?:yr|year|mo|month|wk|week|day|d|hr|hour|h|min|minute|m)s?\.?\s+ago"
_SHORT = r"\d{1,3}\s?(?:y|yr|mo|w|d|h|min|m)\b\.?"  # `5y`, `3mo`: the redesign's ages
_WHEN = rf"(?:{_AGO}|{_SHORT})(?:\s*[·•]\s*edited(?:\s+(?:{_AGO}|{_SHORT}))?)?"
_HEADER = lazy(rf"^\s*(?P<title>posted by\s+)?u/(?P<name>[\w-]{{2,30}})(?P<op>\s+OP)?"
               rf"(?:\s*[·•|]?\s*{_WHEN})?\s*$", re.I)
_BARE = lazy(rf"^\s*(?P<name>[\w-]{{3,30}})(?P<op>\s+OP)?\s*[·•]\s*{_WHEN}\s*$", re.I)
_OLD = lazy(r"^\s*\[[–−+-]\]\s*(?P<name>[\w-]{3,30})(?P<op>\s+\[S\])?(?:\s+\[[^\]]*\])*"
            r"\s+(?:-?[\d,]+\s+points?|\[score hidden\])\b.*$", re.I)
_BOARD = lazy(r"^\s*(?:post\s+)?by\s+(?P<name>\S(?:[^»]{0,38}\S)?)\s*»\s*\S.*\d.*$", re.I)
_LEVEL = lazy(r"^\s*level\s+\d{1,2}\s*$", re.I)
_NAME = lazy(r"^\s*(?P<name>[\w-]{3,30})(?P<op>\s+OP)?\s*$")
_OP = lazy(r"^\s*OP\s*$")
_FURNITURE = lazy(
    rf"^\s*(?:{_AGO}|[·•]\s*{_WHEN}|[\d.,]+[km]?|level\s+\d{{1,2}}|OP|vote|"
    rf"[\d.,]+[km]?\s+points?(?:\s*[·•]\s*{_WHEN})?|sort by\s*:.*|(?:continue this thread|"
    r"load more comments|view more (?:replies|comments)|more replies)\W*|"
    r"(?:[\d.,]+[km]?\s+)?(?:(?:reply|share|award|give award|report|save|follow|permalink|"
    r"embed|parent|comments?|points?|votes?)\s*)+)$", re.I)
# a badge new Reddit sets alone on a line under a post's or a comment's header
_BADGE = lazy(r"^\s*(?:verified(?: AMA| account)?|top 1% (?:commenter|poster)|stickied|pinned|"
              r"(?:archived|locked)(?: post)?|promoted|moderator|admin)\s*$", re.I)
_EDIT = lazy(r"^\s*(?:edit|update)\s*\d{0,2}\s*[:：]", re.I)
MIN_COMMENTS = 3


class Head(NamedTuple):
    """A line that heads a comment: where, whose, whether it names the poster (`OP`) and
    whether a title follows it (`Posted by`), and whether a board's post header."""

    at: int
    author: str
    poster: bool
    title: bool
    board: bool = False


def read_thread(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read a pasted comment thread (the module docstring); any other file is left as it is.
    Returns what the user should check (a quote of a post not on the page)."""
    heads = _heads(lines)
    poster = _poster(heads)
    if len(heads) < MIN_COMMENTS or poster is None:
        return []
    for line in lines:
        line.kind = _furniture(line.text) or line.kind
    for h in heads:
        lines[h.at].kind = "username line"
    spans = [(h.at + 1, heads[n + 1].at if n + 1 < len(heads) else len(lines))
             for n, h in enumerate(heads)]
    notices: list[Notice] = []
    authors = [h.author for h in heads]
    if any(h.board for h in heads):
        notices += board_frame(lines, spans, authors)
    notices += mark_quotes(lines, spans, authors)
    mark_signatures(lines, spans, authors)
    asked: dict[str, bool] = {}
    for h, (start, end) in zip(heads, spans, strict=True):
        asks_once = _comment(lines[start:end], h.author, title=h.title)
        asked[h.author] = asks_once or asked.get(h.author, False)
    for author, asks_once in asked.items():
        roles.assign(author, _role(author == poster, asks_once))
    return notices


def _heads(lines: list[Line]) -> list[Head]:
    """The lines that head comments, of whichever style."""
    heads: list[Head] = []
    after_level = False
    for i, ln in enumerate(lines):
        m = _HEADER.match(ln.text) or _BARE.match(ln.text) or _OLD.match(ln.text)
        if m is None and after_level:
            m = _NAME.match(ln.text)
        if m is not None:
            poster = bool(m["op"]) or (i + 1 < len(lines) and bool(_OP.match(lines[i + 1].text)))
            heads.append(Head(i, m["name"], poster, bool(m.groupdict().get("title"))))
        elif b := _BOARD.match(ln.text):
            heads.append(Head(i, b["name"].strip(), False, False, board=True))
        if ln.text.strip():
            after_level = bool(_LEVEL.match(ln.text))
    return heads


def _poster(heads: list[Head]) -> str | None:
    """Whom the thread names its poster: `Posted by u/...`, `u/... OP`, `[S]`; on a board,
    the author of the first post (the one who opened the thread)."""
    named = next((h.author for h in heads if h.poster or h.title), None)
    if named is None and heads and heads[0].board:
        return heads[0].author
    return named


def _role(posted: bool, asks_once: bool) -> str:
    """The poster answers; another author who asks interviews, one who only comments not."""
    return "respondent" if posted else "interviewer" if asks_once else "other"


def _furniture(text: str) -> str | None:
    if _HEADER.match(text) or _BARE.match(text) or _OLD.match(text):
        return "username line"
    if text.strip() and _FURNITURE.match(text):
        return "thread"
    if _BADGE.match(text):
        return "badge"
    return "edit" if _EDIT.match(text) else None


def _comment(lines: list[Line], author: str, *, title: bool) -> bool:
    """Give the comment's speech to its author (after the post's title: its first
    paragraph), from its first line and again after anything set apart inside it (a quote,
    an edit note); whether the comment asks."""
    speech = [ln for ln in lines if ln.kind is None]
    start = _text_from(speech, 0)
    if title:
        end = next((k for k in range(start, len(speech)) if not speech[k].text.strip()),
                   len(speech))
        for ln in speech[start:end]:
            ln.kind = "title"
        start = _text_from(speech, end)
    if start == len(speech):
        return False
    at = next(k for k, ln in enumerate(lines) if ln is speech[start])
    opens = True
    for ln in lines[at:]:
        if ln.kind is not None:
            opens = True
        elif ln.text.strip() and opens:
            ln.speaker, opens = author, False
    return any(asks(ln.text) for ln in speech[start:])


def _text_from(lines: list[Line], at: int) -> int:
    """The first line with text from `at` on (len(lines) if none)."""
    return next((k for k in range(at, len(lines)) if lines[k].text.strip()), len(lines))
