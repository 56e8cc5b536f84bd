"""The prefilter may skip only paragraphs on which nothing would be coded: with and without
it, the engine must give the same codings, ids included. (So must the lean pipeline, which
computes only the lexical attributes the codebook's patterns name.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.codebook import load_codebook, parse_codebook
from qcode.config import Config
from qcode.ingest import discover, parse_file
from qcode.match import Engine
from qcode.nlp import get_nlp, spellings

ROOT = Path(__file__).resolve().parent.parent

TRICKY = """
name: t
unit: {unit}
codes:
  - id: words
    label: Words
    rules:
      - {{id: negation, terms: ["not"]}}
      - {{id: device, terms: [notel, "usb stick"]}}
      - {{id: un, exact: [UN], weight: 0.7}}
  - id: paying
    label: Paying
    rules:
      - {{id: paid-guard, near: {{a: [pay], b: [guard, "border guard"]}}}}
      - {{id: weak, terms: [official], weight: 0.3}}
      - {{id: amount, regex: '\\b\\d+\\s*yuan\\b', weight: 0.3}}
      - {{id: few-left, pattern: [{{LOWER: {{IN: [few, little]}}}}, {{LOWER: left}}]}}
    question:
      - {{id: asked, terms: [bribe], weight: 0.6}}
"""

INTERVIEW = """\
Interviewer: Tell me about your town.

A: Yes. It rained all day. The river was high.

It rained all day. I cannot say more. It rained all day.

We hid the USB/notel under the floor.

Two Notels were found.

The UN came.

It was un-believable.

I PAID the border guard.

The official took 300 yuan. The official was rude.

There were few left.

Interviewer: Did you ever have to bribe anyone?

A: Yes. It rained all day.

Interviewer: And then, did you pay the border guard?

A: It rained all day.

Interviewer: And after that?

A: It rained all day.
"""


def codings_both_ways(book_text: str, path: Path,
                      interviewer: bool = False) -> tuple[list, list, Engine]:
    book = parse_codebook(book_text, Path("t.yaml"))
    fast, slow = Engine(book), Engine(book, prefilter=False)
    t = parse_file(path, Config())
    return (fast.code_transcript(t, interviewer), slow.code_transcript(t, interviewer), fast)


@pytest.mark.parametrize("unit", ["paragraph", "sentence", "turn"])
def test_same_codings_with_and_without_prefilter(tmp_path: Path, unit: str):
    path = tmp_path / "t.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    fast, slow, engine = codings_both_ways(TRICKY.format(unit=unit), path)
    assert fast == slow
    # every kind of tricky evidence was found, each in a paragraph of its own, so the
    # comparison is not vacuous
    found = {(c.segment.line, r) for c in fast for r in c.rules}
    if unit == "paragraph":
        assert found >= {(5, "negation"), (7, "device"), (9, "device"), (11, "un"),
                         (15, "paid-guard"), (17, "weak"), (17, "amount"), (19, "few-left"),
                         (23, "asked")}
        assert not any(line == 13 for line, _ in found)  # `un-` is not `UN`
    # and the prefilter does skip the rest
    assert not engine.might_code("It rained all day.")
    if unit != "turn":  # a turn pools its paragraphs' evidence: there any rule counts
        assert not engine.might_code("The official was rude.")  # 0.3 < min_confidence


@pytest.mark.parametrize("unit", ["paragraph", "sentence"])
def test_same_codings_when_interviewer_turns_are_coded_too(tmp_path: Path, unit: str):
    path = tmp_path / "t.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    fast, slow, _ = codings_both_ways(TRICKY.format(unit=unit), path, interviewer=True)
    assert fast == slow
    assert any(c.segment.role == "interviewer" for c in fast)  # "did you pay the border guard?"


def test_repeated_sentence_ids_count_skipped_paragraphs(tmp_path: Path):
    """'Yes.' answering the bribe question is the second 'Yes.' of the transcript; the first
    sits in a paragraph the prefilter skipped, and still counts for the id."""
    path = tmp_path / "t.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    fast, slow, _ = codings_both_ways(TRICKY.format(unit="sentence"), path)
    yes = [c for c in fast if c.segment.text == "Yes."]
    assert [c.rules for c in yes] == [["asked"]]
    assert fast == slow


def test_same_codings_when_the_chunk_cache_starts_over(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    """A cache that fills up mid-transcript forgets what it knew, never what a text holds."""
    import qcode.prefilter

    monkeypatch.setattr(qcode.prefilter, "CACHE_LIMIT", 5)
    path = tmp_path / "t.txt"
    path.write_text("Interviewer: And?\n\nA: The UN came.\n\nRain fell all day long.\n\n"
                    "Then the UN went home.\n", encoding="utf-8")  # `UN` known, the rest new
    fast, slow, _ = codings_both_ways(TRICKY.format(unit="paragraph"), path)
    assert [c.segment.text for c in slow] == ["The UN came.", "Then the UN went home."]
    assert fast == slow


def test_untestable_pattern_sends_every_paragraph_to_spacy():
    book = parse_codebook(TRICKY.format(unit="paragraph") + """
  - id: shapes
    label: Shapes
    rules:
      - {id: digits-upper, pattern: [{IS_DIGIT: true}, {IS_UPPER: true}]}
""", Path("t.yaml"))
    assert Engine(book).might_code("It rained all day.")


SLOW = {  # the engine's two shortcuts, each turned off
    "no prefilter": lambda book: Engine(book, prefilter=False),
    "every lexical attribute": lambda book: Engine(book, nlp=get_nlp()),
}


@pytest.mark.parametrize("slow_by", SLOW)
@pytest.mark.parametrize("unit", ["paragraph", "sentence"])
def test_default_codebook_same_codings_on_samples_and_eval_sets(unit: str, slow_by: str):
    text = (ROOT / "codebooks" / "default.yaml").read_text(encoding="utf-8")
    book = parse_codebook(text.replace("unit: paragraph", f"unit: {unit}"), Path("d.yaml"))
    fast, slow = Engine(book), SLOW[slow_by](book)
    files = discover([ROOT / "transcripts", ROOT / "tests" / "data" / "eval"]).files
    total = 0
    for path in files:
        t = parse_file(path, Config())
        codings = fast.code_transcript(t)
        assert codings == slow.code_transcript(t), path.name
        total += len(codings)
    assert total > 50
    assert load_codebook(ROOT / "codebooks" / "default.yaml").unit == "paragraph"


def test_spacy_tokenizes_each_whitespace_chunk_on_its_own():
    """What the prefilter rests on: a text's tokens are its chunks' tokens, in order."""
    nlp = get_nlp()
    files = discover([ROOT / "transcripts", ROOT / "tests" / "data" / "eval"]).files
    texts = [p.text for path in files for turn in parse_file(path, Config()).turns
             for p in turn.paragraphs]
    texts += [": ) a. m. can 't ca n't U.S. A e-mail 10km http://example.org/a b :-) (see: x)",
              "He said \"no.\"Then left... O.K.? 'Cause y'all can't", "Mr. Kim's 3.5kg",
              "I cannot say Id rather, dont (Gonna) Cant. notel USBs"]  # special cases
    engine = Engine(parse_codebook(TRICKY.format(unit="paragraph"), Path("t.yaml")))
    for text in texts:
        whole = [t.text for t in nlp.make_doc(text) if not t.is_space]
        alone = [[t.text for t in nlp.make_doc(chunk)] for chunk in text.split()]
        assert whole == [t for tokens in alone for t in tokens], text
        pieces = engine.tokens(text.split())  # the batched call, shortcuts and all
        assert all(set(t) <= set(p) for t, p in zip(alone, pieces, strict=True)), text


def test_chunks_that_skip_the_tokenizer_hold_all_their_tokens():
    """The prefilter's shortcut: ASCII-letter chunks, bare or with one mark after them, that
    are no special case. Checked on a sample of the lemma table's words in three casings."""
    import random

    from qcode.nlp import lemma_table

    nlp = get_nlp()
    engine = Engine(parse_codebook(TRICKY.format(unit="paragraph"), Path("t.yaml")))
    words = sorted(w for w in lemma_table() if w.isascii() and w.isalpha())
    sample = [*random.Random(3).sample(words, 2000), "a", "i", "b", "id", "dont", "cannot"]
    chunks = [v + mark for w in sample for v in (w, w.title(), w.upper())
              for mark in ["", *".,;:!?"]]
    short = 0
    for chunk, pieces in zip(chunks, engine.tokens(chunks), strict=True):
        tokens = [t.text for t in nlp.make_doc(chunk)]
        assert set(tokens) <= set(pieces), chunk
        short += chunk in engine.tokens._cold
    assert short > len(chunks) * 0.9


@pytest.mark.parametrize("unit", ["paragraph", "sentence", "turn"])
def test_random_word_salad_same_codings_with_and_without_prefilter(tmp_path: Path, unit: str):
    """Seeded random answers from the default codebook's own words, their inflections, common
    words and glued punctuation, in mixed case: the prefilter must never change a coding."""
    import random
    import re

    from qcode.nlp import lemma_of

    text = (ROOT / "codebooks" / "default.yaml").read_text(encoding="utf-8")
    book = parse_codebook(text.replace("unit: paragraph", f"unit: {unit}"), Path("d.yaml"))
    fast, slow = Engine(book), Engine(book, prefilter=False)
    words = sorted({s for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text)
                    for s in [w, *sorted(spellings(lemma_of(w)))[:4]]})
    common = ["the", "a", "and", "but", "so", "I", "we", "my", "had", "to", "in", "of", "it",
              "that", "there", "few", "no", "not", ".", ",", "!", "?", "...", ";", "-", "/",
              "'s", "n't", '"', "(", ")", "300", "yuan"]
    rnd = random.Random(7)

    def answer() -> str:
        tokens = [(rnd.choice(words) if rnd.random() < 0.45 else rnd.choice(common))
                  for _ in range(rnd.randint(3, 30))]
        cased = [t.upper() if rnd.random() < 0.07 else t.title() if rnd.random() < 0.15 else t
                 for t in tokens]
        return "".join(("" if rnd.random() < 0.15 else " ") + t for t in cased).strip()

    compared = 0
    for i in range(20):
        turns = [f"Interviewer: {answer().replace(':', '')}?\n\nA: {answer()}\n\n{answer()}"
                 for _ in range(rnd.randint(2, 6))]
        path = tmp_path / f"r{i}.txt"
        path.write_text("\n\n".join(turns) + "\n", encoding="utf-8")
        t = parse_file(path, Config())
        codings = slow.code_transcript(t)
        assert fast.code_transcript(t) == codings, path.read_text(encoding="utf-8")
        compared += len(codings)
    assert compared > 30
