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

