"""Reading REFI-QDA files safely: XML without entities or DTDs (defusedxml), zips checked for
bombs and size before anything is decompressed, every error naming the file and line.

Files come from other people's machines, so nothing in them is trusted: sizes are taken
from the zip directory and enforced again while reading (a forged header cannot lie its way
past), and entity declarations are refused outright (the billion-laughs attack).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from qcode.errors import ExchangeError

MAX_XML = 256 * 2**20  # a .qdc or project.qde; NVivo's 303 codings take 0.2 MB
MAX_ENTRY = 256 * 2**20  # one file inside a .qdpx, uncompressed
MAX_TOTAL = 1024 * 2**20  # everything qcode reads from one .qdpx, uncompressed
MAX_RATIO = 200  # uncompressed / compressed for entries over 1 MB; text rarely passes 20
MAX_ENTRIES = 100_000


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_xml(data: bytes, where: str, root_name: str, kind: str) -> Element:
    """Parse XML bytes whose root must be `root_name` in a `urn:QDA-XML:<kind>:*`
    namespace (tools write 1.0, 1:0 or 0:4; all are read). Tags are returned without
    their namespace."""
    if len(data) > MAX_XML:
        raise ExchangeError(f"the XML is {len(data) / 2**20:.0f} MB, over qcode's limit of "
                            f"{MAX_XML // 2**20} MB; is this really a REFI-QDA file?", where)
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise ExchangeError(f"the XML declares a DTD or entities ({type(e).__name__}); "
                            "REFI-QDA files need neither and qcode refuses them (they can "
                            "expand into gigabytes); re-export the file", where, 1) from e
    except ParseError as e:
        line, column = e.position
        raise ExchangeError(f"not well-formed XML at column {column + 1}: "
                            f"{str(e).split(':')[0]}; re-export the file", where, line) from e
    name, ns = local(root.tag), root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if name != root_name or not ns.startswith(f"urn:QDA-XML:{kind}:"):
        raise ExchangeError(f"the root element is <{name}> in namespace '{ns}', not "
                            f"<{root_name}> in urn:QDA-XML:{kind}:1.0; is this a REFI-QDA "
                            f"{'codebook' if kind == 'codebook' else 'project'}?", where, 1)
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = local(el.tag)
    return root


def read_file(path: Path, limit: int = MAX_XML) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ExchangeError(f"the file is {size / 2**20:.0f} MB, over qcode's limit of "
                                f"{limit // 2**20} MB", path)
        return path.read_bytes()
    except OSError as e:
        raise ExchangeError(f"cannot read the file: {e.strerror}", path) from e


@dataclass
class Archive:
    """An opened .qdpx: its project XML and a way to read `internal://` files."""

    path: Path
    zf: zipfile.ZipFile
    qde: str  # the entry holding the project XML
    sources: dict[str, str]  # lower-case file name in the sources folder -> entry name
    read_so_far: int = 0

    def read(self, name: str) -> bytes:
        """An entry's bytes, refusing more than its declared size (a forged header)."""
        info = self.zf.getinfo(name)
        where = f"{self.path}!{name}"
        if info.file_size > MAX_ENTRY or self.read_so_far + info.file_size > MAX_TOTAL:
            raise ExchangeError(f"{info.file_size / 2**20:.0f} MB uncompressed, over qcode's "
                                f"limit ({MAX_ENTRY // 2**20} MB a file, {MAX_TOTAL // 2**20} "
                                "MB in all)", where)
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExchangeError(f"compressed {info.file_size // max(info.compress_size, 1)}:1, "
                                "which only a zip bomb does; refused", where)
        try:
            with self.zf.open(info) as f:
                data = f.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise ExchangeError(f"a corrupt zip entry ({e}); re-export the file", where) from e
        if len(data) > info.file_size:
            raise ExchangeError("the entry holds more than its header says: a forged zip; "
                                "refused", where)
        self.read_so_far += len(data)
        return data

    def internal(self, uri: str, where: str) -> tuple[str, bytes]:
        """The file an `internal://NAME` path names, in `sources/` or NVivo's `Sources/`;
        returns (entry name, bytes)."""
        name = uri.removeprefix("internal://")
        entry = self.sources.get(name.lower())
        if not uri.startswith("internal://") or entry is None:
            raise ExchangeError(f"{uri!r}: no such file in the sources folder of the .qdpx; "
                                "the export is incomplete, export it again", where)
        return entry, self.read(entry)


def open_qdpx(path: Path) -> Archive:
    """Open a .qdpx and find its project XML (`project.qde`, or the one `.qde` at the root,
    as ATLAS.ti 26 names it after the project) and its sources folder."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as e:
        raise ExchangeError("no such file", path) from e
    except (zipfile.BadZipFile, OSError) as e:
        raise ExchangeError("not a .qdpx: the file is not a zip archive; export the project "
                            "again from the other tool as REFI-QDA (.qdpx)", path) from e
    _check_size(zf, path)
    names = zf.namelist()
    qde = _project_entry(names, path)
    sources = {n.split("/", 1)[1].lower(): n for n in names
               if n.lower().startswith("sources/") and not n.endswith("/")}
    return Archive(path, zf, qde, sources)


def _check_size(zf: zipfile.ZipFile, path: Path) -> None:
    """A zip bomb is refused before anything is unpacked."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ExchangeError(f"{len(infos)} files in the archive, over qcode's limit of "
                            f"{MAX_ENTRIES}", path)
    if sum(i.file_size for i in infos) > MAX_TOTAL:
        raise ExchangeError(f"{sum(i.file_size for i in infos) / 2**20:.0f} MB uncompressed, "
                            f"over qcode's limit of {MAX_TOTAL // 2**20} MB", path)


def _project_entry(names: list[str], path: Path) -> str:
    """`project.qde`, or the one `.qde` at the archive's root."""
    qdes = [n for n in names if "/" not in n and n.lower().endswith(".qde")]
    if "project.qde" in names:
        return "project.qde"
    if len(qdes) == 1:
        return qdes[0]
    found = f" (found {', '.join(qdes)})" if qdes else ""
    raise ExchangeError(f"no project.qde at the top of the archive{found}; a .qdpx holds "
                        "project.qde and sources/: export it again", path)
