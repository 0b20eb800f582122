"""The console dashboard's figures (dispatch/console_stats.py) on seeded cases whose times are known:
medians to acknowledge and to the first visit, shares within the deadline, ratings, volunteers at
work, per area of the viewer's scope. The expected medians are worked out here with
statistics.median from the durations the seed lays down, not with the code under test. Runs on
SQLite and PostgreSQL (TEST_DATABASE)."""

from __future__ import annotations

import statistics
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from dispatch.console_stats import areas_of, dashboard
from models.cases import Case, CaseEvent, CaseStatus
from models.centers import StaffMembership, StaffRole
from models.users import User, get_or_create_user
from models.volunteers import OfferState, VisitReport, VolunteerOffer
from tests.factories import new_case, new_center, new_volunteer

NOW = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)  # a Saturday noon in Bangkok
HOUR = timedelta(hours=1)
DEADLINES = {"urgent": (1 * HOUR, 24 * HOUR), "high": (2 * HOUR, 36 * HOUR), "normal": (4 * HOUR, 48 * HOUR)}
PROVINCE_ADMIN, STAFF_K1 = "Uprovince0000000000000000000000001", "Ustaffk10000000000000000000000001"

# The seed: (hours to acknowledge, hours to the first visit) of the period's cases, by urgency; None:
# not done. What each share counts is spelled out beside the case in _seed.
NORMAL_ACK = [2, 6, 1]  # c1, c2, c5
NORMAL_VISIT = [20, 30]  # c1 (a status step), c2 (a visit report before its status step)
URGENT_ACK = [0.5]  # d1
URGENT_VISIT = [3]


def _case(session, center, reporter, reference, created, urgency="normal", acked=None, **fields):  # noqa: ANN001, ANN202
    ack, visit = DEADLINES[urgency]
    status = fields.pop("status", CaseStatus.ACKNOWLEDGED if acked is not None else CaseStatus.ASSIGNED)
    return new_case(
        session, center, reporter, reference, urgency=urgency, created_at=created,
        ack_due_at=created + ack, visit_due_at=created + visit,
        acknowledged_at=created + acked * HOUR if acked is not None else None,
        status=status, **fields,
    )  # fmt: skip


def _visit_step(session, case: Case, after_hours: float, to: str = "visiting") -> None:  # noqa: ANN001
    session.add(
        CaseEvent(case_id=case.id, kind="status", from_status="acknowledged", to_status=to,
                  at=case.created_at + after_hours * HOUR, detail={})
    )  # fmt: skip


def _offer(session, case: Case, volunteer, state: str, answered: datetime) -> VolunteerOffer:  # noqa: ANN001
    offer = VolunteerOffer(
        case_id=case.id, volunteer_id=volunteer.id, state=state, distance_km=1.0, offered_at=answered - HOUR,
        expires_at=answered + HOUR, answered_at=answered,
    )  # fmt: skip
    session.add(offer)
    session.flush()
    return offer


@pytest.fixture
def seeded(sessions):  # noqa: ANN001, ANN201
    with sessions.begin() as session:
        k1 = new_center(session, "K1", "400101", now=NOW - timedelta(days=400))
        k2 = new_center(session, "K2", "400201", (16.2, 102.6), now=NOW - timedelta(days=400))
        elsewhere = new_center(session, "CM1", "500101", (18.79, 98.98), now=NOW - timedelta(days=400))
        reporter = get_or_create_user(session, "Ureporter000000000000000000000001", NOW).id
        admin = get_or_create_user(session, PROVINCE_ADMIN, NOW)
        staff = get_or_create_user(session, STAFF_K1, NOW)
        session.add_all([
            StaffMembership(user_id=admin.id, center_id=None, role=StaffRole.PROVINCE_ADMIN, area_code="40", created_at=NOW),
            StaffMembership(user_id=staff.id, center_id=k1.id, role=StaffRole.STAFF, created_at=NOW),
        ])  # fmt: skip
        day = timedelta(days=1)
        c1 = _case(session, k1, reporter, "c1", NOW - 10 * day, acked=2)  # ack in time; visit in time
        _visit_step(session, c1, 20)
        _visit_step(session, c1, 40, to="in_progress")  # a later step: not the first visit
        c2 = _case(session, k1, reporter, "c2", NOW - 9 * day, acked=6)  # ack late; visit in time
        _visit_step(session, c2, 50)
        c3 = _case(session, k1, reporter, "c3", NOW - 8 * day)  # both deadlines passed: both missed
        _case(session, k1, reporter, "c4", NOW - HOUR / 2)  # inside both deadlines: not counted yet
        _case(
            session,
            k1,
            reporter,
            "c5",
            NOW - 20 * day,
            acked=1,
            rating=4,
            resolved_at=NOW - 15 * day,
            status=CaseStatus.RESOLVED,
        )  # no visit
        d1 = _case(session, k2, reporter, "d1", NOW - 5 * day, urgency="urgent", acked=0.5, rating=2)
        _visit_step(session, d1, 3)
        _case(session, k2, reporter, "d2", NOW - 5 * day, urgency="urgent", acked=30, duplicate_of_id=d1.id)
        _case(session, k2, reporter, "old", NOW - 100 * day, acked=50, rating=1)  # before the period
        _case(session, elsewhere, reporter, "cm", NOW - 3 * day, acked=9, rating=5)  # another province
        at_work = new_volunteer(session, k1, get_or_create_user(session, "Uvol1", NOW).id, "อาสา 1", "approved")
        declined = new_volunteer(session, k1, get_or_create_user(session, "Uvol2", NOW).id, "อาสา 2", "approved")
        long_ago = new_volunteer(session, k2, get_or_create_user(session, "Uvol3", NOW).id, "อาสา 3", "approved")
        _offer(session, c1, at_work, OfferState.ACCEPTED, NOW - 9 * day)
        reported = _offer(session, c2, at_work, OfferState.REPORTED, c2.created_at + 10 * HOUR)
        session.add(
            VisitReport(offer_id=reported.id, case_id=c2.id, volunteer_id=at_work.id, outcome="found",
                        recommendation="close", created_at=c2.created_at + 30 * HOUR)
        )  # fmt: skip
        _offer(session, c3, declined, OfferState.DECLINED, NOW - 7 * day)
        old = session.scalars(select(Case).where(Case.reference == "old")).one()
        _offer(session, old, long_ago, OfferState.REPORTED, NOW - 99 * day)
    return sessions


def _user(session, line_user_id: str) -> User:  # noqa: ANN001
    return session.scalars(select(User).where(User.line_user_id == line_user_id)).one()


def test_medians_shares_ratings_and_volunteers_of_a_province(seeded) -> None:  # noqa: ANN001
    with seeded() as session:
        board = dashboard(session, _user(session, PROVINCE_ADMIN), NOW, deadlines=DEADLINES)
    rows = {row.urgency: row for row in board.timeliness}
    normal, urgent, overall = rows["normal"], rows["urgent"], rows["all"]
    assert normal.cases == 5 and urgent.cases == 1 and overall.cases == 6 and rows["high"].cases == 0
    assert normal.median_ack_hours == pytest.approx(statistics.median(NORMAL_ACK))
    assert normal.median_visit_hours == pytest.approx(statistics.median(NORMAL_VISIT))
    assert urgent.median_ack_hours == pytest.approx(statistics.median(URGENT_ACK))
    assert overall.median_ack_hours == pytest.approx(statistics.median(NORMAL_ACK + URGENT_ACK))
    assert overall.median_visit_hours == pytest.approx(statistics.median(NORMAL_VISIT + URGENT_VISIT))
    # acknowledged: c1 and c5 in time, c2 late, c3 missed; c4 not yet due
    assert (normal.ack_within, normal.ack_counted) == (2, 4)
    # visited: c1 and c2 in time; c3 and c5 missed theirs; c4 not yet due
    assert (normal.visit_within, normal.visit_counted) == (2, 4)
    assert (urgent.ack_within, urgent.ack_counted, urgent.visit_within, urgent.visit_counted) == (1, 1, 1, 1)
    assert normal.ack_share == pytest.approx(0.5) and rows["high"].ack_share is None
    assert normal.ack_target_hours == 4 and normal.visit_target_hours == 48 and overall.ack_target_hours is None
    assert board.ratings == 2 and board.rating_average == pytest.approx((4 + 2) / 2)  # not "old", not Chiang Mai
    assert board.volunteers_active == 1  # one took two cases; one declined; one worked before the period


def test_narrowed_to_a_district_or_a_center_and_never_past_the_scope(seeded) -> None:  # noqa: ANN001
    with seeded() as session:
        admin, staff = _user(session, PROVINCE_ADMIN), _user(session, STAFF_K1)
        keys = [area.key for area in areas_of(session, admin)]
        assert keys == ["province:40", "district:4001", "district:4002", "center:K1", "center:K2"]
        district = dashboard(session, admin, NOW, area="district:4002", deadlines=DEADLINES)
        center = dashboard(session, admin, NOW, area="center:K1", deadlines=DEADLINES)
        assert [area.key for area in areas_of(session, staff)] == ["center:K1"]
        assert dashboard(session, staff, NOW, area="district:4002") is None
        assert dashboard(session, admin, NOW, area="center:CM1") is None
        own = dashboard(session, staff, NOW, area="center:K1", deadlines=DEADLINES)
    by = {row.urgency: row for row in district.timeliness}
    assert by["all"].cases == 1 and by["urgent"].median_visit_hours == pytest.approx(3)
    assert district.ratings == 1 and district.volunteers_active == 0
    assert {row.urgency: row.cases for row in center.timeliness} == {"urgent": 0, "high": 0, "normal": 5, "all": 5}
    assert center.volunteers_active == 1 and center.rating_average == pytest.approx(4)
    assert own.timeliness == center.timeliness
    assert sum(week.new for week in center.weeks) == 5  # c5 was reported 20 days ago: the 8 weeks hold it
    assert sum(week.resolved for week in center.weeks) == 1 and center.open_total == 4  # c5 is resolved


def test_an_area_nobody_named_is_the_whole_scope(seeded) -> None:  # noqa: ANN001
    with seeded() as session:
        admin = _user(session, PROVINCE_ADMIN)
        whole = dashboard(session, admin, NOW, deadlines=DEADLINES)
        province = dashboard(session, admin, NOW, area="province:40", deadlines=DEADLINES)
    assert whole.area is None and province.area.key == "province:40"
    assert whole.timeliness == province.timeliness and whole.open_by_status == province.open_by_status
