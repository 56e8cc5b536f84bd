"""Codebook validation (every problem, with its path) and the codebook commands."""

from __future__ import annotations

from tests.conftest import Project

BAD = """
name: bad
codes:
  - id: bribery
    label: Bribery
    rules:
      - terms: [bribe]
      - regex: 'a(b'
      - pattern: [{LOWERX: pay}]
      - terms: [x]
        weight: 1.5
    children:
      - id: usb/child
        label: Child
        rules: [{exact: [x], near: {a: [x], b: [y]}}]
  - id: bribery
    label: Twin
    color: red
    colour: "#ffffff"
"""


def test_check_lists_every_problem_with_its_path(project: Project):
    project.write("bad.yaml", BAD, folder="codebooks")
    r = project.qcode("codebook", "check", "codebooks/bad.yaml", code=1)
    assert r.stderr.splitlines() == [
        "Error: codebooks/bad.yaml: 8 problems in the codebook; nothing was done",
        "  codes[0].rules[1].regex: missing ), unterminated subpattern at position 1",
        "  codes[0].rules[2].pattern: invalid spaCy Matcher pattern: Invalid token patterns "
        "for matcher rule 'check' Pattern 0: - [pattern -> 0 -> LOWERX] Extra inputs are not "
        "permitted",
        "  codes[0].rules[3].weight: Input should be less than or equal to 1",
        "  codes[0].children[0].rules[0]: a rule needs exactly one of terms, exact, pattern, "
        "regex, near, reason (found exact, near)",
        "  codes[1].color: 'red' is not a colour like '#b03a2e'",
        "  codes[1].colour: unknown key; check its spelling (see codebooks/README.md)",
        "  codes[0].children[0].id: child 'usb/child' is outside its parent; name it "
        "'bribery/child'",
        "  codes[1].id: duplicate code id 'bribery' (also codes[0])",
    ]


def test_check_default_codebook_ok(project: Project):
    r = project.qcode("codebook", "check", "codebooks/default.yaml")
    assert r.stdout.startswith("codebooks/default.yaml: ok: 9 codes")


def test_yaml_errors_and_missing_file(project: Project):
    project.write("y.yaml", "name: x\ncodes: [\n", folder="codebooks")
    r = project.qcode("codebook", "check", "codebooks/y.yaml", code=1)
    assert "Error: codebooks/y.yaml: the codebook is not valid YAML" in r.stderr
    r = project.qcode("codebook", "check", "codebooks/nope.yaml", code=1)
    assert "Error: codebooks/nope.yaml: codebook not found" in r.stderr


def test_codebook_test_passes_default_and_fails_listing_examples(project: Project):
    r = project.qcode("codebook", "test", "codebooks/default.yaml")
    assert r.stdout.strip().endswith("passed, 0 failed")
    project.write("ex.yaml", """
        name: ex
        codes:
          - id: bribery
            label: Bribery
            rules: [{terms: [bribe]}]
            examples:
              positive: ["We bribed him.", "We gave the guard cigarettes."]
              negative: ["No bribe was needed.", "It rained."]
        """, folder="codebooks")
    r = project.qcode("codebook", "test", "codebooks/ex.yaml", code=1)
    assert r.stdout.splitlines() == [
        "FAIL bribery: missed (confidence 0.00): 'We gave the guard cigarettes.'",
        "FAIL bribery: wrongly coded (confidence 0.90): 'No bribe was needed.'",
        "2 passed, 2 failed",
    ]


def test_explain_shows_rules_words_and_vetoes(project: Project):
    r = project.qcode("codebook", "explain", "codebooks/default.yaml",
                      "We paid the market fee. Later we watched South Korean dramas.")
    out = r.stdout
    assert "usb_notel (Foreign media, USB sticks and notels): CODED" in out
    assert "+ dramas (weight 0.6) on text 'dramas'" in out
    r = project.qcode("codebook", "explain", "codebooks/default.yaml",
                      "We paid the guard, not only the market fee.")
    assert "vetoed by legal-fees ('market fee' in the same sentence)" in r.stdout
    r = project.qcode("codebook", "explain", "codebooks/default.yaml", "No, never.",
                      "--question", "Did you ever pay a bribe?")
    assert "bribery (Bribery and informal payments): CODED, confidence 0.50" in r.stdout
    r = project.qcode("codebook", "explain", "codebooks/default.yaml",
                      "We gave the guard a carton of cigarettes.")  # one word, two near pairs
    lines = r.stdout.splitlines()
    assert len(lines) == len(set(lines)), "each piece of evidence is said once"
