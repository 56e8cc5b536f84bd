"""The rule engine: a compiled codebook finds codes in transcripts and says why.

    rules.py       each rule kind compiled into spaCy matchers / regexes (`RULE_KINDS`)
    chunks.py      tokens for the prefilter without spaCy; spaCy's tokenizer cache kept warm
    hits.py        where rules fire in a Doc: Hits with character offsets and sentences
    patterns.py    token patterns' Matchers, run only on windows holding their words
    paragraphs.py  paragraphs through spaCy in batches, hits handed back per paragraph
    decide.py      vetoes (scoped, inherited), confidence, the threshold: hits -> codes
    units.py       sentence / paragraph / turn units from paragraph hits (`UNIT_BUILDERS`)
    context.py     which question each answer answers (question sentences, follow-ups)
    engine.py      Engine: the above in order, per transcript; `explain` for one text
"""

from qcode.match.decide import confidence
from qcode.match.engine import Engine, Explanation
from qcode.match.hits import Hit
from qcode.match.paragraphs import CHUNK
from qcode.match.rules import RULE_KINDS, RuleRef

__all__ = ["CHUNK", "RULE_KINDS", "Engine", "Explanation", "Hit", "RuleRef", "confidence"]
