"""/stats pages, /stats.json and open data: the numbers, suppression at every level, no personal data,
served from memory once computed."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from app import create_app
from models.base import utcnow
from models.users import get_or_create_user
from models.volunteers import VisitReport, Volunteer, VolunteerOffer
from tests.factories import new_case, new_center, refresh_public_statistics
from web.public.data import TimedCache

SECRET_NAME = "นายลับเฉพาะ ทดสอบ"
SECRET_PHONE = "0899999999"
SECRET_TEXT = "ข้อความส่วนตัวห้ามเผยแพร่"


@pytest.fixture
def client(database_url: str):
    app = create_app({"database_url": database_url})
    yield app.test_client()
    app.extensions["bot_engine"].dispose()


def seed(sessions) -> None:
    """ในเมือง: 6 elderly (acknowledged in 2 h, resolved, rated) and 1 violence; สำราญ: 3 elderly."""
    now = utcnow()
    with sessions.begin() as session:
        reporter = get_or_create_user(session, "Ureporter-stats", now)
        big, small = new_center(session, "KK01", "400101"), new_center(session, "KK02", "400102")
        personal = {"person_name": SECRET_NAME, "contact_phone": SECRET_PHONE, "description": SECRET_TEXT,
                    "latitude": 16.4567, "longitude": 102.8123}  # fmt: skip
        volunteer_user = get_or_create_user(session, "Uvolunteer-stats", now)
        volunteer = Volunteer(
            user_id=volunteer_user.id, center_id=big.id, name="อาสา ลับ", phone="0811111111", latitude=16.44,
            longitude=102.83, lat_band=164, status="approved", created_at=now, updated_at=now,
        )  # fmt: skip
        session.add(volunteer)
        session.flush()
        for number in range(6):
            at = now - timedelta(hours=10 + number)
            case = new_case(session, big, reporter.id, f"SC-B-{number}", created_at=at, status="resolved",
                            acknowledged_at=at + timedelta(hours=2), resolved_at=at + timedelta(days=2), rating=4,
                            **personal)  # fmt: skip
            offer = VolunteerOffer(case_id=case.id, volunteer_id=volunteer.id, state="reported", distance_km=1.0,
                                   offered_at=at, expires_at=at + timedelta(hours=4))  # fmt: skip
            session.add(offer)
            session.flush()
            session.add(VisitReport(offer_id=offer.id, case_id=case.id, volunteer_id=volunteer.id, outcome="found",
                                    recommendation="close", created_at=at + timedelta(days=1)))  # fmt: skip
        new_case(session, big, reporter.id, "SC-V-0", created_at=now - timedelta(hours=3), category="violence",
                 **personal)  # fmt: skip
        for number in range(3):
            new_case(session, small, reporter.id, f"SC-S-{number}", created_at=now - timedelta(hours=5), **personal)
    refresh_public_statistics(sessions)


def test_the_district_page_suppresses_small_cells_and_merges_small_subdistricts(client) -> None:
    seed(client.application.extensions["bot_sessions"])
    figures = client.get("/stats/4001.json").get_json()
    assert figures["area"] == {
        "code": "4001",
        "level": "district",
        "name_th": "เมืองขอนแก่น",
        "name_en": "Mueang Khon Kaen",
    }
    assert figures["cases"] == 10
    # violence (1) is hidden; elderly (9) with it, else 10 - 9 would give violence away
    assert figures["by_group"]["elderly"] == "< 5" and figures["by_group"]["violence"] == "< 5"
    assert figures["by_group"]["poverty"] == 0
    assert figures["by_status"]["resolved"] == "< 5" and figures["by_status"]["assigned"] == "< 5"  # 6 and 4: both
    assert figures["median_hours_to_acknowledge"] == 2.0 and figures["median_days_to_help"] == 2.0
    assert figures["share_acknowledged_within_deadline"] == 1.0 and figures["share_resolved"] == 0.6
    assert figures["average_rating"] == 4.0 and figures["median_days_to_first_visit"] == 1.0
    assert figures["volunteers_active"] == "< 5"  # one approved volunteer
    rows = {row["code"]: row for row in figures["children"]}
    assert set(rows) == {"400101", None}  # สำราญ (3 cases) merged, not named
    assert rows["400101"]["cases"] == 7 and rows["400101"]["by_group"]["sensitive"] == "< 5"
    assert "violence" not in rows["400101"]["by_group"]
    assert rows[None]["cases"] == "< 5" and rows[None]["name"] is None

    page = client.get("/stats/4001")
    html = page.data.decode("utf-8")
    assert page.status_code == 200 and page.content_type == "text/html; charset=utf-8"
    assert "สถิติการช่วยเหลือสังคม: เมืองขอนแก่น" in html and "&lt; 5" in html and "ในเมือง" in html
    assert "สำราญ" not in html and "<script" not in html and "http" not in html.split("</style>")[0]
    assert 'href="/stats/400101"' in html and 'href="/stats/40"' in html

    subdistrict = client.get("/stats/400101.json").get_json()
    assert subdistrict["children"] == [] and subdistrict["by_group"]["sensitive"] == "< 5"
    province = client.get("/stats/40.json").get_json()
    assert [(row["code"], row["cases"]) for row in province["children"]] == [("4001", 10)]
    country = client.get("/stats.json").get_json()
    assert country["area"]["level"] == "country" and country["children"][0]["code"] == "40"


def test_no_statistics_carry_personal_data(client) -> None:
    seed(client.application.extensions["bot_sessions"])
    paths = ["/stats", "/stats/40", "/stats/4001", "/stats/400101", "/stats.json", "/stats/4001.json",
             "/stats/400101.json", "/stats/open-data", "/stats/open-data/monthly.csv", "/stats/open-data/monthly.json"]  # fmt: skip
    for path in paths:
        body = client.get(path).data.decode("utf-8")
        for secret in (SECRET_NAME, SECRET_PHONE, SECRET_TEXT, "16.4567", "102.8123", "Ureporter", "SC-B-0",
                       "อาสา ลับ", "0811111111", "Uvolunteer"):  # fmt: skip
            assert secret not in body, (path, secret)


def test_unknown_areas_are_404(client) -> None:
    for path in ("/stats/99", "/stats/4099.json", "/stats/abc", "/stats/1234567"):
        assert client.get(path).status_code == 404, path


def test_open_data_is_monthly_per_province_and_district_with_the_dictionarys_fields(client) -> None:
    seed(client.application.extensions["bot_sessions"])
    raw = client.get("/stats/open-data/monthly.csv")
    assert raw.content_type == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(raw.data.decode("utf-8-sig"))))
    assert list(rows[0]) == ["month", "level", "province_code", "province_name", "district_code",
                             "district_name", "group", "cases"]  # fmt: skip
    month = f"{utcnow() + timedelta(hours=7):%Y-%m}"
    district = {row["group"]: row["cases"] for row in rows if row["level"] == "district" and row["month"] == month}
    assert district["elderly"] == "< 5" and district["violence"] == "< 5" and district["child"] == "0"
    province = {row["group"]: row["cases"] for row in rows if row["level"] == "province" and row["month"] == month}
    assert province == district
    assert {row["level"] for row in rows} == {"province", "district"}  # never a subdistrict
    as_json = client.get("/stats/open-data/monthly.json").get_json()
    assert as_json["licence"].startswith("CC BY") and len(as_json["rows"]) == len(rows)
    dictionary = client.get("/stats/open-data").data.decode("utf-8")
    for field in as_json["fields"]:
        assert field in dictionary


def test_figures_are_served_from_memory_until_they_expire(database_url: str) -> None:
    app = create_app({"database_url": database_url})
    seconds = [1000.0]  # the cache's clock, moved by hand: a slow seed must not look like expiry
    app.extensions["public_stats_cache"] = TimedCache(30, clock=lambda: seconds[0])
    try:
        client = app.test_client()
        assert client.get("/stats/4001.json").get_json()["cases"] == 0
        seed(app.extensions["bot_sessions"])  # and refreshed
        seconds[0] += 29
        assert client.get("/stats/4001.json").get_json()["cases"] == 0  # from memory
        seconds[0] += 2
        assert client.get("/stats/4001.json").get_json()["cases"] == 10
    finally:
        app.extensions["bot_engine"].dispose()


def test_the_stats_refresh_command_counts_new_cases_at_once(database_url: str) -> None:
    app = create_app({"database_url": database_url, "stats_cache_seconds": 0.001})
    try:
        sessions = app.extensions["bot_sessions"]
        seed(sessions)  # refreshed
        with sessions.begin() as session:
            reporter = get_or_create_user(session, "Ureporter-stats", utcnow())
            big = new_center(session, "KK03", "400101")
            new_case(session, big, reporter.id, "SC-NEW-0")
        client = app.test_client()
        assert client.get("/stats/4001.json").get_json()["cases"] == 10
        ran = app.test_cli_runner().invoke(args=["stats", "refresh", "--full"])
        assert ran.exit_code == 0 and "statistics refreshed: 11 cases read" in ran.output, ran.output
        assert client.get("/stats/4001.json").get_json()["cases"] == 11
    finally:
        app.extensions["bot_engine"].dispose()
