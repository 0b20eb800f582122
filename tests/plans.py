"""Query plans of SQLite and PostgreSQL, for tests that a query uses its index."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Engine, Select


def _sqlite_plan(engine: Engine, query: Select) -> str:
    compiled = query.compile(dialect=engine.dialect, compile_kwargs={"render_postcompile": True})
    parameters = tuple(compiled.params[name] for name in compiled.positiontup or [])
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", parameters).all()
    return "\n".join(str(row[-1]) for row in rows)


def _literal(value: object) -> str:
    if isinstance(value, datetime):
        return f"'{value.isoformat()}'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(value)


def _postgresql_generic_plan(engine: Engine, query: Select) -> str:
    compiled = query.compile(dialect=engine.dialect, compile_kwargs={"render_postcompile": True})
    sql, names = str(compiled), []

    def positional(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return f"${len(names)}"

    sql = re.sub(r"%\((\w+)\)s", positional, sql)
    arguments = ", ".join(_literal(compiled.params[name]) for name in names)
    with engine.connect() as connection:
        connection.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
        connection.exec_driver_sql(f"PREPARE queue_query AS {sql}")
        rows = connection.exec_driver_sql(f"EXPLAIN EXECUTE queue_query({arguments})").all()
        connection.exec_driver_sql("DEALLOCATE queue_query")
        connection.rollback()
    return "\n".join(row[0] for row in rows)


def _is_sqlite_full_scan(line: str) -> bool:
    return line.startswith("SCAN ") and "USING" not in line
