"""Session 14's page furniture and quoted speech (eval15's pdf05, news06 and journal01 shapes,
each on its own fixture in tests/data/layouts/ in other words), with the documents that look
alike and must read as before."""

from __future__ import annotations

from tests.test_published_shapes import LAYOUTS
from tests.test_word_subtitles import messages, turns


def test_a_running_footer_with_its_page_of_pages_glued_to_an_answer():
    """A PDF's running footer (`Crossing Lines: Trade and Fear     Page 1 of 2`, or the
    page first) right under an answer's last line, no blank line between, was read as the
    answer's last words: a title and `Page n of m` set apart by a wide space is the page's,
    wherever it sits."""
    path = LAYOUTS / "pdf-footer-glued.txt"
    rows = turns(path)
    said = " ".join(t for _, r, t in rows if r == "respondent")
    assert "Crossing Lines" not in said and "Page" not in said
    assert [t for s, r, t in rows if r == "respondent"][1:] == [
        "The head of the inminban knew everything. She had a radio that was not sealed, so "
        "we understood each other.",
        "When my daughter was sent down from school for watching a drama on a classmate's "
        "notel. The school wanted rice to take her back, and we had no rice left to give."]
    assert messages(path)[0] == (
        "17: 2 running header lines ('Crossing Lines: Trade and Fear Page 1 of 2'), with "
        "their page numbers, are left out of the text (the first on this line)")


def test_page_of_a_letter_in_an_answer_is_the_answer():
    """`page 3 of the letter said`, `on page 3 of 3 that I learned` and a line opening `Page 3
    of the letter I burned.` are the answer's words: no wide space sets a title apart."""
    path = LAYOUTS / "page-of-letter-answer.txt"
    answer = next(t for _, r, t in turns(path) if r == "respondent")
    assert "page 3 of the letter said" in answer and "on page 3 of 3 that I" in answer
    assert answer.endswith("Page 3 of the letter I burned.")
    assert not [m for m in messages(path) if "running header" in m or "page number" in m]


def _roles(path: str) -> list[tuple[str, str]]:
    """(role, first four words) of each paragraph that is speech."""
    return [(r, " ".join(t.split()[:4])) for _, r, t in turns(LAYOUTS / path) if r != "other"]


def test_an_unlabelled_answer_that_tells_a_question_is_the_answer():
    """An unlabelled news Q&A: an answer paragraph ending in a question someone in her story
    shouted (`held it up to my husband and shouted, "Who watches this...?"`) and one ending
    in her own question after what she tells (`I asked myself, how long...?`) were read as
    the interviewer's (never coded); the author box (`X writes about North Korea for The
    Eastern Courier.`) was the last answer's."""
    path = "news-told-questions.txt"
    assert _roles(path) == [
        ("interviewer", "What did you sell,"), ("respondent", "Bean paste, mostly, and"),
        ("interviewer", "How often did the"), ("respondent", "Every week, sometimes twice."),
        ("interviewer", "Tell us about the"), ("respondent", "It was a Sunday."),
        ("respondent", "The younger one found"), ("respondent", "Nobody answered. In the"),
        ("interviewer", "Did you think about"), ("respondent", "Not yet. We still"),
        ("respondent", "After the search the"),
        ("interviewer", "Was the river crossing"), ("respondent", "Colder. The broker said")]
    assert ("(author)", "other", "Oren Maddalena writes about North Korea for The Eastern "
            "Courier.") in turns(LAYOUTS / path)
    assert messages(LAYOUTS / path)[-1] == (
        "18: 2 paragraphs ending in '?' are read as the answer's, not the interviewer's "
        "(the first on this line): the question is quoted and given to someone in the "
        "speaker's story, or is the speaker's own after what they tell; if one is the "
        "interviewer's, label the turns (e.g. `Q:` / `A:`)")


def test_questions_the_interviewer_quotes_or_relays_stay_hers():
    """What must not move: an answer quoting an official's question and then answering it
    stays one answer; a question the interviewer relays from a reader (`One reader asked,
    "...?"`) or quotes from the respondent's notebook before asking stays the interviewer's;
    an indented song inside an answer stays the answer's."""
    assert _roles("news-question-quoted-then-answered.txt") == [
        ("interviewer", "Where did you work"), ("respondent", "At a shoe factory"),
        ("interviewer", "Did anyone ever stop"), ("respondent", "Many times. At the"),
        ("interviewer", "Readers have written to"), ("respondent", "No. If you do"),
        ("interviewer", "You wrote in your"), ("respondent", "At my parents at"),
        ("respondent", "Outside the factory there"), ("respondent", "We will follow you"),
        ("respondent", "the sun over Paektu"), ("respondent", "I can still sing"),
        ("interviewer", "What did you sing"), ("respondent", "Nothing. I was too")]
    assert not [m for m in messages(LAYOUTS / "news-question-quoted-then-answered.txt")
                if "read as the answer's" in m]


def test_excerpts_with_the_attribution_under_them_are_the_participants():
    """A qualitative article's indented excerpts with the participant named on the line
    under them (`(R4, man, 60s, ...)`, `[R11, ...]`, `(R11)`) were the narrative's, and
    the narrative after a `Q:` / `R11:` exchange was R11's: each excerpt is now its
    participant's (one of two paragraphs), the exchange's `Q:` lines the interviewer's, and
    the narrative, the attributions and an indented slogan no attribution follows are
    context."""
    path = LAYOUTS / "journal-attributed-excerpts.txt"
    rows = turns(path)
    assert [(s, r, " ".join(t.split()[:4])) for s, r, t in rows if r != "other"] == [
        ("R4", "respondent", "A permit to the"),
        ("R11", "respondent", "Everyone in the carriage"),
        ("R11", "respondent", "On a long journey"),
        ("Q", "interviewer", "Did you ever think"), ("R11", "respondent", "Every day. But thinking"),
        ("Q", "interviewer", "And later?"), ("R11", "respondent", "Later my daughter sent")]
    assert ("(attribution)", "other", "(R4, man, 60s, Chongjin, left 2011)") in rows
    assert ("(report)", "other", "Let us travel for the motherland!") in rows
    assert messages(path) == [
        "16: read as an article quoting participants: 3 indented excerpts, each given to the "
        "participant named on the line under it (R4, R11), are the speech; the text around "
        "them is context; if that is wrong, label the turns"]


def test_an_indented_song_in_a_labelled_answer_stays_the_answer():
    """An interview's indented song lines, no attribution under them, are the answer's."""
    rows = turns(LAYOUTS / "interview-indented-song.txt")
    assert [(s, r, " ".join(t.split()[:4])) for s, r, t in rows if r != "other"] == [
        ("Interviewer", "interviewer", "What did the children"),
        ("Mrs. Paek", "respondent", "Songs about the general,"),
        ("Mrs. Paek", "respondent", "Our general walks through"),
        ("Mrs. Paek", "respondent", "He sang it as"),
        ("Interviewer", "interviewer", "Did you ever hear"),
        ("Mrs. Paek", "respondent", "Once, on a memory"),
        ("Mrs. Paek", "respondent", "The night is long,"),
        ("Mrs. Paek", "respondent", "That line I still")]
