"""The daily digest (issue 6 item 4) and the message budget (item 6), driven by an injected clock.

Sweeps are called with `now` values in the past (cases are made back in time), because the delivery
worker, on the real clock, sends an outbox row once its `next_attempt_at` (the sweep's `now`) has come.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.jobs.daily_digest import send_daily_digests
from bot.jobs.deadline_alerts import send_deadline_alerts
from config import PROJECT_ROOT
from dispatch.deadlines import BANGKOK
from models.base import utcnow
from models.cases import CaseStatus
from models.centers import Center, StaffRole
from models.digests import Digest
from models.messaging import OutboundMessage, OutboundStatus
from models.users import get_or_create_user
from tests.bot.chat import Chat, settle
from tests.bot.scenes import (
    CHIANG_MAI,
    KHON_KAEN,
    REPORTER,
    add_case,
    add_center,
    add_supervisor,
    alerts_about,
    enrol_staff,
    pushes,
)
from tests.conftest import database_kind
from tests.factories import new_case

pytestmark = pytest.mark.in_process

STAFF_A = "Ustaffkk0000000000000000000000001"
STAFF_B = "Ustaffkk0000000000000000000000002"
STAFF_CM = "Ustaffcm0000000000000000000000001"
DISTRICT_SUP = "Usupdistrict00000000000000000001"  # district 4001: KK01's and KK02's
OTHER_SUP = "Usupdistrict00000000000000000050"  # district 5001: CM01's


def _bangkok(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BANGKOK).astimezone(UTC)


def _centers_and_people(bot) -> None:
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(bot.sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    # KK02 has no staff: no digest of its own, but its cases count in the district supervisor's.
    add_center(bot.sessions, "KK02", "ศูนย์ช่วยเหลือสังคมตำบลศิลา", "400102", KHON_KAEN, "043000002")
    for center, staff in (("KK01", STAFF_A), ("KK01", STAFF_B), ("CM01", STAFF_CM)):
        enrol_staff(bot, center, staff)
    add_supervisor(bot.sessions, DISTRICT_SUP, StaffRole.DISTRICT_SUPERVISOR, "4001")
    add_supervisor(bot.sessions, OTHER_SUP, StaffRole.DISTRICT_SUPERVISOR, "5001")


def _cases(bot, day: date) -> None:
    """Cases in several states around yesterday (`day` - 1), Thai calendar days."""
    yesterday, before = day - timedelta(days=1), day - timedelta(days=2)
    with bot.sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, _bangkok(before, 0))
        session.flush()
        kk01, cm01, kk02 = (
            session.scalars(select(Center).where(Center.code == code)).one() for code in ("KK01", "CM01", "KK02")
        )

        def add(center: Center, reference: str, created: datetime, **fields: object) -> None:
            new_case(session, center, reporter.id, reference, created_at=created, **fields)

        # KK01: new yesterday 3 (00:00 counts, 23:59 the day before does not), resolved yesterday 1,
        # open 4 (assigned 3, acknowledged 1), overdue 2 (one not acknowledged, one not visited).
        add(kk01, "SC-DG-K1", _bangkok(yesterday, 11))  # due today 11:00: not overdue at 10:30
        add(kk01, "SC-DG-K2", _bangkok(yesterday, 9), urgency="urgent", ack_due_at=_bangkok(yesterday, 10))
        add(
            kk01,
            "SC-DG-K3",
            _bangkok(before, 8) - timedelta(days=1),
            status=CaseStatus.RESOLVED,
            resolved_at=_bangkok(yesterday, 15),
        )
        add(
            kk01,
            "SC-DG-K4",
            _bangkok(before, 8) - timedelta(days=1),
            status=CaseStatus.ACKNOWLEDGED,
            ack_due_at=_bangkok(before, 12),
            visit_due_at=_bangkok(before, 20),
        )
        add(kk01, "SC-DG-K5", _bangkok(day, 7))
        add(kk01, "SC-DG-K6", _bangkok(before, 23, 59), status=CaseStatus.CLOSED, outcome="helped")
        add(kk01, "SC-DG-K7", _bangkok(yesterday, 0), status=CaseStatus.CANCELLED)
        # A case resolved the day before yesterday is not "resolved yesterday".
        add(
            kk01,
            "SC-DG-K8",
            _bangkok(before, 8) - timedelta(days=1),
            status=CaseStatus.RESOLVED,
            resolved_at=_bangkok(before, 23),
        )
        # CM01: one new yesterday, open, not overdue.
        add(cm01, "SC-DG-C1", _bangkok(yesterday, 12))
        # KK02 (no staff): one new yesterday, overdue.
        add(kk02, "SC-DG-S1", _bangkok(yesterday, 1), ack_due_at=_bangkok(yesterday, 2))


def _walk(node: object, found: list[dict]) -> None:
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            _walk(value, found)
    elif isinstance(node, list):
        for value in node:
            _walk(value, found)


def digest_figures(message: dict) -> dict[str, str]:
    """The label → value rows of a digest card, plus its title, lines and buttons."""
    nodes: list[dict] = []
    _walk(message, nodes)
    rows = {}
    for node in nodes:
        if node.get("layout") == "baseline":
            label, value = (item["text"] for item in node["contents"])
            rows[label] = value
    rows["_texts"] = "\n".join(node["text"] for node in nodes if node.get("type") == "text")
    rows["_buttons"] = "|".join(
        f"{node['action']['label']}={node['action']['data']}" for node in nodes if node.get("type") == "button"
    )
    return rows


def digests_to(bot, line_id: str) -> list[dict[str, str]]:
    return [
        digest_figures(messages[0])
        for messages in pushes(bot, line_id)
        if messages[0]["type"] == "flex" and "สรุปประจำวัน" in messages[0]["altText"]
    ]


def digest_sweep(bot, at: datetime) -> int:
    with bot.sessions.begin() as session:
        count = send_daily_digests(session, at)
    settle(bot)
    return count


@pytest.fixture
def digest_bot(bot):
    _centers_and_people(bot)
    return bot


def test_the_digest_matches_the_cases_once_per_center_and_supervisor_a_day(digest_bot) -> None:
    bot = digest_bot
    day = utcnow().astimezone(BANGKOK).date() - timedelta(days=1)  # its 08:00 has passed for sure
    _cases(bot, day)

    assert digest_sweep(bot, _bangkok(day, 7, 59)) == 0, "nothing before 08:00"
    assert digest_sweep(bot, _bangkok(day, 10, 30)) == 4, "KK01, CM01, two supervisors (sent late: was down)"
    for moment in (_bangkok(day, 10, 35), _bangkok(day, 18), _bangkok(day, 23, 59)):
        assert digest_sweep(bot, moment) == 0, "once a day"

    (kk01,) = digests_to(bot, STAFF_A)
    assert digests_to(bot, STAFF_B) == [kk01], "the same digest to every staff member of the center"
    multicasts = [call for call in bot.line.calls(path_prefix="/v2/bot/message/multicast") if "สรุปประจำวัน" in str(call)]
    assert len(multicasts) == 1 and sorted(multicasts[0]["body"]["to"]) == [STAFF_A, STAFF_B], "one multicast"
    assert kk01["ขอบเขต"] == "ศูนย์ช่วยเหลือสังคมตำบลในเมือง"
    assert (kk01["เรื่องใหม่เมื่อวาน"], kk01["ช่วยเหลือแล้วเมื่อวาน"]) == ("3 เรื่อง", "1 เรื่อง")
    assert (kk01["ยังดำเนินการอยู่"], kk01["เกินกำหนด"]) == ("4 เรื่อง", "2 เรื่อง")
    assert "อรุณสวัสดิ์ค่ะ" in kk01["_texts"] and "งดส่ง" not in kk01["_texts"]
    assert "เคสเกินกำหนด=action=overdue" in kk01["_buttons"]

    (cm01,) = digests_to(bot, STAFF_CM)
    assert [cm01[key] for key in ("เรื่องใหม่เมื่อวาน", "ช่วยเหลือแล้วเมื่อวาน", "ยังดำเนินการอยู่", "เกินกำหนด")] == [
        "1 เรื่อง",
        "0 เรื่อง",
        "1 เรื่อง",
        "0 เรื่อง",
    ]
    (district,) = digests_to(bot, DISTRICT_SUP)
    assert district["ขอบเขต"] == "ทุกศูนย์ในความดูแลของคุณ"
    assert [district[key] for key in ("เรื่องใหม่เมื่อวาน", "ช่วยเหลือแล้วเมื่อวาน", "ยังดำเนินการอยู่", "เกินกำหนด")] == [
        "4 เรื่อง",
        "1 เรื่อง",
        "5 เรื่อง",
        "3 เรื่อง",
    ], "KK01 and KK02 (the center without staff) together"
    (other,) = digests_to(bot, OTHER_SUP)
    assert other["เรื่องใหม่เมื่อวาน"] == "1 เรื่อง" and other["ยังดำเนินการอยู่"] == "1 เรื่อง"

    # The button opens the overdue list of the one who taps it.
    staff = Chat(bot, STAFF_A)
    staff.postback("action=overdue")
    assert "SC-DG-K2" in str(staff.last) and "SC-DG-K4" in str(staff.last) and "SC-DG-S1" not in str(staff.last)

    # The next day's digest comes at its own 08:00, not before.
    assert digest_sweep(bot, _bangkok(day + timedelta(days=1), 7, 0)) == 0
    with bot.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Digest)) == 4


def test_several_scheduler_processes_send_each_digest_once(digest_bot, database_url: str, tmp_path: Path) -> None:
    if database_kind() != "postgresql":
        pytest.skip("several scheduler processes need PostgreSQL; the embedded SQLite default runs one process")
    bot = digest_bot
    day = utcnow().astimezone(BANGKOK).date() - timedelta(days=1)
    _cases(bot, day)
    moments = [_bangkok(day, 8), _bangkok(day, 8, 5), _bangkok(day, 12)]
    start_at = time.time() + 3.0
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "SWEEP_MOMENTS": ",".join(moment.isoformat() for moment in moments),
            "SWEEP_START_AT": str(start_at),
            "SWEEP_JOB": "daily_digest",
            "SWEEP_BARRIER": str(tmp_path),
            "SWEEP_PROCESSES": "3",
        }
    )
    processes = [
        subprocess.Popen(
            [sys.executable, str(PROJECT_ROOT / "tests" / "bot" / "sweep_process.py")],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [process.communicate(timeout=120) for process in processes]
    assert all(process.returncode == 0 for process in processes), [error[-2000:] for _, error in results]
    settle(bot)
    assert sum(int(out.strip()) for out, _ in results) == 4, "four digests between the three processes"
    for line_id in (STAFF_A, STAFF_B, STAFF_CM, DISTRICT_SUP, OTHER_SUP):
        assert len(digests_to(bot, line_id)) == 1, line_id


def _outbox(bot, status: str) -> int:
    with bot.sessions() as session:
        query = select(func.count()).select_from(OutboundMessage).where(OutboundMessage.status == status)
        return session.scalar(query) or 0


def test_a_nearly_exhausted_quota_sends_urgent_messages_and_holds_and_counts_the_others(make_bot) -> None:
    bot = make_bot(quota_check_seconds=0.0)
    _centers_and_people(bot)
    bot.line.set_quota(1000, used=950)  # 50 left: under 10% and under 100
    moment = _bangkok(utcnow().astimezone(BANGKOK).date() - timedelta(days=2), 12)  # daytime: no quiet hours
    add_case(bot.sessions, "SC-BUDGET-N1", "normal", moment - timedelta(hours=25))  # reminder only
    add_case(bot.sessions, "SC-BUDGET-U1", "urgent", moment - timedelta(minutes=70))  # urgent reminder
    add_case(bot.sessions, "SC-BUDGET-N2", "normal", moment - timedelta(hours=50))  # reminder + district

    with bot.sessions.begin() as session:
        send_deadline_alerts(session, moment)
    settle(bot)

    assert len(alerts_about(bot, STAFF_A, "SC-BUDGET-U1")) == 1, "an urgent case's reminder goes"
    assert len(alerts_about(bot, STAFF_B, "SC-BUDGET-U1")) == 1
    assert len(alerts_about(bot, DISTRICT_SUP, "SC-BUDGET-N2")) == 1, "an escalation goes"
    for line_id in (STAFF_A, STAFF_B):
        assert alerts_about(bot, line_id, "SC-BUDGET-N1") == [] and alerts_about(bot, line_id, "SC-BUDGET-N2") == []
    assert _outbox(bot, OutboundStatus.HELD) == 2, "the two normal reminders are held, not dropped"
    assert _outbox(bot, OutboundStatus.FAILED) == 0

    # The next digest says so, and goes itself however low the quota is.
    digest_day = moment.astimezone(BANGKOK).date() + timedelta(days=1)
    digest_sweep(bot, _bangkok(digest_day, 8))
    (kk01,) = digests_to(bot, STAFF_A)
    assert "มีข้อความแจ้งเตือน 2 รายการที่งดส่งเพื่อประหยัดโควตาข้อความรายเดือน" in kk01["_texts"]
    (district,) = digests_to(bot, DISTRICT_SUP)
    assert "งดส่ง" not in district["_texts"], "nothing was held for the supervisor"

    # สรุปวันนี้ shows the budget and what was held (a reply: free, never held).
    staff = Chat(bot, STAFF_A)
    staff.say("สรุปวันนี้")
    summary = staff.texts()
    found = re.search(r"ใช้ไป ([\d,]+) จาก 1,000 ข้อความ เหลือ ([\d,]+)", summary)
    assert found, summary
    used, left = (int(value.replace(",", "")) for value in found.groups())
    assert used >= 950 and used + left == 1000
    assert "โควตาใกล้หมดแล้วค่ะ" in summary
    assert "ข้อความที่งดส่งเพื่อประหยัดโควตาในเดือนนี้: 2 รายการ" in summary

    # The quota recovers (a new month, or a larger plan): new messages go again; the held ones stay
    # counted, and are not replayed.
    bot.line.set_quota(None)
    add_case(bot.sessions, "SC-BUDGET-N3", "normal", moment - timedelta(hours=24, minutes=30))
    with bot.sessions.begin() as session:
        send_deadline_alerts(session, moment + timedelta(minutes=10))
    settle(bot)
    assert len(alerts_about(bot, STAFF_A, "SC-BUDGET-N3")) == 1
    assert alerts_about(bot, STAFF_A, "SC-BUDGET-N1") == []
    assert _outbox(bot, OutboundStatus.HELD) == 2
    staff.say("สรุปวันนี้")
    assert "โควตาข้อความเดือนนี้: ไม่จำกัด" in staff.texts() and "โควตาใกล้หมด" not in staff.texts()
