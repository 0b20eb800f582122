"""Importing centers from CSV: every bad row reported with its line, nothing half-imported."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO, TypeVar

import geothai
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.geo import haversine_km, in_thailand
from dispatch.validation import thai_phone
from models.centers import Center

HEADER = ["code", "name", "subdistrict_code", "latitude", "longitude", "phone"]
# An optional last column: how far from the center it takes cases (km); empty: ROUTING_MAX_KM.
RADIUS_COLUMN = "service_radius_km"
DEMO_CENTERS = Path(__file__).with_name("demo_centers.csv")
# The province check needs a few other centers of the same province to say where the province is.
PROVINCE_CHECK_MIN_OTHERS = 3
PROVINCE_CHECK_KM = 200.0  # Settings.centers_province_check_km
ENCODINGS = ("utf-8-sig", "cp874")  # cp874 (Thai Windows) is TIS-620 plus a few characters


class CentersFileError(Exception):
    """The file cannot be read as text: not UTF-8 (with or without BOM), nor Thai Windows cp874/TIS-620."""


# A Thai letter stuck to a Latin one ("Stra฿e": latin-1 "Straße" read as cp874), or a Thai vowel or
# tone mark that follows no Thai letter: text in another 8-bit encoding, not Thai.
_NOT_THAI = re.compile(
    r"[A-Za-z][\u0e01-\u0e5b]|[\u0e01-\u0e5b][A-Za-z]|(?<![\u0e01-\u0e4e])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
)


def _reads_as_thai(decoded: str) -> bool:
    high = [character for character in decoded if ord(character) > 127]
    return all("\u0e01" <= character <= "\u0e5b" for character in high) and not _NOT_THAI.search(decoded)


def decode_centers_file(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read with. UTF-8 first (a BOM is dropped); then Thai
    Windows (cp874, which covers TIS-620) — but only when every byte means something in cp874 and the
    text has Thai letters or is plain ASCII, so a file in some other encoding is refused with a clear
    error instead of being imported as nonsense."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise CentersFileError(
            "the file looks like UTF-16; save it as CSV UTF-8 (or Thai Windows cp874/TIS-620) and try again"
        )
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        decoded = data.decode("cp874")
    except UnicodeDecodeError:
        decoded = None
    if decoded is not None and _reads_as_thai(decoded):
        return decoded, "cp874"
    raise CentersFileError(
        "the file is neither UTF-8 nor Thai Windows (cp874/TIS-620); save it as CSV UTF-8 and try again"
    )


@dataclass(frozen=True)
class RowProblem:
    line: int
    problem: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.problem}"


class CentersImportError(Exception):
    def __init__(self, errors: list[RowProblem]) -> None:
        super().__init__(f"{len(errors)} problem(s)")
        self.errors = errors


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    not_in_file: int = 0
    codes: list[str] = field(default_factory=list)
    province_unchecked: int = 0

    def __str__(self) -> str:
        summary = (
            f"{self.inserted} center(s) added, {self.updated} updated, {self.unchanged} unchanged; "
            f"{self.not_in_file} center(s) already in the database but not in this file were left as they are"
        )
        if self.province_unchecked:
            summary += (
                f"; {self.province_unchecked} center(s) not checked against their province "
                f"(fewer than {PROVINCE_CHECK_MIN_OTHERS} other centers there)"
            )
        return summary


@dataclass(frozen=True)
class CenterRow:
    code: str
    name: str
    subdistrict_code: str
    latitude: float
    longitude: float
    phone: str
    service_radius_km: float | None = None
    line: int = 0


def code_name_area_problems(line: int, values: dict[str, str], seen: dict[str, int]) -> list[RowProblem]:
    """A row's code (present, not repeated in the file), name and subdistrict code (one geothai
    knows): what a centers file and an agencies file both check."""
    problems = []
    code = (values.get("code") or "").strip()
    if not code:
        problems.append(RowProblem(line, "missing code"))
    elif code in seen:
        problems.append(RowProblem(line, f"duplicate code {code} (also on line {seen[code]})"))
    else:
        seen[code] = line
    if not (values.get("name") or "").strip():
        problems.append(RowProblem(line, "missing name"))
    subdistrict = (values.get("subdistrict_code") or "").strip()
    if geothai.subdistrict(subdistrict) is None:
        problems.append(RowProblem(line, f"unknown subdistrict code {subdistrict!r}"))
    return problems


def _parse_row(line: int, values: dict[str, str], seen: dict[str, int]) -> tuple[CenterRow | None, list[RowProblem]]:
    code = (values.get("code") or "").strip()
    name = (values.get("name") or "").strip()
    subdistrict = (values.get("subdistrict_code") or "").strip()
    phone_raw = (values.get("phone") or "").strip()
    problems = code_name_area_problems(line, values, seen)
    try:
        latitude, longitude = float(values.get("latitude") or ""), float(values.get("longitude") or "")
    except ValueError:
        problems.append(RowProblem(line, "latitude and longitude must be numbers"))
        latitude = longitude = 0.0
    else:
        if not in_thailand(latitude, longitude):
            problems.append(RowProblem(line, f"coordinates {latitude}, {longitude} are outside Thailand"))
    phone = thai_phone(phone_raw) if phone_raw else ""
    if phone is None:
        problems.append(RowProblem(line, f"phone {phone_raw!r} is not a Thai phone number"))
    radius_raw = (values.get(RADIUS_COLUMN) or "").strip()
    radius = None
    if radius_raw:
        try:
            radius = float(radius_raw)
        except ValueError:
            radius = -1.0
        if not 0 < radius <= 300:
            problems.append(RowProblem(line, f"service_radius_km {radius_raw!r} must be a number of km, 0-300"))
    if problems:
        return None, problems
    return CenterRow(code, name, subdistrict, latitude, longitude, phone or "", radius, line), []


def read_rows(stream: TextIO) -> tuple[list[CenterRow], list[RowProblem]]:
    wanted = f"{','.join(HEADER)} (optionally ,{RADIUS_COLUMN})"
    return read_table(stream, (HEADER, [*HEADER, RADIUS_COLUMN]), wanted, _parse_row)


Row = TypeVar("Row")


def read_table(
    stream: TextIO,
    headers: tuple[list[str], ...],
    wanted: str,
    parse: Callable[[int, dict[str, str], dict[str, int]], tuple[Row | None, list[RowProblem]]],
) -> tuple[list[Row], list[RowProblem]]:
    """Every row of a CSV with one of `headers`, parsed; blank lines skipped; each problem with its
    line (the header is line 1)."""
    reader = csv.reader(stream)
    try:
        header = [column.strip().lstrip("\ufeff") for column in next(reader)]
    except StopIteration:
        return [], [RowProblem(1, "the file is empty")]
    if header not in headers:
        return [], [RowProblem(1, f"the header must be exactly {wanted} (found {','.join(header)})")]
    rows, problems, seen = [], [], {}
    for line, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            problems.append(RowProblem(line, f"expected {len(header)} columns, found {len(values)}"))
            continue
        row, row_problems = parse(line, dict(zip(header, values, strict=True)), seen)
        problems += row_problems
        if row:
            rows.append(row)
    return rows, problems


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def province_problems(
    rows: list[CenterRow], existing: dict[str, Center], limit_km: float = PROVINCE_CHECK_KM
) -> tuple[list[RowProblem], int]:
    """Rows whose coordinates are far from their subdistrict's province: farther than `limit_km` from
    the median point of the province's other centers (this file's and the active ones already in the
    database, a center re-imported counted once, at its new place). geothai has no boundaries, so
    the province is where its other centers are; a row with fewer than PROVINCE_CHECK_MIN_OTHERS
    others in its province cannot be checked. The largest provinces reach about 200 km from their
    middle (Chiang Mai, Kanchanaburi, Tak), hence the default. Returns the problems and how many rows
    went unchecked."""
    points: dict[str, tuple[str, float, float]] = {
        code: (center.province_code, center.latitude, center.longitude)
        for code, center in existing.items()
        if center.active
    }
    for row in rows:
        points[row.code] = (row.subdistrict_code[:2], row.latitude, row.longitude)
    by_province: dict[str, list[tuple[str, float, float]]] = {}
    for code, (province, latitude, longitude) in points.items():
        by_province.setdefault(province, []).append((code, latitude, longitude))
    problems, unchecked = [], 0
    for row in rows:
        province = row.subdistrict_code[:2]
        others = [(lat, lon) for code, lat, lon in by_province.get(province, []) if code != row.code]
        if len(others) < PROVINCE_CHECK_MIN_OTHERS:
            unchecked += 1
            continue
        middle = (_median([lat for lat, _ in others]), _median([lon for _, lon in others]))
        distance = haversine_km(row.latitude, row.longitude, *middle)
        if distance > limit_km:
            name = geothai.province(province).name_th
            problems.append(
                RowProblem(
                    row.line,
                    f"coordinates {row.latitude}, {row.longitude} are {distance:,.0f} km from the other centers of "
                    f"subdistrict {row.subdistrict_code}'s province {name} ({province}); check the coordinates "
                    "or the subdistrict code",
                )
            )
    return problems, unchecked


def center_values(row: CenterRow) -> dict[str, object]:
    """The Center columns a row sets (the district and province follow from the subdistrict)."""
    address = geothai.address(row.subdistrict_code)
    return {
        "name": row.name,
        "subdistrict_code": row.subdistrict_code,
        "district_code": address.district.code,
        "province_code": address.province.code,
        "latitude": row.latitude,
        "longitude": row.longitude,
        "phone": row.phone,
        "service_radius_km": row.service_radius_km,
    }


def import_centers(
    session: Session,
    stream: TextIO,
    now: datetime,
    progress: Callable[[int], object] | None = None,
    province_check_km: float = PROVINCE_CHECK_KM,
) -> ImportReport:
    """Validate the whole file, then insert new codes and update existing ones (in the caller's transaction)."""
    rows, problems = read_rows(stream)
    if problems:
        raise CentersImportError(problems)
    existing = {center.code: center for center in session.scalars(select(Center))}
    far, unchecked = province_problems(rows, existing, province_check_km)
    if far:
        raise CentersImportError(far)
    report = ImportReport(province_unchecked=unchecked)
    for done, row in enumerate(rows, start=1):
        values = center_values(row)
        upsert_by_code(session, existing, Center, row.code, values, now, report, active=True)
        if progress and done % 500 == 0:
            progress(500)
    if progress:
        progress(len(rows) % 500)
    report.not_in_file = len(set(existing) - {row.code for row in rows})
    return report


def upsert_by_code(
    session: Session,
    existing: dict[str, Any],
    model: type[Any],
    code: str,
    values: dict[str, Any],
    now: datetime,
    report: Any,
    **on_insert: Any,
) -> None:
    """Insert the row of `code`, or update the existing one if a value differs; counted in `report`
    (inserted, updated, unchanged). `on_insert`: values only a new row gets (a re-imported center
    that was deactivated stays so)."""
    found = existing.get(code)
    if found is None:
        session.add(model(code=code, created_at=now, updated_at=now, **on_insert, **values))
        report.inserted += 1
    elif any(getattr(found, key) != value for key, value in values.items()):
        for key, value in values.items():
            setattr(found, key, value)
        found.updated_at = now
        report.updated += 1
    else:
        report.unchanged += 1


def load_demo_centers(session: Session, now: datetime) -> int:
    """Import the demo set when there are no centers at all; returns how many were added."""
    if session.scalar(select(func.count(Center.id))):
        return 0
    with DEMO_CENTERS.open(encoding="utf-8-sig", newline="") as stream:
        return import_centers(session, stream, now).inserted


def centers_file(path: str | Path) -> tuple[io.StringIO, str]:
    """A centers CSV opened as text whatever its encoding (see decode_centers_file)."""
    decoded, encoding = decode_centers_file(Path(path).read_bytes())
    return io.StringIO(decoded, newline=""), encoding
