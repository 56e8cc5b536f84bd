"""A gallery of real-looking layouts (tests/data/layouts/): each file's turns, roles and
what is context; the same interview in seven layouts gives identical codings."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import docx
import pytest

from qcode.config import Config
from qcode.ingest import parse_file
from tests.conftest import Project

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def read(name: str, config: Config | None = None) -> list[tuple[int, str, str, str]]:
    """(line, speaker, role, first words) of each paragraph, as parsed."""
    t = parse_file(LAYOUTS / name if "/" not in name else Path(name), config or Config())
    return [(p.line, turn.speaker, turn.role, " ".join(p.text.split()[:4]))
            for turn in t.turns for p in turn.paragraphs]


def roles(rows: list[tuple[int, str, str, str]]) -> list[tuple[str, str]]:
    return [(speaker, role) for _, speaker, role, _ in rows]


def notices(name: str) -> list[str]:
    return [f"{n.line}: {n.message}" for n in parse_file(LAYOUTS / name, Config()).notices]


QA = [("Interviewer", "interviewer"), ("Respondent", "respondent")]


def test_web_page_with_blank_lines_clutter_is_context():
    rows = read("web-blank-lines.txt")
    assert roles(rows) == [
        ("(heading)", "other"), ("Intro", "other"), ("(byline)", "other"), ("(date)", "other"),
        ("Intro", "other"),
        *QA, *QA, ("(caption)", "other"), *QA, ("Respondent", "respondent"), *QA, *QA,
        ("(credit)", "other"), ("(social)", "other"), ("(link)", "other"),
        ("(footnote)", "other"), ("(credit)", "other"),
    ]
    # the long answer ending in a rhetorical question stays an answer
    assert rows[14] == (28, "Respondent", "respondent", "After my brother was")
    assert notices("web-blank-lines.txt") == []


def test_one_paragraph_per_line_is_split_into_paragraphs():
    rows = read("web-one-per-line.txt")
    assert roles(rows) == roles(read("web-blank-lines.txt"))
    assert [r[0] for r in rows] == list(range(1, 23))  # each line is its own paragraph


def test_hard_wrapped_lines_are_joined_and_short_sentence_lines_end_paragraphs():
    rows = read("ngo-wrapped.txt")
    assert rows == [
        (6, "Interviewer", "interviewer", "Thank you for agreeing"),
        (8, "R14", "respondent", "I worked at the"),
        (11, "R14", "respondent", "When the 109 group"),
        (13, "Interviewer", "interviewer", "What happened to him?"),
        (14, "R14", "respondent", "They took him to"),
        (16, "Interviewer", "interviewer", "Why did you leave?"),
        (17, "R14", "respondent", "Because of my daughter."),
    ]
    t = parse_file(LAYOUTS / "ngo-wrapped.txt", Config())
    assert t.turns[1].paragraphs[0].text.endswith("a contribution that was not written anywhere.")


def test_q_dot_a_dot_labels():
    rows = read("qa-dots.txt")
    qa = [("Q", "interviewer"), ("A", "respondent")]
    assert roles(rows) == [("(interview heading)", "other"), *qa, *qa, *qa, ("A", "respondent"),
                           *qa, *qa]
    assert rows[2] == (5, "A", "respondent", "In Hyesan, near the")


def test_full_name_then_short_name_and_inferred_interviewer_is_reported():
    rows = read("name-short.txt")
    pair = [("Lee", "interviewer"), ("Oh", "respondent")]
    assert roles(rows) == [("(credit)", "other"), *pair, *pair, *pair, ("Oh", "respondent"),
                           *pair, *pair]
    assert rows[2] == (8, "Oh", "respondent", "In Hyesan, near the")  # the first answer kept
    assert notices("name-short.txt") == [
        "6: no interviewer label is known; took 'Lee' as the interviewer (5 of 5 of their "
        "turns open with a question); if that is wrong, list the interviewer under "
        "`interviewers:` in the front matter or in qcode.toml"]
    # the user's settings win over the guess
    mine = read("name-short.txt", Config(interviewers=["oh"]))
    assert ("Oh", "interviewer") in roles(mine) and ("Lee", "interviewer") not in roles(mine)


def test_initials_as_labels():
    rows = read("initials.txt")
    pair = [("NKHR", "interviewer"), ("OMR", "respondent")]
    assert roles(rows) == [("(heading)", "other"), *pair, *pair, *pair, ("OMR", "respondent"),
                           *pair, *pair]
    assert "took 'NKHR' as the interviewer" in notices("initials.txt")[0]


def test_labelled_questions_with_unlabelled_answers():
    rows = read("q-labels-plain-answers.txt")
    assert roles(rows) == [("Q", "interviewer"), ("Respondent", "respondent")] * 3
    assert rows[3] == (4, "Respondent", "respondent", "Once. The inspectors came")


def test_several_speakers_inline_on_one_line():
    rows = read("inline-speakers.txt")
    assert rows == [
        (1, "(preamble)", "other", "Group interview with two"),
        (3, "Q", "interviewer", "How did people in"),
        (3, "F1", "respondent", "From Chinese phones, near"),
        (3, "F2", "respondent", "And from the traders."),
        (4, "Q", "interviewer", "Did the police know?"),
        (4, "F1", "respondent", "Of course. They watched"),
        (4, "F2", "respondent", "Unless it was the"),
        (5, "Q", "interviewer", "Why did you leave?"),
        (5, "F2", "respondent", "My husband was arrested."),
        (5, "F1", "respondent", "For me it was"),
    ]
    t = parse_file(LAYOUTS / "inline-speakers.txt", Config())
    source = (LAYOUTS / "inline-speakers.txt").read_text(encoding="utf-8")
    for turn in t.turns:  # offsets still point at the text
        assert source[turn.paragraphs[0].start:turn.paragraphs[0].end] == turn.paragraphs[0].text


def test_time_stamps_glued_to_labels():
    t = parse_file(LAYOUTS / "timestamps-glued.txt", Config())
    assert [(turn.speaker, turn.role, turn.time) for turn in t.turns] == [
        ("(heading)", "other", None),
        ("Interviewer", "interviewer", "00:00"), ("Kim", "respondent", "00:05"),
        ("Interviewer", "interviewer", "00:44"), ("Kim", "respondent", "00:47"),
        ("Interviewer", "interviewer", "01:30"), ("Kim", "respondent", "01:33"),
    ]
    assert t.turns[2].paragraphs[0].text.startswith("Yes. I grew up")


def test_dash_and_bold_labels_and_page_footer():
    rows = read("dash-and-bold.md")
    qa = [("Q", "interviewer"), ("A", "respondent")]
    assert roles(rows) == [("(heading)", "other"), ("(credit)", "other"), *qa, *qa, *qa,
                           ("(rule)", "other"), ("(credit)", "other"), ("(social)", "other")]


def test_rhetorical_question_in_an_answer_and_notes_section():
    rows = read("rhetorical-footnotes.txt")
    assert roles(rows) == [("(heading)", "other"), ("Intro", "other"), *QA, *QA,
                           ("Respondent", "respondent"), *QA, *QA, ("(notes)", "other"),
                           ("(footnote)", "other"), ("(after interview)", "other")]
    assert rows[6] == (13, "Respondent", "respondent", "I did it too,")


def test_user_bounds_front_matter_and_marker_lines():
    rows = read("bounds-front-matter.txt")
    assert roles(rows) == [("(before interview)", "other")] * 2 + QA * 3 + [
        ("(after interview)", "other")] * 2
    rows = read("markers.txt")
    assert roles(rows) == [("(before interview)", "other")] * 3 + [
        ("Interviewer", "interviewer"), ("Mrs Baek", "respondent")] * 2 + [
        ("(after interview)", "other")]
    assert all("qcode:" not in r[3] for r in rows)


def test_bounds_not_found_is_an_error_naming_the_field(project: Project):
    project.write("b.txt", "---\nid: b\nend: words that are not there\n---\nQ: Hi?\nA: Yes.\n")
    r = project.qcode("ingest", "transcripts", code=1)
    assert ("Error: transcripts/b.txt:3: front matter `end: words that are not there` is not "
            "found in the text; copy the last words of the interview exactly") in r.stderr


def test_encodings_windows_latin1_and_notices():
    t = parse_file(LAYOUTS / "windows-cp1252-crlf.txt", Config())
    assert t.encoding == "cp1252"
    assert "wouldn’t confiscate" in t.turns[3].paragraphs[0].text
    assert "curtains closed – my father" in t.turns[5].paragraphs[0].text
    latin = parse_file(LAYOUTS / "latin1-cafe.txt", Config())
    assert "naïve little cakes at the café" in latin.turns[1].paragraphs[0].text
    assert latin.turns[3].paragraphs[0].text == "Later I sold them myself. Voilà."


def test_encoding_edge_cases(tmp_path: Path):
    def parse(name: str, data: bytes):
        (tmp_path / name).write_bytes(data)
        return parse_file(tmp_path / name, Config())

    # a UTF-8 file with one line pasted from a Windows file: that line is named
    mixed = parse("mixed.txt", "Interviewer: Où?\nA: À Hyesan.\nInterviewer: Why?\n".encode()
                  + "A: It’s hard.\n".encode("cp1252"))
    assert mixed.turns[3].paragraphs[0].text == "It’s hard."
    assert [(n.line, n.message[:39]) for n in mixed.notices] == [
        (4, "this line is not UTF-8 like the rest of")]
    # bytes Windows-1252 leaves undefined: replaced, and the line is named
    bad = parse("bad.txt", b"Interviewer: Why?\nA: We left \x81 then.\nInterviewer: And?\n"
                           b"A: Nothing \x9d.\n")
    assert [n.line for n in bad.notices] == [1, 2, 4]
    assert "byte 0x81 means nothing in Windows-1252" in bad.notices[1].message
    # Korean in CP949: whole words of high bytes are not Western
    korean = parse("ko.txt", "Interviewer: 어디서 왔어요?\nA: 혜산에서 왔어요. 보위부가 무서웠어요.\n"
                   .encode("cp949"))
    assert korean.encoding == "cp949" and "보위부가" in korean.turns[1].paragraphs[0].text
    # Mac Roman quotes and dashes
    mac = parse("mac.txt", "Interviewer: Why?\nA: It’s “hard” – and I don’t know.\n"
                .encode("mac_roman"))
    assert mac.encoding == "mac_roman"
    assert mac.turns[1].paragraphs[0].text == "It’s “hard” – and I don’t know."
    # characters rare in Western text make the guess doubtful, and the warning says so
    odd = parse("odd.txt", b"Interviewer: Why?\nA: Because \x8a\x9a\x8e of it.\n")
    assert any(n.message.startswith("doubtful decoding: read as Windows-1252") and n.line == 2
               for n in odd.notices)


def _word(path: Path, rows: list[tuple[str, list[str]]], *, title: str = "",
          header: bool = True) -> Path:
    """A Word file whose interview is a Speaker | Text table (a page header too)."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "NK Voices – internal transcript, do not share"
    if title:
        d.add_paragraph(title)
    table = d.add_table(rows=0, cols=2)
    if header:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = "Speaker", "Text"
    for speaker, paragraphs in rows:
        cells = table.add_row().cells
        cells[0].text = speaker
        cells[1].text = paragraphs[0]
        for more in paragraphs[1:]:
            cells[1].add_paragraph(more)
    d.save(path)
    return path


def _core_rows() -> list[tuple[str, list[str]]]:
    """The interview of the gallery, from one of its text layouts."""
    t = parse_file(LAYOUTS / "windows-cp1252-crlf.txt", Config())
    return [("Interviewer" if turn.role == "interviewer" else "Oh Mi-ran",
             [p.text for p in turn.paragraphs]) for turn in t.turns]


def test_word_speaker_table_other_tables_and_header(tmp_path: Path):
    path = _word(tmp_path / "table.docx", _core_rows(), title="Interview 7, Seoul")
    t = parse_file(path, Config())
    assert [(turn.speaker, turn.role) for turn in t.turns] == [
        ("(interview heading)", "other"), ("(heading)", "other")] + [
        ("Interviewer", "interviewer"), ("Oh Mi-ran", "respondent")] * 5
    assert [p.text for turn in t.turns[:2] for p in turn.paragraphs] == [
        "Interview 7, Seoul", "Speaker", "Text"]
    # line numbers count paragraphs, table cells included: title 1; header row 2-3;
    # then per row a name cell and a text cell
    assert [(turn.line, turn.paragraphs[0].text[:9]) for turn in t.turns[2:4]] == [
        (5, "Where did"), (7, "In Hyesan")]
    assert t.turns[7].paragraphs[1].line == 16  # the second paragraph of a cell
    assert "internal transcript" not in " ".join(turn.text for turn in t.turns)

    d = docx.Document()
    d.add_paragraph("Interviewer: When did you leave?")
    d.add_paragraph("Kim: In 2009. This is what happened.")
    table = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["Year", "Place", "What happened"],
                             ["2009", "Hyesan", "My brother was taken by the bowiwon."]]):
        for c, text in enumerate(row):
            table.rows[r].cells[c].text = text
    d.add_paragraph("Interviewer: Why?")
    d.add_paragraph("Kim: Fear.")
    d.save(tmp_path / "timeline.docx")
    t = parse_file(tmp_path / "timeline.docx", Config())
    # a table that is not a transcript is context, said (it was read into Kim's answer)
    assert [(turn.speaker, [(p.line, p.text) for p in turn.paragraphs]) for turn in t.turns] == [
        ("Interviewer", [(1, "When did you leave?")]),
        ("Kim", [(2, "In 2009. This is what happened.")]),
        ("(table)", [(3, "Year"), (4, "Place"), (5, "What happened"), (6, "2009"),
                     (7, "Hyesan"), (8, "My brother was taken by the bowiwon.")]),
        ("Interviewer", [(9, "Why?")]),
        ("Kim", [(10, "Fear.")]),
    ]
    assert [(n.line, n.message[:38]) for n in t.notices] == [
        (3, "table 1 (Year | Place | What happened)")]


@pytest.fixture
def gallery(project: Project) -> Project:
    """The same interview in seven layouts, in one project."""
    for name in ("web-blank-lines.txt", "web-one-per-line.txt", "qa-dots.txt",
                 "name-short.txt", "initials.txt", "windows-cp1252-crlf.txt"):
        shutil.copy(LAYOUTS / name, project.root / "transcripts" / name)
    _word(project.root / "transcripts" / "word-table.docx", _core_rows(), title="Interview 7")
    return project


def test_same_interview_in_every_layout_gives_identical_codings(gallery: Project):
    gallery.qcode("run", "transcripts", "--jobs", "1", "--quiet")
    with open(gallery.root / "outputs" / "codings.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_file: dict[str, list[tuple[str, ...]]] = {}
    for r in rows:
        by_file.setdefault(r["transcript"], []).append(
            (r["text"], r["code"], r["confidence"], r["rules"], r["matched"]))
    assert len(by_file) == 7, sorted(by_file)
    codings = {tid: sorted(c) for tid, c in by_file.items()}
    first = codings["web-blank-lines"]
    assert {c[1] for c in first} >= {"bribery", "usb_notel", "reasons_for_leaving",
                                     "human_rights_awareness"}
    for tid, got in codings.items():
        assert got == first, tid
    # nothing from the page around the interview is coded or quoted
    quoted = " ".join(r["text"] for r in rows)
    for clutter in ("YouTube", "Translated by", "example.org", "Photo:", "All rights"):
        assert clutter not in quoted


def test_show_and_transcripts_commands(gallery: Project, tmp_path: Path):
    gallery.qcode("ingest", "transcripts")
    (gallery.root / "qcode.toml").write_text('redact = ["Hyesan"]\n', encoding="utf-8")
    r = gallery.qcode("show", "web-blank-lines")
    lines = [" ".join(x.strip("│┃ ").split()) for x in r.stdout.splitlines()]
    assert ("18 │ (caption) │ other │ context │ 17 │ Photo: The riverside market in [redacted], "
            "seen from the…") in lines, r.stdout
    assert ("12 │ Respondent │ respondent │ coded │ 19 │ In [redacted], near the river. My mother "
            "sold dried fish at…") in lines, r.stdout
    assert "Hyesan" not in r.stdout
    assert gallery.qcode("show", "transcripts/qa-dots.txt").stdout.count("│ coded") == 5
    r = gallery.qcode("show", "nope", code=1)
    assert "Error: no transcript 'nope' in this project and no such file; known ids:" in r.stderr
    # a file not yet ingested is read as ingest would, redacted, and nothing is stored
    outside = tmp_path / "new-one.txt"
    outside.write_text("Q: Where did you live?\n\nA: In Hyesan, by the river.\n", encoding="utf-8")
    r = gallery.qcode("show", str(outside))
    assert "│ coded" in r.stdout and "[redacted]" in r.stdout and "Hyesan" not in r.stdout
    assert r.stdout.rstrip().endswith(
        f"{outside} is not in this project: read from the file as `qcode ingest` would read "
        "it; nothing was stored")
    assert "new-one" not in gallery.qcode("transcripts").stdout

    r = gallery.qcode("transcripts")
    lines = [" ".join(x.strip("│┃ ").split()) for x in r.stdout.splitlines()]
    assert any(x.startswith("initials │ transcripts/initials.txt │ NKHR (interviewer), OMR "
                            "(respondent) │ 11 │") and x.endswith("│ 1") for x in lines), r.stdout
    assert ("Warning: transcripts/initials.txt:3: no interviewer label is known; took 'NKHR' as "
            "the interviewer") in r.stdout
    assert "Warning: transcripts/windows-cp1252-crlf.txt:1: not UTF-8; read as Windows-1252" \
        in r.stdout


def test_structure_warnings_name_file_and_line(project: Project):
    long_answer = " ".join(["We walked and walked through the hills."] * 120)
    project.write("one.txt", f"Interviewer: Tell me?\n\nKim: {long_answer}\n\n"
                             "Interviewer: And then?\n\nKim: Nothing.\n")
    project.write("mono.txt", "Kim: I was born in Musan.\n\nKim: Then I left.\n")
    project.write("noint.txt", "Kim: I was born in Musan.\n\nPark: I was born in Hyesan.\n\n"
                               "Kim: We left in 2009.\n\nPark: We left in 2011.\n")
    project.write("asks.txt", "Interviewer: Why?\n\nA: Hunger. Did you know?\n\n"
                              "Where was I? Yes, the river.\n\nDid you go?\n")
    r = project.qcode("ingest", "transcripts")
    err = r.stderr
    assert "Warning: transcripts/one.txt:3: a turn of 840 words ('Kim')" in err
    assert "Warning: transcripts/mono.txt:1: only one speaker ('Kim')" in err
    assert "Warning: transcripts/noint.txt:1: no interviewer found" in err
    assert ("Warning: transcripts/asks.txt:3: an answer ('A') holds 2 paragraphs ending in '?'"
            in err)
    project.write("most.txt", "Interviewer: Tell me?\n\nKim: " + " ".join(
        ["We walked through the hills at night."] * 50) + "\n\nInterviewer: And?\n\nKim: "
        + " ".join(["No."] * 40) + "\n")
    err = project.qcode("ingest", "transcripts").stderr
    assert "Warning: transcripts/most.txt:3: one turn ('Kim') holds 89% of the words" in err


def test_word_line_breaks_and_utf16_without_bom(tmp_path: Path):
    d = docx.Document()
    p = d.add_paragraph("Interviewer: Why did you leave?")
    p.add_run().add_break()
    p.add_run("A: Hunger.")
    d.add_paragraph("Interviewer: And then?")
    d.add_paragraph("A: We walked to the river.")
    d.save(tmp_path / "breaks.docx")
    t = parse_file(tmp_path / "breaks.docx", Config())
    assert [(turn.line, turn.speaker, turn.paragraphs[0].text) for turn in t.turns] == [
        (1, "Interviewer", "Why did you leave?"), (1, "A", "Hunger."),
        (2, "Interviewer", "And then?"), (3, "A", "We walked to the river.")]
    (tmp_path / "u16.txt").write_bytes("Interviewer: Où?\nA: À Musan.\n".encode("utf-16-le"))
    t = parse_file(tmp_path / "u16.txt", Config())
    assert t.encoding == "utf-16-le" and t.turns[1].paragraphs[0].text == "À Musan."
    assert "UTF-16 without a byte-order mark" in t.notices[0].message


def test_name_only_credit_that_looks_like_a_label_keeps_the_page_unlabelled(tmp_path: Path):
    page = tmp_path / "credit.txt"
    page.write_text("Interviewer: Kim Ji-su\nTranslator: Daniel Park\n\nWhen did you leave?\n\n"
                    "In 2011, after the harvest failed.\n\nWho helped you?\n\nMy aunt in Yanji.\n",
                    encoding="utf-8")
    assert [(s, r) for _, s, r, _ in read(str(page))] == [
        ("(credit)", "other"), ("(credit)", "other"), *QA, *QA]


def test_role_in_a_label_with_a_short_name_and_read_more_inside_the_interview(tmp_path: Path):
    page = tmp_path / "roles.txt"
    page.write_text("Interviewer (Kim): Where were you born?\n\nPark Sun-ok (Park): In Musan.\n\n"
                    "Kim: And later?\n\nPark: Hyesan.\n\nRead more\n\nThen we moved to the coast.\n\n"
                    "Kim: Why?\n\nPark: Work.\n", encoding="utf-8")
    assert [(s, r) for _, s, r, _ in read(str(page))] == [
        ("Kim", "interviewer"), ("Park", "respondent"), ("Kim", "interviewer"),
        ("Park", "respondent"), ("(related)", "other"), ("Park", "respondent"),
        ("Kim", "interviewer"), ("Park", "respondent")]


def test_word_time_speaker_text_table_and_heading_styles(tmp_path: Path):
    d = docx.Document()
    d.add_heading("Interview 9: Chongjin", level=1)
    d.add_paragraph("Transcribed by the project team")
    table = d.add_table(rows=0, cols=3)
    for row in [("Time", "Speaker", "Text"), ("00:00:05", "Interviewer", "Where did you work?"),
                ("00:00:09", "Baek", "At the port. We paid the inspectors in dried squid."),
                ("[00:01:10]", "Interviewer", "And your family?"),
                ("00:01:14", "Baek", "My son is still there.")]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.save(tmp_path / "timed.docx")
    t = parse_file(tmp_path / "timed.docx", Config())
    assert [(turn.line, turn.speaker, turn.role, turn.time) for turn in t.turns] == [
        (1, "(heading)", "other", None), (2, "(credit)", "other", None),
        (3, "(heading)", "other", None),
        (8, "Interviewer", "interviewer", "00:00:05"), (11, "Baek", "respondent", "00:00:09"),
        (14, "Interviewer", "interviewer", "00:01:10"), (17, "Baek", "respondent", "00:01:14")]


@pytest.mark.parametrize("order", [(1, 0, 2), (1, 2, 0), (3, 1, 0, 2)])
def test_word_transcript_tables_in_any_column_order(tmp_path: Path, order: tuple[int, ...]):
    """Speaker | Time | Text and Text | Speaker tables, or a row number column, were read
    cell by cell: `Pak 00:05 In Hoeryong.` became one respondent paragraph."""
    rows = [("Time", "Speaker", "Text", "#"), ("00:01", "Interviewer", "Where did you live?", "1"),
            ("00:05", "Pak", "In Hoeryong, near the market.", "2"),
            ("00:09", "Interviewer", "Did you watch dramas?", "3"),
            ("00:12", "Pak", "Yes, on a notel with the curtains shut.", "4")]
    d = docx.Document()
    table = d.add_table(rows=0, cols=len(order))
    for row in rows:
        for cell, column in zip(table.add_row().cells, order, strict=True):
            cell.text = row[column]
    d.save(tmp_path / "t.docx")
    t = parse_file(tmp_path / "t.docx", Config())
    timed = 0 in order
    assert [(turn.speaker, turn.role, turn.time, turn.paragraphs[0].text) for turn in t.turns
            if turn.role != "other"] == [
        ("Interviewer", "interviewer", "00:01" if timed else None, "Where did you live?"),
        ("Pak", "respondent", "00:05" if timed else None, "In Hoeryong, near the market."),
        ("Interviewer", "interviewer", "00:09" if timed else None, "Did you watch dramas?"),
        ("Pak", "respondent", "00:12" if timed else None,
         "Yes, on a notel with the curtains shut.")]


def test_speech_that_mentions_videos_or_starts_like_furniture_stays_speech(tmp_path: Path):
    page = tmp_path / "speech.txt"
    page.write_text("How did you watch dramas?\n\nOn a notel, at night.\n\n"
                    "We would watch the film with the curtains closed.\n\n"
                    "Right – and the police came once.\n\nWho came?\n\nThe 109 group.\n\n"
                    "Watch the full interview on our YouTube channel.\n", encoding="utf-8")
    assert [(s, r) for _, s, r, _ in read(str(page))] == [
        *QA, ("Respondent", "respondent"), ("Respondent", "respondent"), *QA,
        ("(social)", "other")]


def test_capital_labels_inline_once_on_a_labelled_line(tmp_path: Path):
    page = tmp_path / "once.txt"
    page.write_text("Q: Where did you cross? M: At Musan. F: Near Hyesan, in winter.\n\n"
                    "Q: Did you pay? M: The guard took cigarettes. Note: he was young.\n",
                    encoding="utf-8")
    assert [(ln, s, r) for ln, s, r, _ in read(str(page))] == [
        (1, "Q", "interviewer"), (1, "M", "respondent"), (1, "F", "respondent"),
        (3, "Q", "interviewer"), (3, "M", "respondent")]
    assert read(str(page))[-1][3] == "The guard took cigarettes."


def test_caption_between_question_and_answer_is_context_a_date_answer_is_speech(tmp_path: Path):
    page = tmp_path / "cap.txt"
    page.write_text("When did you leave?\n\nPhoto: The Tumen river in winter. (Image: NK Voices)\n\n"
                    "March 2010.\n\nHow?\n\nOver the ice.\n", encoding="utf-8")
    assert [(s, r) for _, s, r, _ in read(str(page))] == [
        ("Interviewer", "interviewer"), ("(caption)", "other"), ("Respondent", "respondent"),
        *QA]


def test_a_footer_pointing_to_the_rest_of_the_series_is_not_the_last_answer(tmp_path: Path):
    """A pasted page ending 'Read the full series at URL' lost that line into the last
    answer (a respondent paragraph, coded and sampled for review)."""
    page = tmp_path / "web.txt"
    page.write_text("Why did you leave?\n\nThere was no food and the bowiwon kept visiting.\n\n"
                    "Read the full series at https://www.example.org/series\n\n"
                    "Read our whole story on the website.\n", encoding="utf-8")
    assert [(s, r) for _, s, r, _ in read(str(page))] == [
        *QA, ("(social)", "other"), ("(social)", "other")]


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case kinship labels: two speakers, not one merged under the pseudonym
    ("Interviewer: When did you come out?\n\nOlder sister: I came first, in 2012.\n\n"
     "Younger sister: I followed two years later.\n\nInterviewer: Why?\n\n"
     "Older sister: There was no food.\n\nYounger sister: My sister was already there.\n",
     [("Interviewer", "interviewer"), ("Older sister", "respondent"),
      ("Younger sister", "respondent"), ("Interviewer", "interviewer"),
      ("Older sister", "respondent"), ("Younger sister", "respondent")]),
    # initials that speak once, in a labelled file; a plural in a preamble is no speaker
    ("Session 3 of 3. Respondents: father (PY, 66) and son (JH, 31).\n\n"
     "INT: Where did you live?\n\nPY: In Musan.\n\nINT: And you?\n\nJH: Also Musan.\n",
     [("(preamble)", "other"), ("INT", "interviewer"), ("PY", "respondent"),
      ("INT", "interviewer"), ("JH", "respondent")]),
    # `Q)` / `A)` labels leave the text
    ("Q) Where are you from?\n\nA) In Hyesan.\n\nQ) What did you do?\n\nA) I traded rice.\n",
     [("Q", "interviewer"), ("A", "respondent"), ("Q", "interviewer"), ("A", "respondent")]),
    # credits in other wordings, at either end, are context, not the last answer
    ("This interview was conducted in Korean and translated by our staff.\n\n"
     "Q: Did you watch foreign films?\n\nA: Yes, on a USB stick.\n\n"
     "Q: Often?\n\nA: Every week.\n\nTranslated from Korean by the project team.\n",
     [("(credit)", "other"), *[("Q", "interviewer"), ("A", "respondent")] * 2,
      ("(credit)", "other")]),
    ("This testimony is part of a series of interviews with people who left. Interview "
     "conducted in Korean; English translation by a volunteer.\n\nQ: Where from?\n\n"
     "A: Musan. The story was part of my life.\n\nQ: When?\n\nA: 2011.\n\n"
     "English translation by a volunteer.\n",
     [("(credit)", "other"), *[("Q", "interviewer"), ("A", "respondent")] * 2,
      ("(credit)", "other")]),
    # a web page's furniture: byline with a date, image, caption, pull quote, tags, comments
    ("*By Staff Reporter | March 3, 2021*\n\n"
     "![A market stall](https://example.org/stall.jpg)\n\n"
     "*A stall near the river. Photo: Example News*\n\n**Q: What did you sell?**\n\n"
     "Rice from China. We had to pay the market manager every week.\n\n"
     "> \"We had to pay the market manager every week.\"\n\n**Q: Did you watch films?**\n\n"
     "Yes, \"Autumn in My Heart\" on a stick.\n\nTags: famine, defectors\n\nComments (3)\n",
     [("(byline)", "other"), ("(link)", "other"), ("(caption)", "other"),
      ("Q", "interviewer"), ("Respondent", "respondent"), ("(pull quote)", "other"),
      ("Q", "interviewer"), ("Respondent", "respondent"), ("(related)", "other"),
      ("(comments)", "other")]),
    # numbered labels; numbered questions with the answer on the next line
    ("Q1: Where were you born?\nA1: In Chongjin.\n\nQ2: Did you pay?\nA2: Yes, the guards.\n",
     [("Q", "interviewer"), ("A", "respondent")] * 2),
    ("1. Where were you born?\nIn Chongjin. My father worked at the port.\n\n"
     "2. Did you pay bribes?\nYes, every trip we gave the guards cigarettes.\n",
     [("Interviewer", "interviewer"), ("Respondent", "respondent")] * 2),
    # a label alone on its line: capitals, or a name and a time as transcription services
    ("INTERVIEWER\nWhen did you first see a drama?\n\nLEE\nIn 2011, from a USB stick.\n\n"
     "INTERVIEWER\nWere you afraid?\n\nLEE\nYes. It was a political crime.\n",
     [("INTERVIEWER", "interviewer"), ("LEE", "respondent")] * 2),
    ("Interviewer  0:01\nWhat did you do?\n\nPark  0:07\nI worked at the port.\n\n"
     "Interviewer  0:12\nDid you pay anyone?\n\nPark  0:15\nYes, the guards.\n",
     [("Interviewer", "interviewer"), ("Park", "respondent")] * 2),
    # two named interviewers, no known label: both ask every time, so both interview
    ("Jane Smith: Where are you from?\n\nMr. Cho: From Hyesan.\n\nTom Lee: Did you pay?\n\n"
     "Mr. Cho: Yes, the guards.\n\nJane Smith: Why did you leave?\n\nMr. Cho: Hunger.\n\n"
     "Tom Lee: And your family?\n\nMr. Cho: My sister was already there.\n",
     [("Jane Smith", "interviewer"), ("Mr. Cho", "respondent"), ("Tom Lee", "interviewer"),
      ("Mr. Cho", "respondent")] * 2),
    # a question bold as a whole line keeps none of the bold marks
    ("**Q: Where were you born?**\n\nIn Hyesan.\n\n**Q: Did you watch dramas?**\n\n"
     "Yes, we had a **USB** stick.\n",
     [("Q", "interviewer"), ("Respondent", "respondent")] * 2),
    # editors' notes and a note on the speaker after the last answer are not the answer
    ("Interviewer: When did you arrive?\n\nKim: In 2015, after a year in China.\n\n"
     "Interviewer: Where do you live now?\n\nKim: In Seoul. I work in a bakery.\n\n"
     "Kim now lives in Seoul with her daughter and helps new arrivals.\n\n"
     "*Names and some details have been changed at the interviewee's request.*\n",
     [("Interviewer", "interviewer"), ("Kim", "respondent")] * 2
     + [("(about the speaker)", "other"), ("(editorial note)", "other")]),
    ("Q: Were you afraid?\n\nA: Of course. My husband whispered, \"Keep walking.\"\n\n"
     "Q: And then?\n\nA: We walked.\n\nThe interviewee asked that her town not be named. "
     "Responses have been edited for length.\n\nNote: all names have been changed.\n",
     [("Q", "interviewer"), ("A", "respondent")] * 2
     + [("(editorial note)", "other")] * 2),
    ("Ms. Choi, 47, taught school in Hyesan. She spoke to us in Seoul.\n\n"
     "*Why did you leave?*\n\nMy husband was arrested. The children had no future there.\n\n"
     "Ms. Choi now works at a hagwon in Seoul.\n",
     [("Intro", "other"), *QA, ("(about the speaker)", "other")]),
    # a respondent quoting her mother line by line: the mother is not a speaker
    ("Interviewer: How did your mother take it?\n\nKim: She was quiet. Then she said it "
     "plainly.\n\nMother: If you go, do not look back.\n\nMother: And never write.\n\n"
     "Kim: I left two weeks later.\n\nInterviewer: Did you hear from her?\n\nKim: Once.\n",
     [("Interviewer", "interviewer")] + [("Kim", "respondent")] * 4
     + [("Interviewer", "interviewer"), ("Kim", "respondent")]),
    # ... but a name that answers the interviewer once speaks; a quoted officer does not
    ("Interviewer: When did you come out?\n\nOlder sister: I came first, in 2012.\n\n"
     "Interviewer: And you?\n\nYounger sister: Two years later.\n\n"
     "Interviewer: Were you questioned?\n\nOlder sister: Yes. I remember the officer.\n\n"
     "Officer: Why did you go to China?\n\nOlder sister: I said nothing.\n",
     [("Interviewer", "interviewer"), ("Older sister", "respondent"),
      ("Interviewer", "interviewer"), ("Younger sister", "respondent"),
      ("Interviewer", "interviewer")] + [("Older sister", "respondent")] * 3),
    # an interviewer's (or translator's) words in brackets inside an answer are theirs
    ("Kim: I was born in Musan. [Interviewer: Near the border?] Yes, we saw China.\n\n"
     "Interviewer: And then?\n\nKim: I left (Translator: she means in 2009) alone.\n",
     [("Kim", "respondent"), ("Interviewer", "interviewer"), ("Kim", "respondent"),
      ("Interviewer", "interviewer"), ("Kim", "respondent"), ("Translator", "other"),
      ("Kim", "respondent")]),
    # names with a spaced dash as labels; footnotes marked with superscripts
    ("Interviewer — Where were you born?\nPark — In Chongjin.\n"
     "Interviewer — Who searched homes?\nPark — The 109 group¹, at night.\n\n"
     "¹ A unit that searched homes for foreign media.\n",
     [("Interviewer", "interviewer"), ("Park", "respondent")] * 2 + [("(footnote)", "other")]),
    # a header line naming the interviewer is a credit, and the initials it names ask
    ("Interview with Mrs. Han, Chongjin. Interviewer: JL. Interpreter: S. Park.\n\n"
     "[00:00:10] JL: Where did you live?\n\n[00:00:14] HAN: In Chongjin.\n\n"
     "[00:01:02] And the market was close.\n\n[00:01:20] JL: Did you pay?\n\n"
     "[00:01:25] HAN: Every month.\n",
     [("(credit)", "other"), ("JL", "interviewer"), ("HAN", "respondent"),
      ("HAN", "respondent"), ("JL", "interviewer"), ("HAN", "respondent")]),
    ("Interviewer: Hana Yoo. Recorded in Seoul, 2020.\n\n**Q.** Where did you grow up?\n\n"
     "**A.** In Hyesan.\n\n**Q.** Did you watch films?\n\n**A.** Yes, on a notel.\n",
     [("(credit)", "other"), *[("Q", "interviewer"), ("A", "respondent")] * 2]),
    # QA pass: the interviewer's first turn addressing the respondent is no staff credit
    ("Interviewer: Mrs. Kim, thank you for coming. Let's begin with your childhood.\n\n"
     "Kim: I was born in Hyesan.\n\nInterviewer: Ms. Han. We are recording now.\n\n"
     "Kim: Good.\n",
     [("Interviewer", "interviewer"), ("Kim", "respondent")] * 2),
    ("Interviewer: Hana Yoo. Seoul, March 2021.\n\nQ: Where did you grow up?\n\n"
     "A: In Hyesan.\n\nQ: Did you pay?\n\nA: Yes.\n",
     [("(credit)", "other"), *[("Q", "interviewer"), ("A", "respondent")] * 2]),
    ("Interviewer: Welcome. Please tell us where you grew up.\n\nPark: In Chongjin.\n\n"
     "Interviewer: Did you pay?\n\nPark: Yes.\n",
     [("Interviewer", "interviewer"), ("Park", "respondent")] * 2),
    # ... and a respondent's words that read like an editors' note stay the answer
    ("Interviewer: How did you find a broker?\n\nChoi: Through my cousin.\n\n"
     "The defectors agreed to pay the broker half in advance.\n\n"
     "The speaker asked everyone to write a self-criticism.\n\n"
     "Interviewer: Has your town changed?\n\nChoi: Yes.\n\n"
     "Names have been changed in our town since I was a child.\n\nIt is strange now.\n",
     [("Interviewer", "interviewer"), *[("Choi", "respondent")] * 3,
      ("Interviewer", "interviewer"), *[("Choi", "respondent")] * 3]),
    # a namesake in the last answer is no note on the speaker; `Today, Ms. Choi...` is
    ("Interviewer: Who stayed behind?\n\nKim: My cousin.\n\nInterviewer: And now?\n\n"
     "Kim: We talk sometimes.\n\nKim, my cousin, still lives in Musan.\n",
     [("Interviewer", "interviewer"), ("Kim", "respondent"), ("Interviewer", "interviewer"),
      ("Kim", "respondent"), ("Kim", "respondent")]),
    ("Ms. Choi, 47, taught school in Hyesan.\n\nWhy did you leave?\n\nMy husband was "
     "arrested.\n\nToday, Ms. Choi runs a restaurant in Incheon.\n\nHer daughter studies.\n",
     [("Intro", "other"), *QA, ("(about the speaker)", "other"), ("(after interview)", "other")]),
    # in a `Q:` file with plain answers, an answer opening `Grandmother:` is not a speaker
    ("Q: Who lived in your house?\n\nGrandmother: she raised me after my parents died.\n\n"
     "Q: What did your uncle do?\n\nHe worked at the railway station.\n\n"
     "Q: Did anyone help you?\n\nNo one.\n",
     [("Q", "interviewer"), ("Respondent", "respondent")] * 3),
    # a sentence that starts like a label stays text
    ("Q: What did your mother say?\n\nA: My mother: she said to go.\n\nQ: And then?\n\n"
     "A: He said: go now. My mother: she cried.\n",
     [("Q", "interviewer"), ("A", "respondent"), ("Q", "interviewer"), ("A", "respondent")]),
])
def test_publishers_label_styles(tmp_path: Path, text: str, expected: list[tuple[str, str]]):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    rows = read(str(path))
    assert roles(rows) == expected
    assert not any(words.startswith(("Older", "Younger", "PY:", "A)", "Q)", "[00", "**")) or
                   words.endswith("**") for _, _, _, words in rows)


@pytest.mark.parametrize(("text", "message", "paragraph"), [
    # a quoted guard is not a speaker, and the user is told
    ("Interviewer: What did the guard do?\n\nLee: He looked at me and asked:\n\n"
     "Guard: Where is your pass?\n\nLee: I had none, so I gave him cigarettes.\n\n"
     "Guard: Go, then.\n\nLee: And I went.\n\nInterviewer: And?\n\nLee: He let me go.\n",
     "'Guard:' is read as words Lee quotes, inside Lee's answer, not as a speaker",
     "Guard: Where is your pass?"),
    # a second respondent speaking once after the first is read as the first's words, but
    # said (it was silent); a quoted `Mother:` is not reported
    ("Interviewer: How did you pay?\n\nKim: My husband told the broker we would pay later."
     "\n\nPark: Yes, and the broker wanted half first.\n\nKim: So we sold the house. My "
     "mother told me:\n\nMother: Go.\n\nKim: We went.\n\nInterviewer: How long?\n\n"
     "Kim: Two months.\n",
     "'Park:' labels only this paragraph, so it is read as words of the turn before it",
     "Park: Yes, and the broker wanted half first."),
])
def test_a_label_read_as_the_answer_is_reported_with_its_line(tmp_path: Path, text: str,
                                                                message: str, paragraph: str):
    path = tmp_path / "q.txt"
    path.write_text(text, encoding="utf-8")
    t = parse_file(path, Config())
    assert [n.line for n in t.notices] == [5]
    assert t.notices[0].message.startswith(message)
    assert t.turns[1].role == "respondent"
    assert t.turns[1].paragraphs[1].text == paragraph


def test_word_question_answer_table_and_subtitle_cues_of_one_speaker(tmp_path: Path):
    """A Question | Answer table whose first prompt has no `?` lost that answer to the
    introduction; untagged .vtt cues after `<v Name>` were each a paragraph."""
    d = docx.Document()
    table = d.add_table(rows=0, cols=2)
    for row in [("Question", "Answer"), ("Tell us about your work.", "I sold rice."),
                ("Did you pay?", "Every month, the manager.")]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.save(tmp_path / "qa.docx")
    t = parse_file(tmp_path / "qa.docx", Config())
    assert [(turn.speaker, turn.paragraphs[0].text) for turn in t.turns if turn.role != "other"] \
        == [("Interviewer", "Tell us about your work."), ("Respondent", "I sold rice."),
            ("Interviewer", "Did you pay?"), ("Respondent", "Every month, the manager.")]
    cues = "".join(f"00:00:{i:02}.000 --> 00:00:{i + 1:02}.000\n{text}\n\n" for i, text in enumerate(
        ["<v Interviewer>Where?", "<v Lee>In Hyesan.", "My father worked at the mine.",
         "We had a garden.", "It was small.", "<v Interviewer>And then?", "<v Lee>We left."]))
    (tmp_path / "v.vtt").write_text("WEBVTT\n\n" + cues, encoding="utf-8")
    t = parse_file(tmp_path / "v.vtt", Config())
    assert [(turn.speaker, [p.text for p in turn.paragraphs]) for turn in t.turns] == [
        ("Interviewer", ["Where?"]),
        ("Lee", ["In Hyesan. My father worked at the mine. We had a garden. It was small."]),
        ("Interviewer", ["And then?"]), ("Lee", ["We left."])]


@pytest.mark.parametrize("header", [("No.", "Question", "Answer"), ("Interviewer's question",
                                                                       "Respondent's answer")])
def test_word_question_answer_table_with_row_numbers_or_longer_headers(tmp_path: Path,
                                                                      header: tuple[str, ...]):
    """`No. | Question | Answer` and `Interviewer's question | Answer` headers were no
    Question | Answer table: the prompts without `?` and their answers were introduction."""
    d = docx.Document()
    table = d.add_table(rows=0, cols=len(header))
    rows = [("Tell me about your hometown", "Hyesan, by the river."),
            ("Your work there", "I sold clothes at the market."), ("Did you pay?", "Every month.")]
    for n, row in enumerate([header[-2:], *rows]):
        cells = (str(n) if n else header[0],) * (len(header) - 2) + row
        for cell, text in zip(table.add_row().cells, cells, strict=True):
            cell.text = text
    d.save(tmp_path / "qa.docx")
    t = parse_file(tmp_path / "qa.docx", Config())
    assert [(turn.speaker, turn.paragraphs[0].text) for turn in t.turns if turn.role != "other"] \
        == [turn for prompt, answer in rows
            for turn in (("Interviewer", prompt), ("Respondent", answer))]


def test_one_person_labelled_by_full_name_then_surname_or_in_other_capitals(tmp_path: Path):
    page = tmp_path / "oral-history.txt"
    page.write_text(
        "ORAL HISTORY PROJECT, SESSION 2\n\nINTERVIEWER: Where did we stop last time?\n\n"
        "CHOI MYONG-SUK: At the farm. We grew maize for the unit.\n\nINTERVIEWER: And then?\n\n"
        "CHOI: The harvest failed, twice.\n\nINTERVIEWER: What did you do?\n\n"
        "Choi: We sold the pig.\n\n[End of session 2]\n", encoding="utf-8")
    rows = read(str(page))
    assert {s for _, s, r, _ in rows if r == "respondent"} == {"CHOI"}
    assert rows[-1][1:3] == ("(end)", "other")
    said = [f"{n.line}: {n.message}" for n in parse_file(page, Config()).notices]
    assert "5: 'CHOI MYONG-SUK:' and 'CHOI:' are read as one speaker, CHOI; if they are two " \
           "people, label them apart" in said


def test_a_surname_two_full_names_share_stays_apart(tmp_path: Path):
    page = tmp_path / "panel.txt"
    page.write_text(
        "Moderator: Welcome.\n\nKim Min-su: Thank you.\n\nModerator: Who paid the guards?\n\n"
        "Kim Ok-hee: My uncle did.\n\nKim: Mine too.\n\nModerator: Thank you both.\n\n"
        "Kim Min-su: Thank you.\n\nKim Ok-hee: Thank you.\n", encoding="utf-8")
    speakers = {s for _, s, r, _ in read(str(page)) if r == "respondent"}
    assert {"Kim Min-su", "Kim Ok-hee"} <= speakers


def test_no_break_space_inside_a_label(tmp_path: Path):
    page = tmp_path / "windows.md"
    page.write_bytes("Interviewer: Where did you grow up?\r\n\r\nPak\u00a0Su-mi: In Hoeryong.\r\n"
                     "\r\nInterviewer:\u00a0Did you watch dramas?\r\n\r\nPak\u00a0Su-mi:\u00a0Yes, "
                     "on a notel.\r\n".encode())
    assert [(s, r, w) for _, s, r, w in read(str(page))] == [
        ("Interviewer", "interviewer", "Where did you grow"), ("Pak Su-mi", "respondent", "In Hoeryong."),
        ("Interviewer", "interviewer", "Did you watch dramas?"),
        ("Pak Su-mi", "respondent", "Yes, on a notel.")]


@pytest.mark.parametrize("dash", ["—", "--", "–"])
def test_dash_labels_after_a_header_with_a_colon(tmp_path: Path, dash: str):
    """A header line such as `Respondent: male, 52` made the file count as colon-labelled, so
    the dash labels were not read and every question was coded as the respondent's words."""
    page = tmp_path / "dashes.txt"
    page.write_text(
        f"Transcript 14 (translated)\nRespondent: female, 40, trader, Hyesan\n\n"
        f"Interviewer {dash} Where did you sell?\n\nMs. Ra {dash} At the station market.\n\n"
        f"Interviewer {dash} Did you pay anyone?\n\nMs. Ra {dash} The manager, every week.\n\n"
        f"Interpreter: She means the market manager.\n", encoding="utf-8")
    assert [(s, r) for _, s, r, _ in read(str(page))] == [  # the descriptor line: context
        ("(preamble)", "other"), ("(header)", "other"), ("Interviewer", "interviewer"),
        ("Ms. Ra", "respondent"), ("Interviewer", "interviewer"), ("Ms. Ra", "respondent"),
        ("Interpreter", "other")]


def test_hard_wrapped_question_printed_right_above_its_answer(tmp_path: Path):
    """A PDF dump sets each question on the line above its answer, no blank line between:
    read as one paragraph, the page had one speaker and no answer was coded."""
    wrapped = ("At the station, or in the doorway of a block of flats when it was very\n"
               "cold. We were five or six children. The older boys took things from the\n"
               "stalls and we begged, and when one of us had a good day we gave the\n"
               "railway policeman something so he let us sleep inside the hall.\n")
    page = tmp_path / "magazine.txt"
    page.write_text("Kang Eun-ji was twelve when she began to sleep at the station in\n"
                    "Hamhung with other children. She reached Seoul in 2009 and now teaches\n"
                    "at a school for young people from the North.\n\n"
                    f"Where did you sleep in those years?\n{wrapped}\n"
                    f"What did you eat?\n{wrapped}\nWhen did you leave?\n{wrapped}",
                    encoding="utf-8")
    answer = ("Respondent", "respondent", "At the station, or")
    assert [(s, r, w) for _, s, r, w in read(str(page))][1:] == [
        ("Interviewer", "interviewer", "Where did you sleep"), answer,
        ("Interviewer", "interviewer", "What did you eat?"), answer,
        ("Interviewer", "interviewer", "When did you leave?"), answer]


REPORT = """3. PAYMENTS AT THE BORDER

Most people we spoke to who crossed after 2014 paid the border guards, through a broker
or directly.\u00b9

A man in his thirties from Hyesan (Interviewee 7) put it this way:

    The broker said the guard on the night shift had been looked after. We only had to
    walk where he told us.

    Later I found out my uncle had paid for both of us.

Not everyone used a broker. Interviewee 12, a woman of 45, crossed alone:

    I brought the soldier two bottles of liquor. He said, go quickly.

\u00b9 Interviews held in Seoul in 2019.
"""


def test_report_quoting_testimony_gives_each_quotation_its_interviewee(tmp_path: Path):
    """Read as one unlabelled answer, the report's headings and findings were coded as
    testimony and every interviewee was one speaker."""
    page = tmp_path / "report.txt"
    page.write_text(REPORT, encoding="utf-8")
    t = parse_file(page, Config())
    speech = [(turn.speaker, turn.role, p.text.split(".")[0]) for turn in t.turns
              if turn.role != "other" for p in turn.paragraphs]
    assert speech == [
        ("Interviewee 7", "respondent", "The broker said the guard on the night shift had been looked after"),
        ("Interviewee 7", "respondent", "Later I found out my uncle had paid for both of us"),
        ("Interviewee 12", "respondent", "I brought the soldier two bottles of liquor")]
    assert not any("PAYMENTS" in p.text or "Most people" in p.text
                   for turn in t.turns if turn.role != "other" for p in turn.paragraphs)
    assert [n.message.split(":")[0] for n in t.notices] == ["read as a report quoting testimony"]


def test_indented_answers_of_an_interview_are_not_a_report(tmp_path: Path):
    text = ("Where did you grow up? Tell us:\n\n    In Musan, near the mine.\n\n"
            "What did your mother do? In a word:\n\n    She sold rice at the station.\n")
    indented, flat = tmp_path / "indented.txt", tmp_path / "flat.txt"
    indented.write_text(text, encoding="utf-8")
    flat.write_text(text.replace("    ", ""), encoding="utf-8")
    read_in, read_flat = parse_file(indented, Config()), parse_file(flat, Config())
    assert [t.role for t in read_in.turns] == [t.role for t in read_flat.turns]
    assert not any("report" in n.message for n in read_in.notices)


def test_report_quoting_witnesses_inside_its_paragraphs():
    """`Interviewee 4 said: "..."` inside a numbered paragraph, a lead-in paragraph and the
    quotation under it, `He added:`, a witness the report does not number, a quotation over
    two paragraphs: each quotation is its witness's turn, the report's words context."""
    rows = read("report-witnesses-inline.txt")
    assert [r for r in rows if r[2] != "other"] == [
        (13, "Interviewee 4", "respondent", "My husband went to"),
        (19, "Interviewee 9", "respondent", "When the army called"),
        (22, "Interviewee 9", "respondent", "After that we had"),
        (27, "Unnamed interviewee 1", "respondent", "The smugglers paid us"),
        (30, "Unnamed interviewee 1", "respondent", "Anyone who refused to"),
        (34, "Interviewee 15", "respondent", "We copied the dramas"),
    ]
    t = parse_file(LAYOUTS / "report-witnesses-inline.txt", Config())
    source = (LAYOUTS / "report-witnesses-inline.txt").read_text(encoding="utf-8")
    for p in (p for turn in t.turns for p in turn.paragraphs):  # each piece where it was cut
        assert " ".join(source[p.start:p.end].split()) == p.text
    coded = " ".join(p.text for turn in t.turns if turn.role == "respondent" for p in turn.paragraphs)
    assert "said" not in coded and "Project" not in coded and "recommends" not in coded
    assert "bribe" not in coded  # a law the report quotes is no witness
    assert "“" not in coded and "”" not in coded  # the quotation marks are no words of theirs
    assert [n.message.split(":")[0] for n in t.notices] == ["read as a report quoting testimony"]


def test_report_quoting_one_indented_quotation_among_inline_ones(tmp_path: Path):
    """One indented quotation of two paragraphs (too few for the indented reading) after a
    lead-in paragraph, among quotations inside paragraphs: its witness's, both paragraphs."""
    page = tmp_path / "labour.txt"
    page.write_text(
        "12. Interviewee 3 said: \"We dug the canal from dawn until dark.\"\n\n"
        "13. A woman from Onsong (Interviewee 8) described the site:\n\n"
        "    The guards counted us twice a day.\n\n    In winter we had no gloves.\n\n"
        "14. The Project has documented similar accounts.\n", encoding="utf-8")
    t = parse_file(page, Config())
    assert [(turn.speaker, [p.text for p in turn.paragraphs]) for turn in t.turns
            if turn.role == "respondent"] == [
        ("Interviewee 3", ["We dug the canal from dawn until dark."]),
        ("Interviewee 8", ["The guards counted us twice a day.", "In winter we had no gloves."])]


def test_testimony_that_quotes_witnesses_stays_one_testimony():
    """A witness's own statement that quotes two others (`Witness 5 said to me: "..."`)
    in the first person: one testimony, quotations in it, and a warning."""
    rows = read("testimony-quoting-witnesses.txt")
    assert {(speaker, role) for _, speaker, role, _ in rows[1:]} == {("Respondent", "respondent")}
    assert rows[2] == (6, "Respondent", "respondent", "Witness 5 slept next")
    said = notices("testimony-quoting-witnesses.txt")
    assert any("speaks as `I`: read as one person's testimony" in n for n in said)
    assert not any("read as a report" in n for n in said)


def test_an_article_quoting_one_person_is_not_a_report(tmp_path: Path):
    """Lead-ins that name no witness (`Ms. Ri said:`, `My mother said:` in a quote) are no
    report's: the article reads as it did."""
    page = tmp_path / "article.txt"
    page.write_text(
        "A trader's story\n\nRi Myong-suk sold batteries in Hyesan for eleven years. Ms. Ri "
        "said: \"The inspectors came every week.\"\n\nShe left in 2016. She recalled: \"My "
        "mother said: 'Go, and do not look back.'\"\n\nToday she lives in Incheon.\n",
        encoding="utf-8")
    t = parse_file(page, Config())
    assert not any("report" in n.message for n in t.notices)
    assert {turn.speaker for turn in t.turns if turn.role == "respondent"} == {"Respondent"}


def test_names_in_square_brackets_are_labels_sounds_are_not(tmp_path: Path):
    page = tmp_path / "brackets.txt"
    page.write_text(
        "[Recording begins]\n\n[Interviewer] Where did you sell?\n\n[Mr. Jo] At the station. "
        "[Laughter] Everybody paid the inspector.\n\n[Interviewer]\nHow much?\n\n[Mr. Jo]\n"
        "A carton of cigarettes a week.\n\n[Laughter]\n\n[Applause]\n\n[Recording ends]\n",
        encoding="utf-8")
    rows = read(str(page))
    assert [(s, r, w) for _, s, r, w in rows if r != "other"] == [
        ("Interviewer", "interviewer", "Where did you sell?"),
        ("Mr. Jo", "respondent", "At the station. [Laughter]"),
        ("Interviewer", "interviewer", "How much?"),
        ("Mr. Jo", "respondent", "A carton of cigarettes")]
    assert not any(s in {"Laughter", "Applause"} for _, s, _, _ in rows)


def test_a_file_whose_only_question_mark_ends_a_long_paragraph_is_not_all_introduction(
        tmp_path: Path):
    """A text with no interview question whose only `?` ends a long paragraph (an article's
    research questions, a rhetorical question) was read as all introduction and refused:
    'no respondent text found'."""
    page = tmp_path / "article.txt"
    long = ("We lived two streets from the river and my mother sold tofu at the station market "
            "every morning. The inspectors came on Mondays, the police on Fridays, and each of "
            "them expected something for looking the other way. After my father lost his job at "
            "the mine we had nothing left to give them, so who would not have thought of leaving?")
    page.write_text(f"{long}\n\nMost traders paid the market manager every month.\n",
                    encoding="utf-8")
    assert [(s, r) for _, s, r, _ in read(str(page))] == [("Respondent", "respondent")] * 2
