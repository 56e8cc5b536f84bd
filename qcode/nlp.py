"""The one spaCy pipeline: blank English, sentencizer and lookup lemmas. Built once, offline.

spaCy's own lookup lemmatizer keys on the exact word form, so `Bribes` at the start of a
sentence would not become `bribe`. qcode's lemma step tries the form, then its lower case,
then (for words the table does not know, such as `notels` or `USBs`) strips a plural `s`.
Every lemma is lower case, so `terms` rules are case-insensitive by construction.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Doc


class LookupLemmas:
    """Pipeline component setting lower-case lookup lemmas, cached per word form."""

    def __init__(self, nlp: Language):
        self.strings = nlp.vocab.strings
        self.table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        self.cache: dict[int, int] = {}

    def lemma(self, form: str) -> str:
        found = self.table.get(form) or self.table.get(form.lower())
        if found:
            return str(found).lower()
        low = form.lower()
        if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low[:-1]
        return low

    def __call__(self, doc: Doc) -> Doc:
        orths = doc.to_array(ORTH)
        cache = self.cache
        out = np.empty(len(orths), dtype="uint64")
        for i, orth in enumerate(orths.tolist()):
            lemma = cache.get(orth)
            if lemma is None:
                lemma = self.strings.add(self.lemma(self.strings[orth]))
                cache[orth] = lemma
            out[i] = lemma
        doc.from_array([LEMMA], out.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("qcode_lemmas")
def _make_lemmas(nlp: Language, name: str) -> LookupLemmas:
    return LookupLemmas(nlp)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Blank English + sentencizer + lookup lemmas; no model download, ever."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("qcode_lemmas")
    return nlp


def lemmatize(nlp: Language, text: str) -> Doc:
    """A Doc with lemmas but no sentence split: for rule terms and phrases."""
    doc = nlp.make_doc(text)
    return nlp.get_pipe("qcode_lemmas")(doc)
