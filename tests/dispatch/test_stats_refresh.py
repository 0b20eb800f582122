"""The materialised public statistics (dispatch/stats_refresh.py): after any mix of changes, an
incremental refresh reads only the changed months and provinces, and gives the same figures as
computing them from the cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from dispatch.public_stats import child_rows, children, summarise, summary
from dispatch.stats_refresh import area_months, case_facts, refresh_statistics
from models.cases import Case, CaseEvent
from models.centers import Center
from models.db import make_engine, make_session_factory
from models.stats import AreaMonth
from models.users import get_or_create_user
from models.volunteers import VisitReport, Volunteer, VolunteerOffer
from tests.factories import new_case, new_center

NOW = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)
AREAS = ("", "40", "4001", "400101", "400102", "10", "1001", "100101")


@pytest.fixture
def sessions(database_url: str):
    engine = make_engine(database_url)
    yield make_session_factory(engine)
    engine.dispose()


def seed(sessions: sessionmaker[Session]) -> None:
    """Cases over three months in Khon Kaen (two subdistricts) and Bangkok, some acknowledged, resolved,
    rated or visited, one with no area, and one older than the period."""
    with sessions.begin() as session:
        reporter = get_or_create_user(session, "Ureporter-refresh", NOW)
        places = [
            new_center(session, "KK01", "400101"),
            new_center(session, "KK02", "400102"),
            new_center(session, "BK01", "100101"),
        ]
        volunteer = Volunteer(
            user_id=reporter.id, center_id=places[0].id, name="อาสา", phone="0811111111", latitude=16.44,
            longitude=102.83, lat_band=164, status="approved", created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        session.add(volunteer)
        session.flush()
        for number in range(60):
            at = NOW - timedelta(days=number, hours=number % 5)
            values: dict = {"category": ("elderly", "poverty", "violence", "child")[number % 4]}
            if number % 3:
                values.update(status="acknowledged", acknowledged_at=at + timedelta(hours=number % 7 + 0.5))
            if number % 4 == 1:
                values.update(status="resolved", resolved_at=at + timedelta(days=number % 9 + 1), rating=number % 5 + 1)
            case = new_case(session, places[number % 3], reporter.id, f"RF-{number}", created_at=at, **values)
            if number % 5 == 0:
                offer = VolunteerOffer(case_id=case.id, volunteer_id=volunteer.id, state="reported", distance_km=1.0,
                                       offered_at=at, expires_at=at + timedelta(hours=4))  # fmt: skip
                session.add(offer)
                session.flush()
                session.add(VisitReport(offer_id=offer.id, case_id=case.id, volunteer_id=volunteer.id,
                                        outcome="found", recommendation="close",
                                        created_at=at + timedelta(days=number % 4 + 1)))  # fmt: skip
        nowhere = new_case(session, places[0], reporter.id, "RF-NOWHERE", created_at=NOW - timedelta(days=1))
        nowhere.subdistrict_code = nowhere.district_code = nowhere.province_code = None
        new_case(session, places[0], reporter.id, "RF-OLD", created_at=NOW - timedelta(days=500))


def assert_materialised_match_the_cases(sessions: sessionmaker[Session], months: int = 12) -> None:
    since = datetime(2025, 11, 30, 17, 0, tzinfo=UTC)  # the first moment of December 2025, Bangkok
    levels = {0: "country", 2: "province", 4: "district", 6: "subdistrict"}
    with sessions() as session:
        for code in AREAS:
            facts = case_facts(session, since, area_code=code)
            own, by_child = area_months(session, code, "2025-12")
            level = levels[len(code)]
            assert summarise(own, level) == summary(facts, level), code
            assert child_rows(by_child, level) == children(facts, level), code


def test_a_refresh_reads_only_changed_months_and_provinces_and_matches_the_cases(sessions) -> None:
    seed(sessions)
    with sessions.begin() as session:
        first = refresh_statistics(session, NOW, 12)
        in_period = session.scalar(select(func.count(Case.id)).where(Case.reference != "RF-OLD"))
    assert first == in_period  # the first run reads the whole period
    assert_materialised_match_the_cases(sessions)

    later = NOW + timedelta(minutes=10)
    with sessions.begin() as session:
        cases = {case.reference: case for case in session.scalars(select(Case))}
        resolved = cases["RF-4"]  # Khon Kaen (400102), this month: resolved, its updated_at stamped
        resolved.status, resolved.resolved_at, resolved.updated_at = "resolved", later, later
        rated = cases["RF-23"]  # Bangkok, October: rated without touching updated_at, found through its timeline
        rated.rating = 2
        session.add(CaseEvent(case_id=rated.id, kind="rated", detail={"stars": 2}, at=later))
        nowhere = cases["RF-NOWHERE"]  # its area filled in: leaves the "not known" row
        nowhere.subdistrict_code, nowhere.district_code, nowhere.province_code = "400101", "4001", "40"
        nowhere.updated_at = later
        new_case(session, session.get(Center, cases["RF-0"].center_id), cases["RF-0"].reporter_user_id, "RF-NEW",
                 created_at=later, category="child")  # fmt: skip
    with sessions.begin() as session:
        read = refresh_statistics(session, later + timedelta(minutes=1), 12)
        november, october = datetime(2026, 10, 31, 17, 0, tzinfo=UTC), datetime(2026, 9, 30, 17, 0, tzinfo=UTC)
        khon_kaen_in_november = session.scalar(
            select(func.count(Case.id)).where(
                Case.created_at >= november, (Case.province_code == "40") | Case.province_code.is_(None)
            )
        )
        bangkok_in_october = session.scalar(
            select(func.count(Case.id)).where(
                Case.created_at >= october, Case.created_at < november, Case.province_code == "10"
            )
        )
    assert read == khon_kaen_in_november + bangkok_in_october  # not Bangkok's November, not Khon Kaen's October
    assert_materialised_match_the_cases(sessions)
    with sessions() as session:
        unknown = session.scalar(select(AreaMonth).where(AreaMonth.level == 1, AreaMonth.area_code == ""))
    assert unknown is None


def test_months_leave_the_period_and_each_new_day_recomputes_everything(sessions) -> None:
    seed(sessions)
    with sessions.begin() as session:
        refresh_statistics(session, NOW, 12)
        assert session.scalar(select(func.min(AreaMonth.month))) == "2026-09"
        refresh_statistics(session, NOW + timedelta(minutes=10), 12)  # changes of the last 5 minutes are read again
        assert refresh_statistics(session, NOW + timedelta(minutes=20), 12) == 0  # nothing changed
        assert refresh_statistics(session, NOW + timedelta(minutes=30), 1) == 0  # the period shrank to November
        assert session.scalar(select(func.min(AreaMonth.month))) == "2026-11"
        next_day = NOW + timedelta(days=1)
        in_november = session.scalar(select(AreaMonth.cases).where(AreaMonth.level == 0))
        assert refresh_statistics(session, next_day, 1) == in_november
