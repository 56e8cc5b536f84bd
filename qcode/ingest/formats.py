"""One reader per file format; each turns bytes into Lines plus front-matter fields."""

from __future__ import annotations

from pathlib import Path

from qcode.ingest.blocksource import is_block_source, read_block_source
from qcode.ingest.decode import decode
from qcode.ingest.elan import is_annotation_export, read_annotation_export
from qcode.ingest.latex import is_latex, read_latex
from qcode.ingest.mediawiki import is_mediawiki, read_wiki_markup
from qcode.ingest.outliner import is_outline, read_outline
from qcode.ingest.pandocspans import has_tracked_spans, read_tracked_spans
from qcode.ingest.pipes import markdown_tables
from qcode.ingest.restructured import is_rst, read_rst
from qcode.ingest.sbv import is_sbv
from qcode.ingest.shortcodes import has_shortcodes, read_shortcodes
from qcode.ingest.source import Source, with_front_matter
from qcode.ingest.statement import read_statement
from qcode.ingest.subtitles import read_subtitles
from qcode.ingest.texttables import text_tables
from qcode.ingest.vaultnotes import has_vault_marks, read_vault_marks
from qcode.ingest.word import read_docx


def read_text(data: bytes, path: Path) -> Source:
    """Plain text or Markdown; a Markdown pipe table is read as a table (tables.py), and so
    is a transcript table set in tabs, pipes or fixed columns under its header
    (texttables.py); a static site's shortcodes are read for what they wrap (shortcodes.py),
    a note app's comments, callouts and wikilinks for what they are (vaultnotes.py), an
    outliner's blocks as paragraphs (outliner.py); LaTeX and reStructuredText source without
    its markup (latex.py, restructured.py); a Word file's tracked changes and comments as
    pandoc's spans (pandocspans.py); an annotation tool's tab-delimited rows as
    tiers' turns (elan.py); YouTube's SubViewer captions saved as text are read as the
    captions they are (sbv.py); a WordPress page's block-editor source without
    its markup (blocksource.py); a witness statement's numbered paragraphs as its
    witness's words (statement.py)."""
    decoded = decode(data, path)
    if is_sbv(decoded.text):
        return read_subtitles(data, path)
    source = with_front_matter(decoded, path, line_is_paragraph=False)
    if has_shortcodes(source.decoded.text):  # a static site's page source
        source.speaker_key.update(read_shortcodes(source.lines))
    markdown = path.suffix.lower() in (".md", ".markdown")
    if has_tracked_spans(source.decoded.text):  # pandoc's --track-changes=all marks
        source.lines = read_tracked_spans(source.lines)
    if not markdown and is_mediawiki(source.decoded.text):  # a wiki page's source
        read_wiki_markup(source.lines)
    if not markdown and is_rst(source.decoded.text):  # a Sphinx page's source
        read_rst(source.lines)
    if is_block_source(source.decoded.text):  # a WordPress page's block-editor source
        read_block_source(source.lines)
    if not markdown and is_latex(source.decoded.text):  # a thesis's LaTeX source
        read_latex(source.lines)
    if markdown and has_vault_marks(source.decoded.text):  # a note app's marks
        read_vault_marks(source.lines)
    if markdown and is_outline(source.lines):  # an outliner's (Logseq's) page
        source.lines = read_outline(source.lines)
    if markdown and "|" in source.decoded.text:
        source.lines, notices = markdown_tables(source.lines)
        source.notices += notices
    if "\t" in source.decoded.text and is_annotation_export(source.lines):
        source.lines = read_annotation_export(source.lines)  # ELAN's tab-delimited rows
    source.lines, notices = text_tables(source.lines)
    source.notices += notices
    said = read_statement(source.lines)  # a witness statement's numbered paragraphs
    source.notices, source.one_voice = source.notices + said, bool(said)
    return source


READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".docx": read_docx,
    ".vtt": read_subtitles,
    ".srt": read_subtitles,
    ".sbv": read_subtitles,
}
