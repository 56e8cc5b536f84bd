"""Codebooks: the models (model.py) and loading a YAML file into them (load.py)."""

from qcode.codebook.load import (
    load_codebook,
    nested_repetitions,
    parse_codebook,
    without_rules,
)
from qcode.codebook.model import (
    BECAUSE,
    DEFAULT_QUESTION_WEIGHT,
    DEFAULT_WEIGHT,
    LEAVE,
    NEW_TOPIC,
    PURPOSE,
    REASON_WORDS,
    REFER,
    RULE_KINDS,
    SO,
    Code,
    Codebook,
    Examples,
    FollowUps,
    Near,
    Reason,
    ReasonFrame,
    Rule,
)

__all__ = ["BECAUSE", "DEFAULT_QUESTION_WEIGHT", "DEFAULT_WEIGHT", "LEAVE", "NEW_TOPIC",
           "PURPOSE", "REASON_WORDS", "REFER", "RULE_KINDS", "SO", "Code", "Codebook",
           "Examples", "FollowUps", "Near", "Reason", "ReasonFrame", "Rule", "load_codebook",
           "nested_repetitions", "parse_codebook", "without_rules"]
