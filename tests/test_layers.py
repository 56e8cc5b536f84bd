"""The package has no import cycles between its parts, and the lower layers do not reach up:
a newcomer can read it bottom-up (ARCHITECTURE.md). Imports inside functions (kept lazy for
start-up time) and under TYPE_CHECKING count too: they are dependencies all the same."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "qcode"


def part(module: str) -> str:
    """qcode.review.export -> review; qcode.store -> store: the unit cycles are counted in."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "qcode"


def imports() -> dict[str, set[str]]:
    """part -> the parts it imports (the package root `qcode` itself is left out: it only
    re-exports the public names)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        if module == "qcode":
            continue
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
        known = {n for n in names if n.startswith("qcode.") and
                 ((PACKAGE / Path(*n.split(".")[1:])).with_suffix(".py").exists()
                  or (PACKAGE / Path(*n.split(".")[1:])).is_dir())}
        graph.setdefault(part(module), set()).update(
            part(n) for n in known if part(n) != part(module))
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_import_cycles_between_modules_and_packages():
    graph = imports()
    cycles = sorted(p for p in graph if p in reachable(graph, p))
    assert not cycles, {p: sorted(graph[p]) for p in cycles}


def test_lower_layers_do_not_reach_up():
    graph = imports()
    assert "store" not in reachable(graph, "ingest")
    assert "review" not in reachable(graph, "store")
    for low in ("errors", "model", "status", "nlp", "config"):
        assert not reachable(graph, low) & {"store", "pipeline", "cli", "project", "review"}, low
