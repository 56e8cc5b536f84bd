"""Transcripts that software exports as Word files: an editing suite's Timecode | Speaker |
Transcript table (blank Speaker cells going on with the turn above, a note above the table
and a credit under it), and Microsoft Teams' download (`Name   0:03` above each turn's
text, the same shape as its and Otter's plain text). Invented interviews; the Word files
are written here, the plain text one is tests/data/layouts/teams-name-time-lines.txt."""

from __future__ import annotations

from pathlib import Path

import docx

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import LAYOUTS, turns, word_tables

EDIT_ROWS = [("Timecode", "Speaker", "Transcript"),
             ("00:00:01:05", "Interviewer", "When did you first see a South Korean drama?"),
             ("00:00:04:18", "Yoo Min-seo", "In 2012. A neighbour lent us a USB stick."),
             ("00:00:09:02", "", "We watched it with the curtains shut and the sound low."),
             ("00:00:14:11", "Interviewer", "What happened if you were caught?"),
             ("00:00:17:20", "Yoo Min-seo", "You paid, or you went to the labour camp."),
             ("00:00:22:09", "", "My brother paid an inspector two hundred yuan once."),
             ("00:00:27:00", "Interpreter", "She means the inspectors of the 109 group."),
             ("00:00:30:14", "Interviewer", "Do you still watch them?"),
             ("00:00:32:03", "Yoo Min-seo", "Every evening, now without the curtains.")]


def test_an_editing_suites_timecode_speaker_table(tmp_path: Path):
    """The time code counts frames (`00:00:04:18`), so the column was no time column and
    the table was kept whole as context: no answer was coded. The note above and the credit
    under it were coded as the respondent's."""
    path = word_tables(tmp_path / "edit.docx", EDIT_ROWS,
                       before=("Export from the edit project, sequence 2. Times are approximate.",),
                       after=("Corrected by hand by the project team after automatic "
                              "transcription.",))
    got = turns(path)
    assert [(who, role) for who, role, _ in got if role != "other"] == [
        ("Interviewer", "interviewer"), ("Yoo Min-seo", "respondent"),
        ("Yoo Min-seo", "respondent"), ("Interviewer", "interviewer"),
        ("Yoo Min-seo", "respondent"), ("Yoo Min-seo", "respondent"),
        ("Interviewer", "interviewer"), ("Yoo Min-seo", "respondent")]
    said = {text: (who, role) for who, role, text in got}
    assert said["We watched it with the curtains shut and the sound low."] == (
        "Yoo Min-seo", "respondent")  # a blank Speaker cell goes on with the turn above
    assert said["She means the inspectors of the 109 group."] == ("Interpreter", "other")
    assert said["Export from the edit project, sequence 2. Times are approximate."][1] == "other"
    assert said["Corrected by hand by the project team after automatic transcription."] == (
        "(note)", "other")
    assert not any("00:00" in text for _, _, text in got)  # the time codes are no words
    t = parse_file(path, Config())
    assert [turn.time for turn in t.turns if turn.role == "interviewer"] == [
        "00:00:01:05", "00:00:14:11", "00:00:30:14"]


def test_in_and_out_columns_and_a_row_number_found_by_the_header(tmp_path: Path):
    """`No. | In | Out | Who | Utterance`: five columns, two of them times, were no
    transcript; the header names the speaker and the text columns. A labelled paragraph
    under the table is a turn of its own, not a note."""
    rows = [("No.", "In", "Out", "Who", "Utterance"),
            ("1", "00:00:02.10", "00:00:05.00", "Moderator", "Where did you cross the river?"),
            ("2", "00:00:05.40", "00:00:11.90", "Seo", "Near Musan, in winter, on the ice."),
            ("3", "00:00:12.00", "00:00:15.30", "", "A guard took our money and turned away."),
            ("4", "00:00:16.00", "00:00:18.20", "Moderator", "How much was it?"),
            ("5", "00:00:18.50", "00:00:21.00", "Seo", "Three thousand yuan for the two of us.")]
    path = word_tables(tmp_path / "five.docx", rows,
                       after=("Moderator: Thank you, we will stop here.",))
    assert [(who, role, text) for who, role, text in turns(path) if role != "other"] == [
        ("Moderator", "interviewer", "Where did you cross the river?"),
        ("Seo", "respondent", "Near Musan, in winter, on the ice."),
        ("Seo", "respondent", "A guard took our money and turned away."),
        ("Moderator", "interviewer", "How much was it?"),
        ("Seo", "respondent", "Three thousand yuan for the two of us."),
        ("Moderator", "interviewer", "Thank you, we will stop here.")]


def test_a_year_event_notes_table_in_a_testimony_stays_context(tmp_path: Path):
    """Negative: a timeline with a year column beside a labelled testimony is no transcript
    (kept as context, with the warning), and the paragraphs around it read as before."""
    rows = [("Year", "Event", "Notes"), ("2009", "Currency reform", "Savings lost overnight"),
            ("2011", "Father arrested", "Held by the security police"),
            ("2011", "Crossing", "Through Hyesan, at night"),
            ("2014", "Arrival in Seoul", "Hanawon for three months")]
    path = word_tables(tmp_path / "timeline.docx", rows,
                       before=("Interviewer: What happened after the currency reform?",
                               "Cha: We lost everything we had saved."),
                       after=("Interviewer: And your father?", "Cha: He never came back."))
    got = turns(path)
    assert [(who, role) for who, role, _ in got if role != "other"] == [
        ("Interviewer", "interviewer"), ("Cha", "respondent")] * 2
    assert {who for who, role, _ in got if role == "other"} == {"(table)"}
    assert any("table 1 (Year | Event | Notes) is not a Speaker | Text" in n.message
               for n in parse_file(path, Config()).notices)


TEAMS = [("Midterm check-in - Oh Ga-eun", None), ("June 2, 2023, 3:15PM", None),
         ("22m 40s", None), ("Lena Marsh started transcription", None),
         ("Lena Marsh   0:04", None), ("How did the market inspectors treat you?", "Lena Marsh"),
         ("Oh Ga-eun (External)   0:09", None),
         ("They came every Monday. You put a note under the rice sack for them.", "Oh Ga-eun"),
         ("Oh Ga-eun (External)   0:21", None),
         ("If you forgot, they found a reason to close the stall. I met Kim at 9:30",
          "Oh Ga-eun"),
         ("Lena Marsh   0:35", None), ("Mm-hmm.", "Lena Marsh"),
         ("Oh Ga-eun (External)   0:37", None), ("That was the price of a stall.", "Oh Ga-eun"),
         ("Lena Marsh   0:44", None), ("And who was Kim?", "Lena Marsh"),
         ("Oh Ga-eun (External)   0:47", None), ("The head inspector, a cousin of my aunt.",
                                                  "Oh Ga-eun"),
         ("Lena Marsh stopped transcription", None)]


def test_a_teams_transcript_downloaded_as_word(tmp_path: Path):
    """`Name   0:04` paragraphs were headings or words of the answer (with `(External)`),
    and roles went by `?`: the interviewer's `Mm-hmm.` was coded as testimony. An answer
    ending in a name and a time (`I met Kim at 9:30`) stays words of the answer; the
    started / stopped transcription lines are no one's."""
    d = docx.Document()
    for text, _ in TEAMS:
        d.add_paragraph(text)
    d.save(tmp_path / "teams.docx")
    got = turns(tmp_path / "teams.docx")
    speech = [(who, text) for who, role, text in got if role != "other"]
    assert speech == [(who, text) for text, who in TEAMS if who]
    assert {who: role for who, role, _ in got} == {
        "(heading)": "other", "(preamble)": "other", "(system)": "other",
        "Lena Marsh": "interviewer", "Oh Ga-eun": "respondent"}


def test_a_teams_guest_who_asks_is_the_interviewer(tmp_path: Path):
    """`(Guest)` says how the account joined, not who interviews: a researcher invited to
    the respondent's meeting asks, and is read as the interviewer."""
    d = docx.Document()
    for text in ("Dana Holt (Guest)   0:01", "Where did you work before you left?",
                 "Pak Ji-hoon   0:05", "At the port in Nampo, loading coal.",
                 "Dana Holt (Guest)   0:12", "Were you paid?",
                 "Pak Ji-hoon   0:14", "In rations, when there were any.",
                 "Dana Holt (Guest)   0:20", "What did you do when there were none?",
                 "Pak Ji-hoon   0:24", "We sold coal dust to the Chinese traders."):
        d.add_paragraph(text)
    d.save(tmp_path / "guest.docx")
    assert [(who, role) for who, role, _ in turns(tmp_path / "guest.docx")] == [
        ("Dana Holt", "interviewer"), ("Pak Ji-hoon", "respondent")] * 3


def test_teams_name_and_time_lines_in_plain_text():
    """The same shape saved as text (Teams, Otter): `Ri Sun-ok (Guest)   0:06` on its own
    line heads the turn; two entries of one speaker in a row are one turn."""
    got = turns(LAYOUTS / "teams-name-time-lines.txt")
    assert [(who, role) for who, role, _ in got if role != "other"] == [
        ("Hyun Dahl", "interviewer"), ("Ri Sun-ok", "respondent"),
        ("Hyun Dahl", "interviewer"), ("Ri Sun-ok", "respondent"), ("Ri Sun-ok", "respondent"),
        ("Hyun Dahl", "interviewer"), ("Ri Sun-ok", "respondent"),
        ("Hyun Dahl", "interviewer"), ("Ri Sun-ok", "respondent"), ("Hyun Dahl", "interviewer")]
    assert got[-1] == ("(system)", "other", "Hyun Dahl stopped transcription")
    assert ("Ri Sun-ok", "respondent", "In the end my uncle came from the next village with a "
            "bottle of liquor. I met him at the gate at 9:30 in the evening.") in got


def test_a_long_timecode_table_and_teams_file_read_once(tmp_path: Path):
    """A linear-time guard: 54 rows of a time code table, 300 Teams entries in text (1,800
    lines), read once (the rules are linear; no timing asserted)."""
    rows = [EDIT_ROWS[0], *(EDIT_ROWS[1:] * 6)]
    assert len(turns(word_tables(tmp_path / "long.docx", rows))) == 57
    teams = tmp_path / "long.txt"
    teams.write_text("".join(f"Lena Marsh   {n // 60}:{n % 60:02}\nWhat happened next?\n\n"
                             f"Oh Ga-eun (Guest)   {n // 60}:{n % 60:02}\nWe paid again.\n\n"
                             for n in range(150)), encoding="utf-8")
    assert len(turns(teams)) == 300
