"""`flask --app app schedule status`: every job, its last run (what it did, where) and its next run."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.speech.thai_dates import BANGKOK
from bot.workers.runtime import scheduled_jobs
from config import Settings
from dispatch.scheduler import Job, run_job
from models.base import utcnow
from tests.bot.scenes import KHON_KAEN, add_case, add_center
from tests.helpers import invoke


def _fails(session, now):  # noqa: ANN001, ANN202
    raise RuntimeError("the database said something with a name in it: ยายสมศรี")


def test_status_lists_every_job_with_its_last_run_and_next_run(database_url: str, sessions) -> None:
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_case(sessions, "SC-STATUS-0001", "urgent", utcnow() - timedelta(minutes=90))
    jobs = {job.name: job for job in scheduled_jobs(Settings(database_url=database_url))}
    at = utcnow() - timedelta(seconds=10)

    # Nobody staffs the center or supervises its area: each of the three levels is recorded at once.
    assert run_job(sessions, jobs["deadline_alerts"], lambda: at) == 3
    with pytest.raises(RuntimeError):
        run_job(sessions, Job("reporter_news", timedelta(seconds=30), _fails), lambda: at)

    result = invoke(database_url, "schedule", "status")
    assert result.exit_code == 0, result.output
    blocks = {block.split(":", 1)[0]: block for block in result.output.strip().split("\n") if not block.startswith(" ")}
    assert set(blocks) >= {"housekeeping", "reporter_news", "deadline_alerts"}
    sections = result.output.split("\n")
    deadline = sections[sections.index("deadline_alerts: every 0:01:00") + 1 :][:3]
    shown = f"{at.astimezone(BANGKOK):%Y-%m-%d %H:%M:%S}"
    assert deadline[0].startswith(f"  last run: {shown} (Bangkok) on ") and deadline[0].endswith("ok, 3 done")
    assert deadline[1] == f"  next run: {(at + timedelta(minutes=1)).astimezone(BANGKOK):%Y-%m-%d %H:%M:%S} (Bangkok)"
    assert deadline[2] == "  last 24 h: 1 run(s), 0 failed"
    news = sections[sections.index("reporter_news: every 0:00:30") + 1 :][:3]
    assert news[0].endswith("failed: RuntimeError") and "ยาย" not in result.output, "the error's type, no message"
    assert news[2] == "  last 24 h: 1 run(s), 1 failed"
    housekeeping = sections[sections.index("housekeeping: every 1:00:00") + 1]
    assert housekeeping.startswith("  last run: never")
