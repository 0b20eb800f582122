"""A time column as Bangkok ISO 8601 text ("2026-12-05T10:00:00+07:00"), made by the database: for
exports, where parsing a datetime and formatting it again in Python for every cell cost a third of
the time (bench/console.py). Thailand keeps no summer time, so +07:00 is always right."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class bangkok_iso(FunctionElement[str]):  # noqa: N801 - used like a SQL function
    type = String()
    name = "bangkok_iso"
    inherit_cache = True


@compiles(bangkok_iso, "postgresql")
def _postgresql(element: bangkok_iso, compiler: Any, **kw: Any) -> str:
    moment = compiler.process(element.clauses, **kw)
    return f"""to_char(timezone('Asia/Bangkok', {moment}), 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"')"""


@compiles(bangkok_iso, "sqlite")
def _sqlite(element: bangkok_iso, compiler: Any, **kw: Any) -> str:
    moment = compiler.process(element.clauses, **kw)  # naive UTC text (models.base.UTCDateTime)
    return f"strftime('%Y-%m-%dT%H:%M:%S+07:00', {moment}, '+7 hours')"
