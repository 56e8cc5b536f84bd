"""Session 18's new features tried at the command line as a new user would: the mistakes
people make with named lists (a list used above where it is defined, a misspelt name, a list
of mappings, a list of phrases in a pattern), and `review export` / `review adjudicate
--file` on a read-only folder, an adjudication sheet and a name without `.xlsx`."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.store import Store
from tests.conftest import INTERVIEW, Project
from tests.test_review import codings, fill

BOOK = """
name: mine
lists:
  officials: [guard, police, cadre]
  official_phrases: ["party secretary", "the head of", "@officials"]
  goods: [cigarette, rice]
codes:
  - id: bribery
    label: Bribery
    description: Paying "@officials" (prose, left as written).
    rules:
      - {id: gave, pattern: [{LEMMA: give}, {LOWER: the}, {LEMMA: {IN: ["@officials"]}}]}
      - {id: paid, near: {a: [pay, "@goods"], b: ["@official_phrases"], within: 6}}
    unless:
      - {id: hired, terms: ["security guard"], words: ["@officials"]}
    question: {id: asked, terms: [bribe, "@officials"]}
"""


def check(project: Project, book: str) -> list[str]:
    project.write("mine.yaml", book, folder="codebooks")
    return project.qcode("codebook", "check", "codebooks/mine.yaml", code=1).stderr.splitlines()


def test_the_codebook_with_lists_is_fine_as_written(project: Project):
    project.write("mine.yaml", BOOK, folder="codebooks")
    r = project.qcode("codebook", "check", "codebooks/mine.yaml")
    assert r.stdout == "codebooks/mine.yaml: ok: 1 code, 4 rules, unit paragraph\n"


def test_a_list_used_above_where_it_is_defined_says_to_move_it(project: Project):
    book = BOOK.replace('  officials: [guard, police, cadre]\n', '').replace(
        '  goods: [cigarette, rice]\n', '  goods: [cigarette, rice]\n  officials: [guard, '
        'police, cadre]\n')
    assert check(project, book) == [
        "Error: codebooks/mine.yaml: 1 problem in the codebook; nothing was done",
        "  lists.official_phrases[2]: '@officials' is defined below this list, and a list "
        "may use only lists defined above it: move `officials:` above `official_phrases:`",
    ]


def test_a_misspelt_list_name_suggests_the_list_meant(project: Project):
    book = BOOK.replace('{IN: ["@officials"]}', '{IN: ["@oficials"]}')
    assert check(project, book) == [
        "Error: codebooks/mine.yaml: 1 problem in the codebook; nothing was done",
        "  codes[0].rules[0].pattern[2].LEMMA.IN[0]: '@oficials' is not a list defined under "
        "`lists:`; did you mean '@officials'? (defined: @officials, @official_phrases, "
        "@goods)",
    ]


def test_a_list_of_mappings_names_the_item_and_not_every_rule_that_uses_it(project: Project):
    book = BOOK.replace("  goods: [cigarette, rice]", "  goods:\n    - word: cigarette\n"
                        "    - rice")
    assert check(project, book) == [
        "Error: codebooks/mine.yaml: 1 problem in the codebook; nothing was done",
        "  lists.goods[0]: a mapping (`key: value`), not a word or phrase; a named list holds "
        'words and phrases only, e.g. [guard, "border guard"]',
    ]
    book = BOOK.replace("  goods: [cigarette, rice]", "  goods: [cigarette, 1998]")
    assert check(project, book)[1] == (
        '  lists.goods[1]: 1998 is not text; write it in quotes ("1998") if it is a word of the '
        'list; a named list holds words and phrases only, e.g. [guard, "border guard"]')


def test_phrases_in_a_pattern_token_are_an_error_not_a_rule_that_never_fires(project: Project):
    book = BOOK.replace('{IN: ["@officials"]}', '{IN: ["@official_phrases"]}')
    assert check(project, book) == [
        "Error: codebooks/mine.yaml: 1 problem in the codebook; nothing was done",
        "  codes[0].rules[0].pattern[2].LEMMA.IN[0]: '@official_phrases' holds phrases of "
        "several words ('party secretary', 'the head of'), and a pattern token is one word, "
        "so they never match; name a list of single words here, and use the phrases in a "
        "`terms` or `near` rule",
    ]
    # the same mistake written out, with or without lists in the codebook
    book = BOOK.replace('{IN: ["@officials"]}', '{IN: [guard, "border guard"]}').replace(
        "{LOWER: the}", '{LOWER: "the"}, {LOWER: "head of"}')
    assert check(project, book)[1:] == [
        "  codes[0].rules[0].pattern[2].LOWER: 'head of' is several words, and a pattern "
        "token is one word, so it never matches; one word per token, or the phrase in a "
        "`terms` or `near` rule",
        "  codes[0].rules[0].pattern[3].LEMMA.IN[1]: 'border guard' is several words, and a "
        "pattern token is one word, so it never matches; write one word here, or the phrase "
        "in a `terms` or `near` rule",
    ]


# review sheets: --force in a read-only folder, adjudication sheets, a name without .xlsx


def filled_and_imported(project: Project) -> Path:
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    path = project.root / "ana.xlsx"
    project.qcode("review", "export", "--reviewer", "ana", "--file", path)
    fill(path, {sorted(codings(project))[0]: ("accept", "", "")})
    project.qcode("review", "import", path)
    return path


def test_force_where_the_sheet_cannot_be_moved_aside_says_so(project: Project,
                                                            monkeypatch: pytest.MonkeyPatch):
    path = filled_and_imported(project)
    before = path.read_bytes()

    def denied(self: Path, target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", denied)
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force", code=1)
    assert r.stderr == (f"Error: {path}: --file: the filled sheet cannot be moved aside to "
                        "ana.replaced.xlsx (permission denied; check the folder's permissions "
                        "or choose another one); nothing was written\n")
    assert path.read_bytes() == before


def test_a_forced_export_that_fails_leaves_the_filled_sheet_where_it_was(
        project: Project, monkeypatch: pytest.MonkeyPatch):
    """The new sheet is written beside the filled one first; only then is the filled one
    moved aside: an export that fails on the way moves nothing."""
    path = filled_and_imported(project)
    before = path.read_bytes()
    from qcode.errors import OutputError
    from qcode.review import export

    def full_disk(*args: object) -> int:
        raise OutputError("cannot write: no space left on the device", path)

    with monkeypatch.context() as m:
        m.setattr(export, "export_sheet", full_disk)
        r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force",
                          code=1)
    assert "no space left" in r.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.glob("*ana*")) == ["ana.xlsx"]
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force")
    assert (project.root / "ana.replaced.xlsx").read_bytes() == before
    assert sorted(p.name for p in path.parent.glob("*ana*")) == ["ana.replaced.xlsx", "ana.xlsx"]


def test_a_sheet_name_without_xlsx_is_refused_before_anything_is_written(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    path = project.root / "ana"
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, code=1)
    assert r.stderr == (f"Error: {path}: --file: a sheet's name must end in .xlsx, or Excel "
                        f"and `qcode review import` cannot open it: write --file {path}.xlsx\n")
    assert not path.exists()


def test_a_filled_adjudication_sheet_names_its_own_import(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    (project.root / "qcode.toml").write_text('adjudicators = ["cho"]\n')
    ids = sorted(codings(project))
    with Store(project.root / "outputs" / "qcode.db") as store:
        store.add_decision(ids[0], "ana", "accept")
        store.add_decision(ids[0], "bo", "reject")
    path = project.root / "adj.xlsx"
    r = project.qcode("review", "adjudicate", "--file", path)
    assert r.stdout == f"wrote {path} (1 disputed coding for cho)\n"
    fill(path, {ids[0]: ("accept", "", "")}, sheet="Adjudicate")
    project.qcode("review", "adjudicate", "--import", path)
    r = project.qcode("review", "adjudicate", "--file", path, "--force", code=1)
    assert r.stderr == (f"Error: {path}: --file: has 1 row an adjudicator filled in; a filled "
                        "adjudication sheet is never replaced: import it if you have not "
                        f"(qcode review adjudicate --import {path}), and write the new sheet to "
                        "another file\n")


def test_adjudicate_force_help_does_not_promise_to_move_a_filled_sheet(project: Project):
    r = project.qcode("review", "adjudicate", "--help")
    assert "a filled adjudication sheet is never replaced" in " ".join(r.stdout.split())


# the readers' notices: what was done, and how to put it right

SCRIPT = """FADE IN:

INT. KIM'S KITCHEN - DAY

Kim pours tea.

INTERVIEWER (O.S.)
Did you pay the guards?

MRS. KIM
Yes. We gave the guard cigarettes.

INTERVIEWER (O.S.)
Why did you leave?

MRS. KIM
There was nothing to eat, so we left.
"""


def test_the_screenplay_notice_says_how_to_correct_a_role(project: Project):
    project.write("script.txt", SCRIPT)
    r = project.qcode("run")
    assert ("Warning: transcripts/script.txt:1: read as a screenplay: 4 cues name who speaks "
            "the lines under them; scene headings, action, transitions, parentheticals and "
            "page numbers are context; if a name's role is wrong, list the interviewers under "
            "`interviewers:` in the front matter or in qcode.toml\n") in r.stderr
    project.write("script.txt", "---\ninterviewers: [MRS. KIM]\n---\n" + SCRIPT)
    r = project.qcode("run", code=1)
    assert "no respondent text found (4 interviewer turns)" in r.stderr
