"""`flask --app app db current|history|upgrade|downgrade`: the schema version seen and changed with
Alembic underneath; init-db still works."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from app import create_app
from models.db import make_engine
from models.schema import head_revision


def invoke(database_url: str, *args: str, input: str | None = None):  # noqa: A002 - click's name
    app = create_app({"database_url": database_url})
    try:
        return app.test_cli_runner().invoke(args=list(args), input=input)
    finally:
        app.extensions["bot_engine"].dispose()


def tables(database_url: str) -> set[str]:
    engine = make_engine(database_url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_current_upgrade_history_on_an_empty_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    head = head_revision()
    assert "empty database" in invoke(url, "db", "current").stdout
    upgraded = invoke(url, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert f"database schema at {head}" in upgraded.stdout
    assert invoke(url, "db", "current").stdout.strip() == f"{head} (head)"
    assert invoke(url, "db", "current", "--check").exit_code == 0
    history = invoke(url, "db", "history").stdout
    assert f"-> {head} (head) (current)" in history
    assert "<base> -> 0001" in history
    assert "up to date" in invoke(url, "init-db").output


def test_downgrade_asks_drops_and_upgrade_brings_back(database_url: str) -> None:
    head = head_revision()
    before_operations = "0011"  # the revision before worker_heartbeats was created
    refused = invoke(database_url, "db", "downgrade", before_operations, input="n\n")
    assert refused.exit_code != 0 and "Aborted" in refused.output
    assert "worker_heartbeats" in tables(database_url)
    try:
        down = invoke(database_url, "db", "downgrade", "--yes", before_operations)
        assert down.exit_code == 0, down.output
        assert "worker_heartbeats" not in tables(database_url)
        assert invoke(database_url, "db", "current", "--check").exit_code == 1
        current = invoke(database_url, "db", "current").stdout
        assert current.startswith(f"{before_operations} (the latest is {head}") and "db upgrade" in current
    finally:
        up = invoke(database_url, "db", "upgrade")
    assert up.exit_code == 0, up.output
    assert f"database schema at {head}" in up.stdout
    assert "worker_heartbeats" in tables(database_url)
