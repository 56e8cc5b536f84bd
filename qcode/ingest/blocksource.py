"""A web page's source from WordPress's block editor (its "Code editor", copied as text):
each block between `<!-- wp:name {...} -->` and `<!-- /wp:name -->`, its HTML inside.

Read as text, the tags were words: `<p><strong>Dahye: Where...</strong></p>` opens with
no label, so no turn started at any label, the whole interview was one respondent's turn
with the markup, the image caption, the pull quote and the donation footer coded in it.
A file is read as block source when MIN_COMMENTS lines or more are block comments; a
transcript that quotes one `<!-- wp:paragraph -->` is not. Then:

- the block comments are blank lines (each block is a paragraph);
- inside lines, HTML tags are blanked with spaces (offsets stay the file's), so
  `<p><strong>Dahye:` reads `Dahye:`, a label as any;
- a heading block is a heading; an image's, a gallery's, a video's or an embed's
  caption is a caption; a pull quote is a pull quote; a button, a separator, a spacer,
  a list of posts or social links is no words of anyone (the kinds below);
- a paragraph after the page's last separator, with no label, set small or in italics
  (`has-small-font-size`, `<em>` round it all), is the page's footer (a donation
  appeal, a credit): context.

Entities (`&nbsp;`) were already made characters (decode.py). Linear: one pass over the
lines, tags found by linear.strip_tags' scan.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line

MIN_COMMENTS = 4
_COMMENT = re.compile(r"^[ \t]{0,40}<!--[ \t]{1,4}(/?)wp:([a-z][a-z0-9/-]{0,60})"
                      r"(?:[ \t][^\n]{0,2000})?-->[ \t]{0,40}$")
_ANY_COMMENT = re.compile(r"^[ \t]{0,40}<!--[ \t]{1,4}/?wp:[a-z]", re.M)
# the block names whose lines are context, and the kind each is
_KINDS = {"heading": "heading", "image": "caption", "gallery": "caption", "video": "caption",
          "audio": "caption", "embed": "caption", "file": "caption", "cover": "caption",
          "pullquote": "pull quote", "button": "link", "buttons": "link",
          "latest-posts": "related", "social-links": "related", "navigation": "related",
          "post-navigation-link": "related", "separator": "", "spacer": "", "more": "",
          "nextpage": ""}
_TAG = re.compile(r"<[^<>\n]{1,2000}>")
_SMALL = re.compile(r"^<p\b[^<>\n]{0,500}(?:has-small-font-size|has-tiny-font-size)")
_ALL_EM = re.compile(r"^<p\b[^<>\n]{0,500}>[ \t]{0,8}<(?:em|i)>.{0,20000}</(?:em|i)>"
                     r"[ \t]{0,8}</p>[ \t]{0,8}$")
_LABEL = re.compile(r"^\W{0,3}[A-Z][\w.'’ -]{0,40}:\s")


def is_block_source(text: str) -> bool:
    """Whether `text` is block-editor source (the module docstring)."""
    if "wp:" not in text:
        return False
    return sum(1 for _, _ in zip(range(MIN_COMMENTS), _ANY_COMMENT.finditer(text),
                                 strict=False)) >= MIN_COMMENTS


def read_block_source(lines: list[Line]) -> None:
    """Blank and mark what the module docstring says, in place."""
    stack: list[str] = []  # the blocks open, innermost last
    separated = False  # a separator came before: a small or italic paragraph is the footer
    for line in lines:
        m = _COMMENT.match(line.text)
        if m is not None:
            name = _comment(m, line.text, stack)
            separated = separated or name == "separator"
            line.text = ""
        elif line.kind is None and line.text.strip():
            _content(line, stack, separated)


def _comment(m: re.Match[str], text: str, stack: list[str]) -> str:
    """A block comment: the stack of open blocks as it leaves it; the block's name."""
    closing, name = m[1] == "/", m[2].removeprefix("core/")
    if closing and name in stack:
        del stack[len(stack) - 1 - stack[::-1].index(name):]
    elif not closing and not text.rstrip().endswith("/-->") and len(stack) < 40:
        stack.append(name)
    return name


def _content(line: Line, stack: list[str], separated: bool) -> None:
    """A line inside the blocks: its tags blanked, its kind the block's (or the footer's)."""
    kind = next((_KINDS[n] for n in reversed(stack) if n in _KINDS), None)
    raw = line.text.lstrip()
    footer = separated and kind is None and (_SMALL.match(raw) is not None
                                              or _ALL_EM.match(raw) is not None)
    text = _TAG.sub(lambda t: " " * len(t[0]), line.text)
    lead = len(text) - len(text.lstrip())
    line.offset, line.text = line.offset + lead, text.strip()
    if kind == "" or not line.text:
        line.text = ""
    elif kind is not None:
        line.kind = kind
    elif footer and not _LABEL.match(line.text):
        line.kind = "footer"
