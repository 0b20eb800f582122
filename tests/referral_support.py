"""Shared steps of the referral tests: an agencies file, referring a case in chat, reading a PDF's
text, the agency page's CSRF token, a signed link made in the past."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import requests
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from pypdf import PdfReader
from sqlalchemy import select

from bot.web.media_links import signing_secret
from bot.web.referral_links import AGENCY_SALT
from config import Settings
from dispatch.agencies import import_agencies
from models.base import utcnow
from models.referrals import Referral
from tests.bot.chat import Chat

AGENCY_LINE = "U" + "agencykkh".ljust(32, "0")
AGENCY_EMAIL = "social@kkh.example"
AGENCIES_CSV = (
    "code,name,kind,subdistrict_code,latitude,longitude,phone,email,line_id,open311_partner\n"
    f"KK-H1,โรงพยาบาลขอนแก่น,hospital,400101,16.4300,102.8300,043000111,{AGENCY_EMAIL},{AGENCY_LINE},\n"
    "KK-H2,โรงพยาบาลศรีนครินทร์,hospital,400101,16.4690,102.8280,043000222,,,\n"
    "KK-P1,สถานีตำรวจภูธรเมืองขอนแก่น,police,400101,,,043000333,,,\n"
)


def add_agencies(sessions, csv_text: str = AGENCIES_CSV) -> None:  # noqa: ANN001 - a sessionmaker
    with sessions.begin() as session:
        import_agencies(session, io.StringIO(csv_text), utcnow())


def tap_starting(chat: Chat, prefix: str) -> list[dict]:
    """Tap the button whose label starts with `prefix` (agency labels are cut to LINE's 20 letters)."""
    label = next((label for label in chat.buttons() if label.startswith(prefix)), None)
    assert label is not None, f"no button starting {prefix!r}; offered: {list(chat.buttons())}"
    return chat.tap(label)


def refer_in_chat(
    chat: Chat,
    reference: str,
    agency_prefix: str = "รพ.ขอนแก่น",
    parts: tuple[str, ...] = ("ชื่อและอายุ", "รายละเอียดเรื่อง"),
) -> list[dict]:
    """ส่งต่อหน่วยงาน from the case card through to sending; the bot's last answer."""
    chat.postback(f"action=refer&case={reference}")
    assert "ให้หน่วยงานประเภทไหนคะ" in chat.texts()
    chat.tap("โรงพยาบาล")
    assert "ใกล้ที่สุดก่อน" in chat.texts()
    tap_starting(chat, agency_prefix)
    chat.say("ยายมีแผลกดทับ ต้องได้รับการรักษาต่อเนื่อง")
    chat.say("ส่งทีมเยี่ยมบ้านและประเมินการรักษา")
    for part in parts:
        chat.tap(part)
    assert "เลือกแล้ว: " + ", ".join(parts) in chat.texts()
    chat.tap("เลือกเสร็จแล้ว")
    chat.tap("ภารกิจของรัฐ")
    assert "ตรวจสอบก่อนส่ง" in chat.texts()
    return chat.tap("ส่งใบส่งต่อ")


def pdf_text(content: bytes) -> str:
    """The PDF's text as pypdf extracts it. Sarabun draws sara am (ำ) as two glyphs, which pypdf maps
    to "ำ%": the tests look for words without it."""
    assert content.startswith(b"%PDF-")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def local_path(url: str) -> str:
    """The path of a link the bot made with PUBLIC_BASE_URL, to fetch it from the bot under test."""
    return "/" + url.split("/", 3)[3]


def csrf_token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has a form with a CSRF token"
    return found.group(1)


def latest_referral(sessions) -> Referral:  # noqa: ANN001
    with sessions() as session:
        return session.scalars(select(Referral).order_by(Referral.id.desc())).first()


def agency_token_signed_days_ago(settings: Settings, referral: Referral, days: int) -> str:
    """A correctly signed link, as if made `days` ago (for the expiry check)."""

    class SignedEarlier(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - days * 86400

    serializer = URLSafeTimedSerializer(signing_secret(settings), salt=AGENCY_SALT, signer=SignedEarlier)
    return serializer.dumps({"r": referral.id, "n": referral.link_nonce})


def post_form(http: requests.Session, page_url: str, action: str, **fields: str) -> requests.Response:
    page = http.get(page_url, timeout=10)
    assert page.status_code == 200, page.status_code
    return http.post(page_url + action, data={"csrf_token": csrf_token(page.text), **fields}, timeout=10)


def save_png(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
