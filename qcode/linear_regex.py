"""Codebook regexes run by RE2, whose time grows linearly with the text: none can hang.

Python's `re` backtracks: `(a+)+$` on a 40-character answer never returns, and Ctrl-C cannot
stop it. RE2 (google-re2) has no backreferences or lookarounds (they need backtracking), so a
rule using them is a codebook error. Its classes are ASCII; `\\w`, `\\W`, `\\d`, `\\D` are
rewritten as their Unicode equivalents so that `café` or `한국` match as they do in `re`
(`\\b` stays an ASCII word boundary). Matching is case-insensitive, as rules always were.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]  # the stdlib's regex parser
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol

import re2


class Match(Protocol):
    def start(self) -> int: ...
    def end(self) -> int: ...
    def group(self, index: int = 0) -> str: ...


class Pattern(Protocol):
    def search(self, text: str) -> Match | None: ...
    def finditer(self, text: str) -> Iterator[Match]: ...


_UNICODE = {"w": r"\p{L}\p{N}_", "d": r"\p{Nd}"}
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # RE2 would print every refused pattern on stderr


def _unicode_classes(pattern: str) -> str:
    """`\\w` -> `[\\p{L}\\p{N}_]` and the like, inside and outside character classes."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            esc = pattern[i + 1]
            if esc.lower() in _UNICODE and not (in_class and esc.isupper()):
                body = _UNICODE[esc.lower()]
                neg = "^" if esc.isupper() else ""
                out.append(body if in_class else f"[{neg}{body}]")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":  # a leading ] is a literal
                out.append("]")
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def compile_rule(pattern: str) -> Pattern:
    """The rule's regex for RE2; ValueError saying what RE2 cannot run."""
    try:
        compiled: Pattern = re2.compile("(?i)" + _unicode_classes(pattern), _OPTIONS)
    except re2.error as e:
        reason = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
        raise ValueError(
            f"qcode runs regexes with RE2, which cannot run this ({reason}): lookarounds, "
            "backreferences and possessive or atomic groups need backtracking, which can hang; "
            "rewrite the rule without them") from e
    return compiled


def nested_repetition(pattern: str) -> bool:
    """Whether a repeated group holds another repetition, as in `(a+)+` or `(\\w+\\s?)*`: the
    shape that makes a backtracking engine take exponential time."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return False
    return _nested(list(parsed), inside=False)


def _nested(items: list[tuple[Any, Any]], inside: bool) -> bool:
    for op, av in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            many = high is sre.MAXREPEAT or high > 1
            if inside and (high is sre.MAXREPEAT or high > low):  # `{3}` inside is harmless
                return True
            if _nested(list(body), inside or many):
                return True
        elif op is sre.SUBPATTERN:
            if _nested(list(av[-1]), inside):
                return True
        elif op is sre.BRANCH:
            if any(_nested(list(b), inside) for b in av[1]):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if _nested(list(av[1]), inside):
                return True
        elif op is sre.ATOMIC_GROUP and _nested(list(av), inside):
            return True
    return False
