"""Furniture inside an interview that eval12 found coded (tests/data/eval12/README.md,
blog02, web03, srt03, docx13), each fix proven on its own fixture in other words
(tests/data/layouts/): a writer's aside between labelled turns, an accordion's toggles and
a donation appeal on a pasted page, dual Korean / English subtitle cues, and a notes section
under a heading after the last answer. Each has its negative: what looks alike and stays."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def paragraphs(name: str) -> list[tuple[str, str, str]]:
    """(speaker, role, first five words) of each paragraph."""
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.speaker, turn.role, " ".join(p.text.split()[:5]))
            for turn in t.turns for p in turn.paragraphs]


def notices(name: str) -> list[str]:
    return [f"{n.line}: {n.message}" for n in parse_file(LAYOUTS / name, Config()).notices]


def test_writer_aside_between_labelled_turns_is_context():
    """`His nephew brought in...` between Him's answer and Me's question speaks of him in
    the third person and never says I: the blogger's, not coded. `We paid nobody that week,
    and my brother said...` says my: the answer's second paragraph, kept."""
    rows = paragraphs("blog-me-him-aside.md")
    assert ("(narration)", "other", "His nephew brought in a") in rows
    assert ("Him", "respondent", "We paid nobody that week,") in rows
    assert [r for r in rows if r[1] == "respondent"][1:3] == [
        ("Him", "respondent", "Seven between home and the"),
        ("Him", "respondent", "Once, a woman and her"),
    ]
    assert any("17: a paragraph after Him's answer" in n and "writer's aside" in n
               for n in notices("blog-me-him-aside.md"))


def test_accordion_toggles_vanish_and_a_donation_appeal_is_context():
    """`+` toggles under each question carry no words: no paragraph. `Your donation gives
    people like Mr. Gu... Give today` is the page's appeal; `A gift of maize spirit could
    make him forget...` is an answer about a bribe and stays one."""
    rows = paragraphs("web-accordion-appeal.txt")
    assert not any(text in ("+", "") for _, _, text in rows)
    speech = [r for r in rows if r[1] != "other"]
    assert speech == [
        ("Interviewer", "interviewer", "How did the farm pay"),
        ("Respondent", "respondent", "In grain, twice a year,"),
        ("Interviewer", "interviewer", "Who checked the plots?"),
        ("Respondent", "respondent", "An official from the county."),
        ("Interviewer", "interviewer", "Where did you first see"),
        ("Respondent", "respondent", "On a neighbour's television, tuned"),
        ("Interviewer", "interviewer", "How is your life now?"),
        ("Respondent", "respondent", "Busy. I leave at six"),
    ]
    assert ("(social)", "other", "Your donation gives people like") in rows


def test_dual_subtitle_cues_are_read_by_their_english_lines():
    """Korean above English: the title card, the lower third before anyone speaks, the
    sound and the credit are context in both languages; `김영숙, 제 이모요` / `Kim Young-suk,
    my aunt`, a name then a comma after speech began, is an answer, not a lower third."""
    rows = paragraphs("srt-dual-korean-english.srt")
    assert rows[:4] == [
        ("(heading)", "other", "강을 건넌 사람들"),
        ("(heading)", "other", "People Who Crossed the River"),
        ("(caption)", "other", "최성민 (가명), 양강도 혜산 출신"),
        ("(caption)", "other", "Choi Sung-min (pseudonym), from Hyesan,"),
    ]
    assert ("(sound)", "other", "[음악]") in rows
    assert ("(credit)", "other", "번역: 새길 자막팀") in rows
    assert rows[-3] == ("Respondent", "respondent", "김영숙, 제 이모요 Kim Young-suk,")
    assert [r[1] for r in rows[4:-2]].count("interviewer") == 4


def test_notes_under_a_heading_after_the_last_answer_are_context():
    """`## Reviewer comments` after R's last answer starts the staff's notes: context. The
    answer's unlabelled second paragraph before it stays R's."""
    rows = paragraphs("notes-heading-after.md")
    assert ("R", "respondent", "That was the last time") in rows
    at = rows.index(("(heading)", "other", "Reviewer comments"))
    assert [r[1] for r in rows[at:]] == ["other"] * 5
    assert [r[0] for r in rows[at + 1:]] == ["(after interview)"] * 4


def test_a_heading_under_one_label_does_not_end_anything():
    """A written-answers form that names its participant once (`Participant: Ms. Song`) and
    then sets headings: one label, no exchange; the heading rule stays out of it."""
    t = parse_file(LAYOUTS / "questionnaire-unmatched.txt", Config())
    assert not any(turn.speaker == "(after interview)" for turn in t.turns)


def test_italic_aside_is_context_but_an_italic_translation_is_the_answer(tmp_path: Path):
    """`*The tea arrived...*` in italics under Kim's plain answer is the writer's; the
    italic English under Mr. Ri's Korean answer translates it, and stays his."""
    path = tmp_path / "asides.md"
    path.write_text(
        "**Q:** Where did you sell the cloth?\n\n"
        "**Kim:** At the market in Hyesan. I paid the manager each week.\n\n"
        "*The tea arrived, and the recording paused for a moment.*\n\n"
        "**Q:** Who bought it?\n\n"
        "**Ri:** 농장 여자들이요. 외상으로 줬어요.\n\n"
        "*Women from the farms. On credit.*\n\n"
        "**Q:** Did you ever stop?\n\n**Ri:** Never.\n", encoding="utf-8")
    rows = [(turn.speaker, " ".join(p.text.split()[:3])) for turn in
            parse_file(path, Config()).turns for p in turn.paragraphs]
    assert ("(narration)", "*The tea arrived,") in rows
    assert ("Ri", "*Women from the") in rows
