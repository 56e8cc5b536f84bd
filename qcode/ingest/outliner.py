"""A page of an outliner (Logseq, and the apps that keep pages as Markdown bullets the same
way): every block is a `- ` bullet, nested by tabs or spaces, with `key:: value`
properties under the page or a block, TODO / DONE tasks, `((uuid))` block references and
the researcher's own sections.

Read as Markdown, the `- ` of every block and its nesting were words of the turns, a
block's `id::` property ran an answer into the next question, and a task, a block
reference and a `## Memo` section under the last answer were coded as the answer.

A Markdown file is read as an outline when three or more of its lines are bullets, at most
one non-blank line in five is neither a bullet, a property nor indented under a bullet,
and it has a nested bullet or a `key:: value` property. Then each bullet is a paragraph of
its own (its indent and `- ` moved into its offset), and context:

- a `key:: value` property line (kind `property`): the page's, a block's `id::`;
- a task block, `TODO` / `DOING` / `DONE` / `LATER` / `NOW` / `WAITING` / `CANCELED`
  (kind `task`), and a block holding a `((uuid))` reference (kind `block reference`);
- a block opening with a note-word label (`note:`, `memo:`, `NB:`...), kind `note`;
- a `## heading` block (kind `heading`); when it names the researcher's section (`Memo`,
  `Notes`, `Analysis`, `Reflections`, `Follow-up`...), every block nested under it, or
  after it up to the next heading no deeper, is context, kind `memo`.

A transcript with a few `- ` bullet lines amid its prose is no outline and reads as before.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_BULLET = lazy(r"^(?P<indent>[ \t]{0,40})[-*] (?P<body>[^\n]{0,100000})$")
_INDENTED = lazy(r"^[ \t]{1,40}\S")
_PROPERTY = lazy(r"^[ \t]{0,40}(?:- )?[A-Za-z][\w-]{0,40}::(?: |$)")
_TASK = lazy(r"^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED)(?: |$)")
_BLOCK_REF = lazy(r"\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)\)")
_HEADING = lazy(r"^#{1,6} ")
_NOTE = lazy(r"^(?:\*\*|__)?(?:notes?|memo|comments?|nb|n\.b\.|aside|obs|reminder)"
             r"(?:\*\*|__)?:", re.I)
_SECTIONS = lazy(r"^(?:memos?|notes?|field notes|analysis|reflections?|follow[- ]?ups?|"
                 r"to ?do|tasks|themes|codes|coding|observations?|comments?)\b", re.I)
MIN_BULLETS = 3


def is_outline(lines: list[Line]) -> bool:
    """Whether the Markdown lines are an outliner's page (the module docstring)."""
    bullets = loose = 0
    nested = False
    for ln in lines:
        if not ln.text.strip():
            continue
        m = _BULLET.match(ln.text)
        if m is not None:
            bullets += 1
            nested = nested or bool(m["indent"])
        elif _PROPERTY.match(ln.text):
            nested = True
        elif not _INDENTED.match(ln.text):
            loose += 1
    filled = sum(1 for ln in lines if ln.text.strip())
    return bullets >= MIN_BULLETS and nested and loose * 5 <= filled


def _depth(indent: str) -> int:
    return indent.count("\t") + indent.count(" ") // 2


def read_outline(lines: list[Line]) -> list[Line]:
    """The page's blocks as paragraphs, its furniture context (the module docstring)."""
    out: list[Line] = []
    memo: int | None = None  # the depth of a researcher's section heading being read
    depth = 0
    for ln in lines:
        m = _BULLET.match(ln.text)
        if m is not None:
            depth = _depth(m["indent"])
            if memo is not None and depth <= memo and not _HEADING.match(m["body"]):
                memo = None
            out.append(Line(ln.number, ln.offset, ""))  # a block: a paragraph
            ln.offset, ln.text = ln.offset + m.start("body"), m["body"].rstrip()
        elif ln.text.strip():
            lead = len(ln.text) - len(ln.text.lstrip())
            ln.offset, ln.text = ln.offset + lead, ln.text.strip()
        out.append(ln)
        if _PROPERTY.match(ln.text):
            ln.kind = "property"
            continue
        if m is None:
            if memo is not None and ln.text:
                ln.kind = "memo"
            continue
        memo = _block(ln, depth, memo)
    return out


def _block(ln: Line, depth: int, memo: int | None) -> int | None:
    """A block's kind; returns the depth of the researcher's section read from here."""
    heading = _HEADING.match(ln.text)
    if heading is not None:
        ln.offset += heading.end()
        ln.text = ln.text[heading.end():].strip()
        ln.kind = "heading"
        return depth if _SECTIONS.match(ln.text) else None
    if memo is not None:
        ln.kind = "memo"
    elif _TASK.match(ln.text):
        ln.kind = "task"
    elif "((" in ln.text and _BLOCK_REF.search(ln.text):
        ln.kind = "block reference"
    elif _NOTE.match(ln.text):
        ln.kind = "note"
    return memo
