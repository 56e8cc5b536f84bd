"""Named word lists: a codebook's `lists:` names a list once (`officials: [guard, police, ...]`)
and any list inside a rule takes it as an item, `"@officials"`, spliced in its place.

Why: the same people with power, or the same goods, come back in a dozen rules of one code.
Written out in each, the copies drift apart (one rule knows "interrogator", the next does
not), and a word a team adds reaches one rule only. YAML anchors cannot join a named list
with a rule's own words; a reference can (`b: ["@officials", "the head of"]`).
"""

from __future__ import annotations

import difflib
import itertools
from typing import Any

from qcode.yaml_safe import MAX_EXPANDED

REF = "@"
# the keys whose lists may hold references: everything a rule matches on, the reason frame
# and the follow-up words (a code's description, include and exclude are prose)
_PROSE = frozenset({"description", "include", "exclude", "label", "examples"})
SHOWN = 20  # names an unknown reference's message lists
# a pattern token's attributes that compare its text: a token is one word, so a value of
# several words there can never match
_TOKEN_TEXT = frozenset({"ORTH", "TEXT", "LOWER", "LEMMA", "NORM"})


class _Splicer:
    """Replaces `@name` items by the named list, counting what the references add so that
    a few lines cannot stand for millions of words (as with YAML aliases).

    Hostile codebooks (session 18): the count is checked before each list is spliced in, not
    after the whole rule's list was built (a 90,000-word list named 1,600 times in one rule
    built 144 million items, 8 s and a gigabyte, before it was refused), and the cap is said
    once (every later list said it again); an unknown name shows at most SHOWN of the names
    defined (with thousands of both, the message ran to a hundred megabytes) and is looked
    up once per name; the codebook is walked with a stack, not recursion (YAML nests a
    thousand levels deep: a RecursionError at six hundred)."""

    def __init__(self, names: list[str]) -> None:
        self.named: dict[str, list[str]] = {}
        self.names = names  # every name under `lists:`, in order, broken or not
        self.broken: set[str] = set()  # lists with a problem of their own, reported already
        self.added = 0
        self.over = False
        self.unknown: dict[str, str] = {}  # a name rules use -> why it names no list
        self.problems: list[str] = []

    def splice(self, items: list[Any], path: str, one_word: bool = False) -> list[Any]:
        """`items` with each reference replaced by its list; `one_word`: a pattern token's
        IN list, where a phrase of several words never matches."""
        out: list[Any] = []
        spliced = False
        for i, item in enumerate(items):
            if not (isinstance(item, str) and item.startswith(REF)):
                if one_word and isinstance(item, str) and len(item.split()) > 1:
                    self.problems.append(_several_words(f"{path}[{i}]", item,
                                                        "write one word here"))
                out.append(item)
                continue
            name = item[len(REF):]
            words = self.named.get(name)
            if words is None:
                if name not in self.broken:
                    self.problems.append(f"{path}[{i}]: {self._unknown(item, path)}")
                continue
            phrases = [w for w in words if len(w.split()) > 1]
            if one_word and phrases:
                shown = ", ".join(f"'{w}'" for w in phrases[:3])
                more = f" and {len(phrases) - 3} more" if len(phrases) > 3 else ""
                self.problems.append(
                    f"{path}[{i}]: '{item}' holds phrases of several words ({shown}{more}), "
                    "and a pattern token is one word, so they never match; name a list of "
                    "single words here, and use the phrases in a `terms` or `near` rule")
            self.added += len(words)
            if self.added > MAX_EXPANDED:
                if not self.over:
                    self.over = True
                    self.problems.append(f"{path}: the `@` lists expand to more than "
                                         f"{MAX_EXPANDED:,} words; write shorter lists")
                return []
            out.extend(words)
            spliced = True
        return _unique(out) if spliced else out

    def _unknown(self, item: str, path: str) -> str:
        """Why a reference names no list: a list defined below the one that uses it, a
        misspelt name, or a list that is not there."""
        name = item[len(REF):]
        if not path.startswith("lists."):  # the same for every rule: said once, reused
            if name not in self.unknown:
                self.unknown[name] = self._unknown_anywhere(item, path)
            return self.unknown[name]
        if name in self.names:
            user = path.removeprefix("lists.").split("[")[0]
            if user == name:
                return f"'{item}' is this list itself; a list cannot hold itself"
            return (f"'{item}' is defined below this list, and a list may use only lists "
                    f"defined above it: move `{name}:` above `{user}:`")
        return self._unknown_anywhere(item, path)

    def _unknown_anywhere(self, item: str, path: str) -> str:
        name = item[len(REF):]
        close = difflib.get_close_matches(name, self.names, n=1, cutoff=0.75)
        hint = f"did you mean '{REF}{close[0]}'? " if close else ""
        where = "defined above it under `lists:`" if path.startswith("lists.") else \
            "defined under `lists:`"
        shown = [REF + n for n in itertools.islice(self.named, SHOWN)]
        more = len(self.named) - len(shown)
        defined = (", ".join(shown) + (f" and {more:,} more" if more else "")) or "none"
        return f"'{item}' is not a list {where}; {hint}(defined: {defined})"

    def walk(self, root: Any, path: str) -> Any:
        """A copy of the node with every list's references spliced in, visited depth first
        in document order (so problems come in that order), with a stack."""
        top: list[Any] = [None]
        stack: list[tuple[Any, str, bool, Any, Any]] = [(root, path, False, top, 0)]
        while stack:
            node, where, pattern, parent, key = stack.pop()
            if isinstance(node, dict):
                parent[key] = out = dict(node)  # prose keys kept as they are
                todo = []
                for k in node:
                    here = f"{where}.{k}"
                    if k in _PROSE:
                        continue
                    if pattern and k == "IN" and isinstance(node[k], list):
                        out[k] = self.splice(node[k], here, one_word=True)
                        continue
                    if pattern and k in _TOKEN_TEXT and isinstance(node[k], str) \
                            and len(node[k].split()) > 1:
                        self.problems.append(_several_words(here, node[k],
                                                            "one word per token"))
                    todo.append((node[k], here, pattern or k == "pattern", out, k))
                stack.extend(reversed(todo))
            elif isinstance(node, list):
                items = self.splice(node, where)
                parent[key] = spliced = list(items)
                stack.extend((items[i], f"{where}[{i}]", pattern, spliced, i)
                             for i in reversed(range(len(items))))
            else:
                parent[key] = node
        return top[0]


def _several_words(where: str, value: str, advice: str) -> str:
    """A phrase where a pattern token, one word, is compared: it could never match."""
    return (f"{where}: '{value}' is several words, and a pattern token is one word, so it "
            f"never matches; {advice}, or the phrase in a `terms` or `near` rule")


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
        lists = {}
    if not isinstance(lists, dict):
        return ["lists: a mapping of names to lists of words, e.g. `officials: [guard, "
                "police]`"]
    s = _Splicer([str(n) for n in lists])
    for name, words in lists.items():
        wrong = _not_a_word_list(words)
        if wrong:
            s.broken.add(str(name))
            s.problems.append(f"lists.{name}{wrong}")
            continue
        s.named[str(name)] = [str(w) for w in s.splice(words, f"lists.{name}")]
    for key in data:
        if key != "lists":
            data[key] = s.walk(data[key], key)
    if "lists" in data:
        data["lists"] = s.named
    return s.problems


_EXAMPLE = 'e.g. [guard, "border guard"]'


def _not_a_word_list(words: Any) -> str:
    """What is wrong with a named list (`[i]: ...` for one item), or "" if nothing."""
    if not isinstance(words, list):
        return f": a list of words or phrases, {_EXAMPLE}"
    for i, w in enumerate(words):
        if isinstance(w, str) and w.strip():
            continue
        if isinstance(w, dict):
            what = "a mapping (`key: value`), not a word or phrase"
        elif isinstance(w, list):
            what = "a list inside the list, not a word or phrase"
        elif isinstance(w, str) or w is None:
            what = "an empty item"
        else:
            what = f'{w} is not text; write it in quotes ("{w}") if it is a word of the list'
        return f"[{i}]: {what}; a named list holds words and phrases only, {_EXAMPLE}"
    return ""
