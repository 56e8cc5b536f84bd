"""The project as a REFI-QDA `.qdpx`: Users, the CodeBook, Cases with their variables, one
TextSource per transcript (its text as `sources/<GUID>.txt`, UTF-8 without BOM, LF) and one
PlainTextSelection + Coding per coding, at Unicode code-point offsets, end exclusive.

The text exported is the transcript's body as qcode read it (front matter left out: its public
fields travel as case variables), redacted, with every selection shifted with the redaction.
Each selection's `name` is exactly the text it covers, a self-check other tools (QualCoder)
and validate.py's S005 understand.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import accumulate
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement

from qcode.atomic import write_bytes
from qcode.codebook import Codebook
from qcode.config import Config
from qcode.digest import STATUSES
from qcode.errors import ExchangeError
from qcode.ingest import ingest_key
from qcode.ingest.formats import READERS
from qcode.model import CodingRow, Transcript
from qcode.privacy import REDACTED, Redactor, public_meta
from qcode.refi.guids import code_guid, coding_guid, guid, selection_guid, source_guid, user_guid
from qcode.refi.qdc import ORIGIN, code_elements, from_book, serialise
from qcode.store import Store

NS_PROJECT = "urn:QDA-XML:project:1.0"
QCODE_USER = "qcode"
# Characters XML 1.0 cannot hold at all (C0 controls but tab, CR, LF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class QdpxReport:
    sources: int
    codings: int
    notes: int
    users: int
    skipped: int  # codings of codes no longer in the codebook


def body_text(t: Transcript, config: Config) -> tuple[str, Callable[[int], int]]:
    """The transcript's text as qcode read it, without front matter, and a map from the
    stored offsets to offsets in that text. A Word file's paragraphs are one a line, so
    they are written with a blank line between them: read back as plain text, they stay
    paragraphs. The file must be the one ingested."""
    path = Path(t.path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ExchangeError(f"cannot read transcript '{t.id}' to export its text: "
                            f"{e.strerror}; restore the file or remove it from the project",
                            path) from e
    if ingest_key(data, config) != t.file_hash:
        raise ExchangeError(f"transcript '{t.id}' changed since it was ingested, so its "
                            "codings may not fit the text; run `qcode run` (or ingest and "
                            "code) first", path)
    source = READERS[path.suffix.lower()](data, path)
    text = source.decoded.text
    # text-like formats hand over the lines after the front matter; subtitles start at 0
    start = source.lines[0].offset if source.labelled is None and source.lines else 0
    body = text[start:]
    if not source.line_is_paragraph:
        return body, lambda p: p - start
    breaks = [0, *accumulate(ch == "\n" for ch in body)]
    return body.replace("\n", "\n\n"), lambda p: p - start + breaks[p - start]


class Redaction:
    """Redacts a text and moves offsets with it; a boundary inside a redacted name moves to
    the edge of `[redacted]`."""

    def __init__(self, redactor: Redactor, text: str):
        pattern = redactor.pattern
        self.cuts = [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
        self.text = redactor.text(text)

    def at(self, pos: int, end: bool) -> int:
        delta = 0
        for s, e in self.cuts:
            if e <= pos:
                delta += len(REDACTED) - (e - s)
            elif s < pos:
                return s + delta + (len(REDACTED) if end else 0)
        return pos + delta


def locate(body: str, start: int, end: int, text: str) -> tuple[int, int]:
    """The exact span of a coded unit: a sentence is found inside its paragraph's span
    (whitespace may differ: unit texts are normalised); otherwise the whole span."""
    words = text.split()
    if words:
        m = re.compile(r"\s+".join(map(re.escape, words))).search(body, start, end)
        if m:
            return m.start(), m.end()
    return start, end


def _variables(metas: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Front-matter field -> REFI variable type, from the values all transcripts give it."""
    kinds: dict[str, set[type]] = {}
    for meta in metas.values():
        for k, v in meta.items():
            if k != "id" and v is not None and str(v).strip():
                kinds.setdefault(k, set()).add(type(v))
    out = {}
    for k, types in sorted(kinds.items()):
        if types == {bool}:
            out[k] = "Boolean"
        elif types == {int}:
            out[k] = "Integer"
        elif types <= {int, float}:
            out[k] = "Float"
        else:
            out[k] = "Text"
    return out


def _value(kind: str, value: Any, redactor: Redactor) -> tuple[str, str]:
    if kind == "Boolean":
        return "BooleanValue", "true" if value else "false"
    if kind in ("Integer", "Float"):
        return f"{kind}Value", str(value)
    text = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
    return "TextValue", _NOT_XML.sub("", redactor.text(text))


def stamp(at: str = "") -> str:
    """An xsd:dateTime: a stored time as it is, or now."""
    return at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Builder:
    """Collects the project's elements; one instance per export."""

    def __init__(self, store: Store, book: Codebook, config: Config, status: str):
        if status not in STATUSES:
            raise ExchangeError(f"unknown status '{status}'; use accepted, suggested or all")
        self.store, self.book, self.config = store, book, config
        self.wanted = STATUSES[status]
        self.redactor = Redactor(config.redact)
        self.latest = store.latest_decisions()
        self.codes = {c.id: c.guid or code_guid(c.id) for c in book.flat()}
        reviewers = {r for by in self.latest.values() for r in by}
        self.users = {name: user_guid(name) for name in sorted({QCODE_USER, *reviewers})}
        self.notes: list[Element] = []
        self.files: dict[str, bytes] = {}
        self.report = QdpxReport(0, 0, 0, len(self.users), 0)

    def project(self, name: str) -> Element:
        root = Element("Project", {"xmlns": NS_PROJECT, "name": name, "origin": ORIGIN,
                                   "creatingUserGUID": self.users[QCODE_USER],
                                   "creationDateTime": stamp()})
        users = SubElement(root, "Users")
        for uname, ugid in self.users.items():
            SubElement(users, "User", {"guid": ugid, "name": uname})
        code_elements(SubElement(SubElement(root, "CodeBook"), "Codes"), from_book(self.book.codes))
        transcripts = list(self.store.load_transcripts())
        metas = {t.id: public_meta(t.meta, self.config) for t in transcripts}
        variables = _variables(metas)
        if variables:
            var_el = SubElement(root, "Variables")
            for k, kind in variables.items():
                SubElement(var_el, "Variable", {"guid": guid("variable", k), "name": k,
                                                "typeOfVariable": kind})
        if transcripts:
            cases = SubElement(root, "Cases")
            for t in transcripts:
                case = SubElement(cases, "Case", {"guid": guid("case", t.id), "name": t.id})
                for k, kind in variables.items():
                    v = metas[t.id].get(k)
                    if k in metas[t.id] and v is not None and str(v).strip():
                        vv = SubElement(case, "VariableValue")
                        SubElement(vv, "VariableRef", {"targetGUID": guid("variable", k)})
                        tag, text = _value(kind, v, self.redactor)
                        SubElement(vv, tag).text = text
                SubElement(case, "SourceRef", {"targetGUID": source_guid(t.id)})
            by_transcript: dict[str, list[CodingRow]] = {}
            for row in self.store.codings():
                by_transcript.setdefault(row.transcript, []).append(row)
            sources = SubElement(root, "Sources")
            for t in transcripts:
                self.source(sources, t, by_transcript.get(t.id, []))
        if self.notes:
            SubElement(root, "Notes").extend(self.notes)
        return root

    def source(self, parent: Element, t: Transcript, rows: list[CodingRow]) -> None:
        body, at = body_text(t, self.config)
        red = Redaction(self.redactor, body)
        sid = source_guid(t.id)
        self.files[f"sources/{sid}.txt"] = red.text.encode("utf-8")
        self.report.sources += 1
        el = SubElement(parent, "TextSource", {
            "guid": sid, "name": t.id, "plainTextPath": f"internal://{sid}.txt",
            "creatingUser": self.users[QCODE_USER], "creationDateTime": stamp()})
        for row in rows:
            if row.status not in self.wanted:
                continue
            by = self.latest.get(row.id, {})
            code = row.code  # as reviewers settled it
            if code not in self.codes:
                self.report.skipped += 1
                continue
            s, e = locate(body, at(row.start), at(row.end), row.text)
            s, e = red.at(s, end=False), red.at(e, end=True)
            if not 0 <= s <= e <= len(red.text):
                raise ExchangeError(f"coding {row.id} lies outside the text of '{t.id}' "
                                    f"({s}-{e}); run `qcode run` and export again", t.path)
            self.selection(el, row, code, by, red.text[s:e], s, e)

    def selection(self, parent: Element, row: CodingRow, code: str, by: dict[str, Any],
                  text: str, start: int, end: int) -> None:
        # the rules' and the model's codings are qcode's; a manual one its reviewer's
        creator = QCODE_USER if row.origin != "manual" else min(by, default=QCODE_USER)
        attrs = {"guid": selection_guid(row.id), "startPosition": str(start),
                 "endPosition": str(end), "creatingUser": self.users[creator],
                 "creationDateTime": stamp()}
        if not _NOT_XML.search(text):
            attrs["name"] = text
        sel = SubElement(parent, "PlainTextSelection", attrs)
        lines = [f"qcode coding {row.id}: {code} ({row.status})"]
        if row.origin != "manual":
            lines.append(f"rules: {', '.join(row.rules)}; confidence {row.confidence:.2f}")
        if row.coded_as and row.coded_as != code:
            lines.append(f"coded as {row.coded_as} by the rules, recoded in review")
        for reviewer, d in sorted(by.items()):
            recode = f" to {d['recode_to']}" if d["recode_to"] else ""
            said = f": {self.redactor.text(d['note'])}" if d["note"] else ""
            lines.append(f"{reviewer}: {d['decision']}{recode}{said}")
        SubElement(sel, "Description").text = _NOT_XML.sub("", "\n".join(lines))
        coding = SubElement(sel, "Coding", {"guid": coding_guid(row.id),
                                            "creatingUser": self.users[creator]})
        SubElement(coding, "CodeRef", {"targetGUID": self.codes[code]})
        for reviewer, d in sorted(by.items()):
            if d["note"]:
                nid = guid("note", f"{row.id}\x1f{reviewer}")
                SubElement(coding, "NoteRef", {"targetGUID": nid})
                note = Element("Note", {"guid": nid, "name": f"{reviewer} on {code}",
                                        "creatingUser": self.users[reviewer],
                                        "creationDateTime": d["at"]})
                SubElement(note, "PlainTextContent").text = _NOT_XML.sub(
                    "", self.redactor.text(d["note"]))
                self.notes.append(note)
                self.report.notes += 1
        self.report.codings += 1


def export_qdpx(store: Store, book: Codebook, config: Config, path: Path,
                status: str = "suggested") -> QdpxReport:
    """Write the project as a .qdpx; nothing is written when any transcript cannot be."""
    builder = _Builder(store, book, config, status)
    root = builder.project(book.name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", serialise(root))
        for name, data in builder.files.items():
            zf.writestr(name, data)
    write_bytes(path, buffer.getvalue())
    return builder.report
