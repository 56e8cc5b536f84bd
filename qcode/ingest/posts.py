"""Inside a pasted forum thread (thread.py): what of a post is not its author's speech.

A board (phpBB and its likes) frames the posts with its page: the site's name, the
navigation (`Board index ‹ Defectors & Refugees ‹ Ask Me Anything`), the thread's title,
buttons (`Post Reply   Search this topic…   8 posts • Page 1 of 1`, `Top`, `Quote`, `Reply
with quote`), the author's profile (`Posts: 12`, `Joined: ...`) and a footer (`Display
posts from previous: ...`, `Who is online`). Everything above the first post is the page's
head, and when every post ends with its `Top` button, everything after the last one is the
page's foot. A reply that quotes (`seoulbound wrote: ↑Sat Feb 09, 2019 10:20 am`) repeats
the question above its answer: the lines under that header that repeat an earlier post are
the quote, context (when the quoted post is not on the page, its first line is taken, with
a notice). A signature is set off by a rule (`__________________`, `-- `), or is the same
last line under two or more of one author's posts: it is context, not testimony.
"""

from __future__ import annotations

import re
from collections import Counter

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

Span = tuple[int, int]  # a post's lines, header excluded: [start, end)

_BUTTON = lazy(
    r"^(?:top|quote:?|reply with quote|multi-?quote|post reply|new topic|quick reply|"
    r"print view|go|report(?: this post)?|search this topic(?:…|\.{3})?|"
    r"\d+ posts?(?:\s*[•·|]\s*page \d+ of \d+)?|page \d+ of \d+|(?:posts|joined|location|"
    r"reputation)\s*:.*)$", re.I)
_FOOT = lazy(r"^\s*(?:re:\s|display posts from previous|sort by|who is online|"
             r"users browsing this forum|jump to|return to|powered by|all times are|board index|"
             r"forum index)\b.*$", re.I)
_CRUMBS = lazy(r"^[^‹›]+(?:\s[‹›]\s[^‹›]+)+$")  # `Board index ‹ Forum ‹ Topic`
_PAGE = lazy(r"\bpage (\d+) of \d+\b", re.I)
_WROTE = lazy(r"^\s*(?P<name>\S.{0,39}?)\s+wrote:\s*(?P<at>↑.*)?$", re.I)
_RULE = lazy(r"^\s*(?:_{4,}|--)\s*$")
_WORD = lazy(r"[^\W_]+")


def board_frame(lines: list[Line], spans: list[Span], authors: list[str]) -> list[Notice]:
    """Mark a board's page around its posts (the module docstring), and an author's name
    alone on its line (the profile beside the post); a notice when the page is not the
    thread's first (its first post may not be the one who opened the thread)."""
    names = {a.casefold() for a in authors}
    for ln in lines:
        if ln.kind is None and (_is_frame(ln.text) or ln.text.strip().casefold() in names):
            ln.kind = "forum"
    _frame(lines[:max(spans[0][0] - 1, 0)])
    tops = [[k for k in range(*s) if lines[k].text.strip().lower() == "top"] for s in spans]
    if all(tops):
        _frame(lines[tops[-1][-1] + 1:])
    return _later_page(lines[:spans[0][0]])


def _frame(lines: list[Line]) -> None:
    """The page's head or foot: every line of text in it is the board's."""
    for ln in lines:
        if ln.kind is None and ln.text.strip():
            ln.kind = "forum"


def _later_page(head: list[Line]) -> list[Notice]:
    later = next((ln for ln in head if (m := _PAGE.search(ln.text)) and int(m[1]) > 1), None)
    if later is None:
        return []
    return [Notice(later.number, "a later page of a forum thread: its first post is read as "
                   "the thread's opening post (the respondent's); check who opened the thread")]


def _is_frame(text: str) -> bool:
    """A line of the board's buttons (all its pieces), footer or navigation."""
    pieces = [p for p in re.split(r"\s{2,}|\t", text.strip()) if p]
    return bool(pieces) and (all(_BUTTON.match(p) for p in pieces) or bool(_FOOT.match(text))
                             or bool(_CRUMBS.match(text.strip())))


def mark_quotes(lines: list[Line], spans: list[Span], authors: list[str]) -> list[Notice]:
    """Mark each quote header and the quoted lines under it (the module docstring)."""
    seen: set[str] = set()
    last: dict[str, str] = {}  # author -> the words of their latest post
    known = {a.casefold() for a in authors}
    notices: list[Notice] = []
    for (start, end), author in zip(spans, authors, strict=True):
        for k in range(start, end):
            m = _WROTE.match(lines[k].text) if lines[k].kind is None else None
            if m and (m["at"] or m["name"].strip().casefold() in known):
                lines[k].kind = "quote"
                if not _quoted(lines[k + 1:end], seen, last.get(m["name"].strip(), "")):
                    notices.append(Notice(lines[k].number, "a quote of a post not on this "
                                          "page: its first line is taken as the quote"))
        said = [_norm(ln.text) for ln in lines[start:end] if ln.kind is None]
        seen.update(said)
        last[author] = " ".join(said)
    return notices


def _quoted(lines: list[Line], seen: set[str], latest: str) -> bool:
    """Mark the lines that repeat an earlier post; if none does, the first line of text.
    Whether the quote was found on the page."""
    found = False
    for ln in lines:
        if not ln.text.strip() or ln.kind is not None:
            continue
        words = _norm(ln.text)
        if not words or not (words in seen or words in latest):
            break
        ln.kind, found = "quote", True
    if not found:
        first = next((ln for ln in lines if ln.kind is None and ln.text.strip()), None)
        if first is not None:
            first.kind = "quote"
    return found


def mark_signatures(lines: list[Line], spans: list[Span], authors: list[str]) -> None:
    """Mark each post's signature: after a rule, or its last line when it ends two or more
    of its author's posts (and the post says something else too)."""
    ends: list[Line | None] = []
    for start, end in spans:
        rule = next((k for k in range(start, end) if _RULE.match(lines[k].text)), None)
        if rule is not None:
            for ln in lines[rule:end]:
                ln.kind = ln.kind or ("signature" if ln.text.strip() else None)
        said = [ln for ln in lines[start:end] if ln.kind is None and ln.text.strip()]
        ends.append(said[-1] if len(said) > 1 else None)
    repeated = Counter((a, _norm(e.text)) for a, e in zip(authors, ends, strict=True) if e)
    for author, end_line in zip(authors, ends, strict=True):
        if end_line is not None and repeated[author, _norm(end_line.text)] > 1:
            end_line.kind = "signature"


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
