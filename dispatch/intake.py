"""Turning a confirmed report into a case routed to a center, in the caller's transaction."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.address import describe_codes, match_address
from dispatch.audience import at_level, center_staff
from dispatch.routing import (
    CENTER_LEVEL,
    DEFAULT_DEADLINES,
    DEFAULT_MAX_KM,
    DISTRICT_LEVEL,
    PROVINCE_LEVEL,
    UNROUTED,
    CenterDirectory,
    CenterDirectoryCache,
    RoutingDecision,
    ack_and_visit_deadlines,
    area_of_point,
    far_from_province,
    route,
)
from dispatch.understanding import Understanding
from models.cases import Case, CaseEvent, CaseStatus, Media, Urgency
from models.users import User

REFERENCE_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"  # no 0/O, 1/I, 2/Z, 5/S, 6/G, 8/B: easy to read aloud
URGENT_CATEGORIES = frozenset({"violence", "child"})
DIRECTORY = CenterDirectoryCache()


@dataclass(frozen=True)
class NewCase:
    """`level`: who answers for the case (Case.route_level); `staff_line_ids`: who is told now — the
    center's staff, or the area's supervisors when no center is near enough."""

    case: Case
    decision: RoutingDecision | None
    staff_line_ids: list[str]
    level: str = CENTER_LEVEL


def urgency_for(report: dict[str, Any]) -> Urgency:
    """Immediate danger is urgent; violence and children at risk are high; the rest normal."""
    if report.get("danger"):
        return Urgency.URGENT
    if report.get("category") in URGENT_CATEGORIES:
        return Urgency.HIGH
    return Urgency.NORMAL


def new_reference(session: Session, now: datetime) -> str:
    while True:
        suffix = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(4))
        reference = f"SC-{now:%y%m%d}-{suffix}"
        if session.scalar(select(Case.id).where(Case.reference == reference)) is None:
            return reference


def resolve_area(
    directory: CenterDirectory, report: dict[str, Any], max_km: float
) -> tuple[dict[str, str], str | None]:
    """The subdistrict, district and province codes of a report, and where they came from. A typed
    address has them already ("typed"). For a shared location: the address LINE sent with it, when
    geothai matches it to a subdistrict or district ("line_address": LINE's own reverse geocoding,
    usually right to the tambon) unless that province's centers are all far from the pin (the address
    is then about somewhere else); else the nearest active center's area within `max_km`
    ("nearest_center", approximate: see routing.area_of_point); else none."""
    codes = {key: report.get(key) for key in ("subdistrict_code", "district_code", "province_code")}
    if codes["province_code"]:
        return codes, report.get("area_source") or "typed"
    latitude, longitude = report.get("latitude"), report.get("longitude")
    if latitude is None or longitude is None:
        return codes, None
    if report.get("address_text"):
        found = match_address(report["address_text"])
        if (
            found is not None
            and found.level in ("subdistrict", "district")
            and not far_from_province(directory, latitude, longitude, found.province_code)
        ):
            return {
                "subdistrict_code": found.subdistrict_code,
                "district_code": found.district_code,
                "province_code": found.province_code,
            }, "line_address"
    area = area_of_point(directory, latitude, longitude, max_km)
    if area is None:
        return codes, None
    return {
        "subdistrict_code": area.subdistrict_code,
        "district_code": area.district_code,
        "province_code": area.province_code,
    }, "nearest_center"


def responsible_level(session: Session, case: Case) -> tuple[str, list[str]]:
    """Who answers for a case no center takes: its district's supervisors, else its province's
    (the deadline sweep's own audience, so the same people are reminded later), else nobody — the
    unrouted queue. With their LINE ids."""
    for level in (DISTRICT_LEVEL, PROVINCE_LEVEL):
        line_ids = at_level(session, case, level)
        if line_ids:
            return level, line_ids
    return UNROUTED, []


def create_case(
    session: Session,
    reporter: User,
    report: dict[str, Any],
    now: datetime,
    deadlines: Mapping[str, tuple[timedelta, timedelta]] = DEFAULT_DEADLINES,
    max_km: float = DEFAULT_MAX_KM,
) -> NewCase:
    """Create the case, route it to a center (none farther than `max_km` or the center's own service
    radius; else its area's supervisors; else the unrouted queue), and record both in its timeline.
    `deadlines`: per urgency, the time to acknowledge and to the first visit (Settings.deadlines)."""
    urgency = urgency_for(report)
    directory = DIRECTORY.get(session)
    codes, area_source = resolve_area(directory, report, max_km)
    decision = route(
        directory,
        latitude=report.get("latitude"),
        longitude=report.get("longitude"),
        subdistrict_code=codes["subdistrict_code"],
        district_code=codes["district_code"],
        province_code=codes["province_code"],
        max_km=max_km,
    )
    ack_due, visit_due = ack_and_visit_deadlines(urgency, now, deadlines)
    case = Case(
        reference=new_reference(session, now),
        reporter_user_id=reporter.id,
        center_id=decision.center.id if decision else None,
        route_level=CENTER_LEVEL if decision else None,
        status=CaseStatus.ASSIGNED,
        urgency=urgency,
        subject=report["subject"],
        category=report["category"],
        needs=list(report.get("needs") or []),
        person_name=report.get("person_name"),
        person_age=report.get("person_age"),
        description=report.get("description"),
        contact_phone=report.get("contact_phone"),
        latitude=report.get("latitude"),
        longitude=report.get("longitude"),
        address_text=report.get("address_text"),
        subdistrict_code=codes["subdistrict_code"],
        district_code=codes["district_code"],
        province_code=codes["province_code"],
        area_source=area_source,
        consent_basis=report["consent"],
        consent_version=report["consent_version"],
        consent_at=datetime.fromisoformat(report["consent_at"]),
        ack_due_at=ack_due,
        visit_due_at=visit_due,
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    if decision is not None:
        level, told = CENTER_LEVEL, center_staff(session, decision.center.id)
    else:
        level, told = responsible_level(session, case)
        case.route_level = level
    if report.get("media_id"):
        media = session.get(Media, report["media_id"])
        if media is not None and media.owner_user_id == reporter.id:
            media.case_id = case.id
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="reported",
            actor_user_id=reporter.id,
            to_status=CaseStatus.ASSIGNED,
            detail={
                "consent_basis": case.consent_basis,
                "consent_version": case.consent_version,
                "routing": decision.reason if decision else level,
                "distance_km": round(decision.distance_km, 2)
                if decision and decision.distance_km is not None
                else None,
                "area_source": area_source,
                "max_km": max_km,
            },
            at=now,
        )
    )
    return NewCase(case, decision, told, level)


@dataclass(frozen=True)
class Rerouted:
    """A waiting case that found someone: a center (`decision`), or supervisors where there were none.
    `released`: the supervisors who answered for it until now (it left them for a center)."""

    case: Case
    decision: RoutingDecision | None
    level: str
    previous_level: str | None
    told: list[str]
    released: list[str] = field(default_factory=list)


def reroute_waiting(
    session: Session,
    now: datetime,
    deadlines: Mapping[str, tuple[timedelta, timedelta]] = DEFAULT_DEADLINES,
    max_km: float = DEFAULT_MAX_KM,
    limit: int = 500,
) -> list[Rerouted]:
    """Cases waiting without a center and not yet taken by a supervisor, routed again (after centers
    were imported or reactivated, or staff enrolled): to a center now near enough — with fresh
    deadlines, as a transfer gives — or to supervisors where there were none. Cases another process
    holds are skipped (it is routing them). Returns what changed, for the caller to tell."""
    waiting = session.scalars(
        select(Case)
        .where(Case.center_id.is_(None), Case.status == CaseStatus.ASSIGNED, Case.owner_user_id.is_(None))
        .order_by(Case.created_at, Case.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    if not waiting:
        return []
    directory = DIRECTORY.get(session)
    changed = []
    for case in waiting:
        previous = case.route_level
        released = at_level(session, case, previous) if previous in (DISTRICT_LEVEL, PROVINCE_LEVEL) else []
        if case.area_source in (None, "nearest_center") and case.latitude is not None:
            report = {"latitude": case.latitude, "longitude": case.longitude, "address_text": case.address_text}
            codes, source = resolve_area(directory, report, max_km)
            if source is not None:
                for key, value in codes.items():
                    setattr(case, key, value)
                case.area_source = source
        decision, told = _to_center(session, directory, case, now, deadlines, max_km, with_province=False)
        if decision is not None:
            case.updated_at = now
            level = CENTER_LEVEL
        else:
            level, told = responsible_level(session, case)
            if level == previous:
                continue
            case.route_level = level
            case.updated_at = now
        session.add(
            CaseEvent(
                case_id=case.id,
                kind="routed",
                from_status=case.status,
                to_status=case.status,
                detail={
                    "from_level": previous,
                    "to_level": level,
                    "center": decision.center.code if decision else None,
                    "distance_km": round(decision.distance_km, 2)
                    if decision and decision.distance_km is not None
                    else None,
                },
                at=now,
            )
        )
        changed.append(Rerouted(case, decision, level, previous, told, released if decision else []))
    return changed


def _to_center(
    session: Session,
    directory: CenterDirectory,
    case: Case,
    now: datetime,
    deadlines: Mapping[str, tuple[timedelta, timedelta]],
    max_km: float,
    with_province: bool = True,
) -> tuple[RoutingDecision | None, list[str]]:
    """Route a case that has no center yet; on success it is the center's, with fresh deadlines.
    Returns the decision and the center's staff to tell (none when no center is near enough)."""
    decision = route(
        directory,
        latitude=case.latitude,
        longitude=case.longitude,
        subdistrict_code=case.subdistrict_code,
        district_code=case.district_code,
        province_code=case.province_code if with_province else None,
        max_km=max_km,
    )
    if decision is None:
        return None, []
    case.center_id = decision.center.id
    case.route_level = CENTER_LEVEL
    case.ack_due_at, case.visit_due_at = ack_and_visit_deadlines(case.urgency, now, deadlines)
    return decision, center_staff(session, decision.center.id)


def unrouted_cases(session: Session, limit: int, offset: int = 0) -> tuple[list[Case], int]:
    """The unrouted queue: open cases without a center and without supervisors in their area, oldest
    first (one page, and the total)."""
    base = select(Case).where(
        Case.center_id.is_(None), Case.status == CaseStatus.ASSIGNED, Case.route_level == UNROUTED
    )
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    page = session.scalars(base.order_by(Case.created_at, Case.id).limit(limit).offset(offset)).all()
    return list(page), total


# -- a case made at once (danger), filled in later ---------------------------------------------

FILLABLE = ("contact_phone", "person_name", "person_age", "latitude", "longitude", "address_text")
AREA_KEYS = ("subdistrict_code", "district_code", "province_code")


@dataclass(frozen=True)
class Filled:
    """What `fill_case` changed: the fields, and when the case found a center only now, the routing
    and the staff to tell."""

    fields: list[str]
    decision: RoutingDecision | None = None
    told: list[str] = field(default_factory=list)


def fill_case(
    session: Session,
    case: Case,
    reporter: User,
    report: dict[str, Any],
    now: datetime,
    deadlines: Mapping[str, tuple[timedelta, timedelta]] = DEFAULT_DEADLINES,
    max_km: float = DEFAULT_MAX_KM,
) -> Filled:
    """Add what the reporter said after an urgent case was made at once: fields it lacks are set,
    a new description is added to the old one (nothing typed is lost), a photo joins it. A case that
    was waiting without a center is routed now that it has a place. One `details_added` event."""
    changed: list[str] = []
    for key in FILLABLE:
        if report.get(key) is not None and getattr(case, key) is None:
            setattr(case, key, report[key])
            changed.append(key)
    if report.get("category") and case.category == "other" and report["category"] != "other":
        case.category = report["category"]
        changed.append("category")
    if report.get("needs") and not case.needs:
        case.needs = list(report["needs"])
        changed.append("needs")
    description = (report.get("description") or "").strip()
    if description and description not in (case.description or ""):
        case.description = f"{case.description}\n{description}" if case.description else description
        changed.append("description")
    if report.get("consent") and report["consent"] != case.consent_basis and report.get("consent_at"):
        case.consent_basis = report["consent"]
        case.consent_version = report.get("consent_version") or case.consent_version
        case.consent_at = datetime.fromisoformat(report["consent_at"])
        changed.append("consent")
    if report.get("media_id"):
        media = session.get(Media, report["media_id"])
        if media is not None and media.owner_user_id == reporter.id and media.case_id is None:
            media.case_id = case.id
            changed.append("photo")
    if case.province_code is None:
        codes, source = resolve_area(DIRECTORY.get(session), report, max_km)
        if source is not None:
            for key in AREA_KEYS:
                setattr(case, key, codes[key])
            case.area_source = source
            changed.append("area")
    decision = None
    told: list[str] = []
    if case.center_id is None and case.status == CaseStatus.ASSIGNED and ("area" in changed or "latitude" in changed):
        decision, told = _to_center(session, DIRECTORY.get(session), case, now, deadlines, max_km)
    if changed:
        case.updated_at = now
        session.add(
            CaseEvent(
                case_id=case.id,
                kind="details_added",
                actor_user_id=reporter.id,
                from_status=case.status,
                to_status=case.status,
                detail={"fields": changed, "center": decision.center.code if decision else None},
                at=now,
            )
        )
    return Filled(changed, decision, told)


def facts_from(found: Understanding, text: str, description_limit: int) -> dict[str, Any]:
    """The report fields a first message already answers (flow data keys), from what was understood.
    Only findings sure enough to show back are used; the summary lets the person change any."""
    facts: dict[str, Any] = {}
    if found.group is not None and found.group.confidence >= 0.6:
        facts["category"] = found.group.value
    if found.reporter is not None and found.reporter.confidence >= 0.6:
        facts["subject"] = {"self": "self", "relative": "family"}.get(str(found.reporter.value), "other")
    if found.age is not None:
        facts["person_age"] = found.age.value
    if found.phones:
        facts["contact_phone"] = found.phones[0]
    if found.danger is not None:
        facts["danger"] = True
        facts["danger_kinds"] = list(found.danger.kinds)
    place = found.place
    if place is not None and place.level in ("subdistrict", "district"):
        facts.update(
            {
                "subdistrict_code": place.subdistrict_code,
                "district_code": place.district_code,
                "province_code": place.province_code,
                "address_text": text[:300],
                "place": describe_codes(place.subdistrict_code, place.district_code, place.province_code),
                "area_source": "typed",
                "latitude": None,
                "longitude": None,
            }
        )
    elif place is not None and place.subdistrict_choices:
        facts.update(
            {
                "address_text": text[:300],
                "candidates": [
                    {
                        "subdistrict_code": code,
                        "district_code": code[:4],
                        "province_code": code[:2],
                        "place": describe_codes(code, code[:4], code[:2]),
                    }
                    for code in place.subdistrict_choices
                ],
                "candidates_share": place.subdistrict_choices[0],
            }
        )
    if len(text) >= 15:
        facts["description"] = text[:description_limit]
    return facts
