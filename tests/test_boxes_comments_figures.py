"""Session 16's shapes (eval16's gdocs01, report02, docx23): a Google Docs download's comment
list (comments.py), a figure's or table's title at a page break and the next transcript's
heading in a report's annex (furniture.py), and a UN-style report in Word that quotes its
witnesses in boxes (boxes.py). Invented interviews; the text files are in
tests/data/layouts/, the Word files are written here."""

from __future__ import annotations

from pathlib import Path

import docx

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import LAYOUTS


def read(path: Path) -> list[tuple[str, str, str]]:
    """(role, speaker, start of text) of each turn."""
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, turn.text[:30]) for turn in t.turns]


def test_a_google_docs_comment_list_after_the_last_answer_is_context():
    """`[a]Price check: ...`, `[b]Park Ji-won: ...` (and a line it goes on to), `[c]...`
    after the last answer were coded as her words; the anchors `rice[a].`, `chief[b].`,
    `that?[c]` glued to the text are no words."""
    got = read(LAYOUTS / "gdocs-comments-last-answer.txt")
    assert got[1:] == [
        ("interviewer", "Park", "Where did you sell the dramas?"),
        ("respondent", "Hana", "At the station market, from un"),
        ("interviewer", "Park", "Did they ever stop you?"),
        ("respondent", "Hana", "Twice. The first time I paid t"),
        ("interviewer", "Park", "How did you feel about that?"),
        ("respondent", "Hana", "Angry, but that was the price."),
        ("other", "(comment)", "[a]Price check: she said three"),
    ]
    t = parse_file(LAYOUTS / "gdocs-comments-last-answer.txt", Config())
    text = " ".join(turn.text for turn in t.turns if turn.role != "other")
    assert "[a]" not in text and "[b]" not in text and "[c]" not in text
    assert "four kilos of rice. The 109" in text
    assert t.turns[-1].text.endswith("Question added after the pilot, not in the guide.")


def test_bracketed_letters_listed_in_the_last_answer_stay_the_answer():
    """`[a]corn for the farm chief` / `[b]...` closing an answer, no anchor in the text: a
    list the respondent gives, read as before."""
    got = read(LAYOUTS / "gdocs-bracket-letters-in-answer.txt")
    assert [(role, who) for role, who, _ in got[1:]] == [
        ("interviewer", "Interviewer"), ("respondent", "Mr. Yun"),
        ("interviewer", "Interviewer"), ("respondent", "Mr. Yun")]
    last = parse_file(LAYOUTS / "gdocs-bracket-letters-in-answer.txt", Config()).turns[-1]
    assert last.text.endswith("[a]corn for the farm chief [b]beans for the security man "
                              "[c]whatever was left for us")


def test_a_table_title_at_a_page_break_and_the_next_interviews_heading_are_context():
    """`Table 4: Payments reported...` between the halves of an answer was a turn of hers
    (coded); `Interview C.2: Mr. Do, 29, ...` after the closing thanks was the
    interviewer's words."""
    got = read(LAYOUTS / "annex-figure-title-next-interview.txt")
    assert got[2:] == [
        ("other", "(interview heading)", "Interview C.1: Mrs. Ri, 45, fo"),
        ("interviewer", "TB", "How did the checkpoints on the"),
        ("respondent", "Mrs. Ri", "There were four between my tow"),
        ("other", "(heading)", "Checkpoints and Commerce in No"),
        ("other", "(figure)", "Table 4: Payments reported at "),
        ("other", "(credit)", "Source: Author's interviews."),
        ("respondent", "Mrs. Ri", "went up every year, and the la"),
        ("interviewer", "TB", "Did you ever refuse to pay?"),
        ("respondent", "Mrs. Ri", "Once. They kept me on the benc"),
        ("interviewer", "TB", "Thank you, that is very helpfu"),
        ("other", "(interview heading)", "Interview C.2: Mr. Do, 29, for"),
        ("interviewer", "TB", "Where were you posted?"),
        ("respondent", "Mr. Do", "On the river, near Musan. We t"),
        ("interviewer", "TB", "All of you?"),
        ("respondent", "Mr. Do", "Everyone from the company comm"),
    ]


def test_charts_maps_and_tables_in_answers_stay_the_answer():
    """`Chart 2 - we drew it...`, `Table 3, Class 4, ...`, `Table 3: was that the front
    row?` on lines of their own inside answers: a speaker's words (we, a question, a
    comma after the number), read as before."""
    got = read(LAYOUTS / "figure-words-in-answers.txt")
    assert [(role, who) for role, who, _ in got[1:]] == [
        ("interviewer", "Moderator"), ("respondent", "Mi-rae"), ("interviewer", "Moderator"),
        ("respondent", "Jun-ho"), ("interviewer", "Moderator"), ("respondent", "Jun-ho")]
    t = parse_file(LAYOUTS / "figure-words-in-answers.txt", Config())
    assert "Chart 2 - we drew it" in t.turns[2].text
    assert "Table 3, Class 4, Kim Jun-ho" in t.turns[4].text
    assert "Table 3: was that the front row? No, the back row" in t.turns[6].text


def _report(path: Path, *blocks: str | list[str], title_style: str | None = None) -> Path:
    """A Word file: a paragraph for each string; a list of strings is a one-column table,
    each string a row (`\\n` splits a cell into paragraphs)."""
    d = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            style = title_style if block.startswith("Chapter") else None
            d.add_paragraph(block, style=style)
            continue
        table = d.add_table(rows=0, cols=1)
        table.style = "Table Grid"  # a bordered box
        for row in block:
            cell = table.add_row().cells[0]
            first, *more = row.split("\n")
            cell.text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)
    d.save(path)
    return path


def test_testimony_in_a_reports_boxes_is_the_attributed_persons(tmp_path: Path):
    """A box without a title whose attribution is under the table (`-- Former student,
    ...`), and a box of three rows: title, account, attribution. Each account is its
    person's (two respondents); the report's numbered paragraphs are context."""
    path = _report(
        tmp_path / "boxes.docx",
        "Distr.: Restricted",
        "Chapter 4. Punishment for foreign media",
        "41.\tThe Commission heard 23 witnesses on the punishment of those who watched "
        "foreign films.",
        ["We watched the drama in the kitchen with a blanket over the window.\n"
         "When the 109 group came in, my father gave them his watch and they left."],
        "-- Former student, 20s, Pyongsong (interview, 2019)",
        "42.\tWitnesses described payments at every stage, from the search to the trial.",
        ["Box 5: What a checkpoint costs",
         "I paid at every checkpoint on the way to Sinuiju, cigarettes at the small ones "
         "and money at the big ones.",
         "— Truck driver, 50s, Hamhung, 2018"],
        "43.\tThe Commission concludes that such payments are extorted.",
        title_style="Heading 2")
    assert read(path)[2:] == [
        ("respondent", "Former student, 20s, Pyongsong", "We watched the drama in the ki"),
        ("other", "(attribution)", "-- Former student, 20s, Pyongs"),
        ("other", "(note)", "42. Witnesses described paymen"),
        ("other", "(box title)", "Box 5: What a checkpoint costs"),
        ("respondent", "Truck driver, 50s, Hamhung", "I paid at every checkpoint on "),
        ("other", "(attribution)", "— Truck driver, 50s, Hamhung, "),
        ("other", "(note)", "43. The Commission concludes t"),
    ]
    t = parse_file(path, Config())
    assert "my father gave them his watch" in t.turns[2].text
    assert any("testimony in boxes" in n.message for n in t.notices)


PULL_QUOTE = (
    "Q: Where did you live before you left?",
    "A: In Hyesan, by the river. My mother sold shoes at the market.",
    "We lived on what she sold; my father's wage bought nothing.",
    ["“We lived on what she sold.”", "— Ms. Cho, 41"],
    "Q: Did you pay the market manager?",
    "A: Every week. Cigarettes, or money when there was money.",
)


def test_a_pull_quote_box_in_a_labelled_interview_reads_as_before(tmp_path: Path):
    """A Q: / A: interview with a boxed pull quote and its attribution (`— Ms. Cho, 41`): an
    interview outside the box (a label opening two paragraphs or more), so no box is
    read as testimony and nothing outside it is set apart: the unlabelled second paragraph
    of the answer stays hers, the pull quote context, as before."""
    path = _report(tmp_path / "pull.docx", *PULL_QUOTE)
    t = parse_file(path, Config())
    assert [(turn.role, turn.speaker) for turn in t.turns if turn.role != "other"] == [
        ("interviewer", "Q"), ("respondent", "A"), ("respondent", "A"), ("interviewer", "Q"),
        ("respondent", "A")]
    assert [p.text for p in t.turns[1].paragraphs] == [
        "In Hyesan, by the river. My mother sold shoes at the market.",
        "We lived on what she sold; my father's wage bought nothing."]
    assert (t.turns[2].role, t.turns[2].speaker) == ("other", "(pull quote)")
    assert not any("testimony in boxes" in n.message for n in t.notices)


def test_a_box_quoting_a_law_in_a_report_reads_as_before(tmp_path: Path):
    """A box quoting the criminal code under `— Criminal Code, Article 183` (no one's words:
    no first person): no testimony in boxes, the law is not given to anyone and the file
    reads as before (its box of testimony with no attribution, unlabelled text)."""
    path = _report(
        tmp_path / "law.docx",
        "12.\tPossession of foreign recordings is punished under the criminal code.",
        ["Whoever watches, listens to or keeps films, recordings or books of a hostile "
         "state shall be punished by labour for up to five years.",
         "— Criminal Code, Article 183"],
        "13.\tOne witness described a search of her home.",
        ["They came at night and opened every jar in the kitchen. I had buried the stick "
         "in the garden."],
        "14.\tThe Commission will examine such searches further.")
    t = parse_file(path, Config())
    assert not any(turn.role == "respondent" and "Criminal Code" in turn.text
                   for turn in t.turns)
    assert not any("testimony in boxes" in n.message for n in t.notices)
    assert [turn.role for turn in t.turns] == ["other", "respondent"]
