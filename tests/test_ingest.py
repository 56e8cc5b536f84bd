"""Ingest: every format, speakers and roles, offsets, re-runs and every kind of bad file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import docx

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.store import MIGRATIONS, Store
from tests.conftest import INTERVIEW, Project


def turns(t):
    return [(turn.speaker, turn.role, [p.text for p in turn.paragraphs]) for turn in t.turns]


def test_labelled_text_turns_paragraphs_and_offsets(project: Project):
    path = project.write("t1.txt", INTERVIEW)
    t = parse_file(path, Config())
    assert t.id == "t1"
    assert t.meta["province"] == "North Hamgyong"
    assert [(s, r) for s, r, _ in turns(t)] == [
        ("Interviewer", "interviewer"), ("A", "respondent"),
        ("Interviewer", "interviewer"), ("A", "respondent"),
    ]
    last = t.turns[3]
    assert [p.text for p in last.paragraphs] == [
        "We gave the guard a carton of cigarettes. Then we watched South Korean dramas on a notel.",
        "It was 2010.",
    ]
    source = path.read_text(encoding="utf-8")
    for turn in t.turns:
        for p in turn.paragraphs:
            assert " ".join(source[p.start:p.end].split()) == p.text
            assert source.splitlines()[p.line - 1].strip() in source[p.start:p.end] or p.line
    assert last.paragraphs[0].line == 14 and last.paragraphs[1].line == 17


def test_label_styles_timestamps_and_markdown(project: Project):
    path = project.write("r.md", """
        # Interview title
        **Q:** What happened?

        **R07:** We left.
        [00:01:02] INT: And then?
        [00:01:05] R07: Then: we walked.
        """)
    t = parse_file(path, Config())
    assert turns(t) == [
        ("(heading)", "other", ["Interview title"]),
        ("Q", "interviewer", ["What happened?"]),
        ("R07", "respondent", ["We left."]),
        ("INT", "interviewer", ["And then?"]),
        ("R07", "respondent", ["Then: we walked."]),
    ]
    assert t.turns[4].time == "00:01:05"


def test_front_matter_and_config_interviewers(project: Project):
    path = project.write("x.txt", """
        ---
        interviewers: [Jisoo]
        ---
        Jisoo: Where were you born?
        Yu: In Hamhung.
        Later: a one-off prefix like this stays text.
        Park: And you?
        Yu: Also there.
        Park: Thanks.
        """)
    t = parse_file(path, Config())
    assert t.id == "x"  # no id: the file stem
    assert [(turn.speaker, turn.role) for turn in t.turns] == [
        ("Jisoo", "interviewer"), ("Yu", "respondent"), ("Park", "respondent"),
        ("Yu", "respondent"), ("Park", "respondent"),
    ]
    assert t.turns[1].paragraphs[0].text == (
        "In Hamhung. Later: a one-off prefix like this stays text.")
    t2 = parse_file(path, Config(interviewers=["park"]))
    assert t2.turns[2].role == "interviewer"


def test_unlabelled_question_answer(project: Project):
    path = project.write("qa.txt", """
        An introduction by the editors.

        When did you leave?

        In 2009. We left in winter.

        It was cold.

        Why?

        Hunger.
        """)
    t = parse_file(path, Config())
    assert turns(t) == [
        ("Intro", "other", ["An introduction by the editors."]),
        ("Interviewer", "interviewer", ["When did you leave?"]),
        ("Respondent", "respondent", ["In 2009. We left in winter.", "It was cold."]),
        ("Interviewer", "interviewer", ["Why?"]),
        ("Respondent", "respondent", ["Hunger."]),
    ]


def test_docx_vtt_srt(project: Project):
    d = docx.Document()
    for p in ["Interviewer: Where?", "Lee: Sinuiju.", "Second paragraph.", "Interviewer: Why?",
              "Lee: Fear."]:
        d.add_paragraph(p)
    d.save(project.root / "transcripts" / "lee.docx")
    t = parse_file(project.root / "transcripts" / "lee.docx", Config())
    assert turns(t)[1] == ("Lee", "respondent", ["Sinuiju.", "Second paragraph."])
    assert t.turns[1].paragraphs[1].line == 3

    vtt = project.write("v.vtt", """
        WEBVTT

        1
        00:00:01.000 --> 00:00:02.000
        <v Interviewer>Why did you leave?</v>

        2
        00:00:03.000 --> 00:00:04.000
        <v Jang>Because of my father,

        3
        00:00:04.500 --> 00:00:06.000
        <v Jang>and fear.
        """)
    t = parse_file(vtt, Config())
    assert turns(t) == [("Interviewer", "interviewer", ["Why did you leave?"]),
                        ("Jang", "respondent", ["Because of my father, and fear."])]
    assert t.turns[1].time == "00:00:03.000"

    srt = project.write("s.srt", """
        1
        00:00:00,500 --> 00:00:04,000
        Interviewer: What was life like?

        2
        00:00:04,500 --> 00:00:09,000
        Song: Hard. My mother sold tofu,

        3
        00:00:09,100 --> 00:00:14,000
        and paid the inspector.
        """)
    t = parse_file(srt, Config())
    assert turns(t)[1] == ("Song", "respondent", ["Hard. My mother sold tofu, and paid the inspector."])
    assert t.turns[1].time == "00:00:04.500"


def test_encodings_and_mojibake(project: Project):
    p = project.root / "transcripts"
    (p / "bom.txt").write_bytes(b"\xef\xbb\xbfInterviewer: Hi?\nA: Yes.\n")
    (p / "u16.txt").write_bytes("Interviewer: Hi?\nA: Yes – sure.\n".encode("utf-16"))
    (p / "legacy.txt").write_bytes("Interviewer: Hi?\nA: “Yes” – café.\n".encode("cp1252"))
    (p / "moji.txt").write_text("Interviewer: Hi?\nA: itâ€™s fine.\n", encoding="utf-8")
    assert parse_file(p / "bom.txt", Config()).turns[1].paragraphs[0].text == "Yes."
    assert parse_file(p / "u16.txt", Config()).turns[1].paragraphs[0].text == "Yes – sure."
    legacy = parse_file(p / "legacy.txt", Config())
    assert legacy.turns[1].paragraphs[0].text == "“Yes” – café."
    moji = parse_file(p / "moji.txt", Config())
    assert moji.turns[1].paragraphs[0].text == "it’s fine."
    assert moji.repaired_lines == 1
    r = project.qcode("ingest", "transcripts", code=0)
    assert "Warning: transcripts/moji.txt:1: repaired mojibake (garbled characters) on 1 line" \
        in r.stderr
    assert "transcripts/legacy.txt:1: not UTF-8; read as" in r.stderr


def test_the_authors_own_characters_are_not_mojibake(tmp_path: Path):
    """Full-width punctuation (East Asian typesetting) and Hangul are the text as written:
    kept, and no "repaired mojibake" warning; `Q：` is a label like `Q:`. A PDF's ligature
    (`ﬁ`) is read as its letters, so that words match (said, but not as mojibake)."""
    path = tmp_path / "fw.txt"
    path.write_text("Q： Where?\n\nA： From Hyesan (혜산)，by the river. The ﬁrst time.\n\n"
                    "Q： When?\n\nA： In 2010.\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert t.repaired_lines == 0
    assert [(turn.speaker, turn.paragraphs[0].text) for turn in t.turns][:2] == [
        ("Q", "Where?"), ("A", "From Hyesan (혜산)，by the river. The first time.")]
    assert [n.message for n in t.notices] == [
        "1 typeset ligature (`ﬁ`, `ﬂ`...: text copied from a PDF) read as the letters they "
        "join, so that words match the codebook's"]


def test_bad_files_each_named_and_others_still_ingested(project: Project):
    p = project.root / "transcripts"
    project.write("good.txt", INTERVIEW)
    (p / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (p / "binary.txt").write_bytes(b"Interviewer: hi\n\x00\x01\x02\xff")
    project.write("unclosed.md", "---\nid: u\nage: 3\nInterviewer: hi\nA: yes\n")
    project.write("yaml.txt", "---\nid: y\nage: [1, 2\n---\nInterviewer: hi\nA: yes\n")
    project.write("dup.txt", INTERVIEW)  # same id t1 as good.txt
    project.write("noresp.txt", "Interviewer: one?\nInterviewer: two?\n")
    (p / "bad.vtt").write_bytes(b"\xff\xfe\xfa garbage \x81\x8d\x8f\x90\x9d" * 3)
    (project.root / "notes.pdf").write_bytes(b"%PDF-1.4")
    r = project.qcode("ingest", "transcripts", "notes.pdf", code=1)
    err = r.stderr
    assert "Error: transcripts/empty.txt:1: empty file; nothing to ingest" in err
    assert ("Error: transcripts/binary.txt:2: binary file, not text (found NUL bytes); export "
            "the transcript as .txt, .md, .docx, .vtt or .srt") in err
    assert ("Error: transcripts/unclosed.md:1: front matter opened with '---' is never closed; "
            "add a line '---' after the last field") in err
    assert "Error: transcripts/yaml.txt:3: invalid YAML in front matter:" in err
    assert ("Error: transcripts/good.txt:2: duplicate transcript id 't1': also used by "
            "transcripts/dup.txt; give one of them another `id:` in its front matter") in err
    assert "Error: transcripts/noresp.txt:1: no respondent text found (2 interviewer turns)" in err
    assert "Error: notes.pdf: unsupported file type '.pdf'; qcode reads .txt, .md" in err
    assert "Error: transcripts/bad.vtt:1:" in err
    assert "Traceback" not in r.output
    assert "ingested 1, unchanged 0, failed 8" in r.stdout
    with Store(project.root / "outputs" / "qcode.db") as store:
        assert list(store.transcript_index()) == ["t1"]


def test_unreadable_encoding_and_empty_folder(project: Project):
    (project.root / "transcripts" / "x.txt").write_bytes(bytes(range(128, 256)) * 4)
    r = project.qcode("ingest", "transcripts", code=1)
    assert ("Error: transcripts/x.txt:1: unreadable encoding: not UTF-8, not Western text, and "
            "no other encoding fits; re-save the file as UTF-8") in r.stderr
    (project.root / "none").mkdir()
    r = project.qcode("ingest", "none", code=1)
    assert ("Error: none: no transcripts found in this folder (looked for .txt, .md, .markdown, "
            ".docx, .vtt, .srt, .sbv); check the path") in r.stderr


def test_reingest_unchanged_does_nothing_changed_keeps_decisions(project: Project):
    path = project.write("t1.txt", INTERVIEW)
    project.qcode("ingest", "transcripts")
    db = project.root / "outputs" / "qcode.db"
    with Store(db) as store:
        store.add_decision("somecoding", "ana", "accept", note="kept")
        before = store.db.execute("SELECT ingested_at, file_hash FROM transcripts").fetchall()
    r = project.qcode("ingest", "transcripts")
    assert "ingested 0, unchanged 1" in r.stdout
    path.write_text(path.read_text() + "\nA: One more answer.\n", encoding="utf-8")
    r = project.qcode("ingest", "transcripts")
    assert "ingested 1, unchanged 0" in r.stdout
    with Store(db) as store:
        after = store.db.execute("SELECT ingested_at, file_hash FROM transcripts").fetchall()
        assert after[0]["file_hash"] != before[0]["file_hash"]
        assert store.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 1
        segs = store.db.execute("SELECT text FROM segments ORDER BY seq").fetchall()
        assert segs[-1]["text"] == "One more answer."


def test_store_schema_wal_foreign_keys(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("ingest", "transcripts")
    db = sqlite3.connect(project.root / "outputs" / "qcode.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"transcripts", "turns", "segments", "codebooks", "codings", "decisions",
            "runs", "exports"} <= tables


def test_stats_table(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("ingest", "transcripts")
    r = project.qcode("stats")
    lines = {" ".join(line.strip("│┃ ").split()) for line in r.stdout.splitlines()}
    for expected in ("transcripts │ 1", "respondents │ 1", "turns │ 4", "segments │ 5"):
        assert expected in lines, r.stdout


def test_segment_ids_stable_and_unique_for_repeats(project: Project, tmp_path: Path):
    path = project.write("r.txt", "Interviewer: Q?\nA: No.\nInterviewer: Q2?\nA: No.\n")
    a = parse_file(path, Config())
    from qcode.model import paragraph_ids
    ids = paragraph_ids(a)
    assert ids[1] != ids[3]
    path.write_text("Interviewer:   Q?\nA:  No.\n\nInterviewer: Q2?\nA: No.\n", encoding="utf-8")
    assert paragraph_ids(parse_file(path, Config())) == ids


def test_segment_ids_survive_rewrapping_with_any_unicode_whitespace(project: Project):
    """Paragraph texts are normalised once, when parsed; ids rely on it (model.normalize_ws
    skips texts whose only whitespace is single spaces)."""
    from qcode.model import normalize_ws, paragraph_ids

    # (U+0085 is taken for mojibake of `…` and repaired to it)
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace() and c not in "\n\r\x85"]
    assert len(spaces) > 20
    path = project.write("w.txt", "Interviewer: Q?\n\nA: We paid the guard two cartons.\n")
    ids = paragraph_ids(parse_file(path, Config()))
    for c in spaces:
        path.write_text(f"Interviewer: Q?\n\nA: We paid {c}the{c}{c}guard\ntwo  cartons.{c}\n",
                        encoding="utf-8")
        assert paragraph_ids(parse_file(path, Config())) == ids, repr(c)
        assert normalize_ws(f"{c}a {c} b{c}") == "a b"


def test_migration_from_schema_1_keeps_decisions(tmp_path: Path, monkeypatch):
    import qcode.store as store_module

    db = tmp_path / "qcode.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:1])
    with Store(db) as old:
        old.db.execute("INSERT INTO decisions (coding_id, reviewer, decision, at) "
                       "VALUES ('c1', 'ana', 'accept', 'then')")
    monkeypatch.undo()
    with Store(db) as new:
        assert new.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == len(
            MIGRATIONS)
        assert len(new.project_id()) == 16
        assert new.latest_decisions()["c1"]["ana"]["decision"] == "accept"


def test_subtitle_dialogue_dashes_change_speaker(project: Project):
    """`- Where did you live?` / `- In Hyesan.` in one cue: the answer was read into the
    interviewer's turn (never coded)."""
    srt = project.write("d.srt", """
        1
        00:00:01,000 --> 00:00:04,000
        - Where did you live?
        - In Hyesan, by the river.

        2
        00:00:05,000 --> 00:00:09,000
        - Did you watch South Korean dramas?
        - Yes, on a USB stick.

        3
        00:00:10,000 --> 00:00:14,000
        We hid it in the rice jar.
        """)
    assert turns(parse_file(srt, Config())) == [
        ("Interviewer", "interviewer", ["Where did you live?"]),
        ("Respondent", "respondent", ["In Hyesan, by the river."]),
        ("Interviewer", "interviewer", ["Did you watch South Korean dramas?"]),
        ("Respondent", "respondent", ["Yes, on a USB stick. We hid it in the rice jar."])]


def test_subtitle_dash_inside_a_sentence_and_a_question_cue_after_an_answer(project: Project):
    """A dash that carries a sentence on (`said — go now,` / `— before...`) is no new
    speaker; an untagged question cue after an answer cue starts the question (the answer
    and the next question were one paragraph, read as the interviewer's, never coded)."""
    vtt = project.write("d.vtt", """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        Why did you leave?

        00:00:05.000 --> 00:00:09.000
        My father said — go now,
        — before they come for us.

        00:00:10.000 --> 00:00:14.000
        Did you go together?

        00:00:15.000 --> 00:00:18.000
        Yes, in winter.
        """)
    assert turns(parse_file(vtt, Config())) == [
        ("Interviewer", "interviewer", ["Why did you leave?"]),
        ("Respondent", "respondent", ["My father said — go now, — before they come for us."]),
        ("Interviewer", "interviewer", ["Did you go together?"]),
        ("Respondent", "respondent", ["Yes, in winter."])]


def test_a_time_stamp_after_the_label_is_the_turns_time(project: Project):
    """Automatic transcribers write `Speaker 2: [00:01:10] ...`: the stamp is the turn's time,
    not its first words; a time the answer says (`A: 10:30 was...`) stays text."""
    path = project.write("auto.txt", """
        Speaker 1: [00:01:02] Where did you sell?
        Speaker 2: (00:01:10) At the station, mostly.
        Speaker 1: 00:01:31 And when?
        Speaker 2: 10:30 was when the train came.
        """)
    t = parse_file(path, Config())
    assert [(turn.text, turn.time) for turn in t.turns] == [
        ("Where did you sell?", "00:01:02"), ("At the station, mostly.", "00:01:10"),
        ("And when?", "00:01:31"), ("10:30 was when the train came.", None)]


def test_names_in_capitals_with_a_period_are_labels_and_answers_in_capitals_are_not(
        project: Project):
    """`MORRIS. Where did you...` / `PAK. In Hamhung.`: a name in capitals and a period
    labels the turn (as loose labels do: two used twice); `NEVER. We...` opens an answer."""
    path = project.write("caps.txt", """
        MORRIS. Where did you sell?

        PAK. In Hamhung, at the station.

        MORRIS. Did you ever pay the police?

        PAK. NEVER. We paid the market manager instead.
        """)
    t = parse_file(path, Config())
    assert [(turn.speaker, turn.text[:12]) for turn in t.turns] == [
        ("MORRIS", "Where did yo"), ("PAK", "In Hamhung, "), ("MORRIS", "Did you ever"),
        ("PAK", "NEVER. We pa")]


def test_html_entities_in_a_text_file_are_the_characters_they_stand_for(project: Project):
    """Text saved from a page's source keeps `&nbsp;` and `&rsquo;`: `Mrs.&nbsp;Oh:` hid the
    label, and the entities were words of the answers."""
    path = project.write("source.txt", """
        Interviewer: Where did you live?

        Mrs.&nbsp;Oh: In Hyesan, by the river&hellip; my mother&rsquo;s house.

        Interviewer: And then?

        Mrs.&nbsp;Oh: Then we left.
        """)
    t = parse_file(path, Config())
    assert t.turns[1].speaker == "Mrs.\u00a0Oh" or t.turns[1].speaker == "Mrs. Oh"
    assert t.turns[1].text == "In Hyesan, by the river\u2026 my mother\u2019s house."
    assert any("HTML entities" in n.message for n in t.notices)
