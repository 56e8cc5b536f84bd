"""The codebook's models: codes, rules, reason frames and follow-up questions, validated by
pydantic. Loading a YAML file into them, with every problem reported at once, is load.py."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from qcode.errors import NothingSelected
from qcode.linear_regex import compile_rule

DEFAULT_WEIGHT = 0.9
DEFAULT_QUESTION_WEIGHT = 0.5
RULE_KINDS = ("terms", "exact", "pattern", "regex", "near", "reason")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# reason_frame defaults (codebooks/README.md explains each list)
LEAVE = ("leave", "escape", "flee", "defect", "cross", "get out", "come out", "run away",
         "go to china", "come to the south", "come to south korea", "come here", "desert")
BECAUSE = ("because", "because of", "since", "due to", "so that", "in order to",
           "for the sake of", "so as to", "for fear of", "out of fear")
SO = ("so", "that is why", "that's why", "which is why", "this is why", "that was why",
      "therefore", "for that reason", "make me", "make us", "drive me", "drive us",
      "force me", "force us", "no choice but", "had to")
PURPOSE = ("to", "for")
REASON_WORDS = ("reason", "why", "because of that", "decide")
# follow_ups defaults
REFER = ("it", "that", "this", "them", "those", "these", "him", "her", "there", "why")
NEW_TOPIC = ("when", "where", "how long", "how old", "what year", "which year", "how many",
             "how much", "why not", "and then", "then what", "what then", "now", "here",
             "today", "after you arrived")
OPENING = ("and you", "and your", "what about you", "what about your", "how about you",
           "how about your", "and the others", "and the other")


class Near(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: list[str] = Field(min_length=1)
    b: list[str] = Field(min_length=1)
    within: int = Field(default=8, ge=1, le=100)
    # the side whose words a coding records as its matched words (highlighted in sheets and
    # digests): both, or only `a` when `b` is context that lets it count (the recipient of a
    # payment in kind, not the goods that pay)
    spans: Literal["both", "a", "b"] = "both"


class Reason(BaseModel):
    """A motive tied to leaving: the `why` words count only when the codebook's
    `reason_frame` links them to a word for leaving (a cause marker, a result marker, a
    purpose clause, a sentence naming the reason) or the answer's question asks why. A bare
    fact of leaving ("I came out in 2008") has no motive; a motive alone ("we were hungry")
    is not a reason for leaving."""

    model_config = ConfigDict(extra="forbid")
    why: list[str] = Field(min_length=1)
    leave: list[str] | None = Field(default=None, min_length=1)  # default: the frame's
    # cause: a marker must link them; paragraph: a leaving word anywhere in the paragraph
    # is enough, for words that are motives by themselves ("I could not live there")
    link: Literal["cause", "paragraph"] = "cause"


class Rule(BaseModel):
    """One way a code can fire; exactly one of the rule kinds is given."""

    model_config = ConfigDict(extra="forbid")
    id: str = ""
    terms: list[str] | None = None
    exact: list[str] | None = None
    pattern: list[dict[str, Any]] | list[list[dict[str, Any]]] | None = None
    regex: str | None = None
    near: Near | None = None
    reason: Reason | None = None
    weight: float = Field(default=DEFAULT_WEIGHT, gt=0, le=1)
    # vetoes only: the words this veto disambiguates; it removes only hits on these words
    words: list[str] | None = Field(default=None, min_length=1)

    @property
    def kind(self) -> str:
        return next(k for k in RULE_KINDS if getattr(self, k) is not None)

    @field_validator("terms", "exact", "words")
    @classmethod
    def _non_empty_terms(cls, v: list[str] | None) -> list[str] | None:
        if v is not None and (not v or any(not str(t).strip() for t in v)):
            raise ValueError("needs at least one term, and no empty terms")
        return v

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as e:
                raise ValueError(f"{e.msg} at position {e.pos}") from e
            compile_rule(v)  # raises ValueError for what RE2 cannot run
        return v

    @field_validator("pattern")
    @classmethod
    def _valid_pattern(cls, v: Any, info: ValidationInfo) -> Any:
        if v is None or (info.context or {}).get("trusted"):
            return v
        from spacy.matcher import Matcher
        from spacy.vocab import Vocab

        patterns = v if v and isinstance(v[0], list) else [v]
        try:
            Matcher(Vocab(), validate=True).add("check", patterns)
        except Exception as e:  # spaCy raises MatchPatternError or ValueError
            detail = " ".join(str(e).split())
            raise ValueError(f"invalid spaCy Matcher pattern: {detail}") from e
        return v

    @model_validator(mode="after")
    def _one_kind(self) -> Rule:
        given = [k for k in RULE_KINDS if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(
                f"a rule needs exactly one of {', '.join(RULE_KINDS)} (found "
                f"{', '.join(given) or 'none'})"
            )
        return self

    def patterns(self) -> list[list[dict[str, Any]]]:
        p = self.pattern or []
        return p if p and isinstance(p[0], list) else [p]


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    positive: list[str] = Field(default_factory=list)
    negative: list[str] = Field(default_factory=list)


class Code(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9_]+(/[a-z0-9_]+)*$")
    label: str
    description: str = ""
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    color: str = "#555555"
    # the code's GUID in another QDA tool (kept by `qcode import qdc`, written by exports)
    guid: str | None = Field(default=None, pattern=r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
                             r"[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$")
    rules: list[Rule] = Field(default_factory=list)
    unless: list[Rule] = Field(default_factory=list)
    # where one fires and no rule of the code does, the question's context does not code
    context_unless: list[Rule] = Field(default_factory=list)
    question: Rule | list[Rule] | None = None
    min_confidence: float | None = Field(default=None, ge=0, le=1)
    examples: Examples = Field(default_factory=Examples)
    children: list[Code] = Field(default_factory=list)

    @field_validator("color")
    @classmethod
    def _color(cls, v: str) -> str:
        if not _COLOR.match(v):
            raise ValueError(f"'{v}' is not a colour like '#b03a2e'")
        return v

    @field_validator("question", mode="before")
    @classmethod
    def _question_weight(cls, v: Any) -> Any:
        """Question rules are weaker than matches in the answer unless told otherwise."""
        items = v if isinstance(v, list) else [v] if v is not None else []
        for item in items:
            if isinstance(item, dict):
                item.setdefault("weight", DEFAULT_QUESTION_WEIGHT)
        return v

    def question_rules(self) -> list[Rule]:
        q = self.question
        return q if isinstance(q, list) else [q] if q is not None else []

    def all_rules(self) -> Iterator[tuple[str, Rule]]:
        """(role, rule) for every rule: role is 'rule', 'unless', 'context_unless' or
        'question'."""
        for r in self.rules:
            yield "rule", r
        for r in self.unless:
            yield "unless", r
        for r in self.context_unless:
            yield "context_unless", r
        for r in self.question_rules():
            yield "question", r


class ReasonFrame(BaseModel):
    """How testimony links a motive to leaving, for every `reason` rule of the codebook."""

    model_config = ConfigDict(extra="forbid")
    leave: list[str] = Field(default_factory=lambda: list(LEAVE), min_length=1)
    # the motive follows: "I left because there was no food", "because of my son, we left"
    because: list[str] = Field(default_factory=lambda: list(BECAUSE))
    # the leaving follows, in the sentence or the next: "no food, so we left"
    so: list[str] = Field(default_factory=lambda: list(SO))
    # just before the motive, after the leaving: "we went to China to find food"
    purpose: list[str] = Field(default_factory=lambda: list(PURPOSE))
    # a sentence with one of these, a motive and a leaving word: "the reason I left was hunger"
    reason: list[str] = Field(default_factory=lambda: list(REASON_WORDS))

    @field_validator("leave", "because", "so", "purpose", "reason")
    @classmethod
    def _no_empty(cls, v: list[str]) -> list[str]:
        if any(not str(t).strip() for t in v):
            raise ValueError("no empty terms")
        return v


class FollowUps(BaseModel):
    """When a short question that refers back ("What happened to it?") keeps the context
    of the question before it."""

    model_config = ConfigDict(extra="forbid")
    max_words: int = Field(default=10, ge=0, le=50)  # 0: no follow-ups
    refer: list[str] = Field(default_factory=lambda: list(REFER))  # words that refer back
    new_topic: list[str] = Field(default_factory=lambda: list(NEW_TOPIC))  # never follow-ups
    # a short question opening with one of these asks the one before of someone else: "And
    # your son?" ("And the weather?" is a new question)
    opening: list[str] = Field(default_factory=lambda: list(OPENING))


class Codebook(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: int | str = 1
    unit: Literal["sentence", "paragraph", "turn"] = "paragraph"
    min_confidence: float = Field(default=0.5, ge=0, le=1)
    reason_frame: ReasonFrame = Field(default_factory=ReasonFrame)
    follow_ups: FollowUps = Field(default_factory=FollowUps)
    # named word lists, already spliced into the rules that name them (lists.py)
    lists: dict[str, list[str]] = Field(default_factory=dict)
    codes: list[Code] = Field(min_length=1)
    # set by load_codebook, not by the YAML
    hash: str = ""
    source: str = ""

    def flat(self) -> list[Code]:
        """Every code, parents before their children."""
        out: list[Code] = []

        def walk(codes: list[Code]) -> None:
            for c in codes:
                out.append(c)
                walk(c.children)

        walk(self.codes)
        return out

    def code(self, code_id: str) -> Code:
        return next(c for c in self.flat() if c.id == code_id)

    def check_codes(self, ids: Iterable[str]) -> None:
        """Raise NothingSelected for a code id the codebook does not have (a typo selects
        nothing), with the nearest ids as a suggestion."""
        known = [c.id for c in self.flat()]
        for code_id in ids:
            if code_id not in known:
                near = difflib.get_close_matches(code_id, known, n=3, cutoff=0.5)
                hint = f"did you mean {' or '.join(near)}?" if near else \
                    f"the codes are {', '.join(known)}"
                raise NothingSelected(f"'{code_id}' is not a code of codebook "
                                      f"'{self.name}'; {hint}")

    def lineage(self, code_id: str) -> list[Code]:
        """The code and its ancestors, the code first: a child inherits their vetoes."""
        by_id = {c.id: c for c in self.flat()}
        parts = code_id.split("/")
        return [by_id[i] for i in ("/".join(parts[:n]) for n in range(len(parts), 0, -1))
                if i in by_id]

    def threshold(self, code: Code) -> float:
        return self.min_confidence if code.min_confidence is None else code.min_confidence

    def code_hashes(self, salt: str = "") -> dict[str, str]:
        """A hash per code of everything that decides its codings, so that editing one
        code re-matches only that code."""
        out = {}
        shared = [self.reason_frame.model_dump(), self.follow_ups.model_dump()]
        for c in self.flat():
            body = c.model_dump(exclude={"children", "examples", "description", "include",
                                         "exclude", "color", "guid"})
            inherited = [[r.model_dump() for r in a.unless] for a in self.lineage(c.id)[1:]]
            key = json.dumps([body, inherited, shared, self.unit, self.threshold(c), salt],
                             sort_keys=True)
            out[c.id] = hashlib.sha1(key.encode()).hexdigest()[:16]
        return out
