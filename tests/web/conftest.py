"""The console over real HTTP against the bot and the LINE emulator (its LINE Login included): a
centre in Khon Kaen city (400101) with staff, a neighbour centre in the same district (400102) with its
own staff, a centre in Chiang Mai (500101), a district supervisor of เมืองขอนแก่น (4001), and cases in
each."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from sqlalchemy import select

from models.base import utcnow
from models.cases import Media
from models.centers import Center, StaffMembership, StaffRole
from models.users import get_or_create_user
from tests.bot.scenes import CHIANG_MAI, KHON_KAEN, add_center
from tests.factories import new_case

STAFF_A = "Ustaffa000000000000000000000000001"
STAFF_B = "Ustaffb000000000000000000000000001"
STAFF_CM = "Ustaffc000000000000000000000000001"
SUPERVISOR = "Usuperv000000000000000000000000001"
ADMIN = "Uadmin0000000000000000000000000001"  # province administrator of Khon Kaen (40)
CITIZEN = "Ucitizen00000000000000000000000001"
REPORTER = "Ureporter000000000000000000000001"


def _photo() -> bytes:
    """The reporter's photo of case A-1: a made-up picture (a house on a green field)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 160), "#9fd3f5")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 110, 240, 160), fill="#5aa85a")
    draw.rectangle((80, 70, 160, 130), fill="#e8d2a6")
    draw.polygon([(70, 72), (120, 35), (170, 72)], fill="#b5452b")
    draw.rectangle((110, 100, 130, 130), fill="#6b4a2b")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


PNG = _photo()


def csrf_of(page: str) -> str:
    """The CSRF token of the first form of a console page."""
    marker = 'name="csrf_token" value="'
    start = page.index(marker) + len(marker)
    return page[start : page.index('"', start)]


@dataclass
class Console:
    bot: object
    url: str

    def sign_in(self, line_user_id: str, http: requests.Session | None = None) -> requests.Session:
        """Through the emulator's LINE Login, as a browser would: start, pick the user, callback."""
        http = http or requests.Session()
        started = http.get(self.url + "/console/login/start", allow_redirects=False, timeout=10)
        assert started.status_code == 302, started.text
        authorize = urlsplit(started.headers["Location"])
        fields = {key: values[0] for key, values in parse_qs(authorize.query).items()}
        fields["user_id"] = line_user_id
        chosen = http.post(
            f"{authorize.scheme}://{authorize.netloc}{authorize.path}", data=fields, allow_redirects=True, timeout=10
        )
        assert chosen.status_code in (200, 403), chosen.text
        return http


@pytest.fixture
def console(make_bot, emulator) -> Console:  # noqa: ANN001 - fixtures of tests/conftest.py
    bot = make_bot(
        line_login_channel_id=emulator.login.channel_id,
        line_login_channel_secret=emulator.login.channel_secret,
        line_login_base_url=emulator.base_url,
    )
    # The callback is registered under PUBLIC_BASE_URL: here, the test server's own address.
    bot.app.config["BOT_SETTINGS"] = replace(bot.app.config["BOT_SETTINGS"], public_base_url=bot.url)
    for user_id, name in (
        (STAFF_A, "สมศรี"),
        (STAFF_B, "สมชาย"),
        (SUPERVISOR, "ผอ.อำเภอ"),
        (ADMIN, "ผู้ดูแลจังหวัด"),
        (CITIZEN, "ประชาชน"),
    ):
        emulator.emulator.state.add_user(user_id, name)
    _seed(bot.sessions)
    return Console(bot, bot.url)


def _seed(sessions) -> None:  # noqa: ANN001
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    add_center(sessions, "KK02", "ศูนย์ช่วยเหลือสังคมตำบลสำราญ", "400102", (16.48, 102.86), "043000002")
    add_center(sessions, "CM01", "ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ", "500101", CHIANG_MAI, "053000001")
    now = utcnow()
    with sessions.begin() as session:
        centers = {center.code: center for center in session.scalars(select(Center))}
        for line_id, code in ((STAFF_A, "KK01"), (STAFF_B, "KK02"), (STAFF_CM, "CM01")):
            user = get_or_create_user(session, line_id, now)
            session.add(
                StaffMembership(user_id=user.id, center_id=centers[code].id, role=StaffRole.STAFF, created_at=now)
            )
        supervisor = get_or_create_user(session, SUPERVISOR, now)
        session.add(
            StaffMembership(
                user_id=supervisor.id,
                center_id=None,
                role=StaffRole.DISTRICT_SUPERVISOR,
                area_code="4001",
                created_at=now,
            )
        )
        admin = get_or_create_user(session, ADMIN, now)
        session.add(
            StaffMembership(
                user_id=admin.id, center_id=None, role=StaffRole.PROVINCE_ADMIN, area_code="40", created_at=now
            )
        )
        get_or_create_user(session, CITIZEN, now)
        reporter = get_or_create_user(session, REPORTER, now)
        early = now - timedelta(hours=30)
        a1 = new_case(
            session, centers["KK01"], reporter.id, "A-1", urgency="urgent", created_at=early,
            ack_due_at=early + timedelta(hours=1), visit_due_at=early + timedelta(hours=24),
            person_name="ยายมา ใจดี", contact_phone="0812345678", description="อยู่คนเดียว ไม่มีอาหาร",
            latitude=16.45, longitude=102.84,
        )  # fmt: skip
        new_case(session, centers["KK01"], reporter.id, "A-2", urgency="normal")
        new_case(session, centers["KK02"], reporter.id, "B-1", urgency="high")
        new_case(session, centers["CM01"], reporter.id, "C-1", urgency="urgent")
        session.add(
            Media(
                owner_user_id=reporter.id,
                case_id=a1.id,
                line_message_id="m-a1",
                content_type="image/png",
                content=PNG,
                size_bytes=len(PNG),
                created_at=now,
            )  # fmt: skip
        )
