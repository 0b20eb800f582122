"""A page of GET requests (the public fast path, web/open311/rows.py) against a reference built here
the plain way, from the Case objects: the same rows, field for field, in JSON and XML, with and without
materialised statistics, for the public and for a partner reading others' cases."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import create_app
from bot.speech.texts import text
from dispatch.address import describe_codes
from dispatch.open311 import SENSITIVE_SERVICES, SMALL_CELL, extended_status, open311_status
from dispatch.partners import add_partner
from models.base import utcnow
from models.cases import Case, CaseEvent
from models.centers import Center
from models.users import get_or_create_user
from tests.factories import new_case, new_center, refresh_public_statistics

pytestmark = pytest.mark.in_process

BANGKOK = ZoneInfo("Asia/Bangkok")


@pytest.fixture
def client(database_url: str):
    app = create_app({"database_url": database_url, "stats_cache_seconds": 0.001})
    yield app.test_client()
    app.extensions["bot_engine"].dispose()


def public_time(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(BANGKOK).replace(minute=0, second=0, microsecond=0).isoformat()


def reference_rows(session, locale: str, extended: bool) -> list[dict[str, Any]]:
    """What the public may see of every case, newest first, following README "What the public sees"."""
    cases = session.scalars(select(Case).order_by(Case.created_at.desc(), Case.id.desc())).all()
    centers = {center.id: center for center in session.scalars(select(Center))}
    cells = Counter(
        (case.subdistrict_code, case.category, f"{case.created_at.astimezone(BANGKOK):%Y-%m}") for case in cases
    )
    latest_change: dict[int, str] = {}
    for event in session.scalars(select(CaseEvent).where(CaseEvent.to_status.is_not(None)).order_by(CaseEvent.at)):
        latest_change[event.case_id] = event.kind
    rows = []
    for case in cases:
        month = f"{case.created_at.astimezone(BANGKOK):%Y-%m}"
        by_subdistrict = (
            case.subdistrict_code is not None
            and case.category not in SENSITIVE_SERVICES
            and cells[(case.subdistrict_code, case.category, month)] >= SMALL_CELL
        )
        reopened = latest_change.get(case.id) == "reopened"
        if reopened and open311_status(case.status) == "open":
            notes = text("open311_status_reopen", locale)
        elif case.status == "closed" and case.outcome:
            notes = text(
                "open311_closed_because", locale, status=text("status_closed", locale),
                outcome=text(f"outcome_{case.outcome}", locale),
            )  # fmt: skip
        else:
            notes = text(f"status_{case.status}", locale)
        center = centers.get(case.center_id)
        if center is not None and case.route_level in ("center", None):
            agency = center.name if by_subdistrict else text(
                "open311_agency_area", locale, area=describe_codes(None, center.district_code, center.province_code)
            )  # fmt: skip
        elif case.route_level in ("district", "province"):
            area = describe_codes(
                None, case.district_code if case.route_level == "district" else None, case.province_code
            )
            agency = text(
                "open311_agency_supervisors", locale, level=text(f"level_{case.route_level}", locale), area=area
            )
        else:
            agency = text("open311_agency_unrouted", locale)
        expected = {"assigned": case.ack_due_at, "acknowledged": case.visit_due_at}.get(case.status)
        row = {
            "service_request_id": case.reference,
            "status": extended_status(case.status, case.outcome, reopened) if extended else open311_status(case.status),
            "status_notes": notes,
            "service_name": text(f"cat_{case.category}", "th"),
            "service_code": case.category,
            "agency_responsible": agency,
            "requested_datetime": public_time(case.created_at),
            "updated_datetime": public_time(case.closed_at if case.status == "closed" else case.updated_at),
            "expected_datetime": public_time(expected),
            "address": describe_codes(
                case.subdistrict_code if by_subdistrict else None, case.district_code, case.province_code
            ) or None,
        }  # fmt: skip
        rows.append({key: value for key, value in row.items() if value is not None})
    return rows


def seed(session, now: datetime) -> None:
    """Cells large and small (this month and last), sensitive groups, every status the page words
    differently, a reopened case, routes to a center, a district and nobody, a case without a
    subdistrict, and deadlines to show."""
    reporter = get_or_create_user(session, "Ureporter-pages", now)
    city, samran, bangkok = (
        new_center(session, "KK01", "400101", now=now),
        new_center(session, "KK02", "400102", now=now),
        new_center(session, "BK01", "100101", (13.75, 100.49), now=now),
    )
    hour = timedelta(hours=1)
    statuses = ("assigned", "acknowledged", "visiting", "in_progress", "referred", "resolved", "cancelled")
    for number, status in enumerate(statuses):  # seven elderly cases in ในเมือง this month: shown there
        new_case(session, city, reporter.id, f"SC-CITY-{number}", created_at=now - number * hour, status=status,
                 visit_due_at=now + 2 * hour if status == "acknowledged" else None,
                 updated_at=now - number * hour + timedelta(minutes=17 + number))  # fmt: skip
    for number in range(3):  # ...and three last month: a small cell of their own
        new_case(session, city, reporter.id, f"SC-LAST-{number}", created_at=now - timedelta(days=20, hours=number))
    for number, outcome in enumerate(("helped", "not_eligible", "duplicate", None)):
        new_case(session, samran, reporter.id, f"SC-SHUT-{number}", created_at=now - (number + 2) * hour,
                 status="closed", outcome=outcome, closed_at=now - timedelta(minutes=5))  # fmt: skip
    for number in range(6):  # violence: never below district, however many
        new_case(session, city, reporter.id, f"SC-VIOL-{number}", created_at=now - number * hour, category="violence")
    for number in range(5):  # Bangkok names its areas differently (แขวง/เขต)
        new_case(
            session, bangkok, reporter.id, f"SC-BKK-{number}", created_at=now - number * hour, category="disability"
        )
    reopened = new_case(session, city, reporter.id, "SC-REOPEN", created_at=now - 3 * hour, status="in_progress")
    session.add(CaseEvent(case_id=reopened.id, kind="reopened", from_status="resolved", to_status="in_progress",
                          at=now - hour))  # fmt: skip
    moved_on = new_case(session, city, reporter.id, "SC-MOVED-ON", created_at=now - 4 * hour, status="acknowledged")
    session.add_all([  # reopened, then acknowledged again: no longer "reopen"
        CaseEvent(case_id=moved_on.id, kind="reopened", from_status="resolved", to_status="in_progress", at=now - 3 * hour),
        CaseEvent(case_id=moved_on.id, kind="status", from_status="in_progress", to_status="acknowledged", at=now - 2 * hour),
    ])  # fmt: skip
    new_case(session, samran, reporter.id, "SC-DIST", created_at=now - 4 * hour, route_level="district")
    new_case(session, samran, reporter.id, "SC-PROV", created_at=now - 5 * hour, route_level="province")
    unrouted = new_case(session, samran, reporter.id, "SC-NOBODY", created_at=now - 6 * hour, route_level="unrouted")
    unrouted.center_id = None
    unplaced = new_case(session, city, reporter.id, "SC-NOWHERE", created_at=now - 7 * hour)
    unplaced.subdistrict_code = None


def xml_rows(body: bytes) -> list[dict[str, str]]:
    return [{child.tag: child.text or "" for child in request} for request in ElementTree.fromstring(body)]


def as_text(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{key: str(value) for key, value in row.items()} for row in rows]


def test_a_page_is_the_reference_rows_in_json_and_xml_for_the_public_and_partners(client) -> None:
    sessions = client.application.extensions["bot_sessions"]
    now = utcnow().replace(day=15, hour=5, minute=41)  # mid-month (Bangkok too)
    with sessions.begin() as session:
        seed(session, now)
        key = add_partner(session, "municipality app", now).key  # it submitted none of these
    start, end = (now - timedelta(days=40)).isoformat(), (now + timedelta(days=1)).isoformat()
    window = f"start_date={quote(start)}&end_date={quote(end)}"

    def compare() -> None:
        for extra, locale, extended in (("", "th", False), ("&locale=en&extended_statuses=true", "en", True)):
            with sessions() as session:
                expected = reference_rows(session, locale, extended)
            assert len(expected) == 31
            public = client.get(f"/open311/v2/requests.json?{window}{extra}")
            assert public.status_code == 200, public.data
            assert public.get_json() == expected
            assert xml_rows(client.get(f"/open311/v2/requests.xml?{window}{extra}").data) == as_text(expected)
            keyed = client.get(f"/open311/v2/requests.json?{window}{extra}&api_key={key}")
            assert keyed.get_json() == expected

    compare()  # small cells counted from the cases
    refresh_public_statistics(sessions, now + timedelta(minutes=1))
    compare()  # and from the materialised statistics
    with sessions() as session:  # the reference is not trivially public: some rows name a subdistrict
        shown = {row["service_request_id"]: row for row in reference_rows(session, "th", False)}
    assert (
        shown["SC-CITY-0"]["address"].startswith("ต.ในเมือง") and shown["SC-CITY-0"]["agency_responsible"] == "ศูนย์ KK01"
    )
    assert shown["SC-BKK-0"]["address"].startswith("แขวง")
    district = "อ.เมืองขอนแก่น จ.ขอนแก่น"
    assert shown["SC-LAST-0"]["address"] == shown["SC-VIOL-0"]["address"] == shown["SC-NOWHERE"]["address"] == district
    assert shown["SC-REOPEN"]["status_notes"] == text("open311_status_reopen", "th")
    assert shown["SC-MOVED-ON"]["status_notes"] == text("status_acknowledged", "th")
    assert shown["SC-CITY-1"]["expected_datetime"] == public_time(now + timedelta(hours=2))
