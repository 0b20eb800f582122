"""The agencies directory: importing it from CSV (every bad row reported with its line, nothing
half-imported, as `centers import` does) and finding the agencies a case can be referred to."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

import geothai
from sqlalchemy import case as sql_case
from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.centers_import import (
    CentersImportError,
    RowProblem,
    code_name_area_problems,
    decode_centers_file,
    read_table,
    upsert_by_code,
)
from dispatch.geo import haversine_km, in_thailand
from dispatch.validation import thai_phone
from models.cases import Case
from models.partners import Partner
from models.referrals import Agency, AgencyKind

HEADER = [
    "code", "name", "kind", "subdistrict_code", "latitude", "longitude", "phone", "email", "line_id", "open311_partner",
]  # fmt: skip
KINDS = tuple(str(kind) for kind in AgencyKind)


class AgenciesImportError(CentersImportError):
    """The file has problems (each with its line); nothing was imported."""


@dataclass(frozen=True)
class AgencyRow:
    code: str
    name: str
    kind: str
    subdistrict_code: str
    latitude: float | None
    longitude: float | None
    phone: str
    email: str
    line_id: str | None
    partner_id: int | None
    line: int


def _position(line: int, values: dict[str, str]) -> tuple[float | None, float | None, list[RowProblem]]:
    raw_lat, raw_lon = (values.get("latitude") or "").strip(), (values.get("longitude") or "").strip()
    if not raw_lat and not raw_lon:
        return None, None, []
    try:
        latitude, longitude = float(raw_lat), float(raw_lon)
    except ValueError:
        return None, None, [RowProblem(line, "latitude and longitude must be numbers (or both empty)")]
    if not in_thailand(latitude, longitude):
        return None, None, [RowProblem(line, f"coordinates {latitude}, {longitude} are outside Thailand")]
    return latitude, longitude, []


def _parse_row(
    line: int, values: dict[str, str], seen: dict[str, int], partners: dict[str, int]
) -> tuple[AgencyRow | None, list[RowProblem]]:
    code, name = (values.get("code") or "").strip(), (values.get("name") or "").strip()
    kind, subdistrict = (values.get("kind") or "").strip(), (values.get("subdistrict_code") or "").strip()
    problems = code_name_area_problems(line, values, seen)
    if kind not in KINDS:
        problems.append(RowProblem(line, f"unknown kind {kind!r} (one of {', '.join(KINDS)})"))
    latitude, longitude, position_problems = _position(line, values)
    problems += position_problems
    phone_raw = (values.get("phone") or "").strip()
    phone = thai_phone(phone_raw) if phone_raw else ""
    if phone is None:
        problems.append(RowProblem(line, f"phone {phone_raw!r} is not a Thai phone number"))
    email = (values.get("email") or "").strip()
    if email and ("@" not in email or " " in email or len(email) > 254):
        problems.append(RowProblem(line, f"email {email!r} is not an email address"))
    line_id = (values.get("line_id") or "").strip() or None
    if line_id and (len(line_id) != 33 or line_id[0] not in "UC"):
        problems.append(RowProblem(line, f"line_id {line_id!r} is not a LINE user (U…) or group (C…) id"))
    partner_name = (values.get("open311_partner") or "").strip()
    partner_id = partners.get(partner_name) if partner_name else None
    if partner_name and partner_id is None:
        problems.append(RowProblem(line, f"no Open311 partner named {partner_name!r} (flask --app app partners list)"))
    if problems:
        return None, problems
    row = AgencyRow(code, name, kind, subdistrict, latitude, longitude, phone or "", email, line_id, partner_id, line)
    return row, []


def read_agency_rows(stream: TextIO, partners: dict[str, int]) -> tuple[list[AgencyRow], list[RowProblem]]:
    def parse(line: int, values: dict[str, str], seen: dict[str, int]) -> tuple[AgencyRow | None, list[RowProblem]]:
        return _parse_row(line, values, seen, partners)

    return read_table(stream, (HEADER,), ",".join(HEADER), parse)


@dataclass
class AgenciesReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return f"{self.inserted} agency(ies) added, {self.updated} updated, {self.unchanged} unchanged"


def import_agencies(session: Session, stream: TextIO, now: datetime) -> AgenciesReport:
    """Validate the whole file, then insert new codes and update existing ones (caller's transaction)."""
    partners = dict(session.execute(select(Partner.name, Partner.id)).all())
    rows, problems = read_agency_rows(stream, partners)
    if problems:
        raise AgenciesImportError(problems)
    existing = {agency.code: agency for agency in session.scalars(select(Agency))}
    report = AgenciesReport()
    for row in rows:
        address = geothai.address(row.subdistrict_code)
        values = {
            "name": row.name,
            "kind": row.kind,
            "subdistrict_code": row.subdistrict_code,
            "district_code": address.district.code,
            "province_code": address.province.code,
            "latitude": row.latitude,
            "longitude": row.longitude,
            "phone": row.phone,
            "email": row.email,
            "line_id": row.line_id,
            "partner_id": row.partner_id,
            "active": True,
        }
        upsert_by_code(session, existing, Agency, row.code, values, now, report)
    return report


def agencies_file(path: str | Path) -> io.StringIO:
    """An agencies CSV opened as text: UTF-8 (with or without BOM) or Thai Windows, as for centers."""
    decoded, _ = decode_centers_file(Path(path).read_bytes())
    return io.StringIO(decoded, newline="")


DEMO_AGENCIES = Path(__file__).with_name("demo_agencies.csv")


def load_demo_agencies(session: Session, now: datetime) -> int:
    """The demo agencies (see demo_centers.md: names say ข้อมูลสาธิต, phones are made up, no
    positions, no email or LINE) when there are none at all; how many were added."""
    if session.scalar(select(Agency.id).limit(1)) is not None:
        return 0
    with DEMO_AGENCIES.open(encoding="utf-8", newline="") as stream:
        return import_agencies(session, stream, now).inserted


def list_agencies(session: Session, province_code: str | None = None) -> list[Agency]:
    query = select(Agency).order_by(Agency.province_code, Agency.kind, Agency.name)
    if province_code:
        query = query.where(Agency.province_code == province_code)
    return list(session.scalars(query))


# --- choosing an agency for a case ---------------------------------------------------------------

CHOICES = 5


@dataclass(frozen=True)
class AgencyChoice:
    agency: Agency
    distance_km: float | None


def nearest_agencies(session: Session, case: Case, kind: str, limit: int = CHOICES) -> list[AgencyChoice]:
    """Active agencies of `kind` for the case, nearest first: by distance from the case's pin where
    both have one; otherwise those of the case's subdistrict, then district, then province."""
    province = case.province_code
    query = select(Agency).where(Agency.active.is_(True), Agency.kind == kind)
    if province:
        query = query.where(Agency.province_code == province)
    candidates = list(session.scalars(query.limit(500)))

    def rank(agency: Agency) -> tuple[int, float]:
        if None not in (case.latitude, case.longitude, agency.latitude, agency.longitude):
            return 0, haversine_km(case.latitude, case.longitude, agency.latitude, agency.longitude)  # type: ignore[arg-type]
        same = (
            1
            if agency.subdistrict_code == case.subdistrict_code
            else 2
            if agency.district_code == case.district_code
            else 3
        )
        return same, 0.0

    ranked = sorted(candidates, key=lambda agency: (*rank(agency), agency.name))[:limit]
    return [AgencyChoice(agency, rank(agency)[1] if rank(agency)[0] == 0 else None) for agency in ranked]


def agencies_named(session: Session, typed: str, case: Case, limit: int = CHOICES) -> list[Agency]:
    """Active agencies whose name holds `typed` (or whose code is it), the case's province first."""
    typed = " ".join(typed.split())[:60]
    if len(typed) < 2:
        return []
    escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    same_province = sql_case((Agency.province_code == (case.province_code or ""), 0), else_=1)
    query = (
        select(Agency)
        .where(Agency.active.is_(True), (Agency.name.like(f"%{escaped}%", escape="\\")) | (Agency.code == typed))
        .order_by(same_province, Agency.name)
        .limit(limit)
    )
    return list(session.scalars(query))
