"""Session 16's procedural record lines and printed-page furniture (eval17's asylum01,
print01, report03 and srt07 shapes, each on its own fixture in tests/data/layouts/ in other
words), with the documents that look alike and must read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_published_shapes import LAYOUTS
from tests.test_word_subtitles import messages, turns


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


def test_a_browsers_print_header_and_footer_are_left_out_and_the_sentence_rejoined():
    """A web page printed to PDF by Firefox (the title and the address cut short at the top
    of each page, `Page 1 of 3` and the date and time at the foot): read into the answers,
    one of them cut mid-sentence by the break (`which nobody` / `searched in those years.`).
    Now left out, said once, and the sentence joined again."""
    path = LAYOUTS / "print-firefox-pages.txt"
    rows = turns(path)
    said = [t for _, r, t in rows if r == "respondent"]
    assert len(said) == 3 and not any("Page" in t or "http" in t or "09:31" in t for t in said)
    assert said[1].endswith("in his school bag, which nobody searched in those years.")
    assert [r for _, r, _ in rows].count("interviewer") == 3
    assert messages(path)[0].startswith(
        "1: 6 lines of the browser's print header and footer (date, title, address, page of "
        "pages: 'Crossing the Tumen in winter | Northern Light Review https://")


def test_dates_addresses_and_pages_said_in_answers_stay_the_answer():
    """A date and time opening a wrapped line of an answer (a phone message read out), an
    address and `1/3` in an answer's sentences, `Page 1 of 3 of my diary`: no browser
    printed them (no line of nothing but address, page of pages and date), as before."""
    path = LAYOUTS / "print-dates-in-answers.txt"
    said = [t for _, r, t in turns(path) if r == "respondent"]
    assert "it said 3/12/24, 10:14 AM Sister: the broker is ready" in said[0]
    assert "https://dailynk.example/articles/river-crossing 2019" in said[1]
    assert said[1].endswith("I only understood 1/3 of it because of the English.")
    assert said[2] == "Page 1 of 3 of my diary is about that night."
    assert messages(path) == []


_PAGE_BREAK = """{header}
Interviewer: What did you carry?
Respondent: Two bags of dried squid and a memory card sewn into my
{footer}
{header}
coat lining. The soldier at the post took one bag.
Interviewer: And the card?
Respondent: He never found it.
{last}
"""


@pytest.mark.parametrize(("footer", "header", "last"), [
    # Chrome / Edge: the address and the page of pages; the date, time and title
    ("https://ngo.example/stories/squid-and-a-card/ 1/2",
     "12/03/2024, 14:02 Story: Squid and a card – Free Voices", "https://ngo.example/stories/"
     "squid-and-a-card/ 2/2"),
    # the address cut short, a US date
    ("https://ngo.example/stories/squid-and-a-... 1/2",
     "3/12/24, 2:02 PM Story: Squid and a card – Free Voices",
     "https://ngo.example/stories/squid-and-a-... 2/2"),
    # Safari: the address and `Page 1 of 2`; the title and the date
    ("https://ngo.example/stories/squid-and-a-card/    Page 1 of 2",
     "Story: Squid and a card – Free Voices    12 March 2024 at 14:02",
     "https://ngo.example/stories/squid-and-a-card/    Page 2 of 2"),
])
def test_browser_print_shapes(tmp_path: Path, footer: str, header: str, last: str) -> None:
    path = tmp_path / "printed.txt"
    path.write_text(_PAGE_BREAK.format(footer=footer, header=header, last=last),
                    encoding="utf-8")
    rows = turns(path)
    assert [(s, r) for s, r, _ in rows] == [("Interviewer", "interviewer"),
                                            ("Respondent", "respondent")] * 2
    assert rows[1][2] == ("Two bags of dried squid and a memory card sewn into my coat "
                          "lining. The soldier at the post took one bag.")
    assert rows[3][2] == "He never found it."


def test_an_archives_download_stamp_is_left_out_and_ligatures_are_letters():
    """A journal appendix downloaded from an archive: a publisher's stamp (`Downloaded from
    https://... by guest on 12 March 2024`) and the running header beside it cut an answer
    mid-sentence; another stamp (`Downloaded by [University ...] at 10:14 12 March 2024`)
    closes the last page; the PDF's ligatures (`ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`) stayed in the text, so
    `official` or `flour` matched nothing."""
    path = LAYOUTS / "archive-stamp-ligatures.txt"
    rows = turns(path)
    said = [t for _, r, t in rows if r == "respondent"]
    assert said == [
        "Driving fish and coal to the border and bringing back flour and cooking oil. The "
        "official papers said one load, but we always carried more, and the staff at every "
        "checkpoint knew. You paid each checkpoint in cigarettes or in cash, and if you paid "
        "too little they unloaded everything and you lost a day.",
        "Once, a young soldier who was new. His officer came out and took it instead."]
    assert [s for s, r, _ in rows if r == "respondent"] == ["Kang", "Kang"]
    assert messages(path) == [
        "4: 6 typeset ligatures (`ﬁ`, `ﬂ`...: text copied from a PDF) read as the letters "
        "they join, so that words match the codebook's",
        "9: 3 lines of an archive's download stamp and the page's running header beside it "
        "('Downloaded from https://academic.example.org/rtq/article/8/1/45/6120 by guest on "
        "12 March 2024') are left out of the text (the first on this line)"]


def test_downloading_said_in_an_answer_stays_the_answer():
    """A wrapped answer line opening `Downloaded from a Chinese server on 3 May 2016` (no
    address, no archive) and `All use subject to the terms the broker set.` (no archive's
    terms): the answer's words, as before."""
    path = LAYOUTS / "archive-download-said.txt"
    said = [t for _, r, t in turns(path) if r == "respondent"]
    assert said[0].endswith("said they were Downloaded from a Chinese server on 3 May 2016, "
                            "so they were very new.")
    assert said[1].startswith("All use subject to the terms the broker set.")
    assert messages(path) == []


def test_translators_note_cues_are_context_to_their_end():
    """A documentary's subtitles with the translator's notes as cues of their own (`TN:
    ...`, `(TL note: ...` over two lines, `Subtitler's note - ...`): the first was read
    into the answer, the second cut at its line break (its second line opened an answer
    turn). Each cue is context to its end; the answer goes on after it."""
    rows = turns(LAYOUTS / "srt-translator-notes.srt")
    assert [(s, r, t.split()[0]) for s, r, t in rows] == [
        ("Q", "interviewer", "What"), ("A", "respondent", "My"),
        ("(translator's note)", "other", "TN:"), ("(translator's note)", "other", "in"),
        ("A", "respondent", "Everyone"), ("Q", "interviewer", "Did"),
        ("A", "respondent", "My"), ("(translator's note)", "other", "(TL"),
        ("(translator's note)", "other", "is"), ("(translator's note)", "other", "Subtitler's"),
        ("A", "respondent", "Afterwards")]


def test_a_speaker_with_the_initials_tn_and_notes_said_in_answers_stay_speech():
    """`TN:` labelling a person who asks (the initials of a name), `The translator's note
    on my papers...` and `Note how cold it was.` inside an answer: speech, as before."""
    rows = turns(LAYOUTS / "srt-tn-speaker.srt")
    assert [(s, r) for s, r, _ in rows] == [("TN", "interviewer"), ("SK", "respondent")] * 2
    assert rows[3][2] == ("A broker my aunt knew. The translator's note on my papers later "
                          "said I came alone. Note how cold it was. My feet were black.")
