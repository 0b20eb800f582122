"""`flask --app app …` commands: init-db, worker (and, as they land, centers, staff, chat)."""

from __future__ import annotations

import signal
import threading

import click
from flask import Flask


def register_commands(app: Flask) -> None:
    @app.cli.command("init-db")
    def init_db() -> None:
        """Create the schema or upgrade it to the latest version (safe to run again)."""
        from models.schema import upgrade_database

        upgrade_database(app.extensions["bot_engine"])
        click.echo("database schema is up to date")

    @app.cli.command("worker")
    def worker() -> None:
        """Run the event and delivery workers and the scheduler, without the web part."""
        from bot.runtime import Runtime

        runtime = Runtime(app.config["BOT_SETTINGS"], app.extensions["bot_sessions"])
        stopped = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stopped.set())
        runtime.start()
        click.echo("workers running; Ctrl+C to stop")
        stopped.wait()
        runtime.stop()
