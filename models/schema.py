"""Create or upgrade the schema with Alembic; idempotent."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config(stdout=sys.stdout)  # the stream of now: Config's default is the one at import
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def run_alembic(engine: Engine, action: Callable[[Config], None]) -> None:
    """Run an Alembic command (`action(config)`) on one connection of `engine`, in one transaction."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        action(config)


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    run_alembic(engine, lambda config: command.upgrade(config, revision))


@cache
def head_revision() -> str | None:
    """The newest migration on disk. Read once per process: loading every migration script costs
    about 50 ms, each app's readiness check asks, and the scripts do not change under a running
    process (a deploy restarts it)."""
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's schema version; None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
