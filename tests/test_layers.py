"""No two modules import each other at load time, across packages and bot's rooms alike. The layers'
direction and the LINE adapter rule are .importlinter's (tests/test_architecture.py), whose cycle
contract looks inside each room only: the rooms use each other both ways, their modules must not."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "cli", "config", "bot", "dispatch", "models", "web", "line_emulator")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        single = ROOT / f"{package}.py"
        if single.exists():
            found[package] = single
        for path in sorted((ROOT / package).rglob("*.py")) if (ROOT / package).is_dir() else ():
            found[module_name(path)] = path
    return found


def imports(path: Path, module: str, *, load_time_only: bool) -> Iterator[str]:
    """Modules `path` imports; with load_time_only, not those imported inside functions (deliberately
    late) or under TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(nodes: list[ast.stmt]) -> Iterator[str]:
        for node in nodes:
            if isinstance(node, ast.Import):
                yield from (alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(
                        package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                    )
                yield base
                yield from (f"{base}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            elif load_time_only and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    yield from visit([child for child in getattr(node, field, []) if isinstance(child, ast.AST)])

    yield from visit(tree.body)


MODULES = source_modules()


def test_no_import_cycles_at_load_time() -> None:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        graph[name] = {
            target for target in imports(path, name, load_time_only=True) if target in MODULES and target != name
        }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                walk(target)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node)
    # A package importing its own submodules (`bot/flows/__init__` → `bot.flows.x` → package) is how
    # Python packages work, not a cycle between modules.
    real = [
        cycle
        for cycle in cycles
        if not any(a.startswith(b + ".") or b.startswith(a + ".") for a, b in zip(cycle, cycle[1:], strict=False))
    ]
    assert real == []
