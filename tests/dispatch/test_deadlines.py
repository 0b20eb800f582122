"""What falls due when: reminders at the deadline, escalations at 2x and 4x the time allowed, quiet
hours in Bangkok time, and the case's next_alert_at following its deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, insert

from dispatch.deadlines import (
    BANGKOK,
    AlertPolicy,
    alert_steps,
    due_cases_query,
    held_alerts_query,
    held_until,
    plan_alerts,
)
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.schedules import CaseAlert
from models.users import User
from tests.conftest import database_kind
from tests.plans import _is_sqlite_full_scan, _postgresql_generic_plan, _sqlite_plan

POLICY = AlertPolicy()
T0 = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok


def bangkok(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BANGKOK).astimezone(UTC)


def new_case(urgency: str = "urgent", status: str = CaseStatus.ASSIGNED) -> Case:
    ack, visit = POLICY.limits[urgency]
    return Case(status=status, urgency=urgency, ack_due_at=T0 + ack, visit_due_at=T0 + visit)


def test_an_urgent_case_is_reminded_at_1h_and_escalated_at_2h_and_4h() -> None:
    steps = [
        (step.deadline, step.level, step.due_at - T0)
        for step in alert_steps("assigned", "urgent", T0 + timedelta(hours=1), T0 + timedelta(hours=24), POLICY)
    ]
    assert steps == [
        ("ack", "center", timedelta(hours=1)),
        ("ack", "district", timedelta(hours=2)),
        ("ack", "province", timedelta(hours=4)),
        ("visit", "center", timedelta(hours=24)),
        ("visit", "district", timedelta(hours=48)),
        ("visit", "province", timedelta(hours=96)),
    ]


def test_only_the_deadlines_that_still_matter_count() -> None:
    acknowledged = alert_steps("acknowledged", "normal", T0, T0 + timedelta(days=7), POLICY)
    assert {step.deadline for step in acknowledged} == {"visit"}
    for status in ("visiting", "in_progress", "resolved", "closed", "referred", "cancelled"):
        assert alert_steps(status, "urgent", T0, T0, POLICY) == []


def test_planning_skips_what_is_done_and_says_when_to_look_next() -> None:
    case = new_case()
    due, next_at = plan_alerts(case, POLICY, T0 + timedelta(minutes=59), set())
    assert due == [] and next_at == T0 + timedelta(hours=1)
    due, next_at = plan_alerts(case, POLICY, T0 + timedelta(hours=2), set())
    assert [step.level for step in due] == ["center", "district"] and next_at == T0 + timedelta(hours=4)
    done = {step.key for step in due}
    due, next_at = plan_alerts(case, POLICY, T0 + timedelta(hours=3), done)
    assert due == [] and next_at == T0 + timedelta(hours=4)


def test_levels_are_configurable() -> None:
    policy = AlertPolicy(levels=("district",), limits={"urgent": (timedelta(hours=2), timedelta(hours=8))})
    steps = alert_steps("assigned", "urgent", T0 + timedelta(hours=2), None, policy)
    assert [(step.level, step.due_at - T0) for step in steps] == [
        ("center", timedelta(hours=2)),
        ("district", timedelta(hours=4)),
    ]


def test_quiet_hours_hold_what_may_wait_until_seven_in_bangkok() -> None:
    assert held_until(bangkok(20, 23), "normal", POLICY) == bangkok(21, 7)
    assert held_until(bangkok(21, 0, 30), "high", POLICY) == bangkok(21, 7)
    assert held_until(bangkok(21, 6, 59), "normal", POLICY) == bangkok(21, 7)
    assert held_until(bangkok(20, 21), "normal", POLICY) == bangkok(21, 7)
    assert held_until(bangkok(21, 7), "normal", POLICY) is None
    assert held_until(bangkok(20, 20, 59), "normal", POLICY) is None
    assert held_until(bangkok(20, 23), "urgent", POLICY) is None, "urgent ones go at once"


def test_next_alert_at_follows_the_deadlines_whoever_sets_them() -> None:
    case = new_case("normal")
    assert case.next_alert_at == T0 + timedelta(hours=24), "the earlier deadline"
    case.next_alert_at = None  # the sweep finished with this case
    case.ack_due_at = T0 + timedelta(days=3)  # a transfer: fresh deadlines
    assert case.next_alert_at == T0 + timedelta(days=3)
    case.visit_due_at = T0 + timedelta(days=2)
    assert case.next_alert_at == T0 + timedelta(days=2)


def _fill(engine: Engine, now: datetime) -> None:
    """Many cases whose alerts are all behind them, a few with one ahead; an alert history, a few held."""
    finished, waiting = 5000, 50
    with engine.begin() as connection:
        connection.execute(
            insert(User),
            [
                {
                    "line_user_id": "Ureporter",
                    "language": "th",
                    "following": True,
                    "failed_code_attempts": 0,
                    "created_at": now,
                }
            ],
        )
        connection.execute(
            insert(Case),
            [
                {
                    "reference": f"SC-{index:06d}",
                    "reporter_user_id": 1,
                    "status": "closed" if index < finished else "assigned",
                    "urgency": "normal",
                    "subject": "self",
                    "category": "elderly",
                    "needs": [],
                    "consent_basis": "consent",
                    "consent_version": "test",
                    "consent_at": now,
                    "next_alert_at": None if index < finished else now + timedelta(minutes=index),
                    "created_at": now,
                    "updated_at": now,
                }
                for index in range(finished + waiting)
            ],
        )
        connection.execute(
            insert(CaseAlert),
            [
                {
                    "case_id": index + 1,
                    "deadline": "ack",
                    "deadline_at": now,
                    "level": "center",
                    "due_at": now,
                    "held_until": now,
                    "sent_at": now if index < finished else None,
                    "recipients": 1,
                    "created_at": now,
                }
                for index in range(finished + waiting)
            ],
        )
        connection.exec_driver_sql("ANALYZE")


@pytest.mark.parametrize("name", ["due cases", "held alerts"])
def test_the_sweep_reads_only_the_partial_indexes_of_work_still_ahead(engine: Engine, name: str) -> None:
    """However many cases and alerts there are, a sweep reads the few with something still to do."""
    now = utcnow()
    _fill(engine, now)
    query, index = {
        "due cases": (due_cases_query(now, 200), "ix_cases_next_alert"),
        "held alerts": (held_alerts_query(now, 500), "ix_case_alerts_held"),
    }[name]
    plan = _postgresql_generic_plan(engine, query) if database_kind() == "postgresql" else _sqlite_plan(engine, query)
    assert index in plan, f"{name}: {index} not used\n{plan}"
    full_scans = [line for line in plan.splitlines() if "Seq Scan" in line or _is_sqlite_full_scan(line)]
    assert not full_scans, f"{name}: a table is scanned whole\n{plan}"
