"""Digests, exports and privacy: parsed HTML, .docx and CSV; hostile text; private data."""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import docx
import openpyxl
import pytest

from qcode.store import Store
from tests.conftest import INTERVIEW, Project

HOSTILE = """
---
id: h1
pseudonym: Choe
gender: man
age: 30
province: Jagang
name: Real Name Secret
phone: 010-9999-1234
---
Interviewer: Did you pay a bribe?

A: <script>alert(1)</script> {{ 7*7 }} {% if x %} We bribed the guard, said Comrade Pak in Hyesan.
"""


class Page(HTMLParser):
    """Collects what a reader sees: sections with their data, quotes, attributions, scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, dict[str, str]] = {}
        self.quotes: list[tuple[str, str]] = []
        self.attributions: list[str] = []
        self.scripts = 0
        self.links: list[str] = []
        self._in: str | None = None
        self._code = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag in ("link", "img") or (tag == "a" and not a.get("href", "#").startswith("#")):
            self.links.append(str(a))
        if tag == "section" and "data-quotes" in a:
            self.sections[a["id"]] = a
        if tag == "blockquote":
            self._in, self._code = "quote", a["data-code"]
        if tag == "span" and a.get("class") == "attribution":
            self._in = "attr"

    def handle_endtag(self, tag):
        if tag in ("blockquote", "span"):
            self._in = None

    def handle_data(self, data):
        if self._in == "quote":
            self.quotes.append((self._code, data))
        elif self._in == "attr":
            self.attributions.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture
def reviewed(project: Project) -> Project:
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2").replace(
        "gender: woman", "gender: man").replace("age: 52\n", ""))
    project.qcode("run")
    with Store(project.root / "outputs" / "qcode.db") as store:
        for row in store.codings():
            store.add_decision(row.id, "ana", "reject" if row.code == "bribery" and
                               row.text == "No, never." else "accept")
    return project


def test_html_digest_groups_counts_attribution_and_provenance(reviewed: Project):
    r = reviewed.qcode("digest")
    assert "(DRAFT" not in r.stdout
    page = parse(reviewed.root / "outputs" / "digest" / "index.html")
    assert page.scripts == 0 and page.links == []  # self-contained, nothing to fetch
    assert page.sections["bribery"]["data-quotes"] == "2"
    assert page.sections["bribery"]["data-interviewees"] == "2"
    assert page.sections["usb_notel"]["data-quotes"] == "2"
    assert sorted(set(page.attributions)) == ["Mrs Han, man, North Hamgyong",
                                              "Mrs Han, woman, 52, North Hamgyong"]
    html = (reviewed.root / "outputs" / "digest" / "index.html").read_text()
    assert "reviewed by ana" in html and "line 14" in html and 'id="matrix"' in html
    assert "DRAFT" not in html


def test_draft_digest_is_marked_unreviewed_everywhere(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    out = project.root / "outputs" / "drafts" / "digest"
    assert "UNREVIEWED" in (out / "index.html").read_text()
    assert "UNREVIEWED" in (out / "digest.md").read_text()
    assert "UNREVIEWED" in "\n".join(p.text for p in docx.Document(out / "digest.docx").paragraphs)
    r = project.qcode("digest", code=1)  # nothing accepted yet: says why, writes nothing
    assert r.stderr == ("Error: --status: 3 codings match the project (3 suggested) but none is "
                        "accepted; review them first (qcode review export), or ask for a draft "
                        "(status suggested); nothing was written\n")
    assert not (project.root / "outputs" / "digest").exists()


def test_markdown_digest_is_well_formed_markdown(reviewed: Project):
    """One line per contents item, a blank line around each quote and its attribution, and
    one table row per line (the template's whitespace control once ran them together)."""
    reviewed.qcode("digest", "--format", "md")
    md = (reviewed.root / "outputs" / "digest" / "digest.md").read_text(encoding="utf-8")
    lines = md.splitlines()
    contents = lines[lines.index("## Contents") + 2:]
    contents = contents[:contents.index("")]
    assert contents and all(line.startswith("- [") and line.count("](#") == 1
                            for line in contents)
    for i, line in enumerate(lines):
        if line.startswith("> ") and "DRAFT" not in line:
            assert lines[i - 1] == "" and lines[i + 1] == "" and lines[i + 2].startswith("— ")
            assert lines[i + 3] == ""
    table = lines[lines.index("## Themes by interviewee") + 2:]
    assert table[1].startswith("|---|") and table[1].count("|") == table[0].count("|")
    assert len(table) >= 3 and all(row.startswith("| ") and row.endswith("|")
                                   for row in table[2:] if row)


def test_docx_headings_quotes_and_csv(reviewed: Project):
    reviewed.qcode("digest", "--code", "usb_notel", "--format", "docx,csv")
    d = docx.Document(reviewed.root / "outputs" / "digest" / "digest.docx")
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Foreign media, USB sticks and notels"]
    quotes = [p.text for p in d.paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 2 and quotes[0].startswith("We gave the guard")
    with (reviewed.root / "outputs" / "digest" / "quotes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["code"] for r in rows} == {"usb_notel"}
    assert rows[0]["reviewers"] == "ana" and rows[0]["attribution"]


def test_where_limit_context_and_errors(reviewed: Project):
    r = reviewed.qcode("digest", "--where", "gender=man", "--format", "csv")
    with (reviewed.root / "outputs" / "digest" / "quotes.csv").open(encoding="utf-8") as f:
        assert {row["transcript"] for row in csv.DictReader(f)} == {"t2"}
    reviewed.qcode("digest", "--limit", "1", "--context", "0", "--format", "csv")
    with (reviewed.root / "outputs" / "digest" / "quotes.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sum(r["code"] == "usb_notel" for r in rows) == 1
    assert any(r["quote"].startswith("… Then we watched") or r["quote"].endswith(" …")
               for r in rows)
    r = reviewed.qcode("digest", "--where", "shoe=red", code=1)
    assert "Error: --where: no transcript has a field 'shoe'" in r.stderr
    r = reviewed.qcode("digest", "--where", "phone=1", code=1)
    assert "Error: --where: field 'phone' is private and cannot be used" in r.stderr
    (reviewed.root / "qcode.toml").write_text('attribution = "{pseudonym}, {agee}"\n')
    r = reviewed.qcode("digest", code=1)
    assert "Error: qcode.toml: attribution field 'agee' is not a front-matter field" in r.stderr


def test_hostile_text_renders_as_text(project: Project):
    project.write("h1.txt", HOSTILE)
    project.qcode("run")
    out = project.root / "outputs" / "drafts" / "digest"
    page = parse(out / "index.html")
    assert page.scripts == 0
    quote = next(text for code, text in page.quotes if code == "bribery")
    assert "<script>alert(1)</script> {{ 7*7 }} {% if x %}" in quote
    md = (out / "digest.md").read_text()
    assert "<script>" not in md and "&lt;script&gt;" in md and "\\{\\{ 7\\*7 \\}\\}" in md
    quotes = [p.text for p in docx.Document(out / "digest.docx").paragraphs
              if p.style.name == "Quote"]
    assert any("<script>alert(1)</script> {{ 7*7 }}" in q for q in quotes)


def test_private_fields_and_redactions_never_reach_any_output(project: Project):
    project.write("h1.txt", HOSTILE)
    (project.root / "qcode.toml").write_text('redact = ["Comrade Pak", "/Hye\\\\w+/"]\n')
    project.qcode("run")
    project.qcode("review", "export", "--reviewer", "ana", "--sample-uncoded", "3")
    project.qcode("digest", "--status", "all")
    for what, fmt in [("codings", "csv"), ("codings", "xlsx"), ("codings", "json"),
                      ("matrix", "xlsx"), ("matrix", "json")]:
        project.qcode("export", what, "--format", fmt, "--file",
                      f"outputs/export/{what}.{fmt}")
    files = [p for p in (project.root / "outputs").rglob("*") if p.is_file()]
    assert len(files) >= 12
    for path in files:
        data = path.read_bytes()
        if path.suffix in (".xlsx", ".docx"):
            import zipfile
            with zipfile.ZipFile(path) as z:
                data = b"".join(z.read(n) for n in z.namelist())
        for secret in (b"Real Name Secret", b"010-9999-1234"):
            assert secret not in data, (path, secret)
        if path.name.startswith("qcode.db"):
            continue  # the store keeps the transcribed text; redaction applies to outputs
        for name in (b"Comrade Pak", b"Hyesan"):
            assert name not in data, (path, name)
    wb = openpyxl.load_workbook(next((project.root / "outputs" / "review").glob("*ana*")))
    texts = [str(r[8].value) for r in wb["Review"].iter_rows(min_row=2)]
    assert any("said [redacted] in [redacted]." in t for t in texts)


def test_export_codings_and_matrix(reviewed: Project):
    reviewed.qcode("export", "matrix")
    with (reviewed.root / "outputs" / "matrix.csv").open(encoding="utf-8") as f:
        matrix = {row["code"]: row for row in csv.DictReader(f)}
    assert matrix["usb_notel"]["t1"] == "1" and matrix["bribery"]["t2"] == "1"
    with (reviewed.root / "outputs" / "cooccurrence.csv").open(encoding="utf-8") as f:
        co = {row["code"]: row for row in csv.DictReader(f)}
    assert co["bribery"]["usb_notel"] == "2"  # the cigarettes-and-dramas paragraph, twice
    reviewed.qcode("export", "codings", "--format", "json", "--include-rejected")
    rows = json.loads((reviewed.root / "outputs" / "codings.json").read_text())
    assert {r["status"] for r in rows} == {"accepted", "rejected"}
    r = reviewed.qcode("export", "codings", "--format", "pdf", code=1)
    assert "Error: --format: unknown format 'pdf'; use csv, xlsx, json" in r.stderr


def test_user_template_is_rendered_with_escaping(reviewed: Project):
    tpl = reviewed.root / "mine.html.j2"
    tpl.write_text("{% for t in d.themes %}<h2>{{ t.label }}: {{ t.quotes }}</h2>{% endfor %}"
                   "{{ '<b>' }}", encoding="utf-8")
    r = reviewed.qcode("digest", "--format", "csv", "--template", str(tpl))
    out = reviewed.root / "outputs" / "digest" / "mine.html"
    assert "wrote outputs/digest/mine.html" in r.stdout
    assert out.read_text().startswith("<h2>Bribery and informal payments: 2</h2>")
    assert out.read_text().endswith("&lt;b&gt;")
    tpl.write_text("{{ d.nonexistent }}", encoding="utf-8")
    r = reviewed.qcode("digest", "--template", str(tpl), code=1)
    assert "Error: mine.html.j2: template error: 'qcode.digest.Digest object' has no attribute " \
        "'nonexistent'" in r.stderr


def test_user_template_extends_the_built_in_one(reviewed: Project):
    """Only the blocks a user replaces change; the rest is the built-in digest."""
    reviewed.qcode("digest", "--format", "html")
    builtin = (reviewed.root / "outputs" / "digest" / "index.html").read_text(encoding="utf-8")
    tpl = reviewed.root / "styled.html.j2"
    tpl.write_text('{% extends "default:digest.html.j2" %}\n'
                   "{% block style %}<style>body { color: navy; }</style>\n{% endblock %}\n"
                   "{% block matrix %}{% endblock %}\n"
                   '{% block quote %}<p class="mine">{{ q.text }} ({{ q.attribution }})</p>\n'
                   "{% endblock %}\n", encoding="utf-8")
    reviewed.qcode("digest", "--format", "html", "--template", str(tpl))
    mine = (reviewed.root / "outputs" / "digest" / "styled.html").read_text(encoding="utf-8")
    assert "color: navy" in mine and "font-family: Georgia" not in mine
    assert 'id="matrix"' in builtin and 'id="matrix"' not in mine
    assert mine.count('<p class="mine">') == builtin.count("<blockquote") > 0
    head = builtin.split("<body>")[1].split('<section class="theme"')[0]
    assert head in mine  # title, banner, contents: as built in


def test_question_coded_quotes_show_the_question(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    out = project.root / "outputs" / "drafts" / "digest"
    assert '<p class="asked">Asked: Did you ever pay a bribe?</p>' in (out / "index.html").read_text()
    assert "*Asked: Did you ever pay a bribe?*" in (out / "digest.md").read_text()
    paragraphs = [p.text for p in docx.Document(out / "digest.docx").paragraphs]
    assert paragraphs[paragraphs.index("No, never.") - 1] == "Asked: Did you ever pay a bribe?"
