"""Markdown as static sites and note apps keep it (session 16): a Hugo page's TOML front
matter and shortcodes (frontmatter.py, shortcodes.py); an Obsidian note's comments,
callouts, wikilinks and highlights (vaultnotes.py)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(name: str) -> list[tuple[str, str, str]]:
    """(role, speaker, first words) of each turn."""
    t = parse_file(LAYOUTS / name, Config())
    return [(u.role, u.speaker, " ".join(u.text.split()[:5])) for u in t.turns]


def test_hugo_question_shortcodes_are_the_interviewers():
    t = parse_file(LAYOUTS / "hugo-question-shortcodes.md", Config())
    # only qcode's fields are read from the TOML block (`[params]` too), dates as text
    assert t.meta == {"pseudonym": "Yun Chol-min", "province": "North Hamgyong",
                      "interview_year": 2023}
    assert [(u.role, u.speaker, " ".join(u.text.split()[:5])) for u in t.turns] == [
        ("other", "(preamble)", "Yun Chol-min, now 34, ran"),
        ("other", "(caption)", "A shoe box with a"),
        ("interviewer", "Interviewer", "Where did the cards come"),
        ("respondent", "Yun Chol-Min", "A cousin who drove a"),
        ("interviewer", "Interviewer", "Were you ever caught? I"),
        ("respondent", "Yun Chol-Min", "Once. They cut the electricity"),
        ("other", "(pull quote)", "They cut the electricity to"),
        ("other", "(box)", "Glossary Notel: a small media"),
        ("interviewer", "Interviewer", "What did you watch yourself?"),
        ("respondent", "Yun Chol-Min", "Mostly the South Korean dramas"),
        ("other", "(box)", "Mr. Yun now works at"),
    ]
    # no tag, argument or front-matter field is read as anyone's words
    said = " ".join(u.text for u in t.turns)
    assert "{{" not in said and "vimeo" not in said and "Twelve Dramas" not in said
    # the tags are blanked, not cut: a paragraph's span is still the file's
    text = (LAYOUTS / "hugo-question-shortcodes.md").read_text(encoding="utf-8")
    answer = t.turns[3].paragraphs[0]
    assert text[answer.start:answer.end] == answer.text


def test_hugo_page_with_invalid_toml_keeps_it_as_context_with_a_notice():
    t = parse_file(LAYOUTS / "hugo-broken-toml.md", Config())
    assert t.meta == {}
    assert [(u.role, u.speaker, " ".join(u.text.split()[:5])) for u in t.turns] == [
        ("other", "(front matter)", "+++ title = \"Notes from"),
        ("interviewer", "Interviewer", "When did you first pay"),
        ("respondent", "Respondent", "At nineteen, to a railway"),
        ("interviewer", "Interviewer", "Tell me about the guard."),
        ("respondent", "Respondent", "A young man with a"),
    ]
    assert [n.line for n in t.notices] == [2]
    assert "not valid TOML" in t.notices[0].message


def test_shortcodes_in_a_labelled_page_are_no_words():
    assert turns("hugo-labelled-with-embeds.md") == [
        ("other", "(caption)", "The Sunam market in Chongjin,"),
        ("interviewer", "Q", "How did the market change"),
        ("respondent", "A", "Everyone lost their savings overnight."),
        ("interviewer", "Q", "Did the inspectors change too?"),
        ("respondent", "A", "They asked for more, and"),
    ]


def test_plus_lines_and_braces_of_a_transcript_are_no_front_matter_nor_shortcodes():
    # negative: `+++` lines with a label between them, `{{ ... }}` in speech: as before
    assert turns("hugo-plus-lines-negative.md") == [
        ("other", "(preamble)", "+++"),
        ("interviewer", "Interviewer", "What did the price board"),
        ("respondent", "Respondent", "Someone had drawn plus signs"),
        ("interviewer", "Interviewer", "And {{ the police }}?"),
        ("respondent", "Respondent", "They wrote nothing. They took."),
    ]


def test_toml_front_matter_never_crashes(tmp_path: Path):
    for block in ("id = [1, 2", "date = 2024-13-45", "[params\nx = 1", "a = 1\na = 2"):
        f = tmp_path / "page.md"
        f.write_text(f"+++\n{block}\n+++\n\nQ: Did you pay?\n\nA: Yes, in yuan.\n",
                     encoding="utf-8")
        t = parse_file(f, Config())
        assert t.meta == {}
        assert [u.role for u in t.turns] == ["other", "interviewer", "respondent"]
        assert any("not valid TOML" in n.message for n in t.notices)


def test_a_private_site_field_is_not_stored_and_its_value_redacted(tmp_path: Path):
    f = tmp_path / "page.md"
    f.write_text('+++\nauthor = "Miriam Okafor"\npseudonym = "Yun"\n+++\n\n'
                 "{{< q >}}Who drove you to the border?{{< /q >}}\n\n"
                 "A driver Miriam Okafor found for us.\n", encoding="utf-8")
    t = parse_file(f, Config(private_fields=["author"]))
    assert t.meta == {"pseudonym": "Yun"}
    assert t.turns[-1].text == "A driver [redacted] found for us."


def test_vault_note_comments_callouts_and_links():
    t = parse_file(LAYOUTS / "vault-note-callouts-comments.md", Config())
    assert [(u.role, u.speaker, " ".join(u.text.split()[:5])) for u in t.turns] == [
        ("other", "(heading)", "Interview 22 — H."),
        ("other", "(embed)", "![[2024-03-02 H-22.mp3]]"),
        ("other", "(comment)", "Transcribed from the second recorder;"),
        ("interviewer", "Interviewer", "How did the market in"),
        ("respondent", "H", "Everyone had a stall or"),
        ("other", "(callout)", "> [!note] Researcher's note >"),
        ("interviewer", "Interviewer", "Who was on duty?"),
        ("respondent", "H", "The police man for our"),
        ("other", "(callout)", "> [!cite]"),
        ("other", "(pull quote)", "> With the soldier you"),
        ("interviewer", "Interviewer", "And the drama CDs?"),
        ("respondent", "H", "Those we never sold in"),
    ]
    answer = t.turns[4].text
    # the comment closing the answer is no words of hers; the highlight shows its words
    assert answer.endswith("whoever was on duty that day.")
    assert "The stall fee went" in answer and "%%" not in answer and "==" not in answer
    text = (LAYOUTS / "vault-note-callouts-comments.md").read_text(encoding="utf-8")
    p = t.turns[7].paragraphs[0]  # offsets are still the file's
    assert text[p.start:p.end].startswith("The [[Ministry") and p.text.startswith("The police")


def test_vault_marks_look_alikes_read_as_before():
    # negative: an unpaired `%%`, `==` between spaces, a quote callout repeating nothing
    t = parse_file(LAYOUTS / "vault-note-lookalike-negative.md", Config())
    assert [(u.role, u.speaker, " ".join(u.text.split()[:4])) for u in t.turns] == [
        ("interviewer", "Interviewer", "How much did the"),
        ("respondent", "Respondent", "In one week, 50%%"),
        ("interviewer", "Interviewer", "What did the officials"),
        ("respondent", "Respondent", "They said wait and"),
        ("other", "(callout)", "> [!quote]"),  # the callout's head: its body stays hers
        ("respondent", "Respondent", "> We carried our"),
        ("interviewer", "Interviewer", "Were you afraid?"),
        ("respondent", "Respondent", "Of course."),
    ]
    assert t.turns[1].text == ("In one week, 50%% or more, I don't remember. The old money "
                               "== nothing, we said.")
