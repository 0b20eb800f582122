"""Deadline reminders and escalations, driven by an injected clock: who hears what, once, and when.

The sweeps are called with chosen `now` values in the past (cases are created back in time), because
the delivery worker sends an outbox row once its `next_attempt_at` (the sweep's `now`) has come.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.jobs.deadline_alerts import send_deadline_alerts
from bot.workers.runtime import scheduled_jobs
from config import PROJECT_ROOT
from dispatch.deadlines import BANGKOK
from models.base import utcnow
from models.cases import Case, CaseEvent
from models.centers import StaffMembership, StaffRole
from models.schedules import CaseAlert
from tests.bot.chat import Chat, settle
from tests.bot.scenes import (
    CHIANG_MAI,
    KHON_KAEN,
    add_case,
    add_center,
    add_supervisor,
    alerts_about,
    enrol_staff,
    pushes,
    report_case,
)
from tests.conftest import database_kind

pytestmark = pytest.mark.in_process

STAFF_A = "Ustaffkk0000000000000000000000001"
STAFF_B = "Ustaffkk0000000000000000000000002"
STAFF_CM = "Ustaffcm0000000000000000000000001"
DISTRICT_SUP = "Usupdistrict00000000000000000001"  # district 4001: KK01's
PROVINCE_SUP = "Usupprovince00000000000000000001"  # province 40: KK01's
OTHER_SUP = "Usupdistrict00000000000000000050"  # district 5001: CM01's, not KK01's
EVERYONE = (STAFF_A, STAFF_B, STAFF_CM, DISTRICT_SUP, PROVINCE_SUP, OTHER_SUP)


@pytest.fixture
def alert_bot(bot):
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(bot.sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    for center, staff in (("KK01", STAFF_A), ("KK01", STAFF_B), ("CM01", STAFF_CM)):
        enrol_staff(bot, center, staff)
    add_supervisor(bot.sessions, DISTRICT_SUP, StaffRole.DISTRICT_SUPERVISOR, "4001")
    add_supervisor(bot.sessions, PROVINCE_SUP, StaffRole.PROVINCE_SUPERVISOR, "40")
    add_supervisor(bot.sessions, OTHER_SUP, StaffRole.DISTRICT_SUPERVISOR, "5001")
    return bot


def sweep(bot, at: datetime) -> int:
    with bot.sessions.begin() as session:
        count = send_deadline_alerts(session, at)
    settle(bot)
    return count


def heard(bot, reference: str) -> dict[str, int]:
    return {line_id: len(alerts_about(bot, line_id, reference)) for line_id in EVERYONE}


def timeline(bot, reference: str) -> list[tuple[str, dict]]:
    with bot.sessions() as session:
        case_id = session.scalars(select(Case.id).where(Case.reference == reference)).one()
        events = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id))
        return [(event.kind, event.detail) for event in events]


def test_an_unacknowledged_urgent_case_reminds_at_1h_then_district_at_2h_then_province_at_4h_once_each(
    alert_bot,
) -> None:
    bot = alert_bot
    t0 = utcnow() - timedelta(hours=6)
    add_case(bot.sessions, "SC-URGENT-0001", "urgent", t0)
    nobody = dict.fromkeys(EVERYONE, 0)

    for minutes in (0, 30, 59):
        sweep(bot, t0 + timedelta(minutes=minutes))
    assert heard(bot, "SC-URGENT-0001") == nobody, "nothing before the deadline"

    for minutes in (60, 60, 61, 90, 119):
        sweep(bot, t0 + timedelta(minutes=minutes))
    reminded = {**nobody, STAFF_A: 1, STAFF_B: 1}
    assert heard(bot, "SC-URGENT-0001") == reminded, "nobody owns it: the center's staff, once"
    (reminder,) = pushes(bot, STAFF_A)[-1:]
    assert "ยังไม่มีใครรับเรื่อง" in reminder[0]["text"] and "ค่ะ" in reminder[0]["text"]
    card = str(reminder[1])
    assert "action=ack&case=SC-URGENT-0001" in card, "with the case card, to acknowledge at once"
    assert "ยายสมศรี" not in card and "0812345678" not in card, "and no personal data"

    for minutes in (120, 120, 150, 239):
        sweep(bot, t0 + timedelta(minutes=minutes))
    escalated = {**reminded, DISTRICT_SUP: 1}
    assert heard(bot, "SC-URGENT-0001") == escalated
    (district,) = alerts_about(bot, DISTRICT_SUP, "SC-URGENT-0001")
    assert "ระดับอำเภอ" in district and "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in district
    assert "action=ack&case=SC-URGENT-0001" in str(pushes(bot, DISTRICT_SUP)[-1])

    for minutes in (240, 240, 241, 300, 359):
        sweep(bot, t0 + timedelta(minutes=minutes))
    assert heard(bot, "SC-URGENT-0001") == {**escalated, PROVINCE_SUP: 1}
    assert "ระดับจังหวัด" in alerts_about(bot, PROVINCE_SUP, "SC-URGENT-0001")[0]

    assert [(kind, detail["level"], detail["deadline"]) for kind, detail in timeline(bot, "SC-URGENT-0001")] == [
        ("reminded", "center", "ack"),
        ("escalated", "district", "ack"),
        ("escalated", "province", "ack"),
    ]
    staff = Chat(bot, STAFF_A)
    staff.say("ค้นหาเคส")
    staff.say("SC-URGENT-0001")
    assert "แจ้งเตือนผู้รับผิดชอบว่าเกินกำหนด" in staff.texts(), "the timeline on the case card shows it"
    assert "แจ้งผู้กำกับดูแลว่าเกินกำหนด (ระดับอำเภอ)" in staff.texts()
    assert "แจ้งผู้กำกับดูแลว่าเกินกำหนด (ระดับจังหวัด)" in staff.texts()


def test_an_acknowledged_case_is_reminded_of_its_visit_only_and_the_owner_alone_hears_it(alert_bot) -> None:
    bot = alert_bot
    t0 = utcnow() - timedelta(hours=97)
    add_case(bot.sessions, "SC-URGENT-0002", "urgent", t0)
    sweep(bot, t0 + timedelta(hours=1))
    assert heard(bot, "SC-URGENT-0002")[STAFF_B] == 1

    Chat(bot, STAFF_A).postback("action=ack&case=SC-URGENT-0002")
    before = {line_id: len(bot.line.messages_to(line_id)) for line_id in EVERYONE}
    for hours in (2, 3, 4, 5, 23):
        sweep(bot, t0 + timedelta(hours=hours))
    assert {line_id: len(bot.line.messages_to(line_id)) for line_id in EVERYONE} == before, (
        "acknowledged: no more about acknowledging, and the visit is not due yet"
    )

    for hours in (24, 24, 47):
        sweep(bot, t0 + timedelta(hours=hours))
    (visit,) = [text for text in alerts_about(bot, STAFF_A, "SC-URGENT-0002") if "ยังไม่ได้นัดเยี่ยมบ้าน" in text]
    assert not [text for text in alerts_about(bot, STAFF_B, "SC-URGENT-0002") if "เยี่ยม" in text], "the owner only"
    for hours in (48, 60, 96, 96):
        sweep(bot, t0 + timedelta(hours=hours))
    for supervisor in (DISTRICT_SUP, PROVINCE_SUP):
        (escalation,) = alerts_about(bot, supervisor, "SC-URGENT-0002")
        assert "ยังไม่ได้นัดเยี่ยมบ้าน" in escalation

    alerts = [
        (kind, detail["level"], detail["deadline"])
        for kind, detail in timeline(bot, "SC-URGENT-0002")
        if "level" in detail
    ]
    assert alerts == [
        ("reminded", "center", "ack"),
        ("reminded", "center", "visit"),
        ("escalated", "district", "visit"),
        ("escalated", "province", "visit"),
    ]
    Chat(bot, STAFF_A).postback("action=status&case=SC-URGENT-0002&to=visiting")
    assert sweep(bot, t0 + timedelta(hours=97)) == 0


def test_a_level_with_nobody_in_it_is_recorded_and_the_next_level_told_at_once(alert_bot) -> None:
    bot = alert_bot
    t0 = utcnow() - timedelta(hours=6)
    add_case(bot.sessions, "SC-NOSTAFF-001", "urgent", t0, center_code="CM01")
    with bot.sessions.begin() as session:  # CM01's only staff member has left
        session.execute(
            StaffMembership.__table__.update().values(active=False).where(StaffMembership.center_id.is_not(None))
        )

    sweep(bot, t0 + timedelta(hours=1))
    assert len(alerts_about(bot, OTHER_SUP, "SC-NOSTAFF-001")) == 1, "district 5001 hears at once"
    assert not alerts_about(bot, STAFF_CM, "SC-NOSTAFF-001")
    # Province 50 has no supervisor: recorded, and nobody else is bothered.
    for hours in (2, 4, 5):
        sweep(bot, t0 + timedelta(hours=hours))
    assert len(alerts_about(bot, OTHER_SUP, "SC-NOSTAFF-001")) == 1
    assert [(kind, detail["level"]) for kind, detail in timeline(bot, "SC-NOSTAFF-001")] == [
        ("alert_unheard", "center"),
        ("escalated", "district"),
        ("alert_unheard", "province"),
    ]


def _bangkok(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BANGKOK).astimezone(UTC)


def test_a_normal_cases_reminder_at_23_arrives_at_07_combined_and_an_urgent_one_goes_at_once(alert_bot) -> None:
    bot = alert_bot
    night = utcnow().astimezone(BANGKOK).date() - timedelta(days=2)
    morning = night + timedelta(days=1)
    day = timedelta(hours=24)
    add_case(bot.sessions, "SC-NORMAL-2300", "normal", _bangkok(night, 23) - day)
    add_case(bot.sessions, "SC-NORMAL-0130", "normal", _bangkok(morning, 1, 30) - day)
    add_case(bot.sessions, "SC-NORMAL-TAKEN", "normal", _bangkok(night, 23, 15) - day)
    add_case(bot.sessions, "SC-URGENT-2300", "urgent", _bangkok(night, 22))

    sweep(bot, _bangkok(night, 23))
    assert heard(bot, "SC-URGENT-2300")[STAFF_A] == 1, "urgent: at once, at 23:00"
    assert heard(bot, "SC-NORMAL-2300")[STAFF_A] == 0, "normal: held"
    for moment in (_bangkok(night, 23, 30), _bangkok(morning, 1, 30), _bangkok(morning, 6, 59)):
        sweep(bot, moment)
    assert [len(pushes(bot, line_id)) for line_id in (STAFF_A, STAFF_B)] == [2, 2], "the enrolment answer, urgent"
    Chat(bot, STAFF_B).postback("action=ack&case=SC-NORMAL-TAKEN")  # taken during the night
    before = len(pushes(bot, STAFF_A))

    sweep(bot, _bangkok(morning, 7))
    sweep(bot, _bangkok(morning, 7, 1))
    (morning_push,) = pushes(bot, STAFF_A)[before:]
    assert "SC-NORMAL-2300" in morning_push[0]["text"] and "SC-NORMAL-0130" in morning_push[0]["text"]
    assert "SC-NORMAL-TAKEN" not in str(morning_push), "acknowledged in the night: nothing to remind"
    assert morning_push[0]["text"].startswith("อรุณสวัสดิ์ค่ะ") and "2 รายการ" in morning_push[0]["text"]
    assert morning_push[1]["type"] == "flex" and "action=ack&case=SC-NORMAL-0130" in str(morning_push[1])
    assert [messages[0]["text"] for messages in pushes(bot, STAFF_B)[-1:]] == [morning_push[0]["text"]]

    reminded_at = [
        event.at
        for reference in ("SC-NORMAL-2300", "SC-NORMAL-0130")
        for event in _events(bot, reference)
        if event.kind == "reminded"
    ]
    assert reminded_at == [_bangkok(morning, 7)] * 2, "in the timeline at 07:00, when it was said"
    with bot.sessions() as session:
        outcomes = dict(session.execute(select(CaseAlert.outcome, func.count()).group_by(CaseAlert.outcome)).all())
    assert outcomes == {"sent": 5, "obsolete": 1}, "the urgent one went up to the province overnight"


def _events(bot, reference: str) -> list[CaseEvent]:
    with bot.sessions() as session:
        case_id = session.scalars(select(Case.id).where(Case.reference == reference)).one()
        return list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)))


def _sweep_process(
    database_url: str, moments: list[datetime], start_at: float, barrier: Path, processes: int
) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "SWEEP_MOMENTS": ",".join(moment.isoformat() for moment in moments),
            "SWEEP_START_AT": str(start_at),
            "SWEEP_BATCH": "4",
            "SWEEP_BARRIER": str(barrier),
            "SWEEP_PROCESSES": str(processes),
        }
    )
    return subprocess.Popen(
        [sys.executable, str(PROJECT_ROOT / "tests" / "bot" / "sweep_process.py")],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_three_scheduler_processes_send_each_reminder_and_escalation_exactly_once(
    alert_bot, database_url: str, tmp_path: Path
) -> None:
    if database_kind() != "postgresql":
        pytest.skip("several scheduler processes need PostgreSQL; the embedded SQLite default runs one process")
    bot = alert_bot
    night = utcnow().astimezone(BANGKOK).date() - timedelta(days=2)
    morning = night + timedelta(days=1)
    urgent = [f"SC-MULTI-U{index:03d}" for index in range(15)]
    normal = [f"SC-MULTI-N{index:03d}" for index in range(5)]
    for reference in urgent:  # reminded 21:00, district 22:00, province 00:00, at once (urgent)
        add_case(bot.sessions, reference, "urgent", _bangkok(night, 20))
    for index, reference in enumerate(normal):  # due 23:00-23:04, held until 07:00
        add_case(bot.sessions, reference, "normal", _bangkok(night, 23, index) - timedelta(hours=24))
    moments = [
        _bangkok(night, 21),
        _bangkok(night, 22),
        _bangkok(night, 23, 30),
        _bangkok(morning, 0),
        _bangkok(morning, 7),
    ]

    start_at = time.time() + 3.0
    processes = [_sweep_process(database_url, moments, start_at, tmp_path, 3) for _ in range(3)]
    results = [process.communicate(timeout=120) for process in processes]
    assert all(process.returncode == 0 for process in processes), [error[-2000:] for _, error in results]
    settle(bot)

    done = [int(out.strip()) for out, _ in results]
    assert sum(done) == 15 * 3 + 5 + 5, f"each alert dealt with once (held and released count apart): {done}"
    for reference in urgent:
        assert heard(bot, reference) == {
            STAFF_A: 1,
            STAFF_B: 1,
            STAFF_CM: 0,
            DISTRICT_SUP: 1,
            PROVINCE_SUP: 1,
            OTHER_SUP: 0,
        }
        assert [kind for kind, _ in timeline(bot, reference)] == ["reminded", "escalated", "escalated"]
    for line_id in (STAFF_A, STAFF_B):
        combined = [messages for messages in pushes(bot, line_id) if "SC-MULTI-N" in str(messages)]
        assert len(combined) == 1 and all(reference in combined[0][0]["text"] for reference in normal)
    for reference in normal:
        assert [kind for kind, _ in timeline(bot, reference)] == ["reminded"]
    with bot.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CaseAlert)) == 15 * 3 + 5


def test_deadlines_levels_and_quiet_hours_are_settings(make_bot) -> None:
    bot = make_bot(
        deadline_hours=(("urgent", 1, 24), ("high", 4, 72), ("normal", 12, 100)),
        escalation_levels=("district",),
        quiet_hours=(0, 0),  # none
    )
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    enrol_staff(bot, "KK01", STAFF_A)
    add_supervisor(bot.sessions, DISTRICT_SUP, StaffRole.DISTRICT_SUPERVISOR, "4001")
    add_supervisor(bot.sessions, PROVINCE_SUP, StaffRole.PROVINCE_SUPERVISOR, "40")
    reference = report_case(bot)  # a normal case, through the whole report flow
    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
    assert (case.ack_due_at - case.created_at, case.visit_due_at - case.created_at) == (
        timedelta(hours=12),
        timedelta(hours=100),
    )
    job = next(job for job in scheduled_jobs(bot.settings) if job.name == "deadline_alerts")
    # The moments are in the future, so the messages wait in the outbox: this test reads the timeline.
    for hours in (11, 12, 23, 24, 48, 96):
        with bot.sessions.begin() as session:
            job.sweep(session, case.created_at + timedelta(hours=hours))
    alerts = [(kind, detail["level"]) for kind, detail in timeline(bot, reference) if "level" in detail]
    assert alerts == [("reminded", "center"), ("escalated", "district")], "no province level when not configured"
    with bot.sessions() as session:
        sent = session.execute(select(CaseAlert.level, CaseAlert.sent_at).order_by(CaseAlert.id)).all()
    assert sent == [
        ("center", case.created_at + timedelta(hours=12)),
        ("district", case.created_at + timedelta(hours=24)),
    ], "sent at 12 h and 24 h, whatever the time of day: no quiet hours"
