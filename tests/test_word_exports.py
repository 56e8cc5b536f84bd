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
from tests.test_word_subtitles import LAYOUTS, messages, turns, word_tables

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


TRANSCRIBED = [("Speaker 1", "Can you hear me? Good. When did you start trading at the market?"),
               ("Speaker 2", "In 2004, after the factory stopped paying. I sold noodles first."),
               ("Speaker 1", "Did you have to pay anyone to keep the stall?"),
               ("Speaker 2", "The market manager, every month, and the inspector as well."),
               ("Speaker 1", "Mm-hmm."),
               ("Speaker 2", "Later I sold DVDs under the counter. That paid better."),
               ("Speaker 1", "Okay, I think we can stop there for today.")]


def _transcribed(path: Path, label: str, broken: bool, note: str = "") -> Path:
    """Word's Transcribe output in a document: `label` (formatted with the speaker and the
    time) above each block, as a paragraph of its own or before a line break."""
    d = docx.Document()
    d.add_paragraph("Recording_0316.m4a")
    if note:
        d.add_paragraph(note)
    for k, (who, text) in enumerate(TRANSCRIBED):
        head = label.format(who=who, t=f"0:{7 * k:02}", hms=f"00:00:{7 * k:02}")
        if broken:
            p = d.add_paragraph()
            p.add_run(head).add_break()
            p.add_run(text)
        else:
            d.add_paragraph(head)
            d.add_paragraph(text)
    d.save(path)
    return path


def test_word_transcribe_time_and_speaker_above_each_block(tmp_path: Path):
    """`00:00:03 Speaker 1` above each block (Word's Transcribe inserted into a document),
    in a paragraph of its own or before a line break in the block's paragraph, and the
    name-then-time variants: the labels, never words of the turn (they were a heading, or
    `Speaker 2 In 2004...` opening an answer); who asks read from the questions, so
    `Mm-hmm.` and the closing line are the interviewer's, not coded."""
    want = [("Speaker 1", "interviewer"), ("Speaker 2", "respondent")] * 3 + [
        ("Speaker 1", "interviewer")]
    for n, label in enumerate(("{hms} {who}", "{who} {hms}", "{who}  {t}")):
        for broken in (False, True):
            got = turns(_transcribed(tmp_path / f"t{n}{broken}.docx", label, broken))
            assert got[0] == ("(heading)", "other", "Recording_0316.m4a")
            assert [(who, role) for who, role, _ in got[1:]] == want, (label, broken)
            assert [text for _, _, text in got[1:]] == [text for _, text in TRANSCRIBED]
    t = parse_file(tmp_path / "t0True.docx", Config())
    assert [turn.time for turn in t.turns][1:3] == ["00:00:00", "00:00:07"]


def test_a_note_saying_who_each_speaker_is(tmp_path: Path):
    """The checker's note above the transcript (`Speaker 1 = interviewer, Speaker 2 =
    participant, Speaker 3 = interpreter.`) is a speaker key: the interpreter's one
    correction is context, not a second respondent's answer."""
    path = tmp_path / "key.docx"
    d = docx.Document()
    d.add_paragraph("Checked by the project team. Speaker 1 = interviewer, Speaker 2 = "
                    "participant, Speaker 3 = interpreter.")
    for stamp, who, text in (("00:00:02", 1, "Who collected the fee at the market?"),
                             ("00:00:06", 2, "The manager's man, and the safety agent too."),
                             ("00:00:14", 3, "She said the security agent, sorry."),
                             ("00:00:17", 2, "Yes, security. He came on Tuesdays."),
                             ("00:00:23", 1, "What did he take?")):
        d.add_paragraph(f"{stamp} Speaker {who}")
        d.add_paragraph(text)
    d.save(path)
    assert [(who, role) for who, role, _ in turns(path)] == [
        ("(preamble)", "other"), ("Speaker 1", "interviewer"), ("Speaker 2", "respondent"),
        ("Speaker 3", "other"), ("Speaker 2", "respondent"), ("Speaker 1", "interviewer")]


def test_word_transcribe_saved_as_text_with_a_key_and_a_renamed_speaker():
    """The same shape in text, one voice renamed (`00:00:01 Hana Seo`) and the key a line
    of `Label = role` pairs: Hana Seo asks, Speaker 3 interprets (context)."""
    got = turns(LAYOUTS / "word-transcribe-stamps.txt")
    hana, second = ("Hana Seo", "interviewer"), ("Speaker 2", "respondent")
    assert [(who, role) for who, role, _ in got if role != "other"] == [
        hana, second, hana, second, second, hana, second, hana]
    assert ("Speaker 3", "other", "She means a fee to the market office, not a state tax.") \
        in got
    assert not any(text.startswith(("Speaker", "Hana", "00:")) for who, _, text in got
                   if who != "(preamble)")


def test_times_and_places_in_an_answer_are_no_transcribe_labels():
    """A train's times in an answer (`04:10:00 Hyesan` / `19:45:00 Kilju`, each once) stay
    the answer's (as before: the times are taken as the line's time stamps); a note's `USD
    = 8,000 won` names no label and is no key."""
    path = LAYOUTS / "word-transcribe-times-in-answer.txt"
    got = turns(path)
    assert [(who, role) for who, role, _ in got] == [
        ("(note)", "other"), ("Q", "interviewer"), ("A", "respondent"), ("Q", "interviewer"),
        ("A", "respondent")]
    assert "Hyesan Kilju After Kilju the power was cut" in got[2][2]
    assert messages(path) == []
