"""A codebook's rules compiled: each rule kind into spaCy matchers or regexes, and its prefilter.

All rules of all codes share two phrase matchers (lemmas, word forms) plus a list of
regexes, so each paragraph is scanned once whatever the number of codes. Token patterns,
the slowest kind, each have a Matcher of their own, run only around a word every match of
the pattern holds (its anchor, found by the phrase matchers). Each kind
registers how it compiles in `RULE_KINDS`; a new kind adds an entry there (and a field to
codebook.Rule).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import IDS
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from qcode.codebook import Code, Codebook, ReasonFrame, Rule
from qcode.linear_regex import Pattern, compile_rule
from qcode.match.chunks import ChunkTokens
from qcode.nlp import lemmatize, spellings
from qcode.prefilter import Prefilter

ANCHOR = "\x1fanchor"  # phrase-matcher key prefix of the words token patterns need
ROLES = ("rule", "question", "unless", "context_unless")
MARKERS = ("because", "so", "purpose", "reason")  # the reason frame's linking words
# The prefilter needs all of a token pattern's required words; True: its anchor alone, as
# before session 19. benchmarks/make_corpus.py builds its engine so: its corpus's variants
# were drawn with that test, and the benchmark corpus must not change with the prefilter.
PREFILTER_ANCHOR_ONLY = False


@dataclass(frozen=True, eq=False)  # one object per rule: identity is equality, and hashes fast
class RuleRef:
    """A rule as the engine knows it: its code, role (rule | unless | question), weight and
    place among its code's rules (`order`, which sorts hits and rules fired)."""

    code: str
    rule: str
    role: str
    weight: float
    order: int


Need = tuple[int, frozenset[int]]  # a token attribute's id, the ids of the values it may have


@dataclass(eq=False)
class TokenPattern:
    """One token pattern of a rule, in a Matcher of its own, with how far a match can reach
    from its anchor word (`reach`, its length; None: unbounded, the anchor's paragraph).
    `anchored` False: no anchor word, run on every text. `needs`: words every match holds
    (patterns.py runs the Matcher only where all are)."""

    matcher: Matcher
    reach: int | None
    anchored: bool
    needs: tuple[Need, ...] = ()


@dataclass
class CompiledRules:
    """Every rule of the chosen codes in matchers, plus what a text must contain for each
    to fire (`prefilters`, one per role)."""

    nlp: Language
    lemmas: PhraseMatcher
    forms: PhraseMatcher
    prefilters: dict[str, Prefilter[RuleRef]]
    regexes: list[tuple[RuleRef, Pattern]] = field(default_factory=list)
    regex_rules: dict[str, list[RuleRef]] = field(default_factory=dict)  # code -> its regex rules
    # rule, `within` tokens, the side(s) whose words are its matched words (`spans`)
    near: list[tuple[RuleRef, int, str]] = field(default_factory=list)
    refs: dict[int, tuple[RuleRef, str]] = field(default_factory=dict)  # key -> rule, near side
    patterns: list[TokenPattern] = field(default_factory=list)
    anchors: dict[int, TokenPattern] = field(default_factory=dict)  # anchor key -> pattern
    has_questions: bool = False
    reasons: list[tuple[RuleRef, str]] = field(default_factory=list)  # rule, its `link`
    own_leave: set[RuleRef] = field(default_factory=set)  # reason rules with their own `leave`
    veto_words: dict[RuleRef, frozenset[str]] = field(default_factory=dict)  # scoped vetoes
    lineage: dict[str, tuple[str, ...]] = field(default_factory=dict)  # code -> it, ancestors
    frame: ReasonFrame = field(default_factory=ReasonFrame)  # the codebook's reason frame
    # reason rule -> its twin in the `rule` prefilter that needs a leaving word (and a
    # marker) too: what a motive needs where no question asks why (Engine.might_code)
    linked: dict[RuleRef, RuleRef] = field(default_factory=dict)

    def key(self, ref: RuleRef, side: str = "") -> str:
        """The matcher key of a rule (or of one side, `a` or `b`, of a `near` rule)."""
        key = f"{ref.code}\x1f{ref.role}\x1f{ref.rule}\x1f{side}"
        self.refs[self.nlp.vocab.strings.add(key)] = (ref, side)
        return key


# The reason frame's shared words (its `leave` list and markers) belong to no code.
FRAME = RuleRef("", "reason_frame", "frame", 0.0, 0)


def compile_rules(nlp: Language, book: Codebook, codes: list[Code], tokens: ChunkTokens
                  ) -> CompiledRules:
    """Compile every rule of these codes for this pipeline, with the vetoes they inherit
    from their ancestors; `tokens` serves the prefilters."""
    vocab = nlp.vocab
    compiled = CompiledRules(nlp, PhraseMatcher(vocab, attr="LEMMA"), PhraseMatcher(vocab, attr="ORTH"),
                             {role: Prefilter(tokens) for role in ROLES},
                             frame=book.reason_frame)
    chosen = {c.id for c in codes}
    ancestors = [a for c in codes for a in book.lineage(c.id)[1:] if a.id not in chosen]
    for code in codes:
        compiled.lineage[code.id] = tuple(a.id for a in book.lineage(code.id))
        for order, (role, rule) in enumerate(code.all_rules()):
            _compile_one(compiled, RuleRef(code.id, rule.id, role, rule.weight, order), rule)
    for code in {a.id: a for a in ancestors}.values():  # vetoes: children inherit them
        for order, (role, rule) in enumerate(code.all_rules()):
            if role in ("unless", "context_unless"):
                _compile_one(compiled, RuleRef(code.id, rule.id, role, rule.weight, order), rule)
    if compiled.reasons:
        frame = book.reason_frame
        for side, terms in (("leave", frame.leave), *((m, getattr(frame, m)) for m in MARKERS)):
            if terms:
                compiled.lemmas.add(compiled.key(FRAME, side), [lemmatize(nlp, t) for t in terms])
    return compiled


def _compile_one(compiled: CompiledRules, ref: RuleRef, rule: Rule) -> None:
    compiled.has_questions |= ref.role == "question"
    RULE_KINDS[rule.kind](compiled, ref, rule)
    if rule.words:
        compiled.veto_words[ref] = frozenset().union(
            *(spellings(lemmatize(compiled.nlp, w)[0].lemma_) | {w.lower()} for w in rule.words))


def _lemma_words(need: Prefilter[RuleRef], docs: list[Doc]) -> list[list[int | None]]:
    return [[need.word(spellings(tok.lemma_)) for tok in doc] for doc in docs]


def _terms(c: CompiledRules, ref: RuleRef, rule: Rule) -> None:
    docs = [lemmatize(c.nlp, t) for t in rule.terms or []]
    c.lemmas.add(c.key(ref), docs)
    c.prefilters[ref.role].require(ref, _lemma_words(c.prefilters[ref.role], docs))


def _exact(c: CompiledRules, ref: RuleRef, rule: Rule) -> None:
    need = c.prefilters[ref.role]
    docs = [c.nlp.make_doc(t) for t in rule.exact or []]
    c.forms.add(c.key(ref), docs)
    need.require(ref, [[need.word({tok.text}) for tok in doc] for doc in docs])


def _pattern(c: CompiledRules, ref: RuleRef, rule: Rule) -> None:
    key = c.key(ref)
    for pattern in rule.patterns():
        matcher = Matcher(c.nlp.vocab, validate=True)
        matcher.add(key, [pattern])
        bounded = all(tok.get("OP") in (None, "!", "?", "1") for tok in pattern)
        token_pattern = TokenPattern(matcher, len(pattern) if bounded else None, True,
                                     _needs(c.nlp, pattern))
        c.patterns.append(token_pattern)
        _add_anchor(c, pattern, ref, token_pattern)


def _regex(c: CompiledRules, ref: RuleRef, rule: Rule) -> None:
    rx = compile_rule(rule.regex or "")
    c.regexes.append((ref, rx))
    if ref.role == "rule":
        c.regex_rules.setdefault(ref.code, []).append(ref)
    c.prefilters[ref.role].require_regex(ref, rx)


def _near(c: CompiledRules, ref: RuleRef, rule: Rule) -> None:
    assert rule.near is not None
    need = c.prefilters[ref.role]
    sides = []
    for side, terms in (("a", rule.near.a), ("b", rule.near.b)):
        docs = [lemmatize(c.nlp, t) for t in terms]
        c.lemmas.add(c.key(ref, side), docs)
        sides.append(_lemma_words(need, docs))
    need.require(ref, *sides)
    c.near.append((ref, rule.near.within, rule.near.spans))


def _reason(c: CompiledRules, ref: RuleRef, rule: Rule) -> None:
    """The motive words; the leaving words and markers are the codebook's (compiled once)
    unless the rule has its own `leave`. The prefilter needs a motive word: with the
    question's context a motive alone may code."""
    assert rule.reason is not None
    need = c.prefilters[ref.role]
    docs = [lemmatize(c.nlp, t) for t in rule.reason.why]
    c.lemmas.add(c.key(ref, "why"), docs)
    need.require(ref, _lemma_words(need, docs))
    if rule.reason.leave:
        c.lemmas.add(c.key(ref, "leave"), [lemmatize(c.nlp, t) for t in rule.reason.leave])
        c.own_leave.add(ref)
    c.reasons.append((ref, rule.reason.link))
    _linked(c, ref, rule, docs)


def _linked(c: CompiledRules, ref: RuleRef, rule: Rule, why: list[Doc]) -> None:
    """A motive's twin in the prefilter, for paragraphs whose question asks nothing: there a
    motive counts only tied to a leaving word of its paragraph (hits._link), by a marker
    unless the rule links by paragraph. `family-reason`'s motives (`mother`, `father`)
    passed nine paragraphs in ten of a theme-dense corpus that told of no leaving."""
    assert rule.reason is not None
    if ref.role != "rule":
        return
    need = c.prefilters[ref.role]
    twin = c.linked[ref] = RuleRef(ref.code, ref.rule, ref.role, ref.weight, ref.order)
    words = [rule.reason.leave or c.frame.leave]
    if rule.reason.link != "paragraph":
        words.append([t for m in MARKERS for t in getattr(c.frame, m)])
    if all(words):  # else no motive of the rule can be tied: the twin is never possible
        need.require(twin, _lemma_words(need, why),
                     *(_lemma_words(need, [lemmatize(c.nlp, t) for t in terms]) for terms in words))


# How each rule kind (codebook.RULE_KINDS) compiles: into a matcher or regex list, and
# into the prefilter of its role.
RULE_KINDS: dict[str, Callable[[CompiledRules, RuleRef, Rule], None]] = {
    "terms": _terms, "exact": _exact, "pattern": _pattern, "regex": _regex, "near": _near,
    "reason": _reason,
}


def required_words(pattern: list[dict[str, Any]], strict: bool = False
                   ) -> list[tuple[str, list[str]]]:
    """(attribute, values) of each token every match of a token pattern holds (its OP is
    none or `+`) that names its LEMMA, LOWER or ORTH (one value or an IN list; `strict`:
    an IN list of strings only)."""
    found = []
    for token in pattern:
        if token.get("OP") not in (None, "+"):
            continue
        for attr in ("LEMMA", "LOWER", "ORTH"):
            value = token.get(attr)
            if isinstance(value, dict) and set(value) == {"IN"}:
                if strict and not all(isinstance(v, str) for v in value["IN"]):
                    break
                found.append((attr, [str(v) for v in value["IN"]]))
                break
            if isinstance(value, str):
                found.append((attr, [value]))
                break
    return found


def _needs(nlp: Language, pattern: list[dict[str, Any]]) -> tuple[Need, ...]:
    """The pattern's required words as the Matcher compares them (string ids of the
    values); a token whose values are not all strings is left out (the Matcher keeps an
    integer as it is)."""
    strings = nlp.vocab.strings
    return tuple((IDS[attr], frozenset(strings.add(v) for v in values))
                 for attr, values in required_words(pattern, strict=True))


def anchor_of(pattern: list[dict[str, Any]]) -> tuple[str, list[str]] | None:
    """(attribute, values) of a word every match of a token pattern contains: of its
    required words, the one likely rarest in text: without a stop word (`to`, `on`, `him`:
    an anchor found in every sentence made the Matcher run on every paragraph, and one such
    pattern doubled a dense corpus's run), then with the fewest values, then the longest."""
    return min(required_words(pattern), default=None,
               key=lambda a: (any(v.lower() in STOP_WORDS for v in a[1]), len(a[1]),
                              -min(map(len, a[1]), default=0)))


def _add_anchor(c: CompiledRules, pattern: list[dict[str, Any]], ref: RuleRef,
                token_pattern: TokenPattern) -> None:
    """Remember a word every match of this token pattern must contain, so that its (slow)
    Matcher runs only near one. A pattern without such a word runs on every text. The
    prefilter needs all its required words, the anchor first (it starts the test): with
    the anchor alone, `[go|come|walk] to [the|his...] [office|house...]` passed nine
    paragraphs in ten of a theme-dense corpus on `house` or `office`."""
    need = c.prefilters[ref.role]
    anchor = anchor_of(pattern)
    if anchor is None:
        token_pattern.anchored = False
        need.give_up(ref)
        return
    key = f"{ANCHOR}{len(c.anchors)}"
    c.anchors[c.nlp.vocab.strings.add(key)] = token_pattern
    attr, values = anchor
    if attr == "LEMMA":
        c.lemmas.add(key, [lemmatize(c.nlp, v) for v in values])
    else:
        forms = set(values)
        if attr == "LOWER":
            forms |= {f.title() for f in forms} | {f.upper() for f in forms}
        c.forms.add(key, [c.nlp.make_doc(f) for f in sorted(forms)])
    others = [] if PREFILTER_ANCHOR_ONLY else [w for w in required_words(pattern) if w != anchor]
    need.require(ref, *([[_word_of(need, a, v)]] for a, v in [anchor, *others]))


def _word_of(need: Prefilter[RuleRef], attr: str, values: list[str]) -> int | None:
    """The prefilter's word for a pattern token naming these values of an attribute: any
    spelling of the lemmas, or the forms (case-folded: a superset for LOWER and ORTH)."""
    if attr == "LEMMA":
        return need.word(frozenset().union(*map(spellings, values)))
    return need.word(values)


def lexical_attributes(book: Codebook) -> frozenset[str]:
    """The token attributes the codebook's patterns name (LOWER, IS_ALPHA, LIKE_NUM...):
    the lexical ones among them are all the pipeline need compute for a new word."""
    return frozenset(str(key).upper() for code in book.flat() for _, rule in code.all_rules()
                     if rule.pattern is not None for pattern in rule.patterns()
                     for token in pattern for key in token)
