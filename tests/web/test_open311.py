"""Open311 GeoReport v2: shapes in XML and JSON, errors, keys, a partner's case reaching the center's
staff in LINE, and public reads that carry nothing personal (asserted on the raw responses)."""

from __future__ import annotations

import json
from datetime import timedelta
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
import requests
from sqlalchemy import func, select

from app import create_app
from dispatch.partners import add_partner, revoke_partner
from models.base import utcnow
from models.cases import Case, CaseEvent
from models.centers import Center
from models.partners import Partner, PartnerRead
from models.users import User, get_or_create_user
from tests.bot.chat import Chat, settle
from tests.bot.scenes import KHON_KAEN, OTHER_CENTER_STAFF, STAFF_A, STAFF_B, with_centers_and_staff
from tests.factories import new_case, refresh_public_statistics

pytestmark = pytest.mark.in_process

PERSON = "นางทดสอบ ลับเฉพาะ"
PHONE = "081-234-5678"
PHONE_DIGITS = "0812345678"
DESCRIPTION = "ยายอยู่คนเดียว ขาดอาหารมาสามวัน ข้อความลับ"
HOUSE = "บ้านเลขที่ 99/7 ซอยลับ"
SECRET_NOTE = "บันทึกเจ้าหน้าที่ลับ"
POINT = (16.4519, 102.8460)  # approximate: near the Khon Kaen test center


@pytest.fixture
def client(database_url: str):
    app = create_app({"database_url": database_url})
    yield app.test_client()
    app.extensions["bot_engine"].dispose()


@pytest.fixture
def staffed_bot(bot):  # noqa: ANN001, ANN201 - the bot fixture's own type (as in tests/bot/conftest.py)
    return with_centers_and_staff(bot)


@pytest.fixture
def app_sessions(client):
    return client.application.extensions["bot_sessions"]


def new_key(sessions, name: str = "1300 hotline") -> str:
    with sessions.begin() as session:
        return add_partner(session, name, utcnow()).key


def submission(key: str | None, **overrides: str | list[str]) -> dict:
    form: dict = {
        "service_code": "elderly",
        "lat": str(POINT[0]),
        "long": str(POINT[1]),
        "address_string": HOUSE,
        "description": DESCRIPTION,
        "phone": PHONE,
        "first_name": "ผู้โทร",
        "last_name": "แจ้งเหตุ",
        "attribute[lawful_basis]": "subject_consent",
        "attribute[person_name]": PERSON,
        "attribute[person_age]": "81",
        "attribute[needs][]": ["food", "medical"],
    }
    if key is not None:
        form["api_key"] = key
    form.update(overrides)
    return form


def errors_of(response, fmt: str) -> list[tuple[str, str]]:
    if fmt == "json":
        return [(str(item["code"]), item["description"]) for item in response.get_json()]
    root = ElementTree.fromstring(response.data)
    assert root.tag == "errors"
    return [(error.findtext("code"), error.findtext("description")) for error in root.findall("error")]


# -- discovery and services -----------------------------------------------------------------------


def test_discovery_in_both_formats(client) -> None:
    document = client.get("/open311/v2/discovery.json")
    assert document.status_code == 200 and document.content_type == "application/json; charset=utf-8"
    body = document.get_json()
    assert body["contact"] and body["changeset"]
    (endpoint,) = body["endpoints"]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"].endswith("/open311/v2/") and endpoint["type"] == "production"
    assert endpoint["formats"] == ["text/xml", "application/json"]

    xml = client.get("/open311/v2/discovery.xml")
    assert xml.content_type == "text/xml; charset=utf-8"
    assert xml.data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ElementTree.fromstring(xml.data)
    assert root.tag == "discovery"
    formats = [item.text for item in root.findall("endpoints/endpoint/formats/format")]
    assert formats == ["text/xml", "application/json"]


def test_one_service_per_help_group_with_attribute_definitions(client) -> None:
    services = client.get("/open311/v2/services.json").get_json()
    codes = [service["service_code"] for service in services]
    assert codes == [
        "elderly", "bedridden", "disability", "child", "homeless", "violence", "poverty", "mental_health", "other"
    ]  # fmt: skip
    elderly = services[0]
    assert elderly["service_name"] == "ผู้สูงอายุ" and elderly["type"] == "realtime" and elderly["metadata"] is True
    root = ElementTree.fromstring(client.get("/open311/v2/services.xml").data)
    assert [node.findtext("service_code") for node in root.findall("service")] == codes
    assert root.find("service/metadata").text == "true"

    definition = client.get("/open311/v2/services/violence.json").get_json()
    assert definition["service_code"] == "violence"
    by_code = {attribute["code"]: attribute for attribute in definition["attributes"]}
    assert by_code["lawful_basis"]["required"] is True and by_code["lawful_basis"]["datatype"] == "singlevaluelist"
    assert [value["key"] for value in by_code["needs"]["values"]] == [
        "food", "money", "device", "housing", "medical", "rights", "carer", "other"
    ]  # fmt: skip
    assert by_code["needs"]["datatype"] == "multivaluelist" and by_code["person_age"]["datatype"] == "number"
    xml = ElementTree.fromstring(client.get("/open311/v2/services/violence.xml?locale=en").data)
    assert xml.tag == "service_definition"
    values = xml.findall("attributes/attribute[code='lawful_basis']/values/value")
    assert [value.findtext("key") for value in values] == [
        "subject_consent", "own_consent", "vital_interest", "public_task"
    ]  # fmt: skip
    assert values[0].findtext("name") == "The person agreed"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_an_unknown_service_is_404_in_the_spec_error_format(client, fmt: str) -> None:
    response = client.get(f"/open311/v2/services/parking.{fmt}")
    assert response.status_code == 404
    ((code, description),) = errors_of(response, fmt)
    assert code == "404" and "unknown_service_code" in description


# -- keys -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_post_without_a_valid_key_is_403_and_creates_nothing(client, app_sessions, fmt: str) -> None:
    key = new_key(app_sessions)
    for given in (None, "o311_wrong", key + "x"):
        response = client.post(f"/open311/v2/requests.{fmt}", data=submission(given))
        assert response.status_code == 403, given
        assert errors_of(response, fmt)[0][0] == "403"
    with app_sessions.begin() as session:
        revoke_partner(session, "1300 hotline", utcnow())
    revoked = client.post(f"/open311/v2/requests.{fmt}", data=submission(key))
    assert revoked.status_code == 403
    assert client.get(f"/open311/v2/requests.{fmt}?api_key={key}").status_code == 403
    with app_sessions() as session:
        assert session.scalar(select(func.count(Case.id))) == 0


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"service_code": "parking"}, "unknown_service_code"),
        ({"service_code": ""}, "missing_service_code"),
        ({"lat": "", "long": "", "address_string": ""}, "missing_location"),
        ({"lat": "48.85", "long": "2.35"}, "invalid_location"),
        ({"lat": "", "long": "", "address_string": "somewhere nice"}, "address_not_understood"),
        ({"attribute[lawful_basis]": ""}, "missing_attribute"),
        ({"attribute[lawful_basis]": "because"}, "invalid_attribute"),
        ({"attribute[colour]": "red"}, "unknown_attribute"),
        ({"phone": "12"}, "invalid_phone"),
        ({"description": "ก" * 4001}, "description_too_long"),
    ],
)
def test_a_submission_that_cannot_be_used_is_400_with_a_specific_code(client, app_sessions, overrides, code) -> None:
    key = new_key(app_sessions)
    response = client.post("/open311/v2/requests.json", data=submission(key, **overrides))
    assert response.status_code == 400
    ((status, description),) = errors_of(response, "json")
    assert status == "400" and description.startswith(code + ":")


def test_a_typed_address_is_matched_to_its_subdistrict(client, app_sessions) -> None:
    key = new_key(app_sessions)
    form = submission(key, lat="", long="", address_string="ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น")
    response = client.post("/open311/v2/requests.xml", data=form)
    assert response.status_code == 201, response.data
    root = ElementTree.fromstring(response.data)
    reference = root.findtext("request/service_request_id")
    assert root.tag == "service_requests" and reference and root.findtext("request/service_notice")
    with app_sessions() as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        partner = session.scalar(select(Partner))
    assert (case.subdistrict_code, case.area_source, case.partner_id) == ("400101", "typed", partner.id)
    assert case.reporter_user_id == partner.user_id and case.consent_basis == "subject_consent"
    assert case.person_name == PERSON and case.person_age == 81 and case.needs == ["food", "medical"]
    assert case.route_level == "unrouted"  # no center, no supervisor: the queue, as for a LINE report


# -- a partner's case in LINE ---------------------------------------------------------------------


def test_a_partner_case_reaches_the_nearest_centers_staff_like_a_chat_report(staffed_bot) -> None:
    bot = staffed_bot
    key = new_key(bot.sessions)
    answer = requests.post(f"{bot.url}/open311/v2/requests.json", data=submission(key), timeout=10)
    assert answer.status_code == 201, answer.text
    ((created,),) = [answer.json()]
    reference = created["service_request_id"]
    assert "token" not in created and "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" in created["service_notice"]
    settle(bot)

    with bot.sessions() as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        center = session.get(Center, case.center_id)
        partner_user = session.get(User, session.scalar(select(Partner.user_id)))
    assert center.code == "KK01" and case.status == "assigned" and case.ack_due_at is not None
    assert case.contact_phone == PHONE_DIGITS and case.description == DESCRIPTION
    for staff in (STAFF_A, STAFF_B):
        cards = [item["message"] for item in bot.line.messages_to(staff) if item["message"]["type"] == "flex"]
        assert len(cards) == 1 and reference in cards[0]["altText"]
        assert PERSON not in str(cards[0]) and PHONE_DIGITS not in str(cards[0])
    assert not [item for item in bot.line.messages_to(OTHER_CENTER_STAFF) if item["message"]["type"] == "flex"]
    assert bot.line.messages_to(partner_user.line_user_id) == []  # nothing is pushed to a partner

    # Staff work it as any case; the partner follows it through Open311 (news for the reporter of
    # record is dropped, not failed: settle() fails on a refused message).
    Chat(bot, STAFF_A).postback(f"action=ack&case={reference}")
    settle(bot)
    followed = requests.get(
        f"{bot.url}/open311/v2/requests/{reference}.xml?api_key={key}&extended_statuses=true&locale=en", timeout=10
    )
    request = ElementTree.fromstring(followed.content).find("request")
    assert request.findtext("status") == "investigating" and request.findtext("status_notes") == "Acknowledged"
    assert request.findtext("expected_datetime")  # now the first visit's deadline
    assert bot.line.messages_to(partner_user.line_user_id) == []


def test_danger_makes_the_partner_case_urgent(client, app_sessions) -> None:
    key = new_key(app_sessions)
    response = client.post("/open311/v2/requests.json", data=submission(key, **{"attribute[danger]": "yes"}))
    reference = response.get_json()[0]["service_request_id"]
    with app_sessions() as session:
        assert session.scalar(select(Case.urgency).where(Case.reference == reference)) == "urgent"


# -- reads ----------------------------------------------------------------------------------------


def secrets_in(body: bytes, line_ids: list[str]) -> list[str]:
    text = body.decode("utf-8")
    found = [
        value for value in (PERSON, PHONE, PHONE_DIGITS, DESCRIPTION, HOUSE, "99/7", "ผู้โทร", *line_ids) if value in text
    ]
    found += [f"coordinate {value}" for value in (str(POINT[0]), str(POINT[1]), "16.45", "102.84") if value in text]
    return found


def test_public_reads_carry_nothing_personal_but_the_partner_reads_its_own_in_full(staffed_bot) -> None:
    bot = staffed_bot
    key = new_key(bot.sessions)
    other_key = new_key(bot.sessions, "municipality app")
    created = requests.post(f"{bot.url}/open311/v2/requests.json", data=submission(key), timeout=10).json()
    reference = created[0]["service_request_id"]
    settle(bot)
    with bot.sessions() as session:
        line_ids = list(session.scalars(select(User.line_user_id)))
    assert len(line_ids) >= 4  # the staff and the partner's own user

    public_reads = [
        "/open311/v2/requests.json",
        "/open311/v2/requests.xml",
        f"/open311/v2/requests/{reference}.json",
        f"/open311/v2/requests/{reference}.xml",
        f"/open311/v2/requests.json?service_request_id={reference}&extended_statuses=true",
        f"/open311/v2/requests.json?api_key={other_key}",  # someone else's submission: public view
    ]
    for path in public_reads:
        response = requests.get(bot.url + path, timeout=10)
        assert response.status_code == 200, path
        assert reference in response.text, path
        assert secrets_in(response.content, line_ids) == [], path
        if path.endswith(".xml") or ".xml?" in path:
            ElementTree.fromstring(response.content)
        else:
            json.loads(response.content)

    row = requests.get(f"{bot.url}/open311/v2/requests/{reference}.json", timeout=10).json()[0]
    assert row["status"] == "open" and row["service_code"] == "elderly"
    assert row["status_notes"] == "ส่งถึงศูนย์แล้ว รอรับเรื่อง"
    assert "lat" not in row and "long" not in row and "description" not in row
    # One elderly case in its subdistrict this month: placed by district only, its center not named.
    assert row["address"] == "อ.เมืองขอนแก่น จ.ขอนแก่น"
    assert "ในเมือง" not in row["agency_responsible"]
    assert row["requested_datetime"].endswith(":00:00+07:00")

    own = requests.get(f"{bot.url}/open311/v2/requests/{reference}.json?api_key={key}", timeout=10).json()[0]
    assert own["description"] == DESCRIPTION and own["lat"] == POINT[0] and own["long"] == POINT[1]
    assert own["agency_responsible"] == "ศูนย์ช่วยเหลือสังคมตำบลในเมือง" and own["address"] == HOUSE
    with bot.sessions() as session:
        reads = session.scalars(select(PartnerRead)).all()
    assert len(reads) == 1  # the keyed read of its own case is audited; the public ones are not per case


def test_a_search_filters_and_an_unknown_request_is_404(client, app_sessions) -> None:
    now = utcnow()
    with app_sessions.begin() as session:
        reporter = get_or_create_user(session, "Ureporter-search", now)
        center = Center(
            code="KK01", name="ศูนย์ในเมือง", subdistrict_code="400101", district_code="4001", province_code="40",
            latitude=KHON_KAEN[0], longitude=KHON_KAEN[1], phone="", active=True, created_at=now, updated_at=now,
        )  # fmt: skip
        session.add(center)
        session.flush()
        new_case(session, center, reporter.id, "SC-OPEN-1", created_at=now - timedelta(days=2))
        new_case(session, center, reporter.id, "SC-SHUT-1", created_at=now - timedelta(days=3), status="closed",
                 outcome="not_eligible", closed_at=now - timedelta(days=1))  # fmt: skip
        new_case(session, center, reporter.id, "SC-VIOL-1", created_at=now - timedelta(days=4), category="violence")
        new_case(session, center, reporter.id, "SC-OLD-01", created_at=now - timedelta(days=120))

    def references(query: str) -> list[str]:
        response = client.get("/open311/v2/requests.json" + query)
        assert response.status_code == 200, response.data
        return [row["service_request_id"] for row in response.get_json()]

    assert references("") == ["SC-OPEN-1", "SC-SHUT-1", "SC-VIOL-1"]  # newest first, the last 90 days
    assert references("?status=closed") == ["SC-SHUT-1"]
    assert references("?service_code=violence,elderly&status=open") == ["SC-OPEN-1", "SC-VIOL-1"]
    start = (now - timedelta(days=130)).isoformat()
    assert references(f"?start_date={start.replace('+', '%2B')}") == ["SC-OLD-01"]
    assert references("?service_request_id=SC-OLD-01,SC-SHUT-1") == ["SC-SHUT-1", "SC-OLD-01"]

    extended = client.get("/open311/v2/requests.json?service_request_id=SC-SHUT-1&extended_statuses=true").get_json()
    assert extended[0]["status"] == "not_councils_responsibility"
    assert extended[0]["status_notes"] == "ปิดเรื่องแล้ว: ไม่เข้าเกณฑ์"
    plain = client.get("/open311/v2/requests/SC-SHUT-1.xml?locale=en")
    request = ElementTree.fromstring(plain.data).find("request")
    assert request.findtext("status") == "closed" and request.findtext("status_notes") == "Closed: not eligible"

    for bad in ("?status=pending", "?service_code=parking", "?start_date=yesterday", "?start_date=2026-01-01T00:00:00",
                f"?start_date={(now - timedelta(days=200)).date()}T00:00:00Z&end_date={now.date()}T00:00:00Z"):  # fmt: skip
        response = client.get("/open311/v2/requests.xml" + bad)
        assert response.status_code == 400, bad
        assert errors_of(response, "xml")[0][0] == "400"
    missing = client.get("/open311/v2/requests/SC-NOPE-1.json")
    assert missing.status_code == 404 and errors_of(missing, "json")[0][0] == "404"


@pytest.fixture
def uncached_client(database_url: str):
    app = create_app({"database_url": database_url, "stats_cache_seconds": 0.001})
    yield app.test_client()
    app.extensions["bot_engine"].dispose()


def test_small_cells_and_sensitive_groups_are_placed_by_district_only(uncached_client) -> None:
    client, app_sessions = uncached_client, uncached_client.application.extensions["bot_sessions"]
    now = utcnow().replace(day=15, hour=5)  # mid-month (Bangkok too): every case below in one month
    with app_sessions.begin() as session:
        reporter = get_or_create_user(session, "Ureporter-cells", now)
        centers: list[Center] = []
        for code, subdistrict, position in (("KK01", "400101", KHON_KAEN), ("KK02", "400102", KHON_KAEN)):
            center = Center(
                code=code, name=f"ศูนย์ช่วยเหลือสังคมตำบล {code}", subdistrict_code=subdistrict,
                district_code="4001", province_code="40", latitude=position[0], longitude=position[1],
                phone="", active=True, created_at=now, updated_at=now,
            )  # fmt: skip
            session.add(center)
            centers.append(center)
        session.flush()
        for number in range(5):  # five elderly cases in ในเมือง: a cell that may be shown
            new_case(session, centers[0], reporter.id, f"SC-BIG-{number}", created_at=now - timedelta(hours=number))
        for number in range(4):  # four in สำราญ: too few
            new_case(session, centers[1], reporter.id, f"SC-SML-{number}", created_at=now - timedelta(hours=number))
        for number in range(6):  # violence: never below district, however many
            new_case(session, centers[0], reporter.id, f"SC-VIO-{number}", created_at=now - timedelta(hours=number),
                     category="violence")  # fmt: skip
    window = f"?start_date={(now - timedelta(days=5)).date()}T00:00:00Z&end_date={(now + timedelta(days=1)).date()}T00:00:00Z"

    def placed_by_subdistrict() -> set[str]:
        rows = {row["service_request_id"]: row for row in client.get("/open311/v2/requests.json" + window).get_json()}
        for reference, row in rows.items():
            if row["address"] == "ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น":
                assert row["agency_responsible"] == "ศูนย์ช่วยเหลือสังคมตำบล KK01"
            elif row["address"] == "ต.สำราญ อ.เมืองขอนแก่น จ.ขอนแก่น":
                assert row["agency_responsible"] == "ศูนย์ช่วยเหลือสังคมตำบล KK02"
            else:
                assert row["address"] == "อ.เมืองขอนแก่น จ.ขอนแก่น", reference
                assert "KK0" not in row["agency_responsible"], reference
        return {reference for reference, row in rows.items() if row["address"].startswith("ต.")}

    big = {f"SC-BIG-{number}" for number in range(5)}
    assert placed_by_subdistrict() == big  # counted from the cases: the statistics were never refreshed
    refresh_public_statistics(app_sessions, now)
    assert placed_by_subdistrict() == big  # the same from the materialised statistics
    with app_sessions.begin() as session:  # a fifth in สำราญ: counted once the statistics are refreshed
        new_case(session, centers[1], reporter.id, "SC-SML-4", created_at=now + timedelta(minutes=1))
    assert placed_by_subdistrict() == big
    refresh_public_statistics(app_sessions, now + timedelta(minutes=2))
    assert placed_by_subdistrict() == big | {f"SC-SML-{number}" for number in range(5)}


def test_partners_commands_show_the_key_once_and_revoke_it(database_url: str) -> None:
    app = create_app({"database_url": database_url})
    try:
        runner = app.test_cli_runner()
        added = runner.invoke(args=["partners", "add", "โรงพยาบาลขอนแก่น"])
        assert added.exit_code == 0, added.output
        key = added.output.strip().splitlines()[-1]
        assert key.startswith("o311_") and len(key) > 40
        again = runner.invoke(args=["partners", "add", "โรงพยาบาลขอนแก่น"])
        assert again.exit_code != 0 and "exists" in again.output
        listed = runner.invoke(args=["partners", "list"])
        assert "โรงพยาบาลขอนแก่น" in listed.output and key not in listed.output and "active" in listed.output
        with app.extensions["bot_sessions"]() as session:
            partner = session.scalar(select(Partner))
            assert key not in (partner.key_hash, partner.key_prefix)
        client = app.test_client()
        assert client.get(f"/open311/v2/requests.json?api_key={key}").status_code == 200
        revoked = runner.invoke(args=["partners", "revoke", "โรงพยาบาลขอนแก่น"])
        assert revoked.exit_code == 0, revoked.output
        assert "revoked" in runner.invoke(args=["partners", "list"]).output
        assert client.get(f"/open311/v2/requests.json?api_key={key}").status_code == 403
    finally:
        app.extensions["bot_engine"].dispose()


def test_public_reads_are_rate_limited_per_address(database_url: str) -> None:
    app = create_app({"database_url": database_url, "open311_rate_limit": 3})
    try:
        client = app.test_client()
        answers = [client.get("/open311/v2/services.json").status_code for _ in range(4)]
        assert answers == [200, 200, 200, 429]
        limited = client.get("/open311/v2/services.xml")
        assert limited.status_code == 429 and limited.headers["Retry-After"] == "60"
        assert ElementTree.fromstring(limited.data).tag == "errors"
    finally:
        app.extensions["bot_engine"].dispose()


def test_control_characters_never_break_the_xml(client, app_sessions) -> None:
    key = new_key(app_sessions)
    form = submission(key, description="ข้อความ\x01\x0bมีอักขระควบคุม & <tag>")
    reference = client.post("/open311/v2/requests.json", data=form).get_json()[0]["service_request_id"]
    own = client.get(f"/open311/v2/requests/{reference}.xml?api_key={key}")
    root = ElementTree.fromstring(own.data)
    assert root.findtext("request/description") == "ข้อความมีอักขระควบคุม & <tag>"


def test_submissions_are_never_rate_limited(database_url: str) -> None:
    app = create_app({"database_url": database_url, "open311_rate_limit": 1})
    try:
        key = new_key(app.extensions["bot_sessions"])
        client = app.test_client()
        answers = [client.post("/open311/v2/requests.json", data=submission(key)).status_code for _ in range(3)]
        assert answers == [201, 201, 201]
        assert [client.get(f"/open311/v2/requests.json?api_key={key}").status_code for _ in range(2)] == [200, 429]
    finally:
        app.extensions["bot_engine"].dispose()


def test_unknown_paths_and_methods_under_open311_answer_in_the_spec_format(client) -> None:
    unknown = client.get("/open311/v2/tokens/abc.xml")
    assert unknown.status_code == 404 and errors_of(unknown, "xml")[0][0] == "404"
    wrong_format = client.get("/open311/v2/services.csv")
    assert wrong_format.status_code == 404 and errors_of(wrong_format, "json")[0][0] == "404"
    wrong_method = client.delete("/open311/v2/requests.json")
    assert wrong_method.status_code == 405 and errors_of(wrong_method, "json")[0][0] == "405"
    elsewhere = client.get("/no-such-page")
    assert elsewhere.status_code == 404 and "text/html" in elsewhere.content_type


def test_request_updates_list_status_changes_without_notes_or_exact_times(client, app_sessions) -> None:
    """FixMyStreet's GET servicerequestupdates: each status change, oldest first, in the window."""
    key = new_key(app_sessions)
    now = utcnow().replace(minute=37, second=12, microsecond=0) - timedelta(hours=2)
    with app_sessions.begin() as session:
        reporter = get_or_create_user(session, "Ureporter-updates", now)
        center = Center(
            code="KK01", name="ศูนย์ในเมือง", subdistrict_code="400101", district_code="4001", province_code="40",
            latitude=KHON_KAEN[0], longitude=KHON_KAEN[1], phone="", active=True, created_at=now, updated_at=now,
        )  # fmt: skip
        session.add(center)
        session.flush()
        case = new_case(
            session, center, reporter.id, "SC-UPD-1", created_at=now, status="closed", outcome="not_eligible"
        )
        own = new_case(session, center, reporter.id, "SC-UPD-2", created_at=now, status="in_progress",
                       partner_id=session.scalar(select(Partner.id)))  # fmt: skip
        steps = [
            (case, "acknowledged", "acknowledged", 1),
            (case, "closed", "closed", 2),
            (own, "reopened", "in_progress", 3),
        ]
        for subject, kind, status, minutes in steps:
            session.add(CaseEvent(case_id=subject.id, kind=kind, to_status=status, at=now + timedelta(minutes=minutes),
                                  detail={"note": SECRET_NOTE}))  # fmt: skip
        session.add(
            CaseEvent(case_id=case.id, kind="note", at=now + timedelta(minutes=4), detail={"note": SECRET_NOTE})
        )

    window = f"start_date={(now - timedelta(hours=1)).isoformat().replace('+', '%2B')}"
    public = client.get(f"/open311/v2/servicerequestupdates.json?{window}")
    assert public.status_code == 200 and SECRET_NOTE not in public.data.decode("utf-8")
    rows = public.get_json()
    assert [(row["service_request_id"], row["status"]) for row in rows] == [
        ("SC-UPD-1", "open"), ("SC-UPD-1", "closed"), ("SC-UPD-2", "open")
    ]  # fmt: skip
    assert {row["updated_datetime"] for row in rows} == {_hour_iso(now)}  # to the hour
    assert rows[1]["description"] == "ปิดเรื่องแล้ว: ไม่เข้าเกณฑ์" and len({row["update_id"] for row in rows}) == 3

    extended = client.get(f"/open311/v2/servicerequestupdates.xml?{window}&extended_statuses=true&api_key={key}")
    root = ElementTree.fromstring(extended.data)
    assert root.tag == "service_request_updates"
    updates = root.findall("request_update")
    assert [update.findtext("status") for update in updates] == [
        "investigating",
        "not_councils_responsibility",
        "reopen",
    ]
    assert updates[0].findtext("updated_datetime").endswith(":00:00+07:00")  # not the partner's: to the hour
    assert not updates[2].findtext("updated_datetime").endswith(":00:00+07:00")  # its own: the minute
    assert client.get(f"/open311/v2/servicerequestupdates.json?{window}&api_key=wrong").status_code == 403
    bad = client.get("/open311/v2/servicerequestupdates.xml?start_date=yesterday")
    assert bad.status_code == 400 and errors_of(bad, "xml")[0][0] == "400"


def _hour_iso(moment) -> str:
    return moment.astimezone(ZoneInfo("Asia/Bangkok")).replace(minute=0, second=0).isoformat()
