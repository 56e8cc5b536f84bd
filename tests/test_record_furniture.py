"""Session 16's procedural record lines and printed-page furniture (eval17's asylum01,
print01, report03 and srt07 shapes, each on its own fixture in tests/data/layouts/ in other
words), with the documents that look alike and must read as before."""

from __future__ import annotations

from tests.test_published_shapes import LAYOUTS
from tests.test_word_subtitles import turns


def test_an_interview_records_notes_breaks_and_close_are_context():
    """A refugee status interview record: the interpreter's note and the officer's bracketed
    note of what was shown, each hard-wrapped over two lines between answers, the interview
    suspended and resumed, and its close (`Interview concluded at 11:15. The notes were read
    back...`, two lines) were read into the answers above them."""
    rows = turns(LAYOUTS / "record-refugee-interview.txt")
    said = [t for _, r, t in rows if r == "respondent"]
    assert said == [
        "Yes, I can hear.",
        "In Hoeryong. I had a stall at the market selling shoes that came across from China. "
        "I paid the market manager every week so that nobody asked where they came from.",
        "A woman in Sanhe sent them over the river with a smuggler. We spoke on a Chinese "
        "phone. If the 109 group had found the phone I would have gone to a labour camp.",
        "After my friend was arrested for selling memory cards with dramas on them.",
        "The smuggler took me to a house in Yanji. I stayed inside for three months.",
        "No."]
    context = [(s, t.split()[0]) for s, r, t in rows if r == "other"]
    assert context[-8:] == [
        ("(note)", "(Interpreter's"), ("(note)", "has"), ("(note)", "[The"),
        ("(note)", "Hoeryong.]"), ("(procedure)", "Interview"), ("(procedure)", "Interview"),
        ("(end)", "Interview"), ("(after interview)", "and")]
    assert [r for _, r, _ in rows].count("interviewer") == 6


def test_an_answers_own_asides_breaks_and_end_times_stay_the_answer():
    """An answer that mentions `a break at 11:05` and `the end time` in its sentences, a
    respondent's own aside in brackets on a line of its own (`(I never told my mother...)`),
    a bracket inside a wrapped sentence (`(the officer from our street...)`) and an aside
    about an interpreter in the first person (`(The interpreter at Hanawon later helped me
    ...)`): the answers' words, as before."""
    rows = turns(LAYOUTS / "record-asides-and-breaks.txt")
    assert [r for _, r, _ in rows] == ["other", *["interviewer", "respondent"] * 3]
    said = [t for _, r, t in rows if r == "respondent"]
    assert said[0].endswith("walked round then. (I never told my mother where the stick "
                            "came from.)")
    assert "(the officer from our street, who knew my father)" in said[1]
    assert said[1].endswith("(The interpreter at Hanawon later helped me write to that "
                            "officer's daughter.)")
    assert said[2].startswith("In the spring. Break time") and said[2].endswith("river.")
