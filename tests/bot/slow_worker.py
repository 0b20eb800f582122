"""A worker process whose handler is slow, so a test can kill it in the middle of an event."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.handlers import make_event_handler  # noqa: E402
from bot.line.line_client import LineClient  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.workers.runtime import Runtime  # noqa: E402
from config import settings_from_env  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402


def main() -> None:
    settings = settings_from_env()
    # A short lease so that rows this process claims and never finishes are taken over quickly.
    settings = settings.with_overrides(
        {
            "run_scheduler": False,
            "event_threads": 2,
            "delivery_threads": 1,
            "delivery_lease_seconds": 3.0,
            "line_read_timeout_seconds": 1.0,
            "line_connect_timeout_seconds": 0.5,
        }
    )
    delay = float(os.environ["SLOW_HANDLER_SECONDS"])
    real = make_event_handler(Services(settings, LineClient(settings)))

    def slow(session, row, now):  # noqa: ANN001, ANN202
        real(session, row, now)
        time.sleep(delay)  # the changes are made but not committed yet: the worst moment to die

    sessions = make_session_factory(make_engine(settings.database_url))
    Runtime(settings, sessions, handler=slow).start()
    threading.Event().wait()


if __name__ == "__main__":
    main()
