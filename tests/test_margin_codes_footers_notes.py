"""Reading fixes of session 20 (eval31's coded02, sonix01, slides01, cat01), each proven on
fixtures of its own (tests/data/layouts/) in another wording, with a near miss that must not
be read so: a coder's `[CODE: ...]` margin markers and `{{... memo: ...}}` lines
(margincodes.py), a transcription service's footer under its export (servicefooter.py), and
a Word table whose one column holds a labelled interview: a slide handout's notes, a
translation tool's review table (notescolumn.py; the .docx written by
make_notescolumn_docx.py)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.layout import Line
from qcode.ingest.margincodes import strip_margin_codes
from qcode.ingest.notescolumn import notes_column
from qcode.ingest.servicefooter import mark_service_footer

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(name: str) -> list[tuple[str, str, str]]:
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def _text(name: str, speaker: str) -> str:
    t = parse_file(LAYOUTS / name, Config())
    return " ".join(turn.text for turn in t.turns if turn.speaker == speaker)


def test_margin_codes_come_off_and_memos_are_context():
    assert _read("coded-margin-themes.txt")[1:] == [
        ("interviewer", "INT", "Tell me about the"),
        ("respondent", "P3", "The rations stopped in"),
        ("other", "(memo)", "{{JL memo: compare P1"),
        ("respondent", "P3", "My mother sold her"),
        ("interviewer", "INT", "Who bought it?"),
        ("respondent", "P3", "A woman from the"),
        ("other", "(memo)", "{{note: P3 laughed here}}"),
        ("interviewer", "INT", "Thank you."),
    ]
    said = _text("coded-margin-themes.txt", "P3")
    assert "THEME" not in said and "Code" not in said and "memo" not in said


def test_one_bracketed_code_and_template_braces_stay_as_typed():
    assert _read("coded-margin-near-miss.txt") == [
        ("interviewer", "Interviewer", "What did the guards"),
        ("respondent", "Ri", "[Code: 7] was what"),
        ("interviewer", "Interviewer", "And the letters from"),
        ("respondent", "Ri", "They started with {{name}}"),
        ("interviewer", "Interviewer", "Thank you."),
    ]
    assert "{{sister}} was the only word" in _text("coded-margin-near-miss.txt", "Ri")


def test_a_transcription_services_footer_is_context():
    assert _read("footer-service-export.txt")[-2:] == [
        ("interviewer", "Daniel Frey", "Thank you, that is"),
        ("other", "(credit)", "Scribewise - scribewise.example -"),
    ]


def test_a_last_paragraph_naming_a_web_site_stays_the_speakers():
    assert _read("footer-website-near-miss.txt")[-1] == (
        "respondent", "Kwon Mi-ra", "A news site run")
    assert _text("footer-website-near-miss.txt", "Kwon Mi-ra").endswith(
        "its reports were read by everyone.")


def test_a_slide_handouts_notes_are_read_and_the_presenters_reminders_are_context():
    assert _read("docx-slide-notes-labelled.docx") == [
        ("other", "(heading)", "Choi_Hyesan_seminar_final"),
        ("other", "(table)", "Leaving Hyesan Good evening."),
        ("interviewer", "Int", "Where did you work?"),
        ("respondent", "Mr. Choi", "At the copper mine,"),
        ("other", "(table)", "show the map now"),
        ("interviewer", "Int", "Who did you pay"),
        ("respondent", "Mr. Choi", "The guards of the"),
        ("interviewer", "Int", "And if they changed?"),
        ("respondent", "Mr. Choi", "Then you waited a"),
        ("other", "(table)", "Questions Thank everyone. Ten"),
    ]


def test_a_review_tables_labelled_target_column_is_read_segments_going_on():
    t = parse_file(LAYOUTS / "docx-review-table-labelled.docx", Config())
    assert _read("docx-review-table-labelled.docx")[1:] == [
        ("other", "(heading)", "No. Translation Comments"),
        ("interviewer", "Q", "When did you leave?"),
        ("respondent", "A", "In the spring of"),
        ("other", "(table)", "check: 녹기 = melted"),
        ("respondent", "A", "I went alone."),
        ("interviewer", "Q", "Who helped you?"),
        ("respondent", "A", "My cousin. He lived"),
    ]
    assert any("not read" in n.message for n in t.notices)  # the Korean column


def test_a_handout_of_sources_and_notes_stays_context():
    got = _read("docx-slide-notes-sources-near-miss.docx")
    assert got == [
        ("interviewer", "Interviewer", "How did you hear"),
        ("respondent", "Kang", "On a radio my"),
        ("interviewer", "Interviewer", "Was it dangerous?"),
        ("respondent", "Kang", "Very. We listened at"),
        ("other", "(table)", "Slide 1 Radio Source:"),
    ]


def test_hostile_lines_are_read():
    """Long lines of the shapes (tried by hand: each step well under 1 s; no time asserted)."""
    long = "R1:  " + "[CODE: a] " * 2000 + "x" * 20_000
    lines = [Line(i, 0, long if i % 2 else "{{" + "memo " * 4000) for i in range(5000)]
    strip_margin_codes(lines)
    mark_service_footer([Line(1, 0, "transcript machine " * 1500 + "a." * 5000)])
    cells = [[["Q: " + "a" * 20_000 + "?"], ["x"]] for _ in range(500)]
    assert notes_column(cells) is None  # one column of labels, one speaker: no interview
