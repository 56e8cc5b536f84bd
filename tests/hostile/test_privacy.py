"""Redaction everywhere: ids, speakers, private fields at any depth, private values told
again in the body; nothing private reaches the store or an output."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qcode.model import short_hash
from qcode.store import Store
from tests.conftest import INTERVIEW, Project
from tests.hostile.conftest import run_batch

PRIVATE = """
---
id: kim-hyesan
pseudonym: Mrs Kim
passport: M1234567
family: {sister: Ri Sun-ok, town: Musan}
phone: "+82 10 5555 0199"
private: [passport, sister]
---
Interviewer: Did you pay a bribe?

A: Yes, we gave the guard a bribe in Hyesan. My passport was M1234567.

A: Ri Sun-ok paid a bribe too; call +82 10 5555 0199 to ask her.
"""


def output_text(out: Path) -> str:
    """Every output file's text, the insides of .xlsx and .docx included."""
    texts = []
    for path in out.rglob("*"):
        if path.suffix in (".xlsx", ".docx"):
            with zipfile.ZipFile(path) as z:
                texts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        elif path.is_file() and path.suffix in (".csv", ".md", ".html", ".json"):
            texts.append(path.read_text(encoding="utf-8"))
    return "\n".join(texts)


def test_private_fields_and_their_values_never_reach_the_store(project: Project):
    project.write("kim.txt", PRIVATE)
    run_batch(project, command="run", code=0, coded=("t1", "kim-hyesan"))
    db = project.root / "outputs" / "qcode.db"
    with Store(db, create=False) as store:
        meta = store.transcript_meta()["kim-hyesan"]
        texts = [p.text for t in store.load_transcripts(["kim-hyesan"]) for turn in t.turns
                 for p in turn.paragraphs]
    assert meta == {"id": "kim-hyesan", "pseudonym": "Mrs Kim", "family": {"town": "Musan"}}
    assert texts[1:] == ["Yes, we gave the guard a bribe in Hyesan. My passport was [redacted].",
                         "[redacted] paid a bribe too; call [redacted] to ask her."]
    stored = b"".join(p.read_bytes() for p in db.parent.glob("qcode.db*"))
    for secret in (b"M1234567", b"5555 0199", b"Sun-ok"):
        assert secret not in stored


def test_redacted_transcript_id_becomes_a_stable_pseudonym_in_every_output(project: Project):
    project.write("kim.txt", PRIVATE)
    (project.root / "qcode.toml").write_text('redact = ["/Hyesan|Musan/"]\n', encoding="utf-8")
    run_batch(project, command="run", code=0, coded=("t1", "T-" + short_hash("kim-hyesan",
                                                                              length=6)))
    project.qcode("digest", "--status", "suggested")
    project.qcode("export", "matrix", "--format", "xlsx")
    project.qcode("export", "codings", "--format", "json")
    project.qcode("review", "export", "--reviewer", "ana", "--sample-uncoded", "5")
    text = output_text(project.root / "outputs")
    assert "hyesan" not in text.lower() and "musan" not in text.lower()
    assert "T-" + short_hash("kim-hyesan", length=6) in text


def test_explain_and_evaluate_details_print_redacted_text_unless_asked(project: Project):
    (project.root / "qcode.toml").write_text('redact = ["cigarettes", "/t1/"]\n',
                                             encoding="utf-8")
    explain = ["codebook", "explain", "codebooks/default.yaml",
               "We gave the guard a carton of cigarettes as a bribe."]
    assert "'cigarettes'" not in project.qcode(*explain).stdout
    assert "'[redacted]'" in project.qcode(*explain).stdout
    assert "'cigarettes'" in project.qcode(*explain, "--unredacted").stdout
    project.write("t1.txt", INTERVIEW)
    project.qcode("ingest", "transcripts")
    labels = project.root / "labels.csv"
    labels.write_text("transcript,segment,codes\nt1,We gave the guard a carton of cigarettes. "
                      "Then we watched South Korean dramas on a notel.,reasons_for_leaving\n",
                      encoding="utf-8")
    evaluate = ["codebook", "evaluate", "codebooks/default.yaml", "--labels", labels,
                "--details"]
    shown = project.qcode(*evaluate).stdout
    pseudonym = "T-" + short_hash("t1", length=6)
    assert f"missed: reasons_for_leaving: {pseudonym}: We gave the guard a carton of " \
           "[redacted]. Then" in shown
    assert "cigarettes" not in shown and ": t1:" not in shown
    assert "missed: reasons_for_leaving: t1: We gave the guard a carton of cigarettes." \
        in project.qcode(*evaluate, "--unredacted").stdout
