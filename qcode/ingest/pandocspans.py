"""A Word file's tracked changes and comments as pandoc writes them (`--track-changes=all`).

Converted so, a translator's or editor's revisions stay in the Markdown as bracketed spans
with attributes: `[driver]{.deletion author="Translator" date="..."}`,
`[mechanic]{.insertion author=... date=...}`, a comment as `[the comment's
text]{.comment-start id="0" author=...}the words commented[]{.comment-end id="0"}`, and
`[]{.paragraph-insertion ...}` marks. Read as text, the deleted words (a name the translator
took out, a whole exchange) were coded as the answer, the comment was part of it and the
`{.deletion author=...}` attributes were words. So, as Word shows the accepted text and
as qcode reads a Word file's tracked changes (word.py): a deletion's words are never read,
an insertion's are the text, a comment's own text is never read (a Word comment lives in
another part of the file, never read either) while the words it comments stay, and every
mark's brackets and attributes go. A span may run over several lines (a whole deleted
paragraph); a line left empty by a deletion is dropped, so that the answer it was inside is
not cut in two.

Only a closing `]` followed at once by `{.deletion`, `{.insertion`, `{.comment-start`,
`{.comment-end` or `{.paragraph-...}` is such a span; brackets are paired in one pass over
the text (a stack), so the reading is linear however the marks nest or fail to close. A
bracket without such attributes (`[laughs]`, a link) is left as typed.
"""

from __future__ import annotations

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

# the attributes after a span's closing bracket: its class first, as pandoc writes them
_ATTRS = lazy(r"\{\.(?P<kind>deletion|insertion|comment-start|comment-end|"
              r"paragraph-(?:insertion|deletion))(?=[\s}])[^{}\n]{0,400}\}")
_BRACKETS = lazy(r"(?<!\\)[\[\]]")
_TIGHT = frozenset(" .,;:!?")
_DROP_TEXT = frozenset({"deletion", "comment-start", "paragraph-deletion"})


def has_tracked_spans(text: str) -> bool:
    return "]{." in text and _ATTRS.search(text) is not None


def read_tracked_spans(lines: list[Line]) -> list[Line]:
    """The lines with pandoc's change and comment spans read as the module docstring says:
    deleted and comment text out, inserted text kept, marks out; lines emptied dropped."""
    text = "\n".join(line.text for line in lines)
    cuts = _cuts(text)
    if not cuts:
        return lines
    pieces, at = [], 0
    for a, b in cuts:
        piece, ends = text[at:a], text.count("\n", a, b)
        if not ends and piece.endswith(" ") and text[b:b + 1] in _TIGHT:
            piece = piece[:-1]  # `a [big]{.deletion} house`, `too [...]{.deletion}.`
        pieces += [piece, "\n" * ends]  # a line's end is never cut
        at = b
    pieces.append(text[at:])
    kept = "".join(pieces)
    out = []
    for line, new in zip(lines, kept.split("\n"), strict=True):
        if new != line.text and not new.strip() and line.text.strip():
            continue  # all of it deleted, or a comment's: not read
        line.text = new
        out.append(line)
    return out

def _cuts(text: str) -> list[tuple[int, int]]:
    """The ranges of text to take out, in order: a mark's brackets and attributes, and the
    whole span of a deletion or a comment's own text."""
    stack: list[int] = []
    cuts: list[tuple[int, int]] = []
    for m in _BRACKETS.finditer(text):
        if m.group() == "[":
            stack.append(m.start())
            continue
        if not stack:
            continue
        start = stack.pop()
        attrs = _ATTRS.match(text, m.end())
        if attrs is None:
            continue
        if attrs["kind"] in _DROP_TEXT:
            cuts.append((start, attrs.end()))
        else:
            cuts += [(start, start + 1), (m.start(), attrs.end())]
    cuts.sort()
    merged: list[tuple[int, int]] = []
    for a, b in cuts:  # a mark inside a deleted span is cut with it
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
