"""How a line ends: a sentence's end or a question's, past closing quotes, brackets and
emphasis. A module of its own so that pastedqa.py, which layout.py imports, reads line ends
the way layout.py does (layout.py re-exports both tests)."""

from __future__ import annotations

CLOSERS = " \t\"'”’)]*_"  # may follow the end of a sentence: quotes, brackets, emphasis


def ends_sentence(text: str) -> bool:
    """Ends with `.`, `?`, `!` or `…`, perhaps followed by closing quotes or brackets."""
    return text.rstrip(CLOSERS)[-1:] in (".", "?", "!", "…")


def asks(text: str) -> bool:
    """Ends with `?`, perhaps followed by closing quotes or brackets."""
    return text.rstrip(CLOSERS)[-1:] == "?"
