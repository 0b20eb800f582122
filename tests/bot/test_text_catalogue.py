"""The text catalogue: a key written twice silently replaces the first entry (a dict literal keeps the
last), which once turned the greeting's แจ้งขอความช่วยเหลือ button into the rich menu's label."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import bot.speech.texts


def test_no_key_is_written_twice() -> None:
    tree = ast.parse(Path(bot.speech.texts.__file__).read_text(encoding="utf-8"))
    catalogue = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "TEXTS"
    )
    keys = Counter(key.value for key in catalogue.keys if isinstance(key, ast.Constant))
    assert [key for key, count in keys.items() if count > 1] == []
