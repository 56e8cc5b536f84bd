"""The one spaCy pipeline: blank English, sentence starts and lookup lemmas. Built once, offline.

spaCy's own lookup lemmatizer keys on the exact word form, so `Bribes` at the start of a
sentence would not become `bribe`. qcode's lemma step tries the form, then its lower case,
then (for words the table does not know, such as `notels` or `USBs`) strips a plural `s`.
Every lemma is lower case, so `terms` rules are case-insensitive by construction.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import IDS, IS_PUNCT, LEMMA, ORTH, SENT_START
from spacy.lang.en import English, EnglishDefaults
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import load_language_data, registry

# Whitespace-separated chunks spaCy's tokenizer remembers (spaCy's default: 10,000). Two
# million words of interviews hold ~50,000; past the limit every new chunk is split from
# scratch each time it comes back (benchmarks/README.md). ~10 MB when full.
TOKENIZER_CACHE = 200_000


# Where the table's lemma would make a word another word: `news` is not `new` (a term `news`
# matched "a new life"), `media` not `medium`, `series` not `serie`, `broker` not `broke` (a
# pattern on the lemma `broker` never fired, and "I was broke" matched a term `broker`),
# `feed` not `fee` ("to feed my children" matched a term `fee`), `dying` is `die`, not `dye`;
# `rent` not `rend` (a list's `rent` never matched "rented"), `won` the currency, not `win`,
# `stuck` not `stick` ("the truck was stuck" matched a rule's memory `stick`).
_FIXED = {"news": "news", "media": "media", "series": "series", "broker": "broker",
          "feed": "feed", "matter": "matter", "number": "number", "evening": "evening",
          "crew": "crew", "dying": "die", "rent": "rent", "won": "won", "stuck": "stuck"}
LEMMA_FIXES = {**_FIXED, **{form.capitalize(): lemma for form, lemma in _FIXED.items()}}


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """spacy-lookups-data's English form -> lemma table (no download), with LEMMA_FIXES."""
    table = dict(load_language_data(registry.lookups.get("en")["lemma_lookup"]))
    return {**table, **LEMMA_FIXES}


def lemma_of(form: str) -> str:
    """The lemma qcode gives a word form: the table's (for the form, then its lower case),
    else the form without a plural `s`, else the form; always lower case."""
    table = lemma_table()
    found = table.get(form) or table.get(form.lower())
    if found:
        return found.lower()
    low = form.lower()
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


@lru_cache(maxsize=1)
def _forms_by_lemma() -> dict[str, list[str]]:
    """Lists, holding the table's own strings where case-folding changes nothing: every
    --jobs worker keeps this, and frozensets of copies took 19 MB where this takes ~6."""
    forms: dict[str, list[str]] = {}
    for form, lemma in lemma_table().items():
        folded = form.casefold()
        forms.setdefault(lemma.lower(), []).append(form if folded == form else folded)
    return forms


@lru_cache(maxsize=2**16)
def spellings(lemma: str) -> frozenset[str]:
    """Every word form (case-folded) whose lemma_of() could be `lemma`: lemma_of read
    backwards, for the prefilter. A superset is harmless; a missing form would lose hits."""
    return frozenset(_forms_by_lemma().get(lemma, ())) | {lemma.casefold(),
                                                         (lemma + "s").casefold()}


SHORT_DOC = 8  # tokens


class LookupLemmas:
    """Pipeline component setting lower-case lookup lemmas, cached per word form."""

    def __init__(self, nlp: Language):
        self.strings = nlp.vocab.strings
        self.cache: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) <= SHORT_DOC:  # a rule's term: numpy's set-up would cost more
            for token in doc:
                token.lemma = self.lemma(token.orth)
            return doc
        # each distinct word form once: a Python loop over every token costs more
        forms, where = np.unique(doc.to_array(ORTH), return_inverse=True)
        cache, lemma = self.cache, self.lemma  # a hit without the call: this runs on every doc
        lemmas = np.array([cache.get(orth) or lemma(orth) for orth in forms.tolist()],
                          dtype="uint64")
        doc.from_array([LEMMA], lemmas[where].reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    def lemma(self, orth: int) -> int:
        """The lemma's string id of a word form's, cached."""
        lemma = self.cache.get(orth)
        if lemma is None:
            lemma = self.cache[orth] = self.strings.add(lemma_of(self.strings[orth]))
        return lemma


class Sentences:
    """spaCy's Sentencizer rule, computed on arrays instead of token by token (the
    Sentencizer was a third of the pipeline's time). A sentence starts at the first token
    after one of its punctuation characters (`.`, `!`, `?`, ...) that is neither
    punctuation nor one of those characters; the first token starts one too."""

    def __init__(self, nlp: Language):
        self.ends = np.array(sorted(nlp.vocab.strings.add(c)
                                    for c in Sentencizer.default_punct_chars), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tokens = doc.to_array([ORTH, IS_PUNCT])
        ends = np.isin(tokens[:, 0], self.ends)
        words = np.flatnonzero(~ends & (tokens[:, 1] == 0))
        seen = np.cumsum(ends)  # sentence ends up to each token
        before = np.concatenate(([0], seen[words[:-1]]))  # ... up to the word before
        starts = np.full(len(doc), -1, dtype="int64")
        starts[words[seen[words] > before]] = 1
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("qcode_lemmas")
def _make_lemmas(nlp: Language, name: str) -> LookupLemmas:
    return LookupLemmas(nlp)


@Language.factory("qcode_sentences")
def _make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences(nlp)


FOOTNOTE_MARKS = (r"\[\^?\d{1,3}\]", r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


class _English(English):
    """spaCy's blank English with footnote marks glued to a word (`notel[2]`, `notel²`,
    `group[^3]`) as suffixes, so that they do not hide it. Its tokenizer is the one
    `spacy.blank("en")` makes with `suffix_search` set afterwards (the same bytes), built
    once: setting `suffix_search` reloads every special case, and `spacy.blank` resolves a
    config first (0.11 -> 0.05 s of CPU)."""

    class Defaults(EnglishDefaults):
        suffixes = (*(EnglishDefaults.suffixes or ()), *FOOTNOTE_MARKS)


# Lexical attributes qcode's own steps read: sentence starts (IS_PUNCT) and the whitespace
# between sentences and paragraphs (IS_SPACE). Rules read lemmas (LookupLemmas) and word
# forms (ORTH), which every word has; patterns name what else they need.
OWN_LEXICAL = frozenset({"IS_PUNCT", "IS_SPACE"})


@lru_cache(maxsize=4)
def get_nlp(lexical: frozenset[str] | None = None) -> Language:
    """Blank English + sentences + lookup lemmas; no model download, ever.

    `lexical` names the lexical attributes (spaCy's: SHAPE, LIKE_NUM, NORM...) to compute
    for each new word, besides qcode's own; None: all. spaCy gives every word it has not
    seen all 23 of English's, a Python call each: 40% of the time it takes to learn a
    vocabulary. The others stay 0, and a word keeps what it was given when first seen, so
    each set has a pipeline (and a vocabulary) of its own."""
    nlp = _English()
    # spaCy refuses texts over 1,000,000 characters (E088) for the parser's and NER's sake;
    # qcode runs neither, and the memory its steps take grows with the text, which ingest's
    # max_file_mb bounds: a paragraph of any length a transcript may hold is coded whole
    nlp.max_length = 2**31 - 1
    assert isinstance(nlp.tokenizer, Tokenizer)
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    if lexical is not None:
        keep = {IDS[name] for name in lexical | OWN_LEXICAL if name in IDS}
        vocab: Any = nlp.vocab  # lex_attr_getters is public (vocab.pxd), not in spaCy's stubs
        vocab.lex_attr_getters = {attr: get for attr, get in vocab.lex_attr_getters.items()
                                  if attr in keep}
    nlp.add_pipe("qcode_sentences")
    nlp.add_pipe("qcode_lemmas")
    return nlp


def lemmatize(nlp: Language, text: str) -> Doc:
    """A Doc with lemmas but no sentence split: for rule terms and phrases."""
    doc = nlp.make_doc(text)
    return nlp.get_pipe("qcode_lemmas")(doc)
