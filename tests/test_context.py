"""Coding as a careful coder reads: reason frames, scoped and inherited vetoes, the
question's context over the whole answer, follow-up questions (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.codebook import load_codebook, parse_codebook
from qcode.config import Config
from qcode.ingest import parse_file
from qcode.match import Engine
from tests.conftest import Project

REASONS = """
name: t
codes:
  - id: r
    label: Reasons
    question: {id: asked-why, near: {a: [why], b: [leave], within: 5}, weight: 0.6}
    unless:
      - {id: leave-me, pattern: [{LEMMA: leave}, {LOWER: me}], words: [leave, left]}
      - {id: nothing-left, pattern: [{LOWER: nothing}, {LOWER: left}], words: [left]}
    context_unless: [{id: route, terms: [walked, "by train"]}]
    children:
      - id: r/hunger
        label: Hunger
        rules:
          - id: hunger
            reason: {why: [hunger, "nothing to eat", "find food", hungry, food]}
      - id: r/despair
        label: Despair
        rules:
          - {id: despair, reason: {why: ["could not live"], link: paragraph}}
"""


def coded(e: Engine, text: str, question: str | list[str] = "") -> set[str]:
    return {x.code for x in e.explain(text, question) if x.coded}


@pytest.fixture(scope="module")
def reasons() -> Engine:
    return Engine(parse_codebook(REASONS, Path("r.yaml")))


@pytest.mark.parametrize("text", [
    "I crossed the river because there was nothing to eat.",  # because
    "Because of hunger, we left in the spring.",  # because, the leaving after the motive
    "There was nothing to eat, so we left.",  # so
    "There was nothing to eat. That is why I left.",  # so, in the next sentence
    "We went to China to find food, and I left my village for good.",  # purpose
    "I crossed the river to buy some food.",  # purpose, a verb and a word between
    # a sense veto removes its word only where it is: the second `left` is leaving
    "There was nothing left and we were hungry, so we left.",
    "I left because my mother said, leave me alone, there is nothing to eat.",
    "The reason I left was hunger.",  # a sentence naming the reason
])
def test_a_motive_linked_to_leaving_codes(reasons: Engine, text: str):
    assert coded(reasons, text) == {"r/hunger"}


@pytest.mark.parametrize("text", [
    "I came out in 2008.",  # a fact of leaving
    "We crossed the river after dark.",
    "We were always hungry in those years.",  # a motive, no leaving
    "She left in the hard years, when nothing to eat was normal.",  # no link
    "People are too hungry to try to leave now.",  # the motive stops the leaving
    "My mother said, leave me alone, there is nothing to eat.",  # `leave` vetoed
    "We crossed to the hungry villages on the other side.",  # a destination, no purpose
    "Later I escaped to China with food for my aunt.",  # `to China with food`: no purpose
])
def test_facts_and_unlinked_motives_do_not(reasons: Engine, text: str):
    assert coded(reasons, text) == set()


def test_a_motive_alone_codes_in_the_answer_to_why(reasons: Engine):
    assert coded(reasons, "We were always hungry.", "Why did you leave?") == {"r", "r/hunger"}
    ex = {x.code: x for x in reasons.explain("We were always hungry.")}["r/hunger"]
    assert not ex.coded and [h.text for h in ex.unlinked] == ["hungry"]


def test_a_context_veto_keeps_the_route_from_the_question(reasons: Engine, project: Project):
    """The route told after "Why did you leave?" is a fact, unless a motive is in it too."""
    assert coded(reasons, "We walked for two nights.", "Why did you leave?") == set()
    assert coded(reasons, "We walked for two nights.", "What happened?") == set()
    assert coded(reasons, "We were hungry, we walked for two nights.",
                 "Why did you leave?") == {"r", "r/hunger"}
    assert coded(reasons, "We came by train.", "Why did you leave?") == set()
    project.write("r.yaml", REASONS, folder=".")
    r = project.qcode("codebook", "explain", "r.yaml", "We walked for two nights.",
                      "--question", "Why did you leave?")
    assert "  ~ route on 'walked': the question's context does not code this text " \
           "(context_unless, and no rule of the code fired)" in r.stdout.splitlines()


def test_a_later_paragraph_telling_the_crossing_needs_a_linked_motive(
        reasons: Engine, project: Project):
    """The first paragraph answers "why"; a later one that tells the crossing keeps the
    question's context only with a motive linked to leaving (not a companion's hunger)."""
    path = project.write("t.txt", "Q: Why did you leave?\n\nA: There was nothing to eat.\n\n"
                         "We walked for two nights, hungry, my aunt with us.\n\n"
                         "We walked for two nights; we left to find food.\n\n"
                         "Q: Why did you leave?\n\nA: Hungry. We walked for two nights.\n")
    codings = reasons.code_transcript(parse_file(path, Config()))
    texts = {c.segment.text for c in codings if c.code == "r/hunger"}
    assert texts == {"There was nothing to eat.",
                     "We walked for two nights; we left to find food.",
                     "Hungry. We walked for two nights."}


def test_paragraph_link_and_explain_shows_the_frame(reasons: Engine, project: Project):
    assert coded(reasons, "I could not live there. In 2009 I left.") == {"r/despair"}
    assert coded(reasons, "I could not live without my radio.") == set()
    project.write("r.yaml", REASONS, folder=".")
    r = project.qcode("codebook", "explain", "r.yaml", "There was nothing to eat, so we left.")
    assert ("  + hunger (weight 0.9) reason frame 'so': motive 'nothing to eat', marker 'so', "
            "leaving 'left'") in r.stdout.splitlines()
    r = project.qcode("codebook", "explain", "r.yaml", "We were hungry.", "--question",
                      "When did you leave?", "--question", "And why?")
    lines = r.stdout.splitlines()
    assert lines[0] == "read as the answer to: 'When did you leave, And why?'"
    assert "  + hunger (weight 0.9) motive 'hungry', tied to leaving by the question " \
           "(it asks why)" in lines



OWN_LEAVING = """
name: t
reason_frame: {leave: [leave, escape, "go first", cross]}
codes:
  - id: r
    label: R
    rules:
      - id: gone
        reason: {why: ["had gone first", "escaped first", "no choice but to leave"], link: paragraph}
"""


@pytest.mark.parametrize(("text", "codes"), [
    # the motive holds a leaving word: that word tells of leaving, it does not tie the motive
    ("My brother had gone first.", set()),
    ("My sister escaped first, in 2006.", set()),
    ("I had no choice but to leave.", set()),
    # a leaving word outside the motive ties it
    ("My brother had gone first. In 2009 I crossed.", {"r"}),
    ("My sister escaped first, so I had no choice but to leave.", {"r"}),
])
def test_a_motive_is_not_its_own_leaving_word(text: str, codes: set[str]):
    assert coded(Engine(parse_codebook(OWN_LEAVING, Path("o.yaml"))), text) == codes

VETOES = """
name: t
codes:
  - id: m
    label: Media
    rules:
      - {id: drama, terms: [drama], weight: 0.6}
      - {id: watched, near: {a: [watch], b: [film, drama], within: 4}}
    unless:
      - {id: fuss, pattern: [{LOWER: drama}, {LOWER: at}], words: [drama]}
      - {id: state, terms: [central television]}
    children:
      - id: m/south
        label: From the South
        rules: [{id: south-drama, near: {a: [south], b: [drama], within: 3}}]
"""


def test_a_scoped_veto_removes_only_its_words_and_children_inherit_it(project: Project):
    e = Engine(parse_codebook(VETOES, Path("v.yaml")))
    # the veto's word goes, with the other side of its `near`; other words stay
    ex = {x.code: x for x in e.explain("We watched a drama at the wedding.")}["m"]
    assert not ex.coded and {h.text for h, _ in ex.vetoed} == {"watched", "drama"}
    assert coded(e, "There was drama at the wedding; we watched a film.") == {"m"}
    # an unscoped veto removes every hit of its sentence, and children inherit both
    assert coded(e, "We watched a drama on central television.") == set()
    assert coded(e, "The south drama at the wedding.") == set()
    assert coded(e, "We loved the south drama.") == {"m", "m/south"}
    # the parent's vetoes are compiled for a child chosen alone
    child_only = Engine(parse_codebook(VETOES, Path("v.yaml")), codes=["m/south"])
    assert coded(child_only, "The south drama at the wedding.") == set()


QUESTION_VETO = """
name: t
codes:
  - id: m
    label: Media
    rules: [{id: film, terms: [film]}]
    unless:
      - {id: today, pattern: [{LOWER: do}, {LOWER: you}, {LEMMA: watch}], words: [drama]}
    question: {id: asked-dramas, terms: [dramas], weight: 0.6}
    children:
      - {id: m/south, label: South, question: {id: asked-south, terms: [south], weight: 0.6}}
"""


def test_a_veto_applies_to_the_question_too(project: Project):
    e = Engine(parse_codebook(QUESTION_VETO, Path("q.yaml")))
    # "Do you watch dramas now?" asks about life today: its words do not give the code
    assert coded(e, "Yes, every evening.", "Did you watch dramas back home?") == {"m"}
    assert coded(e, "Yes, every evening.", "Do you watch dramas now?") == set()
    # a scoped veto spares other words; children inherit the veto for their questions
    assert coded(e, "Yes.", "Do you watch dramas from the south?") == {"m/south"}
    assert coded(e, "Yes.", "Do you watch the south?") == {"m/south"}
    ex = {x.code: x for x in e.explain("Yes.", "Do you watch dramas now?")}["m"]
    assert [(h.text, v.ref.rule) for h, v in ex.vetoed] == [("dramas", "today")]
    # in a transcript too, and `explain` says so on the default codebook
    path = project.write("q.txt", "Interviewer: Do you watch dramas now?\n\nA: Yes, every "
                                  "evening.\n\nInterviewer: And back home, dramas?\n\nA: Yes.\n")
    assert [c.segment.text for c in e.code_transcript(parse_file(path, Config()))] == ["Yes."]
    r = project.qcode("codebook", "explain", "codebooks/default.yaml", "Yes, every evening.",
                      "--question", "Do you watch dramas now?")
    assert "usb_notel (Foreign media, USB sticks and notels): not coded, confidence 0.00" \
        in r.stdout
    assert "  - asked-about-media on the question 'dramas' vetoed by watching-now " \
           "('Do you watch' in the same sentence)" in r.stdout.splitlines()


def test_misplaced_words_and_reason_are_listed_with_their_paths(project: Project):
    project.write("bad.yaml", """
name: t
codes:
  - id: c
    label: C
    rules: [{terms: [a], words: [a]}, {reason: {why: [x], link: near}}]
    unless: [{reason: {why: [x]}}]
    question: {reason: {why: [y]}}
""", folder=".")
    r = project.qcode("codebook", "check", "bad.yaml", code=1)
    assert r.stderr.splitlines()[1:] == [
        "  codes[0].rules[1].reason.link: Input should be 'cause' or 'paragraph'",
        "  codes[0].rules[0].words: only a veto (unless) takes words, the words it "
        "disambiguates",
        "  codes[0].unless[0].reason: a reason frame is a rule of the answer, not a veto",
        "  codes[0].question.reason: a reason frame is a rule of the answer, not a question rule",
    ]


CONTEXT = """
name: t
codes:
  - id: b
    label: Bribery
    rules: [{terms: [bribe]}]
    question: {terms: [bribe]}
  - id: u
    label: Media
    rules: [{terms: [notel]}]
    question: {terms: [radio, drama]}
"""


def test_the_question_codes_every_respondent_and_paragraph_until_the_next(project: Project):
    e = Engine(parse_codebook(CONTEXT, Path("c.yaml")))
    path = project.write("c.txt", """
Interviewer: Many people told us about dramas. But first: did you ever pay a bribe?

Interviewee A: No, never.

Not once.

Interviewee B: My husband did.

Interviewer: Did you have a radio?

Interviewee A: Yes, a small one.

Interviewer: Who else knew?

Interviewee A: Only my son.

Interviewer: What happened to it?

Interviewee B: We buried it.

Interviewer: When was that?

Interviewee B: In 2012.
""")
    codings = e.code_transcript(parse_file(path, Config()))
    assert [(c.segment.text, c.code) for c in codings] == [
        ("No, never.", "b"), ("Not once.", "b"), ("My husband did.", "b"),  # not u: preamble
        ("Yes, a small one.", "u"),
        ("We buried it.", "u"),  # "it" refers back past a question with no theme
    ]
    assert codings[-1].question == "Did you have a radio, What happened to it?"


@pytest.mark.parametrize(("follow_up", "codes"), [
    ("And your son?", {"r", "r/hunger"}),  # the same question, asked of someone else
    ("What about your sister?", {"r", "r/hunger"}),
    ("And then?", set()),  # what happened next: events, not the why
    ("And now?", set()),  # life today
    ("And here?", set()),
])
def test_a_follow_up_that_opens_by_continuing_keeps_the_question(
        reasons: Engine, follow_up: str, codes: set[str]):
    assert coded(reasons, "We were always hungry.", ["Why did you leave?", follow_up]) == codes


def test_a_follow_up_whose_topic_a_veto_removed_does_not_reach_further_back(
        project: Project):
    """"Did it work?" after "Why did you leave?" asks how the escape went: the default
    codebook's `asked-if-it-worked` vetoes the why, and the follow-up keeps to the question
    it refers to instead of reaching back to the radio asked about before it."""
    path = project.write("w.txt", """
Interviewer: Did you have a radio at home?

A: Yes, a small Chinese one.

Interviewer: Why did you leave?

A: There was nothing to eat, and my sister was already in China.

Interviewer: Did it work, the plan with the broker?

A: It worked. It took nine days to Yanji and I had a fever for three of them.
""")
    e = Engine(load_codebook(Path("codebooks/default.yaml")))
    codings = e.code_transcript(parse_file(path, Config()))
    last = [c.code for c in codings if c.segment.text.startswith("It worked")]
    assert last == []
    assert {c.code for c in codings if c.segment.text.startswith("There was")} >= {
        "reasons_for_leaving"}


@pytest.mark.parametrize(("text", "codes"), [
    # the motive is a phrase reaching past the sense veto's `left`: the veto does not remove it
    ("I left because there was nobody left to stay for.", {"reasons_for_leaving"}),
    # the veto still removes the word where it is the veto's, and the rule on it
    ("There was nobody left in the village by then.", set()),
])
def test_a_sense_veto_does_not_remove_a_motive_phrase_reaching_past_it(text: str,
                                                                       codes: set[str]):
    e = Engine(load_codebook(Path("codebooks/default.yaml")), codes=["reasons_for_leaving"])
    assert coded(e, text) == codes


def test_evaluate_details_groups_errors_by_kind(project: Project):
    answers = [  # (question, answer, label): one mistake of each kind, in ERROR_KINDS order
        ("What happened then?", "My aunt had a quiet word with his wife one evening, "
         "and after that the trouble simply ended for all of us.", "bribery"),
        ("Where did you keep your savings?", "We paid the officer at the bank in cash.", ""),
        ("What was life like?", "We were always hungry in those years.", "reasons_for_leaving"),
        ("Why did you leave?", "I came out in 2008.", ""),  # a fact: not coded (right)
        ("Did you watch foreign films?", "Not me. I had to work.", ""),
        ("How was the market?", "The inspector got something and the matter was forgotten.",
         "bribery"),
        ("Did you watch foreign films?", "We watched South Korean dramas on a notel.",
         "usb_notel"),
    ]
    project.write("t.txt", "---\nid: t\n---\n" + "\n".join(
        f"Interviewer: {q}\n\nA: {a}\n" for q, a, _ in answers))
    project.write("labels.csv", "transcript,segment,codes\n" + "".join(
        f't,"{a}",{codes}\n' for _, a, codes in answers), folder=".")
    project.qcode("ingest", "transcripts")
    r = project.qcode("codebook", "evaluate", "codebooks/default.yaml", "--labels",
                      "labels.csv", "--details")
    tail = r.stdout[r.stdout.index("missed without keyword"):r.stdout.index("rules:")]
    tail = [line.strip("\n") for line in tail.splitlines()[:-1]]
    assert [line for line in tail if line] == [
        "missed without keyword: no rule knows the words the theme was told in (1)",
        f"  missed: bribery: t: {answers[0][1]}",
        "sense: a word in another sense coded the theme, or a veto removed the theme (1)",
        f"  false alarm: bribery: t: {answers[1][1]}",
        "reason vs fact: leaving told without a reason coded, or a motive left unlinked to "
        "leaving (1)",
        f"  missed: reasons_for_leaving: t: {answers[2][1]}",
        "context: the question's context coded an answer not on its theme, or did not reach "
        "an answer that was (1)",
        f"  false alarm: usb_notel: t: {answers[4][1]}",
        "too weak: some rules fired, below min_confidence (1)",
        f"  missed: bribery: t: {answers[5][1]}",
    ]
    # each rule's precision on these labels: the officer at the bank was no bribe
    assert "how often their codings were right" in r.stdout
    table = [line.split("│") for line in r.stdout.splitlines() if "pay-official" in line]
    assert [[cell.strip() for cell in row[1:-1]] for row in table] == [
        ["bribery", "pay-official", "0.90", "yes", "1", "0", "0.00"]]
