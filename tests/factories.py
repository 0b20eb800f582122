"""Cases made directly in the database, for tests about lists, deadlines and retention (tests about
reporting itself walk the report flow instead)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from models.base import utcnow
from models.cases import Case, CaseStatus
from models.centers import Center


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


def new_volunteer(session: Session, center: Center, user_id: int, name: str, status: str = "pending") -> Any:
    """A volunteer (อพม.) of `center`, living at the center, applying unless `status` says otherwise."""
    from models.volunteers import Volunteer, lat_band

    now = utcnow()
    volunteer = Volunteer(
        user_id=user_id,
        center_id=center.id,
        name=name,
        phone="0811111111",
        latitude=center.latitude,
        longitude=center.longitude,
        lat_band=lat_band(center.latitude),
        status=status,
        created_at=now,
        updated_at=now,
    )
    session.add(volunteer)
    session.flush()
    return volunteer
