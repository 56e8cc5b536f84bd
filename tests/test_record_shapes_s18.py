"""Records and reports around an interview (session 18, eval24's docx31, hrdb01, panel02 and
newsletter01): an NGO record's credit line with place and date fields, its cover page's
described interviewee, a typed table of contents and the next numbered section after the
interview; a panel's `Chair:` / `Moderator:` header line; a database record's fields after
the statement; the editors' thanks to the speaker after the last answer. And the near
misses (a turn opening with a name and a title, a label's value in brackets, counts after
tabs, a speaker heard once at the end, a respondent thanking someone) that read as before.
Fixtures in tests/data/layouts/."""

from __future__ import annotations

import contextlib
from pathlib import Path

from qcode.config import Config
from qcode.errors import QcodeError
from qcode.ingest import parse_file
from tests.test_markup_shapes_s18 import text_of, turns


def test_ngo_record_reads_only_the_interview_section():
    assert turns("ngo-record-numbered-sections.txt") == [
        ("Intro", "other", "Harbourlight Human Rights Office"),
        ("(header)", "other", "Interviewee: Mr. J (male,"),
        ("Intro", "other", "Classification: restricted"),
        ("(heading)", "other", "Contents"),
        ("(contents)", "other", "1. Informed consent .........."),
        ("(heading)", "other", "1. Informed consent"),
        ("Intro", "other", "The aims of the"),
        ("(heading)", "other", "2. The interview"),
        ("(credit)", "other", "Interviewer: Anna Reyes. Translator:"),
        ("Interviewer", "interviewer", "1. What work did"),
        ("Respondent", "respondent", "I drove a truck"),
        ("Interviewer", "interviewer", "2. Who took a"),
        ("Respondent", "respondent", "The checkpoint soldiers, the"),
        ("Interviewer", "interviewer", "3. When did you"),
        ("Respondent", "respondent", "In 2008, at a"),
        ("Interviewer", "interviewer", "4. Why did you"),
        ("Respondent", "respondent", "A friend was arrested"),
        ("(heading)", "other", "3. Assessment"),
        ("(after interview)", "other", "The witness was calm"),
    ]
    said = text_of("ngo-record-numbered-sections.txt", "respondent")
    assert "forestry office" in said and "give my name" in said
    for clutter in ("male, 50s", "restricted", "aims of the project", "Busan", "calm"):
        assert clutter not in said


def test_a_turn_naming_someone_and_a_value_in_brackets_stay_turns():
    assert turns("record-like-labelled-transcript.txt") == [
        ("(interview heading)", "other", "Interview 7, Busan, 5"),
        ("Interviewer", "interviewer", "Mr. Jang, welcome back."),
        ("Mr. Jang", "respondent", "Yes. The soldiers at"),
        ("Interviewer", "interviewer", "Interviewee: that is how"),
        ("Mr. Jang", "respondent", "Fine. Call me what"),
        ("Interviewer", "interviewer", "And the inspector?"),
        ("Mr. Jang", "respondent", "Kim (laughs) I mean"),
    ]


def test_counts_after_tabs_in_an_answer_are_no_contents():
    assert turns("contents-like-counts.txt") == [
        ("Interviewer", "interviewer", "What did a family"),
        ("Mrs. Pak", "respondent", "I wrote it down"),
        ("Interviewer", "interviewer", "Was that enough?"),
        ("Mrs. Pak", "respondent", "Never. We sold the"),
    ]
    assert "Rice 30" in " ".join(text_of("contents-like-counts.txt", "respondent").split())


def test_panel_moderator_header_line_is_a_credit_not_a_turn():
    assert turns("panel-moderator-header.txt") == [
        ("(preamble)", "other", "HUMAN RIGHTS WEEK 2023"),
        ("(credit)", "other", "Moderator: Dr. Hana Lindgren,"),
        ("MODERATOR", "interviewer", "Welcome, everyone. Mr. Kwon,"),
        ("MR. KWON", "respondent", "I sold batteries in"),
        ("MODERATOR", "interviewer", "Ms. Seo, and you?"),
        ("MS. SEO", "respondent", "I was a student."),
        ("MODERATOR", "interviewer", "Thank you both."),
    ]


def test_chair_greeting_someone_by_title_is_the_chairs_turn():
    assert turns("panel-chair-first-turn.txt") == [
        ("(heading)", "other", "Panel transcript, morning session"),
        ("CHAIR", "interviewer", "Dr. Lindgren, welcome to"),
        ("MR. KWON", "respondent", "Yes. The market was"),
        ("CHAIR", "interviewer", "Who did you pay?"),
        ("MR. KWON", "respondent", "The market manager, every"),
    ]


def test_record_fields_after_the_statement_are_context():
    assert turns("record-export-fields-after.txt") == [
        ("(heading)", "other", "RIVERWATCH CASE DATABASE -"),
        ("(header)", "other", "Case: RW-2021-0088 Victim: Witness"),
        ("Intro", "other", "Account:"),
        ("Interviewer", "interviewer", "What happened at the"),
        ("Respondent", "respondent", "They stopped the truck"),
        ("Interviewer", "interviewer", "Did it happen again?"),
        ("Respondent", "respondent", "Twice more. The second"),
        ("(header)", "other", "Analyst notes: Account matches"),
        ("(end)", "other", "*** END OF RECORD"),
    ]
    said = text_of("record-export-fields-after.txt", "respondent")
    assert "police cells" in said and "Analyst" not in said and "RW-2020" not in said


def test_a_speaker_heard_once_at_the_end_of_a_record_is_no_field():
    # `Mrs. Ro:` recurs, so the lines after the last question are turns, not record fields
    # (`Her daughter:`, heard once, is read into the turn before it, as before)
    assert turns("record-export-turns-after.txt") == [
        ("(header)", "other", "Record ID: RW-2021-0090 Interviewee:"),
        ("Interviewer", "interviewer", "What do you remember"),
        ("Mrs. Ro", "respondent", "We crossed it at"),
        ("Interviewer", "interviewer", "Is there anything else?"),
        ("Mrs. Ro", "respondent", "Ah yes. He took"),
    ]


def test_editors_thanks_to_the_speaker_is_not_her_answer():
    assert turns("newsletter-editors-thanks.txt")[-3:] == [
        ("Respondent", "respondent", "My sister, and the"),
        ("(about the speaker)", "other", "Our sincere thanks to"),
        ("(after interview)", "other", "To support our work,"),
    ]
    assert "sincere thanks" not in text_of("newsletter-editors-thanks.txt", "respondent")


def test_a_respondent_thanking_someone_else_keeps_her_words():
    assert turns("newsletter-respondent-thanks.txt")[-1] == (
        "Respondent", "respondent", "We thank the pastor")


def _quick(tmp_path: Path, name: str, text: str) -> None:
    """Read or refused with qcode's own error, never a crash (each well under a second by
    hand; no time is asserted: benchmarks measure speed)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(QcodeError):  # a refusal is an answer too
        parse_file(path, Config())


def test_hostile_lines_of_these_shapes_are_read_or_refused_cleanly(tmp_path: Path):
    long = 20_000
    _quick(tmp_path, "a.txt", "Interviewer: Daniel Moreau. Place: " + "a " * long + "\n")
    _quick(tmp_path, "b.txt", "Interviewee: Ms. K (" + "female, " * (long // 8) + "\n")
    _quick(tmp_path, "c.txt", "1. Consent" + " ." * long + "x\n")
    _quick(tmp_path, "d.txt", "Moderator: Dr. Hana Lindgren," + " Centre" * (long // 7) + "\n")
    _quick(tmp_path, "e.txt", "Record: 1\nVictim: A\nInterviewer: B\n\nWhat?\n\nNo.\n\n"
           + "Linked records: x\n\n" * 5000)
    _quick(tmp_path, "f.txt", "Contents\n" + "".join(f"{i}. Part\t{i}\n" for i in range(5000)))
    _quick(tmp_path, "g.txt", "With Mr. Bae.\n\nWhy?\n\nYes.\n\n" + "We thank Mr. Bae " * 1200)
