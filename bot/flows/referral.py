"""ส่งต่อหน่วยงาน from the case card: the referral as a short declared flow — the kind of agency, the
agency (nearest of that kind first, or typed; a typed name the directory does not know may be
used as it is — the referral is then only recorded), the reason, what is asked, which parts of the case to
share (tapped one by one: the minimum necessary, chosen explicitly), the lawful basis, a last look —
then the referral package goes out (email and LINE where the agency has them) and the staff member
gets the PDF and the agency's link. Also: the list of a case's referrals, and withdrawing one."""

from __future__ import annotations

from typing import Any

import bot.line.graphemes as grapheme
from bot.commands.case_notices import tell_owner
from bot.flows.engine import Accept, Flow, FlowContext, Reject, Step, choice
from bot.line.render import render
from bot.line.responses import Button, Card, Carousel, Response, Text
from bot.speech.referral_package import part_names
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from bot.web.referral_links import agency_url, staff_pdf_url
from dispatch.agencies import agencies_named, nearest_agencies
from dispatch.case_actions import case_for_staff
from dispatch.lifecycle import AGENCIES
from dispatch.referrals import (
    LAWFUL_BASES,
    MAX_TEXT,
    PARTS,
    ReferralRequest,
    ReferralRules,
    Referred,
    TypedUnit,
    may_refer,
    refer,
    referrals_of,
    state_key,
    withdraw,
)
from dispatch.reporter_news import queue_news
from models.cases import Case, CaseStatus
from models.outbox import enqueue_to_user
from models.referrals import Agency, Referral, ReferralState

LABEL = 20  # LINE's quick-reply label limit
MAX_CARDS = 10


def _refused(context: FlowContext) -> list[Response]:
    return [Text(text("case_refused", context.language))]


def start_referral(context: FlowContext, reference: str, engine) -> list[Response]:  # noqa: ANN001 - the FlowEngine
    case = case_for_staff(context.session, context.user, reference, "refer")
    if case is None:
        return _refused(context)
    if case.status == CaseStatus.ASSIGNED:
        return [Text(text("case_not_acknowledged", context.language, reference=case.reference))]
    if not may_refer(case):
        status = text(f"status_{case.status}", context.language)
        return [Text(text("refer_not_allowed", context.language, reference=case.reference, status=status))]
    return engine.start(context, "refer", {"case": case.reference, "parts": []})


# Usual short forms, so that a button tells agencies apart within LINE's 20 letters.
SHORT_FORMS = (
    ("โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.สต."),
    ("โรงพยาบาล", "รพ."),
    ("สถานีตำรวจภูธร", "สภ."),
    ("สถานีตำรวจนครบาล", "สน."),
    ("องค์การบริหารส่วนตำบล", "อบต."),
    ("เทศบาลตำบล", "ทต."),
    ("เทศบาลเมือง", "ทม."),
    ("เทศบาลนคร", "ทน."),
)


def _short(label: str, suffix: str = "") -> str:
    for long, short in SHORT_FORMS:
        label = label.replace(long, short)
    room = LABEL - grapheme.length(suffix)
    return (grapheme.slice(label, 0, room - 1) + "…" if grapheme.length(label) > room else label) + suffix


def _case(context: FlowContext) -> Case | None:
    return case_for_staff(context.session, context.user, context.data["case"], "refer")


# --- the steps ------------------------------------------------------------------------------------


def _kind_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    buttons = tuple(choice(kind, text(f"agency_{kind}", language), "kind") for kind in AGENCIES)
    return [Text(text("refer_choose_kind", language, reference=context.data["case"]), quick_replies=buttons)]


def _kind_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001 - engine's UserInput
    kind = user_input.data.get("v") if user_input.kind == "postback" else None
    if kind not in AGENCIES:
        return Reject()
    return Accept({"kind": kind, "typed": None})


def _agency_prompt(context: FlowContext) -> list[Response]:
    language, case = context.language, _case(context)
    if case is None:
        return _refused(context)
    typed = context.data.get("typed")
    if typed:
        found = [(agency, None) for agency in agencies_named(context.session, typed, case)]
    else:
        found = [(c.agency, c.distance_km) for c in nearest_agencies(context.session, case, context.data["kind"])]
    buttons = tuple(
        Button.postback(
            _short(agency.name, f" {km:.0f} กม." if km is not None else ""),
            f"s=agency&v={agency.id}",
            shown=agency.name,
        )
        for agency, km in found
    )
    if typed and not found:
        as_typed = choice("typed", text("refer_typed_unit_button", language), "agency")
        return [Text(text("refer_agency_not_found", language, typed=typed), quick_replies=(as_typed,))]
    if not found:
        kind = text(f"agency_{context.data['kind']}", language)
        return [Text(text("refer_no_agency_of_kind", language, kind=kind))]
    return [Text(text("refer_choose_agency", language), quick_replies=buttons)]


def _agency_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001
    if user_input.kind == "text":
        typed = " ".join((user_input.text or "").split())[:60]
        return Accept({"typed": typed}, goto="agency") if typed else Reject()
    raw = user_input.data.get("v", "")
    typed = context.data.get("typed")
    if raw == "typed" and typed:
        # A unit not in the directory, as typed: recorded only (no link, email or reminders).
        return Accept({"agency_id": None, "unit_name": typed, "agency_name": typed, "typed": None})
    agency = context.session.get(Agency, int(raw)) if raw.isdecimal() and len(raw) < 10 else None
    if agency is None or not agency.active:
        return Reject((Text(text("refer_unknown_agency", context.language)),))
    return Accept({"agency_id": agency.id, "agency_name": agency.name, "unit_name": None, "typed": None})


def _typed(key: str):  # noqa: ANN202 - a step's validator
    def accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001
        typed = (user_input.text or "").strip() if user_input.kind == "text" else ""
        if not typed:
            return Reject()
        if len(typed) > MAX_TEXT:
            return Reject((Text(text("refer_text_too_long", context.language, limit=MAX_TEXT)),))
        return Accept({key: typed})

    return accept


def _reason_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("refer_reason_prompt", context.language, agency=context.data["agency_name"]))]


def _request_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("refer_request_prompt", context.language, agency=context.data["agency_name"]))]


def _parts_prompt(context: FlowContext) -> list[Response]:
    language, chosen = context.language, context.data.get("parts", [])
    buttons = [
        choice(
            part,
            text("refer_part_chosen", language, part=text(f"refer_part_{part}", language))
            if part in chosen
            else text(f"refer_part_{part}", language),
            "parts",
        )
        for part in PARTS
    ]
    buttons.append(choice("done", text("refer_parts_done", language), "parts"))
    shown = part_names(chosen, language)
    prompt = text("refer_parts_prompt", language, agency=context.data["agency_name"], chosen=shown)
    return [Text(prompt, quick_replies=tuple(buttons))]


def _parts_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001
    value = user_input.data.get("v") if user_input.kind == "postback" else None
    if value == "done":
        return Accept()
    if value not in PARTS:
        return Reject()
    chosen = list(context.data.get("parts", []))
    chosen = [part for part in chosen if part != value] if value in chosen else [*chosen, value]
    return Accept({"parts": [part for part in PARTS if part in chosen]}, goto="parts", complete=False)


def _basis_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    buttons = tuple(choice(basis, text(f"basis_{basis}", language), "basis") for basis in LAWFUL_BASES)
    return [Text(text("refer_basis_prompt", language), quick_replies=buttons)]


def _basis_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001
    basis = user_input.data.get("v") if user_input.kind == "postback" else None
    return Accept({"basis": basis}) if basis in LAWFUL_BASES else Reject()


def _confirm_prompt(context: FlowContext) -> list[Response]:
    language, data = context.language, context.data
    summary = text(
        "refer_confirm",
        language,
        agency=data["agency_name"],
        reason=data["reason"],
        request=data["request"],
        parts=part_names(data.get("parts", []), language),
        basis=text(f"basis_long_{data['basis']}", language),
    )
    return [Text(summary, quick_replies=(choice("send", text("refer_send_button", language), "confirm"),))]


def _confirm_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001
    return Accept() if user_input.kind == "postback" and user_input.data.get("v") == "send" else Reject()


def build_referral_flow() -> Flow:
    return Flow(
        name="refer",
        steps=(
            Step("kind", _kind_prompt, _kind_accept),
            Step("agency", _agency_prompt, _agency_accept),
            Step("reason", _reason_prompt, _typed("reason"), wanted="reask_text"),
            Step("request", _request_prompt, _typed("request"), wanted="reask_text"),
            Step("parts", _parts_prompt, _parts_accept),
            Step("basis", _basis_prompt, _basis_accept),
            Step("confirm", _confirm_prompt, _confirm_accept),
        ),
        finish=_send,
    )


# --- sending ----------------------------------------------------------------------------------------


def _send(context: FlowContext) -> list[Response]:
    data = context.data
    unit = TypedUnit(data["unit_name"], data["kind"]) if data.get("unit_name") else None
    wanted = ReferralRequest(
        data.get("agency_id") or 0, data["reason"], data["request"], data.get("parts", []), data["basis"], unit
    )
    return send_referral(context, data["case"], wanted)


def send_referral(context: FlowContext, reference: str, wanted: ReferralRequest) -> list[Response]:
    """Send the referral and tell whom it concerns (the owner if someone else, the reporter, the
    agency in LINE); what to answer the sender. The chat flow's end, and the console's form."""
    language, settings = context.language, context.tools.settings
    rules = ReferralRules.from_settings(settings)
    sent = refer(context.session, context.user, reference, wanted, context.now, rules)
    if sent.result == Referred.REFUSED:
        return _refused(context)
    case = sent.case
    if sent.result == Referred.NOT_ACKNOWLEDGED:
        return [Text(text("case_not_acknowledged", language, reference=case.reference))]
    if sent.result == Referred.UNKNOWN_AGENCY:
        return [Text(text("refer_unit_incomplete" if wanted.unit else "refer_unknown_agency", language))]
    if sent.result == Referred.INCOMPLETE:
        return [Text(text("refer_incomplete", language))]
    if sent.result != Referred.DONE:
        status = text(f"status_{case.status}", language)
        return [Text(text("refer_not_allowed", language, reference=case.reference, status=status))]
    referral, agency = sent.referral, sent.agency
    kind = agency.kind if agency is not None else wanted.unit.kind  # type: ignore[union-attr]
    if sent.from_status != CaseStatus.REFERRED:
        tell_owner(context, case, case.owner_user_id, "owner_status_changed", status=str(case.status))
    queue_news(context.session, case, "referred", context.now, agency=kind, agency_name=referral.receiver_name)
    if agency is None:
        answer = text("refer_unit_recorded", language, reference=case.reference, agency=referral.receiver_name)
        return [Text(answer, quick_replies=_referral_buttons(context, case, referral))]
    if agency.line_id:
        tell_agency_in_line(context, case, referral, agency)
    by_email = referral.mail_due_at is not None
    channels = {
        (True, True): "refer_by_email_and_line",
        (True, False): "refer_by_email",
        (False, True): "refer_by_line",
    }
    channel = channels.get((by_email, bool(agency.line_id)))
    answer = text(
        "refer_sent",
        language,
        reference=case.reference,
        agency=agency.name,
        channels=text(channel, language) if channel else "",
        by_hand="" if channel else text("refer_by_hand", language),
        due=thai_datetime(referral.ack_due_at, language),
    )
    return [Text(answer, quick_replies=_referral_buttons(context, case, referral))]


def tell_agency_in_line(context: FlowContext, case: Case, referral: Referral, agency: Agency) -> None:
    settings = context.tools.settings
    center = case.center
    message = Text(
        text(
            "agency_line_new",
            "th",
            center=center.name if center else "-",
            reference=case.reference,
            category=text(f"cat_{case.category}", "th"),
            agency=agency.name,
            request=referral.request[:300],
        ),
        (
            Button(
                label=text("agency_open_button", "th"),
                kind="uri",
                uri=agency_url(settings, referral.id, referral.link_nonce),
            ),
        ),
    )
    enqueue_to_user(context.session, agency.line_id, render([message]), context.now)


def _referral_buttons(context: FlowContext, case: Case, referral: Referral) -> tuple[Button, ...]:
    language, settings = context.language, context.tools.settings
    buttons = [
        Button(
            label=text("refer_pdf_button", language),
            kind="uri",
            uri=staff_pdf_url(settings, referral.id, context.user.id),
        )
    ]
    if referral.link_nonce:
        url = agency_url(settings, referral.id, referral.link_nonce)
        buttons.append(Button(label=text("refer_link_button", language), kind="uri", uri=url))
    buttons.append(Button.postback(text("open_case", language), f"action=case&case={case.reference}"))
    return tuple(buttons)


# --- the list of a case's referrals, withdrawing one ------------------------------------------------


def referral_list(context: FlowContext, reference: str) -> list[Response]:
    language = context.language
    case = case_for_staff(context.session, context.user, reference, "referrals")
    if case is None:
        return _refused(context)
    found = referrals_of(context.session, case.id)[-MAX_CARDS:]
    if not found:
        return [Text(text("refer_none_yet", language, reference=case.reference))]
    settings = context.tools.settings
    cards = []
    for referral, agency in reversed(found):
        buttons: list[Button] = [
            Button(
                label=text("refer_pdf_button", language),
                kind="uri",
                uri=staff_pdf_url(settings, referral.id, context.user.id),
            )
        ]
        if referral.state in (ReferralState.SENT, ReferralState.RECEIVED, ReferralState.ACCEPTED):
            buttons.append(
                Button.postback(
                    text("refer_withdraw_button", language), f"action=refer_withdraw&referral={referral.id}"
                )
            )
        state = text(state_key(referral), language)
        line = text("refer_card_line", language, state=state, sent=thai_datetime(referral.sent_at, language))
        lines = (line,) + ((referral.agency_note[:200],) if referral.agency_note else ())
        name = agency.name if agency is not None else referral.receiver_name
        cards.append(Card(alt_text=name, title=name, lines=lines, buttons=tuple(buttons)))
    return [Carousel(text("refer_card_alt", language, reference=case.reference), tuple(cards))]


def withdraw_referral(context: FlowContext, raw_id: str) -> list[Response]:
    valid = raw_id.isdecimal() and len(raw_id) <= 10
    referral = withdraw(context.session, context.user, int(raw_id), context.now) if valid else None
    if referral is None:
        return _refused(context)
    case = referral.case
    answer = text("refer_withdrawn", context.language, reference=case.reference, agency=referral.receiver_name)
    return [Text(answer)]


def referral_lines(context_session: Any, case: Case, language: str) -> str | None:
    """One line per referral for the case card ("โรงพยาบาลขอนแก่น: หน่วยงานได้รับแล้ว"); None without any."""
    found = referrals_of(context_session, case.id)
    if not found:
        return None
    return "\n".join(f"{referral.receiver_name}: {text(state_key(referral), language)}" for referral, _agency in found)
