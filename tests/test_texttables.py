"""Transcript tables set as plain text (texttables.py): tab-separated exports of
qualitative-analysis software found by their header in any column order, a pipe table
without Markdown's `|---|` line, a film's dialogue list in fixed columns; and the
look-alikes that must read as before (a tab-separated table of data, an answer with an
aligned list). Invented interviews in tests/data/layouts/, and Word tables of a dialogue
list written here."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import turns, word_tables

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def read(path: Path) -> list[tuple[str, str, str]]:
    """(role, speaker, first four words) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, " ".join(p.text.split()[:4]))
            for turn in t.turns for p in turn.paragraphs]


def speech(path: Path) -> list[tuple[str, str, str]]:
    return [row for row in read(path) if row[0] != "other"]


def test_speaker_text_tab_export_with_continuation_and_sound_rows():
    """`Speaker<TAB>Text` (CRLF): a row with no speaker is a paragraph of the turn above,
    a row that is only `[crosstalk]` context, the header a heading."""
    rows = read(LAYOUTS / "export-speaker-text-tabs.txt")
    assert ("other", "(heading)", "Speaker Text") in rows
    assert speech(LAYOUTS / "export-speaker-text-tabs.txt") == [
        ("interviewer", "Interviewer", "Where did the dramas"),
        ("respondent", "Jeon", "From the traders who"),
        ("respondent", "Jeon", "My cousin kept ours"),
        ("interviewer", "Interviewer", "Who watched with you?"),
        ("respondent", "Jeon", "Everyone on our street,"),  # `[laughs]` opening it: no words
        ("interviewer", "Interviewer", "Were you ever caught?"),
        ("respondent", "Jeon", "Once. The 109 group"),
        ("interviewer", "Interviewer", "Thank you. We can")]
    assert ("other", "(sound)", "[crosstalk]") in rows


def test_timestamp_speaker_transcript_tabs_with_blank_lines_between_rows():
    path = LAYOUTS / "export-timestamp-speaker-tabs.txt"
    assert speech(path) == [
        ("interviewer", "INT", "You said the bribes"),
        ("respondent", "Moon Ji-ho", "Before, a pack of"),
        ("respondent", "Moon Ji-ho", "So you paid and"),
        ("interviewer", "INT", "And you kept travelling?"),
        ("respondent", "Moon Ji-ho", "I had a travel"),
        ("interviewer", "INT", "What did a pass"),
        ("respondent", "Moon Ji-ho", "Two months of market")]
    t = parse_file(path, Config())
    assert [turn.time for turn in t.turns if turn.role == "interviewer"] == [
        "00:00:04", "00:00:52", "00:01:20"]
    assert not any("[00:" in turn.text for turn in t.turns if turn.role != "other")


def test_pipe_rows_without_a_delimiter_line_in_a_text_file():
    """Refused before (no respondent found: every row was context)."""
    path = LAYOUTS / "export-pipe-rows.txt"
    assert speech(path) == [
        ("interviewer", "INT", "When did you first"), ("respondent", "SOO", "In the winter of"),
        ("interviewer", "INT", "Were you afraid of"), ("respondent", "SOO", "The guards were paid"),
        ("interviewer", "INT", "Who paid them?"), ("respondent", "SOO", "My aunt in China.")]
    assert ("other", "(sound)", "[inaudible]") in read(path)
    assert not any("|" in text for _, _, text in speech(path))


def test_nvivo_rows_speaker_last_and_time_spans(tmp_path: Path):
    """NVivo's `Timespan` (a span, its start kept as the time) with the Speaker column
    last; two tables in one file, a header line above each."""
    rows = ["Timespan\tContent\tSpeaker",
            "0:00.0 - 0:06.1\tHow did you hear about Hanawon?\tInterviewer",
            "0:06.1 - 0:30.4\tFrom the broker in Shenyang. He said they teach you to use a "
            "bank card.\tP4",
            "0:30.4 - 0:41.0\tWere you afraid of it?\tInterviewer",
            "0:41.0 - 1:02.2\tOf the questions, yes. They ask the same thing three times.\tP4"]
    path = tmp_path / "nvivo.txt"
    path.write_text("Interview P4, part 2\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert [(turn.role, turn.speaker, turn.time) for turn in t.turns if turn.role != "other"] == [
        ("interviewer", "Interviewer", "0:00.0"), ("respondent", "P4", "0:06.1"),
        ("interviewer", "Interviewer", "0:30.4"), ("respondent", "P4", "0:41.0")]
    assert t.turns[-1].text == "Of the questions, yes. They ask the same thing three times."


def test_dialogue_list_in_fixed_columns():
    """`#  TIMECODE  SPEAKER  DIALOGUE`: wrapped dialogue goes with its row, a row with a
    time code and no speaker is a paragraph of the turn above; supers, sound effects, the
    narration, an archive clip and the credits are context; `Q` asks. A page footer and a
    part heading between rows, the header not repeated, do not end the table; `(CONT'D)`
    after a name is the same speaker."""
    path = LAYOUTS / "dialogue-list-fixed-columns.txt"
    assert speech(path) == [
        ("interviewer", "Q", "What did you sell"),
        ("respondent", "HWANG MI-RAE", "Rice cakes. My mother"),
        ("respondent", "HWANG MI-RAE", "Later I sold batteries,"),
        ("interviewer", "Q", "Did the market manager"),
        ("respondent", "HWANG MI-RAE", "Every day. We called"),
        ("respondent", "HWANG MI-RAE", "He shopped there every")]
    t = parse_file(path, Config())
    answers = [p.text for turn in t.turns if turn.role == "respondent" for p in turn.paragraphs]
    assert answers[0] == ("Rice cakes. My mother made them at four in the morning and I "
                          "carried them on my head.")
    context = " ".join(" ".join(turn.text.split()) for turn in t.turns if turn.role == "other")
    for words in ("Jangmadang", "Rain on a tin roof", "In the nineties", "Hwang Mi-rae, former",
                  "nest of selfishness", "Nordic Film Fund"):
        assert words in context
    said = " ".join(turn.text for turn in t.turns if turn.role != "other")
    assert "10:00" not in said and "HWANG" not in said
    assert ("other", "(heading)", "PART TWO") in read(path)


def test_a_label_continued_is_the_same_speaker(tmp_path: Path):
    """`KIM (CONT'D):`, as a script writes a speaker going on after a cut: Kim (it was a
    label `CONT'D` used once, read into the answer above with the name)."""
    path = tmp_path / "contd.txt"
    path.write_text("INTERVIEWER: Where did you sell?\n\nKIM: At the station market.\n\n"
                    "INTERVIEWER: And later?\n\nKIM: Near the bridge.\n\n"
                    "KIM (CONT'D): Then nowhere.\n", encoding="utf-8")
    assert speech(path)[-2:] == [("respondent", "KIM", "Near the bridge."),
                                 ("respondent", "KIM", "Then nowhere.")]


def test_dialogue_list_as_a_word_table(tmp_path: Path):
    """The same shape in Word: `INTERVIEWER (O.S.)` is the interviewer, `MUSIC` and
    `LOWER THIRD` rows context (the table was refused before: `TC IN` was no header)."""
    rows = [("TC IN", "TC OUT", "SPEAKER", "DIALOGUE"),
            ("01:00:01:00", "01:00:04:00", "MUSIC", "Accordion, under"),
            ("01:00:04:10", "01:00:07:00", "LOWER THIRD", "Seo Yu-na, former nurse"),
            ("01:00:07:10", "01:00:10:00", "INTERVIEWER (O.S.)", "Who paid the doctor?"),
            ("01:00:10:10", "01:00:16:00", "SEO YU-NA", "The patients did, in cigarettes."),
            ("01:00:16:10", "01:00:19:00", "INTERVIEWER (O.S.)", "And the medicine?"),
            ("01:00:19:10", "01:00:24:00", "SEO YU-NA", "From the market, from China.")]
    got = turns(word_tables(tmp_path / "list.docx", rows))
    assert [(who, role) for who, role, _ in got if role != "other"] == [
        ("INTERVIEWER", "interviewer"), ("SEO YU-NA", "respondent")] * 2
    assert {"Accordion, under", "Seo Yu-na, former nurse"} <= {
        text for _, role, text in got if role == "other"}


def test_negative_tab_tables_of_data_read_as_before():
    """A `Date | Place | Notes` box above a testimony stays context; a `Year | Event |
    Notes` chronology the witness hands over inside an answer stays in the answer, as
    before: no Speaker column, no transcript table."""
    assert read(LAYOUTS / "testimony-tab-data-tables.txt") == [
        ("other", "(heading)", "Testimony of Mr. Baek"), ("other", "(date)", "Date Place Notes"),
        ("other", "(preamble)", "12.03.2019 Seoul, NGO office"),
        ("interviewer", "Q", "Can you tell me"), ("respondent", "A", "I wrote it down"),
        ("respondent", "A", "Year Event Notes 1997"), ("interviewer", "Q", "What happened after the"),
        ("respondent", "A", "I could not go")]


def test_negative_answer_with_an_aligned_list_and_double_spaces():
    """Columns lined up with spaces under `Item  Price  Where`, and sentences two spaces
    apart (one `Speaker  of ...`), inside labelled answers: read as before."""
    assert read(LAYOUTS / "answer-aligned-columns.txt") == [
        ("other", "(preamble)", "INTERVIEW NOTES - KANG,"),
        ("interviewer", "Interviewer", "What did things cost"),
        ("respondent", "Kang", "I remember it like"), ("respondent", "Kang", "Item Price Where Rice"),
        ("respondent", "Kang", "A memory card was"), ("interviewer", "Interviewer", "Who bought the cards?"),
        ("respondent", "Kang", "Students. Their parents. Even")]
