"""`flask --app app stats refresh [--full]`: bring the materialised public statistics up to date now
(the worker does it every STATS_REFRESH_SECONDS; after restoring a backup or raising STATS_MONTHS,
`--full` recomputes every month of the period)."""

from __future__ import annotations

import time

import click
from flask import Flask

from dispatch.stats_refresh import refresh_statistics
from models.base import utcnow


def register_stats_commands(app: Flask) -> None:
    stats = click.Group("stats", help="Public statistics (/stats and open data).")

    @stats.command("refresh")
    @click.option("--full", is_flag=True, help="recompute every month of the period, not only what changed")
    def refresh_command(full: bool) -> None:
        """Recompute the sums of the months and provinces whose cases changed (or all, with --full)."""
        started = time.perf_counter()
        months = app.config["BOT_SETTINGS"].stats_months
        with app.extensions["bot_sessions"].begin() as session:
            read = refresh_statistics(session, utcnow(), months, everything=full)
        click.echo(f"statistics refreshed: {read} cases read in {time.perf_counter() - started:.1f} s")

    app.cli.add_command(stats)
