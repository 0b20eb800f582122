"""For staff: finding a case (ค้นหาเคส) and its full card with personal details and timeline.

Opening the full card is a view of personal data, so each one is written to the case's timeline.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commands.case_actions import next_steps
from bot.commands.duplicate_hints import duplicate_hint
from bot.flows.engine import Accept, Flow, FlowContext, Reject, Step
from bot.flows.referral import referral_lines
from bot.line.responses import Button, Card, Carousel, Response, Text
from bot.postbacks import Postback
from bot.speech.cards import URGENCY_ACCENT, staff_card
from bot.speech.texts import TEXTS, age_text, text
from bot.speech.thai_dates import thai_datetime
from dispatch.address import describe_codes
from dispatch.case_actions import OWNABLE, scope_filter, search_cases, view_case
from models.cases import Case, CaseEvent

PAGE_SIZE = 10  # a LINE carousel holds at most 12 bubbles
TIMELINE_SHOWN = 5
NOTE_SHOWN = 120
# What of an event's detail the timeline shows beside its name.
_TIMELINE_DETAIL = {
    "note": "text",
    "rated": "stars",
    "transferred": "to_center",
    "duplicate_added": "duplicate",
    "visit_report": "summary",
    "volunteer_handed_back": "reason",
    "not_duplicate": "of",
    "referral_sent": "agency",
    "referral_received": "agency",
    "referral_accepted": "agency",
    "referral_declined": "agency",
    "referral_done": "agency",
    "referral_withdrawn": "agency",
    "referral_reminded": "agency",
    "referral_escalated": "agency",
}


def case_web_url(public_base_url: str, reference: str) -> str:
    """The case's page in the web console: LINE opens it in its in-app browser, and after signing in
    (LINE Login, usually without a screen there) the staff member lands on the case itself."""
    return f"{public_base_url.rstrip('/')}/console/cases/{quote(reference, safe='')}"


def case_detail(session: Session, case: Case, language: str, public_base_url: str | None = None) -> list[Response]:
    """The staff's full card of a case; with `public_base_url`, a เปิดในเว็บ button to its console page."""
    area = case.address_text or describe_codes(case.subdistrict_code, case.district_code, case.province_code) or "-"
    age = age_text(case.person_age, language) if case.person_age is not None else None
    person = " ".join(part for part in (case.person_name, age) if part)
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
    ).all()[:TIMELINE_SHOWN]
    buttons: tuple[Button, ...] = ()
    if case.owner_user_id is None and case.status in OWNABLE:
        buttons += (Button.postback(text("staff_ack_button", language), Postback("ack", case=case.reference).data),)
    if case.contact_phone:
        buttons += (Button.call(text("call_reporter", language), case.contact_phone),)
    referrals = referral_lines(session, case, language)
    if referrals:
        buttons += (Button.postback(text("refer_list_button", language), f"action=referrals&case={case.reference}"),)
    if public_base_url:
        buttons += (
            Button(label=text("open_in_web", language), kind="uri", uri=case_web_url(public_base_url, case.reference)),
        )
    card = Card(
        alt_text=text("case_card_alt", language, reference=case.reference),
        title=f"{text(f'urgency_{case.urgency}', language)} · {case.reference}",
        accent=URGENCY_ACCENT.get(case.urgency, "#1B6E4C"),
        fields=(
            (text("field_status", language), text(f"status_{case.status}", language)),
            (text("field_category", language), text(f"cat_{case.category}", language)),
            (text("field_needs", language), ", ".join(text(f"need_{need}", language) for need in case.needs) or "-"),
            (text("field_who", language), person or "-"),
            (text("field_description", language), case.description or "-"),
            (text("field_location", language), area),
            (text("field_phone", language), case.contact_phone or "-"),
            *(((text("field_referrals", language), referrals),) if referrals else ()),
        ),
        lines=tuple(timeline_line(event, language) for event in events),
        buttons=buttons,
    )
    return [card] + next_steps(case, language)


def timeline_line(event: CaseEvent, language: str) -> str:
    """One line of a case's timeline (when · what), for the chat card and the console's case page."""
    if event.kind == "status" and event.to_status:
        what = text(f"status_{event.to_status}", language)
    else:
        what = text(f"timeline_{event.kind}", language) if f"timeline_{event.kind}" in TEXTS else event.kind
        detail = _TIMELINE_DETAIL.get(event.kind)
        if detail and event.detail.get(detail):
            what = f"{what}: {str(event.detail[detail])[:NOTE_SHOWN]}"
        level = event.detail.get("level")
        if event.kind in ("escalated", "alert_unheard") and f"level_{level}" in TEXTS:
            what = text("timeline_at_level", language, what=what, level=text(f"level_{level}", language))
    return f"{thai_datetime(event.at, language)} · {what}"


def open_case(context: FlowContext, reference: str) -> list[Response]:
    case = view_case(context.session, context.user, reference, context.now)
    if case is None:
        return [Text(text("case_refused", context.language))]
    shown = case_detail(context.session, case, context.language, context.tools.services.settings.public_base_url)
    scope = scope_filter(context.session, context.user, cases=True)
    hint = duplicate_hint(context.session, case, context.now, context.language, scope=scope)
    return [shown[0], hint, *shown[1:]] if hint is not None else shown


def _query_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("search_prompt", context.language))]


def _query_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001 - engine's UserInput
    query = (user_input.text or "").strip()
    if user_input.kind != "text" or not query:
        return Reject((Text(text("search_prompt", context.language)),))
    return Accept({"query": query[:40]})


def _show_results(context: FlowContext) -> list[Response]:
    return search_page(context, context.data["query"], 0)


def search_page(context: FlowContext, query: str, page: int) -> list[Response]:
    """One page of results (newest first), with ดูเพิ่ม while more are left: never silently cut. A
    single result on the first page opens its full card (a view, in its timeline)."""
    language = context.language
    query = " ".join(query.split())[:40]
    page = max(page, 0)
    found, total = search_cases(context.session, context.user, query, PAGE_SIZE, page * PAGE_SIZE)
    if not found:
        return [Text(text("search_none", language, query=query))]
    if total == 1 and page == 0:
        return open_case(context, found[0].reference)
    cards = tuple(
        replace(
            staff_card(case, case.center, language),
            buttons=(Button.postback(text("open_case", language), Postback("case", case=case.reference).data),),
        )
        for case in found
    )
    first, last = page * PAGE_SIZE + 1, page * PAGE_SIZE + len(found)
    safe = "".join(character for character in query if character not in "&=%")
    more = (
        (Button.postback(text("show_more", language), Postback("search_page", q=safe, page=page + 1).data),)
        if last < total
        else ()
    )
    return [
        Carousel(alt_text=text("search_many", language, count=total), cards=cards),
        Text(text("search_page", language, first=first, last=last, total=total), quick_replies=more),
    ]


def build_search_flow() -> Flow:
    return Flow(name="search", steps=(Step("query", _query_prompt, _query_accept),), finish=_show_results)
