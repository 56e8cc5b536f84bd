"""Embeddings, search and learned suggestions, through the CLI with real files, offline.

Every test here runs with sockets disabled: the embedding model must come from the
installed wheel. The model loads once per test session (embed.get_embedder is cached).
"""

from __future__ import annotations

import csv
import socket
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from qcode import embed, evidence, gate, suggest
from qcode.codebook import load_codebook
from qcode.store import Store
from tests.conftest import Project
from tests.test_review import columns, fill

# Passages a reviewer accepts as bribery (the rules find them by their words), passages
# with no code, and bribery told without any of the rules' words (what the model is for).
PAID = [
    "We gave the guard a carton of cigarettes and he let us through.",
    "My father paid the police officer and the charge was dropped.",
    "The inspector took a bribe of fifty dollars from my mother.",
    "We handed the bowiwon two bottles of alcohol so he would forget the report.",
    "You pay the guards at the border or they send you back.",
    "My uncle paid the official 500 yuan for a travel pass.",
    "I gave the police a sack of rice to get my brother released.",
    "The teacher took money from parents so their children skipped the farm work.",
    "We paid the recruiter so my son was exempted from military service.",
    "The guard took cigarettes from everyone who crossed at night.",
]
PLAIN = [
    "My mother grew cabbages behind the house every summer.",
    "The winter was very cold and the river froze early.",
    "I went to middle school in Chongjin with my cousins.",
    "We celebrated my grandmother's birthday with noodles.",
    "The train to Pyongyang was always late, sometimes by days.",
    "My sister married a man from the next village.",
    "On Sundays we cleaned the streets with the neighbourhood unit.",
    "I worked in a clothing factory sewing uniforms for years.",
    "Our apartment had no running water on the fifth floor.",
    "My brother liked to fish in the stream near our house.",
]
MISSED = [  # the same, which a reviewer finds in the uncoded sample: evidence the model can
    # find what the rules miss (without it, gate.py lets the model suggest nothing)
    "A fat packet went quietly to the men at the crossing, so nobody opened our sacks.",
    "We looked after the officer at the station, and the report about my sister never went up.",
    "A carton of Marlboro for the man at the gate, and our cart went through unchecked.",
    "Each season a sack of corn went quietly to the farm office, and my son stayed in town.",
    "My father kept the county official happy, and our family record came back clean.",
    "A packet passed quietly from my aunt to the man who headed the unit, and my brother's name "
    "came off the list.",
    "The district cadre received a pig from our farm each autumn, and our quota went down.",
]
HIDDEN = [
    "A thick packet went quietly to the prosecutor's wife, and my uncle came home the same night.",
    "Something passed quietly to the prosecutor's wife, then the charge against my father was gone.",
]


def _interview(tid: str, answers: list[str]) -> str:
    turns = "\n\n".join(f"Interviewer: Tell me more.\n\nA: {a}" for a in answers)
    return f"---\nid: {tid}\n---\n{turns}\n"


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network: any connection or name look-up fails the test."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def learned(project: Project) -> Project:
    """A project whose reviewer accepted every bribery coding, coded the bribery the rules
    missed and left the other passages uncoded: enough evidence for a bribery model."""
    return _reviewed(project, find_misses=True)


def _reviewed(project: Project, find_misses: bool) -> Project:
    project.write("a.txt", _interview("a", PAID[:5] + PLAIN[:5] + MISSED[:2]))
    project.write("b.txt", _interview("b", PAID[5:] + PLAIN[5:] + MISSED[2:4]))
    project.write("d.txt", _interview("d", MISSED[4:]))
    project.write("c.txt", _interview("c", [*HIDDEN, "We grew potatoes on the hillside."]))
    project.qcode("run")
    sheet = project.root / "ana.xlsx"
    project.qcode("review", "export", "--reviewer", "ana", "--file", str(sheet),
                  "--sample-uncoded", "30", "--seed", "1")
    ws = openpyxl.load_workbook(sheet)["Review"]
    col = columns(ws)
    decisions = {}
    for row in ws.iter_rows(min_row=2):
        cid, text = row[col["coding_id"] - 1].value, str(row[col["text"] - 1].value)
        if cid.startswith("uncoded:") and (text in HIDDEN or (text in MISSED and not find_misses)):
            continue  # c.txt's hidden bribery: never reviewed, for the model to find
        code = row[col["code"] - 1].value or ""
        if cid.startswith("uncoded:") and text in MISSED:
            decisions[cid] = ("recode", "bribery", "")
        else:
            decisions[cid] = ("accept", "", "") if code in ("bribery", "") else ("reject", "", "")
    fill(sheet, decisions)
    project.qcode("review", "import", str(sheet))
    return project


def rows(project: Project) -> list[dict[str, str]]:
    with (project.root / "outputs" / "codings.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_suggestions_learned_from_decisions_explained_and_reviewable(learned: Project):
    r = learned.qcode("suggest")
    assert "bribery" in r.stdout and "new suggestion" in r.stdout
    found = [x for x in rows(learned) if x["rules"] == "model"]
    texts = {x["text"] for x in found}
    assert set(HIDDEN) <= texts, texts  # bribery without the rules' words
    assert not texts & set(PLAIN)  # passages a reviewer left uncoded are never suggested
    assert all(x["code"] == "bribery" and x["status"] == "suggested"
               and 0.5 <= float(x["confidence"]) <= 1 and x["matched"] == "[]" for x in found)
    assert list(rows(learned)[0])[:14] == [
        "coding_id", "transcript", "segment_id", "speaker", "line", "start", "end", "code",
        "code_label", "status", "confidence", "rules", "matched", "text"]
    # the review sheet says why, with the reviewed codings behind each suggestion
    sheet = learned.root / "bo.xlsx"
    learned.qcode("review", "export", "--reviewer", "bo", "--file", str(sheet))
    ws = openpyxl.load_workbook(sheet)["Review"]
    col = columns(ws)
    accepted = {x["coding_id"] for x in rows(learned) if x["status"] == "accepted"}
    by_id = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    for x in found:
        why = by_id[x["coding_id"]][col["suggested_by"] - 1].value
        assert why.startswith("suggested by the model; most like reviewed ")
        assert any(cid in why for cid in accepted)
    # a reviewer rejects one: it stays rejected and is never suggested again
    # a reviewer rejects one and accepts the other: the rejected one stays rejected and is
    # never suggested again; the accepted one stays and is evidence for the next training
    gone, kept = found[0]["coding_id"], found[1]["coding_id"]
    fill(sheet, {gone: ("reject", "", "not about payment"), kept: ("accept", "", "")})
    learned.qcode("review", "import", str(sheet))
    learned.qcode("suggest")
    learned.qcode("run")
    now = {x["coding_id"]: x for x in rows(learned)}
    assert gone not in now and now[kept]["status"] == "accepted"
    with Store(learned.root / "outputs" / "qcode.db") as store:
        assert store.statuses()[gone] == "rejected"
        found_in = evidence.gather(store, load_codebook(learned.root / "codebooks" / "default.yaml"))
        assert kept in {it.coding_id for it in found_in["bribery"].positives}
        assert gone in {it.coding_id for it in found_in["bribery"].negatives}


def test_no_suggestion_without_enough_evidence(project: Project):
    project.write("a.txt", _interview("a", PAID[:3] + PLAIN[:3]))
    project.qcode("run")
    r = project.qcode("suggest")
    assert "not enough evidence yet" in r.stdout and f"{suggest.MIN_POSITIVE} positive" in r.stdout
    assert not [x for x in rows(project) if x["rules"] == "model"]
    with Store(project.root / "outputs" / "qcode.db") as store:  # nor was anything embedded
        assert store.segment_vectors(embed.MODEL_VERSION) == ([], [])


def test_no_suggestion_until_cross_validation_shows_the_model_finds_misses(project: Project):
    """Only the rules' own finds reviewed: nothing shows the model right where the rules
    miss, so it suggests nothing and says why."""
    r = _reviewed(project, find_misses=False).qcode("suggest")
    said = " ".join(r.stdout.split())
    assert f"0 reviewed passages the rules missed; needs {gate.MIN_RIGHT}" in said
    assert not [x for x in rows(project) if x["rules"] == "model"]


def test_gate_takes_the_lowest_threshold_estimated_precise_enough() -> None:
    p = np.array([0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.55, 0.3, 0.99, 0.4])
    y = np.array([1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0])
    open_ = np.array([True] * 9 + [False, True])  # 0.99: a rule's find, not counted
    verdict = gate.choose(p, y, open_)
    assert (verdict.threshold, verdict.right, verdict.suggested) == (0.6, 6, 7)
    assert verdict.precision == 7 / 9 and "suggests from 0.60" in verdict.reason()
    wrong = np.array([0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1])  # the ranking half wrong
    shut = gate.choose(p, wrong, open_)  # nothing passes: the best try is said
    assert shut.threshold is None and "too low" in shut.reason()
    few = gate.choose(p, y, open_ & (p > 0.78))  # precise, but too few to judge by
    assert few.threshold is None and "4 reviewed passages the rules missed; needs 6" in few.reason()
    assert list(gate.folds(["b", "a", "b", "c"], k=2)) == [1, 0, 1, 0]


def test_run_suggests_once_reviewed_and_rule_codings_are_never_hidden(learned: Project):
    before = {x["coding_id"]: x for x in rows(learned) if x["rules"] != "model"}
    r = learned.qcode("run")
    assert "model suggestions (new)" in r.stdout
    after = rows(learned)
    assert {x["coding_id"]: x for x in after if x["rules"] != "model"} == before
    assert any(x["rules"] == "model" for x in after)
    learned.qcode("run")  # nothing changed: nothing re-learned, nothing rewritten
    assert rows(learned) == after


def test_search_by_meaning_words_code_and_to_review(learned: Project):
    (learned.root / "qcode.toml").write_text('redact = ["Chongjin"]\n', encoding="utf-8")
    r = learned.qcode("search", "paid the guard to let us pass", "-n", "3", "--format", "csv")
    found = list(csv.DictReader(r.stdout.splitlines()))
    assert len(found) == 3 and found[0]["transcript"] in ("a", "b")
    assert found[0]["text"] == "You **pay** the **guards** at the border or they send you back."
    assert float(found[0]["score"]) >= float(found[2]["score"])
    r = learned.qcode("search", "school", "--words", "--format", "csv")
    hit = list(csv.DictReader(r.stdout.splitlines()))
    assert [(h["text"], h["matches"]) for h in hit] == [
        ("I went to middle **school** in [redacted] with my cousins.", "1")]
    table = learned.qcode("search", "school", "--words").stdout
    assert "matches" in table and "count" not in table
    r = learned.qcode("search", "--code", "bribery", "-n", "2", "--format", "csv")
    like = [h["text"] for h in csv.DictReader(r.stdout.splitlines())]
    assert like and not set(like) & set(PAID)  # passages not yet coded with it
    r = learned.qcode("search", "--code", "usb_notel", code=1)
    assert "no accepted passages yet" in r.output
    r = learned.qcode("search", "a packet for the prosecutor's wife", "-n", "2", "--to-review", "cy")
    sheet = next((learned.root / "outputs" / "review").glob("search-cy-*.xlsx"))
    ws = openpyxl.load_workbook(sheet)["Review"]
    ids = [row[0].value for row in ws.iter_rows(min_row=2)]
    assert len(ids) == 2 and all(i.startswith("uncoded:") for i in ids)
    fill(sheet, {ids[0]: ("recode", "bribery", "found by search")})
    learned.qcode("review", "import", str(sheet))
    manual = [x for x in rows(learned) if x["rules"] == "manual" and x["text"] not in MISSED]
    assert [(x["text"], x["code"], x["status"]) for x in manual] == [
        (HIDDEN[0], "bribery", "accepted")]
    learned.qcode("search", "cigarettes", "-n", "1", "--to-review", "cy")
    assert len(list((learned.root / "outputs" / "review").glob("search-cy-*.xlsx"))) == 2


def test_vectors_are_cached_and_only_new_text_is_embedded(project: Project):
    project.write("a.txt", _interview("a", PLAIN[:4]))
    project.qcode("run")
    with Store(project.root / "outputs" / "qcode.db") as store:
        assert embed.segment_vectors(store).embedded == 4
        assert embed.segment_vectors(store).embedded == 0
    project.write("b.txt", _interview("b", PLAIN[4:6]))
    project.qcode("run")
    with Store(project.root / "outputs" / "qcode.db") as store:
        vectors = embed.segment_vectors(store)
        assert vectors.embedded == 2 and len(vectors.ids) == 6
        assert vectors.matrix.shape == (6, 256)
        similar = embed.embed_texts(["The river froze early in a very cold winter."])[0]
        assert vectors.ids[int((vectors.matrix @ similar).argmax())] == vectors.ids[1]


def test_model_files_come_from_the_installed_wheel() -> None:
    model = embed.get_embedder()
    assert model.table.shape == (32000, 256)
    assert Path(embed._package_dir(), embed.WEIGHTS).is_file()
