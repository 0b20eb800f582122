"""ลงทะเบียนคนเปราะบาง: an approved volunteer or a center's staff member registers a person at home
(the person needs no LINE account): the household's place, who they are, their groups and needs, a
phone if any, and the lawful basis; a possible duplicate is shown on the summary before saving."""

from __future__ import annotations

from typing import Any

from bot.flows.engine import EDITING, Accept, Flow, FlowContext, FlowEngine, Reject, Step, choice
from bot.flows.inputs import UserInput
from bot.flows.report import place_choices
from bot.line.render import render
from bot.line.responses import Button, Card, Response, Text
from bot.speech.texts import text
from dispatch.address import describe, describe_codes, match_address_candidates
from dispatch.audience import besides, center_staff
from dispatch.geo import in_thailand
from dispatch.help_groups import NEEDS
from dispatch.intake import DIRECTORY, resolve_area
from dispatch.register import (
    BASES,
    GROUPS,
    SEXES,
    Rhythm,
    birth_year_from,
    possible_duplicates,
    register_person,
    registering_center,
)
from dispatch.routing import DEFAULT_MAX_KM
from dispatch.validation import thai_phone
from dispatch.volunteers import parse_id
from models.centers import Center
from models.outbox import enqueue_multicast
from models.register import Household

NAME_LIMIT = 100
NOTE_LIMIT = 300
FLOW = "register_person"


def be_year(year: int) -> int:
    """A Common Era year as Thai people write it (Buddhist era)."""
    return year + 543


def _picked(user_input: UserInput, options: tuple[str, ...], label_prefix: str) -> str | None:
    """A tapped choice, or the Thai label of one typed."""
    if user_input.kind == "postback":
        return user_input.choice
    typed = user_input.text.strip()
    return next((option for option in options if typed == text(f"{label_prefix}{option}", "th")), None)


# -- the household's place -----------------------------------------------------------------------


def _place_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [Text(text("reg_ask_place", language), (Button(text("location_button", language), kind="location"),))]


def _place_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    language = context.language
    max_km = context.tools.routing_max_km if context.tools is not None else DEFAULT_MAX_KM
    if user_input.kind == "location":
        if user_input.latitude is None or user_input.longitude is None:
            return Reject((Text(text("reask_location", language)),))
        if not in_thailand(user_input.latitude, user_input.longitude):
            return Reject((Text(text("location_outside", language)),))
        address = (user_input.address or "")[:300] or None
        report = {"latitude": user_input.latitude, "longitude": user_input.longitude, "address_text": address}
        codes, _ = resolve_area(DIRECTORY.get(context.session), report, max_km)
        place = describe_codes(codes["subdistrict_code"], codes["district_code"], codes["province_code"])
        values = {**report, **codes, "place": address or place or text("shared_location", language)}
        return Accept({**values, "candidates": None}, goto="name")
    if user_input.kind != "text":
        return Reject((Text(text("reask_location", language)),))
    typed = user_input.text[:300]
    found = [
        {
            "place": describe(candidate),
            "subdistrict_code": candidate.subdistrict_code,
            "district_code": candidate.district_code,
            "province_code": candidate.province_code,
        }
        for candidate in match_address_candidates(typed, limit=3)
        if candidate.subdistrict_code
    ]
    if not found:
        return Reject((Text(text("reg_place_not_found", language)),))
    return Accept({"candidates": found, "address_text": typed}, goto="place_confirm", complete=False)


def _place_confirm_prompt(context: FlowContext) -> list[Response]:
    return place_choices(context, "place_confirm")


def _place_confirm_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    found = context.data.get("candidates") or []
    picked = user_input.choice if user_input.kind == "postback" else user_input.text.strip()
    if picked == "retype":
        return Accept({"candidates": None}, goto="place", complete=False)
    number = parse_id(picked, digits=2)
    if number is None or not 1 <= number <= len(found):
        return Reject((Text(text("reask_choice", context.language)),))
    chosen = found[number - 1]
    return Accept({**chosen, "latitude": None, "longitude": None, "candidates": None})


# -- the person ----------------------------------------------------------------------------------


def _name_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("reg_ask_name", context.language))]


def _name_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    name = " ".join(user_input.text.split())
    if len(name) < 2:
        return Reject((Text(text("reask_text", context.language)),))
    if len(name) > NAME_LIMIT:
        return Reject((Text(text("name_too_long", context.language, limit=NAME_LIMIT)),))
    return Accept({"name": name})


def _birth_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("reg_ask_birth", context.language))]


def _birth_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    year = birth_year_from(user_input.text, context.now)
    if year is None:
        return Reject((Text(text("reg_birth_invalid", context.language)),))
    return Accept({"birth_year": year})


def _one_of(step: str, options: tuple[str, ...], label: str, ask: str) -> tuple[Any, Any]:
    """A prompt with a button per option and a validator taking one (tapped, or its label typed)."""

    def prompt(context: FlowContext) -> list[Response]:
        language = context.language
        buttons = tuple(choice(option, text(f"{label}{option}", language), step) for option in options)
        return [Text(text(ask, language), buttons)]

    def accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
        picked = _picked(user_input, options, label)
        if picked not in options:
            return Reject((Text(text("reask_choice", context.language)),))
        return Accept({step: picked})

    return prompt, accept


_sex_prompt, _sex_accept = _one_of("sex", SEXES, "reg_sex_", "reg_ask_sex")


def _id4_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [Text(text("reg_ask_id4", language), (choice("skip", text("reg_skip", language), "id4"),))]


def _id4_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    if user_input.kind == "postback" or user_input.text == text("reg_skip", "th"):
        return Accept({"id4": None})
    digits = user_input.text.strip()
    if len(digits) != 4 or not digits.isascii() or not digits.isdecimal():
        return Reject((Text(text("reg_id4_invalid", context.language)),))
    return Accept({"id4": digits})


def _multi_prompt(context: FlowContext, key: str, options: tuple[str, ...], label: str, ask: str) -> list[Response]:
    language = context.language
    chosen = context.data.get(key) or []
    buttons = tuple(
        choice(option, text(f"{label}{option}", language), key) for option in options if option not in chosen
    )
    message = text(ask, language)
    if chosen or key == "needs":
        buttons += (choice("done", text("needs_done", language), key),)
    if chosen:
        names = ", ".join(text(f"{label}{option}", language) for option in chosen)
        message += "\n" + text("report_needs_chosen", language, chosen=names)
    return [Text(message, buttons)]


def _multi_accept(
    user_input: UserInput, context: FlowContext, key: str, options: tuple[str, ...], label: str
) -> Accept | Reject:
    chosen = list(context.data.get(key) or [])
    picked = _picked(user_input, (*options, "done"), label)
    if picked is None and user_input.kind == "text" and user_input.text.strip() == text("needs_done", "th"):
        picked = "done"
    if picked == "done":
        if not chosen and key == "groups":
            return Reject((Text(text("reg_groups_pick_one", context.language)),))
        return Accept({key: chosen})
    if picked not in options:
        return Reject((Text(text("reask_choice", context.language)),))
    if picked not in chosen:
        chosen.append(picked)
    if len(chosen) == len(options):
        return Accept({key: chosen})
    return Accept({key: chosen}, goto=key, complete=False)


def _groups_prompt(context: FlowContext) -> list[Response]:
    return _multi_prompt(context, "groups", GROUPS, "reg_group_", "reg_ask_groups")


def _groups_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    return _multi_accept(user_input, context, "groups", GROUPS, "reg_group_")


def _needs_prompt(context: FlowContext) -> list[Response]:
    return _multi_prompt(context, "needs", NEEDS, "need_", "reg_ask_needs")


def _needs_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    return _multi_accept(user_input, context, "needs", NEEDS, "need_")


def _phone_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [Text(text("reg_ask_phone", language), (choice("none", text("reg_no_phone", language), "phone"),))]


def _phone_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    if user_input.kind == "postback" or user_input.text == text("reg_no_phone", "th"):
        return Accept({"phone": None})
    phone = thai_phone(user_input.text)
    if phone is None:
        return Reject((Text(text("phone_invalid", context.language)),))
    return Accept({"phone": phone})


def _photo_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [Text(text("reg_ask_photo", language), (choice("skip", text("reg_skip", language), "photo"),))]


def _photo_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    language = context.language
    if user_input.kind == "image":
        media_id = context.tools.store_image(user_input.message_id) if context.tools is not None else None
        if media_id is None:
            return Reject((Text(text("photo_failed", language)),))
        return Accept({"photo_media_id": media_id}, say=(Text(text("photo_received", language)),))
    if user_input.kind == "postback" or user_input.text == text("reg_skip", "th"):
        return Accept({"photo_media_id": None})
    return Reject((Text(text("reg_ask_photo", language)),))


# -- the lawful basis ----------------------------------------------------------------------------


_basis_prompt, _one_basis = _one_of("basis", BASES, "reg_basis_", "reg_ask_basis")


def _basis_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    taken = _one_basis(user_input, context)
    if isinstance(taken, Reject):
        return taken
    if taken.values["basis"] == "consent":
        return Accept(taken.values, goto="consent_form", complete=False)
    return Accept({**taken.values, "consent_note": None, "consent_media_id": None}, goto="summary")


def _consent_form_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("reg_ask_consent_form", context.language))]


def _consent_form_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    language = context.language
    if user_input.kind == "image":
        media_id = context.tools.store_image(user_input.message_id) if context.tools is not None else None
        if media_id is None:
            return Reject((Text(text("photo_failed", language)),))
        return Accept(
            {"consent_media_id": media_id, "consent_note": None}, say=(Text(text("photo_received", language)),)
        )
    note = " ".join(user_input.text.split())[:NOTE_LIMIT]
    if user_input.kind != "text" or len(note) < 2:
        return Reject((Text(text("reg_ask_consent_form", language)),))
    return Accept({"consent_note": note, "consent_media_id": None})


# -- summary -------------------------------------------------------------------------------------

EDITABLE = (
    ("place", "reg_field_place"),
    ("name", "field_name"),
    ("birth_year", "reg_field_birth"),
    ("sex", "reg_field_sex"),
    ("groups", "reg_field_groups"),
    ("needs", "field_needs"),
    ("phone", "field_phone"),
    ("basis", "reg_field_basis"),
)


def summary_fields(data: dict, language: str) -> tuple[tuple[str, str], ...]:
    dash = "-"
    return (
        (text("reg_field_place", language), data.get("place") or dash),
        (text("field_name", language), data.get("name") or dash),
        (text("reg_field_birth", language), str(be_year(data["birth_year"])) if data.get("birth_year") else dash),
        (text("reg_field_sex", language), text(f"reg_sex_{data['sex']}", language) if data.get("sex") else dash),
        (text("reg_field_id4", language), data.get("id4") or dash),
        (
            text("reg_field_groups", language),
            ", ".join(text(f"reg_group_{g}", language) for g in data.get("groups") or []) or dash,
        ),
        (
            text("field_needs", language),
            ", ".join(text(f"need_{n}", language) for n in data.get("needs") or []) or dash,
        ),
        (text("field_phone", language), data.get("phone") or dash),
        (
            text("reg_field_basis", language),
            text(f"reg_basis_{data['basis']}", language) if data.get("basis") else dash,
        ),
    )


def _summary_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    data = context.data
    subdistrict = data.get("subdistrict_code")
    if data.get("household_id"):
        household = context.session.get(Household, data["household_id"])
        subdistrict = household.subdistrict_code if household else subdistrict
    lookalikes = possible_duplicates(context.session, data.get("name") or "", data.get("birth_year"), subdistrict)
    lines = [text("reg_summary_hint", language)]
    if lookalikes:
        found = "\n".join(
            text(
                "reg_duplicate_line",
                language,
                number=person.id,
                name=person.name,
                year=be_year(person.birth_year) if person.birth_year else "-",
            )
            for person in lookalikes
        )
        lines.insert(0, text("reg_duplicate_warning", language, found=found))
    edits = tuple(
        choice(f"edit:{step}", text("edit_field", language, field=text(label, language)), "summary")
        for step, label in EDITABLE
        if not (step == "place" and data.get("household_id"))
    )
    return [
        Card(
            alt_text=text("reg_summary_title", language),
            title=text("reg_summary_title", language),
            fields=summary_fields(data, language),
            lines=tuple(lines),
            buttons=(choice("confirm", text("reg_confirm", language), "summary"),),
            quick_replies=edits,
        )
    ]


def _summary_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    picked = user_input.choice if user_input.kind == "postback" else None
    if user_input.kind == "text" and user_input.text == text("reg_confirm", "th"):
        picked = "confirm"
    if picked == "confirm":
        return Accept()
    if picked and picked.startswith("edit:") and picked[5:] in dict(EDITABLE):
        return Accept({EDITING: True}, goto=picked[5:])
    return Reject((Text(text("reask_choice", context.language)),))


def _finish(context: FlowContext) -> list[Response]:
    language = context.language
    center = context.session.get(Center, context.data["center_id"])
    if center is None:
        return [Text(text("reg_not_allowed", language))]
    rhythm = context.tools.register_rhythm if context.tools is not None else Rhythm()
    person = register_person(context.session, context.user, center, context.data, context.now, rhythm)
    tell_staff_of_new_person(context, person.id, center.id)
    buttons = (
        Button.postback(text("reg_add_member", language), f"action=reg_new&household={person.household_id}"),
        Button.postback(text("reg_view_person", language), f"action=reg_person&p={person.id}"),
    )
    return [
        Text(
            text(
                "reg_saved", language, number=person.id, name=person.name, center=center.name, days=person.check_in_days
            ),
            buttons,
        )
    ]


def tell_staff_of_new_person(context: FlowContext, person_id: int, center_id: int) -> None:
    """The center's staff (but the one who registered) hear of a new person to give a buddy: the
    register number only, the rest behind ดูข้อมูล."""
    staff = besides(center_staff(context.session, center_id), context.user.line_user_id)
    if not staff:
        return
    notice = Text(
        text("reg_new_person_staff", "th", number=person_id),
        (
            Button.postback(text("reg_view_person", "th"), f"action=reg_person&p={person_id}"),
            Button.postback(text("reg_buddy_button", "th"), f"action=reg_buddy&p={person_id}"),
        ),
    )
    enqueue_multicast(context.session, staff, render([notice]), context.now)


def _known_place(data: dict) -> bool:
    return bool(data.get("household_id"))


def build_register_flow() -> Flow:
    location = frozenset({"text", "location"})
    return Flow(
        name=FLOW,
        steps=(
            Step("place", _place_prompt, _place_accept, expects=location, wanted="reask_location", known=_known_place),
            Step("place_confirm", _place_confirm_prompt, _place_confirm_accept, known=_known_place),
            Step("name", _name_prompt, _name_accept, wanted="reask_text"),
            Step("birth_year", _birth_prompt, _birth_accept, wanted="reask_text"),
            Step("sex", _sex_prompt, _sex_accept),
            Step("id4", _id4_prompt, _id4_accept),
            Step("groups", _groups_prompt, _groups_accept),
            Step("needs", _needs_prompt, _needs_accept),
            Step("phone", _phone_prompt, _phone_accept),
            Step("photo", _photo_prompt, _photo_accept, expects=frozenset({"text", "postback", "image"})),
            Step("basis", _basis_prompt, _basis_accept),
            Step(
                "consent_form",
                _consent_form_prompt,
                _consent_form_accept,
                expects=frozenset({"text", "image"}),
                wanted="reask_text",
            ),
            Step("summary", _summary_prompt, _summary_accept),
        ),
        finish=_finish,
        summary_step="summary",
    )


def start_register(context: FlowContext, engine: FlowEngine, household: str | None) -> list[Response]:
    """Only an approved volunteer or a center's staff member registers, for their own center; a
    household given must be of that center (a second member of the same home)."""
    center = registering_center(context.session, context.user)
    if center is None:
        return [Text(text("reg_not_allowed", context.language))]
    data: dict = {"center_id": center.id}
    household_id = parse_id(household) if household else None
    if household_id is not None:
        found = context.session.get(Household, household_id)
        if found is not None and found.center_id == center.id:
            data["household_id"] = found.id
            data["place"] = found.address_text or describe_codes(
                found.subdistrict_code, found.district_code, found.province_code
            )
    return engine.start_at(context, FLOW, data) if household_id else engine.start(context, FLOW, data)
