"""Each transcript's rendered pieces of run's outputs, and the draft digest assembled from
them (outputs.py keeps the pieces current).

A transcript's part (store/fragments.py) holds its lines of codings.csv, its rows of the
draft sheet (deflated, without row numbers: review/export.py DraftRows) and its quotes under
each code in each format of the draft digest (quote blocks of the built-in templates, Word
paragraphs, lines of quotes.csv). The outputs are these pieces put together in the order a
digest or sheet lists them (by transcript; a group's quotes by the transcript id shown), so
an edit renders one transcript's pieces and the rest is concatenation. What the pieces
depend on besides the transcript's codings (settings, reviews, the codebook's codes and
colours, qcode's version) is the `context` of outputs.py: when it changes every part is
rendered again.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from qcode.codebook import Codebook
from qcode.config import Config
from qcode.digest import Digest, Group, Quote, Quoter, Theme, ordered, walk
from qcode.model import CodingRow
from qcode.privacy import Redactor
from qcode.store import Fragment, QuotePiece, Store

if TYPE_CHECKING:
    from qcode.digest_render import DocxTemplate

ROW_FIELDS = [f.name for f in fields(CodingRow)]
DOCX_TEMPLATE = "docx template"  # project table key: Word's template, with the python-docx it is from


def book_shows(book: Codebook) -> str:
    """What of the codebook the pieces show: each code's id, colour, theme and question
    rules (a rule changed elsewhere in a code re-codes, it does not re-render)."""
    themes = _themes(book)
    return json.dumps([(c.id, c.color, themes.get(c.id), sorted(r.id for r in c.question_rules()))
                       for c in book.flat()])


def _themes(book: Codebook) -> dict[str, str]:
    """Code id -> the theme (top-level code) it is quoted under."""
    return {c.id: theme.id for theme in book.codes for c in walk(theme)}


def public(store: Store, config: Config, tids: list[str]
           ) -> dict[str, tuple[str, list[CodingRow]]]:
    """These transcripts' public codings, each transcript's with a hash of all its part
    shows: the codings and the front matter (attributions, the interviewee's label)."""
    redactor = Redactor(config.redact)
    rows: dict[str, list[CodingRow]] = {tid: [] for tid in tids}
    for row in store.codings(tids):
        rows[row.transcript].append(redactor.row(row))
    metas = store.transcript_meta(tids)
    return {tid: (hashlib.sha1(json.dumps(
        [[[getattr(r, name) for name in ROW_FIELDS] for r in shown], metas.get(tid)]
    ).encode()).hexdigest(), shown) for tid, shown in rows.items()}


class Renderer:
    """Renders transcripts' parts: made once a run, when some part must be rendered."""

    def __init__(self, store: Store, book: Codebook, config: Config, model: bool):
        from qcode import digest_render
        from qcode.review.export import DraftRows

        self.redactor = Redactor(config.redact)
        self.rows = DraftRows(book, store.suggestion_notes(), model)
        self.quotes = Quoter(store, book, config)
        self.theme = _themes(book)
        styles = docx_template(store).styles
        self.formats: dict[str, Callable[[Quote], str]] = {
            "html": digest_render.quote_markup("digest.html.j2", True),
            "md": digest_render.quote_markup("digest.md.j2", False),
            "docx": digest_render.docx_quote(styles)}
        self.csv = digest_render.csv_quotes

    def __call__(self, tid: str, mark: int, shown: str, rows: list[CodingRow]) -> Fragment:
        """A transcript's part: `rows` its public codings, `shown` their hash (`public`)."""
        from qcode import exports

        csv, n = exports.codings_csv_block(rows)
        who = self.redactor.transcript_id(tid)
        return Fragment(tid, mark, shown, n, csv, self.rows(rows), len(rows), who,
                        self.quotes.interviewee(who), self._quotes(rows))

    def _quotes(self, rows: list[CodingRow]) -> tuple[QuotePiece, ...]:
        by_code: dict[str, list[Quote]] = defaultdict(list)
        for row in rows:
            quote = self.quotes.draft(row)
            if quote is not None:
                by_code[row.code].append(quote)
        pieces = []
        for code, quotes in sorted(by_code.items()):
            quotes = ordered(quotes)
            html, md, docx = ("".join(map(f, quotes)) for f in self.formats.values())
            pieces.append(QuotePiece(code, len(quotes), html, md, docx,
                                     "".join(map(self.csv(self.theme.get(code, "")), quotes))))
        return tuple(pieces)


def write_digest(store: Store, book: Codebook, folder: Path) -> None:
    """The draft digest's files from the stored pieces: what digest_render.render writes
    for build_digest(status suggested) of the same store."""
    from qcode.digest_render import marker, write_assembled

    counts: dict[str, dict[str, int]] = defaultdict(dict)  # code -> shown id -> quotes
    for code, shown, n in store.quote_counts():
        counts[code][shown] = counts[code].get(shown, 0) + n
    groups: dict[str, Group] = {}
    themes, by_theme = [], []  # by_theme: each theme's groups' counts
    for theme in book.codes:
        codes = walk(theme)
        groups |= {c.id: Group(c.id, c.label, c.color) for c in codes}
        quoted = [counts.get(c.id, {}) for c in codes]
        by_theme.append(quoted)
        themes.append(Theme(theme.id, theme.label, theme.color, theme.description,
                            [groups[c.id] for c in codes],
                            (sum(sum(q.values()) for q in quoted), len(set().union(*quoted)))))
    for code, group in groups.items():
        # a marker stands in for the group's quotes (write_assembled)
        group.quotes = [marker(code)] if counts.get(code) else []  # type: ignore[list-item]
    labels = store.interviewee_labels()
    matrix = [(labels[who], [sum(q.get(who, 0) for q in quoted) for quoted in by_theme])
              for who in sorted({who for quoted in by_theme for q in quoted for who in q})]
    digest = Digest(f"{book.name}: quotes by theme", "suggested", True,
                    date.today().isoformat(), themes, matrix)

    write_assembled(digest, folder, store.quote_bytes, docx_template(store))


def docx_template(store: Store) -> DocxTemplate:
    """Word's template (digest_render.docx_template), kept in the store for the python-docx
    installed: an edit that renders a part then needs no python-docx (0.06 s of CPU to
    import). A python-docx installed again is another file, so its template is made anew."""
    import importlib.util

    from qcode.digest_render import DocxTemplate
    from qcode.digest_render import docx_template as made

    spec = importlib.util.find_spec("docx")
    try:
        stat = Path(spec.origin).stat() if spec and spec.origin else None
    except OSError:
        stat = None
    installed = f"{spec.origin}:{stat.st_mtime_ns}:{stat.st_size}" if spec and stat else ""
    kept = json.loads(store.get(DOCX_TEMPLATE) or "{}")
    if installed and kept.get("installed") == installed:
        return DocxTemplate(base64.b64decode(kept["package"]), kept["styles"])
    template = made()
    if installed:
        store.put(DOCX_TEMPLATE, json.dumps({
            "installed": installed, "package": base64.b64encode(template.package).decode(),
            "styles": template.styles}))
    return template
