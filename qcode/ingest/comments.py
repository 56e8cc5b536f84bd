"""A Google Docs document downloaded as plain text: its reviewers' comments.

Google Docs writes each comment's place in the text as a letter in brackets glued to the
word it was made on (`in 2006[a],`, `at the market[b].`) and the comments themselves at the
end of the file, one a line, each after its letter (`[a]He said 2005 in the first
interview.`, `[b]Mina Seo: code as bribery`), the letters running `a`, `b`, `c`... (then
`aa`, `ab`...). The list was read as words of the last turn (a question rule read it; after
an answer, it would be coded), and a comment opening with its writer's name as a label.

Here such a list is context (`comment`), and the anchors of its letters are taken out of the
text (they are no words). Only a list that ends the file, opens with `[a]`, runs its letters
in order with none skipped, each glued to its comment (no space: not a list in an answer,
`[a] rice`), whose `[a]` anchor is glued to a word before it. A comment of several lines
goes on in the lines right under it; a paragraph after a blank line that opens with no
letter means the text goes on: no list.
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_ENTRY = lazy(r"^\s*\[([a-z]{1,2})\](?=\S)")
# a comment's anchor: glued to the word (or its punctuation) it was made on
_ANCHOR = r"(?<=[\w.,;:!?”\"’')])\[{}\]"
LETTERS = [*ascii_lowercase, *(a + b for a in ascii_lowercase for b in ascii_lowercase)]


def mark_comment_list(lines: list[Line]) -> None:
    """The comment list ending a Google Docs download becomes context and its anchors leave
    the text (see the module's docstring)."""
    start = next((k for k in range(len(lines) - 1, -1, -1)
                  if (m := _ENTRY.match(lines[k].text)) and m[1] == "a"), None)
    if start is None:
        return
    letters = _letters(lines[start:])
    if not letters:
        return
    anchors = re.compile("|".join(_ANCHOR.format(letter) for letter in letters))
    if not any(re.search(_ANCHOR.format("a"), line.text) for line in lines[:start]):
        return
    for line in lines[start:]:
        if line.text.strip():
            line.kind = "comment"
    for line in lines[:start]:
        if "[" in line.text:
            line.text = anchors.sub("", line.text)


def _letters(tail: list[Line]) -> list[str]:
    """The letters of the comments in the lines from `[a]` to the end, or none when they
    are no comment list: a letter skipped or out of order, or a paragraph with no letter."""
    letters: list[str] = []
    blank = False
    for line in tail:
        if not line.text.strip():
            blank = True
            continue
        m = _ENTRY.match(line.text)
        if m is None and blank:  # the text goes on after the list
            return []
        if m is not None:
            if len(letters) >= len(LETTERS) or m[1] != LETTERS[len(letters)]:
                return []
            letters.append(m[1])
        blank = False
    return letters
