"""A volunteer's work in chat: offers (รับงาน / ปฏิเสธ), งานที่เสนอ, งานของฉัน, the case's details
once accepted, พร้อมรับงาน/พัก, the visit report and handing a case back.

Every tap is checked on the server: an offer is answered only by the volunteer it was made to, and a
case's personal details are shown only to the approved volunteer who holds it now.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.commands.volunteer_cards import case_details, held_card, offer_card
from bot.commands.volunteer_notices import tell
from bot.flows.engine import Accept, Flow, FlowContext, FlowEngine, Reject, Step, choice
from bot.flows.inputs import UserInput
from bot.line.render import render
from bot.line.responses import Button, Card, Carousel, Response, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.audience import owner_and_center, owner_or_center
from dispatch.visit_reports import OUTCOMES, RECOMMENDATIONS, submit
from dispatch.volunteer_offers import Answer, OfferRules, accept, decline, hand_back, held_offer, offers_of
from dispatch.volunteers import approved_volunteer, set_available
from models.audit import record_audit
from models.cases import Case
from models.outbox import enqueue_multicast
from models.volunteers import OfferState

TEXT_LIMIT = 500
HAND_BACK_REASONS = ("travel", "busy", "not_my_area")


def rules_of(context: FlowContext) -> OfferRules:
    return OfferRules.from_settings(context.tools.services.settings)


def _not_volunteer(context: FlowContext) -> list[Response]:
    return [Text(text("vol_only_approved", context.language))]


def answer_offer(context: FlowContext, offer_id: str, accepted: bool) -> list[Response]:
    language = context.language
    if accepted:
        outcome = accept(context.session, context.user, offer_id, context.now)
    else:
        outcome = decline(context.session, context.user, offer_id, context.now, rules_of(context))
    tell(context.session, outcome.notices, context.now)
    if outcome.result == Answer.REFUSED:
        return [Text(text("vol_offer_refused", language))]
    if outcome.result == Answer.ACCEPTED:
        _tell_staff_accepted(context, outcome.case)
        return [Text(text("vol_accepted", language, reference=outcome.case.reference))] + _details(
            context, outcome.offer, outcome.case
        )
    if outcome.result == Answer.DECLINED and not accepted:
        return [Text(text("vol_declined", language))]
    if outcome.result == Answer.ALREADY_YOURS:
        return [Text(text("vol_already_yours", language))] + _details(context, outcome.offer, outcome.case)
    return [Text(text(f"vol_answer_{outcome.result}", language))]


def _tell_staff_accepted(context: FlowContext, case: Case) -> None:
    volunteer = approved_volunteer(context.session, context.user)
    message = Text(
        text("vol_accepted_staff", "th", reference=case.reference, name=volunteer.name if volunteer else "-"),
        (Button.postback(text("open_case", "th"), Postback("case", case=case.reference).data),),
    )
    enqueue_multicast(context.session, owner_and_center(context.session, case), render([message]), context.now)


def _details(context: FlowContext, offer, case) -> list[Response]:  # noqa: ANN001 - from held_offer
    record_audit(
        context.session, actor_id=context.user.id, channel="line", action="view", subject_kind="case",
        subject_id=case.reference, detail={"as": "volunteer"}, now=context.now,
    )  # fmt: skip
    settings = context.tools.services.settings
    return case_details(context.session, settings, offer, case, context.language)


def show_details(context: FlowContext, offer_id: str) -> list[Response]:
    held = held_offer(context.session, context.user, offer_id, "details")
    if held is None:
        return [Text(text("vol_offer_refused", context.language))]
    _volunteer, offer, case = held
    return _details(context, offer, case)


def offered_work(context: FlowContext) -> list[Response]:
    return _offer_carousel(context, OfferState.OFFERED, offer_card, "vol_no_offers", "vol_offers_alt")


def my_work(context: FlowContext) -> list[Response]:
    return _offer_carousel(context, OfferState.ACCEPTED, held_card, "vol_no_work", "vol_mine_list_alt")


def _offer_carousel(
    context: FlowContext, state: OfferState, card: Callable[..., Card], empty: str, alt: str
) -> list[Response]:
    """The volunteer's offers in `state`, a card each (`card`: offer_card or held_card)."""
    language = context.language
    volunteer = approved_volunteer(context.session, context.user)
    if volunteer is None:
        return _not_volunteer(context)
    offers = offers_of(context.session, volunteer, state, context.now)
    if not offers:
        return [Text(text(empty, language))]
    cards = tuple(card(context.session, offer, offer.case, language) for offer in offers)
    return [Carousel(alt_text=text(alt, language, count=len(cards)), cards=cards)]


def toggle_available(context: FlowContext) -> list[Response]:
    language = context.language
    volunteer = approved_volunteer(context.session, context.user)
    if volunteer is None:
        return _not_volunteer(context)
    set_available(context.session, volunteer, not volunteer.available, context.now)
    key = "vol_now_available" if volunteer.available else "vol_now_paused"
    flip = text("vol_pause_button" if volunteer.available else "vol_resume_button", language)
    return [Text(text(key, language), quick_replies=(Button.postback(flip, Postback("vol_toggle").data),))]


def _held_choice(context: FlowContext, action: str) -> list[Response] | None:
    """With no offer named: the one held case, or a choice among several (None: start with it)."""
    volunteer = approved_volunteer(context.session, context.user)
    if volunteer is None:
        return _not_volunteer(context)
    held = offers_of(context.session, volunteer, OfferState.ACCEPTED, context.now)
    if not held:
        return [Text(text("vol_no_work", context.language))]
    return None if len(held) == 1 else my_work(context)


def start_visit_report(context: FlowContext, offer_id: str, engine: FlowEngine) -> list[Response]:
    if not offer_id:
        choice_needed = _held_choice(context, "vol_report")
        if choice_needed is not None:
            return choice_needed
        volunteer = approved_volunteer(context.session, context.user)
        offer_id = str(offers_of(context.session, volunteer, OfferState.ACCEPTED, context.now)[0].id)
    held = held_offer(context.session, context.user, offer_id, "visit_report")
    if held is None:
        return [Text(text("vol_offer_refused", context.language))]
    return engine.start(context, "visit", {"offer": offer_id, "reference": held[2].reference})


def start_hand_back(context: FlowContext, offer_id: str, engine: FlowEngine) -> list[Response]:
    held = held_offer(context.session, context.user, offer_id, "hand_back")
    if held is None:
        return [Text(text("vol_offer_refused", context.language))]
    return engine.start(context, "hand_back", {"offer": offer_id, "reference": held[2].reference})


# -- the visit report flow ------------------------------------------------------------------------


def _picked(user_input: UserInput, options: tuple[str, ...], prefix: str) -> str | None:
    if user_input.kind == "postback":
        return user_input.choice if user_input.choice in options else None
    typed = user_input.text.strip()
    return next((option for option in options if typed == text(f"{prefix}_{option}", "th")), None)


def _choice_step(name: str, question: str, options: tuple[str, ...], prefix: str) -> Step:
    def prompt(context: FlowContext) -> list[Response]:
        language = context.language
        buttons = tuple(choice(option, text(f"{prefix}_{option}", language), name) for option in options)
        return [Text(text(question, language, reference=context.data.get("reference", "")), buttons)]

    def accept_choice(user_input: UserInput, context: FlowContext) -> Accept | Reject:
        picked = _picked(user_input, options, prefix)
        if picked is None:
            return Reject((Text(text("reask_choice", context.language)),))
        return Accept({name: picked})

    return Step(name, prompt, accept_choice)


def _text_step(name: str, question: str) -> Step:
    def prompt(context: FlowContext) -> list[Response]:
        return [Text(text(question, context.language), (choice("skip", text("skip", context.language), name),))]

    def accept_text(user_input: UserInput, context: FlowContext) -> Accept | Reject:
        if (user_input.kind == "postback" and user_input.choice == "skip") or user_input.text == text("skip", "th"):
            return Accept({name: None})
        if user_input.kind != "text" or not user_input.text:
            return Reject((Text(text("reask_text", context.language)),))
        return Accept({name: user_input.text[:TEXT_LIMIT]})

    return Step(name, prompt, accept_text, wanted="reask_text")


def _photo_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    buttons = (
        Button(text("photo_camera", language), kind="camera"),
        Button(text("photo_roll", language), kind="camera_roll"),
        choice("skip", text("skip", language), "photo"),
    )
    return [Text(text("visit_ask_photo", language), buttons)]


def _photo_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    if (user_input.kind == "postback" and user_input.choice == "skip") or user_input.text == text("skip", "th"):
        return Accept({"media_id": None})
    if user_input.kind != "image":
        return Reject((Text(text("reask_photo", context.language)),))
    media_id = context.tools.store_image(user_input.message_id)
    if media_id is None:
        return Reject((Text(text("photo_failed", context.language)),))
    return Accept({"media_id": media_id}, say=(Text(text("photo_received", context.language)),))


def visit_summary(data: dict, language: str) -> str:
    parts = [
        text(f"visit_outcome_{data['outcome']}", language),
        text(f"visit_recommend_{data['recommendation']}", language),
    ]
    if data.get("help_given"):
        parts.append(text("visit_help_short", language, value=data["help_given"][:80]))
    if data.get("needs_found"):
        parts.append(text("visit_needs_short", language, value=data["needs_found"][:80]))
    return " · ".join(parts)


def _finish_visit(context: FlowContext) -> list[Response]:
    language = context.language
    data = {**context.data, "summary": visit_summary(context.data, "th")}
    done = submit(context.session, context.user, str(context.data.get("offer", "")), data, context.now)
    if done is None:
        return [Text(text("vol_offer_refused", language))]
    report, case = done
    staff_card = Card(
        alt_text=text("visit_staff_alt", "th", reference=case.reference),
        title=text("visit_staff_title", "th", reference=case.reference),
        fields=(
            (text("visit_field_outcome", "th"), text(f"visit_outcome_{report.outcome}", "th")),
            (text("visit_field_help", "th"), report.help_given or "-"),
            (text("visit_field_needs", "th"), report.needs_found or "-"),
            (text("visit_field_photo", "th"), text("photo_attached", "th") if report.media_id else "-"),
            (text("visit_field_recommend", "th"), text(f"visit_recommend_{report.recommendation}", "th")),
        ),
        lines=(text("visit_staff_note", "th"),),
        buttons=(Button.postback(text("open_case", "th"), Postback("case", case=case.reference).data),),
    )
    enqueue_multicast(context.session, owner_or_center(context.session, case), render([staff_card]), context.now)
    return [Text(text("visit_thanks", language, reference=case.reference))]


def build_visit_flow() -> Flow:
    return Flow(
        name="visit",
        steps=(
            _choice_step("outcome", "visit_ask_outcome", OUTCOMES, "visit_outcome"),
            _text_step("help_given", "visit_ask_help"),
            _text_step("needs_found", "visit_ask_needs"),
            Step(
                "photo",
                _photo_prompt,
                _photo_accept,
                expects=frozenset({"text", "postback", "image"}),
                wanted="reask_photo",
            ),
            _choice_step("recommendation", "visit_ask_recommend", RECOMMENDATIONS, "visit_recommend"),
        ),
        finish=_finish_visit,
    )


# -- handing a case back --------------------------------------------------------------------------


def _reason_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    buttons = tuple(choice(reason, text(f"handback_{reason}", language), "reason") for reason in HAND_BACK_REASONS)
    return [Text(text("handback_ask", language, reference=context.data.get("reference", "")), buttons)]


def _reason_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    picked = _picked(user_input, HAND_BACK_REASONS, "handback")
    if picked is not None:
        return Accept({"reason": text(f"handback_{picked}", "th")})
    if user_input.kind == "text" and user_input.text:
        return Accept({"reason": user_input.text[:TEXT_LIMIT]})
    return Reject((Text(text("reask_text", context.language)),))


def _finish_hand_back(context: FlowContext) -> list[Response]:
    language = context.language
    outcome = hand_back(
        context.session,
        context.user,
        str(context.data.get("offer", "")),
        context.data["reason"],
        context.now,
        rules_of(context),
    )
    if outcome.result != Answer.HANDED_BACK:
        return [Text(text("vol_offer_refused", language))]
    tell(context.session, outcome.notices, context.now)
    staff = owner_and_center(context.session, outcome.case)
    notice = text("handback_staff", "th", reference=outcome.case.reference, reason=context.data["reason"])
    enqueue_multicast(context.session, staff, render([Text(notice)]), context.now)
    return [Text(text("handback_done", language, reference=outcome.case.reference))]


def build_hand_back_flow() -> Flow:
    return Flow(name="hand_back", steps=(Step("reason", _reason_prompt, _reason_accept),), finish=_finish_hand_back)
