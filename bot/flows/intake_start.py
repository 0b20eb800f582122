"""The first message of someone in no flow leads somewhere (issue 15): free text, a greeting, a photo,
a location or a sticker starts a report with what was understood, or answers the actual question;
danger is answered in the same reply with the emergency numbers and an urgent case made at once."""

from __future__ import annotations

from typing import Any

from bot.commands.limits import refuse_report_over_limit
from bot.commands.tracking import tracking
from bot.flows.engine import FlowContext, FlowEngine
from bot.flows.inputs import UserInput
from bot.flows.report import DESCRIPTION_LIMIT, QUICK, shared_location
from bot.flows.report_done import raise_urgent
from bot.flows.volunteer_register import start_registration
from bot.line.responses import Button, Response, Text
from bot.postbacks import Postback
from bot.speech.cards import main_menu_buttons
from bot.speech.texts import age_text, text
from config import Settings
from dispatch.address import describe_codes
from dispatch.geo import in_thailand
from dispatch.intake import facts_from
from dispatch.menus import change_language
from dispatch.understanding import Understanding, understand

# Switching the user's language by what they write needs a few words, not one ("help", "ok").
LANGUAGE_SWITCH_WORDS = 3


def urgent_first(context: FlowContext, engine: FlowEngine, found: Understanding, raw: str) -> list[Response]:
    """Danger in a message from someone in no flow: the emergency card and an urgent case now, then
    the report flow kept open at its first missing answer (usually the place, with "ส่งตำแหน่ง"). In
    the language the message is written in, as any first message."""
    _switch_language(context, found, raw)
    context.data = {}
    facts = facts_from(found, raw, DESCRIPTION_LIMIT)
    facts["description"] = raw[:DESCRIPTION_LIMIT]
    assert found.danger is not None
    values, say = raise_urgent(context, facts, found.danger.hotlines)
    return list(say) + engine.start_at(context, "report", {**facts, **values})


def _switch_language(context: FlowContext, found: Understanding, raw: str) -> None:
    """A few Thai or English words switch between the two, unless the user chose a language with the
    language button (Burmese and Lao script switch anywhere: bot/flows/language.py)."""
    if context.user.language_chosen_at is not None:
        return
    if found.language in ("th", "en") and len(raw.split()) >= LANGUAGE_SWITCH_WORDS:
        change_language(context.session, context.user, found.language, context.now)


def _understood(found: Understanding, facts: dict[str, Any], language: str) -> Text | None:
    """One short line saying back what was taken from the message, corrections included."""
    parts = []
    if facts.get("category"):
        parts.append(text(f"cat_{facts['category']}", language))
    if facts.get("person_age") is not None:
        parts.append(age_text(facts["person_age"], language))
    if facts.get("province_code"):
        place = describe_codes(facts.get("subdistrict_code"), facts.get("district_code"), facts["province_code"])
        corrected = found.place.corrected if found.place else ()
        fixes = ", ".join(text("place_corrected", language, typed=typed, meant=meant) for typed, meant in corrected)
        parts.append(f"{place} ({fixes})" if fixes else place)
    if facts.get("contact_phone"):
        parts.append(facts["contact_phone"])
    if not parts:
        return None
    return Text(text("report_understood", language, facts=" · ".join(parts)))


def first_message(
    context: FlowContext, engine: FlowEngine, settings: Settings, user_input: UserInput
) -> list[Response] | None:
    """What to answer someone in no flow whose message is no command; None: the help message."""
    language = context.language
    if user_input.kind == "sticker":
        return [Text(text("greeting_reply", language), quick_replies=main_menu_buttons(language))]
    if user_input.kind in ("image", "location"):
        refused = refuse_report_over_limit(context, settings)
        if refused is not None:
            return refused
        data: dict[str, Any] = {QUICK: True}
        if user_input.kind == "image":
            media_id = context.tools.store_image(user_input.message_id) if context.tools else None
            if media_id is None:
                return None
            data["media_id"] = media_id
            said = Text(text("photo_kept", language))
        else:
            latitude, longitude = user_input.latitude, user_input.longitude
            if latitude is None or longitude is None or not in_thailand(latitude, longitude):
                return None
            data.update(shared_location(user_input, language))
            said = Text(text("location_kept", language))
        return [said] + engine.start_at(context, "report", data)
    if user_input.kind != "text" or not user_input.text:
        return None
    raw = user_input.text
    found = understand(raw)
    if found.danger is not None:
        return urgent_first(context, engine, found, raw)
    _switch_language(context, found, raw)
    language = context.language
    if found.intent == "greeting":
        return [Text(text("greeting_reply", language), quick_replies=main_menu_buttons(language))]
    if found.intent == "track":
        return tracking(context.session, context.user, context.now)
    if found.intent == "volunteer":
        return start_registration(context, engine)
    if found.intent == "question":
        buttons = (
            Button.call(text("call_1300", language), "1300"),
            Button.postback(text("menu_report", language), Postback("report").data),
        )
        return [Text(text("welfare_answer", language), quick_replies=buttons)]
    if found.intent != "report":
        return None
    refused = refuse_report_over_limit(context, settings)
    if refused is not None:
        return refused
    facts = facts_from(found, raw, DESCRIPTION_LIMIT)
    said = _understood(found, facts, language)
    return ([said] if said else []) + engine.start_at(context, "report", {**facts, QUICK: True})
