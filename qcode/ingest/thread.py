"""A forum thread pasted from the browser: an "ask me anything" post and its comments.

A Reddit-style thread heads each comment with its author's line (`u/grumpy_otter_ · 7 yr.
ago`, `u/crossed_the_tumen OP · 7 yr. ago`) and puts vote and button lines between
(`2.3k Reply Share`, `Sort by: best`, `Continue this thread →`). Read as text, those lines
were coded at the start of every answer, other readers' comments were coded as the
interviewee's, the post itself was an introduction and every asker one `Interviewer`. So,
when at least three lines head comments and the thread names its poster (`OP`, or `Posted by
u/...`): each header line is context and the comment under it its author's turn; the poster
is the respondent, her post (the paragraphs after its title) her speech; another author
whose comments ask is an interviewer of their own, one who only comments is context; edit
notes (`EDIT:`), vote and button lines (a number alone on its line is a vote count: an
answer of one number is lost to context rather than votes coded) are context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line, asks

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles

_AGO = r"\d{1,3}\s*(?:yr|year|mo|month|wk|week|day|d|hr|hour|h|min|minute|m)s?\.?\s+ago"
_HEADER = re.compile(rf"^\s*(posted by\s+)?u/([\w-]{{2,30}})(\s+OP)?(?:\s*[·•|]\s*{_AGO})?\s*$",
                     re.I)
_FURNITURE = re.compile(
    rf"^\s*(?:{_AGO}|[\d.,]+[km]?|sort by\s*:.*|(?:continue this thread|load more comments|"
    r"view more (?:replies|comments)|more replies)\W*|(?:[\d.,]+[km]?\s+)?(?:(?:reply|share|"
    r"award|report|save|comments?|points?|votes?)\s*)+)$", re.I)
_EDIT = re.compile(r"^\s*(?:edit|update)\s*\d{0,2}\s*[:：]", re.I)
MIN_COMMENTS = 3


def read_thread(lines: list[Line], roles: Roles) -> None:
    """Read a pasted comment thread (the module docstring); any other file is left as it is."""
    heads = [(i, m) for i, ln in enumerate(lines) if (m := _HEADER.match(ln.text))]
    poster = _poster(heads)
    if len(heads) < MIN_COMMENTS or poster is None:
        return
    for line in lines:
        line.kind = _furniture(line.text) or line.kind
    for author, asks_once in _comments(lines, heads).items():
        roles.assign(author, _role(author == poster, asks_once))


def _poster(heads: list[tuple[int, re.Match[str]]]) -> str | None:
    """Whom the thread names its poster: `Posted by u/...` or `u/... OP`."""
    return next((m[2] for _, m in heads if m[1] or m[3]), None)


def _comments(lines: list[Line], heads: list[tuple[int, re.Match[str]]]) -> dict[str, bool]:
    """Each comment given to its author; author -> whether a comment of theirs asks."""
    asked: dict[str, bool] = {}
    for n, (i, m) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        asked[m[2]] = _comment(lines[i + 1:end], m[2], title=bool(m[1])) or asked.get(m[2], False)
    return asked


def _role(posted: bool, asks_once: bool) -> str:
    """The poster answers; another author who asks interviews, one who only comments not."""
    return "respondent" if posted else "interviewer" if asks_once else "other"


def _furniture(text: str) -> str | None:
    if _HEADER.match(text):
        return "username line"
    if text.strip() and _FURNITURE.match(text):
        return "thread"
    return "edit" if _EDIT.match(text) else None


def _comment(lines: list[Line], author: str, *, title: bool) -> bool:
    """Give the comment's first line of speech to its author (after the post's title: its
    first paragraph); whether the comment asks."""
    speech = [ln for ln in lines if ln.kind is None]
    start = _text_from(speech, 0)
    if title:
        end = next((k for k in range(start, len(speech)) if not speech[k].text.strip()),
                   len(speech))
        for ln in speech[start:end]:
            ln.kind = "title"
        start = _text_from(speech, end)
    if start < len(speech):
        speech[start].speaker = author
    return any(asks(ln.text) for ln in speech[start:])


def _text_from(lines: list[Line], at: int) -> int:
    """The first line with text from `at` on (len(lines) if none)."""
    return next((k for k in range(at, len(lines)) if lines[k].text.strip()), len(lines))
