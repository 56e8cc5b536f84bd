"""Text copied out of a PDF: the furniture of its page breaks, between paragraphs.

A page number (`12`, `- 12 -`, `Page 3 of 10`) and a running header or footer (the same
short line beside two page numbers or more: `Testimony of Mr. Jang`) were read as words of
the answer, and the break cut a paragraph in two. They are left out (said once, with the
first line), and the halves of a paragraph are joined again when the first does not end a
sentence and the second starts in lower case. When the first does not end a sentence but the
second starts with a capital (a name, or a new paragraph?) they stay apart, and that is said.

A bare number is a page number only beside another page number one or two apart (`3` ...
`4`), and never right after a question or a label: `12` answering `How old were you?` (or
below `A:`) is the answer.

A browser's print header and footer and an archive's download stamp, which come at page
breaks too, are found by printmarks.py and left out here, the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice, pairwise, takewhile

from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import LABEL_START, Line, asks, ends_sentence
from qcode.ingest.lazyre import lazy
from qcode.ingest.printmarks import browser_print, download_stamps
from qcode.model import Notice

_PAGE = lazy(r"^\s*(?:page\s+(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*(\d{1,4})\s*"
             r"[-–—]|(\d{1,4})\s*(?:of|/)\s*\d{1,4}|(\d{1,4}))\s*$", re.I)
NEAR = 1  # lines with text either side of a page number where a running header may sit
MAX_HEADER = 12  # words


def drop_page_furniture(lines: list[Line]) -> tuple[list[Line], list[Notice]]:
    """The lines without page numbers and running headers, with the halves of a paragraph
    a page break cut joined; and what was done, said."""
    text = [i for i, ln in enumerate(lines) if ln.text.strip()]
    pages = _page_numbers(lines, text)
    titles = _numbered_titles(lines, text)
    numbered = {i for where in titles.values() if _paged(where) for i, _ in where} \
        | _titles_paged_of(lines, text)
    printed = browser_print(lines, text)
    stamped = download_stamps(lines, text, titles)
    if not pages and not numbered and not printed and not stamped:
        return lines, []
    headers = (_running_headers(lines, text, pages, titles) if pages else set()) | numbered
    said = f"{len(headers)} running header lines ('{' '.join(lines[min(headers)].text.split())}')" \
        if headers else ""
    said = f"{len(pages)} page numbers{' and ' + said if said else ''}" if pages else \
        f"{said}, with their page numbers,"
    notices = [Notice(lines[min([*pages, *headers])].number, (
        f"{said} are left out of the text (the first on this line)"))] if pages or headers else []
    if printed:
        notices.append(Notice(lines[min(printed)].number, (
            f"{len(printed)} lines of the browser's print header and footer (date, title, "
            f"address, page of pages: '{' '.join(lines[min(printed)].text.split())}') are "
            "left out of the text (the first on this line)")))
    if stamped:
        notices.append(Notice(lines[min(stamped)].number, (
            f"{len(stamped)} lines of an archive's download stamp and the page's running "
            f"header beside it ('{' '.join(lines[min(stamped)].text.split())}') are left out "
            "of the text (the first on this line)")))
    headers |= printed | stamped
    kept, split = _join_breaks(lines, set(pages) | headers)
    return kept, notices + [Notice(n, (
        "a paragraph may go on across this page break (its line before does not end a "
        "sentence) but the next line starts with a capital, so they are kept apart; if it is "
        "one paragraph, join the lines")) for n in split]


def _page_numbers(lines: list[Line], text: list[int]) -> list[int]:
    """Indexes of page-number lines: `Page 3`, `- 3 -`, `3 of 10`; a bare `3` beside another."""
    found: list[tuple[int, int, bool]] = []  # (index, number, bare)
    for k, i in enumerate(text):
        m = _PAGE.match(lines[i].text) if len(lines[i].text.strip()) < 40 else None
        said = lines[text[k - 1]].text.rstrip(" *_") if k > 0 else ""
        if m and not (m[4] and (asks(said) or said.endswith((":", "：")))):
            found.append((i, int(next(g for g in m.groups() if g)), bool(m[4])))
    pages = []
    for n, (i, number, bare) in enumerate(found):
        before = found[n - 1][1] if n > 0 else None
        after = found[n + 1][1] if n + 1 < len(found) else None
        if not bare or (before is not None and 0 < number - before <= 2) or \
                (after is not None and 0 < after - number <= 2):
            pages.append(i)
    return pages


def _running_headers(lines: list[Line], text: list[int], pages: list[int],
                     titles: dict[str, list[tuple[int, str]]]) -> set[int]:
    """Short lines, the same right beside two page numbers or more, or beside one and once
    more with a page number on its line (`24   Hidden Screens: Media...`, which is dropped
    too): titles (a capital, no sentence's end, two words or more), not a label and its words
    (`A: because of the`; a colon only in a title seen with its page number)."""
    at = {i: k for k, i in enumerate(text)}
    page_set = set(pages)
    near: dict[str, set[int]] = {}
    for page in pages:
        k = at[page]
        for i in text[max(0, k - NEAR):k + NEAR + 1]:
            s = " ".join(lines[i].text.split())
            if i not in page_set and 2 <= len(s.split()) <= MAX_HEADER and s[0].isupper() \
                    and not ends_sentence(s) and (":" not in s[:40] or s in titles):
                near.setdefault(s, set()).add(i)
    counts = Counter({s: len(where) + len(titles.get(s, ())) for s, where in near.items()})
    return {i for s, where in near.items() if counts[s] >= 2
            for i in [*where, *(n for n, _ in titles.get(s, ()))]}


def _numbered_titles(lines: list[Line], text: list[int]) -> dict[str, list[tuple[int, str]]]:
    """Lines that may be a running header with its page number on the same line, as PDF
    text often has it (`Voices from Ryanggang, 2018      17`, `18      Voices from
    Ryanggang, 2018`): title -> (line, number) of each (a capital, two to 12 words, no
    sentence's end, no label). Twice or more with numbers running as pages, a header."""
    found: dict[str, list[tuple[int, str]]] = {}
    for i in text:
        words = lines[i].text.split() if len(lines[i].text) < 300 else []
        if len(words) < 3:
            continue
        for number, title in ((words[-1], words[:-1]), (words[0], words[1:])):
            s = " ".join(title)
            if number.isdecimal() and len(number) <= 4 and _is_title(s):
                found.setdefault(s, []).append((i, number))
    return found


# `Voices from the Coal Road     Page 3 of 3`, `Page 3 of 3     Voices from...`: a title and
# its page of pages on one line, set apart by a wide space (or a tab)
_PAGE_OF_END = lazy(r"(?:\s{2,}|\t)page\s+(\d{1,4})\s*(?:of|/)\s*(\d{1,4})\s*$", re.I)
_PAGE_OF_START = lazy(r"^\s*page\s+(\d{1,4})\s*(?:of|/)\s*(\d{1,4})(?:\s{2,}|\t)",
                      re.I)


def _titles_paged_of(lines: list[Line], text: list[int]) -> set[int]:
    """Running headers or footers that carry `Page n of m` on their line, apart from the
    title by a wide space: furniture wherever they sit, even glued under a paragraph's last
    line with no blank line (the page ends there). One is enough: `of m` and the wide space
    are the page's, not a sentence's (`page 3 of the letter said` has neither)."""
    found = set()
    for i in text:
        line = lines[i].text.rstrip()
        if len(line) > 300:
            continue
        end, start = _PAGE_OF_END.search(line), _PAGE_OF_START.match(line)
        m = end or start
        title = (line[:end.start()] if end else line[start.end():] if start else "").strip()
        if m and int(m[1]) <= int(m[2]) and title and _is_title(title):
            found.add(i)
    return found


def _is_title(s: str) -> bool:
    """A running header's title: a capital, two to MAX_HEADER words, no sentence's end,
    no label."""
    return 2 <= len(s.split()) <= MAX_HEADER and s[0].isupper() and not ends_sentence(s) \
        and not LABEL_START.match(s)


def _paged(where: list[tuple[int, str]]) -> bool:
    """Whether a title's numbers run as pages do (each one to three more than the one
    before) with lines between (three or more), as `Year 2009` / `Year 2010` in a
    list do not."""
    return len(where) >= 2 and all(0 < int(b[1]) - int(a[1]) <= 3 and b[0] - a[0] >= 3
                                   for a, b in pairwise(where))


def _join_breaks(lines: list[Line], drop: set[int]) -> tuple[list[Line], list[int]]:
    """The lines kept; where a paragraph goes on in lower case after a break, the blank
    lines between its halves go too. Returns the lines and the breaks left unsure."""
    kept: list[Line] = []
    pending: list[Line] = []  # blank lines after a break, until the next text decides
    in_break = False
    unsure: list[int] = []
    for i, line in enumerate(lines):
        if i in drop:
            in_break = True
            continue
        if not line.text.strip():
            (pending if in_break else kept).append(line)
            continue
        if in_break:
            last = next((ln.text.strip() for ln in reversed(kept) if ln.text.strip()), "")
            goes_on = bool(last) and not ends_sentence(last) and last[-1:] not in ":;"
            if goes_on and line.text.lstrip()[:1].islower():
                while kept and not kept[-1].text.strip():
                    kept.pop()
                pending = []
            elif goes_on and line.text.lstrip()[:1].isupper():
                unsure.append(line.number)
            kept += pending
            pending, in_break = [], False
        kept.append(line)
    return kept + pending, unsure


# a footnote's marker glued to the word it annotates, as a PDF's superscript comes out in
# text (`the translation is ours.1`, `The bowibu2 men`), and a note under it (`2 The
# Ministry of...`) after a blank line or another note
MARKER = lazy(r"(?<![a-z])[a-z]{2,}[.,;:”’\")]?([1-9]\d?)(?=[\s.,;:)]|$)")
NOTE = lazy(r"^\s*([1-9]\d?)\s+[A-Z]")
_RULE = lazy(r"^\s*[_―—–-]{5,}\s*$")  # the rule over a page's footnotes
_SOUND_AT_END = lazy(r"(?:\[[^\[\]]{1,40}\]|\([^()]{1,40}\))$")  # `... flour. [laughs]`
# a box set apart from the text: `BOX 1. The 109 groups`, `Sidebar: ...`, indented under it
_BOX = lazy(r"^\s*(?:box|sidebar|fact ?box|panel)\s*\d{0,2}\s*[.:–—-]\s*\S", re.I)


def _without_sound(text: str) -> str:
    """The text without a closing `[laughs]` or `(laughs)` and the spaces before it. (The
    spaces are stripped, not matched: a space class before the bracket, searched from
    every space of a line of 40,000 spaces, took seconds.)"""
    m = _SOUND_AT_END.search(text, max(0, len(text) - 42))
    return text[:m.start()].rstrip() if m else text


def mark_apparatus(lines: list[Line]) -> None:
    """A PDF's footnotes, numbered as the text's glued markers are, and its boxes (a
    heading `BOX 1.` and the indented lines under it) are context, not the answer they
    sit in. A note right under the text, no blank line between (the page's last answer
    line, then `23 The drama...`), is one when its number was glued to a word on an
    earlier line and the line above ended its sentence (not a numbered item: `1 Never
    sell in the open.` / `2 Never...`, a list); it goes on only while it has not
    ended its own, never onto a labelled line (the next page's turn)."""
    walk = _Apparatus({m[1] for ln in lines for m in MARKER.finditer(ln.text)})
    for line in lines:
        walk.step(line)
    unglue_markers(lines, walk.noted)
    _under_headings(lines)


def unglue_markers(lines: list[Line], noted: set[str]) -> None:
    """Take a footnote's number off the word it was glued to (`the safety officer1 took` ->
    `officer`): glued, the word matched no rule. Only numbers whose note was found, so a
    model number or `COVID19` in a text without such notes stays."""
    for line in lines:
        if line.kind is None and noted:
            line.text = MARKER.sub(lambda m: m[0][:m.start(1) - m.start()]
                                    if m[1] in noted else m[0], line.text)


@dataclass
class _Apparatus:
    """The walk down a page's lines that mark_apparatus makes: whether a line is a note or
    a box depends on the lines before it (a note goes on until it ends, a box while its
    lines stay indented), so what those were is kept here from line to line."""

    markers: set[str]  # the numbers glued to a word anywhere in the text
    seen: set[str] = field(default_factory=set)  # the markers on the lines so far
    noted: set[str] = field(default_factory=set)  # the numbers of the notes found
    # the last line's kind: "" blank (or the rule over the notes), "note", "glued" (a note
    # right under the text), "box" or "text"
    previous: str = ""
    box_indent: int = 0
    last: str = ""  # the last line's text

    def step(self, line: Line) -> None:
        """Read one line: mark it a footnote or a box, or leave it text."""
        text = line.text
        if not text.strip() or _RULE.match(text):
            self.previous = ""
            return
        note = NOTE.match(text)
        ended = ends_sentence(_without_sound(self.last)) and not NOTE.match(self.last)  # a list
        glued = note is not None and self.previous == "text" and note[1] in self.seen and ended
        self.last = text.strip()
        self.seen |= {m[1] for m in MARKER.finditer(text)}
        if _LABELLED.match(text) and self.previous == "glued":
            self.previous = "text"  # the next page's turn
        if self._footnote(text, note, glued, ended):
            line.kind = line.kind or "footnote"
            if note:
                self.noted.add(note[1])
        elif self._box(text):
            line.kind = line.kind or "box"
        else:
            self.previous = "text"

    def _footnote(self, text: str, note: re.Match[str] | None, glued: bool,
                  ended: bool) -> bool:
        """Whether the line is a footnote: one opening (its number a glued marker's, after a
        blank or another note, or glued right under the text) or one going on (a glued note
        wrapping before it has ended, a note going on to the page number)."""
        if (note and note[1] in self.markers and self.previous in ("", "note")) or glued:
            self.previous = "glued" if glued else "note"
            return True
        if self.previous == "glued":
            return not note and not ended  # the note wraps onto this line
        return self.previous == "note" and not note and not _PAGE.match(text)

    def _box(self, text: str) -> bool:
        """Whether the line is a box's: its heading (`BOX 1.`), or a line indented under it."""
        indent = len(text) - len(text.lstrip())
        if _BOX.match(text):
            self.previous, self.box_indent = "box", indent
            return True
        return self.previous == "box" and indent >= self.box_indent


def _under_headings(lines: list[Line]) -> None:
    """A transcript's heading wrapped onto the lines under it (`Transcript 4. Woman, 20s,
    ...` / `Interviewed in Seoul, November 2021. No interpreter.`), up to a blank line and
    a labelled line after it, is the heading: the lines were read as the last answer's. Only
    a heading that describes (words after its number), at most MAX_UNDER lines."""
    for k, line in enumerate(lines):
        if not _DESCRIBED.match(line.text) or line_kind(line.text) != "interview heading":
            continue
        under = list(takewhile(lambda ln: ln.text.strip() != "", lines[k + 1:k + 2 + MAX_UNDER]))
        after = next((ln.text for ln in islice(lines, k + 1 + len(under), None)
                      if ln.text.strip()), "")
        if 0 < len(under) <= MAX_UNDER and _LABELLED.match(after) \
                and not any(_LABELLED.match(ln.text) for ln in under):
            for ln in under:
                ln.kind = ln.kind or line_kind(ln.text) or "interview heading"


MAX_UNDER = 3  # lines a heading wraps onto
_DESCRIBED = lazy(r"^\s*\w+\s+\d{1,4}[a-z]?\s*[:.,;–—-]\s*\S")  # `Transcript 4. Woman`
_LABELLED = lazy(r"^\s*[A-Z][\w.'’ -]{0,24}[:：]\s")  # `INT: Where...`, `Mr. Kim: ...`
