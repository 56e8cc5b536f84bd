"""Documents whose markup is no one's words (session 18): a transcript in LaTeX source, a
reStructuredText page's footnotes and substitutions, an outliner's (Logseq's) page, an
annotation tool's (ELAN's) tab-delimited export; and the near misses (a backslash, a `%`,
`..`, `[1]`, `- ` bullets, tabs in an ordinary transcript) that must read as before.
Fixtures in tests/data/layouts/; eval22's latex01, rst01, logseq01 and elan01 are the same
shapes."""

from __future__ import annotations

import contextlib
from pathlib import Path

from qcode.config import Config
from qcode.errors import QcodeError
from qcode.ingest import parse_file
from qcode.ingest.latex import is_latex
from qcode.ingest.restructured import is_rst

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(name: str) -> list[tuple[str, str, str]]:
    """(speaker, role, first words) of each turn."""
    t = parse_file(LAYOUTS / name, Config())
    return [(turn.speaker, turn.role, " ".join(turn.text.split()[:4])) for turn in t.turns]


def text_of(name: str, role: str) -> str:
    t = parse_file(LAYOUTS / name, Config())
    return "\n".join(turn.text for turn in t.turns if turn.role == role)


def test_latex_annex_reads_labels_without_commands_footnotes_or_pull_quote():
    assert turns("latex-report-annex.txt") == [
        ("(comment)", "other", "% annexe_b.tex -- version"),
        ("(heading)", "other", "Annex B.2: Interview with"),
        ("(markup)", "other", "\\begin{description}"),
        ("Interviewer", "interviewer", "When did the boats"),
        ("K.", "respondent", "In the winter of"),
        ("Interviewer", "interviewer", "Did anyone pay to"),
        ("K.", "respondent", "The captain paid the"),
        ("(markup)", "other", "\\end{description}"),
        ("(pull quote)", "other", "``Fifty kilos of squid"),
    ]
    said = text_of("latex-report-annex.txt", "respondent")
    assert "We sat at the pier" in said and "bowibu" in said and "50 % of the catch" in said
    assert "\\" not in said and "Fuel shortages" not in said and "east coast fleet" not in said


def test_backslash_and_percent_in_a_transcript_are_no_latex():
    text = (LAYOUTS / "latex-like-transcript.txt").read_text()
    assert not is_latex(text)
    assert turns("latex-like-transcript.txt") == [
        ("(heading)", "other", "Interview 12, saved in"),
        ("Interviewer", "interviewer", "How much did the"),
        ("Kim", "respondent", "About 30% of what"),
        ("Interviewer", "interviewer", "Did you write anything"),
        ("Kim", "respondent", "On paper, yes. I"),
    ]
    assert "backslash \\ for the river" in text_of("latex-like-transcript.txt", "respondent")


def test_rst_footnote_target_comment_and_substitution_are_context():
    assert turns("rst-field-notes-page.txt") == [
        ("(markup)", "other", ".. _interview-04:"),
        ("(preamble)", "other", "Interview 04 with Mrs."),
        ("(rule)", "other", "=========================="),
        ("(markup)", "other", ".. |project| replace:: Coastal"),
        ("Interviewer", "interviewer", "Where did you sell"),
        ("Han", "respondent", "At the station market,"),
        ("Interviewer", "interviewer", "Did you ever keep"),
        ("Han", "respondent", "Never. A stall needed"),
        ("(footnote)", "other", ".. [1] Inspectors' \"tasting\""),
    ]
    said = text_of("rst-field-notes-page.txt", "respondent")
    assert "[1]_" not in said and "tasting" not in said and "TODO" not in said


def test_dots_and_a_bracketed_number_in_a_transcript_are_no_rst():
    assert not is_rst((LAYOUTS / "rst-like-transcript.txt").read_text())
    assert turns("rst-like-transcript.txt") == [
        ("Interviewer", "interviewer", "What happened after the"),
        ("Lee", "respondent", "We waited.. and waited."),
        ("Interviewer", "interviewer", "What did he say?"),
        ("Lee", "respondent", "That she was in"),
    ]
    assert ".. and then my uncle" in text_of("rst-like-transcript.txt", "respondent")


def test_outliner_page_blocks_are_paragraphs_and_its_furniture_context():
    assert turns("outliner-spaces-page.md") == [
        ("(property)", "other", "source:: interview audio, Busan,"),
        ("(heading)", "other", "Interview with Park"),
        ("Interviewer", "interviewer", "How did you first"),
        ("Park", "respondent", "My father had a"),
        ("Park", "respondent", "We listened under the"),
        ("(task)", "other", "LATER check the year"),
        ("Interviewer", "interviewer", "Were you ever caught?"),
        ("Park", "respondent", "Once. We paid the"),
        ("(heading)", "other", "Notes"),
        ("(memo)", "other", "radio + bribery (rice"),
    ]
    said = text_of("outliner-spaces-page.md", "respondent")
    assert "- " not in said and "bribery" not in said and "LATER" not in said


def test_bullet_list_inside_a_markdown_transcript_is_no_outline():
    assert turns("bullets-in-transcript.md") == [
        ("(heading)", "other", "Interview 7"),
        ("Interviewer", "interviewer", "What did you take"),
        ("Choi", "respondent", "Only a few things:"),
        ("Interviewer", "interviewer", "Why the knife?"),
        ("Choi", "respondent", "For the river. For"),
    ]
    assert "- the money sewn" in text_of("bullets-in-transcript.md", "respondent")


def test_elan_export_tiers_are_speakers_times_no_words_comments_tier_context():
    assert turns("elan-seconds-export.txt") == [
        ("Interviewer", "interviewer", "Where did your family"),
        ("Speaker-Choi", "respondent", "In Hoeryong, near the"),  # and the next row
        ("(annotation)", "other", "railway = state job,"),
        ("Interviewer", "interviewer", "Did the railway pay"),
        ("Speaker-Choi", "respondent", "In coupons. We sold"),
    ]
    said = text_of("elan-seconds-export.txt", "respondent")
    assert "My father worked for the railway" in said
    assert "1.250" not in said and "9.900" not in said and "state job" not in said


def test_tab_separated_timed_transcript_is_no_elan_export():
    assert turns("tab-timed-transcript.txt") == [
        ("(interview heading)", "other", "Interview 9, typed from"),
        ("Interviewer", "interviewer", "Where did your family"),
        ("Choi", "respondent", "In Hoeryong, near the"),
        ("Interviewer", "interviewer", "Did the railway pay"),
        ("Choi", "respondent", "In coupons. We sold"),
    ]


def test_hostile_markup_lines_read_in_linear_time(tmp_path: Path):
    """A 20k-character line and a 5k-line file of each shape, read in well under a
    second each (not a timing test: a guard against a regex that backtracks)."""
    shapes = {
        "a.txt": "\\textbf{Q:} x\n% c\n\\section{s}\n" + "\\footnote{" * 5000 + "\n",
        "b.txt": ".. [#] x\n.. _t:\n" + ".. |" * 5000 + "\n" + "[#]_ " * 4000 + "\n",
        "c.md": "- a:: b\n\t- x\n" + "- " * 10000 + "\n" + "\t- ((" * 4000 + "\n",
        "d.txt": "INT\t1.0\t2.0\tx\n" * 3 + "A\t" * 10 + "1" * 20000 + "\n",
    }
    lines5k = {"e.txt": "\\noindent\\textbf{A:} yes.\\footnote{n} \\emph{x}\n" * 5000,
               "f.md": "\t- **Q:** why?\n\t\t- **A:** so. id:: x\n" * 2500,
               "g.txt": "RESP\tGil\t00:00:01.000\t00:00:02.000\t00:00:01.000\tyes\n" * 5000}
    for name, text in {**shapes, **lines5k}.items():
        path = tmp_path / name
        path.write_text(text)
        with contextlib.suppress(QcodeError):  # read or refused clearly, never a crash
            parse_file(path, Config())


def test_elan_export_with_frames_and_no_participant_column(tmp_path: Path):
    """Times with frames (`hh:mm:ss:ff`), the tier name the only speaker's name."""
    path = tmp_path / "export.txt"
    path.write_text("Q\t00:00:01:03\t00:00:04:20\tWhere did you work?\n"
                    "Lim\t00:00:05:00\t00:00:09:11\tAt the fish plant in Chongjin.\n"
                    "Q\t00:00:10:02\t00:00:12:00\tWho paid you?\n"
                    "Lim\t00:00:12:10\t00:00:15:00\tNobody. We paid them.\n"
                    "codes\t00:00:12:10\t00:00:15:00\tforced labour\n")
    t = parse_file(path, Config())
    assert [(turn.speaker, turn.role, turn.text) for turn in t.turns] == [
        ("Q", "interviewer", "Where did you work?"),
        ("Lim", "respondent", "At the fish plant in Chongjin."),
        ("Q", "interviewer", "Who paid you?"),
        ("Lim", "respondent", "Nobody. We paid them."),
        ("(annotation)", "other", "forced labour"),
    ]
