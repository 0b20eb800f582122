"""What happens when a report is confirmed: the case, the reporter's receipt, the staff's card."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commands.duplicate_hints import duplicate_hint
from bot.flows.engine import FlowContext
from bot.flows.report_terms import CONSENT_VERSION, QUICK
from bot.line.render import render
from bot.line.responses import Button, Response, Text
from bot.postbacks import Postback
from bot.speech.cards import emergency_card, staff_card
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from dispatch.address import describe_codes
from dispatch.audience import center_staff, province_supervisors
from dispatch.intake import NewCase, create_case, fill_case
from dispatch.routing import DEFAULT_DEADLINES, DEFAULT_MAX_KM, UNROUTED
from models.cases import Case, CaseStatus
from models.messaging import Priority
from models.outbox import enqueue_multicast


def _within(ack_due: timedelta) -> str:
    hours = ack_due.total_seconds() / 3600
    return "within_1h" if hours <= 1 else "within_4h" if hours <= 4 else "within_24h"


def _limits(context: FlowContext) -> tuple[dict, float]:
    deadlines = context.tools.deadlines if context.tools is not None else DEFAULT_DEADLINES
    max_km = context.tools.routing_max_km if context.tools is not None else DEFAULT_MAX_KM
    return deadlines, max_km


def finish_report(context: FlowContext) -> list[Response]:
    deadlines, max_km = _limits(context)
    if context.data.get("urgent_case"):
        case = _urgent_case(context)
        if case is not None:
            say = fill_urgent(context, context.data)
            return list(say) + [filled_receipt(context, case)]
    new = create_case(context.session, context.user, context.data, context.now, deadlines, max_km)
    notify_staff(context, new)
    return [receipt(context, new)]


# -- danger: an urgent case at once -------------------------------------------------------------


def raise_urgent(
    context: FlowContext, extra: dict[str, Any], hotlines: tuple[str, ...]
) -> tuple[dict[str, Any], tuple[Response, ...]]:
    """Danger was said (typed, tapped or in the first message): the emergency card goes in this same
    reply, and an urgent case is made now with what is known, its center's staff (or the supervisors,
    or every province supervisor for an unrouted one) alerted. The lawful basis is vital interest
    (PDPA s.24(2), s.26(1)); the person may give another later. Returns the values the report flow
    keeps (so the rest of its questions fill this same case) and what to say."""
    language = context.language
    card = emergency_card(language, hotlines)
    if context.data.get("urgent_case"):
        return extra, (card,)
    data = {**context.data, **extra}
    report = {
        **data,
        "subject": data.get("subject") or "other",
        "category": data.get("category") or "other",
        "danger": True,
        "consent": data.get("consent") or "vital_interest",
        "consent_version": data.get("consent_version") or CONSENT_VERSION,
        "consent_at": data.get("consent_at") or context.now.isoformat(),
    }
    deadlines, max_km = _limits(context)
    new = create_case(context.session, context.user, report, context.now, deadlines, max_km)
    notify_staff(context, new)
    values = {
        **extra,
        "urgent_case": new.case.reference,
        "subject": report["subject"],
        "category": report["category"],
        "consent": report["consent"],
        "consent_version": report["consent_version"],
        "consent_at": report["consent_at"],
        QUICK: True,
    }
    told = Text(text("urgent_received", language, reference=new.case.reference))
    return values, (card, told)


def _urgent_case(context: FlowContext) -> Case | None:
    reference = context.data.get("urgent_case")
    case = context.session.scalar(select(Case).where(Case.reference == reference))
    return case if case is not None and case.reporter_user_id == context.user.id else None


def fill_urgent(context: FlowContext, data: dict[str, Any]) -> tuple[Response, ...]:
    """What the reporter added goes onto the urgent case now; staff hear that it did (or, when the
    case found a center only now, get its card); the reporter hears which center has it."""
    case = _urgent_case(context)
    if case is None:
        return ()
    deadlines, max_km = _limits(context)
    filled = fill_case(context.session, case, context.user, data, context.now, deadlines, max_km)
    if filled.decision is not None:
        if filled.told:
            tell_new_case(context.session, case, filled.decision.center, filled.told, "center", context.now)
        center = filled.decision.center
        language = context.language
        return (
            Text(
                text("urgent_routed", language, reference=case.reference, center=center.name, phone=center.phone or "1300"),
                (Button.call(text("receipt_call", language), center.phone or "1300"),),
            ),
        )
    if filled.fields and case.center_id is not None:
        staff = center_staff(context.session, case.center_id)
        if staff:
            names = ", ".join(filled.fields)
            notice = Text(text("urgent_details_staff", "th", reference=case.reference, fields=names))
            enqueue_multicast(context.session, staff, render([notice]), context.now, priority=Priority.HIGH)
    return ()


def filled_receipt(context: FlowContext, case: Case) -> Text:
    language = context.language
    buttons = receipt_buttons(context.session, case, language)
    return Text(text("report_filled", language, reference=case.reference), buttons)


def receipt_buttons(session: Session, case: Case, language: str) -> tuple[Button, ...]:
    """Call the center (or 1300 while no center has the case) and follow this report."""
    center = case.center
    phone = center.phone if center is not None and center.phone else "1300"
    label = text("receipt_call", language) if phone != "1300" else text("call_1300", language)
    return (
        Button.call(label, phone),
        Button.postback(text("receipt_follow", language), Postback("track", case=case.reference).data),
    )


def area_name(case: Case, level: str) -> str:
    """The district or province of a case, as people say it ("อ.หาดใหญ่ จ.สงขลา")."""
    if level == "district":
        return describe_codes(None, case.district_code, case.province_code)
    return describe_codes(None, None, case.province_code)


def receipt(context: FlowContext, new: NewCase) -> Text:
    """Who will call, said honestly: the center; or, with no center near enough, the district or
    province office's staff; or nobody yet (the unrouted queue) — always with 1300 to call."""
    language = context.language
    case = new.case
    hotline = (Button.call(text("call_1300", language), "1300"),)
    if new.decision is None and new.level in ("district", "province"):
        return Text(
            text(
                "report_done_supervisor",
                language,
                reference=case.reference,
                level=text(f"level_{new.level}", language),
                area=area_name(case, new.level),
                within=text(_within(case.ack_due_at - context.now), language),
                due=thai_datetime(case.ack_due_at, language),
            ),
            hotline,
        )
    if new.decision is None:
        return Text(text("report_done_unrouted", language, reference=case.reference), hotline)
    center = new.decision.center
    return Text(
        text(
            "report_done",
            language,
            reference=case.reference,
            center=center.name,
            phone=center.phone or "1300",
            within=text(_within(case.ack_due_at - context.now), language),
            due=thai_datetime(case.ack_due_at, language),
        ),
        receipt_buttons(context.session, case, language),
    )


def notify_staff(context: FlowContext, new: NewCase) -> None:
    announce_new_case(context.session, new, context.now)


def announce_new_case(session: Session, new: NewCase, now: datetime) -> None:
    """The new case's card to its center's staff, or to the supervisors it came to (told why); an
    urgent one nobody near can take, to every province supervisor. For a case from LINE or from an
    Open311 partner alike."""
    if new.staff_line_ids:
        center = new.decision.center if new.decision else None
        tell_new_case(session, new.case, center, new.staff_line_ids, new.level, now)
    elif new.level == UNROUTED:
        alert_unrouted_urgent(session, new.case, now)


def alert_unrouted_urgent(session: Session, case: Case, now: datetime) -> None:
    """An urgent case with nobody in its area: every province supervisor hears of it at once (no
    personal data: the unrouted list, the operators and 1300 take it from there)."""
    if case.urgency != "urgent" or case.status != CaseStatus.ASSIGNED:
        return
    watchers = province_supervisors(session)
    if watchers:
        area = describe_codes(case.subdistrict_code, case.district_code, case.province_code)
        message = Text(
            text("unrouted_urgent_alert", "th", reference=case.reference, area=area or text("area_unknown", "th")),
            (Button.postback(text("unrouted_button", "th"), Postback("unrouted").data),),
        )
        enqueue_multicast(session, watchers, render([message]), now, priority=Priority.HIGH)


def tell_new_case(session: Session, case: Case, center: Any, line_ids: list[str], level: str, now: datetime) -> None:
    # An urgent case's card still goes when the monthly quota runs low; so does one that reached
    # supervisors because no center is near: they must find someone.
    priority = Priority.HIGH if case.urgency == "urgent" or level != "center" else Priority.NORMAL
    messages: list[Response] = []
    if level in ("district", "province"):
        messages.append(Text(text("supervisor_no_center", "th", reference=case.reference)))
    messages.append(staff_card(case, center))
    hint = duplicate_hint(session, case, now, "th")
    if hint is not None:
        messages.append(hint)
    enqueue_multicast(session, line_ids, render(messages), now, priority=priority)
