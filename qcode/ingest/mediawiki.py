"""A wiki page in MediaWiki source (an NGO's or a project's wiki, copied from the edit box):
the page's markup is the labels and furniture it is.

Read as text, `:'''Q:'''` and `::'''A:'''` (labels set bold and indented by colons, as
wiki pages lay out an interview) were no labels, so the whole page was one respondent
turn, its `== headings ==` and `{{Note|...}}` boxes coded as testimony. A file is read as
MediaWiki source when it has three kinds of the marks only wiki source has (a template
opening a line, a `== heading ==`, `'''bold'''`, a `[[link]]`, a `<ref>` footnote, a
`__TOC__` switch, a `[[Category:...]]`); a transcript with a stray `== Part 2 ==` or
`[[inaudible]]` has not. Then:

- a template opening a line (`{{Infobox ...`, `{{Warning|...}}`, `{{Note|... ~~~~}}`),
  over as many lines as its braces run (40 at most), is context (kind `infobox` or `box`);
- a `== heading ==` is a heading (its `=` out; `See also`, `References`... the page's tail
  as webpage.py reads it), a `__TOC__` line, `<references />` and a line of categories
  are context;
- inside lines, `'''` / `''` marks, `<ref>` footnotes, a signature's `~~~~` and the colons
  that indent a line are blanked, a link shows its text (`[[User:JKwon|Kwon Ji-yeon]]`
  reads `Kwon Ji-yeon`, `[https://x.example the report]` reads `the report`), a category
  or file link shows nothing. So `:'''Q:''' What...` reads `Q: What...`, a label as any.

Marks are blanked with spaces (a line's leading ones moved into its offset), so offsets
stay the file's. Only in text files, never in Markdown (whose note apps have `[[links]]`
and `==highlights==` of their own: vaultnotes.py).
"""

from __future__ import annotations

import re

from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import Line

_FEATURES = {
    "template": re.compile(r"^[ \t]{0,4}\{\{[ \t]{0,4}[A-Za-z][^{}|\n]{0,60}(?:\||\}\}|$)", re.M),
    "heading": re.compile(r"^(={2,6})[^=\n]{1,200}\1[ \t]{0,8}$", re.M),
    "bold": re.compile(r"'''[^'\n]{1,200}'''"),
    "link": re.compile(r"\[\[[^\[\]\n]{1,200}\]\]"),
    "ref": re.compile(r"<ref[ >/]|<references"),
    "switch": re.compile(r"^__[A-Z]{2,20}__[ \t]{0,8}$", re.M),
    "category": re.compile(r"\[\[Category:"),
}
MIN_FEATURES = 3
MAX_TEMPLATE_LINES = 40
_HEADING = re.compile(r"^[ \t]{0,8}(?P<eq>={1,6})(?P<title>[^=\n]{1,300}?)(?P=eq)[ \t]{0,8}$")
_SWITCH = re.compile(r"^[ \t]{0,8}__[A-Z]{2,20}__[ \t]{0,8}$")
_REFERENCES = re.compile(r"^[ \t]{0,8}<references[^>\n]{0,100}>[ \t]{0,8}$")
_CATEGORIES = re.compile(r"^(?:[ \t]{0,8}\[\[(?:Category|Kategorie|Catégorie|Categoría|"
                         r"Categoria|Categorie|Kategori|Категория|분류):[^\[\]\n]{0,200}\]\])+"
                         r"[ \t]{0,8}$")
_LINK = re.compile(r"\[\[(?:(?P<target>[^\[\]|\n]{0,200})\|)?(?P<shown>[^\[\]|\n]{1,300})\]\]")
_HIDDEN_LINK = re.compile(r"^:?(?:Category|File|Image|Kategorie|Datei|Fichier|Archivo|Bild)\s?:",
                          re.I)
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\[\]]{1,500}(?:[ \t](?P<shown>[^\[\]\n]{1,300}))?\]")
_QUOTES = re.compile(r"'{2,5}(?P<punct>[.,;:!?)\]\"”’]{0,3})")
_SIGNATURE = re.compile(r"~{3,5}")
_INDENT = re.compile(r"^[ \t]{0,8}:{1,8}")


def is_mediawiki(text: str) -> bool:
    """Whether `text` is MediaWiki source (the module docstring)."""
    if "[[" not in text and "'''" not in text and "{{" not in text:
        return False
    return sum(p.search(text) is not None for p in _FEATURES.values()) >= MIN_FEATURES


def read_wiki_markup(lines: list[Line]) -> None:
    """Mark and blank what the module docstring says, in place."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind is None and line.text.lstrip().startswith("{{"):
            i = _template(lines, i)
            continue
        if line.kind is None:
            _line(line)
        i += 1


def _template(lines: list[Line], i: int) -> int:
    """A template opening line i, to the line where its braces close: context. Returns the
    index after it (a template never closed in 40 lines is only its first line)."""
    depth, end = 0, i
    for end in range(i, min(len(lines), i + MAX_TEMPLATE_LINES)):
        depth += lines[end].text.count("{{") - lines[end].text.count("}}")
        if depth <= 0:
            break
    if depth > 0:
        end = i
    name = lines[i].text.lstrip()[2:].lstrip().lower()
    kind = "infobox" if name.startswith("infobox") else "box"
    for ln in lines[i:end + 1]:
        ln.kind = ln.kind or kind
        ln.text = _SIGNATURE.sub(_blank, _inline(ln.text))
    return end + 1


def _line(line: Line) -> None:
    """A line of the page: a heading, a switch, references or categories are context; any
    other line loses its marks."""
    if _SWITCH.match(line.text):
        line.kind = "contents"
        return
    if _REFERENCES.match(line.text):
        line.kind = "notes"
        return
    if "[[" in line.text and _CATEGORIES.match(line.text):
        line.kind = "category"
        return
    m = _HEADING.match(line.text)
    if m is not None:
        title = m["title"].strip()
        line.offset += line.text.index(title) if title else 0
        line.text = _inline(title)
        kind = line_kind(line.text.strip())
        line.kind = kind if kind in ("comments", "related", "author", "notes") else "heading"
        return
    text = _INDENT.sub(_blank, line.text)
    text = _SIGNATURE.sub(_blank, _inline(text))
    lead = len(text) - len(text.lstrip())
    line.offset, line.text = line.offset + lead, text[lead:].rstrip()


def _inline(text: str) -> str:
    """A line's text without footnotes, emphasis marks and link targets."""
    if "<ref" in text:
        text = _refs(text)
    if "[[" in text:
        text = _LINK.sub(_shown_link, text)
    if "[" in text and "//" in text:
        text = _EXTERNAL.sub(lambda m: _shown(m, m["shown"] or ""), text)
    if "''" in text:
        text = _QUOTES.sub(_unquoted, text)
    return text


def _refs(text: str) -> str:
    """`<ref>...</ref>` and `<ref name=x />` blanked, each closing mark looked up once (a
    line of unclosed `<ref>` stays linear)."""
    out, at = [], 0
    while (s := text.find("<ref", at)) != -1:
        gt = text.find(">", s)
        if gt == -1:
            break
        end = gt + 1 if text[gt - 1] == "/" else text.find("</ref>", gt)
        if end == -1:
            break
        end = end if text[gt - 1] == "/" else end + len("</ref>")
        out += [text[at:s], " " * (end - s)]
        at = end
    return "".join(out) + text[at:]


def _unquoted(m: re.Match[str]) -> str:
    """An emphasis mark blanked, the punctuation after it kept against the word before
    (`''their share''.` reads `their share.`), the length kept."""
    return m["punct"] + " " * (len(m.group(0)) - len(m["punct"]))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _shown(m: re.Match[str], shown: str) -> str:
    """The words a link shows, its other characters as spaces before them."""
    return " " * (len(m.group(0)) - len(shown)) + shown


def _shown_link(m: re.Match[str]) -> str:
    target = m["shown"] if m["target"] is None else m["target"]
    if _HIDDEN_LINK.match(target):  # a category or a file: nothing shown
        return _blank(m)
    return _shown(m, m["shown"])
