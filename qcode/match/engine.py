"""The engine: a codebook compiled once, then asked to code transcripts or explain a text.

Coding a transcript goes: which question each answer answers (context.py) -> which
paragraphs could code (the prefilter, without spaCy) -> their hits after vetoes
(paragraphs.py, hits.py, decide.py) -> units (units.py) -> codings (decide.py). Only
paragraphs the prefilter passes, and the paragraphs of each answer whose question fired, go
through spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from qcode.codebook import Code, Codebook
from qcode.match.chunks import ChunkTokens
from qcode.match.context import answers, is_follow_up, joined, question_text
from qcode.match.decide import (
    Question,
    confidence,
    context_applies,
    decide,
    evidence,
    split_vetoes,
    unit_codings,
)
from qcode.match.hits import Hit, find_hits
from qcode.match.paragraphs import paragraph_hits
from qcode.match.rules import RuleRef, compile_rules, lexical_attributes
from qcode.match.units import UNIT_BUILDERS, Evidence, Sentence, codeable_places
from qcode.model import Coding, Transcript
from qcode.nlp import get_nlp

FOLLOW_BACK = 2  # questions a follow-up may refer back to


@dataclass
class Explanation:
    """Why a code did or did not fire on a text: for `qcode codebook explain`."""

    code: str
    label: str
    hits: list[Hit] = field(default_factory=list)
    vetoed: list[tuple[Hit, Hit]] = field(default_factory=list)  # (hit, the veto that killed it)
    confidence: float = 0.0
    coded: bool = False
    question: str = ""  # the question the text was read as answering (after follow-ups)
    unlinked: list[Hit] = field(default_factory=list)  # motives no frame or question tied to leaving
    context_vetoes: list[Hit] = field(default_factory=list)  # what took the question's context away

    def describe(self) -> list[str]:
        """A code's verdict, then one line per piece of evidence: a rule on the text, a reason
        frame (motive, marker, leaving), the question's context, a veto, an unlinked motive."""
        out = [f"{self.code} ({self.label}): {'CODED' if self.coded else 'not coded'}, "
               f"confidence {self.confidence:.2f}"]
        frames: dict[int, list[Hit]] = {}
        for h in self.hits:
            if h.group >= 0 and h.frame:
                frames.setdefault(h.group, []).append(h)
            elif (line := _evidence_line(h)) not in out:  # both sides of two `near` pairs
                out.append(line)
        for parts in frames.values():
            motive = next(h for h in parts if h.frame not in ("marker", "leaving"))
            words = ", ".join(f"{h.frame} {h.text!r}" for h in parts if h is not motive)
            out.append(f"  + {motive.ref.rule} (weight {motive.ref.weight}) reason frame "
                       f"'{motive.frame}': motive {motive.text!r}, {words}")
        return out + self._against()

    def _against(self) -> list[str]:
        """What removed evidence: vetoes, context vetoes, motives nothing linked."""
        out = []
        for h, veto in self.vetoed:
            where = "the question " if h.ref.role == "question" else ""
            out.append(f"  - {h.ref.rule} on {where}{h.text!r} vetoed by {veto.ref.rule} "
                       f"({veto.text!r} in the same sentence)")
        for h in self.context_vetoes:
            out.append(f"  ~ {h.ref.rule} on {h.text!r}: the question's context does not code "
                       "this text (context_unless, and no rule of the code fired)")
        for h in self.unlinked:
            out.append(f"  ? {h.ref.rule} motive {h.text!r} not counted: nothing links it to "
                       "leaving (no cause or result marker, no purpose, no question asking why)")
        return out


def _evidence_line(h: Hit) -> str:
    """One hit outside a reason frame: on the question, a motive the question ties, a rule."""
    if h.ref.role == "question":
        return f"  + {h.ref.rule} (weight {h.ref.weight}) on the question {h.text!r}: context"
    if h.frame == "question":
        return (f"  + {h.ref.rule} (weight {h.ref.weight}) motive {h.text!r}, tied to leaving "
                "by the question (it asks why)")
    if h.context:
        return (f"  + {h.ref.rule} (weight {h.ref.weight}) near {h.text!r} [{h.start}:{h.end}]: "
                "context, not a matched word")
    return f"  + {h.ref.rule} (weight {h.ref.weight}) on text {h.text!r} [{h.start}:{h.end}]"


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
        self.rules = compile_rules(self.nlp, book, self.codes, self.tokens)
        # questions are read with every code's question rules, whichever codes this engine
        # codes: whether "Why did you leave?" is a follow-up of the question before it must
        # not depend on which codes were changed since the last run
        self._asking = self.rules if len(self.codes) == len(book.flat()) else \
            compile_rules(self.nlp, book, list(book.flat()), self.tokens)
        self._use_prefilter = prefilter and self.tokens.chunks_alone

    def hits(self, doc: Doc, text: str | None = None) -> list[Hit]:
        """Every rule firing in a doc, before vetoes."""
        return find_hits(self.rules, doc, text)

    def explain(self, text: str, question: str | list[str] = "") -> list[Explanation]:
        """Every code's evidence on one text, treated as a respondent's answer to a question
        (or to the last of several, earlier ones first, for follow-ups)."""
        kept, killed = split_vetoes(self.rules, self.hits(self.nlp(text)))
        asked = [question] if isinstance(question, str) else question
        qtext, qhits = self._read_questions([[q] for q in asked if q])[-1] if any(asked) \
            else ("", [])
        if qtext:
            killed += split_vetoes(self.rules, self.hits(self.nlp(qtext)), "question")[1]
        return [self._explained(code, kept, killed, qtext, qhits) for code in self.codes]

    def _explained(self, code: Code, kept: list[Hit], killed: list[tuple[Hit, Hit]],
                   qtext: str, qhits: list[Hit]) -> Explanation:
        ex = Explanation(code.id, code.label, question=qtext)
        ex.hits = evidence(self.rules, code.id, kept, qhits)
        ex.unlinked = [h for h in kept if h.ref.code == code.id and h.ref.role == "rule"
                       and h not in ex.hits]
        ex.context_vetoes = self._context_vetoes(code.id, kept, qhits)
        ex.vetoed = [(h, v) for h, v in killed if h.ref.code == code.id]
        ex.confidence, ex.coded = decide(self.book, code, ex.hits)
        return ex

    def _context_vetoes(self, code: str, kept: list[Hit], qhits: list[Hit]) -> list[Hit]:
        """The `context_unless` hits that took the question's context away from a code."""
        lineage = self.rules.lineage.get(code, (code,))
        if not any(h.ref.code == code for h in qhits) or context_applies(kept, lineage):
            return []
        return [h for h in kept if h.ref.role == "context_unless" and h.ref.code in lineage]

    def _question_hits(self, doc: Doc, text: str) -> list[Hit]:
        """Question rules' hits on a question, after the codes' vetoes."""
        return split_vetoes(self._asking, find_hits(self._asking, doc, text), "question")[0]

    def code_transcript(self, t: Transcript, code_interviewer: bool = False) -> list[Coding]:
        """Codings of one transcript: respondent speech only, unless `code_interviewer`."""
        questions = self.questions(t)
        asked = {ti for ti, (_, qhits) in questions.items() if qhits}
        found = self._evidence(t, {"respondent", "interviewer"} if code_interviewer
                               else {"respondent"}, asked)
        units = UNIT_BUILDERS[self.book.unit](found)
        return unit_codings(self.book, self.rules, self.codes, units, questions)

    def _evidence(self, t: Transcript, codeable: set[str], asked: set[int]) -> Evidence:
        """Hits in the codeable paragraphs that could code: those the prefilter passes, and
        the paragraphs of each answer whose question fired."""
        places = codeable_places(t, codeable)
        texts = [t.turns[ti].paragraphs[pi].text for ti, pi in places]
        todo = [k for k, (ti, pi) in enumerate(places)
                if ti in asked or self.might_code(texts[k], asked=False)]
        self.tokens.warm([texts[k] for k in todo])
        found = paragraph_hits(self.rules, [texts[k] for k in todo], self.book.unit == "sentence")
        return Evidence(t, codeable, places, texts, todo, dict(zip(todo, found, strict=True)),
                        asked, self._sentences)

    def _sentences(self, text: str) -> list[Sentence]:
        return next(paragraph_hits(self.rules, [text], with_sentences=True))[1]

    def might_code(self, text: str, asked: bool = True) -> bool:
        """Could some code be coded in this paragraph? Only if the rules that could fire on
        it can reach the code's min_confidence together; regexes, slower than the word
        test, run only when they could tip a code over. (A turn pools the hits of all its
        paragraphs, so there any rule that could fire counts.) `asked` False: the
        paragraph's question fired no rule, so a motive counts only with a leaving word
        (and a marker) in the paragraph (rules._linked)."""
        if not self._use_prefilter:
            return True
        need = self.rules.prefilters["rule"]
        possible = need.word_rules(text)
        if self.book.unit == "turn":
            return bool(possible or need.regex_rules(text))
        if not asked:
            linked = self.rules.linked
            possible = {r for r in possible if linked.get(r, r) in possible}
        weights: dict[str, dict[str, float]] = {}
        for ref in possible:
            weights.setdefault(ref.code, {})[ref.rule] = ref.weight
        return any(self._reaches(code, weights.get(code, {}), text)
                   for code in weights.keys() | self.rules.regex_rules.keys())

    def near_misses(self, texts: list[str]) -> list[set[str]]:
        """Per text, the codes with evidence on it that does not reach the code's
        min_confidence (read as explain() reads a text: after vetoes and reason frames,
        without a question). Texts go through spaCy as coding sends them (paragraph_hits),
        those the prefilter passes only. Changes no coding: review/sampling.py draws the
        rules' near misses with it."""
        need = self.rules.prefilters["rule"]
        todo = [i for i, t in enumerate(texts) if not self._use_prefilter or need.could_fire(t)]
        self.tokens.warm([texts[i] for i in todo])
        out: list[set[str]] = [set() for _ in texts]
        found = paragraph_hits(self.rules, [texts[i] for i in todo], False)
        for i, (kept, _) in zip(todo, found, strict=True):
            for code in self.codes:
                hits = evidence(self.rules, code.id, kept, [])
                if hits and not decide(self.book, code, hits)[1]:
                    out[i].add(code.id)
        return out

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

    def questions(self, t: Transcript) -> dict[int, Question]:
        """Respondent turn index -> (the question it answers, the question rules' hits on
        it): every respondent turn until the interviewer speaks again answers the same
        question. Every coding of the answer records the question as context."""
        answering = answers(t)
        turns = sorted(set(answering.values()))
        read = self._read_questions([[p.text for p in t.turns[ti].paragraphs] for ti in turns])
        by_turn = dict(zip(turns, read, strict=True))
        return {ti: by_turn[qi] for ti, qi in answering.items()}

    def _read_questions(self, turns: list[list[str]]) -> list[Question]:
        """Each interviewer turn (its paragraphs, in order) as (question text, hits). The
        question is the turn's question sentences; a follow-up without hits of its own is
        read together with the question before it (or the one before that: "Did you have a
        radio?" "Who knew?" "What happened to it?"), and continues the first that fires."""
        texts = [question_text(paragraphs) for paragraphs in turns]
        own = self._question_hits_of(texts)
        out: list[Question] = []
        for text, hits in zip(texts, own, strict=True):
            if not hits and is_follow_up(text, self.book.follow_ups):
                for earlier, earlier_hits in out[-1:-FOLLOW_BACK - 1:-1]:
                    both = joined(earlier, text)
                    hits = self._question_hits_of([both])[0]
                    if hits:
                        text = both
                    if hits or earlier_hits:  # the topic it refers to, even if vetoed
                        break
            out.append((text, [h for h in hits if h.ref.code in self._by_id]))
        return out

    def _question_hits_of(self, texts: list[str]) -> list[list[Hit]]:
        """Every code's question hits on each text (see `_asking`)."""
        if not self._asking.has_questions:
            return [[] for _ in texts]
        could_fire = self._asking.prefilters["question"].could_fire
        might = [k for k, text in enumerate(texts) if not self._use_prefilter or could_fire(text)]
        out: list[list[Hit]] = [[] for _ in texts]
        for k, doc in zip(might, self.nlp.pipe(texts[k] for k in might), strict=True):
            out[k] = self._question_hits(doc, texts[k])
        return out
