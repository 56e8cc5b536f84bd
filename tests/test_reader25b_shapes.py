"""Session 19's shapes (eval25's mag03, talkshow01, srt08 and fg02 misread them), each proven on
a fixture of its own wording in tests/data/layouts/ with a near miss that must not be read
the new way: a feature whose quoted testimony sits above a box of questions for her, a talk
show's sponsor line and closing credits, a subtitled film's title card crediting its maker
and a dialogue dash after a sound cue, a focus group's header (the note-taker's credit, the
group counted, two labels it equates)."""

from __future__ import annotations

from pathlib import Path

from tests.test_word_subtitles import messages, turns

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _said(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first words) of each paragraph that is not context."""
    return [(s, r, t[:28]) for s, r, t in turns(path) if r != "other"]


def test_a_feature_with_a_box_of_questions_after_it():
    """The body's quote-led paragraphs (`"...," Lim says.`, then `he says`, `he recalls`) are
    one man's; the narration, headings and the box's heading are context; the box's
    questions are the writer's and its answers his, the same speaker as the body's quotes."""
    path = LAYOUTS / "feature-profile-qa-box.txt"
    lim, asks = ("Lim", "respondent"), ("Interviewer", "interviewer")
    assert [(s, r) for s, r, _ in _said(path)] == [lim, lim, lim, asks, lim, asks, lim, asks,
                                                    lim]
    said = [t for s, _, t in turns(path) if s == "Lim"]
    assert said[0].startswith('"Every truck that came in had a story," Lim says.')
    assert said[3] == "Yes, but now it is only for the customers' bills."
    rows = turns(path)
    assert all(r == "other" for _, r, t in rows if t.startswith(
        ("The garage", "His father", "IN BRIEF", "Three questions", "Colm Reddy")))
    assert any("the 3 questions of the box after it are the writer's" in m
               for m in messages(path))


def test_a_question_inside_the_body_is_no_box():
    """A rhetorical question of the writer's between quoted paragraphs starts no box (quotes
    follow it): the file is not read as a feature with a box, and nothing is the writer's
    question."""
    path = LAYOUTS / "feature-question-midbody-negative.txt"
    assert not any("read as a feature" in m for m in messages(path))
    assert not any(r == "interviewer" for _, r, _ in turns(path))


def test_a_talk_shows_sponsor_line_and_closing_credits_are_context():
    """`Tonight's edition is sponsored by...` between the host's `after this break` and a
    `[STING]`, and the credits after `[OUTRO MUSIC]`, go on no one's turn."""
    path = LAYOUTS / "talkshow-sponsor-credits.txt"
    host, guest = ("HAN", "interviewer"), ("BYUN", "respondent")
    assert [(s, r) for s, r, _ in _said(path)] == [host, host, guest, host, guest, host, host,
                                                    guest, host]
    rows = turns(path)
    assert next((s, r) for s, r, t in rows if t.startswith("Tonight's")) == ("(ad)", "other")
    assert next(
        (s, r) for s, r, t in rows if t.startswith("Late Light is")) == ("(after interview)", "other")


def test_an_announcer_quoted_in_an_answer_and_music_mid_answer_stay_speech():
    """`This programme is brought to you by the Workers' Party...` in an answer (no break
    around it) and the answer going on after a plain `[music]` are the respondent's."""
    path = LAYOUTS / "talkshow-announcer-quoted-negative.txt"
    ko, asks = ("KO", "respondent"), ("INTERVIEWER", "interviewer")
    assert [(s, r, t) for s, r, t in _said(path)] == [
        (*asks, "What did you listen to at ho"), (*ko, "Only the cable radio. Every "),
        (*ko, "This programme is brought to"), (*asks, "And the foreign radio?"),
        (*ko, "My uncle had a set with the "), (*ko, "My uncle said that music was")]


def test_a_title_card_crediting_the_film_and_a_dash_after_a_sound():
    """`MY MOTHER'S HOUSE` / `A film by Ines Duarte` is a title card (context), and the
    dialogue dash after the `[birdsong]` cue starts the question, not its words."""
    path = LAYOUTS / "srt-title-card-dash-after-sound.srt"
    assert [(r, t) for _, r, t in turns(path) if r != "other"] == [
        ("interviewer", "Where was the house?"),
        ("respondent", "In Musan, near the mine. We had a garden."),
        ("interviewer", "Who took the garden?"),
        ("respondent", "The farm manager, in 2010. He said it was state land. My mother paid "
                       "him to keep half.")]
    assert [s for s, r, _ in turns(path) if r == "other"][:2] == ["(heading)", "(heading)"]


def test_a_film_credit_said_and_a_sentence_going_on_after_a_cough_stay_speech():
    """`A film by Shin Sang-ok` said after the first question is speech, and `- and then we
    had to write` after `[coughs]` goes on the sentence (its dash is no new voice)."""
    path = LAYOUTS / "srt-film-credit-said-negative.srt"
    assert [(r, t) for _, r, t in turns(path) if r != "other"] == [
        ("interviewer", "What did you watch at school?"),
        ("respondent", "They showed us old films A film by Shin Sang-ok, many times."),
        ("respondent", "- and then we had to write what we learned from it."),
        ("interviewer", "Did you like the films?"),
        ("respondent", "I liked the songs.")]


def test_a_focus_groups_header_credits_counts_and_equates():
    """`Facilitator: Ms. Joanna Lee. Note-taker: ...` is a credit, `Participants: five men,
    ...` a header, and `W2:`, used once, is `P2:` as the header says (`W2 is also written as
    P2`)."""
    path = LAYOUTS / "focus-group-equated-labels.txt"
    fac = ("FACILITATOR", "interviewer")
    p1, p2, p3 = (("P1", "respondent"), ("P2", "respondent"), ("P3", "respondent"))
    assert [(s, r) for s, r, _ in _said(path)] == [fac, p1, p2, fac, p2, p3, p1, fac]
    said = [t for s, _, t in turns(path) if s == "P2"]
    assert said[1].startswith("The manager kept the passports")
    assert [s for s, r, _ in turns(path) if r == "other"] == ["(preamble)", "(credit)",
                                                              "(header)"]
    assert any("'W2:' and 'P2:' are read as one speaker, P2" in m for m in messages(path))


def test_a_key_above_the_turns_and_an_equation_in_an_answer_join_no_labels():
    """`F = female, M = male; F1 = first woman to speak` names no two labels, and `F1 = M1`
    said in an answer joins no one: F1 and M1 stay two people."""
    path = LAYOUTS / "focus-group-key-not-labels-negative.txt"
    assert [s for s, _, _ in _said(path)] == ["MODERATOR", "F1", "M1", "MODERATOR", "F1", "M1"]
    assert not any("as the header says" in m for m in messages(path))

