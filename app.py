"""Application factory, command-line commands, and `python app.py` (everything in one process)."""

from __future__ import annotations

import logging
import threading
from typing import Any

from flask import Flask, jsonify

from config import Settings, settings_from_env
from models.db import make_engine, make_session_factory


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The web part: POST /callback, GET /healthz and signed photo links (GET /media/<token>).
    Workers run via `worker` or `python app.py`."""
    from bot.inbox_writer import InboxWriter
    from bot.media_links import blueprint as media_blueprint
    from bot.webhook import blueprint as webhook_blueprint
    from cli import register_commands

    settings = settings_from_env().with_overrides(config)
    configure_logging()
    app = Flask(__name__, instance_relative_config=True)
    app.config["BOT_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = None  # the webhook enforces its own limit before reading
    engine = make_engine(settings.database_url)
    app.extensions["bot_engine"] = engine
    app.extensions["bot_sessions"] = make_session_factory(engine)
    app.extensions["bot_wakeup"] = threading.Event()
    app.extensions["bot_inbox"] = InboxWriter(engine)
    if not settings.line_channel_secret:
        logging.getLogger("bot").error("LINE_CHANNEL_SECRET is not set: every webhook will be refused")
    app.register_blueprint(webhook_blueprint)
    app.register_blueprint(media_blueprint)

    @app.get("/healthz")
    def healthz() -> Any:
        return jsonify(status="ok")

    register_commands(app)
    return app


def configure_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")


def main() -> None:
    from bot.simulator import run_everything

    run_everything(settings_from_env())


if __name__ == "__main__":
    main()


__all__ = ["Settings", "create_app", "main"]
