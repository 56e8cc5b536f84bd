"""Counts in words: "1 quote", "2 quotes", "0 quotes", for every message and output that
prints a number of things (never "1 quotes", nor "quote(s)")."""

from __future__ import annotations

IRREGULAR = {"person": "people", "child": "children", "is": "are", "was": "were",
             "has": "have"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """`word` as it goes with the number n: `many` (default: IRREGULAR's, or word + s, or +
    es after s, x, z, ch, sh, or y after a consonant as ies) unless n is 1. A word of several
    (`filled-in row`, `missed code`) changes its last."""
    if n == 1:
        return word
    if many is not None:
        return many
    head, _, last = word.rpartition(" ")
    if last in IRREGULAR:
        last = IRREGULAR[last]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def counted(n: int, word: str, many: str | None = None) -> str:
    """The number and the word as it goes with it: `1 quote`, `2 quotes`, `0 quotes`."""
    return f"{n} {plural(n, word, many)}"
