"""Shapes eval10 found misread, each fix proven on its own fixture in other words
(tests/data/layouts/) with a negative beside it: a book's dialogue where the narrator asks,
a wire story's reported speech and its expert, several interviews under their headings."""

from __future__ import annotations

from pathlib import Path

import docx

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def speech(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first three words) of each turn that is not context."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, " ".join(turn.text.split()[:3])) for turn in t.turns
            if turn.role != "other"]


def context(path: Path) -> list[tuple[str, str]]:
    t = parse_file(path, Config())
    return [(turn.speaker, " ".join(turn.text.split()[:3])) for turn in t.turns
            if turn.role == "other"]


def notices(path: Path) -> list[str]:
    return [n.message for n in parse_file(path, Config()).notices]


def test_a_memoirs_dialogue_where_the_narrator_asks():
    """`"...?" I asked him.`, a quoted question no one is named to ask, `I wanted to know
    whether...` and `I asked him, "...?"` are the writer's questions; the answers with
    their `he said` and gestures are the interviewee's; the narration is context."""
    path = LAYOUTS / "memoir-dialogue.txt"
    assert speech(path) == [
        ("Interviewer", "interviewer", "“What did you"),
        ("Respondent", "respondent", "“Always two packs,”"),
        ("Interviewer", "interviewer", "“And if you"),
        ("Respondent", "respondent", "“Then I walked"),
        ("Interviewer", "interviewer", "I wanted to"),
        ("Respondent", "respondent", "“Never. She sold"),
        ("Interviewer", "interviewer", "I asked him,"),
        ("Respondent", "respondent", "“He had a"),
    ]
    assert ("(narration)", "He was quiet") in context(path)
    assert any("the writer's 4 questions" in n for n in notices(path))


def test_a_feature_where_no_one_asks_keeps_a_quoted_question_the_interviewees(
        tmp_path: Path):
    """Without the writer asking anywhere, a paragraph that is one quoted question is the
    interviewee's own (`"Who would have listened to me?"`), and `I` in the narration that
    does not ask stays narration."""
    path = tmp_path / "feature.txt"
    path.write_text(
        "Cho Eun-ae ran a noodle stall in Sinuiju until 2015.\n\n"
        "\u201cThe inspectors ate for free and called it tasting,\u201d she says.\n\n"
        "\u201cWho would have listened to me?\u201d\n\n"
        "I met her in a church hall in Suwon, where she now cooks on Sundays.\n\n"
        "\u201cI cook for forty people now. Nobody tastes for free.\u201d\n", encoding="utf-8")
    assert [role for _, role, _ in speech(path)] == ["respondent"] * 3
    assert ("(narration)", "I met her") in context(path)


def test_a_wire_storys_reported_speech_and_its_expert():
    """A paragraph of reported speech carrying a quote (`Ri said she first heard...
    "..."`) is Ri's; a quote given to a woman the attribution names by her family name is
    Ri's too; the professor the story describes comments (context), in a story about
    escapees."""
    path = LAYOUTS / "wire-reported-quotes.txt"
    assert speech(path) == [
        ("Lim", "respondent", "\"If the cloth"),
        ("Ri", "respondent", "\"My mother paid"),
        ("Ri", "respondent", "Ri said she"),
        ("Lim", "respondent", "Lim said she"),
    ]
    assert [(who, words) for who, words in context(path) if who == "(expert)"] == [
        ("(expert)", "Kwon Tae-il, a")]  # with Kwon's quote after it, in one context turn
    assert any("Kwon comments as an expert" in n for n in notices(path))


def test_an_expert_who_fled_or_who_alone_speaks_is_not_set_aside(tmp_path: Path):
    """A researcher the story says fled is an escapee whose quotes are testimony; a story
    quoting only an analyst keeps the analyst's quotes (nobody else speaks); reported speech
    of someone quoted nowhere else (`Officials said...`) stays narration."""
    fled = tmp_path / "fled.txt"
    fled.write_text(
        "Seo Ha-na, a researcher who fled North Korea in 2011, remembers the market.\n\n"
        "\"We paid the guard with batteries,\" Seo said.\n\n"
        "\"Everyone knew the price,\" said Bae, 50, a trader who crossed in 2014.\n\n"
        "Officials said the rules had not changed, calling such reports \"invented.\"\n\n"
        "\"Nobody asked for receipts,\" Seo said.\n", encoding="utf-8")
    assert {who for who, _, _ in speech(fled)} == {"Seo", "Bae"}
    assert ("(narration)", "Officials said the") in context(fled)  # no one quoted elsewhere
    alone = tmp_path / "alone.txt"
    alone.write_text(
        "Defectors describe markets run on bribes.\n\n"
        "\"The bribe is the wage,\" said Oh Jin-su, an analyst at a Seoul institute.\n\n"
        "\"Officials cannot live on rations,\" Oh said.\n\n"
        "\"It will not change soon,\" Oh said.\n", encoding="utf-8")
    assert [role for _, role, _ in speech(alone)] == ["respondent"] * 3


def test_interviews_under_their_headings_have_a_respondent_each():
    """Two interviews, each under a heading that presents its interviewee, both `Q:` /
    `A:`: two respondents, one interviewer; the italic note after the last answer is
    context."""
    path = LAYOUTS / "interviews-under-headings.md"
    got = speech(path)
    assert [who for who, role, _ in got if role == "respondent"] == \
        ["A (Interviewee 1)"] * 2 + ["A (Interviewee 2)"] * 2
    assert {who for who, role, _ in got if role == "interviewer"} == {"Q"}
    assert context(path)[-1] == ("(closing note)", "*These excerpts are")
    assert any("read as 2 respondents" in n for n in notices(path))


def test_a_word_file_of_interviews_named_in_their_headings(tmp_path: Path):
    """Heading 1 naming the person (`Interview with Han Mi-ok`) names the respondent; an
    italic closing note is context."""
    d = docx.Document()
    for name, answer in (("Han Mi-ok", "I sold shoes."), ("Pyo Chul", "I drove a truck.")):
        d.add_heading(f"Interview with {name}", level=1)
        d.add_paragraph("Q: What was your work?")
        d.add_paragraph(f"A: {answer}")
        d.add_paragraph("Q: And after that?")
        d.add_paragraph("A: Nothing, there was no work.")
    d.add_paragraph().add_run("The interviews were translated by volunteers.").italic = True
    d.save(tmp_path / "two.docx")
    got = speech(tmp_path / "two.docx")
    assert [who for who, role, _ in got if role == "respondent"] == \
        ["Han Mi-ok"] * 2 + ["Pyo Chul"] * 2
    assert context(tmp_path / "two.docx")[-1] == ("(closing note)", "The interviews were")


def test_headings_that_divide_one_interview_keep_one_respondent(tmp_path: Path):
    """Section titles (`## Childhood`) or parts of one interview (`Interview with Kim —
    part 2`) start no one new; an italic last paragraph after an italic answer stays it."""
    for headings in (("Childhood", "Leaving"),
                     ("Interview with Kim Sun-hee — part 1",
                      "Interview with Kim Sun-hee — part 2")):
        path = tmp_path / "one.md"
        path.write_text("".join(f"## {h}\n\nQ: What happened?\n\nA: We moved.\n\n"
                                f"Q: Then?\n\nA: *We waited.*\n\n" for h in headings)
                        + "*And we waited more.*\n", encoding="utf-8")
        assert {who for who, role, _ in speech(path) if role == "respondent"} == {"A"}
        last = parse_file(path, Config()).turns[-1]
        assert (last.speaker, " ".join(last.text.split())) == (
            "A", "*We waited.* *And we waited more.*")


def test_an_expert_by_title_before_the_name(tmp_path: Path):
    """`says Professor Nam` in a story about escapees: Nam comments (context)."""
    path = tmp_path / "title.txt"
    path.write_text(
        "Jang Bo-ra fled Musan in 2017.\n\n"
        "\"We paid the guard in cigarettes,\" Jang said.\n\n"
        "\"Every crossing has its price,\" says Professor Nam Gyu-ho of Yonsei University.\n\n"
        "\"I paid twice,\" Jang said.\n", encoding="utf-8")
    assert [who for who, _, _ in speech(path)] == ["Jang", "Jang"]
    assert ("(expert)", "\"Every crossing has") in context(path)
