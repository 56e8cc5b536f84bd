"""Safe YAML loading for front matter and codebooks, with libyaml when PyYAML has it.

Every failure is a `yaml.MarkedYAMLError` with the line at fault, so callers report one kind
of error: bad syntax, aliases (`*name`: a few lines of nested aliases expand to gigabytes,
the "billion laughs"; refused in front matter, capped in codebooks), or a value its tag or
form cannot be (`2019-13-45` reads as a date, `!!int zz`). Messages never repeat the value:
front matter holds private fields.
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's loader (in PyYAML's wheels) is ten times faster than the pure-Python one; both
# build only plain data (no Python objects), and both raise yaml.YAMLError with marks
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_KINDS = {"timestamp": "date", "int": "integer", "float": "number", "bool": "true/false",
          "binary": "base64 value", "null": "null"}


MAX_EXPANDED = 100_000  # values a YAML text may stand for once its aliases are expanded


def load(text: str, aliases: bool = False) -> Any:
    """`aliases=False` refuses any alias (front matter); True lets a codebook reuse a list
    (`unless: *not-leaving`) as long as the expanded text stays under MAX_EXPANDED values."""
    if "&" in text and "*" in text:  # an alias needs an anchor: most texts have neither
        if aliases:
            _cap_aliases(text)
        else:
            _refuse_aliases(text)
    try:
        return yaml.load(text, Loader=_Loader)
    except (ValueError, TypeError, OverflowError, AttributeError) as e:
        raise _bad_value(text) from e


def _refuse_aliases(text: str) -> None:
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                problem="aliases (*name) are not allowed; write the value out in full",
                problem_mark=event.start_mark)  # type: ignore[arg-type]  # libyaml's Mark


def _cap_aliases(text: str) -> None:
    root = yaml.compose(text, Loader=_Loader)
    if root is not None and _expanded(root) > MAX_EXPANDED:
        raise yaml.MarkedYAMLError(
            problem=f"its aliases (*name) expand to more than {MAX_EXPANDED:,} values; "
                    "reuse fewer lists", problem_mark=root.start_mark)


def _expanded(root: yaml.Node) -> int:
    """Values under the root, each alias counted in full (a recursive one once), capped at
    MAX_EXPANDED + 1. Counted with a stack, depth first: YAML nests a thousand levels deep,
    past Python's recursion limit (a RecursionError at six hundred before)."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, counted = stack.pop()
        children = ([n for pair in node.value for n in pair]
                    if isinstance(node, yaml.MappingNode)
                    else node.value if isinstance(node, yaml.SequenceNode) else [])
        if counted:
            sizes[id(node)] = min(1 + sum(sizes[id(c)] for c in children), MAX_EXPANDED + 1)
        elif id(node) not in sizes:
            sizes[id(node)] = 0  # a recursive alias counts once
            stack.append((node, True))
            stack.extend((c, False) for c in reversed(children))
    return sizes[id(root)]


def _bad_value(text: str) -> yaml.MarkedYAMLError:
    """The first scalar that cannot be built, found by building each one alone."""
    builder = yaml.SafeLoader("")
    stack = [yaml.compose(text, Loader=_Loader)]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            stack.extend(reversed([n for pair in node.value for n in pair]))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif node is not None:
            try:
                builder.construct_object(node, deep=True)
            except (ValueError, TypeError, OverflowError, AttributeError,
                    yaml.YAMLError):
                kind = _KINDS.get(node.tag.rsplit(":", 1)[-1], f"value of tag {node.tag}")
                return yaml.MarkedYAMLError(
                    problem=f"not a valid {kind}; put the value in quotes to keep it as text",
                    problem_mark=node.start_mark)
    return yaml.MarkedYAMLError(problem="a value cannot be read; put it in quotes")
