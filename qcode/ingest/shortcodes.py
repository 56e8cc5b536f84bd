"""A static site's (Hugo's) shortcodes in a page's Markdown source: `{{< name args >}}`,
`{{% name args %}}`, closing `{{< /name >}}`, self-closing `{{< name />}}`.

A page that interviews sets each question in a shortcode of its theme (`{{< q >}}How did
you start?{{< /q >}}`), figures, asides, notes and embeds in others. Read as text, the
tags were words and the questions no questions: the page was refused, or its asides read
into the answer before them. Here every tag is blanked (spaces of its length, so offsets
stay the file's) and its inner text kept, and what the tag says is used:

- the text inside a question shortcode (`q`, `question`, `ask`, `interviewer`) is the
  interviewer's: its first line takes the speaker `Interviewer` (a label of that role, as
  a `Q:` would), a later paragraph inside it goes on the same turn; the answers are the
  unlabelled paragraphs after it (turns.py reads `Q:` labels with plain answers so);
- the text inside a box (`aside`, `note`, `notice`, `alert`, `callout`, `admonition`,
  `sidebar`, `details`, `tip`, `warning`...) or a pull quote (`quote`, `pullquote`,
  `blockquote`, `epigraph`) is context, the box's `title` shown on its opening line;
- a `figure`'s `caption` (or the text inside a paired figure) is a caption (context);
- embeds and links (`youtube`, `share`, `ref`...) leave nothing: their arguments are no
  words of anyone's.

Only whole tags in Hugo's syntax, on one line, are read (Hugo's own `{{</* */>}}` escape is
left as typed); an unknown paired shortcode keeps its inner text as it is read without
tags. Whether the page is read as questions and answers is then the reading's usual
business: a question shortcode used once, and nothing else labelled, makes one question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

INTERVIEWER = "Interviewer"
QUESTION = frozenset({"q", "question", "ask", "interviewer"})
BOXES = frozenset({"aside", "note", "notice", "alert", "callout", "admonition", "box",
                   "sidebar", "details", "expand", "collapse", "tip", "hint", "info", "warning",
                   "caution", "important", "glossary", "definition", "footnote", "sidenote",
                   "marginnote"})
QUOTES = frozenset({"quote", "pullquote", "pull-quote", "blockquote", "epigraph"})
FIGURES = frozenset({"figure", "fig", "img", "image", "gallery"})
# `{{< name args >}}` / `{{% /name %}}` / `{{< name />}}`: delimiters must match
_TAG = lazy(r"\{\{(?:(?P<angle><)|%)\s*(?P<close>/)?\s*(?P<name>[A-Za-z][\w.-]*)"
            r"(?P<args>(?:[^{}\"\n]|\"(?:[^\"\\\n]|\\.)*\"|\}(?!\}))*?)\s*(?P<self>/)?"
            r"\s*(?(angle)>|%)\}\}")
_ARG = lazy(r"\b(?P<key>[\w-]+)\s*=\s*(?:\"(?P<q>(?:[^\"\\]|\\.)*)\"|`(?P<b>[^`]*)`)")


@dataclass
class _Open:
    """A paired shortcode open at this point of the page."""

    name: str
    first: bool = True  # no paragraph of its text seen yet (a question's label goes there)
    blank: bool = False  # a blank line since its last text


def has_shortcodes(text: str) -> bool:
    return ("{{<" in text or "{{%" in text) and _TAG.search(text) is not None


def read_shortcodes(lines: list[Line]) -> dict[str, tuple[str, str]]:
    """Blank the tags of `lines` and mark what they wrap (the module docstring). Returns
    the speaker key (label -> (role, name)) for the question label, when one is given."""
    closed = {m["name"].lower() for ln in lines for m in _TAG.finditer(ln.text) if m["close"]}
    stack: list[_Open] = []
    asked = False
    for line in lines:
        region = _tags(line, closed, stack) if "{{" in line.text else _inner(stack)
        if not line.text.strip() or line.kind:
            if not line.text.strip() and (now := _inner(stack)) is not None:
                now.blank = True
            continue
        if region is None:
            continue
        family = _family(region.name)
        if family == "question":
            if region.first or region.blank:
                line.speaker, line.carries_on, asked = INTERVIEWER, not region.first, True
        else:
            line.kind = family
        region.first = region.blank = False
    return {INTERVIEWER: ("interviewer", "")} if asked else {}


def _inner(stack: list[_Open]) -> _Open | None:
    """The innermost open shortcode that says what its text is."""
    return next((o for o in reversed(stack) if _family(o.name)), None)


def _family(name: str) -> str | None:
    low = name.lower()
    if low in QUESTION:
        return "question"
    if low in BOXES:
        return "box"
    if low in QUOTES:
        return "pull quote"
    if low in FIGURES:
        return "caption"
    return None


def _tags(line: Line, closed: set[str], stack: list[_Open]) -> _Open | None:
    """Blank the tags on `line`, opening and closing the paired ones on `stack`. Returns
    the shortcode its text is inside (at its first words). A line of tags only, one of which
    shows words (a figure's caption, a box's title), becomes those words, as context."""
    text = line.text
    region: _Open | None = None
    shown: tuple[int, str, str] | None = None  # offset, words, family
    out, at = [], 0
    for m in _TAG.finditer(text):
        out.append(text[at:m.start()])
        region = _region_at(out[-1], region, stack)
        out.append(" " * (m.end() - m.start()))
        at = m.end()
        name = m["name"].lower()
        if m["close"]:
            _close(stack, name)
            continue
        shown = shown or _shown(m, _family(name))
        if name in closed and not m["self"]:
            stack.append(_Open(name))
    out.append(text[at:])
    region = _region_at(out[-1], region, stack)
    rest = "".join(out)
    if rest.strip() or shown is None:
        line.text = rest
        return region if region is not None and region.name else None
    line.offset, line.text, line.kind = line.offset + shown[0], shown[1], shown[2]
    return None


def _region_at(words: str, region: _Open | None, stack: list[_Open]) -> _Open | None:
    """The shortcode a line's text is inside is the one open at its first words (text
    between tags or after the last): once found, later tags on the line do not change it."""
    if words.strip() and region is None:
        return _inner(stack) or _Open("")
    return region


def _close(stack: list[_Open], name: str) -> None:
    """A closing tag ends the innermost shortcode of its name, and any left open inside it
    (never closed); a closing tag with none open is only blanked."""
    k = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].name == name), None)
    if k is not None:
        del stack[k:]


def _shown(tag: re.Match[str], family: str | None) -> tuple[int, str, str] | None:
    """The words an opening tag of a known family shows (offset, words, family), if any."""
    words = _words(tag, family)
    return None if words is None or family is None else (*words, family)


def _words(tag: re.Match[str], family: str | None) -> tuple[int, str] | None:
    """The words a tag shows, with their offset in the line: a figure's caption (else its
    title or alt text), a box's or a quote's title (a `details` box's summary)."""
    keys = {"caption": 0, "title": 1, "alt": 2} if family == "caption" else \
        {"title": 0, "summary": 1} if family in ("box", "pull quote") else {}
    best: tuple[int, int, str] | None = None
    for m in _ARG.finditer(tag["args"]):
        rank = keys.get(m["key"].lower())
        group = "q" if m["q"] is not None else "b"
        value = m[group]
        if rank is not None and value.strip() and (best is None or rank < best[0]):
            best = (rank, tag.start("args") + m.start(group), value)
    return None if best is None else (best[1], best[2])
