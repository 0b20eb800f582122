"""Who is told about a case (dispatch/audience.py), and the two pure decisions that say what follows
a change: the stand-in for an escalation level with nobody in it, and the reporter's news."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dispatch.audience import (
    at_level,
    besides,
    center_staff,
    owner_and_center,
    owner_or_center,
    province_supervisors,
    reachable_owner,
)
from dispatch.deadlines import AlertPolicy, AlertStep, stand_in
from dispatch.reporter_news import News, news_of_status_change
from models.cases import CaseStatus
from models.centers import Center, StaffMembership, StaffRole
from models.users import User
from tests.factories import new_case

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def _center(session, code: str, subdistrict: str) -> Center:  # noqa: ANN001
    center = Center(
        code=code,
        name=code,
        subdistrict_code=subdistrict,
        district_code=subdistrict[:4],
        province_code=subdistrict[:2],
        latitude=16.4,
        longitude=102.8,
        phone="",
        active=True,
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(center)
    session.flush()
    return center


def _member(session, line_id: str, role: str, center: Center | None = None, area: str | None = None, **user) -> User:  # noqa: ANN001, ANN003
    person = User(line_user_id=line_id, created_at=NOW, **user)
    session.add(person)
    session.flush()
    session.add(
        StaffMembership(
            user_id=person.id, center_id=center.id if center else None, role=role, area_code=area, created_at=NOW
        )
    )
    session.flush()
    return person


def _area(session):  # noqa: ANN001, ANN202
    """Two centers of one district; staff at each (one who left the bot, one whose membership
    ended), a district and a province supervisor, a reporter."""
    here, there = _center(session, "KK01", "400101"), _center(session, "KK02", "400102")
    staff = _member(session, "Ustaff-a", StaffRole.STAFF, here)
    colleague = _member(session, "Ustaff-b", StaffRole.STAFF, here)
    _member(session, "Ustaff-gone", StaffRole.STAFF, here, following=False)
    ended = _member(session, "Ustaff-ended", StaffRole.STAFF, here)
    session.query(StaffMembership).filter_by(user_id=ended.id).one().active = False
    _member(session, "Ustaff-there", StaffRole.STAFF, there)
    _member(session, "Udistrict", StaffRole.DISTRICT_SUPERVISOR, area="4001")
    _member(session, "Uprovince", StaffRole.PROVINCE_SUPERVISOR, area="40")
    reporter = User(line_user_id="Ureporter", created_at=NOW)
    session.add(reporter)
    session.flush()
    return here, there, staff, colleague, reporter


def test_center_staff_are_the_active_members_who_still_follow(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        here, there, *_ = _area(session)
        assert center_staff(session, here.id) == ["Ustaff-a", "Ustaff-b"]
        assert center_staff(session, there.id) == ["Ustaff-there"]
        assert center_staff(session, None) == []
        assert province_supervisors(session) == ["Uprovince"]


def test_the_owner_is_told_while_reachable_else_the_centers_staff(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        here, there, staff, colleague, reporter = _area(session)
        case = new_case(session, here, reporter.id, "KK-0001", owner_user_id=staff.id)
        assert reachable_owner(session, case) is staff
        assert owner_or_center(session, case) == ["Ustaff-a"]
        assert owner_and_center(session, case) == ["Ustaff-a", "Ustaff-b"], "the owner once, first"

        staff.following = False  # the owner left the bot
        assert reachable_owner(session, case) is None
        assert owner_or_center(session, case) == ["Ustaff-b"]

        staff.following = True
        case.center_id = there.id  # transferred: the old owner may no longer act on it
        assert owner_or_center(session, case) == ["Ustaff-there"]
        assert reachable_owner(session, case, owner_user_id=colleague.id) is None


def test_a_supervisor_who_owns_a_case_in_their_district_is_reachable(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        here, _there, _staff, _colleague, reporter = _area(session)
        district = session.query(User).filter_by(line_user_id="Udistrict").one()
        case = new_case(session, here, reporter.id, "KK-0002", owner_user_id=district.id)
        assert owner_or_center(session, case) == ["Udistrict"]


def test_levels_reach_the_owner_then_the_district_then_the_province(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        here, _there, _staff, _colleague, reporter = _area(session)
        case = new_case(session, here, reporter.id, "KK-0003")
        assert at_level(session, case, "center") == ["Ustaff-a", "Ustaff-b"]
        assert at_level(session, case, "district") == ["Udistrict"]
        assert at_level(session, case, "province") == ["Uprovince"]


def test_whoever_acted_is_not_told_and_nobody_twice() -> None:
    assert besides(["Ua", "Ub", "Ua", "Uc"], "Ub") == ["Ua", "Uc"]
    assert besides(["Ua", "Ua"]) == ["Ua"]


def test_a_level_with_nobody_in_it_is_stood_in_for_by_the_next_level_now() -> None:
    policy = AlertPolicy()
    deadline_at = NOW - timedelta(hours=4)
    unheard = AlertStep("ack", deadline_at, "center", NOW - timedelta(hours=1))
    later = NOW + timedelta(minutes=5)
    assert stand_in(policy, unheard, set(), later) == AlertStep("ack", deadline_at, "district", later)
    assert stand_in(policy, unheard, {("ack", deadline_at, "district")}, later) is None, "told already"
    top = AlertStep("ack", deadline_at, "province", NOW)
    assert stand_in(policy, top, set(), later) is None, "nobody above the province"
    district_only = AlertPolicy(levels=("district",))
    assert stand_in(district_only, AlertStep("ack", deadline_at, "district", NOW), set(), later) is None


def test_which_news_the_reporter_gets_after_which_change() -> None:
    S = CaseStatus
    assert news_of_status_change(S.ACKNOWLEDGED, S.REFERRED, agency="police") == News("referred", {"agency": "police"})
    assert news_of_status_change(S.IN_PROGRESS, S.CLOSED, outcome="helped") == News("closed", {"outcome": "helped"})
    assert news_of_status_change(S.RESOLVED, S.CLOSED, outcome="helped") is None, "heard enough at the resolution"
    assert news_of_status_change(S.IN_PROGRESS, S.RESOLVED) == News("resolved", follow_up=True)
    assert news_of_status_change(S.ACKNOWLEDGED, S.VISITING) == News("visiting")
    assert news_of_status_change(S.VISITING, S.IN_PROGRESS) == News("in_progress")
    assert news_of_status_change(S.ASSIGNED, S.ACKNOWLEDGED) is None, "acknowledgements have news of their own"
