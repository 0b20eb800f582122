"""Referring a case to a unit typed by hand (not in the directory): the same rules as a directory
referral (scope, an acknowledged and open case, reason and request), the same status step and
timeline entry naming the unit, and none of what needs a contact (link, email, reminders); the
database refuses a referral addressed to nobody."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from dispatch.referrals import (
    ReferralRequest,
    ReferralRules,
    Referred,
    TypedUnit,
    refer,
    referrals_of,
    state_key,
    withdraw,
)
from models.cases import CaseEvent, CaseStatus
from models.centers import StaffMembership, StaffRole
from models.referrals import Referral, ReferralState
from models.users import User
from tests.factories import new_case, new_center

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)  # Monday 10:00 Bangkok
RULES = ReferralRules(mail=True)
WARD = TypedUnit("โรงพยาบาลชุมแพ หอผู้ป่วยหญิง", "hospital", "043-311-000 คุณพยาบาลสมใจ")


def _staff(session, line_id: str, center) -> User:  # noqa: ANN001
    user = User(line_user_id=line_id, created_at=NOW, following=True)
    session.add(user)
    session.flush()
    session.add(StaffMembership(user_id=user.id, center_id=center.id, role=StaffRole.STAFF, created_at=NOW))
    session.flush()
    return user


def _setup(session, status: CaseStatus = CaseStatus.ACKNOWLEDGED):  # noqa: ANN001, ANN202
    here, there = new_center(session, "KK01", "400101", now=NOW), new_center(session, "CM01", "500101", now=NOW)
    staff, outsider = _staff(session, "U" + "a" * 32, here), _staff(session, "U" + "b" * 32, there)
    case = new_case(session, here, outsider.id, "SC-UNIT-1", status=status, created_at=NOW)
    return staff, outsider, case


def _wanted(
    unit: TypedUnit | None = WARD, reason: str = "ต้องนอนโรงพยาบาล", request: str = "รับดูแลต่อ"
) -> ReferralRequest:
    return ReferralRequest(0, reason, request, ("person", "needs"), "vital_interest", unit)


def test_a_typed_unit_is_referred_like_an_agency_without_link_email_or_reminders(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        staff, _outsider, case = _setup(session)
        sent = refer(session, staff, case.reference, _wanted(), NOW, RULES)
        assert sent.result == Referred.DONE and sent.agency is None
        assert sent.from_status == CaseStatus.ACKNOWLEDGED and sent.case.status == CaseStatus.REFERRED
        referral = sent.referral
        assert (referral.agency_id, referral.unit_name) == (None, "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง")
        assert referral.unit_contact == "043-311-000 คุณพยาบาลสมใจ"
        assert referral.receiver_name == "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง"
        assert (referral.link_nonce, referral.next_reminder_at, referral.mail_due_at) == (None, None, None)
        assert referral.parts == ["person", "needs"] and referral.state == ReferralState.SENT
        assert state_key(referral) == "referral_state_recorded"
        events = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)).all()
        status_step = next(event for event in events if event.kind == "status")
        assert status_step.to_status == CaseStatus.REFERRED and status_step.detail.get("agency") == "hospital"
        sent_event = next(event for event in events if event.kind == "referral_sent")
        assert sent_event.detail["agency"] == "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง" and sent_event.detail["typed"] is True
        assert sent_event.actor_user_id == staff.id
        assert [(r.id, a) for r, a in referrals_of(session, case.id)] == [(referral.id, None)]


def test_a_typed_unit_follows_the_same_rules_as_a_directory_referral(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        staff, outsider, case = _setup(session, CaseStatus.ASSIGNED)
        assert refer(session, outsider, case.reference, _wanted(), NOW, RULES).result == Referred.REFUSED
        assert refer(session, staff, case.reference, _wanted(), NOW, RULES).result == Referred.NOT_ACKNOWLEDGED
        case.status = CaseStatus.ACKNOWLEDGED
        assert refer(session, staff, case.reference, _wanted(reason="  "), NOW, RULES).result == Referred.INCOMPLETE
        assert refer(session, staff, case.reference, _wanted(request=""), NOW, RULES).result == Referred.INCOMPLETE
        nameless = TypedUnit("   ", "hospital")
        assert refer(session, staff, case.reference, _wanted(nameless), NOW, RULES).result == Referred.UNKNOWN_AGENCY
        kindless = TypedUnit("วัดป่า", "temple")
        assert refer(session, staff, case.reference, _wanted(kindless), NOW, RULES).result == Referred.UNKNOWN_AGENCY
        case.status = CaseStatus.CLOSED
        assert refer(session, staff, case.reference, _wanted(), NOW, RULES).result == Referred.NOT_ALLOWED
        assert session.scalars(select(Referral)).all() == []
        assert case.status == CaseStatus.CLOSED


def test_a_second_typed_unit_keeps_the_case_referred_and_withdrawing_ends_it(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        staff, _outsider, case = _setup(session)
        first = refer(session, staff, case.reference, _wanted(), NOW, RULES)
        second = refer(session, staff, case.reference, _wanted(TypedUnit("มูลนิธิกระจกเงา", "ngo")), NOW, RULES)
        assert second.result == Referred.DONE and second.from_status == CaseStatus.REFERRED
        statuses = session.scalars(
            select(CaseEvent.to_status).where(CaseEvent.case_id == case.id, CaseEvent.kind == "status")
        ).all()
        assert statuses == [CaseStatus.REFERRED], "one status step for two referrals"
        withdrawn = withdraw(session, staff, first.referral.id, NOW)
        assert withdrawn.state == ReferralState.WITHDRAWN and state_key(withdrawn) == "referral_state_withdrawn"
        last = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id.desc()))
        assert last.first().detail["agency"] == "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง"


def test_the_database_refuses_a_referral_to_nobody(sessions) -> None:  # noqa: ANN001
    with pytest.raises(IntegrityError), sessions.begin() as session:
        staff, _outsider, case = _setup(session)
        session.add(
            Referral(
                case_id=case.id, agency_id=None, unit_name=None, referred_by_user_id=staff.id, reason="r",
                request="q", parts=[], lawful_basis="public_task", sent_at=NOW, link_expires_at=NOW, ack_due_at=NOW,
            )
        )  # fmt: skip
        session.flush()
