"""สมัครอาสาสมัคร: a volunteer's application (name, phone, home, skills, case limit, center), sent to
the chosen center's staff for approval."""

from __future__ import annotations

from bot.commands.volunteer_cards import application_card
from bot.flows.engine import EDITING, Accept, Flow, FlowContext, FlowEngine, Reject, Step, choice
from bot.flows.inputs import UserInput
from bot.flows.report import place_choices
from bot.line.render import render
from bot.line.responses import Button, Card, Response, Text
from bot.speech.texts import text
from dispatch.address import describe, match_address_candidates
from dispatch.audience import center_staff
from dispatch.geo import in_thailand
from dispatch.intake import DIRECTORY
from dispatch.validation import thai_phone
from dispatch.volunteers import parse_id, register, volunteer_of
from models.outbox import enqueue_multicast
from models.volunteers import VolunteerStatus

NAME_LIMIT = 100
SKILLS = ("visit", "elderly", "driving", "rights", "first_aid", "other")
MAX_CASES = ("1", "2", "3", "5")
CENTER_CHOICES = 5


def _name_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("vol_ask_name", context.language))]


def _name_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    name = " ".join(user_input.text.split())
    if user_input.kind != "text" or len(name) < 2:
        return Reject((Text(text("reask_text", context.language)),))
    if len(name) > NAME_LIMIT:
        return Reject((Text(text("name_too_long", context.language, limit=NAME_LIMIT)),))
    return Accept({"name": name})


def _phone_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("vol_ask_phone", context.language))]


def _phone_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    phone = thai_phone(user_input.text) if user_input.kind == "text" else None
    if phone is None:
        return Reject((Text(text("phone_invalid", context.language)),))
    return Accept({"phone": phone})


def _home_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [Text(text("vol_ask_home", language), (Button(text("location_button", language), kind="location"),))]


def _home_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    language = context.language
    if user_input.kind == "location":
        if user_input.latitude is None or user_input.longitude is None:
            return Reject((Text(text("reask_location", language)),))
        if not in_thailand(user_input.latitude, user_input.longitude):
            return Reject((Text(text("location_outside", language)),))
        place = (user_input.address or "")[:200] or text("shared_location", language)
        return Accept(
            {"latitude": user_input.latitude, "longitude": user_input.longitude, "place": place, "candidates": None},
            goto="skills",
        )
    if user_input.kind != "text":
        return Reject((Text(text("reask_location", language)),))
    directory = DIRECTORY.get(context.session)
    found = []
    for candidate in match_address_candidates(user_input.text[:300], limit=3):
        codes = (candidate.subdistrict_code, candidate.district_code, candidate.province_code)
        center = next((directory.by_area[code] for code in codes if code and code in directory.by_area), None)
        if center is not None:
            # A typed address is placed at the nearest center of its area (approximate, said so).
            found.append({"place": describe(candidate), "latitude": center.latitude, "longitude": center.longitude})
    if not found:
        return Reject((Text(text("vol_home_not_found", language)),))
    return Accept({"candidates": found}, goto="home_confirm", complete=False)


def _home_confirm_prompt(context: FlowContext) -> list[Response]:
    return place_choices(context, "home_confirm")


def _home_confirm_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    found = context.data.get("candidates") or []
    picked = user_input.choice if user_input.kind == "postback" else user_input.text.strip()
    if picked == "retype":
        return Accept({"candidates": None}, goto="home", complete=False)
    number = parse_id(picked, digits=2)
    if number is not None and 1 <= number <= len(found):
        chosen = found[number - 1]
        values = {"latitude": chosen["latitude"], "longitude": chosen["longitude"], "place": chosen["place"]}
        return Accept({**values, "candidates": None})
    return Reject((Text(text("reask_choice", context.language)),))


def _skills_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    chosen = context.data.get("skills") or []
    buttons = tuple(
        choice(skill, text(f"skill_{skill}", language), "skills") for skill in SKILLS if skill not in chosen
    )
    message = text("vol_ask_skills", language)
    if chosen:
        buttons += (choice("done", text("needs_done", language), "skills"),)
        names = ", ".join(text(f"skill_{skill}", language) for skill in chosen)
        message += "\n" + text("report_needs_chosen", language, chosen=names)
    return [Text(message, buttons)]


def _skills_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    chosen = list(context.data.get("skills") or [])
    picked = user_input.choice if user_input.kind == "postback" else None
    if picked is None and user_input.kind == "text":
        typed = user_input.text.strip()
        picked = "done" if typed == text("needs_done", "th") else None
        picked = picked or next((skill for skill in SKILLS if typed == text(f"skill_{skill}", "th")), None)
    if picked == "done":
        if not chosen:
            return Reject((Text(text("vol_skills_pick_one", context.language)),))
        return Accept({"skills": chosen})
    if picked not in SKILLS:
        return Reject((Text(text("reask_choice", context.language)),))
    if picked not in chosen:
        chosen.append(picked)
    if len(chosen) == len(SKILLS):
        return Accept({"skills": chosen})
    return Accept({"skills": chosen}, goto="skills", complete=False)


def _max_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    buttons = tuple(choice(value, text("vol_cases_n", language, n=value), "max_cases") for value in MAX_CASES)
    return [Text(text("vol_ask_max", language), buttons)]


def _max_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    picked = user_input.choice if user_input.kind == "postback" else user_input.text.strip()
    if picked in MAX_CASES:
        return Accept({"max_cases": int(picked)})
    return Reject((Text(text("reask_choice", context.language)),))


def _center_options(context: FlowContext) -> list[dict]:
    directory = DIRECTORY.get(context.session)
    nearest = directory.index.k_nearest(context.data["latitude"], context.data["longitude"], CENTER_CHOICES)
    return [
        {"id": center_id, "name": directory.centers[center_id].name, "km": round(km, 1)} for center_id, km in nearest
    ]


def _center_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    options = _center_options(context)
    if not options:
        return [Text(text("vol_no_center", language))]
    lines = [
        text("vol_center_line", language, number=number, name=option["name"], km=f"{option['km']:.1f}")
        for number, option in enumerate(options, start=1)
    ]
    buttons = tuple(
        choice(str(option["id"]), text("vol_center_pick", language, number=number, km=f"{option['km']:.1f}"), "center")
        for number, option in enumerate(options, start=1)
    )
    message = text("vol_ask_center", language, nearest=options[0]["name"], km=f"{options[0]['km']:.1f}")
    return [Text(message + "\n\n" + "\n".join(lines), buttons)]


def _center_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    options = {str(option["id"]): option for option in _center_options(context)}
    picked = user_input.choice if user_input.kind == "postback" else None
    number = parse_id(user_input.text, digits=2) if picked is None and user_input.kind == "text" else None
    if number is not None:
        ordered = list(options)
        picked = ordered[number - 1] if 1 <= number <= len(ordered) else None
    if picked not in options:
        return Reject((Text(text("reask_choice", context.language)),))
    option = options[picked]
    return Accept({"center_id": option["id"], "center_name": option["name"], "center_km": option["km"]})


EDITABLE = (
    ("name", "field_name"),
    ("phone", "field_phone"),
    ("home", "vol_field_home"),
    ("skills", "vol_field_skills"),
    ("max_cases", "vol_field_max"),
    ("center", "field_center"),
)


def summary_fields(data: dict, language: str) -> tuple[tuple[str, str], ...]:
    return (
        (text("field_name", language), data.get("name") or "-"),
        (text("field_phone", language), data.get("phone") or "-"),
        (text("vol_field_home", language), data.get("place") or "-"),
        (text("vol_field_skills", language), ", ".join(text(f"skill_{s}", language) for s in data.get("skills") or [])),
        (text("vol_field_max", language), text("vol_cases_n", language, n=data.get("max_cases"))),
        (text("field_center", language), data.get("center_name") or "-"),
    )


def _summary_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    edits = tuple(
        choice(f"edit:{step}", text("edit_field", language, field=text(label, language)), "summary")
        for step, label in EDITABLE
    )
    return [
        Card(
            alt_text=text("vol_summary_title", language),
            title=text("vol_summary_title", language),
            fields=summary_fields(context.data, language),
            lines=(text("vol_summary_hint", language),),
            buttons=(choice("confirm", text("vol_confirm", language), "summary"),),
            quick_replies=edits,
        )
    ]


def _summary_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    picked = user_input.choice if user_input.kind == "postback" else None
    if user_input.kind == "text" and user_input.text == text("vol_confirm", "th"):
        picked = "confirm"
    if picked == "confirm":
        return Accept(goto=None)
    if picked and picked.startswith("edit:") and picked[5:] in dict(EDITABLE):
        return Accept({EDITING: True}, goto=picked[5:])
    return Reject((Text(text("reask_choice", context.language)),))


def _finish(context: FlowContext) -> list[Response]:
    language = context.language
    volunteer = register(context.session, context.user, context.data, context.now)
    if volunteer is None:
        return [Text(text("vol_already", language))]
    staff = center_staff(context.session, volunteer.center_id)
    enqueue_multicast(context.session, staff, render([application_card(volunteer, "th")]), context.now)
    return [Text(text("vol_applied", language, center=context.data.get("center_name", "")))]


def build_volunteer_flow() -> Flow:
    location = frozenset({"text", "location"})
    return Flow(
        name="volunteer",
        steps=(
            Step("name", _name_prompt, _name_accept, wanted="reask_text"),
            Step("phone", _phone_prompt, _phone_accept, wanted="reask_text"),
            Step("home", _home_prompt, _home_accept, expects=location, wanted="reask_location"),
            Step("home_confirm", _home_confirm_prompt, _home_confirm_accept),
            Step("skills", _skills_prompt, _skills_accept),
            Step("max_cases", _max_prompt, _max_accept),
            Step("center", _center_prompt, _center_accept),
            Step("summary", _summary_prompt, _summary_accept),
        ),
        finish=_finish,
        summary_step="summary",
    )


def start_registration(context: FlowContext, engine: FlowEngine) -> list[Response]:
    volunteer = volunteer_of(context.session, context.user)
    if volunteer is not None and volunteer.status != VolunteerStatus.REJECTED:
        return [Text(text(f"vol_status_{volunteer.status}", context.language))]
    return engine.start(context, "volunteer")
