"""Codebooks as REFI-QDA `.qdc`, both ways. A qcode code becomes a `<Code>` named by its label,
with a GUID from its id (or the GUID it was imported with) and its definition, include /
exclude lists and examples as one Description, one item a line, so that importing the file
again gives them back as lists. Rules have no place in QDA-XML: an imported codebook has none.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, indent, tostring

import yaml

from qcode import __version__
from qcode.atomic import write_bytes
from qcode.codebook import Code, Codebook, parse_codebook
from qcode.errors import ExchangeError
from qcode.refi.container import open_qdpx, parse_xml, read_file
from qcode.refi.guids import GUID, code_guid

NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"qcode {__version__}"
# Description lines that carry a list item, in the order they are written.
PREFIXES = (("Include: ", "include"), ("Exclude: ", "exclude"),
            ("Example: ", "positive"), ("Not an example: ", "negative"))
_HEX3 = re.compile(r"^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$")
_HEX6 = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass
class RefiCode:
    """A code as QDA-XML knows it: no rules, a free-text description."""

    guid: str
    name: str
    description: str = ""
    color: str | None = None
    codable: bool = True
    children: list[RefiCode] = field(default_factory=list)

    def walk(self, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], RefiCode]]:
        """(names from the top, code) for this code and every code under it."""
        here = (*path, self.name)
        return [(here, self)] + [x for c in self.children for x in c.walk(here)]


def describe(code: Code) -> str:
    lists = {"include": code.include, "exclude": code.exclude,
             "positive": code.examples.positive, "negative": code.examples.negative}
    items = [f"{prefix}{' '.join(item.split())}" for prefix, key in PREFIXES
             for item in lists[key]]
    return "\n\n".join(x for x in (code.description.strip(), "\n".join(items)) if x)


def undescribe(text: str) -> dict[str, list[str] | str]:
    """A Description back into description, include, exclude and examples."""
    out: dict[str, list[str] | str] = {key: [] for _, key in PREFIXES}
    rest = []
    for line in text.replace("\r\n", "\n").split("\n"):
        key = next((k for p, k in PREFIXES if line.startswith(p)), None)
        if key is None:
            rest.append(line)
        else:
            out[key].append(line.split(": ", 1)[1].strip())  # type: ignore[union-attr]
    out["description"] = "\n".join(rest).strip()
    return out


def from_book(codes: list[Code]) -> list[RefiCode]:
    return [RefiCode(c.guid or code_guid(c.id), c.label, describe(c), c.color, True,
                     from_book(c.children)) for c in codes]


def code_elements(parent: Element, codes: list[RefiCode]) -> None:
    """`<Code>` elements as both schemas define them (Description, then child Codes)."""
    for c in codes:
        attrs = {"guid": c.guid, "name": c.name, "isCodable": "true" if c.codable else "false"}
        if c.color:
            attrs["color"] = c.color
        el = SubElement(parent, "Code", attrs)
        if c.description:
            SubElement(el, "Description").text = c.description
        code_elements(el, c.children)


def serialise(root: Element) -> bytes:
    indent(root, "  ")
    return tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write_qdc(book: Codebook, path: Path) -> int:
    """The codebook as a .qdc valid against Codebook.xsd; returns the number of codes."""
    root = Element("CodeBook", {"xmlns": NS_CODEBOOK, "origin": ORIGIN})
    code_elements(SubElement(root, "Codes"), from_book(book.codes))
    write_bytes(path, serialise(root))
    return len(book.flat())


def read_codes(parent: Element | None, where: str) -> list[RefiCode]:
    """The `<Code>` tree under `<Codes>` (project or codebook namespace alike)."""
    out = []
    for el in [] if parent is None else parent.findall("Code"):
        guid, name = el.get("guid", ""), el.get("name")
        if not GUID.match(guid) or not name:
            raise ExchangeError(f"a <Code> without a valid guid or name (guid={guid!r}, "
                                f"name={name!r}); the file is not valid REFI-QDA", where)
        color = el.get("color")
        hex3 = _HEX3.match(color or "")
        color = "#" + "".join(x * 2 for x in hex3.groups()) if hex3 else color
        out.append(RefiCode(guid, name.strip(), (el.findtext("Description") or "").strip(),
                            color.lower() if color and _HEX6.match(color) else None,
                            el.get("isCodable", "true").lower() not in ("false", "0"),
                            read_codes(el, where)))
    return out


def slug(name: str) -> str:
    """A code name as a qcode id part: ASCII letters, digits and underscores."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_.lower()).strip("_") or "code"


def assign_ids(codes: list[RefiCode], parent: str = "",
               taken: set[str] | None = None) -> list[tuple[RefiCode, str]]:
    """(code, qcode id) for every code: `parent/child` ids from the names, made unique with
    `_2`, `_3` among siblings."""
    taken = set() if taken is None else taken
    out = []
    for c in codes:
        base = f"{parent}/{slug(c.name)}" if parent else slug(c.name)
        cid, n = base, 1
        while cid in taken:
            n += 1
            cid = f"{base}_{n}"
        taken.add(cid)
        out.append((c, cid))
        out += assign_ids(c.children, cid, taken)
    return out


def to_yaml_codes(codes: list[RefiCode], ids: dict[int, str]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for c in codes:
        parts = undescribe(c.description)
        entry: dict[str, object] = {"id": ids[id(c)], "label": c.name, "guid": c.guid}
        if parts["description"]:
            entry["description"] = parts["description"]
        for key in ("include", "exclude"):
            if parts[key]:
                entry[key] = parts[key]
        if c.color:
            entry["color"] = c.color
        examples = {k: parts[k] for k in ("positive", "negative") if parts[k]}
        if examples:
            entry["examples"] = examples
        if not c.codable:
            entry["description"] = (f"{entry.get('description', '')}\n\n(A folder in "
                                    "the other tool: not meant for coding.)").strip()
        if c.children:
            entry["children"] = to_yaml_codes(c.children, ids)
        out.append(entry)
    return out


@dataclass
class QdcImport:
    path: Path
    codes: int
    renamed: list[tuple[str, str]]  # (name in the file, qcode id) where they differ


def codebook_yaml(codes: list[RefiCode], name: str, origin: str, source: str) -> tuple[str, list]:
    """The YAML text of a rule-less codebook, and (code, id) for each code."""
    pairs = assign_ids(codes)
    data = {"name": slug(name), "version": 1, "unit": "paragraph",
            "codes": to_yaml_codes(codes, {id(c): cid for c, cid in pairs})}
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    head = (f"# Imported by `qcode import qdc` from {source} ({origin or 'unknown origin'}) "
            f"on {stamp}.\n# NO CODE HAS RULES YET: qcode codes nothing with this codebook until "
            "you add rules\n# (see codebooks/README.md); `qcode codebook check` lists the codes "
            "without them.\n# `guid:` keeps each code's identity in the other tool.\n")
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return head + body, pairs


def import_qdc(path: Path, into: Path) -> QdcImport:
    """Write a .qdc's codes (or a .qdpx project's) as a new codebook YAML; never replaces
    an existing file."""
    if path.suffix.lower() == ".qdpx":  # a whole project: its CodeBook
        archive = open_qdpx(path)
        with archive.zf:
            where = f"{path}!{archive.qde}"
            root = parse_xml(archive.read(archive.qde), where, "Project", "project")
        book = root.find("CodeBook")
        codes = read_codes(book.find("Codes") if book is not None else None, where)
    else:
        root = parse_xml(read_file(path), str(path), "CodeBook", "codebook")
        codes = read_codes(root.find("Codes"), str(path))
    if not codes:
        raise ExchangeError("the codebook has no codes", path)
    if into.exists():
        raise ExchangeError("already exists; write the codebook to another file, or move this "
                            "one away first (qcode never replaces a codebook)", into,
                            option="into")
    text, pairs = codebook_yaml(codes, path.stem, root.get("origin", ""), path.name)
    parse_codebook(text, into)  # what is written must load; a failure here is qcode's bug
    write_bytes(into, text.encode("utf-8"))
    renamed = [(c.name, cid) for c, cid in pairs if cid.rsplit("/", 1)[-1] != c.name]
    return QdcImport(into, len(pairs), renamed)
