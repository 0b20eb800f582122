"""Reading the audit trail (models/audit.py) in the console: supervisors and province administrators
see the entries about the cases of their area and the entries made by the people who work there
(staff of its centers, and themselves), filtered and paged. Entries hold no personal data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.case_queue import bangkok_midnight, parse_day
from models.audit import AuditEntry
from models.cases import Case
from models.centers import Center, StaffMembership, StaffRole
from models.users import User

AUDITOR_ROLES = (StaffRole.DISTRICT_SUPERVISOR, StaffRole.PROVINCE_SUPERVISOR, StaffRole.PROVINCE_ADMIN)
ACTIONS = ("view", "export", "change", "refused", "admin")


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    subject: str | None = None  # a case reference, a center code...
    actor: str | None = None  # a part of the actor's LINE display name
    day_from: date | None = None  # Bangkok calendar days, both included
    day_to: date | None = None

    @classmethod
    def parse(cls, action: str | None, subject: str | None, actor: str | None, day_from: str | None, day_to: str | None) -> AuditFilter:  # fmt: skip
        return cls(
            action=action if action in ACTIONS else None,
            subject=(subject or "").strip()[:64] or None,
            actor=(actor or "").strip()[:40] or None,
            day_from=parse_day(day_from),
            day_to=parse_day(day_to),
        )


def may_read_audit(session: Session, user: User) -> bool:
    query = select(StaffMembership.id).where(
        StaffMembership.user_id == user.id,
        StaffMembership.active.is_(True),
        StaffMembership.role.in_([str(role) for role in AUDITOR_ROLES]),
    )
    return session.scalar(query.limit(1)) is not None


def _entries(session: Session, user: User, chosen: AuditFilter) -> Select[tuple[AuditEntry, str | None]] | None:
    if not may_read_audit(session, user):
        return None
    case_scope = scope_filter(session, user, cases=True)
    center_scope = scope_filter(session, user)
    if case_scope is None or center_scope is None:
        return None
    cases_here = select(Case.reference).where(case_scope)
    people_here = (
        select(StaffMembership.user_id).join(Center, Center.id == StaffMembership.center_id).where(center_scope)
    )
    query = (
        select(AuditEntry, User.display_name)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(
            or_(
                AuditEntry.actor_id == user.id,
                AuditEntry.actor_id.in_(people_here),
                (AuditEntry.subject_kind == "case") & AuditEntry.subject_id.in_(cases_here),
            )
        )
    )
    if chosen.action:
        query = query.where(AuditEntry.action == chosen.action)
    if chosen.subject:
        query = query.where(AuditEntry.subject_id == chosen.subject)
    if chosen.actor:
        escaped = chosen.actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(User.display_name.like(f"%{escaped}%", escape="\\"))
    if chosen.day_from:
        query = query.where(AuditEntry.at >= bangkok_midnight(chosen.day_from))
    if chosen.day_to:
        query = query.where(AuditEntry.at < bangkok_midnight(chosen.day_to + timedelta(days=1)))
    return query


def audit_page(
    session: Session, user: User, chosen: AuditFilter, limit: int, offset: int = 0
) -> tuple[list[tuple[AuditEntry, str | None]], int] | None:
    """One page (newest first) with the total; None for someone who may not read the trail."""
    query = _entries(session, user, chosen)
    if query is None:
        return None
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).offset(offset))
    return [(entry, name) for entry, name in rows], total
