"""The engine: a codebook compiled once, then asked to code transcripts or explain a text.

Coding a transcript goes: which paragraphs could code (the prefilter, without spaCy) ->
their hits after vetoes (paragraphs.py, hits.py, decide.py) -> units (units.py) -> codings
(decide.py). Only paragraphs the prefilter passes, and the first paragraph of each answer
whose question fired, go through spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from qcode.codebook import Code, Codebook
from qcode.match.chunks import ChunkTokens
from qcode.match.decide import Question, confidence, decide, split_vetoes, unit_codings
from qcode.match.hits import Hit, find_hits
from qcode.match.paragraphs import paragraph_hits
from qcode.match.rules import RuleRef, compile_rules, lexical_attributes
from qcode.match.units import UNIT_BUILDERS, Evidence, Sentence, codeable_places
from qcode.model import Coding, Transcript
from qcode.nlp import get_nlp


@dataclass
class Explanation:
    """Why a code did or did not fire on a text: for `qcode codebook explain`."""

    code: str
    label: str
    hits: list[Hit] = field(default_factory=list)
    vetoed: list[tuple[Hit, Hit]] = field(default_factory=list)  # (hit, the veto that killed it)
    confidence: float = 0.0
    coded: bool = False


class Engine:
    """A codebook compiled for one spaCy pipeline; reuse it for every transcript."""

    def __init__(self, book: Codebook, codes: Iterable[str] | None = None,
                 nlp: Language | None = None, prefilter: bool = True):
        """Compile `book` (only the codes in `codes`, if given) for `nlp` (by default a
        pipeline computing what the codebook's patterns need). `prefilter=False` sends every
        paragraph through spaCy: slower, same codings."""
        self.nlp = nlp or get_nlp(lexical_attributes(book))
        self.book = book
        wanted = set(codes) if codes is not None else None
        self.codes: list[Code] = [c for c in book.flat() if wanted is None or c.id in wanted]
        self._by_id = {c.id: c for c in self.codes}
        self.tokens = ChunkTokens(self.nlp)
        self.rules = compile_rules(self.nlp, self.codes, self.tokens)
        self._use_prefilter = prefilter and self.tokens.chunks_alone

    def hits(self, doc: Doc, text: str | None = None) -> list[Hit]:
        """Every rule firing in a doc, before vetoes."""
        return find_hits(self.rules, doc, text)

    def explain(self, text: str, question: str = "") -> list[Explanation]:
        """Every code's evidence on one text, treated as a respondent's answer to question."""
        kept, killed = split_vetoes(self.hits(self.nlp(text)))
        qhits = self._question_hits(self.nlp(question), question) if question else []
        out = []
        for code in self.codes:
            ex = Explanation(code.id, code.label)
            ex.hits = [h for h in kept + qhits if h.ref.code == code.id]
            ex.vetoed = [(h, v) for h, v in killed if h.ref.code == code.id]
            ex.confidence, ex.coded = decide(self.book, code, ex.hits)
            out.append(ex)
        return out

    def _question_hits(self, doc: Doc, text: str) -> list[Hit]:
        return [h for h in self.hits(doc, text) if h.ref.role == "question"]

    def code_transcript(self, t: Transcript, code_interviewer: bool = False) -> list[Coding]:
        """Codings of one transcript: respondent speech only, unless `code_interviewer`."""
        questions = self._questions(t)
        asked = {ti for ti, (_, qhits) in questions.items() if qhits}
        evidence = self._evidence(t, {"respondent", "interviewer"} if code_interviewer
                                  else {"respondent"}, asked)
        units = UNIT_BUILDERS[self.book.unit](evidence)
        return unit_codings(self.book, self.codes, units, questions)

    def _evidence(self, t: Transcript, codeable: set[str], asked: set[int]) -> Evidence:
        """Hits in the codeable paragraphs that could code: those the prefilter passes, and
        the first paragraph of each answer whose question fired."""
        places = codeable_places(t, codeable)
        texts = [t.turns[ti].paragraphs[pi].text for ti, pi in places]
        todo = [k for k, (ti, pi) in enumerate(places)
                if (pi == 0 and ti in asked) or self.might_code(texts[k])]
        self.tokens.warm([texts[k] for k in todo])
        found = paragraph_hits(self.rules, [texts[k] for k in todo], self.book.unit == "sentence")
        return Evidence(t, codeable, places, texts, todo, dict(zip(todo, found, strict=True)),
                        asked, self._sentences)

    def _sentences(self, text: str) -> list[Sentence]:
        return next(paragraph_hits(self.rules, [text], with_sentences=True))[1]

    def might_code(self, text: str) -> bool:
        """Could some code be coded in this paragraph? Only if the rules that could fire on
        it can reach the code's min_confidence together; regexes, slower than the word
        test, run only when they could tip a code over. (A turn pools the hits of all its
        paragraphs, so there any rule that could fire counts.)"""
        if not self._use_prefilter:
            return True
        need = self.rules.prefilters["rule"]
        possible = need.word_rules(text)
        if self.book.unit == "turn":
            return bool(possible or need.regex_rules(text))
        weights: dict[str, dict[str, float]] = {}
        for ref in possible:
            weights.setdefault(ref.code, {})[ref.rule] = ref.weight
        return any(self._reaches(code, weights.get(code, {}), text)
                   for code in weights.keys() | self.rules.regex_rules.keys())

    def _reaches(self, code: str, weights: dict[str, float], text: str) -> bool:
        """Can a code reach its threshold on a text, with these word rules' weights and the
        regex rules that match?"""
        regexes: list[RuleRef] = self.rules.regex_rules.get(code, [])
        threshold = self.book.threshold(self._by_id[code])
        if weights and confidence(weights.values()) >= threshold:
            return True
        if not regexes or confidence([*weights.values(), *(r.weight for r in regexes)]) < threshold:
            return False
        fired = self.rules.prefilters["rule"].regex_rules(text, regexes)
        return bool(fired) and confidence([*weights.values(), *(r.weight for r in fired)]) >= threshold

    def _questions(self, t: Transcript) -> dict[int, Question]:
        """Respondent turn index -> (the interviewer question just before it, the question
        rules' hits on it). Every coding of the answer records the question as context."""
        asked = questions_asked(t)
        out: dict[int, Question] = {ti: (text, []) for ti, text in asked.items()}
        if not self.rules.has_questions:
            return out
        could_fire = self.rules.prefilters["question"].could_fire
        might = [(ti, text) for ti, text in asked.items()
                 if not self._use_prefilter or could_fire(text)]
        docs = self.nlp.pipe(text for _, text in might)
        for (ti, text), doc in zip(might, docs, strict=True):
            out[ti] = (text, self._question_hits(doc, text))
        return out


def questions_asked(t: Transcript) -> dict[int, str]:
    """Respondent turn index -> the text of the interviewer turn just before it."""
    return {ti: " ".join(p.text for p in t.turns[ti - 1].paragraphs)
            for ti in range(1, len(t.turns))
            if t.turns[ti].role == "respondent" and t.turns[ti - 1].role == "interviewer"}
