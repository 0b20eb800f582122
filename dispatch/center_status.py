"""Taking a center out of routing and back (`centers deactivate` / `reactivate`), in the caller's
transaction. An inactive center gets no new case (the routing directory holds active centers only)
and is not offered as a transfer target; its open cases stay with it until staff transfer them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.lifecycle import OPEN_STATUSES
from models.cases import Case
from models.centers import Center


def open_cases_of(session: Session, center: Center) -> list[Case]:
    query = (
        select(Case)
        .where(Case.center_id == center.id, Case.status.in_([str(status) for status in OPEN_STATUSES]))
        .order_by(Case.created_at, Case.id)
    )
    return list(session.scalars(query))


def set_active(session: Session, code: str, active: bool, now: datetime) -> tuple[Center, bool] | None:
    """The center and whether anything changed; None for an unknown code."""
    center = session.scalars(select(Center).where(Center.code == code).with_for_update()).first()
    if center is None:
        return None
    if center.active == active:
        return center, False
    center.active = active
    center.updated_at = now
    return center, True
