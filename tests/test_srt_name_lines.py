"""Subtitles naming the speaker on a line of its own at the top of a cue, in title case and
with no colon, only when the voice changes (cuenames.py `_title_names`). eval31's srt10 read
each name as the first words of its turn; proven here on another film, and not read so when
capitalised words open cues only because a line broke mid-sentence (`North Korea` / `was
where I was born`)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(path: Path) -> list[tuple[str, str, str]]:
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_a_name_line_opening_a_cue_names_its_speaker_and_is_no_word():
    lena, ri = "Lena Brandt", "Ri Song-chol"
    assert _read(LAYOUTS / "srt-name-line-speakers.srt") == [
        ("other", "(sound)", "[birdsong]"),
        ("interviewer", lena, "Where did you work"),
        ("respondent", ri, "At a coal mine"),
        ("interviewer", lena, "Did the managers know?"),
        ("respondent", ri, "Of course. They took"),
        ("interviewer", lena, "And the security agents?"),
        ("respondent", ri, "Cigarettes for them, every"),
    ]
    t = parse_file(LAYOUTS / "srt-name-line-speakers.srt", Config())
    assert "The rest we sold" in t.turns[2].text  # the unnamed cue goes on with him


def test_capitalised_words_a_line_break_left_alone_are_no_names():
    t = parse_file(LAYOUTS / "not-srt-name-line-broken.srt", Config())
    assert [turn.speaker for turn in t.turns] == ["Respondent"]
    assert t.turns[0].text.startswith("North Korea was where I was born")


def test_many_cues_read_in_linear_time(tmp_path: Path):
    cues = "".join(f"{2 * i + 1}\n00:00:01,000 --> 00:00:02,000\nAnna Berg\nQuestion {i}?\n\n"
                   f"{2 * i + 2}\n00:00:02,000 --> 00:00:03,000\nKim Ok-ja\nAnswer {i}.\n\n"
                   for i in range(1000))
    path = tmp_path / "long.srt"
    path.write_text(cues + "2001\n00:00:04,000 --> 00:00:05,000\n" + "Aa " * 7000 + "\nB\n",
                    encoding="utf-8")
    t = parse_file(path, Config())
    assert [turn.speaker for turn in t.turns[:2]] == ["Anna Berg", "Kim Ok-ja"]
