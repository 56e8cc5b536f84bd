"""Reader regexes compiled when first used, not when qcode is imported.

The readers hold ~300 module-level regexes, most for document shapes a given file does not
have (chat exports, hearings, subtitles, PDF page marks...): compiling them all took ~0.15 s
of CPU on every command that reads a transcript, such as `run` after one plain-text
transcript was edited, which uses about a third of them. `lazy(pattern, flags)` stands for
`re.compile(pattern, flags)`: its `pattern` and `flags` are there at once (readers build
other regexes from them), and the first use of anything else compiles it; from then on its
methods are the compiled pattern's own (no lookup in between).
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:  # only for what is not set yet
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used."""
    return cast("re.Pattern[str]", _Lazy(pattern, int(flags)))
