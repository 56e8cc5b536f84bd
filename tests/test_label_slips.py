"""Label slips in ordinary interviews (qcode/ingest/slips.py): a label misspelt once, a
dialogue a respondent reports inside her answer, her own `Question:` paragraph; a news Q&A
whose reporter's name labels only the first question, a checking prompt without `?`, and
marks opening an unlabelled answer (labeltext.drop_opening_mark, prompts.py)."""

from __future__ import annotations

from tests.test_layouts import notices, read


def spoken(name: str) -> list[tuple[str, str, str]]:
    return [(s, r, w) for _, s, r, w in read(name) if r != "other"]


def test_misspelt_label_reported_dialogue_and_question_in_an_answer():
    rows = spoken("ngo-label-slips.txt")
    turns = [s for i, (s, _, _) in enumerate(rows) if i == 0 or rows[i - 1][0] != s]
    assert turns == ["Interviewer", "Sunhee"] * 5
    assert ("Interviewer", "interviewer", "And the timber company") in rows
    assert ("Sunhee", "respondent", "He left the sack") in rows  # her words after the dialogue
    assert not {"Guard", "Me", "Question", "Intervewer"} & {s for s, _, _ in rows}
    said = "\n".join(notices("ngo-label-slips.txt"))
    assert "'Intervewer:' is read as 'Interviewer:' misspelt" in said
    assert "'Guard:', 'Me:' are read as a dialogue Sunhee reports" in said
    assert "'Question:' is read as words of Sunhee's answer" in said



def test_interviewee_audience_question_and_top_level_dialogue_stay_labels():
    """Negatives: `Interviewee:` is one letter off `Interviewer:` but someone else; a
    `Question:` answered by the respondent is a question; a dialogue with no interview
    around it is its speakers'."""
    rows = spoken("label-slips-negatives.txt")
    assert [s for s, _, _ in rows] == ["Interviewer", "Interviewee"] * 3 + [
        "Question", "Interviewee", "Interviewer"]
    assert [r for s, r, _ in rows if s == "Interviewee"] == ["respondent"] * 4
    assert not any("misspelt" in n or "answer, not a question" in n
                   for n in notices("label-slips-negatives.txt"))
    top = spoken("dialogue-top-level.txt")
    assert [s for s, _, _ in top] == ["Officer", "Me"] * 3 + ["Officer"]


def test_byline_name_on_first_question_checking_prompt_and_opening_laugh():
    rows = spoken("news-named-first-question.txt")
    assert [(r, w) for _, r, w in rows] == [
        ("interviewer", "You drove the coast"), ("respondent", "My father drove it"),
        ("interviewer", "What did the checkpoints"), ("respondent", "Batteries, mostly. A car"),
        ("interviewer", "Did anyone refuse?"), ("respondent", "Refuse what? Only a"),
        ("interviewer", "So you paid every"), ("respondent", "Yes, every trip, both"),
        ("interviewer", "What made you leave?"), ("respondent", "The book, in the")]
    assert any("'Tomas Berg:' (the byline's name)" in n
               for n in notices("news-named-first-question.txt"))


def test_respondents_own_so_you_and_a_name_not_in_the_byline_stay():
    """Negatives: `So you pay them, or you lose the stall.` followed by more of her story
    (no yes or no) is hers; `Chul-su:` opening the page is not the byline's name."""
    rows = read("news-so-you-negative.txt")
    assert (7, "Respondent", "respondent", "So you pay them,") in rows
    assert (4, "Intro", "other", "Chul-su: I sold rice") in rows
