"""A researcher's coded transcript: the coders' margin codes and memos typed into the text.

Before a qualitative package is bought, or when a team codes in a word processor, the coder
types each code in brackets at the start of the segment it applies to (`R09:  [CODE:
bribery] [CODE: travel] Everyone. The train...`, `[THEME: trust > family] We never...`)
and writes memos on lines of their own in double braces (`{{HK memo: "put something in it"
- folded money...}}`). Read as they stand, every answer opens with a theme name, coded and
quoted as the respondent's words, and each memo is a paragraph of the answer above it.

The rule: a line whose text (after its label, if any) opens with one or more bracketed
markers naming a code (`CODE`, `CODES`, `THEME`, `NODE`, `TAG`, `CATEGORY`, then `:` and a
name, perhaps `>` subcodes) loses them, when the file has at least two such lines (coders
code many segments; one bracketed `[Code: 7]` in an answer is left as typed). A marker
inside a sentence is left as typed. A line opening `{{`, a name or initials at most, a memo
word (`memo`, `note`, `comment`, `query`) and a colon, and closing `}}` within six lines,
is context (`memo`) wherever it stands; double braces holding anything else (a template's
`{{name}}`) are left alone.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy
from qcode.model import Notice

MAX_MEMO_LINES = 6
_MARKER = (r"\[\s{0,3}(?:codes?|themes?|nodes?|tags?|category|categories)\s{0,3}[:：]"
           r"[^\[\]\n]{1,120}\]")
# markers opening a line's text, and the spaces after them (at most eight in a row)
_OPENING = lazy(rf"^\s{{0,40}}(?:{_MARKER}\s{{0,8}}){{1,8}}", re.I)
# a memo's opening: `{{HK memo:`, `{{memo:`, `{{Note - DS:`-like forms are not read
_MEMO = lazy(r"^\s{0,40}\{\{\s{0,3}(?:[\w.'’-]{1,30}\s{1,3}){0,3}?"
             r"(?:memo|note|comment|query|analytic\s{1,3}memo)\s{0,3}[:：]", re.I)
_CLOSES = lazy(r"\}\}\s{0,40}$")


def strip_margin_codes(lines: list[Line]) -> list[Notice]:
    """Mark the coders' memo lines as context and take the code markers off the lines they
    open (the module docstring), in place; a file with fewer than two markers is left as it
    is. A notice says so: a researcher's own codes vanishing from the text without a word
    looked lost."""
    _mark_memos(lines)
    opened = [(line, m) for line in lines if line.kind is None
              and "[" in line.text and (m := _OPENING.match(line.text))]
    if len(opened) < 2:
        return []
    notice = Notice(opened[0][0].number, (
        f"{len(opened)} lines open with a coder's margin codes (`[CODE: ...]`, `[THEME: ...]`; "
        "the first on this line): taken off the text, so that they are not read as the "
        "speaker's words (qcode codes with its codebook, not with them); memo lines "
        "(`{{... memo: ...}}`) are context; if the brackets are the speaker's own words, "
        "write them without the code word"))
    for line, m in opened:
        if line.text[m.end():].strip():  # a marker alone on its line stays: nothing follows
            line.offset += m.end()
            line.text = line.text[m.end():]
        else:
            line.kind = "code"
    return [notice]


def _mark_memos(lines: list[Line]) -> None:
    """Each line of a `{{... memo: ...}}` memo becomes context of kind `memo`."""
    i = 0
    while i < len(lines):
        if "{{" not in lines[i].text or not _MEMO.match(lines[i].text):
            i += 1
            continue
        end = next((j for j in range(i, min(i + MAX_MEMO_LINES, len(lines)))
                    if _CLOSES.search(lines[j].text)), None)
        if end is None:
            i += 1
            continue
        for line in lines[i:end + 1]:
            line.kind = "memo"
        i = end + 1
