"""Help requests (cases), their timeline and their photos."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, bindparam, event, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from models.base import Base, stored_as_text
from models.centers import Center
from models.users import User


class CaseStatus(enum.StrEnum):
    ASSIGNED = "assigned"
    ACKNOWLEDGED = "acknowledged"
    VISITING = "visiting"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REFERRED = "referred"
    CANCELLED = "cancelled"


class Urgency(enum.StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"


class Case(Base):
    __tablename__ = "cases"
    _repr_fields = ("reference", "status", "center_id")
    __table_args__ = (
        Index("ix_cases_center_status", "center_id", "status"),
        # The deadline sweep reads only cases whose next reminder or escalation has come: however
        # many cases there are, the index holds just those with one still ahead.
        Index(
            "ix_cases_next_alert",
            "next_alert_at",
            postgresql_where=text("next_alert_at IS NOT NULL"),
            sqlite_where=text("next_alert_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    reporter_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    center_id: Mapped[int | None] = mapped_column(ForeignKey("centers.id"))
    status: Mapped[CaseStatus] = mapped_column(stored_as_text(CaseStatus, 16), default=CaseStatus.ASSIGNED)
    urgency: Mapped[Urgency] = mapped_column(stored_as_text(Urgency, 8), default=Urgency.NORMAL)
    subject: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    needs: Mapped[list[Any]] = mapped_column(default=list)
    person_name: Mapped[str | None] = mapped_column(String(200))
    person_age: Mapped[int | None]
    description: Mapped[str | None] = mapped_column(Text)
    contact_phone: Mapped[str | None] = mapped_column(String(16))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    address_text: Mapped[str | None] = mapped_column(Text)
    subdistrict_code: Mapped[str | None] = mapped_column(String(6))
    district_code: Mapped[str | None] = mapped_column(String(4))
    province_code: Mapped[str | None] = mapped_column(String(2))
    consent_basis: Mapped[str] = mapped_column(String(24))
    consent_version: Mapped[str] = mapped_column(String(16))
    consent_at: Mapped[datetime]
    ack_due_at: Mapped[datetime | None]
    visit_due_at: Mapped[datetime | None]
    # The staff member who acknowledged the case owns it.
    owner_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    acknowledged_at: Mapped[datetime | None]
    # Set when help is delivered; the reporter may confirm, rate (1-5) or reopen within 14 days.
    resolved_at: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
    rating: Mapped[int | None]
    outcome: Mapped[str | None] = mapped_column(String(16))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    # PDPA retention: personal details are removed a set time after closing (dispatch/retention.py).
    closed_at: Mapped[datetime | None]
    anonymised_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # When the deadline sweep must look at the case next (set whenever a deadline is; see below).
    next_alert_at: Mapped[datetime | None]
    # Who answers for a case not yet owned: "center" (its center_id), "district" or "province" (the
    # supervisors of its area: no center near enough), "unrouted" (nobody in its area: the queue of
    # `flask cases unrouted`). See dispatch/routing.py.
    route_level: Mapped[str | None] = mapped_column(String(12))
    # Where the area codes came from: "typed" (a confirmed address), "line_address" (the address LINE
    # sent with a shared location), "nearest_center" (approximate: the nearest center's area).
    area_source: Mapped[str | None] = mapped_column(String(16))
    # The Open311 partner that handed the case in (models/partners.py); None: reported in LINE.
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)

    # Read-only (models/base.py): the rows the ids above name.
    center: Mapped[Center | None] = relationship(viewonly=True)
    reporter: Mapped[User] = relationship(foreign_keys=[reporter_user_id], viewonly=True)
    owner: Mapped[User | None] = relationship(foreign_keys=[owner_user_id], viewonly=True)


@event.listens_for(Case.ack_due_at, "set")
@event.listens_for(Case.visit_due_at, "set")
def _deadline_set(target: Case, value: datetime | None, _old: Any, initiator: Any) -> None:
    """A new or moved deadline (a new case, a transfer) brings the case back to the deadline sweep's
    attention by then, whoever set it. Too early is harmless: the sweep works out what is really due
    and sets the next moment itself."""
    other = target.visit_due_at if initiator.key == "ack_due_at" else target.ack_due_at
    target.next_alert_at = first_alert_at(value, other)


def first_alert_at(*deadlines: datetime | None) -> datetime | None:
    """When the deadline sweep must first look at a case with these deadlines (for changes made by
    UPDATE statements, which the listener above does not see)."""
    moments = [moment for moment in deadlines if moment is not None]
    return min(moments) if moments else None


# The retention sweep reads only closed cases still holding personal details, oldest first.
Index(
    "ix_cases_retention",
    Case.closed_at,
    postgresql_where=text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
    sqlite_where=text("closed_at IS NOT NULL AND anonymised_at IS NULL"),
)


# Cases waiting without a center (at their area's supervisors or in the unrouted queue), oldest first:
# retried whenever centers or staff change, listed by `flask cases unrouted`.
Index(
    "ix_cases_without_center",
    Case.created_at,
    postgresql_where=text("center_id IS NULL AND status = 'assigned'"),
    sqlite_where=text("center_id IS NULL AND status = 'assigned'"),
)


# Resolved cases by when they were resolved: the hourly sweep closes those whose reopen window ended.
Index(
    "ix_cases_resolved",
    Case.resolved_at,
    postgresql_where=text("status = 'resolved'"),
    sqlite_where=text("status = 'resolved'"),
)


# Supervisors' scope over the cases of their area that have no center (dispatch/case_actions.py).
Index(
    "ix_cases_no_center_area",
    Case.province_code,
    Case.district_code,
    postgresql_where=text("center_id IS NULL"),
    sqlite_where=text("center_id IS NULL"),
)
# Open311 searches (a date range, newest first) and public statistics (a period) read cases by when
# they were reported (web/open311, web/public).
Index("ix_cases_created_at", Case.created_at)
# The statistics refresh (dispatch/stats_refresh.py) finds what changed since its last run, and reads
# one province's cases of one month.
Index("ix_cases_updated_at", Case.updated_at)
Index("ix_cases_province_created", Case.province_code, Case.created_at)
# Duplicate lookup (dispatch/duplicates.py): a district's recent cases, its open ones, and pins near a
# point (a latitude band, longitude filtered on the rows found).
Index("ix_cases_district_created", Case.district_code, Case.created_at)
# The console's dashboard (new and resolved cases per week) and monthly report per center read one
# range of dates per center of the scope (bench/console.py).
Index("ix_cases_center_created", Case.center_id, Case.created_at)
Index(
    "ix_cases_center_resolved",
    Case.center_id,
    Case.resolved_at,
    postgresql_where=text("resolved_at IS NOT NULL"),
    sqlite_where=text("resolved_at IS NOT NULL"),
)
OPEN_STATUS_SQL = "status IN ('assigned', 'acknowledged', 'visiting', 'in_progress', 'referred')"
Index(
    "ix_cases_open_district",
    Case.district_code,
    postgresql_where=text(OPEN_STATUS_SQL),
    sqlite_where=text(OPEN_STATUS_SQL),
)
Index(
    "ix_cases_latitude",
    Case.latitude,
    postgresql_where=text("latitude IS NOT NULL"),
    sqlite_where=text("latitude IS NOT NULL"),
)


class CaseEvent(Base):
    """One entry of a case's timeline: who did what, when and why."""

    __tablename__ = "case_events"
    _repr_fields = ("case_id", "kind", "from_status", "to_status")
    __table_args__ = (
        # The few cases ever reopened by their reporter: a public Open311 page asks this of each of its
        # 1,000 rows, and only those need their latest status change looked up (web/open311/rows.py).
        Index(
            "ix_case_events_reopened",
            "case_id",
            postgresql_where=text("kind = 'reopened'"),
            sqlite_where=text("kind = 'reopened'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    from_status: Mapped[CaseStatus | None] = mapped_column(stored_as_text(CaseStatus, 16))
    to_status: Mapped[CaseStatus | None] = mapped_column(stored_as_text(CaseStatus, 16))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Indexed for the statistics refresh: a rating or a visit report changes a case without its updated_at.
    at: Mapped[datetime] = mapped_column(index=True)


# The console dashboard's first visit of each case (dispatch/console_stats.py): its first step to
# ลงพื้นที่ or กำลังดำเนินการ, found by an index-only probe per case instead of its whole timeline.
VISIT_STEPS = "kind = 'status' AND to_status IN ('visiting', 'in_progress')"
Index(
    "ix_case_events_visit_steps",
    CaseEvent.case_id,
    CaseEvent.at,
    postgresql_where=text(VISIT_STEPS),
    sqlite_where=text(VISIT_STEPS),
)


class ReporterUpdate(Base):
    """News of a case waiting to be told to its reporter; updates close together go in one message."""

    __tablename__ = "reporter_updates"
    _repr_fields = ("case_id", "kind", "told_at")
    __table_args__ = (
        Index(
            "ix_reporter_updates_untold",
            "reporter_user_id",
            "send_after",
            postgresql_where=text("told_at IS NULL"),
            sqlite_where=text("told_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    reporter_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    send_after: Mapped[datetime]
    told_at: Mapped[datetime | None]

    # Read-only (models/base.py): the rows the ids above name.
    case: Mapped[Case] = relationship(viewonly=True)
    reporter: Mapped[User] = relationship(viewonly=True)


class Media(Base):
    """A photo received from LINE, stored by the app (LINE deletes content after a while)."""

    __tablename__ = "media"
    _repr_fields = ("case_id", "content_type", "size_bytes")

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    line_message_id: Mapped[str] = mapped_column(String(64), unique=True)
    content_type: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size_bytes: Mapped[int]
    created_at: Mapped[datetime]


class Conversation(Base):
    """Where a user is in a flow: one row per user, `state` is "<flow>:<step>"."""

    __tablename__ = "conversations"
    _repr_fields = ("user_id", "state")

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime]


def record_status_change(
    session: Session, case: Case, actor_user_id: int, from_status: str, now: datetime, **detail: Any
) -> CaseEvent:
    """The timeline entry of a status change: who, when, from what to what, and why."""
    event = CaseEvent(
        case_id=case.id,
        kind="status",
        actor_user_id=actor_user_id,
        from_status=from_status,
        to_status=case.status,
        detail=detail,
        at=now,
    )
    session.add(event)
    return event


# session.info key: users known (from a prefetch) to have no conversation row.
_WITHOUT_CONVERSATION = "users_without_conversation"


_CONVERSATIONS_OF = select(Conversation).where(Conversation.user_id.in_(bindparam("user_ids", expanding=True)))


def prefetch_conversations(session: Session, user_ids: set[int]) -> None:
    """Load many users' conversation rows in one query; find_conversation then needs none."""
    loaded = session.scalars(_CONVERSATIONS_OF, {"user_ids": list(user_ids)})
    found = {conversation.user_id for conversation in loaded}
    session.info.setdefault(_WITHOUT_CONVERSATION, set()).update(user_ids - found)


def find_conversation(session: Session, user_id: int) -> Conversation | None:
    if user_id in session.info.get(_WITHOUT_CONVERSATION, ()):
        return None
    conversation = session.get(Conversation, user_id)
    # Deleted earlier in this batch of events but not flushed yet: the flow is over.
    return None if conversation in session.deleted else conversation


def new_conversation(session: Session, user_id: int, now: datetime) -> Conversation:
    session.info.get(_WITHOUT_CONVERSATION, set()).discard(user_id)
    conversation = Conversation(user_id=user_id, state="", data={}, updated_at=now)
    session.add(conversation)
    return conversation


def forget_prefetched_conversations(session: Session) -> None:
    session.info.pop(_WITHOUT_CONVERSATION, None)
