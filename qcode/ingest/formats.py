"""One reader per file format; each turns bytes into Lines plus front-matter fields."""

from __future__ import annotations

import io
from pathlib import Path

from qcode.errors import IngestError
from qcode.ingest.decode import Decoded, decode
from qcode.ingest.frontmatter import split_front_matter
from qcode.ingest.layout import Line
from qcode.ingest.source import Source, numbered
from qcode.ingest.subtitles import read_subtitles
from qcode.ingest.tables import Mark, one_line, read_table


def _with_front_matter(decoded: Decoded, path: Path, line_is_paragraph: bool) -> Source:
    rows = numbered(decoded.text)
    meta, body, id_line = split_front_matter([r[2] for r in rows], path)
    lines = [Line(n, off, text) for n, off, text in rows[body:]]
    if path.suffix.lower() in (".md", ".markdown"):
        for line in lines:  # Markdown headings are titles, not speech
            if line.text.startswith("#"):
                hashes = len(line.text) - len(line.text.lstrip("# "))
                line.offset, line.text = line.offset + hashes, line.text[hashes:]
                line.kind = "heading"
    meta_lines = {r[2].split(":")[0].strip(): r[0] for r in rows[1:body] if ":" in r[2]}
    return Source(meta, id_line, lines, None, line_is_paragraph, decoded, meta_lines)


def read_text(data: bytes, path: Path) -> Source:
    return _with_front_matter(decode(data, path), path, line_is_paragraph=False)


def read_docx(data: bytes, path: Path) -> Source:
    """Each Word paragraph is one line and one paragraph, in reading order, including the
    paragraphs inside table cells; line numbers count them all. A Speaker | Text table
    (with a Time or row number column anywhere) is a transcript, each row a turn; other
    tables are read row by row, cell by cell. Heading and Title styles are headings,
    Caption a caption. Headers and footers are not the interview: not read."""
    import docx  # python-docx; imported here because only .docx files need it
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx and lxml raise many kinds for a broken file
        raise IngestError(
            f"not a readable Word file ({type(e).__name__}); open it in Word or LibreOffice "
            "and save it as .docx",
            path,
            1,
        ) from e
    texts: list[str] = []
    marks: dict[int, Mark] = {}  # paragraph index -> what its style or table made it
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            style = item.style.name if item.style is not None else ""
            if style.startswith(_HEADING_STYLES):
                marks[len(texts)] = Mark("heading")
            elif style.startswith("Caption"):
                marks[len(texts)] = Mark("caption")
            texts.append(one_line(item.text))
        else:
            read_table(item, texts, marks)
    text = "\n".join(texts)
    if not text.strip():
        raise IngestError("empty file; the Word document has no text paragraphs", path, 1)
    source = _with_front_matter(decode(text.encode("utf-8"), path), path, line_is_paragraph=True)
    for line in source.lines:
        mark = marks.get(line.number - 1)
        if mark is None:
            continue
        line.in_table = mark.what not in ("heading", "caption")
        if mark.what == "speech":
            line.speaker, line.time = mark.speaker, mark.time
        elif mark.what in ("heading", "caption"):
            line.kind = mark.what
        elif mark.what == "name":  # a Speaker or Time cell: not text of its own
            line.text = ""
    return source


_HEADING_STYLES = ("Heading", "Title", "Subtitle")


READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".docx": read_docx,
    ".vtt": read_subtitles,
    ".srt": read_subtitles,
}
