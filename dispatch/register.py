"""The household register: who may register, see and change a person; the check-in rhythm; the
fuzzy duplicate check; buddies; check-ins. In the caller's transaction. The sweep, closing and the
views are in register_sweep.py, register_closing.py and register_views.py.

Who sees a person: their buddy, the active staff of their center and the supervisors whose district
or province holds that center (dispatch.case_actions.scope_filter, the one definition of scope).
Every view, change and refusal is written to the audit trail (ids and shapes, never the data).
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Select, or_, select, text
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.geo import haversine_km
from dispatch.help_groups import NEEDS
from dispatch.names import strip_titles
from models.audit import record_audit
from models.centers import Center, StaffMembership, StaffRole
from models.register import OPEN, CheckIn, CheckInStage, Household, PersonStatus, RegisteredPerson
from models.users import User
from models.volunteers import Volunteer, VolunteerStatus

log = logging.getLogger("dispatch.register")

# The vulnerability groups as the province definition has them.
GROUPS = (
    "poor",
    "carer",
    "elderly_alone",
    "homeless",
    "chronic_illness",
    "disability",
    "bedridden",
    "no_health_cover",
    "stateless",
)
SEXES = ("male", "female", "unstated")
# PDPA lawful bases: the person's consent (typed or a photographed signed form), or, when they
# cannot consent, public task (s.24(4)) or vital interest (s.24(2)).
BASES = ("consent", "public_task", "vital_interest")
CLOSE_REASONS = ("moved", "died", "request")
MODES = ("visited", "phoned")
OUTCOMES = ("fine", "needs")
DUPLICATE_SCORE = 85  # rapidfuzz ratio of the title-less names, 0-100
DUPLICATE_YEARS = 1  # a birth year said one off is the same person
# A case opened from a check-in: the help group it is filed under, by the person's groups in order.
CASE_CATEGORY = (
    ("bedridden", "bedridden"),
    ("disability", "disability"),
    ("homeless", "homeless"),
    ("elderly_alone", "elderly"),
    ("poor", "poverty"),
)
CASE_BASIS = {"consent": "subject_consent", "public_task": "public_task", "vital_interest": "vital_interest"}
CONSENT_VERSION = "register-v1"
CHANNEL = "line"


@dataclass(frozen=True)
class Rhythm:
    """How often a buddy checks in, by need; how long an unanswered check-in waits before the buddy
    is reminded again, and again before the center's staff are told."""

    weekly_days: int = 7
    monthly_days: int = 30
    weekly_groups: frozenset[str] = frozenset({"bedridden"})
    weekly_alone_age: int = 80
    grace: timedelta = timedelta(hours=48)

    @classmethod
    def from_settings(cls, settings: Any) -> Rhythm:
        return cls(
            weekly_days=settings.check_in_weekly_days,
            monthly_days=settings.check_in_monthly_days,
            weekly_groups=frozenset(settings.check_in_weekly_groups),
            weekly_alone_age=settings.check_in_weekly_alone_age,
            grace=timedelta(hours=settings.check_in_grace_hours),
        )

    def days_for(self, groups: list[str], birth_year: int | None, now: datetime) -> int:
        """Weekly for the groups that need it (bedridden) and for people living alone past the age;
        monthly otherwise."""
        age = now.year - birth_year if birth_year else None
        alone_and_old = "elderly_alone" in groups and age is not None and age >= self.weekly_alone_age
        return self.weekly_days if alone_and_old or set(groups) & self.weekly_groups else self.monthly_days


def name_key(name: str) -> str:
    """The name compared by the duplicate check: no titles, no spaces, lower case."""
    return "".join(strip_titles(name).split()).lower()


def birth_year_from(typed: str, now: datetime) -> int | None:
    """A birth year typed in the Buddhist era (2480) or the Common Era (1937), or an age (87)."""
    value = typed.strip()
    if not value.isascii() or not value.isdecimal() or len(value) > 4:
        return None
    number = int(value)
    if number >= 2400:
        number -= 543
    elif number <= 120:
        number = now.year - number
    return number if 1890 <= number <= now.year else None


def audit_person(
    session: Session,
    actor_id: int | None,
    action: str,
    person_id: int | None,
    now: datetime,
    detail: dict[str, Any] | None = None,
    channel: str = CHANNEL,
) -> None:
    """One audit entry about a person: ids and the action's shape only, never what was seen."""
    record_audit(
        session,
        actor_id=actor_id,
        channel=channel,
        action=action,
        subject_kind="person",
        subject_id=person_id,
        detail=detail,
        now=now,
    )


# -- who may do what -----------------------------------------------------------------------------


def registering_center(session: Session, user: User) -> Center | None:
    """The center a user registers people for: an approved volunteer's, else their own as staff."""
    volunteer = session.scalars(
        select(Volunteer).where(Volunteer.user_id == user.id, Volunteer.status == VolunteerStatus.APPROVED)
    ).first()
    if volunteer is not None:
        return volunteer.center
    return session.scalars(
        select(Center)
        .join(StaffMembership, StaffMembership.center_id == Center.id)
        .where(
            StaffMembership.user_id == user.id,
            StaffMembership.active.is_(True),
            StaffMembership.role == StaffRole.STAFF,
        )
        .order_by(StaffMembership.id)
    ).first()


def people_in_scope(session: Session, user: User, staff_only: bool = False) -> Select[tuple[RegisteredPerson]]:
    """The people `user` may see: buddied by them, or of a center in their scope. With `staff_only`
    the buddy's way in does not count (assigning buddies, closing)."""
    scope = scope_filter(session, user)
    ways = [] if scope is None else [scope]
    if not staff_only:
        ways.append(RegisteredPerson.buddy_user_id == user.id)
    query = select(RegisteredPerson).join(Center, Center.id == RegisteredPerson.center_id)
    return query.where(or_(*ways)) if ways else query.where(RegisteredPerson.id.is_(None))


def person_for(
    session: Session,
    user: User,
    person_id: int | None,
    action: str,
    now: datetime,
    staff_only: bool = False,
    channel: str = CHANNEL,
) -> RegisteredPerson | None:
    """The person if `user` may see them (an audited view), else None (an audited refusal)."""
    person = None
    if person_id is not None:
        person = session.scalars(
            people_in_scope(session, user, staff_only).where(RegisteredPerson.id == person_id)
        ).first()
    if person is None:
        log.warning(json.dumps({"refused": action, "user": user.id, "person": person_id}))
        audit_person(session, user.id, "refused", person_id, now, {"wanted": action}, channel=channel)
        return None
    audit_person(session, user.id, "view" if action == "view" else action, person.id, now, channel=channel)
    return person


# -- registering ---------------------------------------------------------------------------------


def possible_duplicates(
    session: Session, name: str, birth_year: int | None, subdistrict_code: str | None, limit: int = 3
) -> list[RegisteredPerson]:
    """Open people of the same subdistrict born within a year of `birth_year` whose name is close
    (titles and spaces aside): one index seek and a few comparisons."""
    if not subdistrict_code or birth_year is None or not name:
        return []
    wanted = name_key(name)
    rows = session.scalars(
        select(RegisteredPerson).where(
            RegisteredPerson.subdistrict_code == subdistrict_code,
            RegisteredPerson.birth_year.between(birth_year - DUPLICATE_YEARS, birth_year + DUPLICATE_YEARS),
            text(OPEN),
        )
    )
    scored = [(fuzz.ratio(wanted, row.name_key or ""), row) for row in rows]
    close = sorted((pair for pair in scored if pair[0] >= DUPLICATE_SCORE), key=lambda pair: -pair[0])
    return [row for _, row in close[:limit]]


def register_person(
    session: Session, user: User | None, center: Center, data: dict[str, Any], now: datetime, rhythm: Rhythm
) -> RegisteredPerson:
    """A new person (in a new household, or the one `data["household_id"]` names), the first
    check-in due one rhythm from now; audited."""
    household = session.get(Household, data["household_id"]) if data.get("household_id") else None
    if household is None or household.center_id != center.id:
        household = Household(
            center_id=center.id,
            address_text=data.get("address_text"),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            subdistrict_code=data.get("subdistrict_code"),
            district_code=data.get("district_code"),
            province_code=data.get("province_code"),
            created_at=now,
            updated_at=now,
        )
        session.add(household)
        session.flush()
    groups = [group for group in data.get("groups") or [] if group in GROUPS]
    birth_year = data.get("birth_year")
    days = rhythm.days_for(groups, birth_year, now)
    person = RegisteredPerson(
        household_id=household.id,
        center_id=center.id,
        subdistrict_code=household.subdistrict_code,
        status=PersonStatus.ACTIVE,
        name=data["name"],
        name_key=name_key(data["name"]),
        birth_year=birth_year,
        sex=data.get("sex"),
        id_card_last4=data.get("id4"),
        groups=groups,
        needs=[need for need in data.get("needs") or [] if need in NEEDS],
        phone=data.get("phone"),
        lawful_basis=data["basis"],
        consent_note=data.get("consent_note"),
        consent_media_id=data.get("consent_media_id"),
        photo_media_id=data.get("photo_media_id"),
        registered_by_user_id=user.id if user else None,
        check_in_days=days,
        next_check_in_due=now + timedelta(days=days),
        check_in_stage=CheckInStage.WAITING,
        next_alert_at=now + timedelta(days=days),
        created_at=now,
        updated_at=now,
    )
    session.add(person)
    session.flush()
    audit_person(
        session,
        user.id if user else None,
        "create",
        person.id,
        now,
        {"household": household.id, "basis": person.lawful_basis},
        channel=CHANNEL if user else "cli",
    )
    return person


def household_members(session: Session, person: RegisteredPerson) -> list[RegisteredPerson]:
    return list(
        session.scalars(
            select(RegisteredPerson)
            .where(RegisteredPerson.household_id == person.household_id, RegisteredPerson.id != person.id)
            .where(RegisteredPerson.status == PersonStatus.ACTIVE)
            .order_by(RegisteredPerson.id)
        )
    )


# -- buddies ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuddyCandidate:
    user_id: int
    name: str
    km: float
    kind: str  # volunteer, staff


def place_of(session: Session, person: RegisteredPerson) -> tuple[float, float]:
    """Where the person lives, or their center's place when only an address was typed."""
    household = person.household
    if household is not None and household.latitude is not None and household.longitude is not None:
        return household.latitude, household.longitude
    center = person.center
    return (center.latitude, center.longitude) if center is not None else (0.0, 0.0)


def buddy_candidates(session: Session, person: RegisteredPerson, limit: int = 5) -> list[BuddyCandidate]:
    """The center's approved, available volunteers nearest the home first, then its staff."""
    latitude, longitude = place_of(session, person)
    volunteers = session.scalars(
        select(Volunteer).where(
            Volunteer.center_id == person.center_id,
            Volunteer.status == VolunteerStatus.APPROVED,
            Volunteer.available.is_(True),
        )
    ).all()
    found = sorted(
        (
            BuddyCandidate(v.user_id, v.name, haversine_km(latitude, longitude, v.latitude, v.longitude), "volunteer")
            for v in volunteers
        ),
        key=lambda candidate: candidate.km,
    )
    center = person.center
    staff = session.execute(
        select(User.id, User.display_name)
        .join(StaffMembership, StaffMembership.user_id == User.id)
        .where(
            StaffMembership.center_id == person.center_id,
            StaffMembership.role == StaffRole.STAFF,
            StaffMembership.active.is_(True),
            User.following.is_(True),
        )
        .order_by(User.id)
    ).all()
    km = haversine_km(latitude, longitude, center.latitude, center.longitude) if center else math.inf
    taken = {candidate.user_id for candidate in found}
    found += [BuddyCandidate(uid, name or "", km, "staff") for uid, name in staff if uid not in taken]
    return found[:limit]


def assign_buddy(
    session: Session, staff: User, person_id: int | None, buddy_user_id: int | None, now: datetime
) -> tuple[RegisteredPerson, BuddyCandidate] | None:
    """Staff in scope make one of the person's candidates their buddy; None when refused."""
    person = person_for(session, staff, person_id, "assign_buddy", now, staff_only=True)
    if person is None or person.status != PersonStatus.ACTIVE:
        return None
    chosen = next((c for c in buddy_candidates(session, person, limit=50) if c.user_id == buddy_user_id), None)
    if chosen is None:
        return None
    person.buddy_user_id = chosen.user_id
    person.updated_at = now
    audit_person(session, staff.id, "change", person.id, now, {"buddy": chosen.user_id})
    return person, chosen


# -- check-ins -------------------------------------------------------------------------------------


def record_check_in(
    session: Session, user: User, person: RegisteredPerson, mode: str, outcome: str, now: datetime
) -> CheckIn:
    """A check-in by the buddy (or staff): the next one falls due one rhythm from now."""
    check_in = CheckIn(person_id=person.id, by_user_id=user.id, mode=mode, outcome=outcome, at=now)
    session.add(check_in)
    due = now + timedelta(days=person.check_in_days)
    person.next_check_in_due = due
    person.next_alert_at = due
    person.check_in_stage = CheckInStage.WAITING
    person.updated_at = now
    session.flush()
    audit_person(session, user.id, "check_in", person.id, now, {"mode": mode, "outcome": outcome})
    return check_in


def check_in_history(session: Session, person: RegisteredPerson, limit: int = 5) -> list[CheckIn]:
    return list(
        session.scalars(
            select(CheckIn).where(CheckIn.person_id == person.id).order_by(CheckIn.at.desc(), CheckIn.id.desc())
        ).fetchmany(limit)
    )


def case_report(person: RegisteredPerson, household: Household, description: str, now: datetime) -> dict[str, Any]:
    """The report (as the report flow collects it) of a case opened from a check-in: everything
    the register knows, so it is routed and given deadlines like any other."""
    groups = person.groups or []
    category = next((category for group, category in CASE_CATEGORY if group in groups), "other")
    has_area = bool(household.province_code)
    return {
        "subject": "other",
        "category": category,
        "needs": [need for need in person.needs or [] if need in NEEDS],
        "person_name": person.name,
        "person_age": now.year - person.birth_year if person.birth_year else None,
        "description": description,
        "contact_phone": person.phone,
        "latitude": household.latitude,
        "longitude": household.longitude,
        "address_text": household.address_text,
        "subdistrict_code": household.subdistrict_code,
        "district_code": household.district_code,
        "province_code": household.province_code,
        "area_source": "typed" if has_area else None,
        "consent": CASE_BASIS.get(person.lawful_basis, "public_task"),
        "consent_version": CONSENT_VERSION,
        "consent_at": person.created_at.isoformat(),
    }
