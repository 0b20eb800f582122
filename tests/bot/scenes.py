"""People, places and cases made for flow tests: centers and their staff, reports walked through the
chat, volunteers, supervisors, and what the emulator received. Shared by many test modules."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import select

from dispatch.routing import DEFAULT_DEADLINES
from dispatch.staffing import issue_invite
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus
from models.centers import Center, StaffMembership
from models.users import User, get_or_create_user
from models.volunteers import Volunteer, VolunteerOffer, VolunteerStatus, lat_band
from tests.bot.chat import Chat, settle

KHON_KAEN = (16.4419, 102.8360)  # approximate: Khon Kaen city
CHIANG_MAI = (18.7953, 98.9866)  # approximate: Chiang Mai old town
REPORTER = "Ureporter000000000000000000000001"
STAFF_A = "Ustaffkk0000000000000000000000001"
STAFF_B = "Ustaffkk0000000000000000000000002"
OTHER_CENTER_STAFF = "Ustaffcm0000000000000000000000001"
SLOW_DOWN = "ข้อความเข้ามาเร็วมาก"
THAI_LETTER = re.compile("[\u0e01-\u0e5b]")


def thai_outside(answer: str, *data: str) -> list[str]:
    """Thai letters in what the bot said, once the Thai data (center name, place names) is set aside."""
    for value in data:
        answer = answer.replace(value, "")
    return [line for line in answer.splitlines() if THAI_LETTER.search(line)]


def texts_to(bot, user: str) -> list[str]:
    return [item["message"].get("text", "") for item in bot.line.messages_to(user)]


def call_buttons(message: dict) -> set[str]:
    return {
        node["action"]["uri"]
        for node in _walk(message)
        if isinstance(node, dict) and isinstance(node.get("action"), dict) and node["action"].get("type") == "uri"
    }


def _walk(value):  # noqa: ANN001, ANN202
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def add_supervisor(sessions, line_id: str, role: str, area_code: str) -> None:
    now = utcnow()
    with sessions.begin() as session:
        user = get_or_create_user(session, line_id, now)
        session.flush()
        session.add(StaffMembership(user_id=user.id, center_id=None, role=role, area_code=area_code, created_at=now))


def add_case(sessions, reference: str, urgency: str, created: datetime, center_code: str = "KK01") -> None:
    """A case reported at `created`, with the default deadlines from then."""
    ack, visit = DEFAULT_DEADLINES[urgency]
    with sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, created)
        center = session.scalars(select(Center).where(Center.code == center_code)).one()
        session.add(
            Case(
                reference=reference,
                reporter_user_id=reporter.id,
                center_id=center.id,
                status=CaseStatus.ASSIGNED,
                urgency=urgency,
                subject="other",
                category="elderly",
                needs=["food"],
                person_name="ยายสมศรี ใจดี",
                contact_phone="0812345678",
                subdistrict_code=center.subdistrict_code,
                district_code=center.district_code,
                province_code=center.province_code,
                consent_basis="consent",
                consent_version="test",
                consent_at=created,
                ack_due_at=created + ack,
                visit_due_at=created + visit,
                created_at=created,
                updated_at=created,
            )
        )


def pushes(bot, line_id: str) -> list[list[dict]]:
    """What `line_id` received from the bot, one list of messages per request."""
    requests: dict[str, list[dict]] = {}
    for record in bot.line.messages_to(line_id):
        requests.setdefault(record["request_id"], []).append(record["message"])
    return list(requests.values())


def alerts_about(bot, line_id: str, reference: str) -> list[str]:
    """The texts of the requests to `line_id` that speak of `reference` (reminders, escalations)."""
    found = []
    for messages in pushes(bot, line_id):
        texts = [message["text"] for message in messages if message["type"] == "text"]
        if any(reference in text for text in texts):
            found.append("\n".join(texts))
    return found


def cli(bot, *args: str):
    return bot.app.test_cli_runner().invoke(args=list(args))


def enrol_supervisor(bot, user_id: str, option: str, area_code: str) -> Chat:
    result = cli(bot, "staff", "invite", option, area_code)
    assert result.exit_code == 0, result.output
    chat = Chat(bot, user_id)
    chat.say(result.output.strip().splitlines()[-1])
    return chat


CASE_POINT = (KHON_KAEN[0] + 0.01, KHON_KAEN[1] + 0.01)  # where report_case puts the case


NEAR = "Uvolnear000000000000000000000001"


MIDDLE = "Uvolmid0000000000000000000000001"


def add_volunteer(sessions, line_id: str, name: str, offset_km: float, center_code: str = "KK01", **values) -> int:
    """An approved volunteer, without the chat (for tests about offers)."""
    now = utcnow()
    with sessions.begin() as session:
        user = get_or_create_user(session, line_id, now)
        center = session.scalars(select(Center).where(Center.code == center_code)).one()
        latitude = CASE_POINT[0] + offset_km / 111.2
        volunteer = Volunteer(
            user_id=user.id,
            center_id=center.id,
            name=name,
            phone="0891112222",
            latitude=latitude,
            longitude=CASE_POINT[1],
            lat_band=lat_band(latitude),
            skills=["visit"],
            max_active_cases=values.get("max_active_cases", 2),
            active_cases=0,
            status=values.get("status", VolunteerStatus.APPROVED),
            available=True,
            created_at=now,
            updated_at=now,
        )
        session.add(volunteer)
        session.flush()
        return volunteer.id


def offers(bot, reference: str) -> list[tuple[str, str]]:
    """(volunteer's LINE id, state) of every offer of the case, oldest first."""
    with bot.sessions() as session:
        rows = session.execute(
            select(User.line_user_id, VolunteerOffer.state)
            .join(Volunteer, Volunteer.id == VolunteerOffer.volunteer_id)
            .join(User, User.id == Volunteer.user_id)
            .join(Case, Case.id == VolunteerOffer.case_id)
            .where(Case.reference == reference)
            .order_by(VolunteerOffer.id)
        ).all()
    return [(row[0], row[1]) for row in rows]


def offer_id(bot, reference: str, line_id: str) -> int:
    with bot.sessions() as session:
        return session.scalars(
            select(VolunteerOffer.id)
            .join(Volunteer, Volunteer.id == VolunteerOffer.volunteer_id)
            .join(User, User.id == Volunteer.user_id)
            .join(Case, Case.id == VolunteerOffer.case_id)
            .where(Case.reference == reference, User.line_user_id == line_id)
            .order_by(VolunteerOffer.id.desc())
        ).first()


def case_status(bot, reference: str) -> str:
    with bot.sessions() as session:
        return session.scalars(select(Case.status).where(Case.reference == reference)).one()


def report_case(bot) -> str:
    """The reporter walks the whole report flow; the new case's reference."""
    chat = Chat(bot, REPORTER)
    walk_to_location(chat)
    chat.location(KHON_KAEN[0] + 0.01, KHON_KAEN[1] + 0.01)
    walk_from_name_to_summary(chat)
    chat.tap("ยืนยันส่งเรื่อง")
    with bot.sessions() as session:
        return session.scalars(select(Case.reference).order_by(Case.id.desc())).first()


def tell_reporters(bot, minutes: int = 3) -> int:
    """Run the scheduler's reporter-news sweep as if `minutes` had passed (the news is made that
    much older: the delivery worker runs on the real clock), then let delivery finish."""

    from bot.jobs.reporter_news import tell_waiting_reporters
    from models.cases import ReporterUpdate

    with bot.sessions.begin() as session:
        for news in session.scalars(select(ReporterUpdate).where(ReporterUpdate.told_at.is_(None))):
            news.send_after -= timedelta(minutes=minutes)
        session.flush()
        told = tell_waiting_reporters(session, utcnow())
    settle(bot)
    return told


def add_center(sessions, code: str, name: str, subdistrict: str, position: tuple[float, float], phone: str) -> None:
    now = utcnow()
    with sessions.begin() as session:
        session.add(
            Center(
                code=code,
                name=name,
                subdistrict_code=subdistrict,
                district_code=subdistrict[:4],
                province_code=subdistrict[:2],
                latitude=position[0],
                longitude=position[1],
                phone=phone,
                active=True,
                created_at=now,
                updated_at=now,
            )
        )


def enrol_staff(bot, center_code: str, user_id: str) -> None:
    with bot.sessions.begin() as session:
        code = issue_invite(session, center_code, utcnow())
    chat = Chat(bot, user_id)
    chat.say(code)
    assert "ลงทะเบียนเป็นเจ้าหน้าที่" in chat.texts()


def walk_to_location(chat: Chat, danger: bool = False) -> None:
    chat.say("แจ้งเหตุ")
    assert "หมดสติ ถูกทำร้าย" in chat.texts()
    chat.tap("มีอันตราย" if danger else "ไม่มี")
    assert "ใครต้องการความช่วยเหลือ" in chat.texts()
    chat.tap("เพื่อนบ้านหรือคนอื่น")
    chat.tap("ผู้ป่วยติดเตียง")
    chat.tap("อาหาร/ถุงยังชีพ")
    assert "เลือกแล้ว: อาหาร/ถุงยังชีพ" in chat.texts()
    chat.tap("การรักษาพยาบาล")
    chat.tap("เสร็จแล้ว")
    assert "อยู่ที่ไหน" in chat.texts()


def walk_from_name_to_summary(chat: Chat) -> None:
    assert "ชื่ออะไร" in chat.texts()
    chat.say("ยายสมศรี ใจดี")
    chat.say("82")
    chat.say("ยายอยู่บ้านคนเดียว ลุกจากเตียงไม่ได้ ไม่มีคนดูแลมาสามวันแล้ว")
    chat.tap("ข้าม")
    assert "เบอร์โทรศัพท์" in chat.texts()
    chat.say("081-234-5678")
    assert "เจ้าตัวยินยอมให้แจ้งเรื่องนี้หรือไม่" in chat.texts()
    chat.tap("เจ้าตัวให้ความยินยอมไม่ได้")
    assert "ตรวจสอบข้อมูลก่อนส่ง" in chat.texts()


def staff_messages(bot, user_id: str) -> list[dict]:
    return [item["message"] for item in bot.line.messages_to(user_id)]


PERSONAL = ("ยายสมศรี", "0812345678", "ลุกจากเตียงไม่ได้")


def assert_sees_nothing_personal(chat: Chat, reference: str, offer: int, open_offer: bool = False) -> None:
    """Every postback that could show a case's details, answered without any of them (accepting is
    the one way in, so it is tried too unless the offer is still open)."""
    attempts = (
        f"action=vol_details&offer={offer}",
        f"action=vol_report&offer={offer}",
        f"action=vol_hand_back&offer={offer}",
        *(() if open_offer else (f"action=vol_accept&offer={offer}",)),
        f"action=case&case={reference}",
        f"action=vol_details&offer={offer + 1000}",
        "action=vol_details",
        "action=vol_mine",
        "action=vol_offers",
    )
    for data in attempts:
        answer = chat.postback(data)
        assert answer, data
        assert not any(secret in str(answer) for secret in PERSONAL), data
        chat.say("ยกเลิก")


def texts_about(bot, user_id: str, reference: str) -> list[str]:
    """The plain texts `user_id` received about the case `reference`."""
    return [
        message["text"]
        for message in staff_messages(bot, user_id)
        if message["type"] == "text" and reference in message["text"]
    ]


def case_state(bot, reference: str) -> tuple[str, str | None, list[str]]:
    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        owner = session.get(User, case.owner_user_id).line_user_id if case.owner_user_id else None
        kinds = list(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)))
    return case.status, owner, kinds


def with_centers_and_staff(bot):  # noqa: ANN001, ANN201
    """Two centers (Khon Kaen, Chiang Mai) and their staff, enrolled through LINE."""
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(bot.sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    for center, staff in (("KK01", STAFF_A), ("KK01", STAFF_B), ("CM01", OTHER_CENTER_STAFF)):
        enrol_staff(bot, center, staff)
    return bot


def calls_in_order(messages: list[dict]) -> list[str]:
    """The tel: numbers of the answer's buttons, in the order they are shown."""
    found: list[str] = []

    def walk(value) -> None:  # noqa: ANN001
        if isinstance(value, dict):
            action = value.get("action")
            if isinstance(action, dict) and action.get("type") == "uri" and action["uri"].startswith("tel:"):
                found.append(action["uri"][4:])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(messages)
    return found


def cases(bot) -> list[Case]:  # noqa: ANN001
    with bot.sessions() as session:
        return list(session.scalars(select(Case).order_by(Case.id)))


def staff_cards(bot, user: str) -> list[dict]:  # noqa: ANN001
    return [m for m in staff_messages(bot, user) if m["type"] == "flex"]
