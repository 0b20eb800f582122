"""Cases made directly in the database, for tests about lists, deadlines and retention (tests about
reporting itself walk the report flow instead)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from dispatch.stats_refresh import refresh_statistics
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.centers import Center


def new_center(session: Session, code: str, subdistrict: str, now: datetime | None = None) -> Center:
    """An active center of the subdistrict (its district and province from the code)."""
    at = now or utcnow()
    center = Center(
        code=code, name=f"ศูนย์ {code}", subdistrict_code=subdistrict, district_code=subdistrict[:4],
        province_code=subdistrict[:2], latitude=16.44, longitude=102.83, phone="", active=True,
        created_at=at, updated_at=at,
    )  # fmt: skip
    session.add(center)
    session.flush()
    return center


def new_case(session: Session, center: Center, reporter_id: int, reference: str, **fields: Any) -> Case:
    """A case of `center`'s area, waiting for acknowledgement unless `fields` say otherwise."""
    at: datetime = fields.pop("created_at", None) or utcnow()
    values: dict[str, Any] = {
        "status": CaseStatus.ASSIGNED,
        "urgency": "normal",
        "subject": "other",
        "category": "elderly",
        "needs": ["food"],
        "consent_basis": "consent",
        "consent_version": "test",
        "consent_at": at,
        "ack_due_at": at + timedelta(hours=24),
        "updated_at": at,
    }
    values.update(fields)
    case = Case(
        reference=reference,
        reporter_user_id=reporter_id,
        center_id=center.id,
        subdistrict_code=center.subdistrict_code,
        district_code=center.district_code,
        province_code=center.province_code,
        created_at=at,
        **values,
    )
    session.add(case)
    session.flush()
    return case


def refresh_public_statistics(sessions: sessionmaker[Session], now: datetime | None = None, months: int = 12) -> int:
    """What the worker's public_stats job does, at once: the cases made so far counted in /stats and
    Open311's small-cell rule. Returns the cases it read."""
    with sessions.begin() as session:
        return refresh_statistics(session, now or utcnow(), months)
