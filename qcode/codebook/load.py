"""Codebook YAML -> validated models. Every problem is reported at once, with its path.

Validation is pydantic for shapes and types, plus checks that need the whole codebook
(duplicate ids, children outside their parent) run over the raw data so that they are
reported together with the shape errors.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    ValidationError,
)

from qcode import yaml_safe
from qcode.codebook.lists import expand_lists
from qcode.codebook.model import Codebook
from qcode.errors import CodebookError
from qcode.linear_regex import nested_repetition
from qcode.plural import counted


def without_rules(book: Codebook) -> list[str]:
    """Ids of codes that can never be given: no rules, no question rules, no subcodes (a
    codebook imported from another tool starts like this)."""
    return [c.id for c in book.flat() if not c.rules and not c.question_rules()
            and not c.children]


def nested_repetitions(book: Codebook) -> list[str]:
    """`code: rule` of each regex with a repetition inside a repetition (`(a+)+`): RE2 runs
    it in linear time, but the same rule would hang another tool's regex engine."""
    return [f"{c.id}: {r.id}" for c in book.flat() for _, r in c.all_rules()
            if r.regex is not None and nested_repetition(r.regex)]


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("list[dict[str,any]]", "list[list[dict[str,any]]]", "Rule",
                      "list[Rule]") or "function-after" in str(part):
            continue  # pydantic's union branch names mean nothing to a codebook author
        else:
            out += f".{part}" if out else str(part)
    return out


def _message(err: Any) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown key; check its spelling (see codebooks/README.md)"
    return str(err["msg"]).removeprefix("Value error, ")


def _misplaced(code: dict[str, Any], here: str) -> list[str]:
    """`words` scopes a veto and `reason` needs an answer's text: anywhere else they would
    be silently ignored, so they are errors."""
    problems: list[str] = []
    question = code.get("question")
    places = [("rules", code.get("rules")), ("unless", code.get("unless")),
              ("context_unless", code.get("context_unless")),
              ("question", question if isinstance(question, list) else None)]
    for key, rules in places:
        for j, rule in enumerate(rules if isinstance(rules, list) else []):
            problems += _misplaced_rule(rule, key, f"{here}.{key}[{j}]")
    if isinstance(question, dict):
        problems += _misplaced_rule(question, "question", f"{here}.question")
    return problems


def _misplaced_rule(rule: Any, key: str, where: str) -> list[str]:
    if not isinstance(rule, dict):
        return []
    problems: list[str] = []
    if "words" in rule and key != "unless":
        problems.append(f"{where}.words: only a veto (unless) takes words, the words it "
                        "disambiguates")
    if "reason" in rule and key != "rules":
        problems.append(f"{where}.reason: a reason frame is a rule of the answer, not a "
                        f"{'question rule' if key == 'question' else 'veto'}")
    return problems


def _cross_checks(data: Any) -> list[str]:
    """Duplicate ids and children outside their parent, on the raw (maybe invalid) data."""
    problems: list[str] = []
    seen: dict[str, str] = {}

    def walk(codes: Any, path: str, parent: str | None) -> None:
        if not isinstance(codes, list):
            return
        for i, code in enumerate(codes):
            if not isinstance(code, dict):
                continue
            here = f"{path}[{i}]"
            cid = code.get("id")
            if isinstance(cid, str):
                if cid in seen:
                    problems.append(f"{here}.id: duplicate code id '{cid}' (also {seen[cid]})")
                else:
                    seen[cid] = here
                if parent is not None and not cid.startswith(parent + "/"):
                    problems.append(
                        f"{here}.id: child '{cid}' is outside its parent; name it "
                        f"'{parent}/{cid.split('/')[-1]}'"
                    )
            problems.extend(_misplaced(code, here))
            rule_ids: dict[str, int] = {}
            for key in ("rules", "unless", "context_unless"):
                for j, rule in enumerate(code.get(key) or []):
                    rid = rule.get("id") if isinstance(rule, dict) else None
                    if isinstance(rid, str) and rid:
                        if rid in rule_ids:
                            problems.append(f"{here}.{key}[{j}].id: duplicate rule id '{rid}'")
                        rule_ids[rid] = j
            walk(code.get("children"), f"{here}.children", cid if isinstance(cid, str) else None)

    if isinstance(data, dict):
        walk(data.get("codes"), "codes", None)
    return problems


def parse_codebook(text: str, path: Path, trusted: frozenset[str] = frozenset()) -> Codebook:
    """Validate a codebook text. A text whose hash is in `trusted` was fully validated
    before (spaCy patterns included), so the spaCy check is skipped for it."""
    text_hash = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    try:
        data = yaml_safe.load(text, aliases=True)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise CodebookError(
            "the codebook is not valid YAML", [f"{where}{getattr(e, 'problem', e)}"], path
        ) from e
    if not isinstance(data, dict):
        raise CodebookError("the codebook must be a mapping", ["expected 'name:', 'codes:' ..."], path)
    problems = expand_lists(data)
    book: Codebook | None = None
    try:
        book = Codebook.model_validate(data, context={"trusted": text_hash in trusted})
    except ValidationError as e:
        problems += [f"{_path(err['loc'])}: {_message(err)}" for err in e.errors()]
    problems += _cross_checks(data)
    if problems or book is None:
        raise CodebookError(
            f"{counted(len(problems), 'problem')} in the codebook; nothing was done",
            sorted(set(problems), key=problems.index),
            path,
        )
    for code in book.flat():
        for role, rules in (("rule", code.rules), ("unless", code.unless),
                            ("context_unless", code.context_unless),
                            ("question", code.question_rules())):
            for i, rule in enumerate(rules):
                if not rule.id:
                    rule.id = f"{role}-{rule.kind}-{i + 1}" if role != "rule" else f"{rule.kind}-{i + 1}"
    book.hash = text_hash
    book.source = text
    return book


def load_codebook(path: Path, trusted: frozenset[str] = frozenset()) -> Codebook:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as e:
        raise CodebookError("codebook not found", ["check the codebook's path"], path,
                            code="Q301") from e
    except (OSError, UnicodeDecodeError) as e:
        raise CodebookError("cannot read the codebook", [str(e)], path) from e
    return parse_codebook(text, path, trusted)
