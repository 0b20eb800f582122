"""`flask --app app register import FILE`: an existing list of vulnerable people (a province's survey)
into the register. The whole file is checked first; any problem (a bad value, a person twice in the
file, a person who may already be on the register) is reported with its line number and nothing is
imported. Rows sharing a `household` key are one household.

Columns (UTF-8 or Thai Windows cp874): household,name,birth_year,sex,id_last4,groups,needs,phone,
subdistrict_code,address,latitude,longitude,center_code,lawful_basis. `groups` and `needs` are
keys separated by `;` (dispatch/register.py GROUPS, dispatch/help_groups.py NEEDS); `birth_year`
in the Buddhist or Common Era; latitude and longitude may be empty (the address is then all).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TextIO

import geothai
from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.centers_import import CentersImportError, RowProblem
from dispatch.geo import in_thailand
from dispatch.help_groups import NEEDS
from dispatch.register import (
    BASES,
    DUPLICATE_SCORE,
    DUPLICATE_YEARS,
    GROUPS,
    SEXES,
    Rhythm,
    birth_year_from,
    name_key,
    possible_duplicates,
    register_person,
)
from dispatch.validation import thai_phone
from models.centers import Center

HEADER = [
    "household",
    "name",
    "birth_year",
    "sex",
    "id_last4",
    "groups",
    "needs",
    "phone",
    "subdistrict_code",
    "address",
    "latitude",
    "longitude",
    "center_code",
    "lawful_basis",
]


class RegisterImportError(CentersImportError):
    """The file's problems, each with its line; nothing was imported."""


@dataclass
class ImportedPeople:
    people: int = 0
    households: int = 0


@dataclass
class PersonRow:
    line: int
    household: str
    center_code: str
    data: dict[str, Any] = field(default_factory=dict)


def _keys(raw: str, known: tuple[str, ...], what: str, line: int, problems: list[RowProblem]) -> list[str]:
    keys = [part.strip() for part in raw.split(";") if part.strip()]
    unknown = [key for key in keys if key not in known]
    if unknown:
        problems.append(RowProblem(line, f"unknown {what} {', '.join(unknown)} (known: {', '.join(known)})"))
    return [key for key in keys if key in known]


def _parse_row(
    line: int, values: dict[str, str], centers: dict[str, Center], now: datetime
) -> tuple[PersonRow | None, list[RowProblem]]:
    problems: list[RowProblem] = []
    value = {key: (values.get(key) or "").strip() for key in HEADER}
    name = " ".join(value["name"].split())
    if len(name) < 2:
        problems.append(RowProblem(line, "missing name"))
    birth_year = birth_year_from(value["birth_year"], now)
    if birth_year is None:
        problems.append(RowProblem(line, f"birth_year {value['birth_year']!r} is not a year (2482 or 1939) or an age"))
    sex = value["sex"] or "unstated"
    if sex not in SEXES:
        problems.append(RowProblem(line, f"sex {sex!r} must be one of {', '.join(SEXES)}"))
    id4 = value["id_last4"] or None
    if id4 is not None and not (len(id4) == 4 and id4.isascii() and id4.isdecimal()):
        problems.append(RowProblem(line, f"id_last4 {id4!r} must be 4 digits"))
    groups = _keys(value["groups"], GROUPS, "group", line, problems)
    if not groups and not problems:
        problems.append(RowProblem(line, "at least one group is needed"))
    needs = _keys(value["needs"], NEEDS, "need", line, problems)
    phone = thai_phone(value["phone"]) if value["phone"] else None
    if value["phone"] and phone is None:
        problems.append(RowProblem(line, f"phone {value['phone']!r} is not a Thai phone number"))
    area = geothai.address(value["subdistrict_code"]) if geothai.subdistrict(value["subdistrict_code"]) else None
    if area is None:
        problems.append(RowProblem(line, f"unknown subdistrict code {value['subdistrict_code']!r}"))
    latitude = longitude = None
    if value["latitude"] or value["longitude"]:
        try:
            latitude, longitude = float(value["latitude"]), float(value["longitude"])
        except ValueError:
            problems.append(RowProblem(line, "latitude and longitude must be numbers (or both empty)"))
        else:
            if not in_thailand(latitude, longitude):
                problems.append(RowProblem(line, f"coordinates {latitude}, {longitude} are outside Thailand"))
    if value["center_code"] not in centers:
        problems.append(RowProblem(line, f"no active center with code {value['center_code']!r}"))
    if value["lawful_basis"] not in BASES:
        problems.append(RowProblem(line, f"lawful_basis {value['lawful_basis']!r} must be one of {', '.join(BASES)}"))
    if problems:
        return None, problems
    data = {
        "name": name,
        "birth_year": birth_year,
        "sex": sex,
        "id4": id4,
        "groups": groups,
        "needs": needs,
        "phone": phone,
        "address_text": value["address"] or None,
        "latitude": latitude,
        "longitude": longitude,
        "subdistrict_code": value["subdistrict_code"],
        "district_code": area.district.code,
        "province_code": area.province.code,
        "basis": value["lawful_basis"],
    }
    return PersonRow(line, value["household"] or f"line-{line}", value["center_code"], data), []


def read_rows(stream: TextIO, centers: dict[str, Center], now: datetime) -> tuple[list[PersonRow], list[RowProblem]]:
    reader = csv.reader(stream)
    try:
        header = [column.strip().lstrip("\ufeff") for column in next(reader)]
    except StopIteration:
        return [], [RowProblem(1, "the file is empty")]
    if header != HEADER:
        return [], [RowProblem(1, f"the header must be exactly {','.join(HEADER)} (found {','.join(header)})")]
    rows, problems = [], []
    for line, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            problems.append(RowProblem(line, f"expected {len(header)} columns, found {len(values)}"))
            continue
        row, row_problems = _parse_row(line, dict(zip(header, values, strict=True)), centers, now)
        problems += row_problems
        if row:
            rows.append(row)
    return rows, problems


def duplicate_problems(session: Session, rows: list[PersonRow]) -> list[RowProblem]:
    """A person twice in the file, or possibly on the register already (the chat's fuzzy check)."""
    problems = []
    seen: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for row in rows:
        data = row.data
        key = name_key(data["name"])
        for year in range(data["birth_year"] - DUPLICATE_YEARS, data["birth_year"] + DUPLICATE_YEARS + 1):
            for other_key, other_line in seen.get((data["subdistrict_code"], year), []):
                if fuzz.ratio(key, other_key) >= DUPLICATE_SCORE:
                    problems.append(RowProblem(row.line, f"the same person as line {other_line}?"))
                    break
        seen.setdefault((data["subdistrict_code"], data["birth_year"]), []).append((key, row.line))
        registered = possible_duplicates(session, data["name"], data["birth_year"], data["subdistrict_code"], limit=1)
        if registered:
            problems.append(RowProblem(row.line, f"possibly already registered as No. {registered[0].id}"))
    return problems


def import_people(session: Session, stream: TextIO, now: datetime, rhythm: Rhythm) -> ImportedPeople:
    """Check the whole file, then register every row (in the caller's transaction)."""
    centers = {center.code: center for center in session.scalars(select(Center).where(Center.active.is_(True)))}
    rows, problems = read_rows(stream, centers, now)
    if problems:
        raise RegisterImportError(problems)
    problems = duplicate_problems(session, rows)
    if problems:
        raise RegisterImportError(problems)
    report = ImportedPeople()
    households: dict[tuple[str, str], int] = {}
    for row in rows:
        known = households.get((row.center_code, row.household))
        person = register_person(
            session, None, centers[row.center_code], {**row.data, "household_id": known}, now, rhythm
        )
        if known is None:
            households[(row.center_code, row.household)] = person.household_id
            report.households += 1
        report.people += 1
    return report
