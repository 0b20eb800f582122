"""Cases made directly in the database, for tests about lists, deadlines and retention (tests about
reporting itself walk the report flow instead)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from dispatch.register import Rhythm, register_person
from dispatch.stats_refresh import refresh_statistics
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.centers import Center
from models.register import RegisteredPerson
from models.users import get_or_create_user
from models.volunteers import Volunteer, VolunteerStatus, lat_band


def new_center(
    session: Session,
    code: str,
    subdistrict: str,
    position: tuple[float, float] = (16.44, 102.83),
    now: datetime | None = None,
) -> Center:
    """An active center of the subdistrict (its district and province from the code) at `position`."""
    at = now or utcnow()
    center = Center(
        code=code, name=f"ศูนย์ {code}", subdistrict_code=subdistrict, district_code=subdistrict[:4],
        province_code=subdistrict[:2], latitude=position[0], longitude=position[1], phone="043000001",
        active=True, created_at=at, updated_at=at,
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


def approved_volunteer(
    session: Session, line_user_id: str, center_code: str, position: tuple[float, float], name: str
) -> Volunteer:
    """An approved, available volunteer of the center living at `position` (without the chat)."""
    user = get_or_create_user(session, line_user_id, utcnow())
    center = session.scalars(select(Center).where(Center.code == center_code)).one()
    return new_volunteer(
        session, center, user.id, name, VolunteerStatus.APPROVED, position=position, phone="0891112222",
        skills=["visit"], max_active_cases=2, active_cases=0, available=True,
    )  # fmt: skip


def new_volunteer(
    session: Session,
    center: Center,
    user_id: int,
    name: str,
    status: str = "pending",
    position: tuple[float, float] | None = None,
    **values: Any,
) -> Volunteer:
    """A volunteer (อพม.) of `center`, living at `position` (else at the center), applying unless
    `status` says otherwise; `values` set any other column."""
    latitude, longitude = position or (center.latitude, center.longitude)
    now = utcnow()
    volunteer = Volunteer(
        user_id=user_id, center_id=center.id, name=name, phone=values.pop("phone", "0811111111"),
        latitude=latitude, longitude=longitude, lat_band=lat_band(latitude), status=status,
        created_at=now, updated_at=now, **values,
    )  # fmt: skip
    session.add(volunteer)
    session.flush()
    return volunteer


def registered_person(
    session: Session, center_code: str, name: str, now: datetime | None = None, **fields: Any
) -> RegisteredPerson:
    """A person on the register of the center, at the center's place, registered from the command
    line (no LINE user), with a buddy when `buddy` (a LINE user id) is given."""
    now = now or utcnow()
    center = session.scalars(select(Center).where(Center.code == center_code)).one()
    buddy = fields.pop("buddy", None)
    data = {
        "name": name,
        "birth_year": 1940,
        "sex": "female",
        "groups": ["elderly_alone"],
        "needs": ["food"],
        "basis": "public_task",
        "latitude": center.latitude,
        "longitude": center.longitude,
        "address_text": "12 หมู่ 3",
        "subdistrict_code": center.subdistrict_code,
        "district_code": center.district_code,
        "province_code": center.province_code,
        **fields,
    }
    person = register_person(session, None, center, data, now, Rhythm())
    if buddy is not None:
        person.buddy_user_id = get_or_create_user(session, buddy, now).id
    session.flush()
    return person


def refresh_public_statistics(sessions: sessionmaker[Session], now: datetime | None = None, months: int = 12) -> int:
    """What the worker's public_stats job does, at once: the cases made so far counted in /stats and
    Open311's small-cell rule. Returns the cases it read."""
    with sessions.begin() as session:
        return refresh_statistics(session, now or utcnow(), months)
