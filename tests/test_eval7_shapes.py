"""Shapes published interview documents take that eval7 (tests/data/eval7/) found misread,
each fix proven on its own fixture in another wording and style (tests/data/layouts/ or
tmp_path): questions set as headings, numbered hearing paragraphs, an oral-history
archive's header block, an e-mail interview answered inline."""

from __future__ import annotations

from pathlib import Path

import docx

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first five words) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, " ".join(p.text.split()[:5]))
            for turn in t.turns for p in turn.paragraphs]


def test_questions_set_as_headings_are_the_interviewers():
    """A post whose questions are headings (`### Which goods...?`): the answers under them
    are the interviewee's (they were an introduction, not coded); a `## 3 Responses`
    heading opens the comments, whose question and the author's reply are page text."""
    rows = turns(LAYOUTS / "heading-questions.md")
    speech = [(who, role) for who, role, _ in rows if role != "other"]
    assert speech == [("Interviewer", "interviewer"), ("Respondent", "respondent")] * 2 + [
        ("Respondent", "respondent"), ("Interviewer", "interviewer"),
        ("Respondent", "respondent")]
    assert rows[0] == ("(heading)", "other", "Three evenings with Mr. Yang")
    assert rows[1][:2] == ("Intro", "other")
    assert ("(comments)", "other", "3 Responses") in rows
    assert rows[-2:] == [("(after interview)", "other", "J. Moreau Was the mechanic"),
                         ("(after interview)", "other", "D. Okafor He would not")]


def test_word_heading_questions_and_a_title_that_asks(tmp_path: Path):
    """Questions in Word's Heading 2 style are questions too; a page whose questions are
    plain paragraphs keeps its one heading that asks as a title."""
    d = docx.Document()
    d.add_heading("Who keeps the ledger?", level=1)
    for q, a in [("Where did you work?", "At a shoe factory in Sinuiju."),
                 ("Was there a wage?", "A small one, paid in maize.")]:
        d.add_heading(q, level=2)
        d.add_paragraph(a)
    d.save(tmp_path / "h.docx")
    assert [r[:2] for r in turns(tmp_path / "h.docx")] == [
        ("(heading)", "other"), ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent")]
    plain = tmp_path / "plain.md"
    plain.write_text("## Why would anyone pay?\n\nWhere did you work?\n\nAt a shoe factory."
                     "\n\nWas there a wage?\n\nA small one.\n", encoding="utf-8")
    assert [r[:2] for r in turns(plain)] == [
        ("(heading)", "other"), ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent")]


def test_a_hearing_with_numbered_paragraphs():
    """Paragraph numbers before the labels (`22. THE WITNESS:`) are no words of the turn
    before, and did not hide the labels; whoever presides asks (`THE CHAIRPERSON`,
    `COMMISSIONER ASANTE`), the witness answers; the attendance list is a header, a stage
    direction in brackets a note, and `(Whereupon the session was adjourned...)` ends it."""
    rows = turns(LAYOUTS / "hearing-numbered.txt")
    assert [r[:2] for r in rows[1:6]] == [("(header)", "other")] * 5
    assert rows[6:] == [
        ("THE CHAIRPERSON", "interviewer", "Ms. Pyon, the Commission thanks"),
        ("THE WITNESS", "respondent", "In a labour training camp"),
        ("THE WITNESS", "respondent", "We were counted four times"),
        ("(note)", "other", "[The witness is shown a"),
        ("COMMISSIONER ASANTE", "interviewer", "Is this the building where"),
        ("THE WITNESS", "respondent", "Yes, the long one by"),
        ("THE CHAIRPERSON", "interviewer", "We are grateful. We will"),
        ("(end)", "other", "(Whereupon the session was adjourned"),
        ("(after interview)", "other", "Certified as a true record")]


def test_fields_that_are_turns_are_no_header(tmp_path: Path):
    """Three speakers greeting in turn (sentences) are no header block, and a numbered list
    in an answer keeps its `1. Money:` items as the answer's words."""
    path = tmp_path / "panel.txt"
    path.write_text(
        "Moderator: Welcome, everyone.\nKim: Thank you for having me.\nLee: Glad to be here.\n"
        "Moderator: What rules did traders follow?\n"
        "Kim: There were two rules:\n1. Money: always pay the inspector.\n"
        "2. Silence: never name him.\nLee: The same two, in Hyesan.\n", encoding="utf-8")
    t = parse_file(path, Config())
    assert [(x.speaker, x.role) for x in t.turns] == [
        ("Moderator", "interviewer"), ("Kim", "respondent"), ("Lee", "respondent"),
        ("Moderator", "interviewer"), ("Kim", "respondent"), ("Lee", "respondent")]
    assert "1. Money: always pay the inspector." in t.turns[4].text


def test_an_oral_history_archive_transcript():
    """An archive's header block (`Narrator:`, `Recorded:`, `Length: 58 min.`,
    `Restrictions: ...`) is context, not a speaker `Narrator` with the other fields as her
    words; time stamps alone on their line (`(00:00:12)`, `00:09:41` inside an answer) are
    no words, while `4:30` answering `At what time...?` is the answer; a bracketed note
    saying the transcript ends ends the interview (the review credit after it is no
    interviewer's words)."""
    rows = turns(LAYOUTS / "oral-history-stamps.txt")
    assert [r[:2] for r in rows[1:7]] == [("(header)", "other")] * 5 + [
        ("(time stamp)", "other")]
    assert rows[7:] == [
        ("SO", "interviewer", "Thank you for agreeing to"),
        ("MB", "respondent", "A mining village, very small."),
        ("(time stamp)", "other", "00:09:41"),
        ("MB", "respondent", "My mother walked to Hamhung"),
        ("SO", "interviewer", "At what time did the"),
        ("MB", "respondent", "4:30"),
        ("SO", "interviewer", "And who ran it?"),
        ("MB", "respondent", "Women, mostly. The men had"),
        ("(time stamp)", "other", "(00:21:05)"),
        ("(end)", "other", "[Transcript ends. The remainder of"),
        ("(after interview)", "other", "Reviewed by the narrator's daughter,")]
    # the header names the interviewer, so `SO:` (Sun Oh) asks without a guess said
    assert not [n for n in parse_file(LAYOUTS / "oral-history-stamps.txt", Config()).notices
                if "took 'SO'" in n.message]


def test_an_interview_answered_inline_in_an_email():
    """Questions quoted in a reply (`>Where did you...`, over two lines, or a prompt without
    `?`) are the interviewer's, the `>` marks no words of them; the answer under each is the
    interviewee's; her sign-off after the last answer and the quoted rest of the message
    are context, not the last answer."""
    rows = turns(LAYOUTS / "email-quoted-questions.txt")
    assert {r[1] for r in rows[:5]} == {"other"}
    # the original message's rule and fields are the mail's furniture (mailthread.py)
    assert rows[2:5] == [("(e-mail header)", "other", "-----Original Message-----"),
                         ("(e-mail header)", "other", "From: Tom Ellis"),
                         ("(e-mail header)", "other", "Sent: Monday, 9 May 2022")]
    assert rows[5:] == [
        ("Interviewer", "interviewer", "Where did you go to"),
        ("Respondent", "respondent", "Ten minutes on foot, in"),
        ("Interviewer", "interviewer", "Tell me about the teachers."),
        ("Respondent", "respondent", "Strict. One of them sold"),
        ("Interviewer", "interviewer", "Did you ever think of"),
        ("Respondent", "respondent", "Yes, but for that you"),
        ("(sign-off)", "other", "Warm regards, Min-ji"),
        ("(quoted)", "other", ">Thanks again, >Tom")]


def test_numbered_email_questions_lose_their_numbers(tmp_path: Path):
    """`> 2. ...` is question 2: the number is no word of it; a page's pull quotes set with
    `>` between answers (they do not ask) stay what they were."""
    mail = tmp_path / "mail.txt"
    mail.write_text("> 1. Where were you born?\n\nIn Hyesan.\n\n> 2. Describe your street.\n\n"
                    "Narrow, with a well at the end.\n", encoding="utf-8")
    assert [r[2] for r in turns(mail)] == ["Where were you born?", "In Hyesan.",
                                           "Describe your street.", "Narrow, with a well at"]
    page = tmp_path / "page.md"
    page.write_text("Where were you born?\n\nIn Hyesan, by the river.\n\n> \"By the river.\"\n\n"
                    "We fished there.\n\nWhat did you eat?\n\nCorn, mostly corn.\n\n"
                    "> \"Corn, mostly corn.\"\n\nSometimes potatoes.\n", encoding="utf-8")
    assert [r[:2] for r in turns(page)] == [
        ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("(pull quote)", "other"), ("Respondent", "respondent"),
        ("Interviewer", "interviewer"), ("Respondent", "respondent"),
        ("(pull quote)", "other"), ("Respondent", "respondent")]


def test_a_broadcast_interview_transcript():
    """`NADIA FERREIRA, HOST:` alone on its line opens the host's turn (it was the page's
    preamble) and `FERREIRA:` is the same host, an interviewer by her title; a `(Via
    translator)` note is no word of the answer; `UNIDENTIFIED MAN #1:` is a clip, context,
    not words of the answer before it."""
    rows = turns(LAYOUTS / "broadcast-transcript.txt")
    assert rows[1:] == [
        ("FERREIRA", "interviewer", "Good morning. My guest grew"),
        ("AHN", "respondent", "Thank you. It is an"),
        ("FERREIRA", "interviewer", "When did you first bake"),
        ("AHN", "respondent", "In the army. We had"),
        ("UNIDENTIFIED MAN", "other", "(Singing in Korean)."),
        ("FERREIRA", "interviewer", "That was a recording Mr."),
        ("AHN", "respondent", "My uncle, at his wedding."),
        ("FERREIRA", "interviewer", "Mr. Ahn, thank you."),
        ("(credit)", "other", "Copyright © 2020. All rights")]


def test_a_broadcast_package_script(tmp_path: Path):
    """A TV package script: the slug block is a header, `SOT (...) MR. RI, FORMER SOLDIER:`
    labels the quote of the man interviewed, `SFX:` is a sound; the presenter and the
    correspondent never ask, so they narrate (context, said), not interview. An anchor who
    asks stays the interviewer."""
    path = LAYOUTS / "tv-package-script.txt"
    rows = turns(path)
    assert [r[:2] for r in rows[:4]] == [("(header)", "other")] * 4
    assert [r[:2] for r in rows[4:]] == [
        ("PRESENTER", "other"), ("CORRESPONDENT", "other"), ("MR. RI", "respondent"),
        ("(sound)", "other"), ("CORRESPONDENT", "other"), ("MR. RI", "respondent")]
    assert rows[6][2] == "Every smuggler paid. Cigarettes, cash,"
    assert any("'PRESENTER', 'CORRESPONDENT' never ask" in n.message
               for n in parse_file(path, Config()).notices)
    live = tmp_path / "live.txt"
    live.write_text("ANCHOR: Where did you cross?\n\nKIM: At Hyesan.\n\n"
                    "ANCHOR: And then?\n\nKIM: A farm in Jilin.\n", encoding="utf-8")
    assert [r[:2] for r in turns(live)] == [("ANCHOR", "interviewer"), ("KIM", "respondent")] * 2


def test_a_forum_thread_pasted_from_the_browser():
    """An "ask me" post and its comments: each `u/name · 3 yr. ago` line heads its author's
    comment (it was coded at the start of every answer); the poster (`Posted by`, `OP`) is
    the respondent, her post after its title her speech; each asker is an interviewer of
    their own, a reader who only comments is context; vote counts, buttons and `UPDATE:`
    are context."""
    rows = turns(LAYOUTS / "forum-thread.txt")
    speech = [(who, role, text) for who, role, text in rows
              if not who.startswith("(") or role != "other"]
    assert speech == [
        ("hamhung_baker", "respondent", "I did ten years of"),
        ("quiet_kettle", "interviewer", "What did soldiers actually eat"),
        ("hamhung_baker", "respondent", "Corn rice and salt soup,"),
        ("hamhung_baker", "respondent", "Officers ate better and sold"),
        ("bread_enjoyer", "other", "Love this, following."),
        ("quiet_kettle", "interviewer", "Did anyone complain about the"),
        ("hamhung_baker", "respondent", "Nobody. You would be the")]
    assert ("(title)", "other", "Former army cook from North") in rows
    assert {r[0] for r in rows if r[2] in ("812", "UPDATE: thanks all, back tomorrow.")} == {
        "(thread)", "(edit)"}


def test_a_board_thread_pasted_from_the_browser():
    """A phpBB board's thread (eval10 forum01's shape): `by name » date` heads each post,
    the first post's author (who opened the thread) is the respondent, each asker an
    interviewer of their own, a reader who only thanks is context; the board's navigation,
    title, buttons (`Quote`, `Reply with quote`, `Top`), `Re:` subjects, profile lines and
    footer are context, and so are the quoted question above an answer (`name wrote:`), a
    quote of a post not on the page (first line, with a notice) and a signature repeated
    under the poster's posts."""
    path = LAYOUTS / "forum-board.txt"
    rows = turns(path)
    speech = [(who, role, text) for who, role, text in rows
              if not who.startswith("(") or role != "other"]
    poster = "stallkeeper_min"
    assert speech == [
        (poster, "respondent", "Good evening. I sold shoes"),
        ("arctic_tern", "interviewer", "How much did you have"),
        (poster, "respondent", "Every day a fee to"),
        ("lantern_jo", "other", "Following this one, great thread."),
        ("Dong-hyun P", "interviewer", "Where did the shoes come"),
        (poster, "respondent", "Mostly Chinese, brought over by"),
        ("arctic_tern", "interviewer", "Did you ever hide anything"),
        (poster, "respondent", "Yes, they liked cloth best.")]
    kinds = {text: who for who, _, text in rows}
    assert kinds["Stay warm, stay free."] == "(signature)"
    assert kinds["Is it true the inspectors"] == kinds["Where did the shoes come"] == "(quote)"
    assert {kinds["Top"], kinds["Quote"], kinds["Quote:"], kinds["Posts: 7"],
            kinds["Who is online"], kinds["Re: I ran a market"], kinds[poster]} == {"(forum)"}
    assert any("a quote of a post not on this page" in n.message
               for n in parse_file(path, Config()).notices)


def test_a_threaded_comment_page_with_levels():
    """Reddit's threaded page pasted: `level 2` above the author's name alone (`OP` and `·
    4y` on lines of their own) or `name · 4y · edited 4y`, votes, `N points` and one button
    a line are context, each comment its author's."""
    rows = turns(LAYOUTS / "forum-levels.txt")
    speech = [(who, role, text) for who, role, text in rows
              if not who.startswith("(") or role != "other"]
    assert speech == [
        ("tumen_swimmer", "respondent", "I was a truck driver's"),
        ("riverbank_owl", "interviewer", "What was it like crossing"),
        ("tumen_swimmer", "respondent", "The ice was thin near"),
        ("noodle_fan_77", "other", "This is amazing, thank you."),
        ("riverbank_owl", "interviewer", "Did you pay the border"),
        ("tumen_swimmer", "respondent", "The broker paid them, cigarettes")]
    assert {who for who, _, text in rows if text in ("level 2", "OP", "· 4y", "12 points",
                                                     "Report")} == {"(thread)"}


def test_a_line_top_or_she_wrote_in_an_interview_is_no_thread():
    """An interview whose answers hold a line `Top` and a sentence `She wrote:` reads as an
    interview: without post headers nothing is a forum's button or quote."""
    assert turns(LAYOUTS / "not-a-thread-top.txt") == [
        ("(heading)", "other", "Interview with Ms. Jang, recorded"),
        ("Q", "interviewer", "Did you keep anything from"),
        ("A", "respondent", "Only a notebook. She wrote:"),
        ("Q", "interviewer", "Who read the notebook?"),
        ("A", "respondent", "Nobody. I kept it under"),
        ("Q", "interviewer", "And the top shelf of"),
        ("A", "respondent", "Top shelf was for the")]


def test_words_in_brackets_are_no_stage_direction(tmp_path: Path):
    """A translation set in brackets under the original (`(I was born in Hyesan.)`) is the
    answer's words; a line in brackets about someone (`[She shows a photograph.]`) is a
    note."""
    path = tmp_path / "bilingual.txt"
    path.write_text("Q: 어디에서 태어났어요? (Where were you born?)\n\nA: 혜산에서 태어났어요.\n\n"
                    "(I was born in Hyesan.)\n\n[She shows a photograph.]\n\n"
                    "Q: 언제요? (When?)\n\nA: 1980년에요.\n\n(In 1980, we lived by the river.)\n",
                    encoding="utf-8")
    rows = turns(path)
    assert ("A", "respondent", "(I was born in Hyesan.)") in rows
    assert ("(note)", "other", "[She shows a photograph.]") in rows
    assert ("A", "respondent", "(In 1980, we lived by") in rows


def test_a_rendering_in_brackets_under_the_original(tmp_path: Path):
    """An interpreter's English in brackets under an answer in another script, in the third
    person (`(He says the guards...)`), is the answer's rendering, not a stage direction;
    under an English line the same brackets are a note."""
    path = tmp_path / "rendered.txt"
    path.write_text("Q: How did you cross?\n\nA: 我们晚上过江，给了边防兵两百块。\n"
                    "(He says they crossed at night and paid the guards two hundred yuan.)\n\n"
                    "Q: Were you afraid?\n\nA: Very much.\n"
                    "(The respondent looks away for a while.)\n", encoding="utf-8")
    rows = turns(path)
    assert [r[:2] for r in rows] == [("Q", "interviewer"), ("A", "respondent"),
                                      ("Q", "interviewer"), ("A", "respondent"),
                                      ("(note)", "other")]
    assert "(He says they crossed at night" in parse_file(path, Config()).turns[1].text


def test_a_credit_line_naming_the_interviewer_and_initials(tmp_path: Path):
    """`Interviewer: Jo Lindt (JL)` set in a column after another field on the header line:
    `JL:` is the interviewer (the file had no interviewer, every question coded)."""
    path = tmp_path / "archive.txt"
    path.write_text("Collection of the Border Memory Project\n"
                    "Narrator: Mr. Sim (pseudonym)    Interviewer: Jo Lindt (JL)\n\n"
                    "JL: So we are recording. Where were you born?\n\n"
                    "SIM: In Onsong, by the mine.\n\nJL: And your father worked there.\n\n"
                    "SIM: Yes, until the rations stopped.\n", encoding="utf-8")
    rows = turns(path)
    assert [r[:2] for r in rows if r[1] != "other"] == [
        ("JL", "interviewer"), ("SIM", "respondent")] * 2
