"""One log format for every process (web, gunicorn, workers, scheduler, commands): one JSON object
per line on standard error, with time (UTC), level, logger, process id and message. The app writes
its own events as JSON objects (ids, counts and timings, never message text, names or phone
numbers); those are merged into the line instead of being quoted inside it."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from pythonjsonlogger.json import JsonFormatter

# APScheduler says INFO for every job added and every run ("Added job", "Running job", "executed
# successfully"); runs are logged by dispatch.scheduler with their names and timings instead.
QUIET_LOGGERS = {"apscheduler": logging.WARNING}
RESERVED = ("time", "level", "logger", "process")


class JsonLines(JsonFormatter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(*args, **kwargs)

    def add_fields(self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]) -> None:
        super().add_fields(log_data, record, message_dict)
        log_data["time"] = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
        log_data["level"] = record.levelname
        log_data["logger"] = record.name
        log_data["process"] = record.process
        message = log_data.get("message")
        if isinstance(message, str) and message.startswith("{"):
            try:
                parsed = json.loads(message)
            except ValueError:
                return
            if isinstance(parsed, dict):
                del log_data["message"]
                log_data.update({key: value for key, value in parsed.items() if key not in RESERVED})


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (test runners swap it)."""

    def __init__(self) -> None:
        super().__init__()

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def json_handler() -> logging.Handler:
    handler = StderrHandler()
    handler.setFormatter(JsonLines())
    handler.set_name("bot-json")
    return handler


def configure_logging(level: str = "INFO") -> None:
    """Root logger: one JSON-lines handler (added once per process), at `level`."""
    root = logging.getLogger()
    if not any(handler.get_name() == "bot-json" for handler in root.handlers):
        root.addHandler(json_handler())
    root.setLevel(level.upper())
    for name, quiet in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(max(quiet, root.level))


def gunicorn_logconfig(level: str = "INFO") -> dict[str, Any]:
    """gunicorn's `logconfig_dict`: its error and access logs in the same format (deploy/gunicorn.conf.py).
    The root logger is left to create_app (configure_logging)."""
    handler = {"class": "bot.ops.logs.StderrHandler", "formatter": "json"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "bot.ops.logs.JsonLines"}},
        "handlers": {"json": handler},
        # gunicorn merges this into its defaults, whose root logger names a handler replaced here.
        "root": {"level": level.upper(), "handlers": []},
        "loggers": {
            "gunicorn.error": {"level": level.upper(), "handlers": ["json"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["json"], "propagate": False},
        },
    }


# gunicorn's access line as a JSON object (merged into the log line): the path without its query.
GUNICORN_ACCESS_FORMAT = '{"access": "%(m)s %(U)s", "status": %(s)s, "bytes": "%(B)s", "ms": %(M)s, "remote": "%(h)s"}'
