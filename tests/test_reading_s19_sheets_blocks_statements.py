"""Shapes eval28 found misread, each fix proven on its own fixture in another wording
(tests/data/layouts/), with a near miss that must read as before: a spreadsheet's
tab-delimited export with quoted cells over several lines and a notes column
(sheetcells.py, texttables.py); a WordPress page's block-editor source (blocksource.py);
a witness statement in numbered first-person paragraphs (statement.py)."""

from __future__ import annotations

from pathlib import Path

from qcode.config import Config
from qcode.ingest import parse_file

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def turns(path: Path) -> list[tuple[str, str, str]]:
    """(speaker, role, first five words) of each paragraph."""
    t = parse_file(path, Config())
    return [(turn.speaker, turn.role, " ".join(p.text.split()[:5]))
            for turn in t.turns for p in turn.paragraphs]


def test_sheet_export_quoted_cells_and_comments_column():
    """`#  Start  Name  Transcript  Comments`, CRLF records, a quoted answer over two lines
    with doubled quotes, a quoted comment over two lines: the cells' line breaks are
    paragraph breaks, the comments context, the numbers and times no words."""
    assert turns(LAYOUTS / "sheet-export-quoted-notes.txt") == [
        ("(heading)", "other", "# Start Name Transcript Comments"),
        ("Researcher", "interviewer", "Shall we begin? Tell me"),
        ("R7", "respondent", "We made uniforms. Twelve hours"),
        ("R7", "respondent", 'The manager called it "voluntary"'),
        ("(note)", "other", "LABOUR"),
        ("Researcher", "interviewer", "Were you paid?"),
        ("R7", "respondent", "In rice, sometimes. Mostly in"),
        ("(note)", "other", "wages; see memo from 3"),
        ("(sound)", "other", "[door opens]"),
        ("Researcher", "interviewer", "Who decided who worked nights?"),
        ("R7", "respondent", "The party secretary. Nobody argued"),
        ("(note)", "other", "POWER"),
    ]


def test_sheet_cell_opening_with_a_quotation_is_read_as_written():
    """A text cell that opens with a quotation (`"Open the door," he shouted.`) is no
    spreadsheet quoting: kept whole, its marks too; the notes are still context."""
    assert turns(LAYOUTS / "sheet-export-quote-opens-cell.txt")[1:] == [
        ("INT", "interviewer", "How did the search start?"),
        ("P3", "respondent", '"Open the door," he shouted.'),
        ("(note)", "other", "SEARCH"),
        ("INT", "interviewer", "Did they find anything?"),
        ("P3", "respondent", '"Nothing," my father said, but'),
    ]


def test_wordpress_block_source_q_a_labels_caption_button():
    """`<p><b>Q:</b> ...` in blocks: the labels are read, the image caption and the
    button are context, the tags no words."""
    assert turns(LAYOUTS / "wordpress-blocks-qa.txt") == [
        ("(preamble)", "other", "Our series on new arrivals"),
        ("Q", "interviewer", "When did you first hear"),
        ("A", "respondent", "In 2005, on a radio"),
        ("(caption)", "other", "A fixed-frequency radio of the"),
        ("Q", "interviewer", "Were you afraid?"),
        ("A", "respondent", "Always. We listened under a"),
        ("(link)", "other", "Subscribe"),
    ]


def test_transcript_quoting_one_block_comment_is_no_block_source():
    """One `<!-- wp:paragraph -->` quoted in an answer: the transcript reads as before."""
    rows = turns(LAYOUTS / "transcript-quotes-wp-comment.txt")
    assert [r[:2] for r in rows] == [("Interviewer", "interviewer"),
                                     ("Respondent", "respondent")] * 2
    assert "<!-- wp:paragraph -->" in parse_file(
        LAYOUTS / "transcript-quotes-wp-comment.txt", Config()).turns[1].text


def test_witness_statement_named_in_its_preamble():
    """`FIRST WITNESS STATEMENT OF ...`, `I, Kang Min-seo, ... state as follows:`: the
    numbered paragraphs (wrapped lines kept in them, numbers out) are hers; the tribunal
    heading, the preamble, the section headings and the confirmation context."""
    assert turns(LAYOUTS / "statement-declaration-wrapped.txt") == [
        ("(header)", "other", "IN THE FIRST-TIER TRIBUNAL (IMMIGRATION"),
        ("(header)", "other", "Appeal no. PA/04412/2023"),
        ("(header)", "other", "FIRST WITNESS STATEMENT OF KANG"),
        ("(preamble)", "other", "I, Kang Min-seo, of an"),
        ("Kang Min-seo", "respondent", "I am the appellant. I"),
        ("(heading)", "other", "My family"),
        ("Kang Min-seo", "respondent", "My mother was taken away"),
        ("Kang Min-seo", "respondent", "My grandmother sold tofu at"),
        ("(heading)", "other", "The crossing"),
        ("Kang Min-seo", "respondent", "In 2019 I crossed the"),
        ("(signature)", "other", "I confirm that the contents"),
        ("(signature)", "other", "Signed: Kang Min-seo"),
        ("(signature)", "other", "Date: 14 March 2024"),
    ]


def test_statement_of_reasons_in_third_person_is_no_witness_statement():
    """`STATEMENT OF REASONS` over numbered third-person paragraphs (a judge's): not read
    as anyone's statement; no speaker is named after it."""
    speakers = {r[0] for r in turns(LAYOUTS / "statement-of-reasons-third-person.txt")}
    assert "Judge Okafor" not in speakers and not any("appellant" in s for s in speakers)
    assert "Respondent" in speakers  # as before: the unnamed single voice


def test_hostile_shapes_are_read(tmp_path: Path):
    """A 20k-character line of each shape and 5k-line files of them are read, not refused or
    crashed on (the patterns are linear; benchmarks, not tests, measure time)."""
    long = "x" * 20000
    shapes = {
        "sheet.txt": "Time\tSpeaker\tText\tNotes\r\n" + "".join(
            f'00:00:{n % 60:02}\tP{n % 2}\t"{long if n == 3 else "a"}\n""b""\tN\r\n'
            for n in range(2500)),
        "open.txt": "Time\tSpeaker\tText\tNotes\n" + "00:01\tA\t\"" + "x\t" * 10000 + "\n"
                    + "00:02\tB\t\"a\n" * 5000,
        "wp.txt": "<!-- wp:paragraph -->\n" * 4 + "<p class=\"" + long + "\n"
                  + "<p><em>" + "<em>" * 5000 + "\n" + "<!-- wp:x " + "-" * 20000 + "\n"
                  + "<!-- wp:paragraph -->\n<p>A: x</p>\n<!-- /wp:paragraph -->\n" * 1700,
        "statement.txt": "WITNESS STATEMENT\nI, " + "A" * 20000 + " say that\n"
                         + "I, Kim, " + "of " * 7000 + "\n"
                         + "".join(f"{n}. I was there.\n" for n in range(1, 5000)),
    }
    for name, text in shapes.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8", newline="")
        assert parse_file(path, Config()).turns, name  # read, not refused
