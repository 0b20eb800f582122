"""Worker processes started beside a test (for races between processes), and the data they race over."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from models.base import utcnow
from models.centers import Center, StaffMembership, StaffRole
from models.users import get_or_create_user
from tests.bot.scenes import KHON_KAEN, REPORTER, add_center
from tests.conftest import ACCESS_TOKEN, CHANNEL_SECRET
from tests.factories import new_case

CASES = 6


STAFF = ("Uracer0000000000000000000000000a1", "Uracer0000000000000000000000000b2")


def _prepare(sessions) -> list[str]:
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    now = utcnow()
    references = [f"SC-RACE-{index:04d}" for index in range(CASES)]
    with sessions.begin() as session:
        center = session.scalars(select(Center)).one()
        for line_id in STAFF:
            user = get_or_create_user(session, line_id, now)
            session.add(StaffMembership(user_id=user.id, center_id=center.id, role=StaffRole.STAFF, created_at=now))
        reporter = get_or_create_user(session, REPORTER, now)
        for reference in references:
            new_case(session, center, reporter.id, reference, urgency="urgent", ack_due_at=now + timedelta(hours=1))
    return references


PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _worker_process(database_url: str, emulator_url: str, slow: float) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
            "LINE_API_BASE_URL": emulator_url,
            "LINE_DATA_API_BASE_URL": emulator_url,
            "SLOW_HANDLER_SECONDS": str(slow),
        }
    )
    return subprocess.Popen(
        [sys.executable, str(PROJECT_ROOT / "tests" / "bot" / "slow_worker.py")],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
