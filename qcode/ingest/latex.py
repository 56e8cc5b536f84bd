"""A transcript copied from its LaTeX source (a thesis appendix, a report's annex): the
commands are no one's words.

Read as text, `\\noindent\\textbf{Q:}` turns were found but every command was a word of
its turn, a `\\footnote{...}` inside an answer was coded as the answer, a `quote`
environment repeating the answer's words (a pull quote) was coded twice, a `% TODO` comment
opened a question and `\\clearpage` was a turn of its own.

A text file is read as LaTeX source when it has three kinds of the marks only LaTeX has (a
`\\begin{...}` / `\\end{...}`, a sectioning command, `\\textbf{` / `\\emph{` / `\\textit{`,
`\\noindent` / `\\medskip` / `\\clearpage`..., a `\\footnote{`, a `\\label{` / `\\ref{` /
`\\cite{`, a `%` comment line, `\\documentclass` / `\\usepackage`); a transcript with a
stray backslash, a `%` or a Windows path has not. Then:

- a line opening with `%` is context, kind `comment`;
- a `\\chapter{...}` / `\\section*{...}` line is a heading (its title's words);
- a `quote`, `quotation`, `displayquote`, `verse` or `epigraph` environment with no label
  in it is context, kind `pull quote`; any other `\\begin` / `\\end` line, and a line of
  commands with no words (`\\label{...}`, `\\clearpage`, `\\vspace{1em}`) kind `markup`;
- inside lines, a `\\footnote{...}` (over lines while its braces are open, 20 at most) and
  the arguments of commands that print no words (`\\label`, `\\cite`, `\\vspace`,
  `\\index`...) are blanked; other commands' names and their braces are blanked and their
  words kept (`\\textbf{Q:}` reads `Q:`); `\\item[Q:]` reads `Q:`; `\\%`, `\\&`... read as
  the character; `~` as a space; a line set in `\\emph{...}` as a whole is italic.

Marks are blanked with spaces of their length, a line's leading ones moved into its
offset, so offsets stay the file's.
"""

from __future__ import annotations

import re

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_FEATURES = (
    lazy(r"\\(?:begin|end)\{[A-Za-z*]{1,30}\}"),
    lazy(r"\\(?:part|chapter|section|subsection|subsubsection|paragraph)\*?[\[{]"),
    lazy(r"\\(?:textbf|textit|emph|textsc|underline|texttt)\{"),
    lazy(r"\\(?:noindent|medskip|bigskip|smallskip|clearpage|newpage|par|itshape|bfseries)\b"),
    lazy(r"\\footnote\{"),
    lazy(r"\\(?:label|ref|cite|pageref|eqref|addcontentsline)\{"),
    lazy(r"^[ \t]{0,8}%", re.M),
    lazy(r"\\(?:documentclass|usepackage|include|input)[\[{]"),
)
MIN_FEATURES = 3
MAX_FOOTNOTE_LINES = 20
MAX_QUOTE_LINES = 40
_QUOTES = frozenset({"quote", "quotation", "displayquote", "verse", "epigraph"})
_ENV = lazy(r"^[ \t]{0,8}\\(?P<what>begin|end)\{(?P<name>[A-Za-z*]{1,30})\}")
_HEADING = lazy(r"^[ \t]{0,8}\\(?:part|chapter|section|subsection|subsubsection|paragraph)"
                r"\*?(?:\[[^\]\n]{0,200}\])?\{")
_SILENT = lazy(r"\\(?:label|ref|pageref|eqref|cite[pt]?|vspace|hspace|index|include|input|"
               r"addcontentsline|setlength|documentclass|usepackage|footnotemark|"
               r"thispagestyle|pagestyle)\*?(?:\[[^\]\n]{0,200}\])?(?:\{[^{}\n]{0,300}\}){0,3}")
_ITEM = lazy(r"\\item[ \t]{0,4}\[(?P<label>[^\]\n]{0,60})\]")
_ESCAPED = lazy(r"\\(?P<char>[%&$#_{}])")
_COMMAND = lazy(r"\\(?:[A-Za-z]{1,40}\*?|\\)")
_LABEL = lazy(r"\\textbf\{[^{}\n]{1,40}:\}|\\item[ \t]{0,4}\[")
_WHOLE_EMPH = lazy(r"^(?:\\noindent)?[ \t]{0,4}\\(?:emph|textit)\{[^{}\n]{0,2000}\}[ \t.]{0,4}$")


def is_latex(text: str) -> bool:
    """Whether `text` is LaTeX source (the module docstring)."""
    if "\\" not in text:
        return False
    return sum(p.search(text) is not None for p in _FEATURES) >= MIN_FEATURES


def read_latex(lines: list[Line]) -> None:
    """Mark and blank what the module docstring says, in place."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind is not None:
            i += 1
            continue
        stripped = line.text.lstrip()
        env = _ENV.match(line.text)
        if stripped.startswith("%"):
            line.kind = "comment"
        elif env is not None and env["what"] == "begin" and env["name"] in _QUOTES:
            i = _quote(lines, i, env["name"])
            continue
        elif env is not None:
            line.kind = "markup"
        else:
            i = _text(lines, i)
            continue
        i += 1


def _quote(lines: list[Line], i: int, name: str) -> int:
    """A quote environment from line i to its `\\end`: context, unless a label is in it or
    it never ends within 40 lines (then only its `\\begin` line)."""
    end = next((j for j in range(i + 1, min(len(lines), i + MAX_QUOTE_LINES))
                if f"\\end{{{name}}}" in lines[j].text), None)
    if end is None or any(_LABEL.search(ln.text) for ln in lines[i:end + 1]):
        lines[i].kind = "markup"
        return i + 1
    for ln in lines[i:end + 1]:
        _blank_into(ln, "" if _ENV.match(ln.text) else _words(ln.text))
        ln.kind = "pull quote" if ln.text else "markup"
    return end + 1


def _text(lines: list[Line], i: int) -> int:
    """Line i's words without its marks (a footnote left open runs on below); a heading's
    title; a line of marks alone is context. Returns the index after the lines read."""
    line = lines[i]
    heading = _HEADING.match(line.text) is not None
    italic = _WHOLE_EMPH.match(line.text) is not None
    text, depth = _footnotes(line.text, 0)
    j = i + 1
    while depth > 0 and j < min(len(lines), i + MAX_FOOTNOTE_LINES):
        after, depth = _footnotes(lines[j].text, depth)
        words = _words(after)
        if depth == 0 and words.strip():  # the answer goes on after the footnote
            _blank_into(lines[j], words)
        else:  # the footnote's own line: context, its words kept
            _blank_into(lines[j], _words(lines[j].text))
            lines[j].kind = lines[j].kind or "footnote"
        j += 1
    _blank_into(line, _words(text))
    if heading:
        line.kind = "heading"
    elif not line.text and text.strip():
        line.kind = "markup"
    elif italic:
        line.emphasis = "italic"
    return j


def _footnotes(text: str, depth: int) -> tuple[str, int]:
    """`text` with its footnotes blanked, and how many braces of a footnote stay open at
    its end (`depth` open at its start)."""
    out, at = list(text), 0
    while at < len(text):
        if depth == 0:
            s = text.find("\\footnote{", at)
            if s == -1:
                break
            out[s:s + len("\\footnote{")] = " " * len("\\footnote{")
            at, depth = s + len("\\footnote{"), 1
            continue
        c = text[at]
        depth += 1 if c == "{" else -1 if c == "}" and text[at - 1:at] != "\\" else 0
        out[at] = " "
        at += 1
    return "".join(out), depth


def _words(text: str) -> str:
    """A line's words: silent commands with their arguments, other commands' names and
    braces blanked (lengths kept)."""
    text = _SILENT.sub(_blank, text)
    text = _ITEM.sub(lambda m: " " * (len(m.group(0)) - len(m["label"]) - 1)
                     + m["label"] + " ", text)
    text = _ESCAPED.sub(lambda m: " " + m["char"], text)
    text = _COMMAND.sub(_blank, text)
    return text.replace("{", " ").replace("}", " ").replace("~", " ")


def _blank_into(line: Line, text: str) -> None:
    lead = len(text) - len(text.lstrip())
    line.offset, line.text = line.offset + lead, text[lead:].rstrip()


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))
