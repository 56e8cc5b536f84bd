"""A .qdpx read into plain data: users, codes, and each text source as qcode will store it
(UTF-8, LF) with its selections converted to code-point offsets into that text.

Tools count differently (see the README's exchange section): REFI-QDA says Unicode code
points; NVivo counts UTF-16 units after a BOM with CRLF as two; ATLAS.ti counts a CRLF as
one. Offsets are converted here once, so everything after works in code points of LF text.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from qcode.errors import ExchangeError, ProblemsError
from qcode.plural import counted
from qcode.refi.container import Archive, open_qdpx, parse_xml
from qcode.refi.guids import GUID, normal
from qcode.refi.qdc import RefiCode, read_codes

_OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
_CRLF = re.compile("\r(?=\n)")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


@dataclass
class Selection:
    guid: str
    start: int  # code points into Source.text, end exclusive
    end: int
    codes: list[str]  # normalised code GUIDs
    user: str  # normalised user GUID, "" when not given
    memo: str


@dataclass
class Source:
    guid: str
    name: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    selections: list[Selection] = field(default_factory=list)


@dataclass
class RefiProject:
    path: Path
    origin: str
    exporter: str  # normalised GUID of the user who last saved the project, or ""
    modified: str
    users: dict[str, str]  # normalised GUID -> name
    codes: list[RefiCode]
    sources: list[Source]
    unread: list[str]  # what qcode does not take in, said so that nothing goes silently
    data: bytes  # the whole file, to recognise a re-import


def unit_of(origin: str) -> str:
    low = origin.lower()
    return "utf16" if "nvivo" in low else "atlas" if "atlas" in low else "codepoint"


class Positions:
    """Maps a tool's offsets in the stored text to code points in the LF text qcode keeps.
    Only characters outside the BMP (two UTF-16 units) and CRLFs count differently, so
    only they are listed: texts run to megabytes."""

    def __init__(self, raw: str, unit: str):
        self.n = len(raw)
        self.crs = [m.start() for m in _CRLF.finditer(raw)]  # a CR dropped in the LF text
        self.wide = [m.start() for m in _ASTRAL.finditer(raw)] if unit == "utf16" else []
        self.atlas = unit == "atlas"  # ATLAS.ti counts a CRLF as one character
        self.text = raw.replace("\r\n", "\n").replace("\r", "\n")

    def units(self, i: int) -> int:
        """The tool's offset of code point i of the raw text."""
        return i + bisect_left(self.wide, i) - (bisect_left(self.crs, i) if self.atlas else 0)

    @property
    def length(self) -> int:
        return self.units(self.n)

    def at(self, offset: int) -> int | None:
        lo, hi = 0, self.n
        while lo < hi:
            mid = (lo + hi) // 2
            if self.units(mid) < offset:
                lo = mid + 1
            else:
                hi = mid
        if self.units(lo) != offset:
            return None  # past the end, or inside a surrogate pair
        return lo - bisect_left(self.crs, lo)


def _text(archive: Archive, el: Element, where: str) -> tuple[str, str]:
    """(text, where it came from) of a TextSource: its plain-text file, or inline content."""
    path = el.get("plainTextPath")
    if path is None:
        content = el.find("PlainTextContent")
        if content is None:
            only = " (only a rich-text file, whose plain text qcode cannot derive as the " \
                "other tool counted it)" if el.get("richTextPath") else ""
            raise ExchangeError(f"TextSource '{el.get('name')}' has neither plainTextPath nor "
                                f"PlainTextContent{only}; export it again with plain text",
                                where)
        return content.text or "", where
    if not path.startswith("internal://"):
        raise ExchangeError(f"TextSource '{el.get('name')}': {path!r} is outside the .qdpx; "
                            "export the project again with its texts inside", where)
    entry, data = archive.internal(path, where)
    here = f"{archive.path}!{entry}"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), here
    try:
        return data.decode("utf-8-sig"), here
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise ExchangeError(f"not UTF-8 (byte {e.start}); REFI-QDA texts are UTF-8", here,
                            line) from e


def _variables(root: Element) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """Variable names by GUID, and source GUID -> {variable: value} from Cases and sources."""
    names = {normal(v.get("guid", "")): v.get("name", "") for v in root.iter("Variable")}

    def values(el: Element) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for vv in el.findall("VariableValue"):
            ref = vv.find("VariableRef")
            name = names.get(normal(ref.get("targetGUID", ""))) if ref is not None else None
            value = next((c for c in vv if c.tag.endswith("Value")), None)
            if name and value is not None and value.text is not None:
                text = value.text.strip()
                if value.tag == "IntegerValue" and text.lstrip("-").isdigit():
                    out[name] = int(text)
                elif name == "interviewers":  # qcode's own list field, exported joined by ;
                    out[name] = [x.strip() for x in text.split(";") if x.strip()]
                else:
                    out[name] = text
        return out

    by_source: dict[str, dict[str, Any]] = {}
    for case in root.iter("Case"):
        found = values(case)
        for ref in case.findall("SourceRef"):
            by_source.setdefault(normal(ref.get("targetGUID", "")), {}).update(found)
    for src in root.iter("TextSource"):
        by_source.setdefault(normal(src.get("guid", "")), {}).update(values(src))
    return names, by_source


def _selections(el: Element, pos: Positions, codes: set[str], where: str,
                problems: list[str]) -> list[Selection]:
    out = []
    for sel in el.findall("PlainTextSelection"):
        name = f"PlainTextSelection {sel.get('guid')} of '{el.get('name')}'"
        try:
            a, b = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
        except ValueError:
            problems.append(f"{where}: {name}: startPosition / endPosition missing or not numbers")
            continue
        start, end = pos.at(a), pos.at(b)
        if start is None or end is None or not a <= b:
            problems.append(f"{where}: {name}: [{a}, {b}) lies outside its text ({pos.length} "
                            "characters) or splits a character; the export is broken or counts "
                            "another way")
            continue
        refs = [normal(r.get("targetGUID", "")) for r in sel.findall("Coding/CodeRef")]
        for ref in refs:
            if ref not in codes:
                problems.append(f"{where}: {name}: a Coding refers to code {ref}, which is not "
                                "in the project's CodeBook")
        memo = (sel.findtext("Description") or "").strip()
        out.append(Selection(normal(sel.get("guid", "")), start, end,
                             [r for r in refs if r in codes], normal(sel.get("creatingUser", "")),
                             memo))
    return out


def read_qdpx(path: Path) -> RefiProject:
    """Read and check a whole .qdpx; every problem in its selections is listed at once."""
    archive = open_qdpx(path)
    with archive.zf:
        where = f"{path}!{archive.qde}"
        root = parse_xml(archive.read(archive.qde), where, "Project", "project")
        origin = root.get("origin", "")
        users = {normal(u.get("guid", "")): u.get("name") or u.get("id") or "unnamed"
                 for u in root.iter("User")}
        book = root.find("CodeBook")
        codes = read_codes(book.find("Codes") if book is not None else None, where)
        known = {normal(c.guid) for top in codes for _, c in top.walk()}
        _, meta = _variables(root)
        problems: list[str] = []
        sources = [_source(archive, el, where, unit_of(origin), meta, known, problems)
                   for el in root.iter("TextSource")]
        if problems:
            raise ProblemsError(f"{counted(len(problems), 'problem')} in the project; nothing was "
                                "imported", problems, path)
    exporter = normal(root.get("modifyingUserGUID") or root.get("creatingUserGUID") or "")
    return RefiProject(path, origin, exporter,
                       root.get("modifiedDateTime") or root.get("creationDateTime") or "",
                       users, codes, sources, _unread(root), path.read_bytes())


def _source(archive: Archive, el: Element, where: str, unit: str,
            meta: dict[str, dict[str, Any]], known: set[str], problems: list[str]) -> Source:
    """One TextSource: its text, its variables and its checked selections."""
    guid = el.get("guid", "")
    if not GUID.match(guid):
        raise ExchangeError(f"a TextSource without a valid guid ({guid!r})", where)
    raw, _ = _text(archive, el, where)
    if raw.startswith("\ufeff"):
        raw = raw[1:]  # NVivo: offsets count from after the BOM
    pos = Positions(raw, unit)
    return Source(normal(guid), el.get("name") or normal(guid), pos.text,
                  meta.get(normal(guid), {}), _selections(el, pos, known, where, problems))


def _unread(root: Element) -> list[str]:
    """What the project holds that qcode does not read, to say so."""
    unread = [f"{counted(n, tag)} (only text sources are read)" for tag in _OTHER_SOURCES
              if (n := len(list(root.iter(tag))))]
    whole = sum(len(el.findall("Coding")) for el in root.iter("TextSource"))
    if whole:
        unread.append(f"{counted(whole, 'coding')} of whole sources (only selections are read)")
    return unread
