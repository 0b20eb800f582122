"""The text catalogue, one module per feature (bot/speech/catalogue/): a key written twice silently
replaces the first entry (a dict literal keeps the last; so would the merge of the modules), which once
turned the greeting's แจ้งขอความช่วยเหลือ button into the rich menu's label."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from bot.speech import catalogue, texts
from bot.speech.catalogue import richmenus


def _written_keys(path: Path) -> list[str]:
    """The keys of the module's TEXTS literal as written, repeats included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    literal = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "TEXTS"
    )
    assert isinstance(literal, ast.Dict)
    return [key.value for key in literal.keys if isinstance(key, ast.Constant)]


def test_no_key_is_written_twice_in_one_module_or_across_modules() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for module in catalogue.MODULES:
        for key in _written_keys(Path(module.__file__)):
            where[key].append(module.__name__.rsplit(".", 1)[-1])
    assert {key: modules for key, modules in where.items() if len(modules) > 1} == {}


def test_every_module_of_the_catalogue_is_read() -> None:
    # A module added to the folder but not to MODULES would be silently ignored.
    files = {path.stem for path in Path(catalogue.__file__).parent.glob("*.py")} - {"__init__"}
    assert {module.__name__.rsplit(".", 1)[-1] for module in catalogue.MODULES} == files
    assert texts.TEXTS is catalogue.TEXTS
    assert len(texts.TEXTS) == sum(len(module.TEXTS) for module in catalogue.MODULES)


def test_every_key_has_thai_and_english() -> None:
    # Rich menu labels are drawn into one image per role whatever the user's language: Thai only.
    missing = [
        f"{module.__name__.rsplit('.', 1)[-1]}:{key}:{language}"
        for module in catalogue.MODULES
        for key, variants in module.TEXTS.items()
        for language in (("th",) if module is richmenus else ("th", "en"))
        if not variants.get(language, "").strip()
    ]
    assert missing == []
