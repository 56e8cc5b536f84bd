"""The project as a REFI-QDA .qdpx: valid in validate.py's strict mode, each selection's text
exactly the coded passage (code points, end exclusive, with non-ASCII and emoji), privacy
and redaction kept, decisions and notes carried."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from qcode.store import Store
from tests.conftest import Project
from tests.refi_kit import validate

NS = "{urn:QDA-XML:project:1.0}"

EMOJI = """
---
id: kim-🙂
pseudonym: Mr Kim
name: Kim Chol-su
email: kim@example.org
age: 44
province: Ryanggang
---
Interviewer: Café first — how did you get the dramas? 🙂

Kim: My cousin brought USB sticks from China 🇨🇳 and we watched South Korean dramas on a
notel — “Autumn in My Heart” — with the curtains closed.

Interviewer: Did you ever pay a bribe?

Kim: Once. We gave the guard a carton of cigarettes so Pak Yong-ho would let us pass. 😬
"""


def qde(path: Path) -> ElementTree.Element:
    with zipfile.ZipFile(path) as zf:
        return ElementTree.fromstring(zf.read("project.qde"))


def selections(path: Path) -> list[tuple[str, str, str]]:
    """(code guid, selection text by offsets, selection name) from an exported file."""
    root = qde(path)
    out = []
    with zipfile.ZipFile(path) as zf:
        for src in root.iter(f"{NS}TextSource"):
            raw = zf.read(src.get("plainTextPath").replace("internal://", "sources/"))
            assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
            text = raw.decode("utf-8")
            for sel in src.iter(f"{NS}PlainTextSelection"):
                s, e = int(sel.get("startPosition")), int(sel.get("endPosition"))
                code = sel.find(f"{NS}Coding/{NS}CodeRef").get("targetGUID")
                out.append((code, text[s:e], sel.get("name")))
    return out


def test_offsets_are_code_points_and_selections_are_the_coded_passages(project: Project):
    project.write("kim.txt", EMOJI)
    project.qcode("run", "--jobs", "1")
    project.qcode("export", "qdpx", "--file", "p.qdpx")
    validate(project.root / "p.qdpx", "--check-selection-names")
    got = selections(project.root / "p.qdpx")
    with (project.root / "outputs" / "codings.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(got) == len(rows) >= 2
    for (_, text, name), row in zip(got, rows, strict=True):
        assert text == name
        assert " ".join(text.split()) == row["text"]  # the coded passage, as codings.csv has it
    assert any("🇨🇳" in text for _, text, _ in got) and any("😬" in t for _, t, _ in got)
    # the same project exports the same GUIDs
    project.qcode("export", "qdpx", "--file", "q.qdpx")
    guids = [el.get("guid") for el in qde(project.root / "p.qdpx").iter() if el.get("guid")]
    assert guids == [el.get("guid") for el in qde(project.root / "q.qdpx").iter() if el.get("guid")]


def test_private_fields_never_and_redaction_everywhere(project: Project):
    (project.root / "qcode.toml").write_text('redact = ["Pak Yong-ho", "/Ryang\\\\w+/"]\n')
    project.write("kim.txt", EMOJI)
    project.qcode("run", "--jobs", "1")
    project.qcode("export", "qdpx", "--file", "p.qdpx")
    validate(project.root / "p.qdpx", "--check-selection-names")
    with zipfile.ZipFile(project.root / "p.qdpx") as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist()).decode("utf-8")
    for secret in ("Kim Chol-su", "kim@example.org", "Pak Yong-ho", "Ryanggang", "email"):
        assert secret not in everything
    assert "so [redacted] would let us pass" in everything
    variables = {v.get("name"): v.get("typeOfVariable") for v in qde(project.root / "p.qdpx")
                 .iter(f"{NS}Variable")}
    assert variables == {"age": "Integer", "province": "Text", "pseudonym": "Text"}
    texts = [t for _, t, _ in selections(project.root / "p.qdpx")]
    assert any(t.endswith("so [redacted] would let us pass. 😬") for t in texts)


def test_statuses_decisions_and_notes(project: Project):
    project.write("kim.txt", EMOJI)
    project.qcode("run", "--jobs", "1")
    with Store(project.root / "outputs" / "qcode.db") as store:
        rows = store.codings()
        bribe = next(r for r in rows if r.code == "bribery")
        media = next(r for r in rows if r.code == "usb_notel")
        store.add_decision(bribe.id, "ana", "reject", note="a gift to a guard, not Pak's bribe")
        store.add_decision(media.id, "ana", "accept")
        store.add_decision(media.id, "bo", "accept", note="clear")
    project.qcode("export", "qdpx", "--file", "all.qdpx", "--status", "all")
    project.qcode("export", "qdpx", "--file", "suggested.qdpx")
    project.qcode("export", "qdpx", "--file", "accepted.qdpx", "--status", "accepted")
    for name in ("all", "suggested", "accepted"):
        validate(project.root / f"{name}.qdpx", "--check-selection-names")
    counts = {name: len(selections(project.root / f"{name}.qdpx"))
              for name in ("all", "suggested", "accepted")}
    assert counts == {"all": len(rows), "suggested": len(rows) - 1, "accepted": 1}
    root = qde(project.root / "all.qdpx")
    assert sorted(u.get("name") for u in root.iter(f"{NS}User")) == ["ana", "bo", "qcode"]
    notes = {n.get("name"): n.findtext(f"{NS}PlainTextContent") for n in root.iter(f"{NS}Note")}
    assert notes == {"ana on bribery": "a gift to a guard, not Pak's bribe", "bo on usb_notel": "clear"}
    descriptions = [d.text for d in root.iter(f"{NS}Description")]
    assert any("ana: reject: a gift" in d and "rules: " in d for d in descriptions)
    project.qcode("export", "qdpx", "--status", "maybe", code=1)


def test_a_transcript_edited_since_ingest_writes_nothing(project: Project):
    path = project.write("kim.txt", EMOJI)
    project.qcode("run", "--jobs", "1")
    path.write_text(path.read_text(encoding="utf-8") + "\nKim: One more thing.\n", encoding="utf-8")
    result = project.qcode("export", "qdpx", "--file", "p.qdpx", code=1)
    assert "changed since it was ingested" in result.output and "kim.txt" in result.output
    assert not (project.root / "p.qdpx").exists()
