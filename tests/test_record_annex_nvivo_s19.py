"""Shapes eval27 found misread, each fix proven on its own fixture in another wording
(tests/data/layouts/), with a near miss that must read as before: an interview record's
list of those present naming its officer, applicant and interpreter, and its signature
line (present.py, kinds.py); an NVivo coding report's node, source and reference lines
(nodereport.py); a report's numbered third-person paragraphs quoting witnesses
(annex.py)."""

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


def test_in_attendance_list_names_officer_claimant_interpreter():
    """`In attendance: Protection Officer Dana Moss (PO); the claimant (CL); interpreter
    (INT)` over two lines: PO (Dana Moss) asks, CL answers, INT (an interviewer's label by
    default) is the interpreter, context; the signature line is no words of the last turn."""
    assert turns(LAYOUTS / "record-in-attendance-roles.txt")[3:] == [
        ("Dana Moss", "interviewer", "Can you hear the interpreter"),
        ("CL", "respondent", "Yes, clearly."),
        ("Dana Moss", "interviewer", "Where did you work before"),
        ("CL", "respondent", "At a coal mine near"),
        ("INT", "other", "The claimant used a local"),
        ("Dana Moss", "interviewer", "Why did you decide to"),
        ("CL", "respondent", "My brother was arrested for"),
        ("Dana Moss", "interviewer", "That is all for today."),
        ("(signatures)", "other", "Signature of claimant: .................... Date:"),
    ]


def test_former_officer_in_present_list_still_answers():
    """`Mr. Kim Chol, a former army officer (K)`: who he was, not who asks; INT asks."""
    rows = turns(LAYOUTS / "record-present-former-officer.txt")
    assert [r[:2] for r in rows[1:]] == [("INT", "interviewer"), ("K", "respondent")] * 3


def test_nvivo_node_fields_and_sources_are_context():
    """Older NVivo's `<Internals\\\\...>` source lines, a node's `Hierarchical Name:`,
    wrapped `Description:` and `Aggregate:`: context; the extracts keep their labels."""
    assert turns(LAYOUTS / "nvivo-code-summary-internals.txt") == [
        ("(node)", "other", "Nodes\\\\Smuggling\\\\Border crossing"),
        ("(node)", "other", "Hierarchical Name: Nodes\\\\Smuggling\\\\Border crossing"),
        ("(node)", "other", "Description: Crossing the river, brokers,"),
        ("(node)", "other", "see codebook section 3"),
        ("(node)", "other", "Aggregate: No"),
        ("(source)", "other", "<Internals\\\\Interviews\\\\Respondent 04> - § 2"),
        ("(reference)", "other", "Reference 1 - 1.02% Coverage"),
        ("Q", "interviewer", "How did you cross?"),
        ("R04", "respondent", "In winter, on the ice."),
        ("(reference)", "other", "Reference 2 - 1.08% Coverage"),
        ("R04", "respondent", "The second time the guard"),
        ("(source)", "other", "<Internals\\\\Interviews\\\\Respondent 09> - § 1"),
        ("(reference)", "other", "Reference 1 - 0.77% Coverage"),
        ("R09", "respondent", "We waited three nights in"),
    ]


def test_name_description_header_without_nvivo_lines_reads_as_before():
    """`Name:` / `Description:` above a Q&A with no coding report around it: untouched."""
    assert turns(LAYOUTS / "name-description-header-interview.txt") == [
        ("(preamble)", "other", "Name: Interview 12 (Chongjin) Description:"),
        ("Q", "interviewer", "What did you sell at"),
        ("A", "respondent", "Shoes from China, and later"),
        ("Q", "interviewer", "Who did you pay?"),
        ("A", "respondent", "The market manager, every day."),
    ]


def test_report_paragraphs_quoting_witnesses_are_each_witness_s():
    """Wrapped numbered paragraphs: `Witness 12 told...` and her `She added...`, a former
    soldier, two men from Musan told apart; the Mission's findings and headings context,
    the paragraph numbers no words."""
    assert turns(LAYOUTS / "ngo-report-witness-paragraphs.txt") == [
        ("(report)", "other", "FINDINGS OF THE FACT-FINDING MISSION"),
        ("(report)", "other", "III. Detention and forced labour"),
        ("(report)", "other", "14. The Mission interviewed 22"),
        ("(report)", "other", "below; identifying details have been"),
        ("Witness 12", "respondent", "Witness 12 told the Mission"),
        ("Witness 12", "respondent", "She added that food was"),
        ("former soldier from Kaesong", "respondent", "A former soldier from Kaesong"),
        ("(report)", "other", "18. The Mission finds that"),
        ("(report)", "other", "inhuman treatment."),
        ("man from Musan", "respondent", "A man from Musan stated"),
        ("man from Musan (4)", "respondent", "A man from Musan, a"),
        ("(report)", "other", "IV. Conclusions"),
        ("(report)", "other", "21. Detainees were routinely made"),
    ]


def test_numbered_witness_statement_quoting_a_guard_stays_hers():
    """A statement in numbered first-person paragraphs (`The guard said: "..."`): one
    person's testimony, as before, never the guard's."""
    rows = turns(LAYOUTS / "witness-statement-numbered-paras.txt")
    assert {r[:2] for r in rows[1:]} == {("Respondent", "respondent")}
    assert rows[2][2].startswith("2. In 2008")


def test_hostile_lines_read_fast(tmp_path: Path):
    """A 20k-character line of each shape and 5k-line files of them read in linear time
    (a loose bound: the point is no backtracking blow-up)."""
    shapes = ["Signed: " + "x " * 10000, "Present: " + "Officer (EO), " * 1500,
              "Files\\\\" + "a\\\\" * 7000 + " § 2", "Reference 1 - " + "1" * 20000,
              "12. A woman from " + "Hyesan " * 3000 + "said \"" + "x" * 200,
              "When asked " + "whether " * 2500 + ", she said \"x\""]
    for i, shape in enumerate(shapes):
        path = tmp_path / f"h{i}.txt"
        path.write_text("Nodes\\\\X\n" + shape + "\n\nQ: Why?\nA: " + shape + "\n",
                        encoding="utf-8")
        assert parse_file(path, Config()).turns  # read, not refused
    path = tmp_path / "long.txt"
    path.write_text("".join(f"{n}. A man from Musan said \"we paid\".\n\n" for n in range(2500)),
                    encoding="utf-8")
    assert parse_file(path, Config()).turns
