"""The same UPDATE or INSERT for many rows, each with its own values, in one statement where the
database allows.

On PostgreSQL an executemany is still one statement per row on the server (parsed, planned and run
each time: three quarters of the database's work in the webhook benchmark came from such per-row
updates). There the rows travel as one array per column and `unnest` turns them back into rows, so a
batch costs one statement. SQLite runs in the process, where an executemany is already cheap.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, TableValuedAlias, TextClause, bindparam, column, func, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql.psycopg import dialect as postgresql_dialect
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import Update


@dataclass(frozen=True)
class RowsStatement:
    per_dialect: dict[str, Update | TextClause]
    parameters: tuple[str, ...]

    def run(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
        """Run the statement for every row (each a mapping from parameter name to value); returns how
        many rows of the table it changed."""
        if not rows:
            return 0
        if connection.dialect.name == "postgresql":
            arrays = {name: [row[name] for row in rows] for name in self.parameters}
            return connection.execute(self.per_dialect["postgresql"], arrays).rowcount
        return connection.execute(self.per_dialect["sqlite"], [dict(row) for row in rows]).rowcount


def rows_update(
    table: Table,
    match: Mapping[str, str],
    columns: Sequence[str],
    where: Sequence[ColumnElement[bool]] = (),
    fixed: Mapping[str, Any] | None = None,
) -> RowsStatement:
    """An UPDATE of `table`, built once: a row is the one whose columns equal the `match` parameters
    (parameter name -> column name), narrowed by `where`; it gets the `columns` from the parameters of
    the same names, and the `fixed` values."""
    fixed = dict(fixed or {})
    parameters = (*match, *columns)
    arrays = _as_arrays(table, {name: match.get(name, name) for name in parameters})
    postgresql = (
        update(table)
        .where(*[table.c[name] == arrays.c[parameter] for parameter, name in match.items()], *where)
        .values(**{name: arrays.c[name] for name in columns}, **fixed)
    )
    one_row = (
        update(table)
        .where(*[table.c[name] == bindparam(parameter) for parameter, name in match.items()], *where)
        .values(**{name: bindparam(name) for name in columns}, **fixed)
    )
    return RowsStatement({"postgresql": postgresql, "sqlite": one_row}, parameters)


def rows_insert(table: Table, columns: Sequence[str], skip_conflicts_on: Sequence[str]) -> RowsStatement:
    """An INSERT of rows with the given `columns` (parameters of the same names), built once; a row
    that would repeat a value of the `skip_conflicts_on` columns is left out. The models' Python-side
    defaults are not applied: give every column that needs a value. Written as text because SQLAlchemy
    does not cache its ON CONFLICT inserts, and compiled one on every run."""
    names, conflict = ", ".join(columns), f"ON CONFLICT ({', '.join(skip_conflicts_on)}) DO NOTHING"
    arrays = ", ".join(
        f"CAST(:{name} AS {table.c[name].type.compile(dialect=postgresql_dialect())}[])" for name in columns
    )
    postgresql = text(f"INSERT INTO {table.name} ({names}) SELECT * FROM unnest({arrays}) {conflict}").bindparams(
        *[bindparam(name, type_=ARRAY(table.c[name].type)) for name in columns]
    )
    values = ", ".join(f":{name}" for name in columns)
    one_row = text(f"INSERT INTO {table.name} ({names}) VALUES ({values}) {conflict}").bindparams(
        *[bindparam(name, type_=table.c[name].type) for name in columns]
    )
    # SQLAlchemy keeps the count of rows for UPDATE and DELETE only, unless asked.
    counted = {"preserve_rowcount": True}
    return RowsStatement(
        {"postgresql": postgresql.execution_options(**counted), "sqlite": one_row.execution_options(**counted)},
        tuple(columns),
    )


def _as_arrays(table: Table, parameters: Mapping[str, str]) -> TableValuedAlias:
    """unnest(:a, :b, ...) AS batch(a, b, ...): one array parameter per column (parameter name ->
    the column whose type it has), back into rows."""
    types = {name: table.c[column_name].type for name, column_name in parameters.items()}
    return (
        func.unnest(*[bindparam(name, type_=ARRAY(types[name])) for name in parameters])
        .table_valued(*[column(name, types[name]) for name in parameters])
        .render_derived(name="batch")
    )
