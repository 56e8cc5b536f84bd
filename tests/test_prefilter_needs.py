"""Session 19's tighter prefilter and Matcher windows change no coding: a motive where no
question asks why needs a leaving word (and a marker) in its paragraph, a token pattern
needs all its required words, and the Matcher runs only on windows holding them all."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from qcode.codebook import parse_codebook
from qcode.config import Config
from qcode.ingest import parse_file
from qcode.match import Engine
from qcode.match.hits import find_hits

BOOK = """
name: t
unit: {unit}
codes:
  - id: r
    label: Reasons
    question: {{id: asked-why, near: {{a: [why], b: [leave], within: 5}}, weight: 0.1}}
    rules:
      - {{id: hunger, reason: {{why: [hunger, food, hungry]}}, weight: 0.7}}
      - {{id: despair, reason: {{why: ["could not live"], link: paragraph}}, weight: 0.7}}
      - {{id: own, reason: {{why: [debt], leave: [vanish]}}, weight: 0.7}}
  - id: office
    label: Office
    rules:
      - {{id: went, pattern: [{{LEMMA: {{IN: [go, walk]}}}}, {{LOWER: to}}, {{LOWER: the}},
                              {{LEMMA: office}}], weight: 0.7}}
      - {{id: left-over, pattern: [{{LOWER: few, OP: "?"}}, {{LOWER: left}}], weight: 0.7}}
"""

INTERVIEW = """\
Interviewer: Tell me about your town.

A: There was no food in the winter.

We left because there was no food.

There was no food, so my father crossed the river.

We could not live there. My sister escaped in May.

We could not live there. My sister stayed.

My debt was large, so I had to vanish.

My debt was large, so I had to leave.

The office was closed. We walked to the market.

We walked to the office. The office was far, so we went to the office again.

There were few left.

Interviewer: Why did you leave?

A: There was no food.

Interviewer: And your brother?

A: He was hungry. He walked to the office.
"""


@pytest.mark.parametrize("unit", ["paragraph", "sentence", "turn"])
def test_same_codings_with_and_without_prefilter(tmp_path: Path, unit: str):
    path = tmp_path / "t.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    book = parse_codebook(BOOK.format(unit=unit), Path("t.yaml"))
    t = parse_file(path, Config())
    fast = Engine(book).code_transcript(t)
    assert fast == Engine(book, prefilter=False).code_transcript(t)
    if unit == "paragraph":  # not vacuous: linked motives, lone ones asked why, patterns
        assert {(c.segment.text[:24], c.code) for c in fast} == {
            ("We left because there wa", "r"), ("There was no food, so my", "r"),
            ("We could not live there.", "r"), ("My debt was large, so I ", "r"),
            ("We walked to the office.", "office"), ("There were few left.", "office"),
            ("We left because there wa", "office"),  # `left` alone: the pattern's `few?`
            ("There was no food.", "r"), ("He was hungry. He walked", "office"),
            ("He was hungry. He walked", "r")}  # a follow-up of "Why did you leave?"


def test_a_motive_alone_passes_only_where_a_question_may_ask_why():
    engine = Engine(parse_codebook(BOOK.format(unit="paragraph"), Path("t.yaml")))
    alone = "There was no food in the winter."
    assert engine.might_code(alone)  # the answer to "Why did you leave?" codes it
    assert not engine.might_code(alone, asked=False)
    assert engine.might_code("We left because there was no food.", asked=False)
    # `link: paragraph` needs no marker; a rule's own `leave` replaces the frame's
    assert engine.might_code("We could not live there. My sister escaped.", asked=False)
    assert not engine.might_code("My debt was large, so I had to leave.", asked=False)
    assert engine.might_code("My debt was large, so I had to vanish.", asked=False)


def test_a_pattern_needs_all_its_required_words():
    engine = Engine(parse_codebook(BOOK.format(unit="paragraph"), Path("t.yaml")))
    assert not engine.might_code("The office was closed.", asked=False)  # anchor alone
    assert engine.might_code("The office was closed. We walked to it.", asked=False)


def test_windows_without_a_required_word_skip_the_matcher_and_lose_no_match(
        monkeypatch: pytest.MonkeyPatch):
    """Both `office`s anchor a window; only the one after `walked to the` holds every word
    the pattern needs. The matches are those of the Matcher run over the whole Doc."""
    engine = Engine(parse_codebook(BOOK.format(unit="paragraph"), Path("t.yaml")))
    seen: list[int] = []
    pattern = next(p for p in engine.rules.patterns if p.reach == 4)
    real = pattern.matcher

    class Counting:
        def __call__(self, doclike: Doc) -> list[tuple[int, int, int]]:
            seen.append(len(doclike))
            return real(doclike)  # type: ignore[no-any-return]

    monkeypatch.setattr(pattern, "matcher", Counting())
    text = "The office was closed for a long time, and later we walked to the office."
    doc = engine.nlp(text)
    found = [h.text for h in find_hits(engine.rules, doc, text) if h.ref.rule == "went"]
    assert found == ["walked to the office"]
    assert len(seen) == 1  # the first window (`The office was closed`) was skipped
    assert [doc[s:e].text for _, s, e in real(doc)] == found
