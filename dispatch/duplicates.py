"""Duplicate reports: is a new case about the same person or the same place as an open or recent one?

Pure part: `compare` weighs two reports (names folded for the ways Thai is mistyped and for titles
and kinship words, ages, help groups, pins). Database part: `find_duplicates` reads the candidates —
the same district's cases of the last 30 days or still open, and cases pinned within 100 m — through
indexes (migration 0013), and returns the matches, best first. Staff see them as "อาจซ้ำกับ SC-…" and
decide (merge with the existing duplicate action, or ไม่ซ้ำ, which is remembered). The reporter is
never told. Measured on tests/data/duplicate_pairs.csv (README; bench/duplicates.py for speed).
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Float, Integer, String, and_, bindparam, cast, or_, select, text, union_all
from sqlalchemy.orm import Session

from dispatch.case_actions import case_for_staff, cases_in
from dispatch.geo import haversine_km
from dispatch.names import strip_titles
from models.base import UTCDateTime
from models.cases import OPEN_STATUS_SQL, Case, CaseEvent, CaseStatus
from models.users import User

RECENT = timedelta(days=30)
PLACE_METRES = 100.0
# Two pins of one person's reports farther apart than this are two places (someone pinned where they
# were, not where the person lives, is caught by the name; farther than this it is someone else).
PERSON_METRES = 2000.0
OPEN = (CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED, CaseStatus.VISITING, CaseStatus.IN_PROGRESS, CaseStatus.REFERRED)
# Reporters disagree between these for one person: a bedridden elderly person is both.
GROUP_FAMILIES = ({"elderly", "bedridden"},)
NOT_DUPLICATE_EVENT = "not_duplicate"

# Look-alike letters folded to one (ส/ศ/ษ, ท/ธ, ร/ล, ต/ด, ข/ค, พ/ภ, น/ณ, ย/ญ, ช/ฉ), marks dropped.
_FOLD = str.maketrans(
    {"ศ": "ส", "ษ": "ส", "ธ": "ท", "ล": "ร", "ด": "ต", "ค": "ข", "ภ": "พ", "ณ": "น", "ญ": "ย", "ฉ": "ช"}
)
_MARKS = re.compile("[\u0e47-\u0e4e\u0e3a]")  # ็ ่ ้ ๊ ๋ ์ ํ ๎ and ฺ
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^\u0e01-\u0e4ea-z]")


@dataclass(frozen=True)
class Name:
    first: str  # folded
    surname: str | None  # folded

    @property
    def nickname_like(self) -> bool:
        """One short word: a Thai nickname is mostly one syllable (แดง, น้อย, หล้า)."""
        return self.surname is None and len(self.first) <= 3


def fold(word: str) -> str:
    word = _MARKS.sub("", word.lower()).translate(_FOLD)
    return _DOUBLED.sub(r"\1", _NOT_LETTER.sub("", word))


@functools.lru_cache(maxsize=65536)
def parse_name(raw: str | None) -> Name | None:
    """The first name and surname, folded, without titles; None when there is no name."""
    text = strip_titles(raw or "")
    if not text:
        return None
    words = [fold(word) for word in text.split()]
    words = [word for word in words if word]
    if not words:
        return None
    return Name(words[0], words[-1] if len(words) > 1 else None)


def _edits(a: str, b: str, most: int) -> int:
    """Levenshtein distance, stopping early past `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > most:
            return most + 1
        previous = current
    return previous[-1]


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and _edits(a, b, 1) <= 1)


def _joined(name: Name) -> str:
    return name.first + (name.surname or "")


def name_match(a: Name | None, b: Name | None) -> str:
    """full (first and surname agree), first (first names agree, a surname missing), conflict (they
    disagree), unknown (a name missing). A name typed without its space ("สมศรีใจดี") is one word:
    it is compared with the other's whole name, and with its first name as a prefix."""
    if a is None or b is None:
        return "unknown"
    if a.surname is None or b.surname is None:
        single, other = (a, b) if a.surname is None else (b, a)
        if other.surname is not None and len(single.first) > len(other.first) + 2:
            if single.first == _joined(other) or _edits(single.first, _joined(other), 1) <= 1:
                return "full"
            if single.first.startswith(other.first) or other.first.startswith(single.first):
                return "first" if len(single.first) > len(_joined(other)) else "conflict"
            return "conflict"
        if a.surname is None and b.surname is None:
            short, long = sorted((a.first, b.first), key=len)
            if len(long) > len(short) + 2 and len(short) >= 4 and long.startswith(short):
                return "first"  # "ศรีนวล" and "ศรีนวลภูมิสถาน"
            if len(short) >= 8:
                return "full" if _edits(short, long, 1) <= 1 else "conflict"
    if not _same_word(a.first, b.first):
        return "conflict"
    if a.surname is None or b.surname is None:
        return "first"
    return "full" if _same_word(a.surname, b.surname) else "conflict"


def same_group(a: str, b: str) -> bool:
    return a == b or any(a in family and b in family for family in GROUP_FAMILIES)


AGE_SPREAD = 10  # two reporters guess an old person's age up to ten years apart


@dataclass(frozen=True)
class Report:
    """What the comparison reads of a case (or of a pair in the labelled set)."""

    name: str | None
    age: int | None
    category: str
    district_code: str | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class Verdict:
    reason: str | None  # "person" or "place" when a duplicate, else None
    metres: float | None = None


def compare(a: Report, b: Report, name_a: Name | None = None, name_b: Name | None = None) -> Verdict:
    """The same person (name and age agree, same district, pins if any within 2 km) or the same place
    (pins within 100 m, same group, names not disagreeing); else not a duplicate. The cheap tests
    (ages, distance) come first: most candidates of a district fail them, and names are not read."""
    ages_agree = a.age is None or b.age is None or abs(a.age - b.age) <= AGE_SPREAD
    if not ages_agree:
        return Verdict(None)
    metres = None
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        metres = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) * 1000  # type: ignore[arg-type]
    near_enough = metres is None or metres <= PERSON_METRES
    if not near_enough:
        return Verdict(None, metres)
    name_a = name_a if name_a is not None else parse_name(a.name)
    name_b = name_b if name_b is not None else parse_name(b.name)
    names = name_match(name_a, name_b)
    same_district = a.district_code is not None and a.district_code == b.district_code
    if same_district and ages_agree and near_enough and names in ("full", "first"):
        if names == "full" or same_group(a.category, b.category):
            return Verdict("person", metres)
    if metres is not None and metres <= PLACE_METRES and same_group(a.category, b.category) and ages_agree:
        nickname = names == "conflict" and (name_a.nickname_like or name_b.nickname_like)  # type: ignore[union-attr]
        if names != "conflict" or nickname:
            return Verdict("place", metres)
    return Verdict(None, metres)


# --- the database ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    case: Case
    reason: str
    metres: float | None


def report_of(case: Case) -> Report:
    return Report(case.person_name, case.person_age, case.category, case.district_code, case.latitude, case.longitude)


def _box(latitude: float, longitude: float, metres: float) -> tuple[float, float, float, float]:
    d_lat = metres / 111_320 * 1.01
    d_lon = metres / (111_320 * max(math.cos(math.radians(latitude)), 0.01)) * 1.01
    return latitude - d_lat, latitude + d_lat, longitude - d_lon, longitude + d_lon


@dataclass(frozen=True)
class Candidate:
    """What the comparison needs of a case that may be the same (read without the whole row)."""

    id: int
    reference: str
    center_id: int | None
    district_code: str | None
    person_name: str | None
    person_age: int | None
    category: str
    latitude: float | None
    longitude: float | None
    created_at: datetime

    def report(self) -> Report:
        return Report(
            self.person_name, self.person_age, self.category, self.district_code, self.latitude, self.longitude
        )


def _candidates_statement() -> Any:
    """One statement, built once: the district's recent cases, its open ones (two indexes), and the
    cases pinned in a box around the point (the latitude index); each without the case itself,
    merged ones and anonymised ones. UNION ALL: a case found twice is dropped in Python."""
    columns = (
        Case.id, Case.reference, Case.center_id, Case.district_code, Case.person_name, Case.person_age,
        Case.category, Case.latitude, Case.longitude, Case.created_at,
    )  # fmt: skip
    alive = (Case.id != bindparam("case_id"), Case.duplicate_of_id.is_(None), Case.anonymised_at.is_(None))
    is_open = text(OPEN_STATUS_SQL)
    # Compare's cheap tests, done by the database for the district's cases: ages within AGE_SPREAD
    # and pins within a box around PERSON_METRES, where both are known.
    age = bindparam("age", type_=Integer)
    ages = or_(
        Case.person_age.is_(None),
        cast(age, Integer).is_(None),
        Case.person_age.between(age - AGE_SPREAD, age + AGE_SPREAD),
    )
    wide = and_(
        Case.latitude.between(bindparam("wide_south", type_=Float), bindparam("wide_north", type_=Float)),
        Case.longitude.between(bindparam("wide_west", type_=Float), bindparam("wide_east", type_=Float)),
    )
    pins = or_(Case.latitude.is_(None), cast(bindparam("wide_south", type_=Float), Float).is_(None), wide)
    district = and_(Case.district_code == bindparam("district", type_=String), ages, pins)
    recent = Case.created_at >= bindparam("since", type_=UTCDateTime())
    box = and_(
        Case.latitude.between(bindparam("south", type_=Float), bindparam("north", type_=Float)),
        Case.longitude.between(bindparam("west", type_=Float), bindparam("east", type_=Float)),
    )
    return union_all(
        select(*columns).where(district, recent, *alive),
        select(*columns).where(district, is_open, *alive),
        select(*columns).where(box, or_(recent, is_open), *alive),
    )


_CANDIDATES = _candidates_statement()


def candidates(session: Session, case: Case, now: datetime) -> list[Candidate]:
    """Cases that may be the same as `case`: its district's of the last 30 days or still open (ages
    and pins, where known, not ruling it out already), and any pinned within 100 m — not itself, not
    merged already, not anonymised."""
    box: tuple[float | None, ...] = (None, None, None, None)
    wide: tuple[float | None, ...] = (None, None, None, None)
    if case.latitude is not None and case.longitude is not None:
        box = _box(case.latitude, case.longitude, PLACE_METRES)
        wide = _box(case.latitude, case.longitude, PERSON_METRES)
    rows = session.execute(
        _CANDIDATES,
        {
            "case_id": case.id or 0,
            "district": case.district_code,
            "since": now - RECENT,
            "age": case.person_age,
            "south": box[0],
            "north": box[1],
            "west": box[2],
            "east": box[3],
            "wide_south": wide[0],
            "wide_north": wide[1],
            "wide_west": wide[2],
            "wide_east": wide[3],
        },
    )
    found = {row.id: Candidate(*row) for row in rows}
    return list(found.values())


class Dismissal(enum.StrEnum):
    DONE = "done"
    REFUSED = "refused"
    ALREADY = "already"


def dismiss(
    session: Session, user: User, reference: str, other_reference: str, now: datetime
) -> tuple[Dismissal, Case | None]:
    """ไม่ซ้ำ: staff say two cases are not the same; the pair is not suggested again. Both must be
    cases the user may act on."""
    case = case_for_staff(session, user, reference, "not_duplicate")
    other = case_for_staff(session, user, other_reference, "not_duplicate") if case is not None else None
    if case is None or other is None:
        return Dismissal.REFUSED, None
    if frozenset((case.id, other.id)) in dismissed(session, [case.id, other.id]):
        return Dismissal.ALREADY, case
    session.add(
        CaseEvent(
            case_id=case.id,
            kind=NOT_DUPLICATE_EVENT,
            actor_user_id=user.id,
            detail={"of": other.reference, "of_id": other.id},
            at=now,
        )
    )
    return Dismissal.DONE, case


def dismissed(session: Session, case_ids: Iterable[int]) -> set[frozenset[int]]:
    """Pairs staff said are not duplicates (ไม่ซ้ำ), as frozensets of two case ids."""
    ids = list(case_ids)
    if not ids:
        return set()
    rows = session.execute(
        select(CaseEvent.case_id, CaseEvent.detail).where(
            CaseEvent.case_id.in_(ids), CaseEvent.kind == NOT_DUPLICATE_EVENT
        )
    )
    return {frozenset((case_id, int(detail.get("of_id", 0)))) for case_id, detail in rows}


def find_duplicates(session: Session, case: Case, now: datetime, limit: int = 3, scope: Any = None) -> list[Suggestion]:
    """Open or recent cases that are probably about the same person or place as `case`, people
    before places, nearest and newest first; pairs staff dismissed are left out. `scope`: a
    condition as scope_filter(..., cases=True) gives: only cases the viewer may act on (and so
    merge) are suggested; None: only cases of the same center (or, without a center, of the same
    district), for the new case's own staff."""
    if case.anonymised_at is not None or case.duplicate_of_id is not None or case.status not in OPEN:
        return []
    report, name = report_of(case), parse_name(case.person_name)
    matches = []
    for other in candidates(session, case, now):
        if scope is None and other.center_id != case.center_id:
            continue
        if scope is None and case.center_id is None and other.district_code != case.district_code:
            continue
        verdict = compare(report, other.report(), name, None)
        if verdict.reason is not None:
            matches.append((other, verdict))
    if not matches:
        return []
    if scope is not None:
        ids = [other.id for other, _ in matches]
        allowed = set(session.scalars(cases_in(scope).where(Case.id.in_(ids)).with_only_columns(Case.id)))
        matches = [(other, verdict) for other, verdict in matches if other.id in allowed]
    skipped = dismissed(session, [case.id, *(other.id for other, _ in matches)])
    matches = [(other, verdict) for other, verdict in matches if frozenset((case.id, other.id)) not in skipped]
    matches.sort(
        key=lambda item: (
            item[1].reason != "person",
            item[1].metres if item[1].metres is not None else 1e9,
            -item[0].created_at.timestamp(),
        )
    )
    return [
        Suggestion(session.get(Case, other.id), verdict.reason, verdict.metres)  # type: ignore[arg-type]
        for other, verdict in matches[:limit]
    ]
