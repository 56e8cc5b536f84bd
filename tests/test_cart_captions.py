"""Live captions (CART) saved as text (cart.py): `>>` at each change of speaker, the speaker
named only now and then, the two main voices taking turns, the interpreter and an audience
member cutting in. eval31's cart01 read the named openings as no labels and glued pieces
together; proven here on a webinar worded otherwise (mixed case, `HOST`, `VIA INTERPRETER`,
`QUESTIONER`), and not read so in an e-mail quoting a message two levels deep (`>>`)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _read(path: Path) -> list[tuple[str, str, str]]:
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, " ".join(turn.text.split()[:4])) for turn in t.turns]


def test_unnamed_pieces_alternate_between_the_two_main_voices():
    got = _read(LAYOUTS / "cart-webinar-host-guest.txt")
    assert got == [
        ("interviewer", "HOST", "Welcome back to the"),
        ("respondent", "MS. OH", "I taught mathematics at"),
        ("interviewer", "HOST", "Were you paid for"),
        ("respondent", "MS. OH", "A salary, yes, but"),
        ("other", "(sound)", ">> [ Inaudible ]"),
        ("other", "INTERPRETER", "The witness says corn,"),
        ("interviewer", "HOST", "And when did you"),
        ("respondent", "MS. OH", "After the currency change."),
        ("interviewer", "QUESTIONER", "Did you ever go"),
        ("respondent", "MS. OH", "Not yet. I am"),
        ("interviewer", "HOST", "Thank you so much,"),
    ]


def test_an_email_quoting_two_levels_deep_is_no_captions():
    t = parse_file(LAYOUTS / "not-cart-mail-quoted-twice.txt", Config())
    assert not any("live captions" in n.message for n in t.notices)
    assert ">> RESPONDENT: Fine." in " ".join(turn.text for turn in t.turns)


def test_one_named_voice_is_no_guess(tmp_path: Path):
    """Only the host named: who the unnamed pieces are is not guessed here."""
    path = tmp_path / "one.txt"
    path.write_text(">> HOST: Hello.\n>> Hi.\n>> Where were you born?\n>> In Hyesan.\n"
                    ">> When did you leave?\n>> In 2015.\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert not any("live captions" in n.message for n in t.notices)


def test_a_long_capture_reads_in_linear_time(tmp_path: Path):
    body = "".join(f">> HOST: Question {i}?\n>> GUEST: Answer {i}.\n>> And then?\n"
                   f">> Then more.\n>> [ LAUGHTER ]\n" for i in range(1000))
    path = tmp_path / "long.txt"
    path.write_text(body + ">> " + "WORD " * 4000 + ": x\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert [turn.role for turn in t.turns[:4]] == ["interviewer", "respondent"] * 2
