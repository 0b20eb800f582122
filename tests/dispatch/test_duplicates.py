"""Duplicate detection: names folded the way Thai is mistyped, the person and place rules, the
labelled pairs (precision and recall, dev and held-out), and the database lookup."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bench.duplicate_quality import evaluate, load
from dispatch.duplicates import Report, candidates, compare, find_duplicates, fold, name_match, parse_name
from models.base import utcnow
from models.cases import CaseEvent, CaseStatus
from models.centers import Center
from models.users import get_or_create_user
from tests.factories import new_case


def test_titles_kinship_words_and_look_alike_letters_are_folded() -> None:
    assert parse_name("ยายสมศรี ใจดี") == parse_name("นาง สมศรี  ใจดี") == parse_name("สมศรี ใจดี")
    assert parse_name("แม่ใหญ่บัวผัน ศรีสุข").first == fold("บัวผัน")
    assert parse_name("ด.ญ.มาลี") == parse_name("เด็กหญิงมาลี") == parse_name("น้องมาลี")
    assert fold("ศรีสุข") == fold("สรีสุข") == fold("ศลีสุข")
    assert fold("บุญเรือน") == fold("บุญเรือ้น") == fold("บุญเรืออน")
    assert parse_name("   ") is None and parse_name(None) is None


def test_name_match_levels() -> None:
    def match(a: str, b: str) -> str:
        return name_match(parse_name(a), parse_name(b))

    assert match("สมศรี ใจดี", "ยายสมศรี ใจดี") == "full"
    assert match("สมศรีใจดี", "สมศรี ใจดี") == "full", "a name typed without its space"
    assert match("สมศรี ใจดี", "ยายสมศรี") == "first"
    assert match("สมศรี ใจดี", "สมศรี ทองคำ") == "conflict", "a namesake with another surname"
    assert match("สมศรี ใจดี", "มาลี ใจดี") == "conflict", "family under one surname"
    assert match("สมศรี ใจดี", "") == "unknown"


def report(name: str | None, age: int | None = 80, category: str = "elderly", district: str = "4001",
           at: tuple[float, float] | None = (16.4419, 102.8360)) -> Report:  # fmt: skip
    return Report(name, age, category, district, *(at if at else (None, None)))


def test_the_same_person_and_the_same_place_and_what_is_neither() -> None:
    near, across, far = (16.4423, 102.8362), (16.4554, 102.8360), (16.4650, 102.8360)  # ~50 m, 1.5 km, 2.6 km
    assert compare(report("สมศรี ใจดี"), report("ยายสมศรี ใจดี", 84, "bedridden", at=across)).reason == "person"
    assert compare(report("สมศรี ใจดี"), report("ยายสมศรี ใจดี", at=far)).reason is None, "pins 2.6 km apart"
    assert compare(report("สมศรี ใจดี"), report("สมศรี ใจดี", at=None)).reason == "person"
    assert compare(report("สมศรี ใจดี"), report(None, None, at=near)).reason == "place"
    assert compare(report("สมศรี ใจดี"), report("ยายแดง", at=near)).reason == "place", "a nickname at the door"
    # Neighbours: within 100 m, same group, other names.
    assert compare(report("สมศรี ใจดี"), report("บุญมี ศรีสุข", at=near)).reason is None
    # The same name elsewhere, or ages far apart, or another group at the same house.
    assert compare(report("สมศรี ใจดี"), report("สมศรี ใจดี", district="9011", at=None)).reason is None
    assert compare(report("สมศรี ใจดี", 80), report("สมศรี ใจดี", 30, at=None)).reason is None
    assert compare(report(None, None), report(None, None, "child", at=near)).reason is None


def test_precision_and_recall_on_the_labelled_pairs() -> None:
    """Thresholds were set on `dev`; `test` was measured once after (README). Both must hold."""
    rows = load()
    assert len(rows) >= 200
    for split in ("dev", "test"):
        score, _ = evaluate([row for row in rows if row["split"] == split])
        assert score.precision >= 0.9 and score.recall >= 0.8, (split, score)


@pytest.fixture
def area(sessions):
    now = utcnow()
    with sessions.begin() as session:
        for code, subdistrict, lat, lon in (
            ("KK01", "400101", 16.4419, 102.8360),
            ("KK02", "400102", 16.5163, 102.8597),
        ):
            session.add(Center(code=code, name=code, subdistrict_code=subdistrict, district_code="4001",
                               province_code="40", latitude=lat, longitude=lon, phone="", active=True,
                               created_at=now, updated_at=now))  # fmt: skip
        get_or_create_user(session, "Ureporter000000000000000000000001", now)
    return now


def test_the_lookup_reads_open_and_recent_cases_of_the_district_and_pins_nearby(sessions, area) -> None:
    now = area
    with sessions.begin() as session:
        kk01, kk02 = (session.query(Center).filter_by(code=code).one() for code in ("KK01", "KK02"))
        reporter = get_or_create_user(session, "Ureporter000000000000000000000001", now)
        new = new_case(session, kk01, reporter.id, "SC-NEW", person_name="ยายสมศรี ใจดี", person_age=82,
                       latitude=16.4419, longitude=102.8360, created_at=now)  # fmt: skip
        recent = new_case(session, kk01, reporter.id, "SC-RECENT", person_name="สมศรี ใจดี", person_age=80,
                          created_at=now - timedelta(days=10), status=CaseStatus.CLOSED)  # fmt: skip
        old_open = new_case(session, kk01, reporter.id, "SC-OLDOPEN", person_name="นางสมศรี ใจดี",
                            created_at=now - timedelta(days=90))  # fmt: skip
        new_case(session, kk01, reporter.id, "SC-OLDCLOSED", person_name="สมศรี ใจดี",
                 created_at=now - timedelta(days=90), status=CaseStatus.CLOSED)  # fmt: skip
        new_case(session, kk01, reporter.id, "SC-NEIGHBOUR", person_name="บุญมี ศรีสุข", category="elderly",
                 latitude=16.4422, longitude=102.8361, created_at=now)  # fmt: skip
        new_case(session, kk01, reporter.id, "SC-PLACE", person_name=None, latitude=16.44215, longitude=102.83605,
                 created_at=now)  # fmt: skip
        new_case(session, kk02, reporter.id, "SC-OTHERCENTER", person_name="สมศรี ใจดี", created_at=now)
        merged = new_case(session, kk01, reporter.id, "SC-MERGED", person_name="สมศรี ใจดี", created_at=now)
        merged.duplicate_of_id = recent.id
        session.flush()
        found = {case.reference for case in candidates(session, new, now)}
        assert "SC-OLDCLOSED" not in found and "SC-MERGED" not in found
        assert {"SC-RECENT", "SC-OLDOPEN", "SC-NEIGHBOUR", "SC-PLACE", "SC-OTHERCENTER"} <= found
        suggested = [(s.case.reference, s.reason) for s in find_duplicates(session, new, now, limit=10)]
        assert ("SC-NEIGHBOUR", "place") not in suggested and "SC-NEIGHBOUR" not in dict(suggested)
        assert dict(suggested) == {"SC-RECENT": "person", "SC-OLDOPEN": "person", "SC-PLACE": "place"}
        assert suggested[-1] == ("SC-PLACE", "place"), "people before places"
        # A pair dismissed by staff is not suggested again.
        session.add(CaseEvent(case_id=new.id, kind="not_duplicate", detail={"of": "SC-OLDOPEN", "of_id": old_open.id},
                              at=now))  # fmt: skip
        session.flush()
        assert "SC-OLDOPEN" not in {s.case.reference for s in find_duplicates(session, new, now, limit=10)}
