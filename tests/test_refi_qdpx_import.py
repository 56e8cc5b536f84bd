"""Projects from other tools: texts become transcripts, hand codings a reviewer's decisions;
a qcode export imported into a fresh project exports the same again; NVivo's quirks; every
real sample from ../shared/refi; bad files write nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest

from qcode.plural import counted
from qcode.refi import container
from qcode.store import Store
from tests.conftest import INTERVIEW, Project
from tests.refi_kit import SAMPLES, need_kit, validate
from tests.test_refi_qdpx_export import EMOJI, NS

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Interviewer>Did you ever watch foreign films?

2
00:00:05.000 --> 00:00:09.000
<v Jang>Yes, on a notel my uncle hid in the rice chest.
"""


def facts(path: Path) -> set[tuple[str, bytes, str, str, str]]:
    """(source name, its text, start, end, code GUID) of every selection in a .qdpx."""
    out = set()
    with zipfile.ZipFile(path) as zf:
        root = ElementTree.fromstring(zf.read("project.qde"))
        for src in root.iter(f"{NS}TextSource"):
            text = zf.read(src.get("plainTextPath").replace("internal://", "sources/"))
            for sel in src.iter(f"{NS}PlainTextSelection"):
                code = sel.find(f"{NS}Coding/{NS}CodeRef").get("targetGUID")
                out.add((src.get("name"), text, sel.get("startPosition"),
                         sel.get("endPosition"), code))
    return out


def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str = "fresh") -> Project:
    (tmp_path / name).mkdir()
    monkeypatch.chdir(tmp_path / name)
    return Project(tmp_path / name)


def test_round_trip_export_import_export(project: Project, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch):
    project.write("kim.txt", EMOJI)
    project.write("t1.txt", INTERVIEW)
    project.write("jang.vtt", VTT)
    word = docx.Document()
    for para in ("Interviewer: Did you see dramas there?", "A: Yes, on a notel we bought.",
                 "We watched the dramas with the curtains closed.", "Interviewer: And then?",
                 "A: The 109 group searched the house for USB sticks."):
        word.add_paragraph(para)  # Word paragraphs: the export puts a blank line between
    word.save(str(project.root / "transcripts" / "lee.docx"))
    project.qcode("run", "--jobs", "1")
    project.qcode("export", "qdpx", "--file", tmp_path / "first.qdpx")
    other = fresh(tmp_path, monkeypatch)
    result = other.qcode("import", "qdpx", tmp_path / "first.qdpx", "--as", "team", "--jobs", "1")
    assert "4 transcripts" in result.output and "coded by team" in result.output
    other.qcode("export", "qdpx", "--file", tmp_path / "second.qdpx")
    first, second = facts(tmp_path / "first.qdpx"), facts(tmp_path / "second.qdpx")
    assert first == second and len(first) >= 4  # same texts, codes and selections
    validate(tmp_path / "second.qdpx", "--check-selection-names")
    # the hand coding is a reviewer's: agreement with the rules, and the codebook's score
    agreement = other.qcode("review", "agreement", "--with-qcode", "--format", "csv")
    assert agreement.output.strip().splitlines()[-1].startswith(f"(all),{len(first)},2,1.000")
    scores = other.qcode("codebook", "evaluate", "codebooks/default.yaml", "--reviewer", "team")
    assert "macro" in scores.output and "1.00" in scores.output.split("macro")[1]
    again = other.qcode("import", "qdpx", tmp_path / "first.qdpx", "--as", "team")
    assert "0 new decisions" in again.output
    # qcode's own export does not say whose coding it is
    refused = other.qcode("import", "qdpx", tmp_path / "first.qdpx", code=1).output
    assert "--as: this project was exported by qcode; name the coder" in refused


def nvivo_like(path: Path, text: str, selections: list[tuple[str, str]]) -> None:
    """A project as NVivo writes one: `Sources/`, a BOM, CRLF, lower-case GUIDs and offsets
    in UTF-16 units (an emoji counts 2, a CRLF 2)."""
    raw = text.replace("\n", "\r\n")
    units = raw.encode("utf-16-le")
    sels = []
    for i, (passage, code) in enumerate(selections):
        start = len(raw[:raw.index(passage.replace("\n", "\r\n"))].encode("utf-16-le")) // 2
        end = start + len(passage.replace("\n", "\r\n").encode("utf-16-le")) // 2
        assert units[2 * start:2 * end].decode("utf-16-le") == passage.replace("\n", "\r\n")
        sels.append(f'<PlainTextSelection guid="0000000{i}-aaaa-4bbb-8ccc-dddddddddddd" name="" '
                    f'startPosition="{start}" endPosition="{end}" creatingUser="'
                    f'29518289-d0e3-447b-b7dd-ae1d8cd880a0"><Description>memo {i}</Description>'
                    f'<Coding guid="1000000{i}-aaaa-4bbb-8ccc-dddddddddddd"><CodeRef targetGUID='
                    f'"{code}"/></Coding></PlainTextSelection>')
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Partner" origin="NVivo for Windows 14"
 modifyingUserGUID="29518289-d0e3-447b-b7dd-ae1d8cd880a0">
  <Users><User guid="29518289-d0e3-447b-b7dd-ae1d8cd880a0" name="Mina" /></Users>
  <CodeBook><Codes>
    <Code guid="5067d381-1dc9-4816-81dd-ae1dbfea2ad7" name="bribery and informal PAYMENTS" isCodable="true"/>
    <Code guid="7142c1bf-1bbe-4073-88dd-ae1dbfec9f8f" name="Smuggling" isCodable="true" color="#3A6"/>
  </Codes></CodeBook>
  <Sources><TextSource guid="ddbebe1b-306f-4271-acdd-ae1da7c06fcd" name="Partner interview 4"
    plainTextPath="internal://ddbebe1b-306f-4271-acdd-ae1da7c06fcd.txt">{''.join(sels)}</TextSource></Sources>
</Project>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde)
        zf.writestr("Sources/ddbebe1b-306f-4271-acdd-ae1da7c06fcd.txt",
                    b"\xef\xbb\xbf" + raw.encode("utf-8"))


PARTNER = """Interviewer: Tell me about the market. 🙂 Café prices?

Respondent: The guards took cigarettes 🚬 from everyone, so we paid them off with a
carton each week.

Interviewer: And the river?

Respondent: My brother carried Chinese phones across the Tumen 🌊 at night.
"""
BRIBE = "The guards took cigarettes 🚬 from everyone, so we paid them off with a\ncarton each week."
SMUGGLE = "My brother carried Chinese phones across the Tumen 🌊 at night."


def test_nvivo_offsets_sources_folder_bom_crlf_and_unknown_codes(project: Project):
    path = project.root / "partner.qdpx"
    nvivo_like(path, PARTNER, [(BRIBE, "5067d381-1dc9-4816-81dd-ae1dbfea2ad7"),
                               (SMUGGLE, "7142c1bf-1bbe-4073-88dd-ae1dbfec9f8f"),
                               ("Tumen 🌊 at", "5067d381-1dc9-4816-81dd-ae1dbfea2ad7")])
    result = project.qcode("import", "qdpx", path)
    assert "coded by Mina" in result.output and "left out: Smuggling" in result.output
    with Store(project.root / "outputs" / "qcode.db") as store:
        rows = {(r.code, r.text, r.origin): r.id for r in store.codings()}
        decisions = store.latest_decisions()
    flat = " ".join(BRIBE.split())
    accepted = rows[("bribery", flat, "rule")]
    assert decisions[accepted]["Mina"]["decision"] == "accept"  # qcode found it too
    assert decisions[accepted]["Mina"]["note"] == "memo 0"
    manual = rows[("bribery", " ".join(SMUGGLE.split()), "manual")]  # qcode missed this one
    assert decisions[manual]["Mina"]["decision"] == "accept"
    # the rules against the hand coding: agreed on one, missed the other
    agreement = project.qcode("review", "agreement", "--with-qcode", "--format", "csv")
    assert agreement.output.strip().splitlines()[-1].startswith("(all),2,2,0.500")
    scores = project.qcode("codebook", "evaluate", "codebooks/default.yaml", "--reviewer", "Mina",
                           "--details")
    assert "missed: bribery: Partner interview 4: My brother" in scores.output
    bribery = next(line for line in scores.output.splitlines() if "│ bribery" in line)
    assert [x.strip() for x in bribery.split("│")[2:5]] == ["1", "0", "1"]  # tp, fp, fn
    assert "no decisions by reviewer 'Bo' (reviewers: Mina)" in project.qcode(
        "codebook", "evaluate", "codebooks/default.yaml", "--reviewer", "Bo", code=1).output
    assert "either --labels FILE or --reviewer NAME" in project.qcode(
        "codebook", "evaluate", "codebooks/default.yaml", code=1).output
    text = (project.root / "transcripts" / "partner" / "Partner_interview_4.txt").read_text(
        encoding="utf-8")
    assert "\r" not in text and "\ufeff" not in text and text.startswith("---\nid: Partner")
    added = project.qcode("import", "qdpx", path, "--add-codes")
    assert "added code smuggling" in added.output and "1 new decision;" in added.output
    book = (project.root / "codebooks" / "default.yaml").read_text(encoding="utf-8")
    assert "- id: smuggling" in book and "guid: 7142c1bf-1bbe-4073-88dd-ae1dbfec9f8f" in book
    project.qcode("codebook", "check", "codebooks/default.yaml")


def tiny_project(project: Project) -> None:
    project.write("codebooks/tiny.yaml", """
        name: tiny
        codes:
          - id: media
            label: Media
            rules: [{terms: [notel]}]
        """, folder=".")
    (project.root / "qcode.toml").write_text('codebook = "codebooks/tiny.yaml"\n')


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.qdpx")) or ["(none)"])
def test_real_samples_import(project: Project, name: str):
    need_kit()
    tiny_project(project)
    result = project.qcode("import", "qdpx", SAMPLES / name, "--as", "team", "--add-codes",
                           "--jobs", "1")
    with zipfile.ZipFile(SAMPLES / name) as zf:
        root = ElementTree.fromstring(zf.read("project.qde"))
    sources = len(list(root.iter(f"{NS}TextSource")))
    selections = len(list(root.iter(f"{NS}PlainTextSelection")))
    assert f"{counted(sources, 'transcript')}, {counted(selections, 'selection')}" in result.output
    with Store(project.root / "outputs" / "qcode.db") as store:
        assert store.transcript_count() == sources
        texts = [r.text for r in store.codings() if r.origin == "manual"]
    if name.startswith("handmade"):  # its selection names are the selected text
        for passage in ("a joy to be there", "Only the noise", "near the station"):
            assert any(passage in t for t in texts)
    if name.startswith("nvivo"):  # UTF-16 offsets after a BOM, CRLF: 303 codings land
        assert "0 on no codeable text" in result.output and len(texts) > 100
    project.qcode("codebook", "check", "codebooks/tiny.yaml")
    if not name.startswith("nvivo"):  # (1.3 MB of text: validating it would take seconds)
        project.qcode("export", "qdpx", "--file", "again.qdpx")  # what came in goes out valid
        validate(project.root / "again.qdpx", "--check-selection-names")


def zip_with(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


GOOD_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="tool">
  <Users><User guid="29518289-d0e3-447b-b7dd-ae1d8cd880a0" name="Mina" /></Users>
  <CodeBook><Codes><Code guid="5067d381-1dc9-4816-81dd-ae1dbfea2ad7" name="Bribery" isCodable="true"/>
  </Codes></CodeBook>
  <Sources><TextSource guid="ddbebe1b-306f-4271-acdd-ae1da7c06fcd" name="t"
    plainTextPath="internal://a.txt">
    <PlainTextSelection guid="00000001-aaaa-4bbb-8ccc-dddddddddddd" startPosition="START"
      endPosition="END"><Coding guid="10000001-aaaa-4bbb-8ccc-dddddddddddd">
      <CodeRef targetGUID="CODE"/></Coding></PlainTextSelection>
  </TextSource></Sources>
</Project>"""
TEXT = b"Interviewer: Why?\n\nA: We paid the guard.\n"


def good(start: int = 22, end: int = 40, code: str = "5067d381-1dc9-4816-81dd-ae1dbfea2ad7") -> bytes:
    return GOOD_QDE.replace("START", str(start)).replace("END", str(end)).replace(
        "CODE", code).encode()


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
                  b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                  b'<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>')


def test_any_single_qde_name_is_read(project: Project):
    """ATLAS.ti 26 names the XML after the project."""
    zip_with(project.root / "a.qdpx", {"My project.qde": good(), "sources/a.txt": TEXT})
    assert "1 transcript, 1 selection" in project.qcode("import", "qdpx", "a.qdpx",
                                                              "--jobs", "1").output


@pytest.mark.parametrize(("entries", "message"), [
    (None, "not a zip archive"),
    ({"sources/a.txt": TEXT}, "no project.qde"),
    ({"project.qde": good().replace(b"</Sources>", b"</Source>"), "sources/a.txt": TEXT},
     "project.qde:11: not well-formed XML at column 18"),
    ({"project.qde": BILLION_LAUGHS}, "declares a DTD or entities"),
    ({"project.qde": good(22, 400), "sources/a.txt": TEXT}, "lies outside its text"),
    ({"project.qde": good(code="5067d381-1dc9-4816-81dd-000000000000"), "sources/a.txt": TEXT},
     "not in the project's CodeBook"),
    ({"project.qde": good()}, "no such file in the sources folder"),
    ({"project.qde": good(), "sources/a.txt": b"\0" * 30_000_000}, "zip bomb"),
])
def test_bad_projects_write_nothing(project: Project, entries: dict[str, bytes] | None,
                                    message: str):
    path = project.root / "bad.qdpx"
    if entries is None:
        path.write_bytes(b"PK but not really a zip")
    else:
        zip_with(path, entries)
    result = project.qcode("import", "qdpx", path, code=1)
    assert message in result.output and "bad.qdpx" in result.output, result.output
    assert not (project.root / "transcripts" / "bad").exists()
    assert not (project.root / "outputs" / "qcode.db").exists() or \
        Store(project.root / "outputs" / "qcode.db").transcript_count() == 0


def test_huge_projects_and_edited_files_are_refused(project: Project,
                                                    monkeypatch: pytest.MonkeyPatch):
    path = zip_with(project.root / "p.qdpx", {"project.qde": good(), "sources/a.txt": TEXT})
    with monkeypatch.context() as patched:
        patched.setattr(container, "MAX_TOTAL", 100)
        assert "over qcode's limit" in project.qcode("import", "qdpx", path, code=1).output
    project.write("p/t.txt", "Interviewer: Something else entirely\n\nA: I wrote this.\n")
    result = project.qcode("import", "qdpx", path, code=1)
    assert "t.txt: exists with other content" in result.output
    assert "I wrote this" in (project.root / "transcripts" / "p" / "t.txt").read_text()
    project.qcode("import", "qdpx", path, "--transcripts", "elsewhere")
    assert (project.root / "elsewhere" / "t.txt").exists()


def test_offsets_survive_ingest_repairing_mojibake(project: Project):
    """Ingest repairs `itâ€™s` to `it’s`, shortening the line: the selections after it on
    that line move with it instead of spilling into the next paragraph."""
    first = "A: Itâ€™s true, weâ€™d paid, theyâ€™d taken it, weâ€™re sure: we paid the guard."
    text = f"Interviewer: Why?\n\n{first}\n\nA: No.\n".encode()
    passage = "we paid the guard."
    start = text.decode().index(passage)
    zip_with(project.root / "m.qdpx", {"project.qde": good(start, start + len(passage)),
                                       "sources/a.txt": text})
    project.qcode("import", "qdpx", "m.qdpx", "--jobs", "1")
    with Store(project.root / "outputs" / "qcode.db") as store:
        decided = store.latest_decisions()
        accepted = [r.text for r in store.codings()
                    if decided.get(r.id, {}).get("Mina", {"decision": ""})["decision"] == "accept"]
    assert accepted == ["It’s true, we’d paid, they’d taken it, we’re sure: we paid the guard."]


def test_positions_in_each_tool_unit():
    from qcode.refi.qdpx_read import Positions

    raw = "a🙂b\r\nc😬\r\nd"  # LF text: a🙂b\nc😬\nd
    cases = {"codepoint": {0: 0, 2: 2, 5: 4, 6: 5, 9: 7, 10: 8, 11: None},
             "utf16": {0: 0, 2: None, 3: 2, 6: 4, 8: None, 9: 6, 11: 7, 12: 8, 13: None},
             "atlas": {0: 0, 3: 3, 4: 4, 7: 7, 8: 8, 9: None}}
    for unit, expected in cases.items():
        pos = Positions(raw, unit)
        assert pos.text == "a🙂b\nc😬\nd"
        assert {k: pos.at(k) for k in expected} == expected, unit


def test_codebook_from_a_partner_project_then_its_coding(project: Project):
    """`import qdc` takes a .qdpx's codebook; its codes keep their GUIDs, so the project's
    codings all find their code."""
    need_kit()
    project.qcode("import", "qdc", SAMPLES / "handmade_project.qdpx", "--into", "codebooks/hm.yaml")
    result = project.qcode("import", "qdpx", SAMPLES / "handmade_project.qdpx", "--codebook",
                           "codebooks/hm.yaml", "--jobs", "1")
    assert "coded by Tester" in result.output and "3 added as manual codings" in result.output
    assert "left out" not in result.output


def test_what_is_not_read_is_said(project: Project):
    qde = good().replace(b"</Sources>", b'<PDFSource guid="ddbebe1b-306f-4271-acdd-000000000001"/>'
                         b"</Sources>").replace(b"</TextSource>", b'<Coding guid="10000002-aaaa-'
                         b'4bbb-8ccc-dddddddddddd"><CodeRef targetGUID="5067d381-1dc9-4816-81dd-'
                         b'ae1dbfea2ad7"/></Coding></TextSource>')
    zip_with(project.root / "w.qdpx", {"project.qde": qde, "sources/a.txt": TEXT})
    result = project.qcode("import", "qdpx", "w.qdpx", "--jobs", "1")
    assert "not imported: 1 PDFSource" in result.output
    assert "not imported: 1 coding of whole sources" in result.output
