"""A page in reStructuredText source (a Sphinx or Docutils site's `.rst`, copied as text):
its explicit markup blocks are the page's machinery, never anyone's words.

Read as text, the headings, field list, `.. note::` and pull quote were already context,
but a `.. [#]` footnote and a `.. |archive| replace:: ...` definition after the last
answer were read into that answer and coded, and a `[#]_` footnote reference was a word of
the answer it marks.

A text file is read as reStructuredText when it has two kinds of the marks only rST has (a
directive `.. name::`, a footnote or citation `.. [#]` / `.. [1]` / `.. [Ref2001]`, a
substitution definition `.. |name| ...`, a link target `.. _name:`, a `:Field: value`
line after a blank line, a footnote reference `[#]_`). Then an explicit markup block (a
line opening `.. ` with one of those after it, or a comment `.. text`), with the lines
indented under it, is context: kind `footnote` for a footnote or citation, `markup` for
the others (a directive, `.. note::`, is left to the steps that read notes and pull
quotes); inside lines, a
footnote reference `[#]_` / `[1]_` / `[#note]_` and a substitution reference `|name|`
defined on the page are blanked. A transcript with `..` trailing off a line, or one
`[1]` in an answer, is no rST page.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_FEATURES = (
    lazy(r"^[ \t]{0,8}\.\. [A-Za-z][\w-]{0,40}::", re.M),
    lazy(r"^\.\. \[(?:#[\w-]{0,40}|\*|\d{1,4}|[A-Za-z][\w.-]{0,40})\] ", re.M),
    lazy(r"^\.\. \|[^|\n]{1,60}\| ", re.M),
    lazy(r"^\.\. _[^:\n]{1,80}:", re.M),
    lazy(r"\n\n:[A-Za-z][\w -]{0,40}: \S"),
    lazy(r"\[(?:#[\w-]{0,40}|\*|\d{1,4})\]_"),
)
MIN_FEATURES = 2
_EXPLICIT = lazy(r"^(?P<indent>[ \t]{0,8})\.\.(?: (?P<what>[^\n]{0,300}))?$")
_FOOTNOTE = lazy(r"^\[(?:#[\w-]{0,40}|\*|\d{1,4}|[A-Za-z][\w.-]{0,40})\](?: |$)")
_SUBSTITUTION = lazy(r"^\|(?P<name>[^|\n]{1,60})\| ")
_DIRECTIVE = lazy(r"^[A-Za-z][\w-]{0,40}::")
_REFERENCE = lazy(r"[ \t]{0,1}\[(?:#[\w-]{0,40}|\*|\d{1,4})\]_")


def is_rst(text: str) -> bool:
    """Whether `text` is reStructuredText source (the module docstring)."""
    if ".. " not in text and "]_" not in text:
        return False
    return sum(p.search(text) is not None for p in _FEATURES) >= MIN_FEATURES


def read_rst(lines: list[Line]) -> None:
    """Mark and blank what the module docstring says, in place."""
    names: set[str] = set()
    i = 0
    while i < len(lines):
        m = _EXPLICIT.match(lines[i].text)
        if m is None:
            i += 1
            continue
        what = m["what"] or ""
        if _DIRECTIVE.match(what):  # read as earlier readers do (notes, pull quotes)
            i += 1
            continue
        sub = _SUBSTITUTION.match(what)
        if sub is not None:
            names.add(sub["name"])
        kind = "footnote" if _FOOTNOTE.match(what) else "markup"
        i = _block(lines, i, len(m["indent"].expandtabs(4)), kind)
    for line in lines:
        if line.kind is None and ("]_" in line.text or "|" in line.text):
            line.text = _inline(line.text, names).rstrip()


def _block(lines: list[Line], i: int, indent: int, kind: str) -> int:
    """The block opening at line i and the lines indented deeper under it (blank lines
    inside): context. Returns the index after it."""
    lines[i].kind = lines[i].kind or kind
    j = i + 1
    while j < len(lines):
        text = lines[j].text
        if text.strip():
            if len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip()) <= indent:
                break
            lines[j].kind = lines[j].kind or kind
        j += 1
    return j


def _inline(text: str, names: set[str]) -> str:
    """A line without footnote references and the page's substitution references."""
    if "]_" in text:
        text = _REFERENCE.sub(lambda m: " " * len(m.group(0)), text)
    for name in names:
        text = text.replace(f"|{name}|", " " * (len(name) + 2))
    return text
