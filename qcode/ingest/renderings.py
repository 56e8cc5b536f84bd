"""A translation set in brackets under the original.

An interpreted interview may transcribe each answer in its own language and put the
interpreter's English under it in brackets: `RESPONDENT: 처음에는 그냥 팔았어요...` then
`(At first she just sold. Later she had to pay...)`. A line wholly in brackets is otherwise a
stage direction or a note (furniture.py: `[The witness pauses.]`), and one in the third
person, as interpreters render, was read as such and not coded. So a bracketed line right
under a line of speech written mostly in another script (Hangul, Chinese, Japanese,
Cyrillic...) than the Latin of the brackets is that speech's rendering: speech again.
"""

from __future__ import annotations

from itertools import pairwise

from qcode.ingest.layout import Line
from qcode.ingest.lazyre import lazy

_LATIN = lazy(r"[A-Za-z\u00c0-\u024f]")
_LETTER = lazy(r"[^\W\d_]")


def keep_renderings(lines: list[Line]) -> None:
    """Bracketed notes right under speech in another script are its rendering (docstring)."""
    for above, line in pairwise(lines):
        if line.kind == "note" and above.kind is None and _other_script(above.text):
            line.kind = None


def _other_script(text: str) -> bool:
    """Most of the letters are not Latin."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and 2 * len(_LATIN.findall(text)) < letters
