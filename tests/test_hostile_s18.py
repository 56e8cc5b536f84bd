"""Hostile input against session 18's new readers (CHAT transcripts, LINE exports, a
reporter's notebook, questions by font colour in Word, screenplays, VIDEO | AUDIO scripts)
and the readers changed with them (turns' two interviewers, chats, prompts, word, tables),
and against the codebook's named `@lists`: lines tens of thousands of marks long, files of
thousands of the shape's lines, markup never closed, tables and coloured runs by the
thousand, lists naming lists in long chains and a list named thousands of times.

The readers were linear already (kept here so they stay so). The named lists were not: a
90,000-word list named 1,600 times in one rule was built in full before the cap refused it
(8 s and a gigabyte), an unknown name listed every name defined (with 4,000 of both, a
124 MB message), the cap was said again for every later list, and a codebook nested 600
levels deep with a `lists:` (or an anchor) crashed with a RecursionError. No timing is
asserted: each case asserts what the file or codebook reads as."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.codebook.load import parse_codebook
from qcode.config import Config
from qcode.errors import CodebookError
from qcode.ingest import parse_file

CHA_HEAD = "@UTF8\n@Begin\n@Participants:\tINV Investigator, PAR Participant\n"
CHA = CHA_HEAD + "*INV:\twhere did you live ?\n*PAR:\tin a village .\n*INV:\tand then ?\n"
LINE = "[LINE] Chat history with Sora\nSaved on: 2024/01/05 10:12\n\n2024/01/04(Thu)\n"
NOTES = ("PARK call notes\n\nHe says the mine paid in coupons.\n\n“The coupons were worth "
         "nothing.”\n\nQ: who bought the coal?\n“Chinese traders.”\n\nhe went quiet here.\n\n"
         "“My brother did three years.”\n\n")
SCRIPT = ("TITLE\n\nINT. KITCHEN - DAY\n\nShe pours tea.\n\nMRS. BAEK\nWe left in winter.\n\n"
          "INTERVIEWER (O.S.)\nWhy then?\n\nMRS. BAEK\nThe river was frozen.\n\n")


def _turns(tmp_path: Path, text: str, name: str = "t.txt") -> list[tuple[str, str]]:
    """Parse the text as a file; each speaking turn's (role, speaker) (context aside)."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return [(t.role, t.speaker or "") for t in parse_file(path, Config()).turns
            if t.role in ("interviewer", "respondent")]


# --- the new readers' shapes in bulk: read as their shape ----------------------------------

@pytest.mark.parametrize(("text", "turns"), [
    (CHA_HEAD + "".join(f"*INV:\tq{i} ?\n*PAR:\ta{i} .\n%com:\tx\n" for i in range(3_000)),
     6_000),
    (CHA + "*PAR:\t" + "word " * 30_000 + "\n", 4),
    (CHA + "*PAR:\t" + "\x151_2 " * 20_000 + "\n", 4),
    (CHA + "\tmore words\n" * 5_000, 3),
    (CHA + "@A" + " " * 40_000 + "x\n" + "%mor:" + "\t" * 40_000 + "\n" + "*" * 40_000 + "\n", 3),
    ("@Begin\n@Participants:\tINV aaaaaaaaaaaaaaaaaaaaaaaa" + " " * 40_000 + "x\n"
     + CHA[len(CHA_HEAD):], 3),
    ("@Begin\n@Participants:\t" + ", ".join(f"P{i} Participant" for i in range(2_000)) + "\n"
     + "".join(f"*P{i}:\tx {i} ?\n" for i in range(2_000)), 2_000),
])
def test_chat_transcripts_in_bulk_are_read_by_their_tiers(tmp_path: Path, text: str, turns: int):
    found = _turns(tmp_path, text)
    assert len(found) >= turns
    assert {s for _, s in found} <= {"INV", "PAR"} or turns == 2_000


@pytest.mark.parametrize("text", [
    LINE + "".join(f"21:{i % 60:02d}\t{'Sora' if i % 2 else 'Min'}\tmessage {i}?\n"
                   for i in range(4_000)),
    LINE + "21:03\tMin\thi?\n" + "21:02\tSora\t\"open\nmore\n" * 2_000,
    LINE + "21:03\tMin\thi?\n21:04\tSora\t" + "a" * 40_000 + " unsent a message.\n21:05\tMin\tok?\n"
    + "21:06\tSora\t☎ Missed call" + " " * 40_000 + "x\n21:07\tSora\tyes\n",
    "2023/04/16(Sun)\n" * 5_000 + "21:03\tMin\thi?\n21:04\tSora\tyo\n21:05\tMin\tok?\n"
    "21:06\tSora\tyes\n",
])
def test_line_exports_in_bulk_are_read_as_chats(tmp_path: Path, text: str):
    found = _turns(tmp_path, text)
    assert {s for _, s in found} <= {"Sora", "Min"} and any(s == "Sora" for _, s in found)


@pytest.mark.parametrize("text", [
    LINE + "21:03\tMin\thi?\n21:04\tSora\tyo\n" + "".join(f"21:02\tSora\t\"open {i}\n"
                                                         for i in range(4_000)),
    LINE + "21:03\tMin\thi?\n21:04\tSora\tyo\n21:02\tSora\t\"open\n" + "more\n" * 20_000,
    LINE + "21:02\tSora\t" + "\t" * 40_000 + "x\n21:03\tMin\thi?\n21:04\tSora\tyo\n",
])
def test_degenerate_line_exports_are_read_without_a_crash(tmp_path: Path, text: str):
    # thousands of quoted messages never closed read as a video panel's time lines, a
    # message of thousands of lines as one respondent's text, a message of tabs as no
    # message (too few messages left for a chat): no chat, and no crash either
    assert _turns(tmp_path, text)


@pytest.mark.parametrize("text", [
    "slug\n\n" + "".join(f"Q: why {i}?\n“Because {i}.”\n\nhe says so.\n\n" for i in range(3_000)),
    NOTES + "“" + "a" * 40_000 + "\n\n" + NOTES,
    NOTES + "“" * 40_000 + "\n\nhe says.\n\n",
    NOTES + ("“" + "a" * 1_999) * 40 + "\n\nhe says.\n\n",
    NOTES + "“”" * 20_000 + "\n\nhe says.\n\n",
    NOTES + "”" + " " * 40_000 + "x\n" + " " * 40_000 + "x\n" + "Ab" + " Ab" * 13_000 + " :x\n",
    NOTES + "“x\n" * 20_000,
])
def test_reporters_notebooks_in_bulk_are_read_as_notes(tmp_path: Path, text: str):
    found = _turns(tmp_path, text)
    assert ("interviewer", "Q") in found and any(r == "respondent" for r, _ in found)


@pytest.mark.parametrize("text", [
    "INT. ROOM - DAY\n\n" + "".join(f"{'KIM' if i % 2 else 'LEE'}\nline {i}?\n\n"
                                    for i in range(5_000)),
    "INT. ROOM - DAY\n\n" + "".join(f"NAME{chr(65 + i % 26)}{i}\nline {i}?\n\n"
                                    for i in range(2_000)),
    SCRIPT + "KIM\n" + "(beat)\nword\n" * 5_000 + "\n",
    SCRIPT + "KIM\n" + "(MORE)\n12.\n" * 5_000 + "\n",
    SCRIPT + "MRS " * 10_000 + "\nwords\n\n" + " " * 40_000 + "KIM\nwords\n\n",
    SCRIPT + "KIM\n(" + "a" * 40_000 + "\nwords\n\n" + "KIM\n" + "(" * 40_000 + "\n\n",
    SCRIPT + "INT. " * 10_000 + "\n" + "CUT TO: " * 5_000 + "\n" + "KIM " + "(V.O.)" * 7_000
    + "\nwords\n\n",
    "INT. ROOM\n\n" + "KIM\nx\n\nLEE\ny?\n\n" * 5_000,
])
def test_screenplays_in_bulk_are_read_by_their_cues(tmp_path: Path, text: str):
    found = _turns(tmp_path, text)
    assert not any(s == "INT" or s.startswith(("INT.", "CUT", "MRS MRS")) for _, s in found)
    assert any(s in ("KIM", "LEE", "MRS. BAEK") or s.startswith("NAME") for _, s in found)


def test_two_interviewers_of_thousands_of_turns_are_read(tmp_path: Path):
    text = "".join(f"AS: Why {i}?\n\nMO: Because {i}.\n\nPH: And then {i}?\n\nSO: We left.\n\n"
                   for i in range(1_500)) + "AS: Thank you " + "both " * 20_000 + ".\n\nMO: ok.\n"
    roles = dict((s, r) for r, s in _turns(tmp_path, text))
    assert roles["AS"] == roles["PH"] == "interviewer"
    assert roles["MO"] == roles["SO"] == "respondent"


# --- Word: thousands of coloured paragraphs and runs, AV tables of thousands of rows ------

def _coloured(path: Path, paragraphs: list[tuple[str | list[str], str | None]]) -> Path:
    docx = pytest.importorskip("docx")
    from docx.shared import RGBColor
    document = docx.Document()
    for text, colour in paragraphs:
        p = document.add_paragraph()
        for run_text in [text] if isinstance(text, str) else text:
            run = p.add_run(run_text)
            if colour:
                run.font.color.rgb = RGBColor.from_string(colour)
    document.save(str(path))
    return path


def test_thousands_of_questions_in_colour_are_read(tmp_path: Path):
    paragraphs: list[tuple[str | list[str], str | None]] = [("Questions in blue.", None)]
    for i in range(2_000):
        paragraphs += [(f"Question {i} about the market" + "?" * (i % 2), "0563C1"), (f"We sold {i}.", None),
                       ("[" + "note " * 50 + "]", "FF0000")]
    turns = parse_file(_coloured(tmp_path / "c.docx", paragraphs), Config()).turns
    assert sum(t.role == "interviewer" for t in turns) == 2_000
    assert sum(t.role == "respondent" for t in turns) == 2_000


def test_a_paragraph_of_thousands_of_coloured_runs_is_read(tmp_path: Path):
    mixed = ["ab "] * 8_000
    paragraphs: list[tuple[str | list[str], str | None]] = []
    for _ in range(3):
        paragraphs += [(mixed, "0563C1"), ("Answer.", None), (["ab? "] * 4_000, "FF0000")]
    turns = parse_file(_coloured(tmp_path / "r.docx", paragraphs), Config()).turns
    assert sum(len(t.paragraphs) for t in turns) >= 9


def _av(path: Path, rows: list[tuple[str, str]]) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=len(rows) + 1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "VIDEO", "AUDIO"
    for row, (picture, sound) in zip(table.rows[1:], rows, strict=True):
        row.cells[0].text, row.cells[1].text = picture, sound
    document.save(str(path))
    return path


def test_an_av_script_of_thousands_of_rows_is_read(tmp_path: Path):
    rows = [("WS kitchen", f'SOT KIM: "We left {i}."') if i % 2 else ("CU", f"Q (off cam): Why {i}?")
            for i in range(3_000)]
    turns = parse_file(_av(tmp_path / "av.docx", rows), Config()).turns
    assert sum(t.speaker == "KIM" for t in turns) == 1_500
    assert sum(t.role == "interviewer" for t in turns) == 1_500


def test_an_av_script_with_huge_cells_is_read(tmp_path: Path):
    rows = [("WS " * 20_000, "SOT KIM: a"), ("CU", "Q: why?"),
            ("x", "SOT KIM: " + "SOT KIM: " * 5_000), ("y", '"' * 40_000),
            ("z", "KIM" + " " * 40_000 + ":x"), ("w", "\n".join(["MUSIC: x", "KIM: y", "more"] * 3_000))]
    turns = parse_file(_av(tmp_path / "big.docx", rows), Config()).turns
    assert {t.speaker for t in turns if t.role == "respondent"} == {"KIM"}


# --- the codebook's named lists --------------------------------------------------------

HEAD = "name: x\n"
CODE = "codes:\n  - id: x\n    label: X\n    rules:\n"


def _problems(text: str) -> list[str]:
    with pytest.raises(CodebookError) as e:
        parse_codebook(text, Path("c.yaml"))
    return str(e.value).splitlines()[1:]


def test_a_huge_list_named_thousands_of_times_in_one_rule_is_refused_once():
    # the rule's list was built in full (144 million items for these sizes) before the cap
    words = ", ".join(f"w{i}" for i in range(90_000))
    text = (HEAD + f"lists:\n  big: [{words}]\n  more: [\"@big\", \"@big\"]\n  again: [\"@big\"]\n"
            + CODE + "      - terms: [" + ", ".join(['"@big"'] * 1_600) + "]\n")
    problems = _problems(text)
    capped = [p for p in problems if "expand to more than 100,000 words" in p]
    assert capped == ["  lists.more: the `@` lists expand to more than 100,000 words; "
                      "write shorter lists"]


def test_a_long_chain_of_lists_is_spliced_or_refused_once():
    chain = "".join(f'  a{i}: ["@a{i - 1}", w{i}]\n' for i in range(1, 300))
    book = parse_codebook(HEAD + "lists:\n  a0: [w0]\n" + chain + CODE
                          + '      - terms: ["@a299"]\n', Path("c.yaml"))
    assert book.codes[0].rules[0].terms == [f"w{i}" for i in range(300)]
    chain = "".join(f'  a{i}: ["@a{i - 1}", w{i}]\n' for i in range(1, 2_000))
    problems = _problems(HEAD + "lists:\n  a0: [w0]\n" + chain + CODE
                         + '      - terms: ["@a1999"]\n')
    assert sum("expand to more than" in p for p in problems) == 1


def test_a_doubling_chain_stays_one_word():
    chain = "".join(f'  a{i}: ["@a{i - 1}", "@a{i - 1}"]\n' for i in range(1, 3_000))
    book = parse_codebook(HEAD + "lists:\n  a0: [w]\n" + chain + CODE
                          + '      - terms: ["@a2999"]\n', Path("c.yaml"))
    assert book.codes[0].rules[0].terms == ["w"]


def test_an_unknown_name_among_thousands_names_a_few():
    # each of 2,000 unknown references listed all 2,000 names: a 30 MB message
    names = "".join(f"  n{i}: [w]\n" for i in range(2_000))
    problems = _problems(HEAD + "lists:\n" + names + CODE + "      - terms: ["
                         + ", ".join(['"@nope"'] * 2_000) + "]\n")
    assert sum("'@nope'" in p for p in problems) == 2_000
    assert problems[0] == ("  codes[0].rules[0].terms[0]: '@nope' is not a list defined "
                           "under `lists:`; (defined: " + ", ".join(f"@n{i}" for i in range(20))
                           + " and 1,980 more)")
    assert max(len(p) for p in problems) < 300


@pytest.mark.parametrize(("nest", "close"), [("[", "]"), ("{a: ", "}")])
def test_a_codebook_nested_hundreds_deep_is_an_error_not_a_crash(nest: str, close: str):
    for head, inner in (("lists:\n  a: [b]\n", '["@a"]'), ("x: &w [a]\n", "[*w]")):
        text = HEAD + head + CODE + "      - near: " + nest * 900 + inner + close * 900 + "\n"
        assert _problems(text)


def test_odd_names_and_references_in_every_list_kind():
    book = parse_codebook(
        HEAD + 'lists:\n  "@x": [a]\n  "": [b]\n  "a b:c": [c]\n  1: [d]\n  null: [e]\n'
        '  "é☃": [f]\n  o: [guard, police]\n  v: [pay]\n' + CODE
        + '      - terms: ["@@x", "@", "@a b:c", "@1", "@None", "@é☃", "@o", guard]\n'
        '      - near: {a: ["@v"], b: ["@o"], within: 4}\n'
        '      - pattern: [{LEMMA: {IN: ["@v"]}}, {LOWER: {IN: ["@o", the]}}]\n'
        '    unless:\n      - terms: ["@o"]\n', Path("c.yaml"))
    rules = book.codes[0].rules
    assert rules[0].terms == ["a", "b", "c", "d", "e", "f", "guard", "police"]
    assert rules[1].near is not None and rules[1].near.b == ["guard", "police"]
    assert rules[2].pattern == [{"LEMMA": {"IN": ["pay"]}},
                                {"LOWER": {"IN": ["guard", "police", "the"]}}]
    assert book.codes[0].unless[0].terms == ["guard", "police"]
