"""Subtitles that tell speakers apart by colour alone (qcode/ingest/colours.py): broadcast
subtitles set each speaker in a colour of their own and name no one. Invented films; the
files are tests/data/layouts/vtt-colour-voices.vtt (positive), srt-colour-one-colour.srt
and srt-colour-emphasis.srt (negatives: read as the same cues without their tags)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qcode.ingest.colours import DEFAULT, MIXED, line_colour
from tests.test_word_subtitles import LAYOUTS, messages, turns


def test_colours_are_speakers_and_the_one_who_asks_interviews():
    """WebVTT's `<c.yellow>` and `<c.cyan>`: two respondents (a wife, her husband taking
    over mid-answer) and the plain voice that asks, whose narration (`Her husband, who was
    also there, ...`) is the interviewer's too; the sound before anyone speaks is no one's.
    Read without the colours, the husband's words were the wife's and her first answer
    joined to the question before it."""
    got = turns(LAYOUTS / "vtt-colour-voices.vtt")
    assert [(who, role) for who, role, _ in got] == [
        ("(sound)", "other"), ("Interviewer", "interviewer"), ("Yellow", "respondent"),
        ("Interviewer", "interviewer"), ("Yellow", "respondent"), ("Cyan", "respondent"),
        ("Yellow", "respondent"), ("Interviewer", "interviewer"), ("Cyan", "respondent"),
        ("Interviewer", "interviewer")]
    assert got[2][2] == ("On USB sticks, from the traders who went to Dandong. My cousin "
                         "rented them out for a few thousand won a night.")
    assert got[7][2] == "Her husband, who was also there, spent a week in the cells."
    assert messages(LAYOUTS / "vtt-colour-voices.vtt") == [
        "7: no speaker is named, but the cues are set in colours, each a speaker (passages: "
        "white (4), yellow (3), cyan (2)); the white passages ask (3 of 4): read as the "
        "interviewer's, narration included, the others by their colour; if that is wrong, "
        "tag the voices (<v Name>)"]


def test_a_content_warning_and_colours_no_one_asks_in(tmp_path: Path):
    """SRT `<font color>` (short hex, a tag opened on a cue's first line and closed on its
    last), a narrator and two witnesses, no question: each colour one speaker, named by
    its colour; no interviewer is made up. The content warning card is context."""
    cues = ['<font color="#0ff">Some viewers may find\nthe following scenes distressing.</font>',
            "In 2011 the border was sealed.", "Smugglers raised their prices.",
            '<font color="#ff0">My mother crossed\nin the winter of 2012.</font>',
            "Others waited.", '<font color="#0f0">I waited three more years.</font>',
            "By then the price had tripled.",
            '<font color="#ff0">She sent money\nthrough a broker.</font>',
            '<font color="#0f0">Half of it arrived.</font>']
    path = tmp_path / "n.srt"
    path.write_text("".join(f"{n}\n00:00:{n:02},000 --> 00:00:{n:02},900\n{c}\n\n"
                            for n, c in enumerate(cues, 1)), encoding="utf-8")
    got = turns(path)
    assert got[:2] == [("(warning)", "other", "Some viewers may find"),
                       ("(warning)", "other", "the following scenes distressing.")]
    assert [who for who, _, _ in got[2:]] == ["White", "Yellow", "White", "Green", "White",
                                              "Yellow", "Green"]
    assert "interviewer" not in {role for _, role, _ in got}
    assert any("no colour's passages ask" in m for m in messages(path))


@pytest.mark.parametrize("name", ["srt-colour-one-colour.srt", "srt-colour-emphasis.srt"])
def test_one_colour_or_a_word_in_colour_reads_as_before(name: str, tmp_path: Path):
    """Every cue in one colour, or a colour on a word inside a cue (emphasis): no speaker
    is made of a colour; the file reads as its cues without the tags do."""
    path = LAYOUTS / name
    plain = tmp_path / name
    plain.write_text(re.sub(r"</?font[^>]*>", "", path.read_text(encoding="utf-8")),
                     encoding="utf-8")
    assert turns(path) == turns(plain)
    assert not any("colours" in m for m in messages(path))
    assert {who for who, _, _ in turns(path)} == {"Interviewer", "Respondent"}


def test_the_colour_of_a_line():
    """A line's colour: its tag's, one its cue left open, the default's (none, or white),
    or none to speak of when it changes inside the line."""
    assert line_colour('<font color="#FFFF00">In winter', []) == ("yellow", ["yellow"])
    assert line_colour("the river freezes.</font>", ["yellow"]) == ("yellow", [])
    assert line_colour("<font color=white>Who paid?</font>", []) == (DEFAULT, [])
    assert line_colour('It said <font color="#ff0">none</font>.', []) == (MIXED, [])
    assert line_colour("<c.cyan.bg_black>Eight days.</c>", []) == ("cyan", [])
    assert line_colour("<i>Why?</i>", []) == (DEFAULT, [])
