"""Reader fixes of session 20 (E): a quoted-printable e-mail body, Discord's copied
messages, new Reddit's `Verified` badge and the OP's `EDIT:`, a book's em-dash dialogue.
Each shape has a positive in other words than eval31's and a near miss read as before."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from qcode.ingest.quotedprintable import decode_quoted_printable
from tests.test_layouts import notices, read


def test_quoted_printable_reply_is_decoded_with_a_notice():
    rows = read("email-quoted-printable-reply.txt")
    assert [r[1:] for r in rows if r[2] != "other"] == [
        ("Interviewer", "interviewer", "When did you first"),
        ("Hana", "respondent", "In the winter of"),
        ("Interviewer", "interviewer", "Who paid the guide?"),
        ("Hana", "respondent", "My aunt in Seoul"),
    ]
    t = parse_file(Path("tests/data/layouts/email-quoted-printable-reply.txt"), Config())
    text = " ".join(p.text for turn in t.turns for p in turn.paragraphs)
    assert "a guide took us" in text and "the café in Yanbi where we waited for" in text
    assert "broker – six thousand" in text and "=" not in text.split("quoted-printable")[-1]
    assert [r[0] for r in rows if r[2] != "other"] == [8, 10, 14, 16]  # lines kept
    assert any("quoted-printable" in n for n in notices("email-quoted-printable-reply.txt"))


def test_quoted_printable_without_a_header_needs_soft_breaks_and_escapes():
    body = ("Q: Where did you hear the news?=20\n\nA: On a Chinese radio, late at ni=\n"
            "ght. My father said it was dangerous =E2=80=94 he turned it off, but the ne=\n"
            "xt night he was listening too. We called it =E2=80=9Cthe weat=\nher=E2=80=9D, and laughed.\n")
    text, said = decode_quoted_printable(body)
    assert said is not None
    assert text.split("\n") == [
        "Q: Where did you hear the news? ", "", "A: On a Chinese radio, late at night.",
        "My father said it was dangerous — he turned it off, but the next",
        "night he was listening too. We called it “the weather”,", "and laughed.", ""]


def test_equals_signs_in_ordinary_text_are_kept():
    rows = read("equals-signs-in-notes.txt")
    assert [r[1:3] for r in rows] == [("Interviewer", "interviewer"),
                                      ("Respondent", "respondent")] * 2
    assert notices("equals-signs-in-notes.txt") == []
    for text in ("x = 5 and y=3\n", "a rule\n====\nand =E2 alone=\n",
                 "Content-Transfer-Encoding: quoted-printable\n\nnot = encoded=3D\n",
                 "one=\ntwo=\nthree=\nfour =E2=80=94 five =C3=A9 six =20\n" + "x" * 80 + "\n"):
        assert decode_quoted_printable(text) == (text, None)


def test_quoted_printable_hostile_input_is_fast():
    decode_quoted_printable("Content-Transfer-Encoding: quoted-printable\n\n" + "=E2=80" * 4000)
    decode_quoted_printable("ab=20cd=\n" * 5000)


def test_discord_copy_headers_are_labels_bots_and_reactions_context():
    rows = read("discord-ama-today.txt")
    said = [r[1:] for r in rows if r[2] != "other"]
    assert said == [
        ("river_lantern", "interviewer", "hi all, tonight we"),
        ("minho.j", "respondent", "hello everyone, happy to"),
        ("river_lantern", "interviewer", "Question from @gukbap: how"),
        ("minho.j", "respondent", "almost three years. I"),
        ("minho.j", "respondent", "the owner kept my"),
        ("dalbit22", "interviewer", "@minho.j did you ever"),
        ("minho.j", "respondent", "no, a pastor helped"),
        ("river_lantern", "interviewer", "Last one: what do"),
        ("minho.j", "respondent", "my grandmother's cold noodles."),
    ]
    kinds = {r[0]: r[1] for r in rows if r[2] == "other"}
    assert kinds[3] == "(sender)" and kinds[12] == kinds[13] == "(reaction)"
    assert kinds[18] == kinds[19] == kinds[20] == kinds[21] == "(bot)"
    t = parse_file(Path("tests/data/layouts/discord-ama-today.txt"), Config())
    assert "edited" not in " ".join(p.text for turn in t.turns for p in turn.paragraphs
                                    if turn.role == "respondent")


def test_discord_compact_mode_lines():
    assert [r[1:] for r in read("discord-compact-mode.txt")] == [
        ("mod_yeon", "interviewer", "Welcome! Our guest today"),
        ("taeho", "respondent", "In 2015, in the"),
        ("taeho", "respondent", "My uncle went with"),
        ("mod_yeon", "interviewer", "What did you bring"),
        ("taeho", "respondent", "Nothing but a photo"),
        ("mod_yeon", "interviewer", "Thank you for coming,"),
    ]


def test_discord_messages_quoted_in_an_interview_are_read_as_before():
    rows = read("discord-quoted-in-interview.txt")
    assert [r[1:3] for r in rows] == [
        ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("Respondent", "respondent"), ("Respondent", "respondent"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent")]
    assert not any("Discord" in n for n in notices("discord-quoted-in-interview.txt"))


def test_discord_hostile_input_is_fast():
    line = "x" * 20000 + " — 03/14/2024 8:05 PM\n"
    parse_file_text("a — Today at 8:05 PM\nhi?\n" * 2500 + line)


def parse_file_text(text: str) -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.txt"
        path.write_text(text, encoding="utf-8")
        parse_file(path, Config())


def test_new_reddit_badges_are_context():
    rows = read("reddit-badges-new.txt")
    assert [r[1:] for r in rows if r[2] != "other" and r[3] != "·"] == [
        ("hyesan_baker", "respondent", "I ran a bakery"),
        ("breadcrumbs_77", "interviewer", "Where did you get"),
        ("hyesan_baker", "respondent", "From Chinese traders, paid"),
        ("quiet_wren", "interviewer", "Did the police take"),
        ("hyesan_baker", "respondent", "Every month. Verified"),  # in a sentence: words
    ]
    badges = [(r[0], r[3]) for r in rows if r[1] == "(badge)"]
    assert badges == [(5, "Verified AMA"), (18, "Top 1% Commenter")]


def test_a_badge_word_outside_a_thread_is_read_as_before():
    rows = read("verified-line-in-interview.txt")
    assert [r[1] for r in rows] == ["Interviewer", "Respondent", "(heading)", "Interviewer",
                                    "Respondent"]


def test_dash_dialogue_narration_between_is_context():
    rows = read("dash-dialogue-memoir.txt")
    assert [r[1:] for r in rows if r[0] >= 8] == [
        ("Interviewer", "interviewer", "When did your husband"),
        ("Respondent", "respondent", "In the spring of"),
        ("Interviewer", "interviewer", "Did he tell you?"),
        ("Respondent", "respondent", "Not until the night"),
        ("(narration)", "other", "She turned her cup"),
        ("Interviewer", "interviewer", "What did you carry?"),
        ("Respondent", "respondent", "Rice cakes, a blanket,"),
        ("(narration)", "other", "I did not ask"),
        ("Interviewer", "interviewer", "Was it hard to"),
        ("Respondent", "respondent", "It is still hard."),
        ("(page number)", "other", "87"),
    ]
    assert any("dashes and no names" in n for n in notices("dash-dialogue-memoir.txt"))


def test_dash_lists_in_an_essay_are_no_dialogue():
    assert not any("dashes" in n for n in notices("dash-list-in-essay.txt"))
    rows = read("dash-list-in-essay.txt")
    assert ("Intro", "other", "— Never keep all") in [r[1:] for r in rows]


def test_dash_dialogue_hostile_input_is_fast():
    parse_file_text("— Why?\n\n— Because.\n\n" * 1300 + "— " + "a" * 20000 + "\n")


def test_a_transcripts_time_stamps_are_no_compact_discord():
    assert not any("Discord" in n for n in notices("stamps-labelled-sound-notes.txt"))
