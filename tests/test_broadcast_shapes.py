"""Hearings, cable-news rush transcripts and press briefings as they are published (eval12's
gpo01, tv02 and press01 found them misread), each proven on a fixture of its own wording in
tests/data/layouts/, with a look-alike that must not be read the new way."""

from __future__ import annotations

from pathlib import Path

from tests.test_word_subtitles import messages, turns

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _speech(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first words) of each paragraph that is not a context kind."""
    return [(s, r, t[:24]) for s, r, t in turns(path) if not s.startswith("(")]


def test_a_gpo_hearing_members_ask_and_witnesses_answer():
    """`    Chairwoman Voss. ...` / `    Mr. Ri. [Through interpreter.] ...` open indented
    paragraphs: labels; the title page's `BORDER ECONOMIES: BRIBERY...` is none. Witnesses
    are those a `STATEMENT OF` heading names; the headings, `[The prepared statement...]`,
    `[GRAPHIC] [TIFF OMITTED]`, the page number and `[Whereupon...]` are context."""
    path = LAYOUTS / "hearing-gpo-senate.txt"
    voss, dunmore = ("Chairwoman Voss", "interviewer"), ("Senator Dunmore", "interviewer")
    ri, marsh = ("Mr. Ri", "respondent"), ("Dr. Marsh", "respondent")
    assert [(s, r) for s, r, _ in _speech(path)] == [
        voss, ri, voss, marsh, voss, ri, voss, dunmore, marsh, dunmore, voss]
    rows = turns(path)
    first = next(t for s, _, t in rows if s == "Mr. Ri")  # `[Through interpreter.]` no word
    assert first.startswith("Thank you, Madam Chairwoman. I served four years")
    assert first.endswith("The officers took the larger share and we took the rest.")
    kinds = [s for s, r, _ in rows if r == "other"]
    assert {"(heading)", "(note)", "(direction)", "(page number)"} <= set(kinds)
    assert not any("BORDER ECONOMIES" in t or "STATEMENT OF" in t or t == "4"
                   for _, r, t in rows if r != "other")
    assert any("read as a hearing: 'Mr. Ri', 'Dr. Marsh' testify" in m for m in messages(path))


def test_hearing_labels_without_a_statement_heading_decide_no_roles():
    """Without a witness's `STATEMENT OF` heading, who testifies is not guessed from the
    hearing: the question rule decides and says so."""
    path = LAYOUTS / "hearing-no-statement-heading.txt"
    assert [(s, r) for s, r, _ in _speech(path)] == [
        ("Mr. Okafor", "respondent"), ("Ms. Lindgren", "interviewer"),
        ("Mr. Okafor", "respondent"), ("Ms. Lindgren", "interviewer"),
        ("Mr. Okafor", "respondent")]
    notices = messages(path)
    assert not any("hearing" in m for m in notices)
    assert any("took 'Ms. Lindgren' as the interviewer" in m for m in notices)


def test_a_cable_rush_transcript():
    """`DANA ROURKE, CNN ANCHOR:` and `PETER HALE, CNN CORRESPONDENT:`, used once, are the
    speakers `ROURKE:` and `HALE:` later; the anchor asks, the correspondent never does
    (narration, context, his live answer too); `KANG SU-MIN, FORMER SOLDIER (through
    translator):` answers from his first quote; an unidentified voice, the directions and
    the next item after the break are context."""
    path = LAYOUTS / "cable-rush-transcript.txt"
    anchor, hale = ("ROURKE", "interviewer"), ("HALE", "other")
    kang, voice = ("KANG", "respondent"), ("UNIDENTIFIED MALE", "other")
    assert [(s, r) for s, r, _ in _speech(path)] == [
        anchor, hale, kang, voice, hale, kang, anchor, kang, anchor, hale, anchor]
    rows = turns(path)
    assert ("KANG", "respondent", "At the post we were hungry too. A pack of cigarettes "
            "bought a crossing on a quiet night.") in rows
    assert [s for s, _, t in rows if t.startswith("(")] == ["(direction)"] * 4
    assert ("(next segment)", "other", "Turning now to the weather, where a storm is heading "
            "for the coast.") in rows


def test_a_guest_after_the_break_keeps_the_interview_going():
    """After `(COMMERCIAL BREAK)` the guest answers again: nothing is the next item."""
    path = LAYOUTS / "cable-guest-after-break.txt"
    speech = _speech(path)
    assert [(s, r) for s, r, _ in speech] == [
        *[("BOLT", "interviewer"), ("YOO", "respondent")] * 3, ("BOLT", "interviewer")]
    assert not any("break" in m for m in messages(path))


def test_a_press_briefing_moderator_and_named_journalists():
    """The press officer who opens, gives the floor and closes asks; `QUESTION (Tomas Berg,
    Baltic Wire):` is the journalist Tomas Berg, another journalist another asker."""
    path = LAYOUTS / "press-briefing-moderator.txt"
    okafor, yang = ("OKAFOR", "interviewer"), ("YANG", "respondent")
    berg, reyes = ("Tomas Berg", "interviewer"), ("Sofia Reyes", "interviewer")
    assert [(s, r) for s, r, _ in _speech(path)] == [
        okafor, yang, okafor, berg, yang, berg, yang, reyes, yang, okafor]
    assert any("'OKAFOR' opens, gives the floor" in m for m in messages(path))


def test_a_spokesperson_who_answers_the_questions_is_no_moderator():
    """`QUESTION:` then `MS. HOLLAND:`: the spokesperson answers, so she is the respondent."""
    path = LAYOUTS / "press-briefing-spokesperson-answers.txt"
    holland, question = ("MS. HOLLAND", "respondent"), ("QUESTION", "interviewer")
    assert [(s, r) for s, r, _ in _speech(path)] == [
        holland, question, holland, question, holland, ("Tomas Berg", "interviewer"), holland]
    assert not any("moderator" in m for m in messages(path))


def test_a_long_hearing_reads_in_linear_time(tmp_path: Path):
    """A hearing of a few thousand lines reads at once (no rule looks back over the file)."""
    turn = ("    Senator Dunmore. Thank you. Who took the money at the post, \nand how much?\n"
            "    Mr. Ri. The officers, most of it, and the rest went to \nthe soldiers.\n")
    path = tmp_path / "long.txt"
    path.write_text("       STATEMENT OF RI CHOL-MIN, FORMER GUARD\n\n" + turn * 400,
                    encoding="utf-8")
    rows = _speech(path)
    assert len(rows) == 800 and rows[1] == ("Mr. Ri", "respondent", "The officers, most of it")


def test_a_radio_documentary_presenter_credited_and_labelled_by_surname():
    """`Presenter: Imogen Tarrant` in the credits, then `TARRANT:`: the presenter asks and
    narrates (an interviewer, said in a notice); `CHOE (READ BY AN ACTOR):`, `CHOE
    (TRANSLATION):` and `MORGAN (VOICEOVER):` are CHOE and MORGAN; the `ARCHIVE: ...`
    heading, the `ANNOUNCER:` who reads the lecture and the `MUSIC:` cue are context."""
    path = LAYOUTS / "radio-documentary-presenter.txt"
    tarrant, choe, morgan = ("TARRANT", "interviewer"), ("CHOE", "respondent"), \
        ("MORGAN", "respondent")
    assert [(s, r) for s, r, _ in _speech(path)] == [
        tarrant, tarrant, choe, tarrant, choe, tarrant, choe, ("ANNOUNCER", "other"),
        tarrant, morgan, tarrant, morgan, tarrant, choe, tarrant, choe, tarrant]
    rows = turns(path)
    assert ("(extract)", "other", "ARCHIVE: PROVINCIAL LECTURE RECORDING, 2019 (TRANSLATION)") \
        in rows
    assert ("(sound)", "other", "MUSIC: RIVER AND WIND") in rows
    assert ("CHOE", "respondent", "The water was cold to my chest. A soldier on the bank was "
            "paid already, he looked at the sky.") in rows
    assert any("'TARRANT' read as the presenter the credits name" in m for m in messages(path))


def test_a_reporter_credited_family_name_first(tmp_path: Path):
    """`Reporter: Baek Ji-won` (a Korean name, family name first): `BAEK:` reports and asks;
    `JANG (INTERPRETED):` and `JANG (via interpreter):` are JANG."""
    path = tmp_path / "r.txt"
    path.write_text(
        "Reporter: Baek Ji-won\n\nBAEK: In the border city the dramas come on memory cards.\n\n"
        "JANG (INTERPRETED): A card went from hand to hand in one night.\n\n"
        "BAEK: Who paid the inspectors?\n\nJANG (via interpreter): The trader paid, in "
        "cigarettes.\n\nBAEK: Were you afraid?\n\nJANG: Only of the neighbours.\n",
        encoding="utf-8")
    assert [(s, r) for s, r, _ in turns(path)] == [
        ("(credit)", "other"), *[("BAEK", "interviewer"), ("JANG", "respondent")] * 3]


def test_a_presenter_who_is_no_label_and_a_respondent_named_in_the_credits():
    """`Presenter: Hana Morrow` never speaks under a label and `Producer: Lee Min` credits no
    one who asks: `LEE:` answers `INTERVIEWER:` as before, and nothing is said."""
    path = LAYOUTS / "radio-credits-presenter-absent.txt"
    assert [(s, r) for s, r, _ in _speech(path)] == [
        ("INTERVIEWER", "interviewer"), ("LEE", "respondent")] * 3
    assert messages(path) == []


def test_a_presenter_surname_another_credit_shares_decides_nothing(tmp_path: Path):
    """`Presenter: Hana Lee` and `Producer: Lee Min`: `LEE:` may be either (or a guest of
    that name): no role is taken from the credit, and the notice says so; LEE answers HOST."""
    path = tmp_path / "s.txt"
    path.write_text(
        "Presenter: Hana Lee\nProducer: Lee Min\n\nHOST: Our guest kept a stall. How did it "
        "begin?\n\nLEE: With my mother's sewing machine.\n\nHOST: Did anyone ask for money?"
        "\n\nLEE: The market manager, every month.\n", encoding="utf-8")
    assert [(s, r) for s, r, _ in _speech(path)] == [
        ("HOST", "interviewer"), ("LEE", "respondent")] * 2
    assert any("'Presenter: Hana Lee' may be the label 'LEE'" in m for m in messages(path))


def test_a_long_radio_documentary_reads_in_linear_time(tmp_path: Path):
    """A documentary of a few thousand lines reads at once."""
    turn = ("TARRANT: Who paid the guards at the post?\n\nCHOE (READ BY AN ACTOR): The traders "
            "did, in rice.\n\nEXTRACT FROM A LECTURE\n\nREADER: Report them at once.\n\n")
    path = tmp_path / "long.txt"
    path.write_text("Presenter: Imogen Tarrant\n\n" + turn * 300, encoding="utf-8")
    rows = _speech(path)
    assert len(rows) == 900 and rows[:3] == [
        ("TARRANT", "interviewer", "Who paid the guards at t"),
        ("CHOE", "respondent", "The traders did, in rice"), ("READER", "other", "Report them at once.")]
