"""Safe YAML loading for front matter and codebooks, with libyaml when PyYAML has it."""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's loader (in PyYAML's wheels) is ten times faster than the pure-Python one; both
# build only plain data (no Python objects), and both raise yaml.YAMLError with marks
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)
