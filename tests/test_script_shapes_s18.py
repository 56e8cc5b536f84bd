"""A film's scripts and a family interview (session 18): a documentary's dialogue script in
screenplay format (screenplay.py), a two-column VIDEO | AUDIO script in a Word table
(avscript.py), two interviewers asking a family (turns.py `infer_interviewer`); and the near
misses that must read as before. Fixtures in tests/data/layouts/ (the Word files are built
here); eval22's script01, avscript01 and family01 are the same shapes."""

from __future__ import annotations

from pathlib import Path

import docx

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first words) of each turn."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_a_screenplay_reads_its_cues_and_keeps_its_directions_apart():
    """Cues name who speaks the lines under them (`(O.S.)`, `(V.O.)`, `(CONT'D)` no part of
    the name); scene headings, action, transitions, parentheticals, `(MORE)` and the page
    number are context; her answer split by the page break is hers on both sides."""
    assert turns(LAYOUTS / "screenplay-fountain-interview.txt") == [
        ("(header)", "other", "Title: Salt and Iron"),
        ("(transition)", "other", "FADE IN:"),
        ("(heading)", "other", "INT./EXT. MOVING CAR -"),
        ("(action)", "other", "Street lights slide over"),
        ("DIRECTOR", "interviewer", "Where were you working"),
        ("HAN JI-WON", "respondent", "At the salt works"),
        ("DIRECTOR", "interviewer", "And the managers?"),
        ("(note)", "other", "(smiling)"),
        ("HAN JI-WON", "respondent", "They were paid in"),
        ("(transition)", "other", "DISSOLVE TO:"),
        ("(heading)", "other", "EXT. HARBOUR WALL -"),
        ("(action)", "other", "Gulls. She walks along"),
        ("HAN JI-WON", "respondent", "My father said the"),
        ("DIRECTOR", "interviewer", "Did you think about"),
        ("HAN JI-WON", "respondent", "Every day. But the"),
        ("(direction)", "other", "(MORE)"),
        ("(page)", "other", "22."),
        ("HAN JI-WON", "respondent", "So we went by"),
        ("(transition)", "other", "SMASH CUT TO:"),
        ("(action)", "other", "BLACK."),
        ("(end)", "other", "THE END"),
    ]


def test_capitals_alone_above_answers_without_a_scene_are_no_screenplay():
    """`INT.` and `RI` alone above their answers, no scene heading or transition: labels,
    as before."""
    assert turns(LAYOUTS / "screenplay-near-miss-capitals.txt") == [
        ("(interview heading)", "other", "Interview 14 - Chongjin"),
        ("INT.", "interviewer", "Can you tell me"),
        ("RI", "respondent", "It was near the"),
        ("INT.", "interviewer", "Did you pay anyone"),
        ("RI", "respondent", "The market manager. Every"),
        ("INT.", "interviewer", "Why did you leave?"),
        ("RI", "respondent", "My brother was already"),
    ]


def test_a_scene_heading_over_a_labelled_transcript_is_no_screenplay():
    """A student's notes with `EXT. MARKET - DAY` over `Q:` / `A:` turns: no cues, read as
    labels."""
    got = turns(LAYOUTS / "screenplay-near-miss-heading.txt")
    assert [(w, r) for w, r, _ in got if r != "other"] == [("Q", "interviewer"),
                                                            ("A", "respondent")] * 3
    assert ("(heading)", "other", "EXT. MARKET - DAY") in got


def test_screenplay_regexes_are_linear(tmp_path: Path):
    """A 20,000-character cue-like line, unclosed brackets and a 5,000-line script are
    read (in well under a second: the regexes are anchored and bounded)."""
    path = tmp_path / "long.txt"
    scene = "INT. ROOM - DAY\n\n" + "\n\n".join(
        f"KIM{'A' * 20_000 if i == 0 else ''} (V.O.\n" + "(" * 300 + "\n" + "A" * 300
        for i in range(3))
    body = "".join(f"INTERVIEWER (O.S.)\nWhy {i}?\n\nKIM\nBecause {i}.\n\n" for i in range(1250))
    path.write_text(scene + "\n\nFADE IN:\n\n" + body, encoding="utf-8")
    t = parse_file(path, Config())  # bounded, anchored regexes: well under a second
    assert sum(turn.role == "respondent" for turn in t.turns) >= 1250


def _av_script(path: Path, header: tuple[str, ...], rows: list[tuple[list[str], ...]]) -> Path:
    d = docx.Document()
    d.add_heading("HARBOUR LIGHTS - Ep. 4 - script", level=1)
    table = d.add_table(rows=0, cols=len(header))
    for row in [tuple([h] for h in header), *rows]:
        cells = table.add_row().cells
        for cell, paragraphs in zip(cells, row, strict=True):
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    d.add_paragraph("Running time 06:10")
    d.save(path)
    return path


def test_a_picture_sound_script_reads_its_bites_and_questions(tmp_path: Path):
    """`TC | PICTURE | SOUND`: `KIM (SOT):` is Kim's (a paragraph without a label goes on
    with her bite), `INTERVIEWER (OOV):` asks, `VO:` and `SFX:` and the pictures are context."""
    path = _av_script(tmp_path / "av.docx", ("TC", "PICTURE", "SOUND"), [
        (["00:00"], ["WS harbour, boats at dawn."], ["VO: The boats leave before the sun."]),
        (["00:20"], ["MCU Kim."], ["INTERVIEWER (OOV): What did the boats carry back?"]),
        (["00:31"], ["Same."], ["KIM (SOT): Fish, officially.", "Radios, unofficially."]),
        (["00:50"], ["GV pier."], ["SFX: gulls, engine."]),
        (["01:02"], ["CU Kim's hands."], ["INTERVIEWER (OOV): Who did you pay?",
                                          "KIM (SOT): The man who signed the permit."]),
    ])
    assert turns(path) == [
        ("(heading)", "other", "HARBOUR LIGHTS - Ep."),  # the header row with it
        ("(table)", "other", "00:00 WS harbour, boats"),
        ("Interviewer", "interviewer", "What did the boats"),
        ("(table)", "other", "00:31 Same."),
        ("KIM", "respondent", "Fish, officially. Radios, unofficially."),
        ("(table)", "other", "00:50 GV pier. SFX:"),
        ("Interviewer", "interviewer", "Who did you pay?"),
        ("KIM", "respondent", "The man who signed"),
        ("(note)", "other", "Running time 06:10"),
    ]


def test_a_video_audio_table_without_bites_stays_context(tmp_path: Path):
    """A shot list under `VIDEO | AUDIO` with no bite and no question (an archive's tape
    log) is no script of an interview: context, as before, with the notice."""
    path = _av_script(tmp_path / "log.docx", ("VIDEO", "AUDIO"), [
        (["Tape 3: market, 12 min"], ["Natural sound only"]),
        (["Tape 4: river, 8 min"], ["Wind, no speech"]),
        (["Tape 5: interview set-up"], ["Room tone"]),
    ])
    d = docx.Document(str(path))
    d.add_paragraph("Q: Which tape has the interview?")
    d.add_paragraph("A: Tape 5, after the set-up.")
    d.save(path)
    t = parse_file(path, Config())
    assert [(turn.speaker, turn.role) for turn in t.turns if turn.role != "other"] == [
        ("Q", "interviewer"), ("A", "respondent")]
    assert t.turns[1].speaker == "(table)" and "Natural sound only" in t.turns[1].text
    assert any("VIDEO | AUDIO) is not a Speaker | Text" in n.message for n in t.notices)


def test_two_interviewers_of_a_family_both_ask():
    """`Dana Holt (DH):` then `DH:` and `Seo Ji-ho (SJ):` then `SJ:` ask a father and his
    daughter; DH's closing thanks counts as an interviewer's turn, so both are taken."""
    got = turns(LAYOUTS / "two-interviewers-initials.txt")
    assert [(w, r) for w, r, _ in got if r != "other"] == [
        ("DH", "interviewer"), ("RCS", "respondent"), ("SJ", "interviewer"),
        ("RCS", "respondent"), ("REM", "respondent"), ("RCS", "respondent"),
        ("DH", "interviewer"), ("REM", "respondent"), ("SJ", "interviewer"),
        ("RCS", "respondent"), ("REM", "respondent"), ("DH", "interviewer")]


def test_a_discussion_where_everyone_asks_has_no_interviewer():
    """Three readers who all ask and answer, one thanking at the end: nobody is taken as
    the interviewer (as before)."""
    got = turns(LAYOUTS / "three-ask-panel-negative.txt")
    assert {r for _, r, _ in got if r != "other"} == {"respondent"}
