"""Times made by the database (dispatch/sql_time.py) agree with Python's on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from dispatch.sql_time import bangkok_iso, hour_number
from models.cases import Case
from models.users import get_or_create_user
from tests.factories import new_case, new_center


def test_hour_numbers_and_bangkok_times_match_python(sessions) -> None:
    moments = [
        datetime(2026, 12, 5, 16, 59, 59, 999_999, tzinfo=UTC),  # the last moment of an hour
        datetime(2026, 12, 5, 17, 0, tzinfo=UTC),  # midnight in Bangkok: the next day and month's start
        datetime(2026, 11, 30, 17, 0, tzinfo=UTC),
        datetime(2024, 2, 29, 3, 7, 1, 250_000, tzinfo=UTC),
    ]
    with sessions.begin() as session:
        now = moments[0]
        reporter = get_or_create_user(session, "Ureporter-sqltime", now)
        center = new_center(session, "KK01", "400101", now=now)
        for number, moment in enumerate(moments):
            new_case(session, center, reporter.id, f"SC-TIME-{number}", created_at=moment)
    with sessions() as session:
        found = session.execute(
            select(Case.created_at, hour_number(Case.created_at), bangkok_iso(Case.created_at)).order_by(Case.id)
        ).all()
    assert [hours for _, hours, _ in found] == [int(moment.timestamp() // 3600) for moment in moments]
    bangkok = [(moment + timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+07:00") for moment in moments]
    assert [text for _, _, text in found] == bangkok
