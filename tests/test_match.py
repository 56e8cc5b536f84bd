"""The rule engine: every rule kind, lemmas and case, vetoes, question rules and units."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.codebook import parse_codebook
from qcode.config import Config
from qcode.ingest import parse_file
from qcode.match import Engine, confidence


def engine(rules_yaml: str, unit: str = "paragraph", extra: str = "") -> Engine:
    text = f"""
name: t
unit: {unit}
codes:
  - id: c
    label: C
    rules:
{rules_yaml}
{extra}
"""
    return Engine(parse_codebook(text, Path("t.yaml")))


def fired(e: Engine, text: str, question: str = "") -> dict[str, list[str]]:
    ex = {x.code: x for x in e.explain(text, question)}["c"]
    return {"coded": [str(ex.coded)], "words": [h.text for h in ex.hits],
            "rules": sorted({h.ref.rule for h in ex.hits})}


@pytest.mark.parametrize("text", ["Bribes were common.", "He bribed them.", "BRIBING is bad.",
                                  "a bribe"])
def test_terms_match_lemmas_case_insensitively(text: str):
    e = engine("      - terms: [bribe]")
    assert fired(e, text)["coded"] == ["True"]


def test_terms_multiword_and_domain_words():
    e = engine('      - terms: ["under the table", notel, usb]')
    assert fired(e, "Paid under the table.")["words"] == ["under the table"]
    assert fired(e, "Two Notels and three USBs.")["words"] == ["Notels", "USBs"]
    assert fired(e, "The table was under the window.")["coded"] == ["False"]


@pytest.mark.parametrize(("rule", "said", "other_sense"), [
    ("terms: [broker]", "The Broker was waiting.", "I was broke all winter."),
    ("pattern: [{LEMMA: broker}]", "A broker my cousin knew.", "We broke the lock."),
    ("terms: [fee]", "He took a fee.", "I could not feed my children."),
    ("terms: [die]", "Many were dying.", "She could dye cloth."),
])
def test_words_the_lemma_table_confuses_keep_their_own_lemma(rule: str, said: str,
                                                             other_sense: str):
    """spacy-lookups-data reads `broker` as `broke` and `feed` as `fee`: a term matched the
    other word, and a pattern on the lemma never fired."""
    e = engine(f"      - {rule}")
    assert fired(e, said)["coded"] == ["True"]
    assert fired(e, other_sense)["coded"] == ["False"]


def test_exact_is_case_sensitive_word_form():
    e = engine("      - exact: [UN]")
    assert fired(e, "The UN came.")["coded"] == ["True"]
    assert fired(e, "It was un-believable, un.")["coded"] == ["False"]


def test_pattern_and_regex():
    e = engine('      - pattern: [{LOWER: {IN: [pay, paid]}}, {OP: "*"}, {LOWER: extra}]')
    assert fired(e, "We paid a little extra.")["coded"] == ["True"]
    e = engine(r"      - regex: '\b\d+\s*yuan\b'")
    assert fired(e, "It cost 500 Yuan.")["words"] == ["500 Yuan"]


def test_near_within_one_sentence():
    e = engine("      - near: {a: [pay], b: [guard], within: 3}")
    assert fired(e, "We paid the old guard.")["coded"] == ["True"]
    assert fired(e, "We paid the very very old tired guard.")["coded"] == ["False"]
    assert fired(e, "We paid. The guard left.")["coded"] == ["False"]


def test_weights_confidence_and_threshold():
    assert confidence([0.4]) == 0.4
    assert confidence([0.5, 0.5]) == 0.75
    e = engine("      - {id: weak, terms: [yuan], weight: 0.4}\n"
               "      - {id: weak2, terms: [guard], weight: 0.4}")
    assert fired(e, "500 yuan.")["coded"] == ["False"]  # below min_confidence 0.5
    ex = e.explain("The guard wanted 500 yuan.")[0]
    assert ex.coded and ex.confidence == 0.64


def test_unless_vetoes_only_the_same_sentence():
    e = engine("      - terms: [fee]", extra="    unless: [{terms: [stall fee]}]")
    ex = e.explain("We paid the stall fee.")[0]
    assert not ex.coded and [v.text for _, v in ex.vetoed] == ["stall fee"]
    assert e.explain("We paid the stall fee. The fee for the guard was worse.")[0].coded


def test_question_rules_code_the_answer_at_lower_weight(project):
    e = engine("      - terms: [bribe]", extra="    question: {terms: [bribe]}")
    ex = e.explain("No, never.", question="Did you ever pay a bribe?")[0]
    assert ex.coded and ex.confidence == 0.5
    assert not e.explain("No, never.")[0].coded
    path = project.write("q.txt", """
        Interviewer: Did you ever pay a bribe?
        A: No, never.
        Interviewer: And the weather?
        A: No, never.
        """)
    codings = e.code_transcript(parse_file(path, Config()))
    assert [(c.segment.line, c.rules, c.question) for c in codings] == [
        (2, ["question-terms-1"], "Did you ever pay a bribe?")
    ]


def test_interviewer_turns_are_not_coded(project):
    e = engine("      - terms: [bribe]")
    path = project.write("i.txt", "Interviewer: Any bribe?\nA: A bribe, yes.\n")
    codings = e.code_transcript(parse_file(path, Config()))
    assert [c.segment.speaker for c in codings] == ["A"]
    both = e.code_transcript(parse_file(path, Config()), code_interviewer=True)
    assert [c.segment.speaker for c in both] == ["Interviewer", "A"]


@pytest.mark.parametrize(("unit", "texts"), [
    ("sentence", ["We paid a bribe.", "Another bribe."]),
    ("paragraph", ["We paid a bribe. It was cold.", "Another bribe."]),
    ("turn", ["We paid a bribe. It was cold. Another bribe."]),
])
def test_units(project, unit: str, texts: list[str]):
    e = engine("      - terms: [bribe]", unit=unit)
    path = project.write("u.txt", "Interviewer: Q?\nA: We paid a bribe. It was cold.\n\n"
                         "Another bribe.\n")
    codings = e.code_transcript(parse_file(path, Config()))
    assert [c.segment.text for c in codings] == texts
    for c in codings:  # matched spans are offsets into the coded text
        for s in c.spans:
            assert c.segment.text[s.start:s.end] == s.text


def test_children_are_codes_of_their_own():
    book = parse_codebook("""
name: t
codes:
  - id: leave
    label: Leaving
    rules: [{terms: [escape]}]
    children:
      - id: leave/hunger
        label: Hunger
        rules: [{terms: [hunger]}]
""", Path("t.yaml"))
    coded = {x.code for x in Engine(book).explain("Hunger, nothing else.") if x.coded}
    assert coded == {"leave/hunger"}


def test_every_coding_records_the_question_its_answer_answers(project):
    """Every turn until the interviewer speaks again answers the question (a second turn
    of the same speaker too); text before the first question answers none."""
    e = engine("      - terms: [bribe]")
    path = project.write("q.txt", "A: A bribe before any question.\n"
                         "Interviewer: And the border?\nA: We paid a bribe.\n\n"
                         "Another bribe.\nA: Later, one more bribe.\n")
    codings = e.code_transcript(parse_file(path, Config()))
    assert [c.question for c in codings] == ["", *["And the border?"] * 3]


def test_token_patterns_prefiltered_by_anchor_words_still_match_everywhere():
    # anchored on a lemma (any case, any form) and on a lower-case form
    e = engine('      - pattern: [{LEMMA: {IN: [pay, buy]}}, {LOWER: them}, {LOWER: "off"}]')
    assert fired(e, "Everybody PAID them off.")["coded"] == ["True"]
    assert fired(e, "Nobody paid.")["coded"] == ["False"]
    e = engine('      - pattern: [{LOWER: "few", OP: "?"}, {LOWER: left}]')
    assert fired(e, "There were few LEFT.")["words"] in (["LEFT"], ["few LEFT", "LEFT"])
    # no anchor possible: the Matcher runs on every text
    e = engine('      - pattern: [{IS_DIGIT: true}, {IS_UPPER: true}]')
    assert not e.rules.patterns[0].anchored
    assert fired(e, "It cost 500 RMB.")["words"] == ["500 RMB"]


def test_each_token_pattern_runs_near_its_own_rarest_word():
    from qcode.match.rules import anchor_of

    # a stop word (`to`, `him`) is found in every sentence: the rarer word anchors
    assert anchor_of([{"LEMMA": {"IN": ["go", "walk"]}}, {"LOWER": "to"},
                      {"LEMMA": {"IN": ["office", "house", "home"]}}]) == (
        "LEMMA", ["office", "house", "home"])
    assert anchor_of([{"LEMMA": "give"}, {"LOWER": {"IN": ["him", "her"]}},
                      {"LEMMA": "carton"}]) == ("LEMMA", ["carton"])
    e = engine('      - pattern: [{LEMMA: {IN: [go, walk]}}, {LOWER: to}, {LOWER: the},'
               ' {LEMMA: office}]\n'
               '      - pattern: [{LEMMA: slip}, {LOWER: him}, {IS_ALPHA: true, OP: "*"},'
               ' {LEMMA: envelope}]')
    assert [p.reach for p in e.rules.patterns] == [4, None]
    text = ("We walked to the OFFICE. Later I slipped him the thick envelope. "
            "Then we went to the market and she slipped him a note.")
    assert fired(e, text)["words"] == ["walked to the OFFICE", "slipped him the thick envelope"]


def test_many_paragraphs_coded_in_chunks_match_as_if_alone(project):
    from qcode.match import CHUNK

    e = engine('      - {id: paid-off, pattern: [{LEMMA: pay}, {LOWER: them, OP: "?"}, {LOWER: "off"}]}\n'
               '      - {id: star, pattern: [{LOWER: sold}, {OP: "*"}, {LOWER: notels}]}\n'
               "      - {id: money, regex: '^\\d+ yuan'}")
    paras = [f"Story {i}: we paid them off." if i % 3 == 0 else f"{i} yuan then. Sold" if
             i % 3 == 1 else "notels, we sold two notels." for i in range(CHUNK + 10)]
    path = project.write("many.txt", "Interviewer: Tell me.\n\nA: " + "\n\n".join(paras) + "\n")
    codings = e.code_transcript(parse_file(path, Config()))
    by_text = {c.segment.text: c for c in codings}
    assert len(by_text) == len(paras) - paras.count("notels, we sold two notels.") + 1
    for i, text in enumerate(paras):
        c = by_text[text]
        assert c.rules == (["paid-off"] if i % 3 == 0 else ["money"] if i % 3 == 1 else ["star"])
        for s in c.spans:  # offsets are into the paragraph, never across paragraphs
            assert text[s.start:s.end] == s.text
    assert by_text["notels, we sold two notels."].spans[0].text == "sold two notels"


def test_the_pipeline_computes_the_lexical_attributes_patterns_name():
    """Only those (and qcode's own) are computed for new words; spaCy's others stay 0."""
    from spacy.attrs import IDS

    from qcode.nlp import get_nlp

    e = engine("      - {id: sum, pattern: [{LIKE_NUM: true}, {LOWER: {IN: [won, yuan]}}]}\n"
               "      - {id: caps, pattern: [{shape: XXX}, {IS_TITLE: true}]}")
    kept = {name for name, attr in IDS.items() if attr in e.nlp.vocab.lex_attr_getters}
    assert kept == {"LIKE_NUM", "LOWER", "SHAPE", "IS_TITLE", "IS_PUNCT", "IS_SPACE"}
    assert e.nlp is not get_nlp()  # words seen by one keep what they were given
    for text, words in [("He paid forty won.", ["forty won"]),
                        ("The KPA Soldier laughed.", ["KPA Soldier"])]:
        assert fired(e, text)["words"] == words, text

