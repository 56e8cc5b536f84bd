"""Session 16's QA tour left five small faults a person meets at the command line: `show`'s
header, `review export --force` on an imported sheet, `1 quotes from 1 interviewees`, the
recipient recorded as a payment in kind, and the reader's closing thanks and `Professor`
titles. Each is checked through the real CLI on real files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx

from qcode.plural import counted, plural
from tests.conftest import INTERVIEW, Project
from tests.test_review import codings, fill

SECURITY_MAN = "We gave the security man two cartons of cigarettes so he would not report us."


def rows(stdout: str) -> list[tuple[str, ...]]:
    """The body rows of a rich table, each as its stripped cells."""
    return [tuple(c.strip() for c in line.split("│")[1:-1]) for line in stdout.splitlines()
            if line.startswith("│")]


def test_plural_words():
    assert [counted(n, "quote") for n in (0, 1, 2)] == ["0 quotes", "1 quote", "2 quotes"]
    assert counted(1, "filled-in row") == "1 filled-in row"
    assert counted(3, "missed code") == "3 missed codes"
    assert counted(2, "box") == "2 boxes"
    assert counted(2, "party") == "2 parties"
    assert counted(2, "day") == "2 days"
    assert counted(2, "person") == "2 people"
    assert plural(1, "is") == "is" and plural(2, "is") == "are"
    assert plural(2, "asks", "ask") == "ask"


# 1. `qcode show`'s header: "45 coded" counted words, read as a count of coded passages


def test_show_header_says_it_counts_turns_paragraphs_and_words_read_as_coded(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    r = project.qcode("show", "t1")
    assert r.stdout.splitlines()[0].strip() == (
        "t1 (transcripts/t1.txt): 4 turns, 33 words; read as coded: 2 turns, 3 paragraphs, "
        "22 words")
    assert rows(r.stdout)[-1][:5] == ("14", "A", "respondent", "coded", "20")
    r = project.qcode("transcripts")
    assert "words read as coded" in r.stdout
    assert rows(r.stdout)[0][3:6] == ("4", "33", "22")


# 2. `review export --force` on a filled sheet: import first, or safe in the store


def test_force_replaces_a_filled_sheet_only_once_its_decisions_are_imported(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    path = project.root / "ana.xlsx"
    project.qcode("review", "export", "--reviewer", "ana", "--file", path)
    first, second = sorted(codings(project))[:2]
    fill(path, {first: ("accept", "", "")})
    before = path.read_bytes()
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force", code=1)
    assert r.stderr == (f"Error: {path}: --file: has 1 row a person filled in, 1 decision not "
                        "imported yet; it is never replaced: import it first (qcode review "
                        "import) or write the new sheet to another file\n")
    assert path.read_bytes() == before
    r = project.qcode("review", "import", path)
    assert r.stdout == (f"{path}: recorded 1 decision by ana (0 already recorded, 2 rows "
                        "undecided, 0 missed codes found, 0 on codings that no longer exist)\n")
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, code=1)
    assert r.stderr == (f"Error: {path}: --force: exists, and the decisions of its 1 filled-in "
                        "row are imported already (safe in the store); --force writes the new "
                        "sheet here and moves this one to ana.replaced.xlsx, or choose another "
                        "file\n")
    assert path.read_bytes() == before
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force")
    kept = project.root / "ana.replaced.xlsx"
    assert r.stdout == (f"wrote {path} (3 rows)\nthe filled sheet it replaced is now {kept} "
                        "(its decisions are in the store)\n")
    assert kept.read_bytes() == before  # the reviewer's file, formatting and all, kept
    assert codings(project)[first]["status"] == "accepted"  # the decision stayed recorded

    # a decision changed after the import is not in the store: never replaced
    fill(path, {first: ("accept", "", ""), second: ("reject", "", "")})
    project.qcode("review", "import", path)
    fill(path, {second: ("accept", "", "")})
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force", code=1)
    assert r.stderr == (f"Error: {path}: --file: has 2 rows a person filled in, 1 decision not "
                        "imported yet; it is never replaced: import it first (qcode review "
                        "import) or write the new sheet to another file\n")
    project.qcode("review", "import", path)  # the change recorded, the sheet may go aside
    project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force")
    assert (project.root / "ana.replaced-2.xlsx").exists() and kept.read_bytes() == before


def test_a_note_without_a_decision_keeps_an_imported_sheet(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    path = project.root / "ana.xlsx"
    project.qcode("review", "export", "--reviewer", "ana", "--file", path)
    first, second = sorted(codings(project))[:2]
    fill(path, {first: ("accept", "", ""), second: ("", "", "ask Han about the guard")})
    project.qcode("review", "import", path)
    r = project.qcode("review", "export", "--reviewer", "ana", "--file", path, "--force", code=1)
    assert r.stderr == (f"Error: {path}: --file: has 1 row with a note or recode_to but no "
                        "decision, which only the sheet keeps; it is never replaced: write the "
                        "new sheet to another file\n")


# 3. counts in words: `1 quote from 1 interviewee`, in every format and message


def test_digest_counts_are_pluralised_in_every_format(project: Project):
    project.write("t1.txt", "---\nid: t1\npseudonym: Mrs Han\n---\nInterviewer: How did you "
                  "get home?\n\nA: We gave the guard a carton of cigarettes.\n")
    project.qcode("run")
    r = project.qcode("digest", "--status", "all", "--code", "bribery")
    assert r.stdout.splitlines()[0] == "1 quote in 1 theme (DRAFT: unreviewed)"
    out = project.root / "outputs" / "digest"
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<span class="counts">— 1 quote, 1 interviewee</span>' in html
    assert '<p class="counts">1 quote from 1 interviewee. Money, goods' in html
    md = (out / "digest.md").read_text(encoding="utf-8")
    assert "(#bribery) — 1 quote, 1 interviewee\n" in md
    assert "\n1 quote from 1 interviewee. Money, goods" in md
    word = [p.text for p in docx.Document(str(out / "digest.docx")).paragraphs]
    assert any(p.startswith("1 quote from 1 interviewee. Money, goods") for p in word)
    # run's draft digest is put together from pieces: the same words
    draft = (project.root / "outputs" / "drafts" / "digest" / "digest.md").read_text("utf-8")
    assert "(#bribery) — 1 quote, 1 interviewee\n" in draft
    assert "(#usb_notel) — 0 quotes, 0 interviewees\n" in draft


def test_messages_count_in_words(project: Project):
    project.write("t1.txt", INTERVIEW)
    r = project.qcode("codebook", "check", "codebooks/default.yaml")
    assert ", unit paragraph" in r.stdout and "(s)" not in r.stdout
    project.qcode("run")
    r = project.qcode("code")
    assert r.stdout == "re-coded 0 transcripts for 0 codes; codings.csv has 3 rows\n"


# 4. payment-in-kind: the goods are the matched words, the recipient is context


def test_payment_in_kind_records_the_goods_not_the_recipient(project: Project):
    r = project.qcode("codebook", "explain", "codebooks/default.yaml", SECURITY_MAN)
    lines = [ln for ln in r.stdout.splitlines() if "payment-in-kind" in ln]
    assert lines == [
        "  + payment-in-kind (weight 0.45) near 'the security' [8:20]: context, not a matched "
        "word",
        "  + payment-in-kind (weight 0.45) near 'security man' [12:24]: context, not a matched "
        "word",
        "  + payment-in-kind (weight 0.45) on text 'cartons' [29:36]",
        "  + payment-in-kind (weight 0.45) on text 'cigarettes' [40:50]"]
    project.write("t1.txt", f"Interviewer: How did you get out?\n\nA: {SECURITY_MAN}\n")
    project.qcode("run")
    with (project.root / "outputs" / "codings.csv").open(encoding="utf-8") as f:
        bribery = next(r for r in csv.DictReader(f) if r["code"] == "bribery")
    assert [m["text"] for m in json.loads(bribery["matched"])
            if m["rule"] == "payment-in-kind"] == ["cartons", "cigarettes"]
    assert bribery["confidence"] == "0.96"  # the recipient still counts: same evidence


# 5. the reader: one closing thanks (not in the first person), `Professor` a title


def test_a_thanks_in_the_first_person_after_plain_questions_is_the_answer(project: Project):
    layouts = Path(__file__).parent / "data" / "layouts" / "labels-stop-then-plain-qa.txt"
    head = "".join(layouts.read_text(encoding="utf-8").splitlines(keepends=True)[:11])
    project.write("thanks.txt", head + (
        "\nHow did the inspectors treat you?\n\nThey came on the first of the month. I kept a "
        "tin of cigarettes under the bench for them.\n\nDid you ever hear foreign songs at the "
        "stall?\n\nA boy who came for tyres played them on a little card player.\n\nWhat made "
        "you decide to go?\n\nMy brother wrote from China through a broker.\n\nThank you, I am "
        "glad I could tell it at last.\n"))
    project.qcode("ingest", "transcripts")
    r = project.qcode("show", "thanks")
    assert rows(r.stdout)[-1] == ("23", "Park Jin-ho", "respondent", "coded", "19",
                                  "My brother wrote from China through a broker.")


def test_professor_is_a_title_in_a_list_of_those_present(project: Project):
    project.write("prof.txt", (
        "Present: Professor Lee Min-ho (L), Mrs. Kim Ok-sun (K).\n\nL: Where did you live "
        "before you left?\n\nK: In Hyesan, near the river.\n\nL: How did you cross?\n\n"
        "K: We paid the guards with cigarettes.\n"))
    r = project.qcode("ingest", "transcripts")
    assert ("Warning: transcripts/prof.txt:3: no interviewer label is known; took 'Lee Min-ho' "
            "as the interviewer (2 of 2 of their turns open with a question); if that is wrong, "
            "list the interviewer under `interviewers:` in the front matter or in "
            "qcode.toml\n") in r.stderr
    assert [row[1] for row in rows(project.qcode("show", "prof").stdout)] == [
        "(preamble)", "Lee Min-ho", "Kim Ok-sun", "Lee Min-ho", "Kim Ok-sun"]
