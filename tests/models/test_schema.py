"""The migrations build the schema the models describe, on SQLite and PostgreSQL, idempotently."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from models.base import Base
from models.schema import upgrade_database


def test_upgrade_from_empty_creates_every_table(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_twice_changes_nothing(engine: Engine) -> None:
    before = {name: inspect(engine).get_columns(name) for name in Base.metadata.tables}
    upgrade_database(engine)
    inspector = inspect(engine)
    after = {name: inspector.get_columns(name) for name in Base.metadata.tables}
    assert [c["name"] for t in before.values() for c in t] == [c["name"] for t in after.values() for c in t]


def test_init_db_command_is_idempotent(database_url: str) -> None:
    from app import create_app

    app = create_app({"database_url": database_url})
    runner = app.test_cli_runner()
    first = runner.invoke(args=["init-db"])
    second = runner.invoke(args=["init-db"])
    app.extensions["bot_engine"].dispose()
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert "up to date" in second.output


def test_the_queues_statistics_are_renewed_after_hundreds_of_changes(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("only PostgreSQL plans from table statistics kept by autovacuum")
    with engine.connect() as connection:
        options = dict(
            connection.execute(
                text(
                    "SELECT relname, reloptions FROM pg_class WHERE relname IN ('inbound_events', 'outbound_messages')"
                )
            ).all()
        )
    for table in ("inbound_events", "outbound_messages"):
        assert "autovacuum_analyze_threshold=500" in options[table]
        assert "autovacuum_analyze_scale_factor=0.02" in options[table]
