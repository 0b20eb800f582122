"""Engines and sessions for SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, any_, create_engine, event, literal
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement


def make_engine(url: str, **kwargs: Any) -> Engine:
    # Error messages (and so tracebacks in logs) never carry the values of a statement: they are
    # names, phone numbers and descriptions.
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        return _make_sqlite_engine(url, **kwargs)
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    # No ping before every checkout: it would add a round trip to every short transaction. A
    # connection found dead invalidates the whole pool, and callers retry (see InboxWriter).
    kwargs.setdefault("pool_pre_ping", False)
    # An unreachable database host fails fast: workers retry, and the inbox writer's error reaches
    # the waiting webhook requests (503) instead of leaving its queue stuck behind a hung connect.
    #
    # No automatic prepared statements: psycopg would prepare a query after its fifth run, and
    # PostgreSQL may then keep one generic plan for it. A plan made while the outbox was nearly empty
    # (a fresh database, the quiet hours) stays in use when a burst fills it: the delivery claim
    # became a nested loop of sequential scans, 625 ms a claim with 3,000 rows waiting (measured).
    # Planned each time, it is an index scan that takes a fraction of a millisecond.
    # This also makes psycopg ignore execute(..., prepare=True). The webhook's insert, whose plan
    # cannot go wrong, is prepared through libpq on the inbox writer's own connection (models.inbox).
    kwargs.setdefault("connect_args", {"connect_timeout": 2, "prepare_threshold": None})
    return create_engine(url, **kwargs)


def _make_sqlite_engine(url: str, **kwargs: Any) -> Engine:
    database = url.split("///", 1)[-1] if "///" in url else ""
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself so that a transaction starts with a write lock
        # (BEGIN IMMEDIATE): readers never deadlock when they upgrade to writers.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Read-only sessions (see read_only_sessions) need no write lock and never wait for one.
        read_only = connection.get_execution_options().get("read_only", False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def own_autocommit_connection(engine: Engine) -> Any:
    """A driver connection of the caller's own, out of the pool (it never goes back with autocommit
    on), in autocommit mode: each statement is its own transaction, one round trip."""
    pooled = engine.raw_connection()
    pooled.detach()
    connection = pooled.dbapi_connection
    if engine.dialect.name == "postgresql":
        connection.autocommit = True
    # SQLite connections are in autocommit mode already (see _make_sqlite_engine).
    return connection


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def read_only_sessions(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    """Sessions for queries that write nothing: on SQLite they take no write lock."""
    engine = sessions.kw["bind"]
    return sessionmaker(engine.execution_options(read_only=True), expire_on_commit=False)


def is_postgresql(session_or_engine: Session | Engine) -> bool:
    bind = session_or_engine.get_bind() if isinstance(session_or_engine, Session) else session_or_engine
    return bind.dialect.name == "postgresql"


def one_of(session: Session, column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """`column IN (values)`, as one array parameter on PostgreSQL (`= ANY(...)`): a long IN list is a
    new statement for every length, which the driver parses again (a 1,000-value list cost tens of
    milliseconds in psycopg) and the server plans again."""
    values = list(values)
    if is_postgresql(session):
        return column == any_(literal(values, ARRAY(column.type)))
    return column.in_(values)


def make_probe_engine(url: str, timeout_seconds: float) -> Engine:
    """An engine that opens a fresh connection for every use (readiness checks): it answers whether
    the database can be reached now, not whether a pooled connection is still open. SQLite is
    opened read-write without creating the file, so a missing database is an error."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            parsed = parsed.set(database=f"file:{database}", query={**parsed.query, "mode": "rw", "uri": "true"})
        return create_engine(parsed, poolclass=NullPool, connect_args={"timeout": timeout_seconds})
    return create_engine(
        parsed,
        poolclass=NullPool,
        hide_parameters=True,
        connect_args={"connect_timeout": max(1, round(timeout_seconds))},
    )
