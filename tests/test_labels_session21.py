"""Session 21's label shapes (eval32's sessions01, docx44, srt11, num01), each proven on
fixtures of its own in another wording (tests/data/layouts/), with a near miss that must
not be read that way: initials that are also an abbreviation (`US:`, `SK:`) labelling the
interviewer, a session's `(Summary: ...)` note, participant codes in brackets without a
colon (`[P12]`), names in round brackets opening subtitle cues (`(Presenter)`), and a
label-free Q&A naming its respondent once in brackets opening the first answer, with the
editors' note on her after the last answer."""

from __future__ import annotations

from pathlib import Path

from tests.test_word_subtitles import messages, turns

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def test_abbreviation_initials_credited_label_the_interviewer():
    """`US:` (Una Song, credited `Interviewer: Una Song (US)`) asks: before, `US` was taken
    for the United States, every question was glued into Mr. Kang's answers and coded, the
    closing `US: Thank you, Mr. Kang.` too. The `(Summary: ...)` under Part Two is a note."""
    rows = turns(LAYOUTS / "initials-abbreviation-interviewer.txt")
    speech = [(s, r, t[:30]) for s, r, t in rows if r != "other"]
    assert speech == [
        ("US", "interviewer", "Where did you grow up?"),
        ("Kang", "respondent", "In Musan, near the mine. My un"),
        ("US", "interviewer", "Did he carry anything else?"),
        ("Kang", "respondent", "Cigarettes, sometimes radios. "),
        ("US", "interviewer", "Were you ever searched yoursel"),
        ("Kang", "respondent", "Once, at the station. They fou"),
        ("US", "interviewer", "We'll pause there."),
        ("US", "interviewer", "You said your uncle carried ra"),
        ("Kang", "respondent", "Every night, under the quilt. "),
        ("US", "interviewer", "Thank you, Mr. Kang."),
    ]
    assert ("(note)", "other", "(Summary: the first part covered Mr. Kang's youth in Musan "
            "and his uncle's trade.)") in rows


def test_abbreviation_initials_alternating_without_credit(tmp_path: Path):
    """No header: `NK:` turns alternating with `Moon:` label turns all the same."""
    path = tmp_path / "t.txt"
    path.write_text("NK: Where were you born?\nMoon: In Hoeryong.\nNK: And your father?\n"
                    "Moon: He worked on the railway.\nNK: Did he trade?\nMoon: Never.\n"
                    "NK: Thank you.\n", encoding="utf-8")
    assert [(s, r) for s, r, _ in turns(path)] == [
        ("NK", "interviewer"), ("Moon", "respondent")] * 3 + [("NK", "interviewer")]


def test_country_figures_in_an_answer_stay_its_words():
    """`US: 40,000 tonnes` / `UK: 12,000 tonnes` inside an answer are figures, not speakers."""
    assert turns(LAYOUTS / "initials-abbreviation-figures-near-miss.txt")[1] == (
        "A", "respondent", "Very little. The figures on the radio were not what we saw. "
        "US: 40,000 tonnes promised UK: 12,000 tonnes promised")


def test_participant_codes_in_brackets_label_turns():
    """`[MK]` / `[P12]` without a colon, as a university transcript sets them: before,
    `[P12]` was no name, the turns were told from the questions with the codes in their
    text and the closing `[MK] That's everything for today, thanks.` glued into the last
    answer; `[long pause]` opening an answer is no words of it."""
    rows = turns(LAYOUTS / "bracket-participant-codes.txt")
    assert [r for r in rows if r[1] != "other"] == [
        ("MK", "interviewer", "Shall we begin? How did your household earn money?"),
        ("P12", "respondent", "My mother sold rice cakes at the station. I carried the basket."),
        ("MK", "interviewer", "Did she pay anyone to sell there?"),
        ("P12", "respondent", "The station guard. Every week a packet of cigarettes."),
        ("MK", "interviewer", "And your father?"),
        ("P12", "respondent",
         "He went to his factory to be counted, then came home and made shoes."),
        ("MK", "interviewer", "That's everything for today, thanks."),
    ]


def test_reference_codes_in_brackets_are_no_speakers():
    """A sources list's `[R1]` / `[R2]` / `[R3]`, each once, stay the list's text."""
    rows = turns(LAYOUTS / "bracket-reference-codes-near-miss.txt")
    assert {s for s, _, _ in rows} == {"Interviewer", "Respondent", "(notes)",
                                       "(after interview)"}
    assert rows[-1][2].startswith("[R1] Market inspections")


def test_round_bracket_names_open_subtitle_cues():
    """`(Presenter)` / `(Min-ji)` opening cues name them: before, the opening cues were one
    `Intro` and the sign-off was glued into the last answer and coded."""
    path = LAYOUTS / "srt-round-bracket-names.srt"
    assert turns(path) == [
        ("Presenter", "interviewer",
         "Hi all, and thanks for watching. My guest today is Min-ji, from Chongjin."),
        ("Min-ji", "respondent", "Hi, thanks for having me."),
        ("Presenter", "interviewer", "What did you eat at school?"),
        ("Min-ji", "respondent", "Corn noodles, mostly. On holidays, rice with a little meat."),
        ("Presenter", "interviewer", "Bye for now, and like the video!"),
    ]
    assert messages(path) == [
        "3: (Presenter), (Min-ji) read as speakers' names (in brackets, each opening two cues "
        "or more); if one is a sound, write it on a line of its own"]


def test_round_bracket_delivery_is_no_name():
    """`(Quietly)` and `(Translated)` open cues twice each: how the line is said or
    rendered, the answer's words as before."""
    rows = turns(LAYOUTS / "srt-round-bracket-delivery-negative.srt")
    assert [s for s, _, _ in rows] == ["INTERVIEWER", "HAN", "INTERVIEWER", "HAN"]
    assert rows[-1][2].endswith("(Translated) She means the tofu.")


def test_name_in_brackets_opening_the_first_answer_names_the_respondent():
    """`(Yun Mi-rae)` opening the first answer is her name (no words of it) and every
    answer hers; `Ms. Yun now runs a small shop in Suwon.` after the last is the editors'."""
    path = LAYOUTS / "qa-name-opens-first-answer.txt"
    rows = turns(path)
    assert [r for r in rows if r[1] != "other"][:2] == [
        ("Interviewer", "interviewer", "What did you sell?"),
        ("Yun Mi-rae", "respondent", "Socks and batteries at first, then phone cards. The "
                                     "cards paid best because everyone wanted new films.")]
    assert {s for s, r, _ in rows if r == "respondent"} == {"Yun Mi-rae"}
    assert rows[-2:] == [("(note)", "other", "Ms. Yun now runs a small shop in Suwon."),
                         ("(credit)", "other", "© 2023 Crossings Review")]
    assert messages(path) == [
        "7: '(Yun Mi-rae)' opening the first answer read as the respondent's name, not words "
        "of the answer; every unlabelled answer is theirs",
        "17: the note on Yun Mi-rae after the last answer read as context"]


def test_aside_opening_the_first_answer_names_no_one():
    """`(Laughing)` opening the first answer is no name, and the respondent's own last
    line about `Ms. Ryu, my teacher` stays her answer."""
    rows = turns(LAYOUTS / "qa-bracket-aside-first-answer-near-miss.txt")
    assert {s for s, r, _ in rows if r == "respondent"} == {"Respondent"}
    assert rows[-1] == ("Respondent", "respondent", "Ms. Ryu, my teacher, told me to go.")


def test_respondent_speaking_of_herself_by_name_keeps_her_words(tmp_path: Path):
    """A last paragraph in the first person naming her (`Mr. Oh? My neighbours called me
    that.`) is an answer, not the editors' note."""
    path = tmp_path / "q.txt"
    path.write_text("Where did you serve?\n\n(Oh Tae-sik) On the Tumen.\n\nWhat were you "
                    "called?\n\nComrade Oh, then sergeant.\n\nMr. Oh? My neighbours called "
                    "me that.\n", encoding="utf-8")
    assert turns(path)[-2:] == [
        ("Oh Tae-sik", "respondent", "Comrade Oh, then sergeant."),
        ("Oh Tae-sik", "respondent", "Mr. Oh? My neighbours called me that.")]
