"""`qcode run` / `qcode code` end to end: codings.csv, stability, re-runs, accuracy."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from qcode.exports import CODINGS_COLUMNS
from qcode.store import Store
from tests.conftest import INTERVIEW, ROOT, Project


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_run_writes_codings_csv_as_designed(project: Project):
    project.write("t1.txt", INTERVIEW)
    r = project.qcode("run")
    assert "transcripts ingested" in r.stdout
    path = project.root / "outputs" / "codings.csv"
    with path.open(encoding="utf-8") as f:
        assert f.readline().strip() == ",".join(CODINGS_COLUMNS)
    rows = read_csv(path)
    by_code = {(row["code"], row["line"]): row for row in rows}
    bribe_q = by_code[("bribery", "10")]
    assert bribe_q["text"] == "No, never."
    assert bribe_q["speaker"] == "A" and bribe_q["status"] == "suggested"
    assert bribe_q["rules"] == "asked-about-bribes" and bribe_q["confidence"] == "0.50"
    media = by_code[("usb_notel", "14")]
    assert media["text"] == ("We gave the guard a carton of cigarettes. Then we watched South "
                             "Korean dramas on a notel.")
    assert media["transcript"] == "t1"
    source = (project.root / "transcripts" / "t1.txt").read_text(encoding="utf-8")
    assert " ".join(source[int(media["start"]):int(media["end"])].split()) == media["text"]
    assert "We gave the guard" in by_code[("bribery", "14")]["text"]
    assert not any(row["speaker"] == "Interviewer" for row in rows)
    assert ("usb_notel", "17") not in by_code  # "It was 2010.": no theme word, no theme asked


def test_rerun_is_byte_for_byte_identical_and_skips_work(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    first = (project.root / "outputs" / "codings.csv").read_bytes()
    r = project.qcode("run")
    assert (project.root / "outputs" / "codings.csv").read_bytes() == first
    rows = {" ".join(line.strip("│ ").split()) for line in r.stdout.splitlines()}
    assert "transcripts unchanged │ 1" in rows and "transcripts re-coded │ 0" in rows
    shutil.rmtree(project.root / "outputs")
    project.qcode("run")
    assert (project.root / "outputs" / "codings.csv").read_bytes() == first


def test_changing_one_code_rematches_only_that_code(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    book = project.root / "codebooks" / "default.yaml"
    book.write_text(book.read_text().replace("notetel, netel,", "notetel, netel, cigarette,"))
    r = project.qcode("code")
    assert r.stdout.startswith("re-coded 1 transcript for 1 code;")


def test_decisions_survive_reruns_and_orphans_are_reported(project: Project):
    path = project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    rows = read_csv(project.root / "outputs" / "codings.csv")
    keep = next(r for r in rows if r["text"] == "No, never.")
    gone = next(r for r in rows if r["code"] == "usb_notel")
    with Store(project.root / "outputs" / "qcode.db") as store:
        store.add_decision(keep["coding_id"], "ana", "accept")
        store.add_decision(gone["coding_id"], "ana", "reject")
    path.write_text(path.read_text().replace("South Korean dramas on a notel", "the sky"))
    r = project.qcode("run")
    rows = read_csv(project.root / "outputs" / "codings.csv")
    assert {r["coding_id"]: r["status"] for r in rows}[keep["coding_id"]] == "accepted"
    table = {" ".join(line.strip("│ ").split()) for line in r.stdout.splitlines()}
    assert "orphaned decisions │ 1" in table
    with Store(project.root / "outputs" / "qcode.db") as store:
        assert store.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 2


def test_bad_codebook_stops_run_before_any_file_is_touched(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.write("bad.yaml", "name: x\ncodes:\n  - id: a\n    label: A\n    rules: "
                  "[{regex: '(('}]\n", folder="codebooks")
    r = project.qcode("run", "--codebook", "codebooks/bad.yaml", code=1)
    assert r.stderr.splitlines() == [
        "Error: codebooks/bad.yaml: 1 problem in the codebook; nothing was done",
        "  codes[0].rules[0].regex: missing ), unterminated subpattern at position 1",
    ]
    assert not (project.root / "outputs").exists()


def test_bad_file_in_batch_exit_1_others_coded(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.write("empty.txt", "")
    r = project.qcode("run", code=1)
    assert "Error: transcripts/empty.txt:1: empty file" in r.stderr
    assert len(read_csv(project.root / "outputs" / "codings.csv")) >= 3


def test_qcode_toml_sets_defaults(project: Project):
    project.write("t1.txt", INTERVIEW)
    (project.root / "qcode.toml").write_text('[qcode]\nout = "elsewhere/"\n', encoding="utf-8")
    project.qcode("run")
    assert (project.root / "elsewhere" / "codings.csv").exists()
    (project.root / "qcode.toml").write_text('[qcode]\nbogus = 1\nredact = "Kim"\n',
                                             encoding="utf-8")
    r = project.qcode("run", code=1)
    assert r.stderr == (
        "Error: qcode.toml: bogus: unknown setting; check its spelling; redact: must be a list "
        "of strings, not 'Kim'; the settings are transcripts, codebook, out, interviewers, "
        "other_speakers, private_fields, redact, attribution, code_interviewer, adjudicators, "
        "max_file_mb, max_unpacked_mb (fix qcode.toml)\n")


def test_sample_transcripts_run_clean(project: Project):
    shutil.copytree(ROOT / "transcripts", project.root / "transcripts", dirs_exist_ok=True)
    r = project.qcode("run")
    assert "Error" not in r.stderr
    codes = {row["code"].split("/")[0] for row in read_csv(project.root / "outputs" / "codings.csv")}
    assert codes == {"bribery", "usb_notel", "reasons_for_leaving", "human_rights_awareness"}


@pytest.mark.parametrize(("folder", "segments", "macro", "recall"), [
    ("eval/heldout", 49, 0.92, 0.80),  # issue 20: must not get worse than 0.92
    ("eval2/heldout", 138, 0.85, 0.80),  # issue 20's held-out half, in the style of real testimony
    # the blind set (written by someone who had not seen the rules): 0.77 before tuning on its
    # tune half; bribery told without the rules' words keeps its recall near 0.5
    ("eval3/heldout", 181, 0.79, 0.50),
])
def test_heldout_accuracy_meets_the_bar(project: Project, folder: str, segments: int,
                                        macro: float, recall: float):
    """The default codebook was tuned on the tune halves only; this guards held-out scores
    (precision 0.75: eval2's reasons_for_leaving is at 0.75, under issue 20's 0.80)."""
    from qcode.codebook import load_codebook
    from qcode.config import Config
    from qcode.evaluate import evaluate
    from qcode.pipeline import code, ingest

    heldout = ROOT / "tests" / "data" / folder
    book = load_codebook(ROOT / "codebooks" / "default.yaml")
    with Store(project.root / "db" / "qcode.db") as store:
        assert not ingest([heldout], store, Config()).errors
        code(store, book, Config())
        result = evaluate(store, book, heldout / "labels.csv")
    assert result.segments == segments and not result.unmatched
    assert result.macro_f1 >= macro
    for score in result.scores:
        assert score.recall >= recall, score
        assert score.precision >= 0.75, score


def test_evaluate_command_prints_scores(project: Project):
    tune = ROOT / "tests" / "data" / "eval" / "tune"
    project.qcode("ingest", str(tune))
    r = project.qcode("codebook", "evaluate", "codebooks/default.yaml", "--labels",
                      str(tune / "labels.csv"), "--details")
    assert "48 labelled segments" in r.stdout and "macro" in r.stdout
    project.write("labels.csv", "transcript,text\n", folder=".")
    r = project.qcode("codebook", "evaluate", "codebooks/default.yaml", "--labels", "labels.csv",
                      code=1)
    assert "Error: labels.csv:1: missing columns codes, segment" in r.stderr
    project.write("labels.csv", "transcript,segment,codes\nt01,The first words,bribery\n",
                  folder=".")
    r = project.qcode("codebook", "evaluate", "codebooks/default.yaml", "--labels", "labels.csv",
                      code=1)  # no label matched: an error, not scores of nothing
    assert r.stderr.endswith("Error: labels.csv: none of the 1 labelled segments is a stored "
                             "segment (labels.csv:2: no segment of 't01' has this text); give "
                             "each segment's whole text as `qcode show` reads it, or its id, "
                             "and ingest the labelled transcripts into this project\n")


def test_python_dash_m_and_help(project: Project):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "qcode", "--help"], capture_output=True,
                         text=True, check=True).stdout
    for command in ("run", "ingest", "code", "stats", "codebook"):
        assert command in out


def test_jobs_output_identical_to_one_job(project: Project):
    from qcode.workers import IN_FLIGHT

    n = 2 * IN_FLIGHT * 2 + 1  # more than the workers hold at once, so results come in turns
    for i in range(n):
        project.write(f"t{i:02d}.txt", INTERVIEW.replace("id: t1", f"id: t{i:02d}"))
    project.qcode("run", "--out", "one", "--jobs", "1")
    project.qcode("run", "--out", "two", "--jobs", "2")
    one = (project.root / "one" / "codings.csv").read_bytes()
    assert one == (project.root / "two" / "codings.csv").read_bytes()
    assert one.count(b"\n") == 1 + n * 3


def test_run_stores_what_ingest_then_code_store(project: Project):
    """`run` codes each new transcript as it is parsed; the store must end up the same."""
    for i in range(3):
        project.write(f"t{i}.txt", INTERVIEW.replace("id: t1", f"id: t{i}"))
    project.qcode("ingest", "transcripts", "--out", "apart")
    project.qcode("code", "--out", "apart")
    project.qcode("run", "--out", "together", "--jobs", "2")
    together = _rows(project, "together")
    assert together == _rows(project, "apart")
    assert len(together["codings"]) == 9


def test_incremental_run_stores_what_a_fresh_ingest_and_code_store(project: Project):
    """A re-run after one transcript and one code changed (coded in one pass and as stale
    pairs respectively) leaves the store a fresh project would have; so does `run` after
    `ingest` alone."""
    for i in range(3):
        project.write(f"t{i}.txt", INTERVIEW.replace("id: t1", f"id: t{i}"))
    project.qcode("ingest", "transcripts", "--out", "later")
    project.qcode("run", "--out", "inc", "--jobs", "2")
    project.write("t1.txt", INTERVIEW.replace("id: t1", "id: t1").replace("notel", "USB stick"))
    book = project.root / "codebooks" / "default.yaml"
    book.write_text(book.read_text().replace("notetel, netel,", "notetel, netel, cigarette,"))
    r = project.qcode("run", "--out", "inc", "--jobs", "2")
    rows = {" ".join(line.strip("│ ").split()) for line in r.stdout.splitlines()}
    assert {"transcripts ingested │ 1", "transcripts re-coded │ 3"} <= rows, rows
    project.qcode("run", "--out", "later")
    project.qcode("ingest", "transcripts", "--out", "fresh")
    project.qcode("code", "--out", "fresh")
    assert _rows(project, "inc") == _rows(project, "fresh") == _rows(project, "later")


def _rows(project: Project, out: str) -> dict[str, list[tuple]]:
    """What coding put in a project's store (no timestamps)."""
    import sqlite3

    db = sqlite3.connect(project.root / out / "qcode.db")
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("codings", "matched", "segments", "turns")}


def test_duplicate_id_blames_the_same_file_with_any_jobs(project: Project):
    from qcode.workers import IN_FLIGHT

    for i in range(2 * IN_FLIGHT * 2 + 1):
        project.write(f"t{i:02d}.txt", INTERVIEW.replace("id: t1", f"id: t{i:02d}"))
    project.write("z.txt", INTERVIEW.replace("id: t1", "id: t03"))
    for jobs in ("1", "2"):
        r = project.qcode("run", "--out", f"out{jobs}", "--jobs", jobs, code=1)
        assert ("Error: transcripts/z.txt:2: duplicate transcript id 't03': also used by "
                "transcripts/t03.txt; give one of them another `id:` in its front matter"
                in r.stderr), r.stderr


def test_outputs_rewritten_only_when_something_changed(project: Project):
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")

    def outputs_row(r) -> str:
        rows = {" ".join(line.strip("│ ").split()) for line in r.stdout.splitlines()}
        return next(x for x in rows if x.startswith("outputs │"))

    assert outputs_row(project.qcode("run")) == "outputs │ unchanged"
    csv_path = project.root / "outputs" / "codings.csv"
    first = read_csv(csv_path)[0]["coding_id"]
    with Store(project.root / "outputs" / "qcode.db") as store:
        store.add_decision(first, "ana", "reject")
    assert outputs_row(project.qcode("run")) == "outputs │ written"
    assert first not in {r["coding_id"] for r in read_csv(csv_path)}
    (project.root / "outputs" / "drafts" / "digest" / "index.html").unlink()
    assert outputs_row(project.qcode("run")) == "outputs │ written"


def test_reading_commands_do_not_create_a_project(project: Project):
    for args in (["stats"], ["code"], ["digest"], ["export", "codings"], ["review", "agreement"],
                 ["review", "export"], ["codebook", "report"]):
        r = project.qcode(*args, "--out", "nowhere", code=1)
        assert r.stderr.startswith("Error: nowhere: --out: no qcode project here (no qcode.db); "
                                   "ingest transcripts first"), args
    assert not (project.root / "nowhere").exists()


def test_jobs_default_to_one_and_never_exceed_the_work():
    from qcode import workers

    assert [workers.count(None, n) for n in (0, 1, 2, 500)] == [1, 1, 1, 1]
    assert [workers.count(8, n) for n in (1, 500)] == [1, 8]  # asked for: as many as useful


def test_another_spelling_of_the_same_folder_finds_its_files_unchanged(project: Project,
                                                                        monkeypatch):
    project.write("t1.txt", INTERVIEW)
    project.write("t2.txt", INTERVIEW.replace("id: t1", "id: t2"))
    out = project.root / "outputs"
    project.qcode("run", "transcripts", "--out", out)
    (project.root / "link").symlink_to(project.root / "transcripts")
    (project.root / "sub").mkdir()
    spellings = [project.root / "transcripts",  # absolute
                 project.root / "sub" / ".." / "transcripts",  # `..`
                 project.root / "link"]  # a symlink
    for folder in spellings:
        assert unchanged(project.qcode("run", folder, "--out", out)), folder
    monkeypatch.chdir(project.root / "sub")  # relative to another working folder
    assert unchanged(project.qcode("run", "../transcripts", "--out", out,
                                   "--codebook", "../codebooks/default.yaml"))


def unchanged(result) -> bool:  # type: ignore[no-untyped-def]
    rows = {" ".join(line.strip("│ ").split()) for line in result.stdout.splitlines()}
    return {"transcripts ingested │ 0", "transcripts unchanged │ 2", "files with errors │ 0",
            "transcripts re-coded │ 0", "outputs │ unchanged"} <= rows


def test_a_changed_code_codes_what_a_fresh_project_codes(project: Project):
    """A changed code was re-coded by an engine of that code alone, which read 'Why did
    you decide to leave?' as a follow-up of the media question (none of its own rules
    fired): usb_notel codings a fresh run does not make."""
    project.write("t1.txt", INTERVIEW.split("Interviewer:")[0] +
                  "Interviewer: Did you watch foreign dramas or use USB sticks?\n\n"
                  "A: I remember the smell of the coal smoke in the winter.\n\n"
                  "Interviewer: Why did you decide to leave?\n\n"
                  "A: My mother made tofu and sold it at the market.\n")
    project.qcode("run", "--out", "inc")
    book = project.root / "codebooks" / "default.yaml"
    book.write_text(book.read_text().replace("notetel, netel,", "notetel, netel, nettel,"))
    project.qcode("run", "--out", "inc")
    project.qcode("run", "--out", "fresh")
    assert _rows(project, "inc")["codings"] == _rows(project, "fresh")["codings"]


def test_a_large_run_lets_the_engine_go_and_the_next_one_loads_it_again(project: Project,
                                                                       monkeypatch):
    from qcode import pipeline, workers

    monkeypatch.setattr(pipeline, "RELEASE_AFTER", 1)
    project.write("t1.txt", INTERVIEW)
    project.qcode("run")
    assert workers._worker is None
    project.write("t1.txt", INTERVIEW + "\nInterviewer: And later?\n\n"
                  "A: Later we watched Chinese films on a notel.\n")
    project.qcode("run")
    assert "Chinese films" in (project.root / "outputs" / "codings.csv").read_text("utf-8")


def test_the_command_loads_spacy_without_spacys_command_line():
    """`qcode` imports spaCy without spacy.cli (cli/spacy_lean.py); spaCy works as before:
    `spacy.info` and `import spacy.cli` still do."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from qcode.cli import spacy_lean\n"
        "spacy_lean.install()\n"
        "from qcode.nlp import get_nlp\n"
        "import spacy\n"
        "assert 'spacy.cli' not in sys.modules and not hasattr(spacy, 'cli')\n"
        "assert [t.lemma_ for t in get_nlp()('Bribes were paid.')][:3] == "
        "['bribe', 'be', 'pay']\n"
        "assert spacy.info()['spacy_version'] == spacy.__version__\n"
        "import spacy.cli\n"
        "assert spacy.cli.info is not spacy.info and callable(spacy.cli.download)\n"
        "assert spacy.__spec__.loader is spacy.__loader__\n"
        "assert type(spacy.__loader__).__module__ != 'qcode.cli.spacy_lean'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_spacy_whose_init_needs_more_of_its_command_line_is_imported_as_it_is(
        tmp_path: Path):
    """The stand-ins replace only `from .cli.info import info`: a spaCy version whose
    `__init__` takes anything else from spacy.cli is left to import itself."""
    from qcode.cli.spacy_lean import _needs_only_info

    init = tmp_path / "__init__.py"
    init.write_text("from .about import __version__\nfrom .cli.info import info  # noqa\n")
    assert _needs_only_info(str(init))
    init.write_text("from .cli.info import info\nfrom .cli import app\n")
    assert not _needs_only_info(str(init))
    assert not _needs_only_info(str(tmp_path / "missing.py"))
