"""Documents as they come from web pages, PDFs and podcasts (fixtures in
tests/data/layouts/): what is the respondent's, what the interviewer's and what is the
editors' or the page's, and the warnings where the reader cannot tell."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def read(name: str) -> list[tuple[int, str, str, str]]:
    """(line, speaker, role, text) of each paragraph, as parsed."""
    t = parse_file(LAYOUTS / name, Config())
    return [(p.line, turn.speaker, turn.role, p.text) for turn in t.turns for p in turn.paragraphs]


def notices(name: str) -> list[str]:
    return [f"{n.line}: {n.message}" for n in parse_file(LAYOUTS / name, Config()).notices]


def said_by(rows: list[tuple[int, str, str, str]], role: str) -> str:
    return " ".join(text for _, _, r, text in rows if r == role)


def test_editors_notes_inside_and_between_answers_are_context():
    rows = read("notes-inline.txt")
    assert rows[1] == (3, "A", "respondent", "At a fish-processing plant in Sinpo. We salted "
                       "pollack for export and the managers kept the dollars.")
    assert rows[2][1:3] == ("(note)", "other")
    assert rows[2][3].startswith("(Note: most of the catch")
    assert rows[4][3].endswith("I carried the soybeans for her.")
    assert rows[5][1:3] == ("(note)", "other") and "Translator's note" in rows[5][3]
    assert rows[6][:3] == (9, "(note)", "other")  # `Note: Sinpo is a port city...`
    assert rows[-1][1] == "(credit)"  # `Editor's note: ...`
    answers = said_by(rows, "respondent")
    assert "note" not in answers.lower() and "famine" not in answers and "port city" not in answers


def test_interviewer_in_brackets_inside_an_unlabelled_answer_is_the_interviewers_turn():
    rows = read("interjection-unlabelled.txt")
    assert [(line, speaker, role) for line, speaker, role, _ in rows] == [
        (1, "Intro", "other"), (3, "Interviewer", "interviewer"),
        (5, "Respondent", "respondent"), (5, "Interviewer", "interviewer"),
        (5, "Respondent", "respondent"), (7, "Interviewer", "interviewer"),
        (9, "Respondent", "respondent"), (9, "Interviewer", "interviewer"),
        (9, "Respondent", "respondent")]
    assert rows[3][3] == "So you could see China from your house?"
    assert rows[4][3].startswith("Yes, on a clear day")


def test_closing_notes_after_an_introduction_giving_name_and_age_are_context():
    rows = read("closing-note.txt")
    assert rows[-3][3].startswith("Hunger in my unit.") and rows[-3][2] == "respondent"
    assert [r[1] for r in rows[-2:]] == ["(about the speaker)", "(credit)"]


def test_bold_prompts_without_question_mark_are_the_interviewers_bold_answers_are_not():
    rows = read("prompts-bold.md")
    asked = [text for _, _, role, text in rows if role == "interviewer"]
    assert asked == ["**Where did you teach?**", "**Tell me about the market.**",
                     "**Describe the crossing.**", "**Were you afraid?**"]
    answers = said_by(rows, "respondent")  # a bold line right after a question, or before
    assert "**In Onsong.**" in answers  # another bold line, is no prompt
    assert "**That market was our whole life.**" in answers
    assert notices("prompts-bold.md") == []  # the layout shows it: nothing to check


def test_plain_prompts_between_answers_are_read_as_prompts_and_said():
    rows = read("prompts-plain.txt")
    assert [(line, role) for line, _, role, _ in rows] == [
        (1, "other"), (3, "interviewer"), (5, "respondent"), (7, "interviewer"),
        (9, "respondent"), (11, "interviewer"), (13, "respondent"), (15, "interviewer"),
        (17, "respondent")]
    assert [n.split(" is read")[0] for n in notices("prompts-plain.txt")] == [
        "7: 'Tell me about the market.'", "11: 'Describe the crossing.'"]


def test_only_the_answers_labelled_the_plain_paragraph_before_each_is_the_question():
    rows = read("answers-labelled.txt")
    assert [(line, speaker, role) for line, speaker, role, _ in rows] == [
        (1, "(preamble)", "other"), (3, "Interviewer", "interviewer"), (5, "A", "respondent"),
        (7, "Interviewer", "interviewer"), (9, "A", "respondent"),
        (11, "Interviewer", "interviewer"), (13, "A", "respondent"),
        (15, "Interviewer", "interviewer"), (17, "A", "respondent")]
    assert notices("answers-labelled.txt") == [
        "3: only the answers are labelled ('A:'); the paragraph before each is read as the "
        "interviewer's question; if that is wrong, label the questions too (e.g. `Q:`)"]


def test_numbered_lists_inside_answers_are_the_answer_not_questions_or_footnotes():
    rows = read("numbered-lists.txt")
    assert [(line, role) for line, _, role, _ in rows] == [
        (1, "other"), (3, "interviewer"), (5, "respondent"), (7, "respondent"),
        (9, "respondent"), (11, "respondent"), (13, "interviewer"), (15, "respondent"),
        (17, "interviewer"), (19, "respondent"), (21, "respondent"), (23, "respondent")]
    assert rows[4][3] == "2. A broker on the other side. Who else would hide you?"
    assert rows[-1][3].startswith("(2) Do not tell your family")
    # numbered questions, each with its answer, are still questions
    rows = read("numbered-questions.txt")
    assert [role for _, _, role, _ in rows] == ["other", "interviewer", "respondent",
                                                "interviewer", "respondent"]


def test_podcast_labels_with_a_time_stamp_in_brackets():
    t = parse_file(LAYOUTS / "podcast.txt", Config())
    assert [(turn.line, turn.speaker, turn.role, turn.time) for turn in t.turns] == [
        (1, "(preamble)", "other", None),
        (4, "Host", "interviewer", "00:00:04"), (7, "Lee Mi-ran", "respondent", "00:00:15"),
        (10, "Host", "interviewer", "00:00:18"), (13, "Lee Mi-ran", "respondent", "00:00:22"),
        (15, "Host", "interviewer", "00:01:05"), (17, "Lee Mi-ran", "respondent", "00:01:10"),
        (19, "Host", "interviewer", "00:02:31"), (21, "Lee Mi-ran", "respondent", "00:02:36")]
    assert t.turns[6].paragraphs[0].text.startswith("My sister had gone first.")
    assert t.notices == []  # `Host` is a known interviewer label: nothing guessed


def test_web_page_author_box_comments_and_related_articles_are_not_the_interview():
    rows = read("web-clutter.txt")
    assert [r[1] for r in rows[:3]] == ["(social)", "(related)", "(comments)"]
    assert [(line, role) for line, _, role, _ in rows if role != "other"] == [
        (11, "interviewer"), (13, "respondent"), (15, "interviewer"), (17, "respondent"),
        (21, "interviewer"), (23, "respondent")]
    assert rows[11][:2] == (23, "Respondent")  # the last answer, alone
    assert rows[12][1] == "(author)" and rows[13][1] == "(author)"
    assert notices("web-clutter.txt") == [
        "31: 2 paragraphs ending in '?' after the page's author box (line 25) are read as "
        "page text, not the interview; if the interview goes on there, mark its end with a "
        "line `qcode: end`"]


def test_a_related_articles_box_in_the_middle_of_the_interview_does_not_end_it(tmp_path: Path):
    answer = "We sold rice and corn at the market, and my father fixed bicycles. " * 3
    (tmp_path / "mid.txt").write_text(
        f"Where did you live?\n\n{answer}\n\nRelated stories\n\nCan defectors ever go home?\n\n"
        f"What did your parents do?\n\n{answer}\n\nWhy did you leave?\n\n{answer}\n",
        encoding="utf-8")
    t = parse_file(tmp_path / "mid.txt", Config())
    assert [turn.role for turn in t.turns if turn.role == "respondent"] == ["respondent"] * 3


def test_pdf_page_numbers_and_running_headers_are_left_out_and_split_paragraphs_joined():
    rows = read("pdf-pages.txt")
    answers = [(line, text) for line, _, role, text in rows if role == "respondent"]
    assert answers[1] == (11, "2")  # a bare number answering is no page number
    assert answers[2] == (15, "The security agents came for my father at night. They said he "
                              "had talked to a Chinese trader about prices. We never saw him again.")
    # a capital after the break may be a name going on, or a new paragraph: kept apart, said
    assert answers[3][1].endswith("with my cousin from") and answers[4] == (
        31, "Musan, and a broker took us across.")
    assert answers[-1][1] == "The pastor found us a room and work in a restaurant kitchen."
    assert not any("Testimony of" in text or text in ("5", "6") for _, text in answers)
    assert notices("pdf-pages.txt") == [
        "17: 4 page numbers and 4 running header lines ('Testimony of Mr. Jang') are left out "
        "of the text (the first on this line)",
        "31: a paragraph may go on across this page break (its line before does not end a "
        "sentence) but the next line starts with a capital, so they are kept apart; if it is "
        "one paragraph, join the lines"]


def test_many_turns_of_one_labelled_speaker_are_all_read(tmp_path: Path):
    # the check for speech a respondent quotes looked past every turn of the speaker's run
    # for each of them: 12,000 `A:` turns took about 100 s
    (tmp_path / "many.txt").write_text("Why?\n\nA: Yes.\n\n" * 12_000, encoding="utf-8")
    t = parse_file(tmp_path / "many.txt", Config())
    assert sum(turn.role == "interviewer" for turn in t.turns) == 12_000


def test_an_end_of_record_line_and_a_glossary_after_the_last_answer_are_context(
        tmp_path: Path):
    """An archive's `(End of testimony no. 52/B)` and a `Key terms` list after the last
    answer: read as the answer's, the terms' definitions were coded as testimony."""
    (tmp_path / "archive.txt").write_text(
        "Q: Who searched the house?\n\nA: The 109 group, with a policeman from our block.\n\n"
        "Q: Did they find anything?\n\nA: A card with two dramas, under the rice sack.\n\n"
        "(End of testimony no. 52/B)\n\nKey terms\n\n"
        "109 group - a unit that searches homes for foreign media\n\n"
        "inminban - the neighbourhood watch unit\n", encoding="utf-8")
    t = parse_file(tmp_path / "archive.txt", Config())
    answers = [p.text for turn in t.turns if turn.role == "respondent" for p in turn.paragraphs]
    assert answers == ["The 109 group, with a policeman from our block.",
                       "A card with two dramas, under the rice sack."]
    assert [turn.speaker for turn in t.turns][-3:] == ["(end)", "(notes)", "(after interview)"]


def test_a_feature_article_quoting_its_interviewee_codes_only_the_quotes(tmp_path: Path):
    """A newspaper feature pasted a paragraph a line: the writer's narration is context, the
    paragraphs that open with a quotation mark are the interviewee's, and a quote given to
    someone named (`Yun said`) is that person's; but the researcher's (`says Lee Min-ho, a
    researcher in Seoul`), in a piece about someone who crossed, is an expert's comment:
    context, not testimony."""
    (tmp_path / "feature.txt").write_text(
        "The Seller of Batteries\n"
        "Yun Hee-sook kept her stall in Hyesan for eleven years before she crossed.\n"
        "\u201cThe inspectors wanted cigarettes, then money, then both,\u201d Yun said.\n"
        "Her husband worked at the paper mill until it closed in 2009.\n"
        "\u201cAfter that he sat at home and I fed four people from one stall.\u201d\n"
        "Such payments were routine, according to researchers.\n"
        "\u201cIt is how the market works there,\u201d says Lee Min-ho, a researcher in Seoul.\n"
        "\u201cI do not miss it,\u201d Yun said. \u201cNot one day.\u201d\n",
        encoding="utf-8")
    t = parse_file(tmp_path / "feature.txt", Config())
    speech = [(turn.speaker, turn.text.split()[1]) for turn in t.turns
              if turn.role == "respondent"]
    assert speech == [("Yun", "inspectors"), ("Yun", "that"), ("Yun", "do")]
    context = " ".join(turn.text for turn in t.turns if turn.role == "other")
    assert "paper mill" in context and "routine" in context
    assert [turn.text.split()[1] for turn in t.turns if turn.speaker == "(expert)"] == ["is"]
    assert any("feature article" in n.message for n in t.notices)


def test_label_styles_that_change_part_by_part_name_one_interviewer_and_one_interviewee(
        tmp_path: Path):
    """Sessions transcribed by different people, put in one file: `Question:` / `Answer:`,
    then `INT:` / `Baek:`, then `Interviewer:` / `BMS:`. Each label keeps to its part, so
    they are one interviewer and one interviewee; two people who take turns stay two."""
    parts = [("Question", "Answer"), ("INT", "Baek"), ("Interviewer", "BMS")]
    text = "".join(f"Part {n}\n\n{q}: Where were you in {1990 + n}?\n\n{a}: At the market.\n\n"
                   f"{q}: And then?\n\n{a}: Still there.\n\n" for n, (q, a) in enumerate(parts))
    (tmp_path / "parts.txt").write_text(text, encoding="utf-8")
    t = parse_file(tmp_path / "parts.txt", Config())
    assert {(turn.speaker, turn.role) for turn in t.turns if turn.role != "other"} == {
        ("Interviewer", "interviewer"), ("Baek", "respondent")}
    assert any("read as one speaker, Baek" in n.message for n in t.notices)
    (tmp_path / "two.txt").write_text(
        "Q: Where were you?\n\nA: At home.\n\nQ: And your sisters?\n\nKim: In Musan.\n\n"
        "Lee: In Hyesan.\n\nQ: Why?\n\nKim: Work.\n\nLee: Marriage.\n", encoding="utf-8")
    speakers = {turn.speaker for turn in parse_file(tmp_path / "two.txt", Config()).turns}
    assert {"Kim", "Lee"} <= speakers


def test_a_news_page_pasted_with_its_menus_ads_and_a_box_of_links(tmp_path: Path):
    """Most lines of a page copied from the browser are menu items and buttons, but most of
    its text is in long lines no hard wrap makes: a paragraph per line. An ad's slot and the
    titles under a `Related` box in the middle of the interview are not the answer's."""
    long = "We sold rice and soap at the station and paid the inspectors every week, " * 4
    (tmp_path / "page.txt").write_text(
        "Home\nNews\nWorld\nVideo\nSign up\nLog in\nEdition\nAbout us\n"
        "Interview: a trader from Chongjin\n"
        "Oh Sun-mi spoke to us in Seoul about her years at the market and why she left.\n"
        "What did you sell at the station?\n" + long + "\n"
        "Story continues below advertisement\n"
        "The inspectors came on Mondays and took what they wanted from the stalls.\n"
        "Related\nChina returns dozens of escapees, groups say\nThe women who run the markets\n"
        "Why did you leave in the end?\n" + long.replace("rice", "shoes") + "\n"
        "Privacy\nTerms\n", encoding="utf-8")
    t = parse_file(tmp_path / "page.txt", Config())
    said = [p.text[:20] for turn in t.turns if turn.role == "respondent" for p in turn.paragraphs]
    asked = [turn.text for turn in t.turns if turn.role == "interviewer"]
    assert said == ["We sold rice and soa", "The inspectors came ", "We sold shoes and so"]
    assert asked == ["What did you sell at the station?", "Why did you leave in the end?"]


def test_a_narrow_pdf_column_with_questions_under_the_answers(tmp_path: Path):
    """A report's two-column layout copied as text: no blank line between a question and
    its answer, the question wrapped like the rest. A line ended well before the column's
    width (the next word would have fitted) ends a paragraph when a question follows."""
    (tmp_path / "column.txt").write_text(
        "Lee Mi-ok (pseudonym) sold noodles\nat the station in Kilju until the\n"
        "winter of 2016, when she left.\n\n"
        "Who came to your stall most\noften, and what did they want?\n"
        "The market managers. They wanted a\nbowl for free every day and in the\n"
        "new year some money as well.\n"
        "Did you ever refuse them?\n"
        "Once. Then they found that my\npermit was out of date and they\n"
        "closed the stall for a week.\n"
        "How did you hear of the South at\nthat time?\n"
        "From the dramas my cousin brought\nfrom Hyesan on a memory card.\n",
        encoding="utf-8")
    t = parse_file(tmp_path / "column.txt", Config())
    assert [(turn.role, turn.text[:18]) for turn in t.turns if turn.role != "other"] == [
        ("interviewer", "Who came to your s"), ("respondent", "The market manager"),
        ("interviewer", "Did you ever refus"), ("respondent", "Once. Then they fo"),
        ("interviewer", "How did you hear o"), ("respondent", "From the dramas my")]


def test_a_pdf_dumps_footnotes_and_box_are_context(tmp_path: Path):
    """A report copied from a PDF: footnote markers glued to their words (`kwalliwon3`),
    the notes at the foot of the page (`3 The market's...`), and a `Sidebar:` box indented
    under its heading were read as the answer they sit in."""
    (tmp_path / "report.txt").write_text(
        "Q: Who ran the market?\n\nA: The kwalliwon3 did, and the police came on\n"
        "Saturdays for their share.4\n\n"
        "3 The market's management office.\n4 Compare chapter 2.\n\n"
        "Q: Did prices change?\n\n"
        "  Sidebar: How a stall is licensed\n  A permit costs a month's takings and\n"
        "  must be renewed every spring.\n\n"
        "A: Every year they went up, and the fees with them.\n", encoding="utf-8")
    t = parse_file(tmp_path / "report.txt", Config())
    said = " ".join(turn.text for turn in t.turns if turn.role == "respondent")
    assert "management office" not in said and "permit" not in said
    assert "Every year they went up" in said and "for their share" in said
    assert {turn.speaker for turn in t.turns if turn.role == "other"} == {"(footnote)", "(box)"}


def test_a_transcribers_end_note_in_double_brackets_ends_the_interview(tmp_path: Path):
    """Conversation-analysis transcripts write notes in double brackets: `((tape stopped
    at 01:02:03))` after the last answer was read as its last words."""
    (tmp_path / "ca.txt").write_text(
        "I: And the crossing?\n\nR: At night, in March. ((coughs)) We waded.\n\n"
        "((tape stopped at 01:02:03))\n", encoding="utf-8")
    t = parse_file(tmp_path / "ca.txt", Config())
    assert [(turn.role, turn.speaker) for turn in t.turns] == [
        ("interviewer", "I"), ("respondent", "R"), ("other", "(end)")]


def test_a_note_apps_callout_inside_an_answer_is_a_note(tmp_path: Path):
    """Notes exported from a note-taking app keep the interviewer's callouts as quotes with
    an emoji (`> 📌 Ask later about...`): they were read as the answer's last words."""
    (tmp_path / "notes.md").write_text(
        "**Q**: Who sold the cards?\n\n**A**: A woman at the station, from her coat.\n\n"
        "> 📌 Ask later about the woman's name\n\n**Q**: How much?\n\n**A**: Two kilos of rice.\n",
        encoding="utf-8")
    t = parse_file(tmp_path / "notes.md", Config())
    assert [(turn.role, turn.speaker) for turn in t.turns] == [
        ("interviewer", "Q"), ("respondent", "A"), ("other", "(note)"),
        ("interviewer", "Q"), ("respondent", "A")]


def test_questions_opened_by_a_bar_are_the_interviewers_even_without_a_question_mark(
        tmp_path: Path):
    """Korean and some European papers open each of the interviewer's lines with a bar:
    `― You ran a stall for years.` states, yet is a question, like the page's other bar lines;
    a `▲` photo caption and the reporter's address are context."""
    (tmp_path / "daily.txt").write_text(
        "Kim Sol (51) sold fish in Chongjin until 2018.\n\n"
        "― Where did the fish come from?\n\nFrom the cooperative, and at night from boats.\n\n"
        "― You paid the harbour police too.\n\nEvery week, in dried squid.\n\n"
        "▲ The harbour at Chongjin in a 2015 satellite image.\n\n"
        "― Why did you stop?\n\nThe boats were seized.\n\nsol.kim@example-daily.kr\n",
        encoding="utf-8")
    t = parse_file(tmp_path / "daily.txt", Config())
    assert [turn.role for turn in t.turns if turn.role != "other"] == [
        "interviewer", "respondent"] * 3
    assert {turn.speaker for turn in t.turns if turn.role == "other"} >= {"(caption)", "(link)"}
