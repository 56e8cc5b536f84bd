"""Question context: which question each answer answers, as a careful coder reads it.

A coder reads an answer in the light of the question it answers: every respondent who
answers (two people interviewed together both answer "Why did you leave?"), every paragraph
of the answer, until the interviewer speaks again. What the interviewer asks is the question
itself, not a preamble before it ("Many people tell us about dramas... What was your work?"),
and a short follow-up that refers back ("What happened to it?") keeps the topic of the
question before it, unless it asks for a time or a place ("When was that?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qcode.codebook import FollowUps
from qcode.model import Transcript

_SENTENCE = re.compile(r"[^.?!]+(?:[.?!]+[\"'”’)\]]*|$)")
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Asked:
    """One interviewer turn as a question: the text its question rules read, and the turn
    before it whose topic it keeps (a follow-up), if any."""

    turn: int
    text: str  # the question sentences (a follow-up: the earlier question's, then its own)
    follows: int | None = None  # the interviewer turn it follows up, when it is a follow-up


def question_text(paragraphs: list[str]) -> str:
    """The question of an interviewer turn: its sentences ending in `?`, or, when none
    does, its last sentence (an instruction: "Tell me about your work.")."""
    sentences = [s.strip() for p in paragraphs for s in _SENTENCE.findall(p) if s.strip()]
    asked = [s for s in sentences if s.rstrip("\"'”’)] ").endswith("?")]
    return " ".join(asked) if asked else (sentences[-1] if sentences else "")


def is_follow_up(question: str, rules: FollowUps) -> bool:
    """A short question that refers back (`it`, `that`, `why`...) or asks the one before of
    someone else ("And your son?", "What about you?") and does not ask for a time, a place
    or a number."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(question)]
    if not words or len(words) > rules.max_words:
        return False
    text = " ".join(words)
    if any(re.search(rf"\b{re.escape(t.lower())}\b", text) for t in rules.new_topic):
        return False
    if any(re.match(rf"{re.escape(o.lower())}\b", text) for o in rules.opening):
        return True
    return bool({r.lower() for r in rules.refer}.intersection(words))


def joined(earlier: str, follow_up: str) -> str:
    """An earlier question and its follow-up as one sentence, so that a rule can read both
    ("When did you leave" + "And why?" asks why they left)."""
    return f"{earlier.rstrip().rstrip('?').rstrip()}, {follow_up.strip()}"


def answers(t: Transcript) -> dict[int, int]:
    """Respondent turn -> the interviewer turn it answers: the last one before it, for every
    respondent turn until the interviewer speaks again."""
    out: dict[int, int] = {}
    last: int | None = None
    for ti, turn in enumerate(t.turns):
        if turn.role == "interviewer":
            last = ti
        elif turn.role == "respondent" and last is not None:
            out[ti] = last
    return out
