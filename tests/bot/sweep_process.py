"""A scheduler process for the exactly-once tests: waits for a common start, then runs a sweep (the
deadline sweep, or SWEEP_JOB=daily_digest) at each given moment until it finds nothing more to do, and
prints how much it did. With SWEEP_BARRIER (a directory) and SWEEP_PROCESSES, no process moves on to
the next moment before every process is done with this one: in production they share one clock,
while on a loaded machine one process could otherwise reach 07:00 while another still sweeps 23:30."""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text  # noqa: E402

from bot.jobs.daily_digest import send_daily_digests  # noqa: E402
from bot.jobs.deadline_alerts import send_deadline_alerts  # noqa: E402
from models.db import make_engine, make_session_factory  # noqa: E402


def main() -> None:
    sessions = make_session_factory(make_engine(os.environ["DATABASE_URL"]))
    moments = [datetime.fromisoformat(moment) for moment in os.environ["SWEEP_MOMENTS"].split(",")]
    batch = int(os.environ.get("SWEEP_BATCH", "5"))
    digest = os.environ.get("SWEEP_JOB") == "daily_digest"
    with sessions() as session:  # connected before the start, so that the processes overlap
        session.execute(text("SELECT 1"))
    time.sleep(max(float(os.environ["SWEEP_START_AT"]) - time.time(), 0))
    barrier = Path(os.environ["SWEEP_BARRIER"]) if os.environ.get("SWEEP_BARRIER") else None
    processes = int(os.environ.get("SWEEP_PROCESSES", "1"))
    done = 0
    for step, moment in enumerate(moments):
        idle = 0
        while idle < 3:  # a few sweeps more after an empty one: the others may still hold rows
            with sessions.begin() as session:
                if digest:
                    count = send_daily_digests(session, moment)
                else:
                    count = send_deadline_alerts(session, moment, batch=batch)
            done += count
            idle = idle + 1 if count == 0 else 0
        if barrier is not None:
            wait_for_the_others(barrier, processes, step)
    print(done)


def wait_for_the_others(barrier: Path, processes: int, step: int) -> None:
    (barrier / f"{step}.{os.getpid()}").touch()
    deadline = time.monotonic() + 60
    while len(list(barrier.glob(f"{step}.*"))) < processes:
        if time.monotonic() > deadline:
            raise SystemExit(f"the other sweep processes did not finish moment {step} within 60 s")
        time.sleep(0.02)


if __name__ == "__main__":
    main()
