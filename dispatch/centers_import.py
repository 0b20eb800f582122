"""Importing centers from CSV: every bad row reported with its line, nothing half-imported."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

import geothai
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dispatch.geo import in_thailand
from dispatch.validation import thai_phone
from models.centers import Center

HEADER = ["code", "name", "subdistrict_code", "latitude", "longitude", "phone"]
DEMO_CENTERS = Path(__file__).with_name("demo_centers.csv")


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

    def __str__(self) -> str:
        return (
            f"{self.inserted} center(s) added, {self.updated} updated, {self.unchanged} unchanged; "
            f"{self.not_in_file} center(s) already in the database but not in this file were left as they are"
        )


@dataclass(frozen=True)
class CenterRow:
    code: str
    name: str
    subdistrict_code: str
    latitude: float
    longitude: float
    phone: str


def _parse_row(line: int, values: dict[str, str], seen: dict[str, int]) -> tuple[CenterRow | None, list[RowProblem]]:
    problems = []
    code = (values.get("code") or "").strip()
    name = (values.get("name") or "").strip()
    subdistrict = (values.get("subdistrict_code") or "").strip()
    phone_raw = (values.get("phone") or "").strip()
    if not code:
        problems.append(RowProblem(line, "missing code"))
    elif code in seen:
        problems.append(RowProblem(line, f"duplicate code {code} (also on line {seen[code]})"))
    else:
        seen[code] = line
    if not name:
        problems.append(RowProblem(line, "missing name"))
    if geothai.subdistrict(subdistrict) is None:
        problems.append(RowProblem(line, f"unknown subdistrict code {subdistrict!r}"))
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
    if problems:
        return None, problems
    return CenterRow(code, name, subdistrict, latitude, longitude, phone or ""), []


def read_rows(stream: TextIO) -> tuple[list[CenterRow], list[RowProblem]]:
    reader = csv.reader(stream)
    try:
        header = [column.strip().lstrip("\ufeff") for column in next(reader)]
    except StopIteration:
        return [], [RowProblem(1, "the file is empty")]
    if header != HEADER:
        return [], [RowProblem(1, f"the header must be exactly {','.join(HEADER)} (found {','.join(header)})")]
    rows, problems, seen = [], [], {}
    for line, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(HEADER):
            problems.append(RowProblem(line, f"expected {len(HEADER)} columns, found {len(values)}"))
            continue
        row, row_problems = _parse_row(line, dict(zip(HEADER, values, strict=True)), seen)
        problems += row_problems
        if row:
            rows.append(row)
    return rows, problems


def import_centers(
    session: Session, stream: TextIO, now: datetime, progress: Callable[[int], object] | None = None
) -> ImportReport:
    """Validate the whole file, then insert new codes and update existing ones (in the caller's transaction)."""
    rows, problems = read_rows(stream)
    if problems:
        raise CentersImportError(problems)
    existing = {center.code: center for center in session.scalars(select(Center))}
    report = ImportReport()
    for done, row in enumerate(rows, start=1):
        address = geothai.address(row.subdistrict_code)
        values = {
            "name": row.name,
            "subdistrict_code": row.subdistrict_code,
            "district_code": address.district.code,
            "province_code": address.province.code,
            "latitude": row.latitude,
            "longitude": row.longitude,
            "phone": row.phone,
        }
        center = existing.get(row.code)
        if center is None:
            session.add(Center(code=row.code, active=True, created_at=now, updated_at=now, **values))
            report.inserted += 1
        elif any(getattr(center, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(center, key, value)
            center.updated_at = now
            report.updated += 1
        else:
            report.unchanged += 1
        if progress and done % 500 == 0:
            progress(500)
    if progress:
        progress(len(rows) % 500)
    report.not_in_file = len(set(existing) - {row.code for row in rows})
    return report


def load_demo_centers(session: Session, now: datetime) -> int:
    """Import the demo set when there are no centers at all; returns how many were added."""
    if session.scalar(select(func.count(Center.id))):
        return 0
    with DEMO_CENTERS.open(encoding="utf-8-sig", newline="") as stream:
        return import_centers(session, stream, now).inserted
