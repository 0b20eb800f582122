"""The same UPDATE for many rows, each with its own values, in one statement where the database allows.

On PostgreSQL an executemany is still one statement per row on the server (parsed, planned and run
each time: three quarters of the database's work in the webhook benchmark came from such per-row
updates). There the rows travel as one array per column and `unnest` turns them back into rows, so a
batch costs one statement. SQLite runs in the process, where an executemany is already cheap.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, column, func, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import Update


@dataclass(frozen=True)
class RowsUpdate:
    per_dialect: dict[str, Update]
    parameters: tuple[str, ...]

    def run(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
        """Apply the update to every row (each a mapping from parameter name to value); returns how
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
) -> RowsUpdate:
    """An UPDATE of `table`, built once: a row is the one whose columns equal the `match` parameters
    (parameter name -> column name), narrowed by `where`; it gets the `columns` from the parameters of
    the same names, and the `fixed` values."""
    fixed = dict(fixed or {})
    parameters = (*match, *columns)
    types = {name: table.c[match.get(name, name)].type for name in parameters}
    arrays = (
        func.unnest(*[bindparam(name, type_=ARRAY(types[name])) for name in parameters])
        .table_valued(*[column(name, types[name]) for name in parameters])
        .render_derived(name="batch")
    )
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
    return RowsUpdate({"postgresql": postgresql, "sqlite": one_row}, parameters)
