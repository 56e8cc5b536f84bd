"""Regex rules run by RE2 (linear time): nested repetition cannot hang a run."""

from __future__ import annotations

import time

from qcode.linear_regex import compile_rule, nested_repetition
from tests.conftest import Project
from tests.hostile.conftest import run_batch

HANGING = """
name: hanging
codes:
  - id: letters
    label: Letters
    rules:
      - id: catastrophic
        regex: '(a+)+$'
      - id: words
        regex: '(\\w+\\s?)+$'
"""


def test_nested_repetition_runs_in_linear_time_and_check_warns(project: Project):
    project.write("hang.yaml", HANGING, folder="codebooks")
    r = project.qcode("codebook", "check", "codebooks/hang.yaml")
    assert r.stderr.splitlines() == [
        f"Warning: codebooks/hang.yaml: letters: {rule}: the regex repeats a repetition (like "
        "`(a+)+`); qcode runs it safely (RE2, linear time), but a backtracking engine could "
        "hang on it: prefer a flat pattern" for rule in ("catastrophic", "words")]
    project.write("t2.txt", "Interviewer: Well?\n\nA: " + "a" * 40 + "!\n\nA: "
                  + "word " * 30 + "!\n\nA: " + "a" * 40 + "\n")
    start = time.perf_counter()
    run_batch(project, "--codebook", "codebooks/hang.yaml", command="run", code=0,
              coded=("t2",))
    assert time.perf_counter() - start < 30  # Python's re: never returns (2**40 steps)


def test_constructs_re2_cannot_run_are_codebook_errors(project: Project):
    project.write("look.yaml", HANGING.replace("'(a+)+$'", "'(?<!no )bribe'"),
                  folder="codebooks")
    r = project.qcode("codebook", "check", "codebooks/look.yaml", code=1)
    assert r.stderr.splitlines()[:2] == [
        "Error: codebooks/look.yaml: 1 problem in the codebook; nothing was done",
        "  codes[0].rules[0].regex: qcode runs regexes with RE2, which cannot run "
        "this (invalid perl operator: (?<!): lookarounds, backreferences and possessive or "
        "atomic groups need backtracking, which can hang; rewrite the rule without them"]


def test_classes_stay_unicode_and_case_is_ignored():
    rx = compile_rule(r"caf\w\s+\d+\s*won")
    m = rx.search("Paid at the CAFÉ  500 won.")
    assert m is not None and m.group(0) == "CAFÉ  500 won"
    assert [m.group(0) for m in compile_rule(r"[\w-]+").finditer("한국-사람 ok")] == [
        "한국-사람", "ok"]
    assert compile_rule(r"\W").search("café") is None


def test_nested_repetition_is_told_from_harmless_shapes():
    assert [nested_repetition(p) for p in (r"(a+)+$", r"(\w+\s?)*", r"(?:x|y+)+", r"(\d{3})+",
                                           r"\b\d+\s*(yuan|won)\b", r"(ab)+c*")] == [
        True, True, True, False, False, False]
