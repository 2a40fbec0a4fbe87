"""The code's shape: stages import only from earlier stages, no module imports itself
through others, and modules stay small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support import REPO

ROOT = REPO / "generator"
# In pipeline order; the rest of generator/ (entry points, cache) sits above them all,
# except the shared foundations, which sit below.
STAGES = ("load", "extract", "model", "site", "write")
FOUNDATIONS = ("generator.errors", "generator.parallel", "generator.progress", "generator")
MAX_LINES = 200
MAX_CLASS_LINES = 150


def _module(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    """Module -> the generator modules it imports (anywhere in the file)."""
    modules = {_module(p): p for p in ROOT.rglob("*.py")}
    out: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                candidates = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            elif isinstance(node, ast.Import):
                candidates = [a.name for a in node.names]
            else:
                continue
            found.update(c for c in candidates if c in modules and c != name)
        out[name] = found
    return out


def _stage(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return STAGES.index(parts[1])
    return None


def test_stages_import_only_earlier_stages() -> None:
    wrong = []
    for module, imported in _imports().items():
        mine = _stage(module)
        if mine is None:
            continue
        for other in imported:
            theirs = _stage(other)
            if (theirs is None and other not in FOUNDATIONS) or (theirs or 0) > mine:
                wrong.append(f"{module} imports {other}")
    assert wrong == []


def test_no_import_cycles() -> None:
    graph = _imports()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_modules_stay_small() -> None:
    long = {
        _module(p): n
        for p in ROOT.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_classes_stay_small() -> None:
    long = {
        f"{_module(p)}.{node.name}": size
        for p in ROOT.rglob("*.py")
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
        and (size := (node.end_lineno or node.lineno) - node.lineno + 1) > MAX_CLASS_LINES
    }
    assert long == {}
