"""A scheduler process for the exactly-once tests: waits for a common start, then runs a sweep (the
deadline sweep, or SWEEP_JOB=daily_digest) at each given moment until it finds nothing more to do, and
prints how much it did."""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text  # noqa: E402

from bot.daily_digest import send_daily_digests  # noqa: E402
from bot.deadline_alerts import send_deadline_alerts  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402


def main() -> None:
    sessions = make_session_factory(make_engine(os.environ["DATABASE_URL"]))
    moments = [datetime.fromisoformat(moment) for moment in os.environ["SWEEP_MOMENTS"].split(",")]
    batch = int(os.environ.get("SWEEP_BATCH", "5"))
    digest = os.environ.get("SWEEP_JOB") == "daily_digest"
    with sessions() as session:  # connected before the start, so that the processes overlap
        session.execute(text("SELECT 1"))
    time.sleep(max(float(os.environ["SWEEP_START_AT"]) - time.time(), 0))
    done = 0
    for moment in moments:
        idle = 0
        while idle < 3:  # a few sweeps more after an empty one: the others may still hold rows
            with sessions.begin() as session:
                if digest:
                    count = send_daily_digests(session, moment)
                else:
                    count = send_deadline_alerts(session, moment, batch=batch)
            done += count
            idle = idle + 1 if count == 0 else 0
    print(done)


if __name__ == "__main__":
    main()
