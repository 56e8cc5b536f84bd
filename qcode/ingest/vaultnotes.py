"""Markdown as note apps keep it (Obsidian, and the apps that took up its syntax): a
researcher's transcript in a vault note carries the researcher's own marks.

- `%% ... %%` is a comment the app never shows: on lines of its own (a block from a line
  opening `%%` to the line closing it) it is context, kind `comment`; inside a line (an
  answer closed by `%% she laughed too on the tape %%`) it is blanked, never anyone's words.
- A callout, a quote block opening `> [!type] Title`: one of the note kinds (`info`,
  `note`, `todo`, `warning`...) is the researcher's box, context `callout` on all its lines;
  a `quote` / `cite` callout's head line is context, its body left to the reading of
  pull quotes (notspeech.py: a quote repeating an answer's words is context, not the answer
  told twice); a `question` / `faq` callout is left as it is read (a template may set the
  interviewer's questions so).
- A wikilink shows its text: `[[Hyesan]]` reads `Hyesan`, `[[bowibu|security people]]`
  reads `security people`; a `==highlight==` its words. An embed alone on a line
  (`![[recording.m4a]]`) is context, kind `embed`.

Marks are blanked with spaces of their length (before the words they show), so offsets
stay the file's. Only in Markdown
files; a `%%` without its pair, and `==` with spaces inside (`a == b`), stay as typed.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_COMMENT = lazy(r"%%.*?%%")
_CALLOUT = lazy(r"^\s*>\s*\[!(?P<type>[\w-]+)\][+-]?")
NOTE_CALLOUTS = frozenset({"note", "info", "todo", "tip", "hint", "important", "warning",
                           "caution", "attention", "abstract", "summary", "tldr", "example",
                           "success", "check", "done", "failure", "fail", "missing", "danger",
                           "error", "bug", "memo", "consent"})
QUOTE_CALLOUTS = frozenset({"quote", "cite"})
_WIKILINK = lazy(r"(?P<open>\[\[)(?:(?P<target>[^\[\]|\n]*)\|)?(?P<shown>[^\[\]|\n]+)"
                 r"(?P<close>\]\])")
_EMBED = lazy(r"^\s*!\[\[[^\[\]\n]+\]\]\s*$")
_HIGHLIGHT = lazy(r"(?P<open>==)(?=\S)[^=\n]+?(?<=\S)(?P<close>==)")


def has_vault_marks(text: str) -> bool:
    return "%%" in text or "[[" in text or "[!" in text or "==" in text


def read_vault_marks(lines: list[Line]) -> None:
    """Mark and blank what the module docstring says, in place."""
    _comments(lines)
    _callouts(lines)
    for line in lines:
        if line.kind is None and _EMBED.match(line.text):
            line.kind = "embed"
        if line.kind == "embed":
            continue
        if "[[" in line.text:
            line.text = _WIKILINK.sub(_shown_link, line.text)
        if "==" in line.text:
            line.text = _HIGHLIGHT.sub(_shown_highlight, line.text)


def _blank(text: str) -> str:
    return " " * len(text)


def _shown(m: re.Match[str], shown: str) -> str:
    """The words a mark shows, the mark's other characters as spaces before them (so they
    join the text before, not the punctuation after: `in [[Hyesan]]?`)."""
    return _blank(m.group(0)[len(shown):]) + shown


def _shown_link(m: re.Match[str]) -> str:
    return _shown(m, m["shown"])


def _shown_highlight(m: re.Match[str]) -> str:
    return _shown(m, m.group(0)[2:-2])


def _comments(lines: list[Line]) -> None:
    """`%%` comments: a line of them only, or a block between `%%` lines, is context; one
    inside a line is blanked."""
    opened: Line | None = None  # the line that opened a comment block
    block: list[Line] = []
    for line in lines:
        if opened is not None:
            block.append(line)
            if "%%" in line.text:
                for ln in block:
                    _comment_line(ln)
                opened, block = None, []
            continue
        if "%%" not in line.text:
            continue
        rest = _COMMENT.sub(lambda m: _blank(m.group(0)), line.text)
        if "%%" in rest:  # opens a block: the `%%` alone, or words after it
            if not rest[:rest.index("%%")].strip():
                opened, block = line, [line]
            continue
        if rest.strip():
            line.text = rest
        else:
            _comment_line(line)
    # a block never closed: its `%%` was no comment, the lines stay as typed


def _comment_line(line: Line) -> None:
    """A line of a comment: context, its text the comment's words, offsets kept."""
    text = line.text.replace("%%", "  ")
    lead = len(text) - len(text.lstrip())
    line.offset, line.text, line.kind = line.offset + lead, text.strip(), "comment"


def _callouts(lines: list[Line]) -> None:
    """A note callout's lines are context; a quote callout's head line is."""
    i = 0
    while i < len(lines):
        m = _CALLOUT.match(lines[i].text) if lines[i].kind is None else None
        if m is None:
            i += 1
            continue
        kind = m["type"].lower()
        end = i + 1
        while end < len(lines) and lines[end].text.lstrip().startswith(">"):
            end += 1
        if kind in NOTE_CALLOUTS:
            for ln in lines[i:end]:
                ln.kind = ln.kind or "callout"
        elif kind in QUOTE_CALLOUTS:
            lines[i].kind = "callout"
        i = end
