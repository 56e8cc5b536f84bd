"""How a code's confidence pools its rules' evidence (codebooks/README.md, "Confidence")."""

from __future__ import annotations

from tests.conftest import Project


def test_two_rules_on_the_same_words_are_one_piece_of_evidence(project: Project):
    project.write("same.yaml", """
name: same
codes:
  - id: bribery
    label: Bribery
    rules:
      - {id: one, terms: ["with money"], weight: 0.45}
      - {id: two, terms: ["with money"], weight: 0.4}
      - {id: other, terms: [guard], weight: 0.15}
""", folder="codebooks")
    r = project.qcode("codebook", "explain", "codebooks/same.yaml", "She came with money.")
    assert r.stdout.startswith("bribery (Bribery): not coded, confidence 0.45\n")
    r = project.qcode("codebook", "explain", "codebooks/same.yaml",
                      "She came with money for the guard.")
    assert r.stdout.startswith("bribery (Bribery): CODED, confidence 0.53\n")
