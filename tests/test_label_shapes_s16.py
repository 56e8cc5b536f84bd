"""Labels that are easy to distrust (session 16): initials that are also a postscript word
(`PS:`, `NB:`) used as a speaker's label (qcode/ingest/postscripts.py); a meeting's attendee
who speaks once, to ask (speakers.py `attendee_once`, `asked_once`), and a meeting app's end
lines (furniture.py); labels that stop before a plain Q&A (prompts.py
`_questions_after_labels`); a couple's labelled answers under plain questions on a page
pasted one paragraph per line (prompts.py `_each_answers`, layout.py `_never_wrapped`,
webpage.py, a publisher's correction: furniture.py)."""

from __future__ import annotations

from tests.test_layouts import notices, read


def test_postscript_initials_that_alternate_with_the_interviewer_are_a_speaker():
    rows = [r for r in read("initials-postscript-speaker.md") if r[2] != "other"]
    turns = [(s, r) for i, (_, s, r, _) in enumerate(rows) if i == 0 or rows[i - 1][1] != s]
    assert turns == [("LO", "interviewer"), ("NB", "respondent")] * 4 + [("LO", "interviewer")]
    assert (16, "NB", "respondent", "I learned to keep") in rows
    assert rows[1] == (8, "NB", "respondent", "My uncle had a")
    assert (30, "(credit)", "other", "PS: This interview was") in read(
        "initials-postscript-speaker.md")  # the closing postscript stays what it was


def test_writers_notes_and_a_closing_postscript_stay_text():
    """Negative: `NB:` notes between the parts of one speaker's answer, a `PS:` closing
    the last turn: words of the turn, as before."""
    rows = read("postscript-notes-negative.txt")
    assert {s for _, s, _, _ in rows} == {"Interviewer", "Hwang"}
    assert (5, "Hwang", "respondent", 'NB: the "card" is') in rows
    assert (22, "Hwang", "respondent", "PS: If you remember") in rows


def test_meeting_attendee_asking_once_is_an_interviewer_and_the_end_lines_context():
    rows = read("meet-second-interviewer-once.txt")
    assert (11, "Jonas Weber", "interviewer", "Sorry to jump in,") in rows
    assert (10, "Ko Sun-ae", "respondent", "A tenth, paid in") in rows  # ends before it
    assert (12, "Ko Sun-ae", "respondent", "Before. After the change") in rows
    assert rows[-3:] == [(17, "Ko Sun-ae", "respondent", "Thank you."),
                         (18, "(system)", "other", "Transcription ended after 00:08:19"),
                         (20, "(system)", "other", "This editable transcript was")]
    assert any("'Jonas Weber' speaks once, to ask" in n
               for n in notices("meet-second-interviewer-once.txt"))


def test_full_names_quoted_or_speaking_once_without_asking_stay_in_the_answer():
    """Negative: a guard's words quoted after `said to my brother:`, a name speaking once
    without asking and listed nowhere, and an answer's `The meeting ended after 10:30`:
    read as before."""
    rows = read("full-names-once-negative.txt")
    assert {s for _, s, _, _ in rows} == {"Hanna Lindqvist", "Kang Min-ho"}
    turns = [r for i, (_, s, r, _) in enumerate(rows) if i == 0 or rows[i - 1][1] != s]
    assert turns == ["interviewer", "respondent", "interviewer", "respondent", "interviewer"]
    assert (6, "Kang Min-ho", "respondent", "Choi Song-il: Where is") in rows
    assert (15, "Kang Min-ho", "respondent", "Yoon Dae-jung: Brand matters") in rows
    assert (17, "Kang Min-ho", "respondent", "That is what my") in rows


def test_labels_that_stop_before_a_plain_qa_go_on_as_questions_and_answers():
    rows = read("labels-stop-then-plain-qa.txt")
    assert [(line, s, r) for line, s, r, _ in rows if line >= 13] == [
        (13, "Interviewer", "interviewer"), (15, "Park Jin-ho", "respondent"),
        (18, "Park Jin-ho", "respondent"), (20, "Interviewer", "interviewer"),
        (22, "Park Jin-ho", "respondent"), (25, "Interviewer", "interviewer"),
        (27, "Park Jin-ho", "respondent"), (30, "Interviewer", "interviewer"),
        (32, "Park Jin-ho", "respondent"), (34, "Interviewer", "interviewer")]
    assert any("the labels stop, but the paragraphs after them take turns" in n
               for n in notices("labels-stop-then-plain-qa.txt"))


def test_an_answers_rhetorical_questions_after_the_labels_stay_the_answer():
    """Negative: the last answer's paragraphs alternate with questions the respondent asks
    herself (none to `you`): hers, as before."""
    rows = read("labels-stop-rhetorical-negative.txt")
    assert [(line, s) for line, s, _, _ in rows if line >= 7] == [
        (7, "Seo Mi-kyung"), (9, "Seo Mi-kyung"), (11, "Seo Mi-kyung"), (13, "Seo Mi-kyung"),
        (15, "Seo Mi-kyung"), (17, "Seo Mi-kyung"), (19, "Seo Mi-kyung")]


def test_two_respondents_labelled_under_plain_questions_with_links_and_a_correction():
    rows = read("siblings-answers-labelled.txt")
    spoken = [(line, s, r) for line, s, r, _ in rows if r != "other"]
    assert spoken[:4] == [(7, "Interviewer", "interviewer"), (8, "Min-ji", "respondent"),
                          (9, "Min-su", "respondent"), (10, "Interviewer", "interviewer")]
    assert [line for line, s, _ in spoken if s == "Interviewer"] == [7, 10, 17, 21, 24]
    assert (6, "(preamble)", "other", "Han Min-ji, 31, sold") in rows
    assert (14, "(related)", "other", "Why the price of") in rows
    assert (20, "(heading)", "other", "Leaving") in rows
    assert (27, "(correction)", "other", "Correction, 5 October 2022:") in rows


def test_a_couples_quotes_between_narration_stay_respondents_and_a_retort_stays_hers():
    """Negative: a feature's narration paragraphs (no questions) between a couple's labelled
    quotes, and a respondent's own `Correction: my husband says...`: read as before."""
    rows = read("couple-quotes-narration-negative.txt")
    assert {r for _, s, r, _ in rows if not s.startswith("(")} == {"respondent"}
    assert (14, "Yoon Bo-ra", "respondent", "Correction: my husband says") in rows
