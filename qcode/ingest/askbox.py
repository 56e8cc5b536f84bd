"""An ask blog (Tumblr's asks, and the themes and sites that copied them) pasted from the
browser: each post heads a reader's question with `Name asked:` (`Anonymous asked:`),
the blog's owner answers under it, and tag lines (`#ask #anon #home`), a `Posted 2 years
ago with 214 notes` line and perhaps a reblog (`other-blog reblogged this from owner and
added:` above a stranger's comment) follow.

Read as text, `Name asked:` was no label: the first ask was an introduction, the last
after the interview, a reblogger's comment was read as the owner's answer with the next
question, the tags were coded, and the askers were one `Interviewer`. Here, when at least
two lines head asks: each asker asks in their own name (every `Anonymous` one speaker: a
reader cannot tell them apart), the question being the lines under the head up to a blank
line (or the text after `asked:` on the head's line); the owner answers from the next
paragraph to the post's tags, notes line, reblog or next ask. The owner is named as the
page names it: its title line (a blog's name alone on the first line), else the blog the
reblogs are `from`, else `Respondent`. Head lines, tags, notes lines, reblog lines with the
comment under them, and the page's header above the first ask are context. A file with one
`Name asked:` line, or without two posts' tag or notes lines, is left as it is: a memoir's
`Mother asked:` twice is no ask blog.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcode.ingest.layout import Line

if TYPE_CHECKING:
    from qcode.ingest.turns import Roles
    from qcode.model import Notice

_NAME = r"(?P<name>Anonymous|Anonym|Anonyme|Anónimo|Anonimo|[\w][\w-]{0,31})"
_HEAD = re.compile(rf"^\s{{0,4}}{_NAME}\s{{1,4}}(?:asked|fragte|a demandé|preguntó|ha chiesto|"
                   r"perguntou)\s?:(?:\s{1,4}(?P<rest>\S.*))?$")
_TAGS = re.compile(r"^\s{0,4}#[^\s#][^#\n]{0,100}(?:#[^\s#][^#\n]{0,100}){0,40}$")
_NOTES = re.compile(r"^\s{0,4}(?:posted\b.{0,80}?\bwith\s+)?[\d.,]{1,12}k?\s+notes?\s*$", re.I)
_REBLOG = re.compile(r"^\s{0,4}[\w-]{1,32}\s+reblogged this from\s+(?P<src>[\w-]{1,32})"
                     r"(?:\s+and added)?\s?:?\s*$", re.I)
_BLOG_NAME = re.compile(r"^\s{0,4}(?P<name>[a-z0-9][a-z0-9-]{2,31})\s*$")
MIN_ASKS = 2
ANONYMOUS = {"anonymous", "anonym", "anonyme", "anónimo", "anonimo"}


def read_asks(lines: list[Line], roles: Roles) -> list[Notice]:
    """Read an ask blog's page (the module docstring); any other file is left as it is."""
    heads = [i for i, ln in enumerate(lines) if ln.kind is None and _HEAD.match(ln.text)]
    furniture = [_furniture(ln.text) for ln in lines if "#" in ln.text or "note" in ln.text]
    if len(heads) < MIN_ASKS or furniture.count("notes") + furniture.count("tags") < MIN_ASKS:
        return []  # `Mother asked:` twice in a memoir: no blog's posts around it
    owner = _owner(lines)
    for ln in lines[:heads[0]]:
        ln.kind = ln.kind or "blog header"
    ends = [*heads[1:], len(lines)]
    for head, end in zip(heads, ends, strict=True):
        asker = _post(lines, head, end, owner)
        roles.assign(asker, "interviewer")
    roles.assign(owner, "respondent")
    return []


def _owner(lines: list[Line]) -> str:
    """The blog's name: its title line, else the blog reblogs are from."""
    first = next((ln.text for ln in lines if ln.text.strip()), "")
    m = _BLOG_NAME.match(first)
    if m is not None:
        return m["name"]
    src = next((r["src"] for ln in lines if (r := _REBLOG.match(ln.text))), None)
    return src or "Respondent"


def _post(lines: list[Line], head: int, end: int, owner: str) -> str:
    """One ask, from its head line to the next: the question the asker's, the answer the
    owner's, the post's furniture context. Returns the asker's name."""
    m = _HEAD.match(lines[head].text)
    assert m is not None
    asker = "Anonymous" if m["name"].lower() in ANONYMOUS else m["name"]
    line = lines[head]
    if m["rest"]:  # `Anonymous asked: why did you leave?` on one line
        line.offset, line.text, line.speaker = line.offset + m.start("rest"), m["rest"], asker
        i = head + 1
    else:
        line.kind = "ask line"
        i = next((k for k in range(head + 1, end) if lines[k].text.strip()), end)
        if i < end:
            lines[i].speaker = asker
    while i < end and lines[i].text.strip():  # the question, to a blank line
        i += 1
    answered = over = False
    previous: str | None = None
    for ln in lines[i:end]:
        if not ln.text.strip() or ln.kind is not None:
            continue
        kind = _furniture(ln.text)
        if kind or over:  # the post's tags, notes, reblogs and what comes after them
            after = "reblog" if previous == "reblog" else "post"  # a reblogger's comment
            ln.kind, over = kind or after, True
        elif not answered:
            ln.speaker, answered = owner, True
        previous = ln.kind
    return asker


def _furniture(text: str) -> str | None:
    if _TAGS.match(text):
        return "tags"
    if _NOTES.match(text):
        return "notes"
    return "reblog" if _REBLOG.match(text) else None

