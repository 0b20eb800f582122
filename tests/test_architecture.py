"""The layers go one way and nothing imports in a circle (.importlinter: web → bot → dispatch →
models, handlers above flows, line-bot-sdk only in the LINE adapter, no cycles between siblings);
app.py and cli.py, single modules outside those packages, are imported by none of them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "dispatch", "models", "web", "line_emulator")


def test_the_import_contracts_are_kept() -> None:
    checked = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache", "--no-logo"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout[-4000:] + checked.stderr[-2000:]
    assert "0 broken" in checked.stdout


def test_no_package_imports_the_entry_points() -> None:
    offenders = []
    for package in PACKAGES:
        for path in (PROJECT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = (
                    [alias.name for alias in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom) and node.level == 0
                    else []
                )
                offenders += [f"{path.relative_to(PROJECT)}: {name}" for name in names if name in ("app", "cli")]
    assert offenders == []


def test_tests_share_helpers_through_support_modules_not_test_modules() -> None:
    """A test module imported by another runs its module-level code twice and hides where a helper
    lives; shared helpers are in tests/ support modules (helpers, factories, plans, bot/chat,
    bot/scenes, bot/worker_processes, in_process)."""
    offenders = []
    for path in (PROJECT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1].startswith("test_"):
                offenders.append(f"{path.relative_to(PROJECT)}: {node.module}")
    assert offenders == []
