"""What volunteers and staff are shown about volunteers and their work, as cards.

An offer shows only what a volunteer needs to decide (group, area, urgency, distance); the case's
personal details are built only by `case_details`, which callers reach only through
dispatch.volunteer_offers.held_offer.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.line.responses import Button, Card, Location, Response
from bot.postbacks import Postback
from bot.speech.cards import URGENCY_ACCENT
from bot.speech.texts import age_text, text
from bot.speech.thai_dates import thai_datetime
from bot.web.media_links import photo_url
from config import Settings
from dispatch.address import describe_codes
from models.cases import Case, Media
from models.volunteers import Volunteer, VolunteerOffer

MAX_PHOTOS = 2


def case_area(session: Session, case: Case) -> str:
    """Subdistrict, district and province only: never the address or the exact place."""
    area = describe_codes(case.subdistrict_code, case.district_code, case.province_code)
    if not area and case.center_id:
        center = case.center
        area = describe_codes(center.subdistrict_code, center.district_code, center.province_code) if center else ""
    return area or "-"


def application_card(volunteer: Volunteer, language: str) -> Card:
    """For the center's staff: the applicant, with อนุมัติ / ไม่อนุมัติ."""
    skills = ", ".join(text(f"skill_{skill}", language) for skill in volunteer.skills)
    return Card(
        alt_text=text("vol_application_alt", language, name=volunteer.name),
        title=text("vol_application_title", language),
        fields=(
            (text("field_name", language), volunteer.name),
            (text("field_phone", language), volunteer.phone),
            (text("vol_field_skills", language), skills or "-"),
            (text("vol_field_max", language), text("vol_cases_n", language, n=volunteer.max_active_cases)),
        ),
        buttons=(
            Button.postback(text("vol_approve", language), Postback("vol_approve", v=volunteer.id).data),
            Button.postback(text("vol_reject", language), Postback("vol_reject", v=volunteer.id).data),
        ),
    )


def volunteer_card(volunteer: Volunteer, language: str) -> Card:
    """For staff managing their center's volunteers: status and the decision that applies now."""
    buttons = {
        "pending": (
            Button.postback(text("vol_approve", language), Postback("vol_approve", v=volunteer.id).data),
            Button.postback(text("vol_reject", language), Postback("vol_reject", v=volunteer.id).data),
        ),
        "approved": (Button.postback(text("vol_suspend", language), Postback("vol_suspend", v=volunteer.id).data),),
        "suspended": (Button.postback(text("vol_reinstate", language), Postback("vol_reinstate", v=volunteer.id).data),),
    }.get(volunteer.status, ())
    state = text(f"vol_state_{volunteer.status}", language)
    if volunteer.status == "approved":
        state += " · " + text("vol_available" if volunteer.available else "vol_paused", language)
    return Card(
        alt_text=volunteer.name,
        title=volunteer.name,
        fields=(
            (text("field_status", language), state),
            (text("field_phone", language), volunteer.phone),
            (
                text("vol_field_load", language),
                text("vol_load", language, active=volunteer.active_cases, limit=volunteer.max_active_cases),
            ),
        ),
        buttons=buttons + (Button.call(text("vol_call", language), volunteer.phone),),
    )


def offer_card(session: Session, offer: VolunteerOffer, case: Case, language: str) -> Card:
    urgency = text(f"urgency_{case.urgency}", language)
    return Card(
        alt_text=text("vol_offer_alt", language, urgency=urgency, category=text(f"cat_{case.category}", language)),
        title=text("vol_offer_title", language, urgency=urgency),
        accent=URGENCY_ACCENT.get(case.urgency, "#1B6E4C"),
        fields=(
            (text("field_category", language), text(f"cat_{case.category}", language)),
            (text("field_area", language), case_area(session, case)),
            (text("vol_field_distance", language), text("vol_km", language, km=f"{offer.distance_km:.1f}")),
            (text("vol_field_answer_by", language), thai_datetime(offer.expires_at, language)),
        ),
        lines=(text("vol_offer_note", language),),
        buttons=(
            Button.postback(text("vol_accept", language), Postback("vol_accept", offer=offer.id).data),
            Button.postback(text("vol_decline", language), Postback("vol_decline", offer=offer.id).data),
        ),
    )


def held_card(session: Session, offer: VolunteerOffer, case: Case, language: str) -> Card:
    """งานของฉัน: a held case without its details (they are one tap away, and each view is audited)."""
    return Card(
        alt_text=text("vol_mine_alt", language, reference=case.reference),
        title=f"{text(f'urgency_{case.urgency}', language)} · {case.reference}",
        accent=URGENCY_ACCENT.get(case.urgency, "#1B6E4C"),
        fields=(
            (text("field_category", language), text(f"cat_{case.category}", language)),
            (text("field_area", language), case_area(session, case)),
        ),
        buttons=work_buttons(offer, language),
    )


def work_buttons(offer: VolunteerOffer, language: str) -> tuple[Button, ...]:
    return (
        Button.postback(text("vol_details", language), Postback("vol_details", offer=offer.id).data),
        Button.postback(text("vol_report_button", language), Postback("vol_report", offer=offer.id).data),
        Button.postback(text("vol_hand_back", language), Postback("vol_hand_back", offer=offer.id).data),
    )


def case_details(
    session: Session, settings: Settings, offer: VolunteerOffer, case: Case, language: str
) -> list[Response]:
    """The full details for the volunteer who holds the case: the person, a map pin, a call button,
    photos through short-lived signed links."""
    age = age_text(case.person_age, language) if case.person_age is not None else None
    person = " ".join(part for part in (case.person_name, age) if part) or text("not_given", language)
    place = case.address_text or case_area(session, case)
    buttons: tuple[Button, ...] = ()
    if case.contact_phone:
        buttons += (Button.call(text("vol_call_reporter", language), case.contact_phone),)
    photos = session.query(Media.id).filter(Media.case_id == case.id).order_by(Media.id).limit(MAX_PHOTOS).all()
    for number, (media_id,) in enumerate(photos, start=1):
        label = text("vol_photo", language) if len(photos) == 1 else text("vol_photo_n", language, n=number)
        buttons += (Button(label, kind="uri", uri=photo_url(settings, media_id, offer.id)),)
    card = Card(
        alt_text=text("vol_details_alt", language, reference=case.reference),
        title=f"{text(f'urgency_{case.urgency}', language)} · {case.reference}",
        accent=URGENCY_ACCENT.get(case.urgency, "#1B6E4C"),
        fields=(
            (text("field_category", language), text(f"cat_{case.category}", language)),
            (text("field_needs", language), ", ".join(text(f"need_{need}", language) for need in case.needs) or "-"),
            (text("field_who", language), person),
            (text("field_description", language), case.description or "-"),
            (text("field_location", language), place),
            (text("field_phone", language), case.contact_phone or "-"),
        ),
        lines=(text("vol_details_note", language),),
        buttons=buttons,
        quick_replies=work_buttons(offer, language)[1:],
    )
    responses: list[Response] = []
    if case.latitude is not None and case.longitude is not None:
        responses.append(
            Location(
                title=text("vol_map_title", language, reference=case.reference),
                address=(case.address_text or case_area(session, case))[:100],
                latitude=case.latitude,
                longitude=case.longitude,
            )
        )
    return [*responses, card]  # the card last: its quick replies show under the latest message
