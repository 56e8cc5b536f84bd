"""eval28's webex01, radio01, notes01 and docx41 shapes, each proven on a fixture of its own
wording in tests/data/layouts/, with a near miss that must not be read the new way: a
meeting's WebVTT with an interpreter and display names spelt anew; a radio package whose
reporter the presenter introduces, with clips voiced by actors; typed call notes whose
stamped closing lines are the note-taker's; a Word drop cap and a photo credit."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import messages, turns

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _who(path: Path) -> list[tuple[str, str]]:
    """(speaker, role) of each turn, in order."""
    return [(t.speaker, t.role) for t in parse_file(path, Config()).turns]


def test_a_meeting_vtt_with_a_translator_and_a_display_name_respelt():
    """`Translator - Kyung-ah Ha:` then `Kyungah Ha (Translator):` are one translator, no one
    taking part (context); `Danielle Okoro` then `Dani Okoro` one interviewer."""
    path = LAYOUTS / "vtt-meeting-interpreter-renamed.vtt"
    okoro, ha = ("Danielle Okoro", "interviewer"), ("Kyung-ah Ha (translator)", "other")
    ri = ("Ri Song-chol", "respondent")
    assert _who(path) == [okoro, ha, ri, ha, okoro, ha, ri, ha, okoro, ha, ri, ha, okoro]
    rows = turns(path)
    assert ("Ri Song-chol", "respondent", "매번이요. 안 주면 다음 배에서 빠졌어요.") in rows
    assert not any(t.startswith(("Translator", "Kyungah")) for _, _, t in rows)
    said = messages(path)
    assert any("'Dani Okoro' and 'Danielle Okoro' are read as one speaker" in m for m in said)


def test_two_namesakes_who_take_turns_stay_two():
    """`Sam Reyes` and `Samantha Reyes` speak in turn: two people, not one name respelt;
    `Interpreter - she means...` inside a cue is words, no label."""
    path = LAYOUTS / "vtt-meeting-two-namesakes.vtt"
    sam, samantha = ("Sam Reyes", "interviewer"), ("Samantha Reyes", "respondent")
    assert _who(path) == [sam, samantha] * 3
    assert turns(path)[-1][2].endswith("Interpreter - she means the fee went up.")
    assert not any("one speaker" in m for m in messages(path))


def test_a_radio_package_reporter_narrates_and_clips_voiced_by_actors_answer():
    """`HOST (Mara Deane):` then `HOST:` are one presenter; `SATO:`, the correspondent she
    introduces, never asks: narration (context); `LEE MI-RAN (read by an actress):` and
    `CHO DONG-IL (voiced by an actor):`, each used once, answer; the guest answers."""
    path = LAYOUTS / "radio-package-clips.txt"
    host, sato = ("Mara Deane", "interviewer"), ("SATO", "other")
    lee, cho, paek = ("LEE MI-RAN", "respondent"), ("CHO DONG-IL", "respondent"), \
        ("PAEK OK-HWA", "respondent")
    speech = [w for w in _who(path) if not w[0].startswith("(")]
    assert speech == [host, sato, lee, sato, cho, sato, host, paek, host, paek, host]
    rows = turns(path)
    assert ("CHO DONG-IL", "respondent",
            "I went alone. I had sold my bicycle to pay the broker.") in rows
    assert not any("voiced by" in t or "read by" in t for _, _, t in rows)
    assert any("'SATO' never asks" in m for m in messages(path))


def test_a_reporter_the_presenter_introduces_who_asks_interviews():
    """Near miss: `BERG:`, `our reporter Nils Berg`, asks in his report: an interviewer, not
    narration; his questions are never coded."""
    path = LAYOUTS / "radio-reporter-asks.txt"
    harte, berg, yoon = ("Joan Harte", "interviewer"), ("BERG", "interviewer"), \
        ("YOON HAE-SOOK", "respondent")
    speech = [w for w in _who(path) if not w[0].startswith("(")]
    assert speech == [harte, berg, yoon, berg, yoon, harte]
    assert not any("never asks" in m for m in messages(path))


def test_call_notes_stamped_closing_lines_are_the_note_takers():
    """`9:15 Q:` asks, `A:` answers unstamped; `9:44 ring back thurs...` and the to-do lines
    under it, after the last answer, are the note-taker's notes, not the answer."""
    path = LAYOUTS / "notes-call-stamped-tail.txt"
    rows = turns(path)
    assert rows[-4] == ("A", "respondent", "radio at night. hid it in the rice box")
    assert [r[:2] for r in rows[-3:]] == [("(note)", "other")] * 3
    assert rows[-3][2].startswith("9:44 ring back thurs")


def test_a_transcript_stamping_every_turn_keeps_a_stamped_line_in_the_answer():
    """Near miss: both `Q:` and `A:` carry times, so a stamped unlabelled last line may be
    the answer going on: it stays the answer."""
    path = LAYOUTS / "notes-stamped-every-turn.txt"
    rows = turns(path)
    assert rows[-1] == ("A", "respondent", "In 2014, with my sister. 10:11 we walked all night "
                        "to the river and waited for the guard.")


def test_a_word_drop_cap_joins_its_paragraph_and_a_photo_credit_ends_it():
    """A `margin` drop cap `W` and `e left in the winter...` are one paragraph, `We left`;
    `Photographs: Ines Varga` after the last answer is a credit."""
    path = LAYOUTS / "docx-drop-cap-margin.docx"
    rows = turns(path)
    answers = [t for _, r, t in rows if r == "respondent"]
    assert answers[0] == "We left in the winter, when the river was hard. My uncle knew a guard."
    assert answers[-1] == "Three years in China. I worked in a kitchen and never went out."
    assert rows[-1] == ("(credit)", "other", "Photographs: Ines Varga")


def test_a_framed_box_that_is_no_drop_cap_stays_apart():
    """Near miss: a framed paragraph without `w:dropCap` (a box beside the text) is not
    joined to the paragraph after it."""
    path = LAYOUTS / "docx-framed-box-not-drop-cap.docx"
    answers = [t for _, r, t in turns(path) if r == "respondent"]
    assert answers[0] == "Sidebar: the Tumen river is the border for most of its length."
    assert answers[1].startswith("At the brick works.")
