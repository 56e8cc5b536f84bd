"""Quotes by theme for writers: HTML, Markdown, Word and quotes.csv from one Digest model.

Every quote carries an attribution built from public front-matter fields only and its
provenance (transcript, line, coding id, reviewers); text passes through the redaction list.
"""

from __future__ import annotations

import string
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from qcode.cells import printable
from qcode.codebook import Code, Codebook
from qcode.config import Config
from qcode.errors import ConfigError, NothingSelected, QcodeError
from qcode.model import CodingRow, within
from qcode.plural import counted
from qcode.privacy import Redactor, public_codings
from qcode.store import Store

STATUSES = {"accepted": {"accepted", "recoded"},
            "suggested": {"suggested", "accepted", "recoded", "disputed"},
            "all": {"suggested", "accepted", "recoded", "disputed", "rejected"}}
STANDARD_FIELDS = {"id", "pseudonym", "age", "gender", "province", "interview_year",
                   "language", "translator", "transcript"}


@dataclass
class Quote:
    coding_id: str
    code: str
    text: str
    attribution: str
    transcript: str
    line: int
    reviewers: str
    status: str
    confidence: float
    question: str  # set when the interviewer's question is part of why it was coded


@dataclass
class Group:
    """A theme's own quotes or one subtheme's."""

    code: str
    label: str
    color: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Theme:
    code: str
    label: str
    color: str
    description: str
    groups: list[Group]
    counted: tuple[int, int] | None = None  # (quotes, interviewees) of a digest assembled
    # from rendered pieces (pieces.py), whose groups hold a marker for their quotes

    @property
    def quotes(self) -> int:
        if self.counted:
            return self.counted[0]
        return sum(len(g.quotes) for g in self.groups)

    @property
    def interviewees(self) -> int:
        if self.counted:
            return self.counted[1]
        return len({q.transcript for g in self.groups for q in g.quotes})


@dataclass
class Digest:
    title: str
    status: str
    draft: bool
    generated: str
    themes: list[Theme]
    matrix: list[tuple[str, list[int]]]  # (interviewee, quote count per theme)


@dataclass
class DigestOptions:
    codes: tuple[str, ...] = ()
    status: str = "accepted"
    where: tuple[str, ...] = ()
    context: int | None = None
    limit: int | None = None
    formats: tuple[str, ...] = ("html", "md", "docx", "csv")
    template: Path | None = None


class Attribution:
    """`{pseudonym}, {gender}, {age}, {province}` with missing fields dropped with their
    separators; unknown or private fields are errors."""

    def __init__(self, template: str, known: set[str], config: Config):
        self.parts = list(string.Formatter().parse(template))
        private = {f.lower() for f in config.private_fields}
        for _, name, _, _ in self.parts:
            if name is None:
                continue
            if name.lower() in private:
                raise ConfigError(f"attribution field '{name}' is private and never shown; "
                                  "remove it from `attribution` in qcode.toml", "qcode.toml")
            if name not in known | STANDARD_FIELDS:
                raise ConfigError(f"attribution field '{name}' is not a front-matter field of "
                                  f"any transcript (known: {', '.join(sorted(known))}); fix "
                                  "`attribution` in qcode.toml", "qcode.toml")

    def __call__(self, meta: dict[str, Any]) -> str:
        out = ""
        for literal, name, _, _ in self.parts:
            if name is None:
                out += literal
                continue
            value = meta.get(name)
            if value is None or str(value).strip() == "":
                continue
            out += (literal if out or literal.strip() else "") + str(value)
        return out.strip(" ,;") or "unattributed"


def build_digest(store: Store, book: Codebook, config: Config, opts: DigestOptions) -> Digest:
    """The quotes the options select."""
    if opts.status not in STATUSES:
        raise QcodeError(f"unknown status '{opts.status}'; use accepted, suggested or all",
                         code="Q102", option="status")
    quoter = Quoter(store, book, config, opts.context)
    wanted_meta = _where(opts.where, quoter.known, config)
    quotes: dict[str, list[Quote]] = {}
    for row in public_codings(store, config):
        meta = quoter.metas.get(row.transcript, {})
        if _selected(row, meta, wanted_meta, opts):
            quotes.setdefault(row.code, []).append(quoter.quote(row, meta))
    themes = [_theme(code, quotes, opts.limit) for code in book.codes]
    themes = [t for t in themes if t.quotes or not opts.codes]
    return Digest(f"{book.name}: quotes by theme", opts.status, opts.status != "accepted",
                  date.today().isoformat(), themes, _matrix(themes, quoter))


class Quoter:
    """What a digest shows of a coding and of an interviewee: for build_digest, and for the
    pieces of run's draft digest (status suggested, every code) kept per transcript
    (pieces.py)."""

    def __init__(self, store: Store, book: Codebook, config: Config,
                 context: int | None = None):
        self.redactor = Redactor(config.redact)
        self.metas = _metas(store, self.redactor)
        self.known = {k for m in self.metas.values() for k in m}
        self.attribute = Attribution(config.attribution, self.known, config)
        self.quote = _Quoting(self.redactor, self.attribute, store.latest_decisions(), context,
                              {c.id: {r.id for r in c.question_rules()} for c in book.flat()})

    def draft(self, row: CodingRow) -> Quote | None:
        """A public coding's quote in the draft digest, or None when it leaves it out."""
        if row.status not in STATUSES["suggested"]:
            return None
        return self.quote(row, self.metas.get(row.transcript, {}))

    def interviewee(self, shown: str) -> str:
        """An interviewee as the matrix names them: attribution and the transcript id shown."""
        return self.redactor.text(self.attribute(self.metas.get(shown, {}))) + f" ({shown})"


def _selected(row: CodingRow, meta: dict[str, Any], wanted: list[tuple[str, str]],
              opts: DigestOptions) -> bool:
    """Whether the options quote this coding; after review, a recoded coding is quoted
    under its new code (`row.code`)."""
    return row.status in STATUSES[opts.status] and _matches(meta, wanted) and \
        (not opts.codes or any(within(row.code, c) for c in opts.codes))


@dataclass
class _Quoting:
    """Makes a coding a quote: its excerpt, attribution, reviewers and, when a question rule
    coded it, the question."""

    redactor: Redactor
    attribute: Attribution
    latest: dict[str, dict[str, Any]]
    context: int | None
    question_rules: dict[str, set[str]]

    def __call__(self, row: CodingRow, meta: dict[str, Any]) -> Quote:
        asked = self.question_rules.get(row.coded_as, set()) & set(row.rules)
        return Quote(row.id, row.code, printable(_excerpt(row, self.context)),
                     printable(self.redactor.text(self.attribute(meta))), row.transcript,
                     row.line, ", ".join(sorted(self.latest.get(row.id, {}))), row.status,
                     row.confidence, printable(row.question) if asked else "")


def _matrix(themes: list[Theme], quoter: Quoter) -> list[tuple[str, list[int]]]:
    """Interviewee x theme: how many quotes each interviewee gives each theme."""
    interviewees = sorted({q.transcript for t in themes for g in t.groups for q in g.quotes})
    counts = [Counter(q.transcript for g in t.groups for q in g.quotes) for t in themes]
    return [(quoter.interviewee(i), [c[i] for c in counts]) for i in interviewees]


def _metas(store: Store, redactor: Redactor | None = None) -> dict[str, dict[str, Any]]:
    """Each transcript's front matter, with its id as the fields `id` and `transcript`; with
    a redactor, by the id outputs show (a redacted id's pseudonym, as public_codings gives
    it), which then replaces the id in the fields too."""
    metas = {}
    for tid, meta in store.transcript_meta().items():
        shown = redactor.transcript_id(tid) if redactor else tid
        if shown != tid:
            meta["id"] = meta["transcript"] = shown
        meta.setdefault("id", shown)
        meta.setdefault("transcript", shown)
        metas[shown] = meta
    return metas


def why_empty(store: Store, config: Config, opts: DigestOptions) -> NothingSelected:
    """Why no quote was selected, naming the option that excluded them."""
    metas = _metas(store)
    known = {k for m in metas.values() for k in m}
    wanted = _where(opts.where, known, config)
    if wanted and not any(_matches(m, wanted) for m in metas.values()):
        values = {k: sorted({str(m[k]) for m in metas.values() if k in m}) for k, _ in wanted}
        seen = "; ".join(f"{k} is one of {', '.join(v)}" for k, v in values.items())
        return NothingSelected(f"no transcript has {' and '.join(opts.where)} ({seen}); nothing "
                               "was written", option="where")
    any_status = replace(opts, status="all")
    found = Counter(row.status for row in store.codings()
                    if _selected(row, metas.get(row.transcript, {}), wanted, any_status))
    chosen = " and ".join([*(f"code {c}" for c in opts.codes), *opts.where]) or "the project"
    if not found:
        return NothingSelected(f"no coding matches {chosen}; nothing was written")
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(found.items()))
    n = sum(found.values())
    return NothingSelected(f"{counted(n, 'coding')} {'matches' if n == 1 else 'match'} {chosen} "
                           f"({statuses}) but "
                           f"none is {opts.status}; review them first (qcode review export), "
                           "or ask for a draft (status suggested); nothing was written",
                           option="status")


def _matches(meta: dict[str, Any], wanted: list[tuple[str, str]]) -> bool:
    return all(str(meta.get(k, "")).lower() == v.lower() for k, v in wanted)


def _where(where: tuple[str, ...], known: set[str], config: Config) -> list[tuple[str, str]]:
    out = []
    private = {f.lower() for f in config.private_fields}
    for item in where:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise QcodeError(f"'{item}' must look like FIELD=VALUE, e.g. gender=woman", code="Q103",
                             option="where")
        if name.lower() in private:
            raise QcodeError(f"field '{name}' is private and cannot be used", code="Q104",
                             option="where")
        if name not in known:
            raise QcodeError(f"no transcript has a field '{name}' (known: "
                             f"{', '.join(sorted(known))})", code="Q105", option="where")
        out.append((name, value.strip()))
    return out


def _excerpt(row: CodingRow, context: int | None) -> str:
    """The whole segment, or the matched sentences with `context` sentences around them."""
    if context is None or not row.matched:
        return row.text
    from qcode.nlp import get_nlp

    sents = list(get_nlp()(row.text).sents)
    hit = [i for i, s in enumerate(sents)
           if any(s.start_char <= m["start"] < s.end_char for m in row.matched)]
    lo, hi = max(min(hit) - context, 0), min(max(hit) + context, len(sents) - 1)
    text = " ".join(s.text for s in sents[lo:hi + 1])
    return ("… " if lo > 0 else "") + text + (" …" if hi < len(sents) - 1 else "")


def _theme(code: Code, quotes: dict[str, list[Quote]], limit: int | None) -> Theme:
    def group(c: Code) -> Group:
        return Group(c.id, c.label, c.color, ordered(quotes.get(c.id, []), limit))

    return Theme(code.id, code.label, code.color, code.description,
                 [group(c) for c in walk(code)])


def ordered(quotes: list[Quote], limit: int | None = None) -> list[Quote]:
    """A group's quotes: the `limit` most confident (all without one), by transcript and
    line."""
    found = sorted(quotes, key=lambda q: (-q.confidence, q.transcript, q.line))
    return sorted(found[:limit] if limit else found, key=lambda q: (q.transcript, q.line))


def walk(code: Code) -> list[Code]:
    """A theme's codes, the theme's own first: the groups of its quotes, in order."""
    return [code] + [d for child in code.children for d in walk(child)]
