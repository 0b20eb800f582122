"""A transfer that loses a race (the case was acknowledged or closed meanwhile) changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import dispatch.case_work as case_work
from dispatch.case_actions import acknowledge
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.centers import Center, StaffMembership, StaffRole
from models.users import User, get_or_create_user
from tests.bot.scenes import CHIANG_MAI, KHON_KAEN, add_center
from tests.conftest import database_kind
from tests.factories import new_case


def test_a_transfer_racing_an_acknowledgement_changes_nothing(sessions, monkeypatch: pytest.MonkeyPatch) -> None:
    if database_kind() != "postgresql":
        pytest.skip("SQLite transactions begin IMMEDIATE (holding the write lock): they cannot interleave")
    now = utcnow()
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    with sessions.begin() as session:
        kk = session.scalars(select(Center).where(Center.code == "KK01")).one()
        staff = [get_or_create_user(session, f"Ustaff{index:027d}", now) for index in range(2)]
        for user in staff:
            session.add(StaffMembership(user_id=user.id, center_id=kk.id, role=StaffRole.STAFF, created_at=now))
        reporter = get_or_create_user(session, "Ureporter000000000000000000000001", now)
        new_case(session, kk, reporter.id, "SC-RACE")
        mover_id, taker_id = staff[0].id, staff[1].id

    real_lookup = case_work.case_for_staff

    def lookup_then_a_colleague_acknowledges(session, user, reference, action):  # noqa: ANN001, ANN202
        case = real_lookup(session, user, reference, action)
        with sessions.begin() as other:
            assert acknowledge(other, other.get(User, taker_id), reference, now).result == "taken"
        return case

    monkeypatch.setattr(case_work, "case_for_staff", lookup_then_a_colleague_acknowledges)
    with sessions.begin() as session:
        moved = case_work.transfer(session, session.get(User, mover_id), "SC-RACE", "CM01", now)
    assert moved.result == case_work.Transfer.CHANGED_MEANWHILE

    with sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == "SC-RACE")).one()
        center = session.get(Center, case.center_id)
    assert (center.code, case.status, case.owner_user_id) == ("KK01", CaseStatus.ACKNOWLEDGED, taker_id)
