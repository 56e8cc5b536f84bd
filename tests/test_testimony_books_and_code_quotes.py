"""Session 18's reading of a book of testimonies (chapters.py: eval24's book03) and of a
paper quoting participants inline by code (codequotes.py: eval24's paper01), each in a
wording of its own and with near misses that must read as before. Invented texts in
tests/data/layouts/."""

from __future__ import annotations

import contextlib

from qcode.config import Config
from qcode.errors import QcodeError
from qcode.ingest import parse_file
from tests.test_word_subtitles import LAYOUTS


def read(name: str) -> list[tuple[str, str, str]]:
    """(role, speaker, start of text) of each turn."""
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.role, turn.speaker, turn.text[:30]) for turn in t.turns]


def test_a_book_of_testimonies_gives_each_account_its_narrator():
    """`Chapter One: The Carpenter`, the editor's `Ri Song-chol, 67, spent...` (third
    person, `our sessions`), then his account; a rhetorical question inside it is his."""
    assert read("book-testimonies-two-narrators.txt") == [
        ("other", "(front matter)", "Voices from the North: An Anth"),
        ("other", "(credit)", "Compiled by the Seoul Testimon"),
        ("other", "(heading)", "Chapter One: The Carpenter"),
        ("other", "(introduction)", "Ri Song-chol, 67, spent thirty"),
        ("respondent", "Ri Song-chol", "I built houses in Musan county"),
        ("respondent", "Ri Song-chol", "When the rations stopped, I ma"),
        ("other", "(heading)", "Chapter Two: The Teacher"),
        ("other", "(introduction)", "Kang Mi-ok, 45, taught mathema"),
        ("respondent", "Kang Mi-ok", "I taught forty children in a r"),
        ("respondent", "Kang Mi-ok", "My son was nine when we crosse"),
    ]


def test_a_memoirs_chapters_are_no_book_of_testimonies():
    """A memoir's chapter opening `Father was a carpenter. He...` presents no narrator: one
    person's testimony, read as before (no introductions, no second speaker)."""
    got = read("memoir-chapters-father.txt")
    assert {who for role, who, _ in got if role == "respondent"} == {"Respondent"}
    assert not any(who == "(introduction)" for _, who, _ in got)


def test_interviews_under_headings_with_introductions_stay_interviews():
    """Introductions above each interview, but questions asked: not a book of accounts."""
    got = read("interviews-with-intros-asked.txt")
    assert [role for role, _, _ in got].count("interviewer") == 2
    assert not any(who == "(introduction)" for _, who, _ in got)


def test_a_paper_quoting_participants_by_code_in_its_sentences():
    """`R2 (man, 60s, Hyesan) recalled: “...”`, `‘...’ (R5)`, `‘...’ (Participant 6)`
    are theirs; `the “greeting”` and `(R1, R4)` stay the authors'."""
    assert read("paper-inline-codes-recalled.txt") == [
        ("other", "(report)", "Asian Journal of Resettlement "),
        ("respondent", "R2", "The permit office had a price "),
        ("other", "(report)", "Others spoke of the “greeting”"),
        ("respondent", "R5", "The inspector took the permit,"),
        ("other", "(report)", "(R5). The permit itself, sever"),
        ("respondent", "Participant 6", "Paper is only paper when nobod"),
        ("other", "(report)", "(Participant 6).\n\nSummary\n\nPay"),
    ]


def test_a_personal_essay_quoting_codes_stays_one_testimony():
    """An escapee's own essay that quotes `P3` and `(P5)`: its prose says `I`, so the
    quotations stay in her testimony."""
    got = read("paper-codes-personal-essay.txt")
    assert [who for role, who, _ in got if role == "respondent"] == ["Respondent"]


def test_hostile_lines_of_both_shapes_are_read_or_refused_cleanly(tmp_path):
    """A 20k-character line of quotation marks and codes, and a 5k-line book: read, or
    refused with qcode's own error, never a crash (both read in well under a second by
    hand; no time is asserted: benchmarks measure speed)."""
    line = ("P3 (a, b) said: 'x " + "' (P" * 3000)[:20000]
    paper = tmp_path / "hostile-paper.txt"
    paper.write_text("Results\n\n" + line + "\n\n" + line + "\n", encoding="utf-8")
    book = tmp_path / "hostile-book.txt"
    chapter = ("Title\n\nKim Ok, 5, was. She said her she.\n\n"
               "I was there and my mother too.\n\n")
    book.write_text(chapter * 800, encoding="utf-8")
    for path in (paper, book):
        with contextlib.suppress(QcodeError):  # a refusal is fine
            parse_file(path, Config())
