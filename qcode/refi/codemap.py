"""Another tool's codes matched to the codebook's, and the unknown ones added to it.

A code is matched by GUID first (one exported by qcode, or imported with `guid:`), then by
its path of names (labels, case-insensitive), then by a name that only one code has, then by
the id its name would become. ATLAS.ti re-mints GUIDs on every export, so names matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import yaml

from qcode.codebook import Codebook, parse_codebook
from qcode.errors import ExchangeError
from qcode.refi.guids import code_guid, normal
from qcode.refi.qdc import RefiCode, assign_ids, to_yaml_codes


@dataclass
class CodeMap:
    ids: dict[str, str]  # normalised GUID -> qcode code id
    unknown: list[tuple[str, RefiCode]] = field(default_factory=list)  # (name path, code)
    added: list[str] = field(default_factory=list)  # ids added to the codebook


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def map_codes(codes: list[RefiCode], book: Codebook) -> CodeMap:
    by_guid = {normal(c.guid or code_guid(c.id)): c.id for c in book.flat()}
    by_guid.update({normal(code_guid(c.id)): c.id for c in book.flat()})
    by_path: dict[tuple[str, ...], str] = {}
    by_label: dict[str, list[str]] = {}
    for c in book.flat():
        parts = c.id.split("/")
        path = tuple(_key(book.code("/".join(parts[:i + 1])).label) for i in range(len(parts)))
        by_path[path] = c.id
        by_label.setdefault(_key(c.label), []).append(c.id)
    ids = {c.id for c in book.flat()}
    slugs = {id(c): cid for c, cid in assign_ids(codes)}
    out = CodeMap({})
    for top in codes:
        for names, rc in top.walk():
            found = (by_guid.get(normal(rc.guid)) or by_path.get(tuple(map(_key, names)))
                     or (by_label[_key(rc.name)][0] if len(by_label.get(_key(rc.name), [])) == 1
                         else None)
                     or (slugs[id(rc)] if slugs[id(rc)] in ids else None))
            if found:
                out.ids[normal(rc.guid)] = found
            else:
                out.unknown.append((" / ".join(names), rc))
    return out


def add_codes(book_path: Path, book: Codebook, cmap: CodeMap, source: str) -> str:
    """The codebook text with the unknown codes appended at the end of `codes:` (the rest of
    the file, comments included, is left as it is). An unknown code under a known parent is
    added at the top level, named by its path. Returns the new text; nothing is written."""
    text = book.source
    keys = re.findall(r"^([A-Za-z_]\w*)\s*:", text, re.MULTILINE)
    if not keys or keys[-1] != "codes":
        raise ExchangeError("cannot add codes: `codes:` is not the last key of the codebook; "
                            "move it to the end, or add the codes by hand", book_path)
    under_unknown = {id(child) for _, k in cmap.unknown for child in k.children}
    tops: list[RefiCode] = []
    originals: dict[int, RefiCode] = {}
    for path, c in cmap.unknown:
        if id(c) not in under_unknown:  # a top-level code, or one under a known parent
            top = RefiCode(c.guid, path, c.description, c.color, c.codable, c.children)
            originals[id(top)] = c
            tops.append(top)
    pairs = assign_ids(tops, "", {c.id for c in book.flat()})
    entries = to_yaml_codes(tops, {id(c): cid for c, cid in pairs})
    for c, cid in pairs:
        cmap.ids.setdefault(normal(originals.get(id(c), c).guid), cid)
    cmap.added = [cid for _, cid in pairs]
    indent = re.search(r"^codes:\s*\n(?:\s*(?:#.*)?\n)*?([ \t]*)-", text, re.MULTILINE)
    pad = indent.group(1) if indent else "  "
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    dumped = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
    block = "".join(f"{pad}{line}\n" for line in dumped.splitlines())
    new = (text.rstrip("\n") + f"\n\n{pad}# Added by `qcode import qdpx` from {source} on "
           f"{stamp}: no rules yet.\n" + block)
    check = parse_codebook(new, book_path)
    if [c.id for c in check.flat()] != [c.id for c in book.flat()] + cmap.added:
        raise ExchangeError("cannot add codes to this codebook automatically (its layout is "
                            "unusual); add them by hand: " + ", ".join(cmap.added), book_path)
    return new

