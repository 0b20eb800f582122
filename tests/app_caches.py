"""What every Flask app of the suite builds identically, built once per test process.

The suite makes a new app for nearly every test (each with its own settings and database), and each
app compiled again its ~130 URL rules into builder functions (werkzeug generates and compiles Python
source for each) and its Jinja templates: about half a second of CPU per test, more than many tests
take. The generated code depends only on the rule or the template source, so one process-wide cache
gives every app the same functions and bytecode it would have compiled. Production makes one app per
process and is untouched: this module is installed by tests/conftest.py only.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from jinja2.bccache import Bucket, BytecodeCache
from werkzeug.routing.rules import Rule


class SharedBytecode(BytecodeCache):
    """Jinja bytecode kept in memory for every app of the process; a bucket is keyed by template name
    and file, and Jinja checks the source's checksum before using it."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_compile_builder = Rule._compile_builder
_builders: dict[tuple[Any, ...], Any] = {}


def _cached_builder(rule: Rule, append_unknown: bool = True) -> Any:
    """Rule._compile_builder, memoised on everything the generated code depends on: the rule's
    parts (its trace), its defaults (those inside the rule folded through their converter), and
    whether unknown arguments are appended. The function is unbound; each rule binds its own."""
    defaults = rule.defaults or {}
    key = (
        append_unknown,
        rule.rule,
        tuple(rule._trace),
        tuple(sorted(defaults)),
        tuple(
            (name, rule._converters[name].to_url(value)) for name, value in defaults.items() if name in rule._converters
        ),
    )
    builder = _builders.get(key)
    if builder is None:
        builder = _builders[key] = _compile_builder(rule, append_unknown)
    return builder


def install() -> None:
    Rule._compile_builder = _cached_builder  # type: ignore[method-assign]
    Flask.jinja_options = {**Flask.jinja_options, "bytecode_cache": SharedBytecode()}
