"""spaCy imported without its own command line, for the `qcode` command.

spaCy's `__init__` imports `spacy.cli.info` for one name, `spacy.info`, and with it spaCy's
whole command line (its Typer apps, weasel, requests, httpx, config templates): ~280
modules and ~0.11 s of CPU of the ~0.45 s importing spaCy takes, paid by every `qcode`
command that codes, such as `run` after one transcript was edited (benchmarks/README.md,
"Edits after session 11"). While spaCy's `__init__` runs, `spacy.cli` and `spacy.cli.info`
are stand-ins whose `info` imports the real one when called; they go as soon as it is done,
so `import spacy.cli` works as always. Only the command installs this: a program that
imports qcode as a library keeps spaCy as spaCy made it (with `spacy.cli` an attribute).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import re
import sys
import types
from typing import Any


def install() -> None:
    """The next first `import spacy` of this process goes without spaCy's command line."""
    if "spacy" not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


def _info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _Finder(importlib.abc.MetaPathFinder):
    """Finds spaCy as the other finders do, once, and runs its `__init__` with stand-ins."""

    def find_spec(self, name: str, path: Any = None, target: Any = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if name != "spacy":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None and _needs_only_info(spec.origin):
            spec.loader = _Loader(spec.loader)
        return spec


def _needs_only_info(origin: str | None) -> bool:
    """Whether spaCy's `__init__` takes nothing from its command line but `info`, as spaCy
    3.7 and 3.8 do; another version's is imported as it is, stand-ins and all left out."""
    try:
        with open(origin or "", encoding="utf-8") as f:
            source = f.read()
    except OSError:
        return False
    uses = re.findall(r"^\s*(?:from\s+(?:\.|spacy\.)cli\b.*|import\s+spacy\.cli\b.*)$", source,
                      re.M)
    return [u.split("#")[0].strip() for u in uses] == ["from .cli.info import info"]


class _Loader(importlib.abc.Loader):
    def __init__(self, real: importlib.abc.Loader):
        self.real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        package = types.ModuleType("spacy.cli")
        package.__path__ = []
        info = types.ModuleType("spacy.cli.info")
        info.info = _info  # type: ignore[attr-defined]
        stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
        # spaCy's own loader from here on (importlib.resources asks the spec's loader)
        module.__loader__ = self.real
        if module.__spec__ is not None:
            module.__spec__.loader = self.real
        try:
            self.real.exec_module(module)
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
            if getattr(module, "cli", None) is package:
                del module.cli
