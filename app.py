"""Application factory, command-line commands, and `python app.py` (everything in one process)."""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

from flask import Flask

from bot.ops.logs import configure_logging
from config import Settings, SettingsError, settings_from_env
from models.db import make_engine, make_session_factory


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The web part: POST /callback, GET /healthz, /readyz, /metrics, signed photo links (GET /media/<token>)
    and the web console (/console/, web/). Workers run via `worker` or `python app.py`."""
    from bot.web.health import Readiness
    from bot.web.health import blueprint as health_blueprint
    from bot.web.inbox_writer import InboxWriter
    from bot.web.media_links import blueprint as media_blueprint
    from bot.web.metrics import blueprint as metrics_blueprint
    from bot.web.metrics import database_registry
    from bot.web.webhook import blueprint as webhook_blueprint
    from cli import register_commands
    from web.console import register as register_console
    from web.referrals import register as register_referrals
    from web.register import register as register_register_pages

    settings = load_settings().with_overrides(config)
    configure_logging(settings.log_level)
    app = Flask(__name__, instance_relative_config=True)
    app.config["BOT_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = None  # the webhook enforces its own limit before reading
    engine = make_engine(settings.database_url)
    app.extensions["bot_engine"] = engine
    app.extensions["bot_sessions"] = make_session_factory(engine)
    app.extensions["bot_wakeup"] = threading.Event()
    app.extensions["bot_inbox"] = InboxWriter(engine)
    app.extensions["bot_readiness"] = Readiness(settings)
    app.extensions["bot_metrics_database"] = database_registry(
        app.extensions["bot_sessions"], settings.heartbeat_stale_seconds
    )
    if not settings.line_channel_secret:
        logging.getLogger("bot").error("LINE_CHANNEL_SECRET is not set: every webhook will be refused")
    app.register_blueprint(webhook_blueprint)
    app.register_blueprint(media_blueprint)
    app.register_blueprint(health_blueprint)
    app.register_blueprint(metrics_blueprint)
    register_console(app)
    register_register_pages(app)
    register_referrals(app)
    register_commands(app)
    register_open311(app)
    return app


def register_open311(app: Flask) -> None:
    """Open311 GeoReport v2 under /open311/v2/, the `partners` commands, public statistics and open
    data under /stats and the `stats` command (issue 20)."""
    from web.open311 import blueprint as open311_blueprint
    from web.open311.commands import register_partner_commands
    from web.public import blueprint as public_blueprint
    from web.public.commands import register_stats_commands

    app.register_blueprint(open311_blueprint)
    app.register_blueprint(public_blueprint)
    register_partner_commands(app)
    register_stats_commands(app)


def load_settings() -> Settings:
    """The settings from the environment; a bad one stops the start (web, worker, any command) with
    a log line and a message naming the variable."""
    try:
        return settings_from_env()
    except SettingsError as error:
        configure_logging()
        logging.getLogger("bot").critical(json.dumps({"settings": "invalid", "problems": error.problems}))
        raise SystemExit(str(error)) from None


def main() -> None:
    from bot.dev.simulator import run_everything

    run_everything(load_settings(), create_app)


if __name__ == "__main__":
    main()


__all__ = ["Settings", "create_app", "main"]
