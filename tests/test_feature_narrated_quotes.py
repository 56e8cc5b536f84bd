"""A feature article's paragraphs that open in narration about its one interviewee and
carry her quotes (`His daughter, now a nurse... "She says I work too much," he says.`) are
hers, as a coder reads them (feature.py `_narrated_quotes`); narration without her words,
or where someone else says something (`Her lawyer, Kim Dae-ho, says...`, `Her sister Min-ja
says...`, even with `she says` after the quote), stays narration. eval29's profile01 found
her reasons for leaving, told that way, left uncoded."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(name: str) -> list[tuple[str, str]]:
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, " ".join(turn.text.split()[:3])) for turn in t.turns
            if turn.speaker != "(byline)" and turn.speaker != "(date)"]


def test_narration_carrying_his_quotes_is_his():
    assert _read("feature-he-narration-carries-quotes.txt")[1:] == [
        ("other", "Before dawn, Ri"),
        ("respondent", '"In Musan flour'),
        ("other", "The bakery in"),
        ("respondent", '"I paid him'),
        ("respondent", "His daughter, now"),
        ("respondent", "He left in"),
        ("other", "The bakery opened"),
        ("respondent", '"Bread is the'),
    ]


def test_narration_where_someone_else_speaks_stays_narration():
    got = _read("feature-narration-quotes-another.txt")
    assert [role for role, _ in got] == ["other", "other", "respondent", "other",
                                         "respondent", "other", "respondent"]
    t = parse_file(LAYOUTS / "feature-narration-quotes-another.txt", Config())
    said = " ".join(turn.text for turn in t.turns if turn.role == "respondent")
    assert "lawyer" not in said and "Min-ja" not in said and "rarely talks" not in said
