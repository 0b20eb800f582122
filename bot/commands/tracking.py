"""ติดตามเรื่อง: the sender's own recent cases, with status, center and last update."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.line.responses import Button, Card, Carousel, Response, Text
from bot.postbacks import Postback
from bot.speech.cards import main_menu_buttons
from bot.speech.texts import text
from bot.speech.thai_dates import thai_date, thai_datetime
from dispatch.address import describe_codes
from dispatch.reporter_feedback import OPEN_FOR_CANCEL, REOPEN_WITHIN
from models.cases import Case
from models.centers import Center
from models.users import User

MAX_CASES_SHOWN = 10


def tracking(session: Session, user: User, now: datetime) -> list[Response]:
    language = user.language
    rows = session.execute(
        select(Case, Center.name)
        .outerjoin(Center, Center.id == Case.center_id)
        .where(Case.reporter_user_id == user.id)
        .order_by(Case.created_at.desc(), Case.id.desc())
        .limit(MAX_CASES_SHOWN)
    ).all()
    if not rows:
        return [Text(text("track_none", language), quick_replies=main_menu_buttons(language))]
    cards = tuple(
        Card(
            alt_text=case.reference,
            title=case.reference,
            fields=(
                (text("field_status", language), text(f"status_{case.status}", language)),
                (text("field_category", language), text(f"cat_{case.category}", language)),
                (text("field_area", language), describe_codes(case.subdistrict_code, case.district_code, None) or "-"),
                (text("field_description", language), _first_words(case.description)),
                (text("field_center", language), center_name or _who_instead(case, language)),
                (text("field_reported", language), thai_date(case.created_at, language)),
                (text("field_updated", language), thai_datetime(case.updated_at, language)),
            ),
            buttons=_feedback_buttons(case, language, now),
        )
        for case, center_name in rows
    )
    return [
        Text(text("track_intro", language, count=len(cards))),
        Carousel(alt_text=text("track_alt", language), cards=cards),
    ]


def _first_words(description: str | None, limit: int = 40) -> str:
    """Enough of the description to tell one report from another."""
    if not description:
        return "-"
    flat = " ".join(description.split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


def _who_instead(case: Case, language: str) -> str:
    """A case without a center: the office its supervisors belong to, else that it waits for one."""
    if case.route_level in ("district", "province"):
        codes = (None, case.district_code, case.province_code) if case.route_level == "district" else (None, None, case.province_code)
        area = describe_codes(*codes)
        return text("center_supervisors", language, level=text(f"level_{case.route_level}", language), area=area)
    return text("center_pending", language)


def _feedback_buttons(case: Case, language: str, now: datetime) -> tuple[Button, ...]:
    """An open case can be cancelled by its reporter; a resolved one can still be confirmed, or
    reopened within 14 days, from here."""
    if case.status in OPEN_FOR_CANCEL:
        return (Button.postback(text("cancel_case_button", language), Postback("cancel_case", case=case.reference).data),)
    if case.resolved_at is None or case.outcome == "duplicate" or now - case.resolved_at > REOPEN_WITHIN:
        return ()
    buttons = (Button.postback(text("confirm_reopen", language), Postback("reopen", case=case.reference).data),)
    if case.confirmed_at is None:
        buttons = (Button.postback(text("confirm_yes", language), Postback("confirm", case=case.reference).data),) + buttons
    return buttons
