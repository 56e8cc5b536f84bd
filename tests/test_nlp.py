"""qcode's own pipeline pieces agree with the spaCy components they stand in for."""

from __future__ import annotations

from pathlib import Path

import spacy

from qcode.config import Config
from qcode.ingest import discover, parse_file
from qcode.nlp import get_nlp, lemma_of, spellings

ROOT = Path(__file__).resolve().parent.parent

TRICKY = ["", "Hello", "...", "Hi!!! What? ... ok. \"Yes.\" he said. (Really.) Mr. Smith... no!?",
          "U.S.A. is 3.5 big.", ". . a", "? ", " \n\n A. B", "End.Next one。 日本語！ok"]


def test_sentence_starts_match_spacys_sentencizer():
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    files = discover([ROOT / "transcripts", ROOT / "tests" / "data" / "eval"]).files
    texts = TRICKY + ["\n\n".join(p.text for turn in parse_file(path, Config()).turns
                                  for p in turn.paragraphs) for path in files]
    nlp = get_nlp()
    for text in texts:
        assert ([t.is_sent_start for t in nlp(text)]
                == [t.is_sent_start for t in reference(text)]), text


def test_spellings_are_every_form_that_lemmatizes_to_a_lemma():
    for lemma in ("pay", "leave", "bribe", "notel", "usb", "child"):
        assert all(lemma_of(form) == lemma for form in spellings(lemma))
    assert {"paid", "pays", "paying"} <= spellings("pay")
    assert {"left", "leaving"} <= spellings("leave")
    assert "notels" in spellings("notel")  # the plural fallback, read backwards


def test_a_lean_pipeline_gives_new_words_what_qcode_reads_and_no_more():
    nlp = get_nlp(frozenset())
    doc = nlp.make_doc("Qxzyw \u203d w\u2003v")  # a word, an interrobang, an em space
    assert [t.text for t in doc] == ["Qxzyw", "\u203d", "w", "\u2003", "v"]
    assert doc[1].is_punct and doc[3].is_space
    assert doc[0].shape_ == "" and not doc[0].is_title  # spaCy's others are not computed
    assert get_nlp().make_doc("Qxzyw")[0].shape_ == "Xxxxx"


def test_footnote_marks_glued_to_a_word_do_not_hide_it():
    """`notel[2]` was one token, so the word was never matched (a page pasted with its notes)."""
    doc = get_nlp()("We hid the notel[2] and a notel² and a usb[^3] at my aunt's.")
    assert {"notel", "usb"} <= {t.text for t in doc}


def test_the_tokenizer_is_spacys_blank_english_with_footnote_suffixes():
    """get_nlp builds its English with the footnote marks among the suffixes from the
    start; the tokenizer is the one spacy.blank makes with them set afterwards."""
    import spacy
    from spacy.util import compile_suffix_regex

    from qcode.nlp import FOOTNOTE_MARKS, get_nlp

    blank = spacy.blank("en")
    blank.tokenizer.suffix_search = compile_suffix_regex(  # type: ignore[union-attr]
        [*(blank.Defaults.suffixes or ()), *FOOTNOTE_MARKS]).search
    own = get_nlp().tokenizer.to_bytes(exclude=["vocab"])  # type: ignore[union-attr]
    assert own == blank.tokenizer.to_bytes(exclude=["vocab"])  # type: ignore[union-attr]
