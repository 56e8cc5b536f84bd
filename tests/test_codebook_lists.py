"""Named word lists (`lists:` and "@name" items): one list of officials for every rule."""

from __future__ import annotations

from tests.conftest import Project

LISTS = """
name: lists
lists:
  officials: [guard, policeman]
  goods: [cigarette, "a bottle"]
  everything: ["@officials", "@goods"]
codes:
  - id: bribery
    label: Bribery
    description: "@officials stays as written here: prose is not a list"
    rules:
      - id: paid
        near: {a: [pay, "@goods"], b: ["@officials", "the head of"], within: 6}
      - id: gave
        pattern: [{LEMMA: give}, {LOWER: the}, {LEMMA: {IN: ["@officials"]}}]
"""


def test_a_named_list_reaches_every_rule_that_names_it(project: Project):
    project.write("lists.yaml", LISTS, folder="codebooks")
    r = project.qcode("codebook", "explain", "codebooks/lists.yaml",
                      "We gave the policeman a bottle.")
    assert "+ gave (weight 0.9) on text 'gave the policeman'" in r.stdout
    assert "+ paid (weight 0.9) on text 'a bottle'" in r.stdout
    r = project.qcode("codebook", "explain", "codebooks/lists.yaml",
                      "My uncle paid the head of the unit.")
    assert "CODED" in r.stdout


def test_a_list_the_codebook_does_not_define_is_an_error_with_its_path(project: Project):
    bad = LISTS.replace('b: ["@officials"', 'b: ["@oficials"').replace(
        '  everything: ["@officials", "@goods"]', '  everything: ["@goods", "@later"]\n'
        '  later: [x]\n  broken: guard')
    project.write("bad.yaml", bad, folder="codebooks")
    r = project.qcode("codebook", "check", "codebooks/bad.yaml", code=1)
    assert r.stderr.splitlines() == [
        "Error: codebooks/bad.yaml: 3 problems in the codebook; nothing was done",
        "  lists.everything[1]: '@later' is defined below this list, and a list may use only "
        "lists defined above it: move `later:` above `everything:`",
        '  lists.broken: a list of words or phrases, e.g. [guard, "border guard"]',
        "  codes[0].rules[0].near.b[0]: '@oficials' is not a list defined under `lists:`; "
        "did you mean '@officials'? (defined: @officials, @goods, @everything, @later)",
    ]


def test_lists_that_would_expand_to_millions_of_words_are_refused(project: Project):
    words = ", ".join(f"w{i}" for i in range(2000))
    refs = ", ".join(['"@big"'] * 100)
    project.write("bomb.yaml", f"name: bomb\nlists:\n  big: [{words}]\ncodes:\n"
                  "  - id: x\n    label: X\n    rules:\n" +
                  "".join(f"      - terms: [{refs}]\n" for _ in range(5)), folder="codebooks")
    r = project.qcode("codebook", "check", "codebooks/bomb.yaml", code=1)
    assert "the `@` lists expand to more than 100,000 words; write shorter lists" in r.stderr

