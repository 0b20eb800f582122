"""PDPA requests of one person, known by their LINE user id: access (everything held about them,
as data) and erasure (their personal data removed from their reports and profile; what statistics
need is kept: category, needs, area codes, dates, urgency, status, outcome).

Erasure also looks for the removed words (names, phones, descriptions, addresses) wherever else
they were copied: webhook payloads (a staff member may have typed the phone into a search), messages
sent (case cards), timelines, conversations and volunteer records, and replaces them there.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, delete, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from dispatch.audience import center_staff
from dispatch.retention import anonymise_cases
from models.base import Base
from models.cases import Case, CaseEvent, CaseStatus, Conversation, Media, ReporterUpdate
from models.centers import StaffMembership
from models.messaging import InboundEvent, OutboundMessage
from models.operations import PrivacyRequest
from models.referrals import Referral
from models.richmenus import UserMenuLink
from models.users import User
from models.volunteers import VisitReport, Volunteer, VolunteerOffer, VolunteerStatus

log = logging.getLogger("dispatch.privacy")
REMOVED = "[ลบตามคำขอ PDPA]"
CLOSED = (CaseStatus.CLOSED, CaseStatus.CANCELLED)
# Keys of a conversation's data that hold what a person typed about themselves or someone else.
PERSONAL_KEYS = {"person_name", "name", "phone", "contact_phone", "description", "address_text", "address"}
# Cards may show the start of a long text: its first characters are looked for as well.
PREFIX = 24
SHORTEST = 3


def subject_hash(line_user_id: str) -> str:
    return hashlib.sha256(line_user_id.encode()).hexdigest()


def find_user(session: Session, line_user_id: str) -> User | None:
    return session.scalar(select(User).where(User.line_user_id == line_user_id))


# -- access ----------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def row(obj: Base) -> dict[str, Any]:
    return {column.key: _plain(getattr(obj, column.key)) for column in obj.__mapper__.column_attrs}


def _sent_to(line_user_id: str) -> Any:
    return or_(OutboundMessage.lane == f"u:{line_user_id}", _contains(OutboundMessage.recipients, [line_user_id]))


def export_person(session: Session, line_user_id: str, now: datetime) -> dict[str, Any] | None:
    """Everything held about the person, as JSON-ready data; None when the bot never saw them."""
    user = find_user(session, line_user_id)
    if user is None:
        return None
    cases = list(session.scalars(select(Case).where(Case.reporter_user_id == user.id).order_by(Case.id)))
    case_ids = [case.id for case in cases]
    volunteer = session.scalar(select(Volunteer).where(Volunteer.user_id == user.id))
    conversation = session.get(Conversation, user.id)

    def rows(query: Any) -> list[dict[str, Any]]:
        return [row(item) for item in session.scalars(query)]

    return {
        "line_user_id": line_user_id,
        "exported_at": now.isoformat(),
        "profile": row(user),
        "cases_reported": [
            {
                **row(case),
                "timeline": rows(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)),
                "photos": rows(select(Media).where(Media.case_id == case.id).order_by(Media.id)),
                "referrals": rows(select(Referral).where(Referral.case_id == case.id).order_by(Referral.id)),
            }
            for case in cases
        ],
        "photos_not_in_a_case": rows(
            select(Media).where(Media.owner_user_id == user.id, Media.case_id.is_(None)).order_by(Media.id)
        ),
        "conversation": row(conversation) if conversation else None,
        "news_about_their_cases": rows(
            select(ReporterUpdate).where(ReporterUpdate.reporter_user_id == user.id).order_by(ReporterUpdate.id)
        ),
        "volunteer": row(volunteer) if volunteer else None,
        "volunteer_offers": rows(
            select(VolunteerOffer).where(VolunteerOffer.volunteer_id == volunteer.id).order_by(VolunteerOffer.id)
        )
        if volunteer
        else [],
        "visit_reports": rows(
            select(VisitReport).where(VisitReport.volunteer_id == volunteer.id).order_by(VisitReport.id)
        )
        if volunteer
        else [],
        "staff_memberships": rows(select(StaffMembership).where(StaffMembership.user_id == user.id)),
        "webhook_events_from_them": rows(
            select(InboundEvent).where(InboundEvent.source_key == f"u:{line_user_id}").order_by(InboundEvent.id)
        ),
        "messages_to_them": rows(select(OutboundMessage).where(_sent_to(line_user_id)).order_by(OutboundMessage.id)),
        "note": f"{len(case_ids)} case(s) reported; timelines include staff and volunteer actions on them",
    }


# -- erasure ---------------------------------------------------------------------------------------


@dataclass
class Erasure:
    cases: int = 0
    photos_deleted: int = 0
    webhook_events_deleted: int = 0
    messages_deleted: int = 0
    rows_scrubbed: int = 0
    volunteer: bool = False
    memberships_ended: int = 0
    # Open cases whose staff must be told: (reference, LINE ids of the owner, else the center's staff).
    open_cases: list[tuple[str, list[str]]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "open_cases": len(self.open_cases),
            "photos_deleted": self.photos_deleted,
            "webhook_events_deleted": self.webhook_events_deleted,
            "messages_deleted": self.messages_deleted,
            "rows_scrubbed": self.rows_scrubbed,
            "volunteer": self.volunteer,
            "memberships_ended": self.memberships_ended,
        }


def erase_person(session: Session, line_user_id: str, now: datetime) -> Erasure | None:
    """Remove the person's personal data; None when the bot never saw them. In the caller's transaction."""
    user = find_user(session, line_user_id)
    if user is None:
        return None
    result = Erasure()
    cases = list(session.scalars(select(Case).where(Case.reporter_user_id == user.id).order_by(Case.id)))
    volunteer = session.scalar(select(Volunteer).where(Volunteer.user_id == user.id))
    conversation = session.get(Conversation, user.id)
    words = _words(cases, user, volunteer, conversation)

    result.cases = len(cases)
    result.open_cases = [(case.reference, _responsible(session, case)) for case in cases if case.status not in CLOSED]
    ids = [case.id for case in cases]
    if ids:
        # anonymised_at is set on open cases too: when they close, retention has nothing left to do.
        result.photos_deleted = anonymise_cases(session, ids, now).photos_deleted
        session.add_all(CaseEvent(case_id=case_id, kind="personal_data_erased", detail={}, at=now) for case_id in ids)
    result.photos_deleted += session.execute(delete(Media).where(Media.owner_user_id == user.id)).rowcount or 0
    session.execute(delete(Conversation).where(Conversation.user_id == user.id))
    session.execute(delete(ReporterUpdate).where(ReporterUpdate.reporter_user_id == user.id))
    session.execute(delete(UserMenuLink).where(UserMenuLink.user_id == user.id))
    result.webhook_events_deleted = (
        session.execute(delete(InboundEvent).where(InboundEvent.source_key == f"u:{line_user_id}")).rowcount or 0
    )
    result.messages_deleted = (
        session.execute(delete(OutboundMessage).where(OutboundMessage.lane == f"u:{line_user_id}")).rowcount or 0
    )
    if volunteer is not None:
        _erase_volunteer(session, volunteer, now)
        result.volunteer = True
    result.memberships_ended = (
        session.execute(
            update(StaffMembership)
            .where(StaffMembership.user_id == user.id, StaffMembership.active)
            .values(active=False)
        ).rowcount
        or 0
    )
    # The row stays (cases keep their reporter for statistics) but no longer says who it was.
    user.line_user_id = f"erased:{subject_hash(line_user_id)[:48]}"
    user.display_name = None
    session.flush()
    result.messages_deleted += _leave_multicasts(session, line_user_id)
    result.rows_scrubbed = _scrub_everywhere(session, words | {line_user_id})
    return result


def _leave_multicasts(session: Session, line_user_id: str) -> int:
    """Messages to several people keep going to the others; one left with nobody is deleted."""
    deleted = 0
    for message in session.scalars(
        select(OutboundMessage).where(_contains(OutboundMessage.recipients, [line_user_id]))
    ):
        others = [recipient for recipient in message.recipients if recipient != line_user_id]
        if others:
            message.recipients = others
        else:
            session.delete(message)
            deleted += 1
    session.flush()
    return deleted


def record_request(
    session: Session, kind: str, line_user_id: str, operator: str, summary: dict[str, Any], now: datetime
) -> None:
    """The audit: every request, carried out or not (the bot may never have seen the person)."""
    session.add(
        PrivacyRequest(
            kind=kind, subject_hash=subject_hash(line_user_id), operator=operator[:128], summary=summary, at=now
        )
    )
    log.info(json.dumps({"privacy": kind, "subject": subject_hash(line_user_id)[:12], "operator": operator, **summary}))


def _words(cases: list[Case], user: User, volunteer: Volunteer | None, conversation: Conversation | None) -> set[str]:
    """What the person typed or was called, to be looked for elsewhere."""
    found: list[Any] = [user.display_name]
    for case in cases:
        found += [case.person_name, case.contact_phone, case.description, case.address_text]
    if volunteer is not None:
        found += [volunteer.name, volunteer.phone]
    if conversation is not None:
        found += list(_personal_values(conversation.data))
    words = set()
    for word in found:
        if isinstance(word, str) and len(word.strip()) >= SHORTEST:
            words.add(word.strip())
            if len(word.strip()) > PREFIX:
                words.add(word.strip()[:PREFIX])
    return words


def _personal_values(data: Any) -> Iterable[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in PERSONAL_KEYS and isinstance(value, str):
                yield value
            else:
                yield from _personal_values(value)
    elif isinstance(data, list):
        for item in data:
            yield from _personal_values(item)


def _responsible(session: Session, case: Case) -> list[str]:
    if case.owner is not None:
        return [case.owner.line_user_id]
    return center_staff(session, case.center_id)


def _erase_volunteer(session: Session, volunteer: Volunteer, now: datetime) -> None:
    center = volunteer.center
    volunteer.name = ""
    volunteer.phone = ""
    if center is not None and center.latitude is not None and center.longitude is not None:
        # Their home is replaced by their center's place, which is public.
        volunteer.latitude, volunteer.longitude = center.latitude, center.longitude
    volunteer.status = VolunteerStatus.SUSPENDED
    volunteer.available = False
    volunteer.updated_at = now


# Columns where copies of what a person typed can be found, and how each is rewritten.
def _scrub_targets() -> list[tuple[type[Base], InstrumentedAttribute[Any]]]:
    return [
        (InboundEvent, InboundEvent.payload),
        (InboundEvent, InboundEvent.last_error),
        (OutboundMessage, OutboundMessage.messages),
        (CaseEvent, CaseEvent.detail),
        (ReporterUpdate, ReporterUpdate.detail),
        (Conversation, Conversation.data),
        (VisitReport, VisitReport.help_given),
        (VisitReport, VisitReport.needs_found),
        (VolunteerOffer, VolunteerOffer.reason),
        (Referral, Referral.reason),
        (Referral, Referral.request),
        (Referral, Referral.agency_note),
    ]


def _scrub_everywhere(session: Session, words: set[str]) -> int:
    if not words:
        return 0
    ordered = sorted(words, key=len, reverse=True)  # a whole text before its first characters
    scrubbed = 0
    for model, column in _scrub_targets():
        for item in session.scalars(select(model).where(_contains_any(column, ordered))):
            value = getattr(item, column.key)
            cleaned = _replace(value, ordered)
            if cleaned != value:
                setattr(item, column.key, cleaned)
                scrubbed += 1
    session.flush()
    return scrubbed


def _contains_any(column: InstrumentedAttribute[Any], words: list[str]) -> Any:
    return or_(*(_contains(column, [word]) for word in words))


def _contains(column: InstrumentedAttribute[Any], words: list[str]) -> Any:
    """The column's text holds the word as typed or JSON-escaped (payloads are stored both ways)."""
    text = cast(column, String)
    patterns = set()
    for word in words:
        for form in (word, json.dumps(word)[1:-1]):
            patterns.add("%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    return or_(*(text.like(pattern, escape="\\") for pattern in patterns))


def _replace(value: Any, words: list[str]) -> Any:
    if isinstance(value, str):
        for word in words:
            value = value.replace(word, REMOVED)
        return value
    if isinstance(value, list):
        return [_replace(item, words) for item in value]
    if isinstance(value, dict):
        return {key: _replace(item, words) for key, item in value.items()}
    return value
