"""Codebooks as REFI-QDA .qdc: export valid against Codebook.xsd, import into a rule-less
codebook, and each real .qdc from other tools read."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from qcode.codebook import load_codebook
from qcode.refi.guids import code_guid
from tests.conftest import Project
from tests.refi_kit import SAMPLES, need_kit, validate


def test_export_qdc_is_valid_stable_and_complete(project: Project):
    project.qcode("export", "qdc", "--file", "a.qdc")
    project.qcode("export", "qdc", "--file", "b.qdc")
    a = (project.root / "a.qdc").read_text(encoding="utf-8")
    assert a == (project.root / "b.qdc").read_text(encoding="utf-8")  # same GUIDs every time
    book = load_codebook(project.root / "codebooks" / "default.yaml")
    for code in book.flat():
        assert f'guid="{code_guid(code.id)}"' in a
    root = ElementTree.fromstring(a.encode("utf-8"))
    ns = "{urn:QDA-XML:codebook:1.0}"
    for code in book.flat():
        parent_el = root.find(f".//{ns}Code[@guid='{code_guid(code.id)}']")
        assert parent_el is not None and parent_el.get("name") == code.label
        kids = [k.get("guid") for k in parent_el.findall(f"{ns}Code")]
        assert kids == [code_guid(c.id) for c in code.children]  # the hierarchy
    parent = next(c for c in book.flat() if c.children)
    assert f'color="{parent.color}"' in a
    assert "Include: " + parent.include[0].split()[0] in a
    validate(project.root / "a.qdc")


def test_qdc_round_trip_keeps_hierarchy_descriptions_colours(project: Project):
    project.qcode("export", "qdc", "--file", "book.qdc")
    result = project.qcode("import", "qdc", "book.qdc", "--into", "codebooks/back.yaml")
    assert "no rules yet" in result.output
    text = (project.root / "codebooks" / "back.yaml").read_text(encoding="utf-8")
    assert "NO CODE HAS RULES YET" in text
    old = load_codebook(project.root / "codebooks" / "default.yaml")
    new = load_codebook(project.root / "codebooks" / "back.yaml")
    assert len(new.flat()) == len(old.flat())
    for a, b in zip(old.flat(), new.flat(), strict=True):
        assert (b.label, b.color, b.include, b.exclude) == (a.label, a.color, a.include, a.exclude)
        assert b.description == " ".join(a.description.split()) or b.description == a.description
        assert b.examples == a.examples
        assert b.guid == code_guid(a.id) and b.rules == []
        assert b.id.count("/") == a.id.count("/")
    # exported again, the codes keep their GUIDs (taken from `guid:`)
    project.qcode("export", "qdc", "--codebook", "codebooks/back.yaml", "--file", "again.qdc")
    guids = re.findall(r'guid="([^"]+)"', (project.root / "again.qdc").read_text())
    assert guids == re.findall(r'guid="([^"]+)"', (project.root / "book.qdc").read_text())
    check = project.qcode("codebook", "check", "codebooks/back.yaml")
    assert "have no rules, so qcode never gives them" in check.output
    # an existing codebook is never replaced
    again = project.qcode("import", "qdc", "book.qdc", "--into", "codebooks/back.yaml", code=1)
    assert "already exists" in again.output


def test_codebook_check_is_quiet_when_every_code_has_rules(project: Project):
    result = project.qcode("codebook", "check", "codebooks/default.yaml")
    assert "Warning" not in result.output


def test_names_become_ids_and_the_mapping_is_printed(project: Project):
    qdc = project.write("team.qdc", """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
          <Codes>
            <Code guid="5067d381-1dc9-4816-81dd-ae1dbfea2ad7" name="1. Oltás típusa"
                  isCodable="false" color="#3A6">
              <Description>Why people left</Description>
              <Code guid="7142c1bf-1bbe-4073-88dd-ae1dbfec9f8f" name="Hunger" isCodable="true"/>
              <Code guid="7142c1bf-1bbe-4073-88dd-ae1dbfec9f90" name="hunger" isCodable="true"/>
            </Code>
          </Codes>
        </CodeBook>
        """, folder=".")
    result = project.qcode("import", "qdc", qdc)
    assert "'1. Oltás típusa' -> 1_oltas_tipusa" in result.output
    assert "'Hunger' -> 1_oltas_tipusa/hunger" in result.output
    assert "'hunger' -> 1_oltas_tipusa/hunger_2" in result.output
    book = load_codebook(project.root / "codebooks" / "team.yaml")
    assert [c.id for c in book.flat()] == ["1_oltas_tipusa", "1_oltas_tipusa/hunger",
                                           "1_oltas_tipusa/hunger_2"]
    assert book.codes[0].color == "#33aa66"
    assert book.codes[0].description.startswith("Why people left")
    assert "not meant for coding" in book.codes[0].description


@pytest.mark.parametrize("name", ["handmade_codebook.qdc", "atlasti-23.4_codebook_from-requal-test.qdc",
                                  "taguette-1.5.2_codebook.qdc"])
def test_real_qdc_files_import(project: Project, name: str):
    need_kit()
    project.qcode("import", "qdc", SAMPLES / name, "--into", "codebooks/x.yaml")
    book = load_codebook(project.root / "codebooks" / "x.yaml")
    assert len(book.flat()) >= 1
    project.qcode("export", "qdc", "--codebook", "codebooks/x.yaml", "--file", "x.qdc")
    validate(project.root / "x.qdc")


@pytest.mark.parametrize(("content", "message"), [
    (b"not xml at all", "not well-formed XML"),
    (b'<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n</CodeBook>',
     ":4: not well-formed XML"),
    (b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
     b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', "declares a DTD or entities"),
    (b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', "not <CodeBook>"),
    (b'<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
     "has no codes"),
])
def test_bad_qdc_files_write_nothing(project: Project, content: bytes, message: str):
    (project.root / "bad.qdc").write_bytes(content)
    result = project.qcode("import", "qdc", "bad.qdc", code=1)
    assert message in result.output and "bad.qdc" in result.output
    assert not (project.root / "codebooks" / "bad.yaml").exists()
