"""What a format's reader hands the turn builder, and the lines of a decoded text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcode.ingest.decode import Decoded
from qcode.ingest.frontmatter import split_front_matter, toml_front_matter
from qcode.ingest.furniture import line_kind
from qcode.ingest.layout import Line
from qcode.model import Notice


@dataclass
class Source:
    """What a reader hands the turn builder."""

    meta: dict[str, Any]
    id_line: int
    lines: list[Line]
    labelled: bool | None  # None: look for `Label:` prefixes in the text
    line_is_paragraph: bool
    decoded: Decoded
    meta_lines: dict[str, int] = field(default_factory=dict)  # front-matter key -> line
    notices: list[Notice] = field(default_factory=list)  # text kept, but said: a bad cue
    cues: bool = False  # subtitle cues: a line never ends a paragraph by itself
    speaker_key: dict[str, tuple[str, str]] = field(default_factory=dict)  # speakerkey.py
    # a TOML block's fields that are not qcode's (a site's title, tags...): never stored,
    # but the value of one the settings call private is still redacted from the body
    site_fields: dict[str, Any] = field(default_factory=dict)
    # one person's words by the document's own shape (a witness statement, statement.py):
    # one speaker is what it is, not the misreading structure_notices warns of
    one_voice: bool = False


def numbered(text: str) -> list[tuple[int, int, str]]:
    """(line number, offset, text) of each line."""
    out, offset = [], 0
    for i, line in enumerate(text.split("\n")):
        out.append((i + 1, offset, line))
        offset += len(line) + 1
    return out


# a heading that opens the page's tail (`### 3 Comments`, `## Related posts`): what follows is
# not the interview (webpage.py), which a mere `heading` does not say
_TAIL_HEADINGS = {"comments", "related", "author", "notes"}


def _heading_kind(text: str) -> str:
    kind = line_kind(text)
    return kind if kind in _TAIL_HEADINGS else "heading"


def with_front_matter(decoded: Decoded, path: Path, line_is_paragraph: bool) -> Source:
    """The Source of a decoded text: its front matter read, Markdown headings marked."""
    rows = numbered(decoded.text)
    texts = [r[2] for r in rows]
    toml, notices = toml_front_matter(texts), list[Notice]()
    if toml is None:
        meta, body, id_line = split_front_matter(texts, path)
    elif toml.problem is None:
        meta, body, id_line = toml.meta, toml.body, toml.id_line
    else:  # kept, as context: never an error, never speech
        meta, body, id_line = {}, 0, 1
        notices.append(Notice(toml.problem_line, (
            f"the front matter between '+++' lines is not valid TOML ({toml.problem}), so "
            "none of its fields is read; it is kept as context. Fix it, or write the fields "
            "as YAML between '---' lines")))
    lines = [Line(n, off, text) for n, off, text in rows[body:]]
    if toml is not None and toml.problem is not None:
        for line in lines[:toml.body]:
            line.kind = "front matter"
    if path.suffix.lower() in (".md", ".markdown"):
        for line in lines:  # Markdown headings are titles, not speech
            if line.text.startswith("#") and line.kind is None:
                hashes = len(line.text) - len(line.text.lstrip("# "))
                line.offset, line.text = line.offset + hashes, line.text[hashes:]
                line.kind = _heading_kind(line.text)
    sep = "=" if toml is not None else ":"
    meta_lines = {r[2].split(sep)[0].strip(): r[0] for r in rows[1:body] if sep in r[2]}
    return Source(meta, id_line, lines, None, line_is_paragraph, decoded, meta_lines,
                  notices, site_fields=toml.others if toml is not None else {})
