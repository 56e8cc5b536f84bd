"""Writing a digest: `write_digest` builds it (digest.py) and renders it, HTML and Markdown
through Jinja2 templates (users may extend the built-in ones), Word written as its XML
directly (linear in the quotes), and quotes.csv."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from qcode.atomic import replacing
from qcode.cells import cell
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.digest import Digest, DigestOptions, Group, Quote, build_digest, why_empty
from qcode.errors import QcodeError
from qcode.plural import counted
from qcode.store import Store

FORMATS = ("html", "md", "docx", "csv")
_FILES = {"html": "index.html", "md": "digest.md", "docx": "digest.docx", "csv": "quotes.csv"}
_NEWLINE = os.linesep.encode()
DOCX_TIME = (1980, 1, 1, 0, 0, 0)
DOCX_COMPRESSION = 1  # zlib level: a tenth of the text's size, at a fraction of level 6's time


def write_digest(store: Store, book: Codebook, config: Config, out: Path,
                 opts: DigestOptions) -> tuple[Digest, list[Path]]:
    """`qcode digest`: build and render. Options that select no quote raise NothingSelected
    saying why, and the digest already in `out` is left as it was."""
    book.check_codes(opts.codes)
    d = build_digest(store, book, config, opts)
    if not any(t.quotes for t in d.themes):
        raise why_empty(store, config, opts)
    return d, render(d, out, opts)


def _md(text: Any) -> str:
    """Markdown-safe text: HTML and Markdown syntax shown as written."""
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#|{}":
        s = s.replace(ch, "\\" + ch)
    return s


def _env(folder: Path | None, autoescape: bool) -> jinja2.Environment:
    """The built-in templates; with a user's `folder`, its templates first, and the built-in
    ones as `default:NAME`, so that a user template can `{% extends "default:digest.html.j2"
    %}` and replace only some of its blocks (style, head, header, contents, themes, quote,
    matrix, footer)."""
    builtin = jinja2.PackageLoader("qcode", "templates")
    loader: jinja2.BaseLoader = builtin if folder is None else jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(folder)), jinja2.PrefixLoader({"default": builtin}, ":")])
    env = jinja2.Environment(loader=loader, autoescape=autoescape,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = _md
    env.filters["counted"] = counted
    return env


def render(digest: Digest, out: Path, opts: DigestOptions) -> list[Path]:
    """Write the requested formats into out/; returns the files written."""
    unknown = [f for f in opts.formats if f not in FORMATS]
    if unknown:
        raise QcodeError(f"unknown format {', '.join(unknown)}; use {', '.join(FORMATS)}",
                         code="Q101", option="format")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    if "html" in opts.formats:
        written.append(_template(digest, out / _FILES["html"], "digest.html.j2", True))
    if "md" in opts.formats:
        written.append(_template(digest, out / _FILES["md"], "digest.md.j2", False))
    if "docx" in opts.formats:
        written.append(_docx(digest, out / _FILES["docx"]))
    if "csv" in opts.formats:
        written.append(_csv(digest, out / _FILES["csv"]))
    if opts.template is not None:
        name = opts.template.name.removesuffix(".j2")
        written.append(_template(digest, out / name, opts.template.name, name.endswith(".html"),
                                 opts.template.parent))
    return written


def _template(digest: Digest, path: Path, name: str, html: bool,
              folder: Path | None = None) -> Path:
    """Rendered a piece at a time into the file: a large digest's text is never held whole
    (a file half written by a failing template is never put in place)."""
    try:
        template = _env(folder, html).get_template(name)
        with replacing(path) as tmp, tmp.open("w", encoding="utf-8") as f:
            f.writelines(template.generate(d=digest))
    except jinja2.TemplateError as e:
        where = getattr(e, "lineno", None)
        raise QcodeError(f"template error: {e}", getattr(e, "filename", None) or name,
                         where) from e
    return path


def quote_markup(name: str, html: bool) -> Callable[[Quote], str]:
    """One quote as the built-in template `name` renders it (its `quote` block), for run's
    draft digest, which keeps each transcript's quotes rendered (outputs.py)."""
    template = _env(None, html).get_template(name)
    block = template.blocks["quote"]
    return lambda q: "".join(block(template.new_context({"q": q})))


def write_assembled(digest: Digest, out: Path, pieces: Callable[[str, str], Iterable[bytes]],
                    template: DocxTemplate | None = None) -> None:
    """The draft digest's four files from a digest whose groups hold, in place of their
    quotes, one `marker` each; `pieces(fmt, code)` gives a group's quotes already rendered
    in one format (fmt in FORMATS), as UTF-8, a piece per transcript. The built-in
    templates render the rest, their `quote` block writing the marker where the group's
    pieces go; the Word and CSV writers write the pieces as they are. The files are those
    `render` writes for the digest with its quotes (tests check it); `template`: Word's
    (docx_template), if known."""
    out.mkdir(parents=True, exist_ok=True)
    codes: dict[object, str] = {q: g.code for t in digest.themes for g in t.groups
                                for q in g.quotes}
    for fmt, name, html in (("html", "digest.html.j2", True), ("md", "digest.md.j2", False)):
        child = _env(None, html).from_string(
            f'{{% extends "{name}" %}}{{% block quote %}}{{{{ q }}}}{{% endblock %}}')
        with replacing(out / _FILES[fmt]) as tmp, tmp.open("wb") as f:
            for item in child.generate(d=digest):  # a block's output comes alone
                if item in codes:
                    f.writelines(map(_text_mode, pieces(fmt, codes[item])))
                else:
                    f.write(_text_mode(item.encode("utf-8")))

    def stored(fmt: str) -> Callable[[Group], Iterable[bytes]]:
        return lambda group: pieces(fmt, group.code)

    _docx(digest, out / _FILES["docx"], quotes=stored("docx"), template=template)
    _csv(digest, out / _FILES["csv"], quotes=stored("csv"))


def marker(code: str) -> str:
    """What stands in for a group's quotes in a digest for write_assembled: no template
    writes a NUL."""
    return Markup("\x00" + code)


def _text_mode(data: bytes) -> bytes:
    """Line ends as a file opened as text writes them (`_template`)."""
    return data if _NEWLINE == b"\n" else data.replace(b"\n", _NEWLINE)


@dataclass(frozen=True)
class DocxTemplate:
    """The package python-docx saves for an empty document, and the ids of the styles a
    digest uses in it."""

    package: bytes
    styles: dict[str, str]


def docx_template() -> DocxTemplate:
    """Word's template, from python-docx (importing it takes ~0.06 s of CPU: run keeps
    the template in the store, pieces.py)."""
    import docx

    document = docx.Document()
    package = io.BytesIO()
    document.save(package)
    return DocxTemplate(package.getvalue(), {
        name: document.styles[name].style_id
        for name in ("Title", "Heading 1", "Heading 2", "Quote")})


def _docx(digest: Digest, path: Path, quotes: Callable[[Group], Iterable[bytes]] | None = None,
          template: DocxTemplate | None = None) -> Path:
    """Word's document.xml streamed as text into the package python-docx makes for an empty
    document. Adding paragraphs through python-docx costs time in proportion to the ones
    already there (it looks for the section properties among the body's children each
    time) and keeps the whole tree in memory; here each quote costs the same and only the
    file's bytes are held, a chunk at a time. `quotes`: a group's paragraphs as UTF-8, if
    not its quotes'."""
    template = template or docx_template()
    styles = template.styles
    with replacing(path) as tmp, zipfile.ZipFile(io.BytesIO(template.package)) as src, \
            zipfile.ZipFile(
            tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=DOCX_COMPRESSION) as dst:
        for info in src.infolist():
            data = src.read(info)
            info.date_time = DOCX_TIME  # the same digest makes the same bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            info._compresslevel = DOCX_COMPRESSION  # type: ignore[attr-defined]  # public in 3.13
            if info.filename != "word/document.xml":
                dst.writestr(info, data)
                continue
            cut = data.index(b"<w:sectPr")  # the empty body holds only the section properties
            with dst.open(info, "w") as f:
                f.write(data[:cut])
                paragraphs = _docx_paragraphs(digest, styles, quotes or _encoded(
                    _each(docx_quote(styles))))
                for chunk in _batched(paragraphs, 512):
                    f.write(b"".join(chunk))
                f.write(data[cut:])
    return path


def docx_quote(styles: dict[str, str]) -> Callable[[Quote], str]:
    """A quote's paragraphs in document.xml: the question asked, the quote, its source."""
    def paragraphs(q: Quote) -> str:
        asked = _w_p(f"Asked: {q.question}", run="<w:i/>") if q.question else ""
        return asked + _w_p(q.text, styles["Quote"]) + _w_p(
            f"— {q.attribution}. {q.transcript}, line {q.line}; coding {q.coding_id}; "
            f"reviewed by {q.reviewers or 'nobody yet'}")
    return paragraphs


def _each(quote: Callable[[Quote], str]) -> Callable[[Group], Iterator[str]]:
    """A group's quotes, each rendered by `quote`."""
    return lambda group: map(quote, group.quotes)


def _encoded(texts: Callable[[Group], Iterable[str]]) -> Callable[[Group], Iterator[bytes]]:
    """A group's pieces as UTF-8, as write_assembled has them."""
    return lambda group: (text.encode("utf-8") for text in texts(group))


def _docx_paragraphs(digest: Digest, styles: dict[str, str],
                     quotes: Callable[[Group], Iterable[bytes]]) -> Iterator[bytes]:
    for theme_or_group in _docx_skeleton(digest, styles):
        if isinstance(theme_or_group, Group):
            yield from quotes(theme_or_group)
        else:
            yield theme_or_group.encode("utf-8")


def _docx_skeleton(digest: Digest, styles: dict[str, str]) -> Iterator[str | Group]:
    """The document's own paragraphs, and each group where its quotes go."""
    yield _w_p(digest.title, styles["Title"])
    if digest.draft:
        yield _w_p("DRAFT: these quotes are UNREVIEWED suggestions, not reviewed findings.",
                   run="<w:b/>")
    for theme in digest.themes:
        color = theme.color.lstrip("#").upper()
        yield _w_p(theme.label, styles["Heading 1"], run=f'<w:color w:val="{_xml(color)}"/>')
        yield _w_p(f"{counted(theme.quotes, 'quote')} from "
                   f"{counted(theme.interviewees, 'interviewee')}. "
                   f"{theme.description}")
        for group in theme.groups:
            if not group.quotes:
                continue
            if group.code != theme.code:
                yield _w_p(group.label, styles["Heading 2"])
            yield group


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    """Text as XML character data; characters XML cannot hold are dropped."""
    return _NOT_XML.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _w_p(text: str, style: str | None = None, run: str = "") -> str:
    """One Word paragraph of one run, as python-docx writes it (tabs and line breaks as
    their own elements)."""
    body = (_xml(text).replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
            .replace("\n", '</w:t><w:br/><w:t xml:space="preserve">'))
    return ("<w:p>" + (f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "")
            + "<w:r>" + (f"<w:rPr>{run}</w:rPr>" if run else "")
            + f'<w:t xml:space="preserve">{body}</w:t></w:r></w:p>')


def _batched(items: Iterable[bytes], n: int) -> Iterator[list[bytes]]:
    batch: list[bytes] = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def _csv(digest: Digest, path: Path,
         quotes: Callable[[Group], Iterable[bytes]] | None = None) -> Path:
    """quotes.csv; `quotes`: a group's lines as UTF-8, if not its quotes' (write_assembled)."""
    header = io.StringIO(newline="")
    csv.writer(header).writerow(["theme", "code", "quote", "attribution", "transcript", "line",
                                 "coding_id", "reviewers", "status", "question"])
    with replacing(path) as tmp, tmp.open("wb") as f:
        f.write(header.getvalue().encode("utf-8"))
        for theme in digest.themes:
            for group in theme.groups:
                f.writelines((quotes or _encoded(_each(csv_quotes(theme.code))))(group))
    return path


def csv_quotes(theme: str) -> Callable[[Quote], str]:
    """A quote's line of quotes.csv, under this theme."""
    f = io.StringIO(newline="")
    w = csv.writer(f)

    def line(q: Quote) -> str:
        f.seek(0)
        f.truncate()
        w.writerow([cell(v) for v in (theme, q.code, q.text, q.attribution, q.transcript,
                                      q.line, q.coding_id, q.reviewers, q.status, q.question)])
        return f.getvalue()
    return line
