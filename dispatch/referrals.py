"""Referring a case to an agency, and tracking the referral until the agency answers.

States: sent → received → accepted / declined (not the agency's remit) → done; staff may withdraw a
referral (its link dies at once). Every step is in the case's timeline.

A referral may instead name a unit staff typed by hand (not in the directory). The same rules and
the same status step apply, but with no contact known it is only recorded: no signed link, no
email, no acknowledgement reminders; it stays "sent" (shown as recorded) until staff withdraw it. A referral not acknowledged
within REFERRAL_ACK_WORKING_DAYS working days reminds the staff member who referred, then goes up
the escalation levels as a case's deadlines do (level n at 2**n times the working days), each once.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.case_actions import case_for_staff
from dispatch.deadlines import CENTER
from dispatch.lifecycle import AGENCIES, NEXT, Change, change_status
from dispatch.working_days import add_working_days, holidays_of
from models.cases import Case, CaseEvent, CaseStatus
from models.referrals import Agency, Referral, ReferralReminder, ReferralState
from models.users import User

# The parts of a case that can be shared; the reference, group, urgency, area (district level), the
# referring center, the reason and what is asked always are.
PARTS = ("person", "contact", "address", "description", "needs", "timeline", "visit", "photos")
# PDPA sections 24/26: the data subject's consent, preventing danger to life, body or health, a task
# in the public interest or official authority, a legal obligation.
LAWFUL_BASES = ("consent", "vital_interest", "public_task", "legal_obligation")
OUTCOMES = (ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.DONE)
OPEN_STATES = (ReferralState.SENT, ReferralState.RECEIVED, ReferralState.ACCEPTED)
MAX_TEXT = 500
MAX_NOTE = 1000
MAX_UNIT_NAME = 200
MAX_UNIT_CONTACT = 200


@dataclass(frozen=True)
class ReferralRules:
    ack_working_days: int = 2
    holidays: frozenset[date] = frozenset()
    link_days: int = 30
    levels: tuple[str, ...] = ("district", "province")
    mail: bool = False  # an SMTP server is configured: agencies with an address get the package by email

    @classmethod
    def from_settings(cls, settings: Any) -> ReferralRules:
        return cls(
            ack_working_days=settings.referral_ack_working_days,
            holidays=holidays_of(settings.thai_public_holidays),
            link_days=settings.referral_link_days,
            levels=tuple(settings.escalation_levels),
            mail=bool(settings.smtp_host),
        )


class Referred(enum.StrEnum):
    DONE = "done"
    REFUSED = "refused"
    NOT_ACKNOWLEDGED = "not_acknowledged"
    NOT_ALLOWED = "not_allowed"  # closed, cancelled, resolved...
    UNKNOWN_AGENCY = "unknown_agency"  # or a typed unit without a name or a known kind
    INCOMPLETE = "incomplete"  # no reason or no request


@dataclass(frozen=True)
class ReferOutcome:
    result: Referred
    case: Case | None = None
    referral: Referral | None = None
    agency: Agency | None = None
    from_status: str | None = None


@dataclass(frozen=True)
class TypedUnit:
    """A receiving unit not in the directory, as staff typed it; `kind` is one of AGENCIES (the
    case's status step names the kind of agency it went to)."""

    name: str
    kind: str
    contact: str = ""


@dataclass(frozen=True)
class ReferralRequest:
    agency_id: int  # ignored when `unit` is given
    reason: str
    request: str
    parts: Sequence[str] = field(default_factory=tuple)
    lawful_basis: str = "public_task"
    unit: TypedUnit | None = None


def may_refer(case: Case) -> bool:
    return case.status == CaseStatus.REFERRED or CaseStatus.REFERRED in NEXT.get(case.status, ())


def _unit(unit: TypedUnit) -> TypedUnit | None:
    name = " ".join(unit.name.split())[:MAX_UNIT_NAME]
    contact = " ".join(unit.contact.split())[:MAX_UNIT_CONTACT]
    return TypedUnit(name, unit.kind, contact) if name and unit.kind in AGENCIES else None


def refer(
    session: Session, user: User, reference: str, wanted: ReferralRequest, now: datetime, rules: ReferralRules
) -> ReferOutcome:
    """Send the referral: the case becomes `referred` (unless it is already), the referral is
    written with its link's nonce, its acknowledgement deadline and its email waiting to go. A
    referral to a typed unit is written the same way without link, email or reminders."""
    case = case_for_staff(session, user, reference, "refer")
    if case is None:
        return ReferOutcome(Referred.REFUSED)
    if case.status == CaseStatus.ASSIGNED:
        return ReferOutcome(Referred.NOT_ACKNOWLEDGED, case)
    if not may_refer(case):
        return ReferOutcome(Referred.NOT_ALLOWED, case)
    if not wanted.reason.strip() or not wanted.request.strip():
        return ReferOutcome(Referred.INCOMPLETE, case)
    agency, unit = None, None
    if wanted.unit is not None:
        unit = _unit(wanted.unit)
        if unit is None:
            return ReferOutcome(Referred.UNKNOWN_AGENCY, case)
    else:
        agency = session.get(Agency, wanted.agency_id)
        if agency is None or not agency.active:
            return ReferOutcome(Referred.UNKNOWN_AGENCY, case)
    kind, name = (agency.kind, agency.name) if agency is not None else (unit.kind, unit.name)  # type: ignore[union-attr]
    from_status = case.status
    if case.status != CaseStatus.REFERRED:
        changed = change_status(session, user, case.reference, CaseStatus.REFERRED, now, agency=kind)
        if changed.result != Change.DONE:
            return ReferOutcome(Referred.NOT_ALLOWED, case)
    parts = [part for part in PARTS if part in set(wanted.parts)]
    basis = wanted.lawful_basis if wanted.lawful_basis in LAWFUL_BASES else "public_task"
    ack_due = add_working_days(now, rules.ack_working_days, rules.holidays)
    # A typed unit has no link to open (it expires as it is made), nobody to remind, no address.
    referral = Referral(
        case_id=case.id,
        agency_id=agency.id if agency is not None else None,
        unit_name=unit.name if unit is not None else None,
        unit_contact=(unit.contact or None) if unit is not None else None,
        referred_by_user_id=user.id,
        reason=wanted.reason.strip()[:MAX_TEXT],
        request=wanted.request.strip()[:MAX_TEXT],
        parts=parts,
        lawful_basis=basis,
        state=ReferralState.SENT,
        sent_at=now,
        link_nonce=secrets.token_hex(16) if agency is not None else None,
        link_expires_at=now + timedelta(days=rules.link_days) if agency is not None else now,
        ack_due_at=ack_due,
        next_reminder_at=ack_due if agency is not None else None,
        mail_due_at=now if agency is not None and agency.email and rules.mail else None,
        mail_attempts=0,
    )
    session.add(referral)
    session.flush()
    detail = {"referral": referral.id, "agency": name, "kind": kind, "parts": parts, "basis": basis}
    if unit is not None:
        detail["typed"] = True
    session.add(CaseEvent(case_id=case.id, kind="referral_sent", actor_user_id=user.id, detail=detail, at=now))
    return ReferOutcome(Referred.DONE, case, referral, agency, from_status)


def state_key(referral: Referral) -> str:
    """The catalogue key of a referral's state as staff see it: a typed unit's referral waiting is
    only recorded (nobody there can acknowledge it)."""
    if referral.agency_id is None and referral.state == ReferralState.SENT:
        return "referral_state_recorded"
    return f"referral_state_{referral.state}"


def referrals_of(session: Session, case_id: int) -> list[tuple[Referral, Agency | None]]:
    """The case's referrals, oldest first, with their agency (None for a unit typed by hand)."""
    rows = session.execute(
        select(Referral, Agency)
        .outerjoin(Agency, Agency.id == Referral.agency_id)
        .where(Referral.case_id == case_id)
        .order_by(Referral.sent_at, Referral.id)
    )
    return [(referral, agency) for referral, agency in rows]


def referrals_to_partner(session: Session, partner_id: int, case_ids: list[int]) -> dict[int, tuple[Referral, Agency]]:
    """The latest live referral of each of these cases to an agency that is this Open311 partner."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(Referral, Agency)
        .join(Agency, Agency.id == Referral.agency_id)
        .where(
            Agency.partner_id == partner_id,
            Referral.case_id.in_(case_ids),
            Referral.link_nonce.is_not(None),
            Referral.anonymised_at.is_(None),
        )
        .order_by(Referral.sent_at, Referral.id)
    )
    return {referral.case_id: (referral, agency) for referral, agency in rows}


def referral_for_staff(session: Session, user: User, referral_id: int, action: str) -> tuple[Referral, Case] | None:
    """The referral and its case, if `user` may act on the case (else None, logged as refused)."""
    referral = session.get(Referral, referral_id)
    case = referral.case if referral is not None else None
    if case is None or case_for_staff(session, user, case.reference, action) is None:
        return None
    return referral, case  # type: ignore[return-value]


def referral_for_link(session: Session, referral_id: int, nonce: str, now: datetime) -> Referral | None:
    """The referral a signed link names, if the link was not revoked, has not expired and its case
    still holds the data (retention or an erasure ends every link)."""
    referral = session.get(Referral, referral_id)
    if referral is None or referral.link_nonce is None or not secrets.compare_digest(referral.link_nonce, nonce):
        return None
    if referral.link_expires_at <= now or referral.anonymised_at is not None:
        return None
    return referral


def _event(
    session: Session, referral: Referral, kind: str, now: datetime, actor: int | None = None, **detail: Any
) -> None:
    values = {"referral": referral.id, "agency": referral.receiver_name, **detail}
    session.add(CaseEvent(case_id=referral.case_id, kind=kind, actor_user_id=actor, detail=values, at=now))


def acknowledge_receipt(session: Session, referral: Referral, now: datetime) -> bool:
    """The agency says it has the referral; False when it had already (or the referral is over)."""
    if referral.state != ReferralState.SENT:
        return False
    referral.state, referral.received_at, referral.next_reminder_at = ReferralState.RECEIVED, now, None
    _event(session, referral, "referral_received", now)
    return True


def answer(session: Session, referral: Referral, outcome: str, note: str, now: datetime) -> bool:
    """The agency's answer: accepted, declined (not its remit) or done, with a note. An answer
    implies receipt; `done` may follow acceptance; nothing follows declined, done or withdrawn."""
    if outcome not in OUTCOMES or referral.state not in OPEN_STATES:
        return False
    if referral.state == ReferralState.ACCEPTED and outcome != ReferralState.DONE:
        return False
    if referral.received_at is None:
        acknowledge_receipt(session, referral, now)
    note = note.strip()[:MAX_NOTE]
    referral.state, referral.agency_note, referral.next_reminder_at = outcome, note or None, None
    if outcome == ReferralState.DONE:
        referral.done_at = now
    else:
        referral.answered_at = now
    _event(session, referral, f"referral_{outcome}", now, **({"note": note} if note else {}))
    return True


def withdraw(session: Session, user: User, referral_id: int, now: datetime) -> Referral | None:
    """Staff withdraw a referral: its link dies at once, reminders and email stop."""
    found = referral_for_staff(session, user, referral_id, "referral_withdraw")
    if found is None:
        return None
    referral, _case = found
    if referral.state in (ReferralState.WITHDRAWN, ReferralState.DONE, ReferralState.DECLINED):
        return referral
    referral.state, referral.link_nonce, referral.revoked_at = ReferralState.WITHDRAWN, None, now
    referral.next_reminder_at = referral.mail_due_at = None
    _event(session, referral, "referral_withdrawn", now, actor=user.id)
    return referral


# --- reminders --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderStep:
    level: str
    due_at: datetime


def reminder_steps(referral: Referral, rules: ReferralRules) -> list[ReminderStep]:
    """The referring staff member at the deadline, then each escalation level at twice the time
    before it (as cases: level n at 2**n times the working days allowed)."""
    return [
        ReminderStep(level, add_working_days(referral.sent_at, rules.ack_working_days * 2**n, rules.holidays))
        for n, level in enumerate((CENTER, *rules.levels))
    ]


def _claim_due(session: Session, when: Any, now: datetime, limit: int) -> list[Referral]:
    """Referrals whose `when` column has come (each a partial index), locked for this transaction;
    rows another scheduler process holds are skipped (it is dealing with them)."""
    query = select(Referral).where(when.is_not(None), when <= now).order_by(when).limit(limit)
    return list(session.scalars(query.with_for_update(skip_locked=True)))


def claim_due_referrals(session: Session, now: datetime, limit: int = 200) -> list[Referral]:
    return _claim_due(session, Referral.next_reminder_at, now, limit)


def reminders_done(session: Session, referral_id: int) -> set[str]:
    return set(session.scalars(select(ReferralReminder.level).where(ReferralReminder.referral_id == referral_id)))


# --- email --------------------------------------------------------------------------------------

MAIL_MAX_ATTEMPTS = 8
MAIL_RETRY_BASE = timedelta(minutes=1)


def claim_due_mail(session: Session, now: datetime, limit: int = 20) -> list[Referral]:
    return _claim_due(session, Referral.mail_due_at, now, limit)


def mail_sent(referral: Referral, now: datetime) -> None:
    referral.mail_sent_at, referral.mail_due_at, referral.mail_error = now, None, None
    referral.mail_attempts += 1


def mail_failed(referral: Referral, error: str, now: datetime) -> bool:
    """Try again later with a doubling wait; True when it is given up."""
    referral.mail_attempts += 1
    referral.mail_error = error[:64]
    if referral.mail_attempts >= MAIL_MAX_ATTEMPTS:
        referral.mail_due_at = None
        return True
    referral.mail_due_at = now + MAIL_RETRY_BASE * 2 ** (referral.mail_attempts - 1)
    return False
