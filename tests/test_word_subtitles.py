"""Word files, subtitles and tables read faithfully: each misreading fixed, with its fixture
in tests/data/layouts/ (invented interviews, in the style real files come in)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, text) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, p.text) for turn in t.turns for p in turn.paragraphs]


def messages(path: Path) -> list[str]:
    return [f"{n.line}: {n.message}" for n in parse_file(path, Config()).notices]


DASH_VOICES = [
    ("Interviewer", "interviewer", "Thank you for coming today. Where did you grow up?"),
    ("Han Seo-yeon", "respondent",
     "In Kimchaek, near the steel works. My father worked there for twenty years."),
    ("Interviewer", "interviewer", "Why did you leave?"),
    ("Han Seo-yeon", "respondent", "Because we were hungry. The rations stopped in 2008."),
    ("Interviewer", "interviewer", "Did you pay anyone?"),
    ("Han Seo-yeon", "respondent",
     "We paid a broker, five hundred dollars. My aunt sent the money from China."),
    ("Interviewer", "interviewer", "And the border guards?"),
    ("Han Seo-yeon", "respondent", "They took cigarettes and let us pass."),
]


def test_vtt_dash_lines_in_an_interviewer_cue_are_the_other_voice():
    """`<v Interviewer>- Why did you leave?` / `- Because we were hungry.`: the answer was
    read into the interviewer's turn (never coded), its dash kept; `- Did you pay anyone?
    - We paid a broker` on one line was one interviewer paragraph."""
    assert turns(LAYOUTS / "vtt-dash-voices.vtt") == DASH_VOICES
    assert messages(LAYOUTS / "vtt-dash-voices.vtt") == []


def test_two_voices_on_one_srt_line_saved_on_windows():
    """`- Where were you born? - In Musan, by the river.`: one paragraph of one speaker."""
    path = LAYOUTS / "srt-two-voices-cp1252.srt"
    assert turns(path) == [
        ("Interviewer", "interviewer", "Where were you born?"),
        ("Respondent", "respondent", "In Musan, by the river. My parents’ farm grew potatoes."),
        ("Interviewer", "interviewer", "Did you watch foreign films?"),
        ("Respondent", "respondent", "Only Chinese ones, at first."),
        ("Interviewer", "interviewer", "Who sold them?"),
        ("Respondent", "respondent", "A neighbour. He hid them in a sack of rice."),
    ]
    assert messages(path) == ["1: not UTF-8; read as Windows-1252 (Western), the usual encoding "
                              "of files saved on Windows; re-save the file as UTF-8 in the "
                              "program that made it to be sure"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_subtitles_saved_on_windows_read_the_same(tmp_path: Path, encoding: str):
    """CRLF line ends and a byte-order mark (UTF-8 or UTF-16, as Notepad saves) change
    nothing: the `WEBVTT` header after the mark is still a header."""
    text = (LAYOUTS / "vtt-dash-voices.vtt").read_text(encoding="utf-8")
    path = tmp_path / "w.vtt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert turns(path) == DASH_VOICES


ROLLED = ("so when did you decide to leave it was after my brother was taken in 2009 the "
          "security police came at night and we never saw him again my mother said we cannot "
          "stay here any more so we paid a broker in hyesan and crossed the river in winter")


def test_youtube_rolling_captions_are_read_once():
    """Each cue of YouTube's automatic captions repeats the line before it (and a 10 ms
    cue repeats it again): every line was read three times, and the space-only first line
    of a cue ended the cue, with a warning."""
    path = LAYOUTS / "youtube-rolling.vtt"
    assert turns(path) == [("Respondent", "respondent", ROLLED)]
    assert messages(path) == [
        "7: only one speaker ('Respondent'): no questions were told apart; label the turns "
        "(e.g. `Q:` / `A:`) or end each question with '?'",
        "10: rolling captions (each cue repeats the line before it, as YouTube's automatic "
        "captions do): 13 repeated lines read once"]


def test_rolling_srt_and_a_real_repeat_in_cues_that_do_not_roll(tmp_path: Path):
    words = ROLLED.split(" in 2009")[0].split(" it was ")
    lines = [words[0], "it was " + words[1], "in 2009 the security police came at night"]
    cues = [lines[:1], lines[:2], lines[1:]]
    path = tmp_path / "r.srt"
    path.write_text("".join(f"{n + 1}\n00:00:0{n},000 --> 00:00:0{n + 1},000\n" + "\n".join(c)
                            + "\n\n" for n, c in enumerate(cues)), encoding="utf-8")
    assert [text for _, _, text in turns(path)] == [" ".join(lines)]
    # one answer said twice is no rolling: kept twice
    path.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Interviewer>Did they pay?\n\n"
                    "00:02.000 --> 00:03.000\n<v Ri>Yes.\n\n00:03.000 --> 00:04.000\n"
                    "<v Interviewer>Every month?\n\n00:04.000 --> 00:05.000\n<v Ri>Yes.\n",
                    encoding="utf-8")
    path = path.rename(tmp_path / "r.vtt")
    assert [text for _, _, text in turns(path)] == ["Did they pay?", "Yes.", "Every month?",
                                                    "Yes."]


def test_a_dash_line_with_no_other_voice_known_is_reported(tmp_path: Path):
    path = tmp_path / "one.vtt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Kim>- Why did you go?\n"
                    "- Because we were hungry.\n", encoding="utf-8")
    assert messages(path)[1:] == [
        "5: a dash starts another speaker's line, but the file names no voice but 'Kim'; "
        "read as Kim's; tag the line <v Name>"]


def test_hostile_subtitles_stay_linear(tmp_path: Path):
    """Dash lines, rolling repeats and voices on every line: four times the cues take about
    four times as long, not sixteen (a look-ahead that walked the file from its start made
    rolling detection quadratic)."""
    cue = ("00:00:01.000 --> 00:00:02.000\n<v Kim>- Why? - Because. - And? - So.\n"
           "- Then what happened to us all?\n\n")
    took = []
    for n in (2_000, 8_000):
        path = tmp_path / f"big{n}.vtt"
        path.write_text("WEBVTT\n\n" + cue * n, encoding="utf-8")
        start = time.perf_counter()
        parse_file(path, Config(max_file_mb=50))
        took.append(time.perf_counter() - start)
    assert took[1] < 10 * took[0], took
