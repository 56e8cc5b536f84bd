"""Reading real documents, session 20: a podcast export heading each block with the name on
one line and the time on the next (nametime.py), a documentary's subtitles with the
interviewer off screen (`PRODUCER (OS):`, offscreen.py) and a news site's `Image source,
...` / `Image caption, ...` photo lines (photolines.py); each with a near miss that must
read as before. Fixtures in tests/data/layouts/."""

from __future__ import annotations

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_caption_exports import LAYOUTS, turns


def test_name_line_then_time_line_heads_each_block():
    """`Dana Whitfield` / `0:02` above each block: the name is the speaker, the time no
    words; the guest's `Hello` and her second block are hers, the sign-off the host's."""
    assert turns(LAYOUTS / "nametime-podcast-export.txt") == [
        ("(preamble)", "other", "Borderlands Radio - Ep."),
        ("Dana Whitfield", "interviewer", "Welcome to Borderlands Radio."),
        ("Min-seo Oh", "respondent", "Hello, it is nice"),
        ("Dana Whitfield", "interviewer", "What did a normal"),
        ("Min-seo Oh", "respondent", "We started at seven."),
        ("Min-seo Oh", "respondent", "Nobody believed the numbers,"),
        ("Dana Whitfield", "interviewer", "So how did people"),
        ("Min-seo Oh", "respondent", "Everyone had a side"),
        ("Dana Whitfield", "interviewer", "Thank you, Min-seo. That's"),
    ]
    t = parse_file(LAYOUTS / "nametime-podcast-export.txt", Config())
    assert not any("0:1" in turn.text or "Dana Whitfield" in turn.text for turn in t.turns)


def test_time_line_then_name_line():
    assert turns(LAYOUTS / "nametime-time-first.txt") == [
        ("Interviewer", "interviewer", "Thanks for agreeing to"),
        ("Ri Chol-su", "respondent", "In Hamhung, near the"),
        ("Interviewer", "interviewer", "What did your father"),
        ("Ri Chol-su", "respondent", "He was an engineer,"),
        ("Interviewer", "interviewer", "Did that pay?"),
        ("Ri Chol-su", "respondent", "Better than the plant"),
    ]


def test_places_and_times_in_a_labelled_answer_are_no_speakers():
    """A train's times in an answer (`Hyesan` / `04:10`, two places twice, times forward):
    the labelled file's blocks are not headed so, and the lines stay the answer's words."""
    assert turns(LAYOUTS / "nametime-near-miss-timetable.txt") == [
        ("Interviewer", "interviewer", "How did you travel"),
        ("Kang", "respondent", "By train, when it"),
        ("Interviewer", "interviewer", "Were you afraid of"),
        ("Kang", "respondent", "Not much. They were"),
    ]
    t = parse_file(LAYOUTS / "nametime-near-miss-timetable.txt", Config())
    assert "Kilju 18:00 By then we had sold nothing." in t.turns[1].text


def test_off_screen_questions_and_the_answers_after_them():
    """`PRODUCER (OS):` and `PRODUCER (off camera):` are labels; the unnamed cue after
    each question is the answer of Mrs. Lee, who spoke before it; the narrator's `(V.O.)`
    is the narrator's, and her rhetorical question gives no one the line after it."""
    assert turns(LAYOUTS / "srt-offscreen-producer.srt") == [
        ("NARRATOR", "other", "The mine at Musan"),
        ("MRS. LEE", "respondent", "My husband worked underground"),
        ("PRODUCER", "interviewer", "What did they pay"),
        ("MRS. LEE", "respondent", "Nothing. A ration card,"),
        ("PRODUCER", "interviewer", "Who bought it?"),
        ("MRS. LEE", "respondent", "Soldiers, mostly, and the"),
        ("NARRATOR", "other", "Was it worth it?"),
    ]
    t = parse_file(LAYOUTS / "srt-offscreen-producer.srt", Config())
    assert "So I sold tofu at the station." in t.turns[3].text
    assert not any("(OS)" in turn.text or "off camera" in turn.text for turn in t.turns)


def test_off_screen_near_misses():
    """A narrator's question answered by the narration, and an off-screen question that
    goes on over a second cue that asks too: no answer is given to anyone."""
    assert turns(LAYOUTS / "srt-offscreen-near-miss.srt") == [
        ("KIM", "respondent", "We crossed the river"),
        ("NARRATOR", "other", "Why did so many"),
        ("INTERVIEWER", "interviewer", "And your daughter? Did"),
        ("KIM", "respondent", "No. She came a"),
    ]
    t = parse_file(LAYOUTS / "srt-offscreen-near-miss.srt", Config())
    assert "Hunger had emptied the villages" in t.turns[1].text


def test_photo_lines_in_another_language_are_captions():
    assert turns(LAYOUTS / "web-photo-lines-spanish.txt") == [
        ("Intro", "other", '"Vendíamos en el mercado'),
        ("(heading)", "other", "Por Lucía Ferrer"),
        ("Interviewer", "interviewer", "¿Cuándo empezó a vender"),
        ("Respondent", "respondent", "En 2008, cuando cerró"),
        ("(caption)", "other", "Fuente de la imagen,"),
        ("Interviewer", "interviewer", "¿Tenía que pagar a"),
        ("Respondent", "respondent", "Sí, al guardia del"),
    ]
    t = parse_file(LAYOUTS / "web-photo-lines-spanish.txt", Config())
    assert "Pie de foto" in t.turns[4].text and "Pie de foto" not in t.turns[3].text


def test_an_answer_about_a_photo_caption_stays_speech():
    """`Photo caption, you mean?` and `Image source, the factory's own camera, was...`
    are the respondent's words, not a page's photo lines."""
    assert turns(LAYOUTS / "web-photo-lines-near-miss.txt") == [
        ("Interviewer", "interviewer", "Did the newspaper ever"),
        ("Seo", "respondent", "Once, in the factory"),
        ("Interviewer", "interviewer", "Do you remember what"),
        ("Seo", "respondent", "Photo caption, you mean?"),
        ("Interviewer", "interviewer", "Did you keep a"),
        ("Seo", "respondent", "No. It stayed behind"),
    ]
    t = parse_file(LAYOUTS / "web-photo-lines-near-miss.txt", Config())
    assert "Image source, the factory's own camera" in t.turns[3].text
