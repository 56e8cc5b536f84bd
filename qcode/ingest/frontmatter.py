"""YAML front matter between `---` lines, with errors that point at the file's own line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from qcode import yaml_safe
from qcode.errors import IngestError


def split_front_matter(lines: list[str], path: Path) -> tuple[dict[str, Any], int, int]:
    """Return (meta, index of the first body line, 1-based line of the `id:` field or 1)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0, 1
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise IngestError(
            "front matter opened with '---' is never closed; add a line '---' after the "
            "last field",
            path,
            1,
        )
    block = "\n".join(lines[1:end])
    try:
        meta = yaml_safe.load(block) if block.strip() else {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        # libyaml puts 'unexpected end' one line past the block: clamp to its last line
        line = min(mark.line, block.count("\n")) + 2 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        advice = "" if ";" in problem else "; fix the field or quote its value"
        raise IngestError(
            f"invalid YAML in front matter: {problem}{advice}",
            path,
            line,
        ) from e
    if not isinstance(meta, dict):
        raise IngestError(
            "front matter must be 'field: value' lines, not a list or a single value", path, 2
        )
    meta = {str(k): v for k, v in meta.items()}
    id_line = next(
        (i + 1 for i in range(1, end) if lines[i].lstrip().startswith("id:")), 1
    )
    return meta, end + 1, id_line
