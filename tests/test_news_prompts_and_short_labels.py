"""Session 16's shapes from eval17's news08 and report03: a news Q&A pasted from the browser
whose bold questions lost their bold (an opening prompt without `?`, a verbless prompt, the
closing thanks: prompts.py), with a newsletter sign-up box and an audio player between its
lines (webpage.py); and a journal appendix whose labels are shortened halfway (`Researcher:`
then `R:`: speakers.py `short_forms`) with a footnote right under the page's last answer
line (pages.py `mark_apparatus`). Invented interviews in tests/data/layouts/."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file
from tests.test_word_subtitles import LAYOUTS


def read(path: Path) -> list[tuple[str, str, str]]:
    """(role, speaker, start of text) of each turn."""
    t = parse_file(path, Config())
    return [(turn.role, turn.speaker, turn.text[:30]) for turn in t.turns]


def test_unlabelled_prompts_thanks_and_a_sign_up_box_on_a_news_page():
    """`Take us back to...` before the first `?` was the introduction with its answer (never
    coded); `And your commander.` and `Thanks for your time.` were read into the answers
    before them; the box's blurb, `Your email` and its privacy line were answers, coded."""
    got = read(LAYOUTS / "news-prompts-sign-up-box.txt")
    assert ("other", "(audio player)", "Listen · 7 min\n\n00:00 / 07:12") in got
    at = got.index(("other", "Intro", "Park Sung-min, 34, served eigh"))
    assert got[at + 1:] == [
        ("interviewer", "Interviewer", "Take us back to the night you "),
        ("respondent", "Respondent", "It was late in March, so the i"),
        ("interviewer", "Interviewer", "Who paid whom at the checkpoin"),
        ("respondent", "Respondent", "Everyone paid someone. A trade"),
        ("interviewer", "Interviewer", "And your commander."),
        ("respondent", "Respondent", "He had the best house in the v"),
        ("other", "(social)", "Sign up to Peninsula Weekly"),
        ("other", "(newsletter)", "The week's best stories from b"),
        ("other", "(social)", "Subscribe"),
        ("other", "(newsletter)", "We will never share your email"),
        ("interviewer", "Interviewer", "When did you first watch a for"),
        ("respondent", "Respondent", "In the barracks, on a memory c"),
        ("interviewer", "Interviewer", "Did that change anything for y"),
        ("respondent", "Respondent", "Slowly. You do not wake up one"),
        ("interviewer", "Interviewer", "Thanks for your time."),
        ("respondent", "Respondent", "It was good to say it to someo"),
        ("other", "(credit)", "This interview has been edited"),
        ("other", "(author)", "Ines Marlow is the Courier's S"),
        ("other", "(credit)", "© 2023 The Northern Courier"),
    ]
    notices = " ".join(n.message for n in parse_file(
        LAYOUTS / "news-prompts-sign-up-box.txt", Config()).notices)
    assert "first prompt" in notices and "'And your commander.'" in notices


def test_answers_that_look_like_prompts_boxes_or_thanks_stay_answers():
    """A verb makes `And the inspectors came every Friday.` the answer's; a line that only
    mentions an email address, with a lone `Sign up` before it, is hers; `Thank you for
    asking about my aunt.` closing her answer, no reply after it, is hers; a standfirst
    `Tell us your story:` followed by a paragraph about her stays the introduction."""
    got = read(LAYOUTS / "news-prompts-answer-look-alikes.txt")
    assert [g for g in got if g[0] != "other"] == [
        ("interviewer", "Interviewer", "How did the stall begin?"),
        ("respondent", "Respondent", "My aunt gave me her pot and he"),
        ("interviewer", "Interviewer", "Who taught you that?"),
        ("respondent", "Respondent", "Nobody taught me. You watch th"),
        ("respondent", "Respondent", "Enter your email address now, "),
        ("interviewer", "Interviewer", "What do you remember of the la"),
        ("respondent", "Respondent", "The noodles. I left a whole po"),
    ]
    turns = parse_file(LAYOUTS / "news-prompts-answer-look-alikes.txt", Config()).turns
    texts = [t.text for t in turns if t.role == "respondent"]
    assert "And the inspectors came every Friday." in texts[0]
    assert texts[-1].endswith("Thank you for asking about my aunt.")


def test_labels_shortened_after_a_page_break_are_the_same_people():
    """`Int.:` / `KYH:` after `Interviewer:` / `Kim Young-hee:`: read apart, KYH was a
    second respondent beside Kim Young-hee (initials of her name's words)."""
    got = read(LAYOUTS / "labels-shortened-after-page-break.txt")
    assert [(role, who) for role, who, _ in got[1:]] == [
        ("interviewer", "Interviewer"), ("respondent", "Kim Young-hee")] * 4
    notices = parse_file(LAYOUTS / "labels-shortened-after-page-break.txt", Config()).notices
    assert any("short forms of 'Interviewer:' and 'Kim Young-hee:'" in n.message
               for n in notices)


def test_new_labels_that_are_not_all_short_forms_name_others():
    """`Researcher:` / `Participant:`, then `I:` / `R:`: `I` shortens no earlier label, so
    `R` is not the researcher's short form (it answers): read as before."""
    got = read(LAYOUTS / "labels-changed-to-other-people.txt")
    assert [(role, who) for role, who, _ in got if role != "other"] == [
        ("interviewer", "Researcher"), ("respondent", "Participant")] * 2 + [
        ("interviewer", "I"), ("respondent", "Participant")] * 2


def test_a_short_label_used_alongside_its_long_form_is_someone_else(tmp_path: Path):
    """`R:` answering between `Researcher:`'s questions is a respondent, not her."""
    path = tmp_path / "focus.txt"
    path.write_text(
        "Researcher: Where did you trade?\nR: At the station.\n"
        "Researcher: What did you sell?\nR: Cigarettes and rice.\n", encoding="utf-8")
    assert [(role, who) for role, who, _ in read(path)] == [
        ("interviewer", "Researcher"), ("respondent", "R")] * 2


def test_a_footnote_right_under_the_last_answer_line_is_context():
    """`7 Copies sold...` under the page's last line (`...took my bag.`), its number glued
    to `copy.7` earlier, and its second line: read into the answer, coded. A numbered list
    in an answer (`1 Never...` / `2 Never...`, with a `2` glued to a word earlier) stays
    hers."""
    got = read(LAYOUTS / "footnote-under-last-line.txt")
    assert got[1:] == [
        ("interviewer", "Interviewer", "Where did you sell the films?"),
        ("respondent", "Respondent 3", "At the bus station. People ask"),
        ("interviewer", "Interviewer", "Did the 109 group ever search "),
        ("respondent", "Respondent 3", "Twice. The second time I had n"),
        ("other", "(footnote)", "7 Copies sold in the markets o"),
        ("other", "(heading)", "89 JOURNAL OF BORDER STUDIES"),
        ("interviewer", "Interviewer", "What did the films cost?"),
        ("respondent", "Respondent 3", "We had two rules, and every se"),
        ("interviewer", "Interviewer", "Why the second rule?"),
        ("respondent", "Respondent 3", "Because a real buyer asks for "),
    ]
    answer = parse_file(LAYOUTS / "footnote-under-last-line.txt", Config()).turns[8]
    assert "2 Never sell to someone who asks the price first." in answer.text
