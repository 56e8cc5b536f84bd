"""Session 18's reader shapes (tests/data/layouts/, eval22's cha01, line01, notes01,
colour01 in other wordings): a CHAT (TalkBank) transcript's tiers, a LINE chat export's
placeholders and date lines, a reporter's notebook (quotes amid notes), questions told by
font colour in Word; each with a near miss that must read as before."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_layouts import read

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def messages(name: str) -> list[str]:
    return [n.message for n in parse_file(LAYOUTS / name, Config()).notices]


def test_chat_tiers_are_turns_dependent_tiers_and_header_context():
    rows = read("chat-cha-family-history.txt")
    assert rows[:8] == [(n, "(header)", "other", rows[n - 1][3]) for n in range(1, 9)]
    assert rows[8:] == [
        (9, "EXA", "interviewer", "where did your family"),
        (10, "SUB", "respondent", "in a village near"),  # its TAB-led line goes on with it
        (12, "(comment)", "other", "%mor: prep|in det|a n|village"),
        (13, "SUB", "respondent", "the soldiers took the"),
        (14, "(translator)", "other", "the camera battery is"),  # an Observer's tier
        (15, "EXA", "interviewer", "and what did your"),
        (16, "(comment)", "other", "%com: long pause"),
        (17, "SUB", "respondent", "she sewed uniforms (.)"),  # `yyy` is no word
        (18, "(header)", "other", "@End"),
    ]
    t = parse_file(LAYOUTS / "chat-cha-family-history.txt", Config())
    said = " ".join(p.text for turn in t.turns if turn.role == "respondent"
                    for p in turn.paragraphs)
    assert "\x15" not in said and "2400_9100" not in said and "yyy" not in said
    assert "sold the honey in town ." in said


def test_star_labels_in_meeting_notes_are_no_chat_tiers():
    rows = read("chat-cha-near-miss-notes.txt")
    assert not any(speaker in ("INV", "PAR") for _, speaker, _, _ in rows)
    assert not any(speaker in ("(header)", "(comment)", "(translator)") for _, speaker, _, _ in rows)
    assert rows[:3] == [(1, "(preamble)", "other", "Meeting notes, team retro"),
                        (3, "(preamble)", "other", "* INV: check the"),
                        (4, "(preamble)", "other", "* PAR: partner list")]


def test_line_export_in_japanese_settings():
    assert read("line-chat-japanese-settings.txt") == [
        (1, "(header)", "other", "[LINE] ミナとのトーク履歴"),
        (2, "(header)", "other", "保存日時：2024/01/05 10:12"),
        (4, "(header)", "other", "2024/01/04(木)"),
        (5, "Jun Park", "interviewer", "Thanks for agreeing to"),
        (6, "Mina", "respondent", "At the textile mill"),  # LINE's double quotes: no words
        (8, "(media)", "other", "[スタンプ]"),
        (9, "Jun Park", "interviewer", "Who decided who got"),
        (10, "(media)", "other", "Mina がメッセージの送信を取り消しました"),
        (11, "Mina", "respondent", "the party secretary of"),
        (12, "(media)", "other", "[写真]"),
        (13, "(system)", "other", "☎ 不在着信"),
        (15, "(date)", "other", "2024/01/05(金)"),
        (16, "Mina", "respondent", "sorry I fell asleep"),
        (17, "Jun Park", "interviewer", "No worries! Did anyone"),
        (18, "Mina", "respondent", "nobody. you complain once,"),
    ]
    t = parse_file(LAYOUTS / "line-chat-japanese-settings.txt", Config())
    assert t.turns[2].paragraphs[0].text.endswith("when there was rice.")


def test_a_timed_tab_separated_transcript_is_no_line_export():
    rows = read("line-chat-near-miss-tsv.txt")
    assert rows[2] == (3, "Respondent", "respondent", "Dried fish, mostly. [Photo]")
    assert [r[2] for r in rows[1:]] == ["interviewer", "respondent"] * 3


def test_reporters_notebook_quotes_are_hers_the_rest_notes():
    assert read("notebook-reporter-me-labels.txt") == [
        (1, "(notes)", "other", "PARK call notes --"),
        (2, "(notes)", "other", "for Sunday magazine, desk"),
        (4, "(notes)", "other", "* 52, ex-miner from"),
        (5, "(notes)", "other", "* drives a delivery"),
        (7, "(notes)", "other", "He says the mine"),
        (9, "Respondent", "respondent", "“The coupons were for"),
        (12, "Me", "interviewer", "who bought the coal?"),
        (13, "Respondent", "respondent", "“Chinese traders at the"),
        (15, "(notes)", "other", "he went quiet here"),
        (17, "Respondent", "respondent", "“My brother did three"),
        (19, "Me", "interviewer", "and the guards?"),
        (20, "Respondent", "respondent", "“Promoted.” [laughs]"),
        (22, "(notes)", "other", "wrap -- wants to"),
    ]
    assert any("reporter's notes" in m for m in messages("notebook-reporter-me-labels.txt"))


def test_quoted_answers_running_on_in_the_first_person_are_no_notebook():
    assert read("notebook-near-miss-quoted-answers.txt") == [
        (1, "(interview heading)", "other", "Interview 12, market traders"),
        (3, "Q", "interviewer", "When did you start"),
        (4, "Respondent", "respondent", '"In 2003, after the'),
        (6, "Q", "interviewer", "What did you sell?"),
        (7, "Respondent", "respondent", '"Shoes from China, and'),
        (10, "Q", "interviewer", "Were you ever caught?"),
        (11, "Respondent", "respondent", '"Twice. The second time'),
    ]


def test_an_unquoted_first_person_paragraph_keeps_a_q_file_a_transcript(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text('Q: When did you start?\n"In 2003."\n\nI sold shoes, and my aunt '
                    'helped.\n\nQ: Were you caught?\n"Twice."\n\nShe says it cost a month.\n\n'
                    'Q: And then?\n"I left."\n', encoding="utf-8")
    rows = read(str(path))
    assert (4, "Respondent", "respondent", "I sold shoes, and") in rows


def test_questions_in_green_by_font_colour():
    assert read("colour-questions-in-green.docx") == [
        (1, "Intro", "other", "Interview 3: Mrs. Choi,"),
        (2, "Interviewer", "interviewer", "You were a teacher"),
        (3, "Respondent", "respondent", "A primary teacher, twenty"),
        (4, "Interviewer", "interviewer", "And the children."),  # green, no `?`
        (5, "Respondent", "respondent", "Half of them stopped"),  # ends in her own `?`
        (6, "(note)", "other", "(translator: she means the"),  # orange, in brackets
        (7, "Interviewer", "interviewer", "Did you keep teaching?"),
        (8, "Respondent", "respondent", "For a while, for"),
        (9, "Interviewer", "interviewer", "What did your husband"),
        (10, "Respondent", "respondent", "He said nothing. What"),
    ]
    assert any("font colour" in m for m in messages("colour-questions-in-green.docx"))


def test_blue_heading_and_notes_are_no_questions_by_colour():
    rows = read("colour-near-miss-notes-in-blue.docx")
    assert [r[2] for r in rows[2:8]] == ["interviewer", "respondent"] * 3
    assert rows[1] == (2, "Intro", "other", "Interview with Mr. Han,")
    assert not any("font colour" in m for m in messages("colour-near-miss-notes-in-blue.docx"))
