"""Named word lists: a codebook's `lists:` names a list once (`officials: [guard, police, ...]`)
and any list inside a rule takes it as an item, `"@officials"`, spliced in its place.

Why: the same people with power, or the same goods, come back in a dozen rules of one code.
Written out in each, the copies drift apart (one rule knows "interrogator", the next does
not), and a word a team adds reaches one rule only. YAML anchors cannot join a named list
with a rule's own words; a reference can (`b: ["@officials", "the head of"]`).
"""

from __future__ import annotations

from typing import Any

from qcode.yaml_safe import MAX_EXPANDED

REF = "@"
# the keys whose lists may hold references: everything a rule matches on, the reason frame
# and the follow-up words (a code's description, include and exclude are prose)
_PROSE = frozenset({"description", "include", "exclude", "label", "examples"})


class _Splicer:
    """Replaces `@name` items by the named list, counting what the references add so that
    a few lines cannot stand for millions of words (as with YAML aliases)."""

    def __init__(self) -> None:
        self.named: dict[str, list[str]] = {}
        self.added = 0
        self.problems: list[str] = []

    def splice(self, items: list[Any], path: str) -> list[Any]:
        out: list[Any] = []
        spliced = False
        for i, item in enumerate(items):
            if not (isinstance(item, str) and item.startswith(REF)):
                out.append(item)
                continue
            words = self.named.get(item[len(REF):])
            if words is None:
                known = ", ".join(REF + n for n in self.named) or "none"
                self.problems.append(f"{path}[{i}]: '{item}' is not a list defined above it "
                                     f"under `lists:` (defined: {known})")
                continue
            self.added += len(words)
            out.extend(words)
            spliced = True
        if self.added > MAX_EXPANDED:
            self.problems.append(f"{path}: the `@` lists expand to more than "
                                 f"{MAX_EXPANDED:,} words; write shorter lists")
            return []
        return _unique(out) if spliced else out

    def walk(self, node: Any, path: str) -> Any:
        if isinstance(node, dict):
            return {k: node[k] if k in _PROSE else self.walk(node[k], f"{path}.{k}")
                    for k in node}
        if isinstance(node, list):
            items = self.splice(node, path)
            return [self.walk(v, f"{path}[{i}]") for i, v in enumerate(items)]
        return node


def _unique(items: list[Any]) -> list[Any]:
    """Each word once (a rule's own word may be in the list too); anything else kept."""
    seen: set[str] = set()
    out = []
    for item in items:
        if isinstance(item, str):
            if item in seen:
                continue
            seen.add(item)
        out.append(item)
    return out


def expand_lists(data: dict[str, Any]) -> list[str]:
    """Splice the `lists:` of a raw codebook into its rules, in place; the problems found
    (a list that is not a list of words, a name not defined) are returned, each with its
    path. A list may use lists defined above it."""
    lists = data.get("lists")
    if lists is None:
        return []
    s = _Splicer()
    if not isinstance(lists, dict):
        return ["lists: a mapping of names to lists of words, e.g. `officials: [guard, "
                "police]`"]
    for name, words in lists.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            s.problems.append(f"lists.{name}: a list of words or phrases, e.g. [guard, "
                              "\"border guard\"]")
            continue
        s.named[str(name)] = [str(w) for w in s.splice(words, f"lists.{name}")]
    for key in data:
        if key != "lists":
            data[key] = s.walk(data[key], key)
    data["lists"] = s.named
    return s.problems
