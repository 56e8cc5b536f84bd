"""Near misses of session 20's new readings: ordinary documents that hold what a reading
keys on in an innocent way (a rota or a call log with names over times, an answer that
echoes an off-screen question, photo words, `[Report]` read aloud, `Kim = K` in an answer,
a header's `Role: Name` lines, a titled name once in an answer, `brought to you by` in an
answer, a consent form's numbered lines or numbered questions in Word) must read as a
careful human reads them. Fixtures in tests/data/layouts/ (the Word ones written by
make_statement_docx.py); the first four tests failed before their fixes (nametime.py,
offscreen.py, statement.py)."""

from __future__ import annotations

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_caption_exports import LAYOUTS, turns


def test_a_call_log_with_names_over_times_invents_no_speakers():
    """A case worker's log, `Ms Park` / `09:10` / `Called to confirm...`: notes about the
    callers, no question anywhere; Ms Park and Mr Choi are no speakers (nametime.py made
    them so, and Mr Choi's entries went into Ms Park's turns)."""
    assert turns(LAYOUTS / "nametime-near-miss-call-log.txt") == [
        ("Respondent", "respondent", "Case log: family reunification,"),
    ]


def test_a_rota_inside_an_answer_heads_no_blocks():
    """Eight `Dr Kim` / `08:00` pairs over no words, inside an A: answer: no labels (read
    as before the session: the time lines a panel's, the rota in the answer)."""
    read = turns(LAYOUTS / "nametime-near-miss-rota-in-answer.txt")
    assert read == [
        ("Q", "interviewer", "What was a normal"),
        ("A", "respondent", "The doctors came in"),
        ("(heading)", "other", "Dr Kim"),
        ("A", "respondent", "Dr Ryu Dr Kim"),
        ("(heading)", "other", "Dr Ryu"),
        ("Q", "interviewer", "And the nurses?"),
        ("A", "respondent", "We were on all"),
    ]
    assert not any(speaker.startswith("Dr") for speaker, _, _ in read)


def test_an_answer_echoing_the_off_screen_question_is_the_answer():
    """`Did you ever go back?` / `Go back? To what? ...`: the echo opens Mr Han's answer,
    not more of the question; `And your mother?` / `Did she stay in Hyesan?` is one
    question over two cues, and the cue after them is his answer."""
    assert turns(LAYOUTS / "srt-offscreen-echoed-question.srt") == [
        ("MR. HAN", "respondent", "I drove a truck"),
        ("INTERVIEWER", "interviewer", "Did you ever go"),
        ("MR. HAN", "respondent", "Go back? To what?"),
        ("INTERVIEWER", "interviewer", "And your mother? Did"),
        ("MR. HAN", "respondent", "She stayed. She said"),
    ]
    t = parse_file(LAYOUTS / "srt-offscreen-echoed-question.srt", Config())
    assert "My brother was already gone" in t.turns[2].text
    assert "Did she stay in Hyesan?" in t.turns[3].text


def test_a_consent_form_above_an_interview_is_no_witness_statement():
    """`Declaration of consent` over three numbered first-person lines (Word's numbering,
    or typed `1.`), then a labelled interview: the interview is read, not cut off as the
    statement's signature (statement.py read the consent as Oh Soon-ja's statement)."""
    assert turns(LAYOUTS / "docx-statement-consent-near-miss.docx") == [
        ("(heading)", "other", "Interview record Name: Oh"),
        ("(date)", "other", "Date: 14 March 2023,"),
        ("(heading)", "other", "Declaration of consent"),
        ("(preamble)", "other", "I understand that my"),
        ("(heading)", "other", "Interview"),
        ("Interviewer", "interviewer", "Where did you live"),
        ("Respondent", "respondent", "In Hyesan, near the"),
        ("Interviewer", "interviewer", "Why did you leave?"),
        ("Respondent", "respondent", "The mine stopped paying."),
        ("Interviewer", "interviewer", "Who helped you cross?"),
        ("Respondent", "respondent", "A broker my cousin"),
    ]
    assert turns(LAYOUTS / "statement-consent-form-near-miss.txt") == [
        ("(preamble)", "other", "INTERVIEW RECORD Name: Oh"),
        ("(heading)", "other", "DECLARATION OF CONSENT"),
        ("(preamble)", "other", "1. I understand that"),
        ("Interviewer", "interviewer", "Where did you live"),
        ("Respondent", "respondent", "In Hyesan, near the"),
        ("Interviewer", "interviewer", "Why did you leave?"),
        ("Respondent", "respondent", "The mine stopped paying."),
    ]


def test_word_numbered_questions_lists_and_recommendations():
    """Word's own numbering on an interview's questions (`Can you tell me...` under
    `Statement of Ms Kang, interviewed...`), on a list inside an answer, and on an NGO's
    recommendations after an interview excerpt: no witness statement."""
    assert turns(LAYOUTS / "docx-numbered-questions-near-miss.docx") == [
        ("(heading)", "other", "Statement of Ms Kang,"),
        ("Interviewer", "interviewer", "Can you tell me"),
        ("Respondent", "respondent", "In Musan. My father"),
        ("Interviewer", "interviewer", "Could you tell me"),
        ("Respondent", "respondent", "There was no food."),
        ("Interviewer", "interviewer", "May I ask who"),
        ("Respondent", "respondent", "My sister in Seoul."),
        ("Interviewer", "interviewer", "What would you like"),
        ("Respondent", "respondent", "That we were not"),
    ]
    assert turns(LAYOUTS / "docx-numbered-list-in-answer-near-miss.docx") == [
        ("(heading)", "other", "Interview with Mr Pak"),
        ("Interviewer", "interviewer", "What did you take"),
        ("Mr Pak", "respondent", "Only what I could"),
        ("Interviewer", "interviewer", "Did you leave anything"),
        ("Mr Pak", "respondent", "My mother's sewing machine."),
        ("Interviewer", "interviewer", "Thank you."),
    ]
    t = parse_file(LAYOUTS / "docx-numbered-list-in-answer-near-miss.docx", Config())
    assert "Rice for three days" in t.turns[2].text
    assert turns(LAYOUTS / "docx-ngo-recommendations-near-miss.docx") == [
        ("(heading)", "other", "STATEMENT OF THE BORDERLINE"),
        ("(preamble)", "other", "Excerpt of an interview"),
        ("Q", "interviewer", "What happened at the"),
        ("A", "respondent", "The guards took my"),
        ("Q", "interviewer", "Did you report it?"),
        ("A", "respondent", "To whom? The guards"),
        ("(heading)", "other", "Recommendations"),
        ("(after interview)", "other", "We call on the"),
    ]


def test_a_diary_read_out_in_a_labelled_answer():
    assert turns(LAYOUTS / "nametime-near-miss-diary-in-answer.txt") == [
        ("Interviewer", "interviewer", "You kept a diary"),
        ("Lee", "respondent", "Yes. I wrote only"),
        ("Lee", "respondent", "Here is the first"),
        ("Interviewer", "interviewer", "Why did you write"),
        ("Lee", "respondent", "So that my daughter"),
    ]
    t = parse_file(LAYOUTS / "nametime-near-miss-diary-in-answer.txt", Config())
    assert "Broker 07:30 He came with a van" in t.turns[2].text


def test_off_screen_marks_and_a_quoted_label_inside_cues():
    """`what you call V.O.`, `(V.O.)` and `INTERVIEWER:` inside a cue's words are hers."""
    assert turns(LAYOUTS / "srt-offscreen-near-miss-marks-in-text.srt") == [
        ("NARRATOR", "other", "She worked for a"),
        ("MS. RI", "respondent", "I read the news."),
        ("INTERVIEWER", "interviewer", "Did you believe what"),
        ("MS. RI", "respondent", "The producer told us:"),
    ]
    t = parse_file(LAYOUTS / "srt-offscreen-near-miss-marks-in-text.srt", Config())
    assert "INTERVIEWER: who asks the questions here?" in t.turns[3].text
    assert "secret police" in t.turns[3].text


def test_answers_opening_with_photo_words_stay_speech():
    assert turns(LAYOUTS / "web-photo-lines-near-miss-answers.txt") == [
        ("Q", "interviewer", "What did you do"),
        ("A", "respondent", "I chose the photographs"),
        ("Q", "interviewer", "Which picture do you"),
        ("A", "respondent", "Image source, as we"),
        ("Q", "interviewer", "Did anyone write the"),
        ("A", "respondent", "Photo caption, Image caption,"),
        ("Q", "interviewer", "And the sources?"),
        ("A", "respondent", "Source: the Central News"),
    ]
    assert turns(LAYOUTS / "web-photo-lines-near-miss-photo-talk.txt") == [
        ("Interviewer", "interviewer", "Tell me about the"),
        ("Park", "respondent", "Image source, my uncle's"),
        ("Interviewer", "interviewer", "And this one?"),
        ("Park", "respondent", "Photo credit, I suppose,"),
        ("Interviewer", "interviewer", "Who is in it?"),
        ("Park", "respondent", "My mother, my sister"),
    ]


def test_report_read_aloud_cuts_off_nothing():
    """`[Report]` alone, read from a form: context, and the interview goes on after it."""
    assert turns(LAYOUTS / "bracket-section-report-read-aloud.txt") == [
        ("Q", "interviewer", "What did the inspector"),
        ("A", "respondent", "He stood at the"),
        ("(section)", "other", "[Report]"),
        ("A", "respondent", "Then he waited for"),
        ("Q", "interviewer", "What was on the"),
        ("A", "respondent", "The names of the"),
        ("Q", "interviewer", "Were there other visits?"),
        ("A", "respondent", "One more, in the"),
    ]


def test_equations_in_an_answer_and_role_lines_without_one():
    """`Kim = K, Lee = L` in the first answer keys no labels; a header's `Interviewer:
    Lee Hana` lines with no `=` are the header's, and `Dr. Kim` in an answer stays words."""
    assert turns(LAYOUTS / "equated-near-miss-first-answer.txt") == [
        ("Interviewer", "interviewer", "Can you explain how"),
        ("Kim", "respondent", "They used letters. Kim"),
        ("Interviewer", "interviewer", "Why letters?"),
        ("Kim", "respondent", "If the police found"),
        ("Interviewer", "interviewer", "Did you ever see"),
        ("Kim", "respondent", "Yes. K = 300,"),
    ]
    assert turns(LAYOUTS / "header-role-lines-near-miss-no-equals.txt") == [
        ("(preamble)", "other", "Interview record, Seoul office"),
        ("(header)", "other", "Interviewer: Lee Hana Interpreter:"),
        ("Interviewer", "interviewer", "Thank you for coming."),
        ("Respondent", "respondent", "In Kimchaek, near the"),
        ("Interviewer", "interviewer", "When did you leave?"),
        ("Respondent", "respondent", "In 2011, in the"),
        ("Interviewer", "interviewer", "Did anyone help you?"),
        ("Respondent", "respondent", "A cousin. Dr. Kim"),
    ]


def test_a_titled_name_once_in_an_answer_and_sponsor_words_in_answers():
    assert turns(LAYOUTS / "initials-near-miss-titled-name-in-answer.txt") == [
        ("Interviewer", "interviewer", "Who treated you when"),
        ("Respondent", "respondent", "Dr. Kim Young-sook: that"),
        ("Interviewer", "interviewer", "Did you see her"),
        ("Respondent", "respondent", "Once, when my son"),
        ("Interviewer", "interviewer", "What did she tell"),
        ("Respondent", "respondent", "That he needed rest"),
    ]
    assert turns(LAYOUTS / "talkshow-near-miss-sponsor-words-in-answer.txt") == [
        ("HOST", "interviewer", "Welcome back. Before the"),
        ("GUEST", "respondent", "Yes. Everything there was"),
        ("HOST", "interviewer", "Everything?"),
        ("GUEST", "respondent", "The rice, the batteries,"),
        ("HOST", "interviewer", "And the credits at"),
        ("GUEST", "respondent", "We fast-forwarded. The closing"),
        ("HOST", "interviewer", "Thank you for joining"),
    ]
    t = parse_file(LAYOUTS / "talkshow-near-miss-sponsor-words-in-answer.txt", Config())
    assert "This programme is brought to you by the people" in t.turns[3].text
