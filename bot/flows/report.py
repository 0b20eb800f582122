"""The report flow: a citizen tells the bot about someone who needs help (DESIGN.md section 2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.flows.engine import EDITING, Accept, End, Flow, FlowContext, Reject, Step, choice
from bot.flows.inputs import UserInput
from bot.flows.report_terms import CONSENT_VERSION, QUICK
from bot.line.responses import Button, Card, Response, Text
from bot.speech.cards import main_menu_buttons
from bot.speech.texts import age_text, text
from dispatch.address import describe, describe_in_english, match_address_candidates, tambon_name
from dispatch.danger_signals import LEARNT
from dispatch.geo import in_thailand
from dispatch.help_groups import HELP_GROUPS, NEEDS
from dispatch.understanding import understand
from dispatch.validation import age as parse_age
from dispatch.validation import thai_phone

NAME_LIMIT = 100
# What staff can read on a case page: people are not asked to retype a long account (issue 15).
DESCRIPTION_LIMIT = 3000
SUBJECTS = ("self", "family", "other")
CATEGORIES = HELP_GROUPS


def _choose(step: str, options: tuple[str, ...], prefix: str, language: str) -> tuple[Button, ...]:
    return tuple(choice(option, text(f"{prefix}_{option}", language), step) for option in options)


def _picked(user_input: UserInput, options: tuple[str, ...], prefix: str, language: str) -> str | None:
    """A tapped choice, or typed text equal to a choice's label (in Thai, English or the user's own)."""
    if user_input.kind == "postback":
        return user_input.choice if user_input.choice in options else None
    typed = user_input.text.strip()
    for option in options:
        labels = {text(f"{prefix}_{option}", name) for name in ("th", "en", language)}
        if typed in labels or typed == option:
            return option
    return None


def _choice_step(name: str, question: str, options: tuple[str, ...], prefix: str, field: str) -> Step:
    def prompt(context: FlowContext) -> list[Response]:
        return [Text(text(question, context.language), _choose(name, options, prefix, context.language))]

    def accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
        picked = _picked(user_input, options, prefix, context.language)
        if picked is None:
            return Reject((Text(text("reask_choice", context.language)),))
        return Accept({field: picked})

    return Step(name, prompt, accept)


# -- who ------------------------------------------------------------------------------------------


def _who_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    picked = _picked(user_input, SUBJECTS, "who", context.language)
    if picked is None:
        return Reject((Text(text("reask_choice", context.language)),))
    changed = context.data.get(EDITING) and picked != context.data.get("subject")
    if changed:
        # Whose data this is decides the lawful basis: ask for consent again.
        return Accept({"subject": picked, "consent": None}, goto="consent", complete=False)
    return Accept({"subject": picked})


def _who_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("report_who", context.language), _choose("who", SUBJECTS, "who", context.language))]


# -- danger ---------------------------------------------------------------------------------------


def _danger_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [
        Text(
            text("report_danger", language),
            (
                choice("yes", text("danger_yes", language), "danger"),
                choice("no", text("danger_no", language), "danger"),
            ),
        )
    ]


def _danger_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    picked = _picked(user_input, ("yes", "no"), "danger", context.language)
    if picked is None:
        return Reject((Text(text("reask_choice", context.language)),))
    if picked == "yes":
        from bot.flows.report_done import raise_urgent

        values, say = raise_urgent(context, {"danger": True}, ())
        return Accept(values, say=say)
    return Accept({"danger": False})


# -- needs (several) ------------------------------------------------------------------------------


def _needs_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    chosen = context.data.get("needs") or []
    remaining = tuple(need for need in NEEDS if need not in chosen)
    buttons = _choose("needs", remaining, "need", language)
    if chosen:
        buttons += (choice("done", text("needs_done", language), "needs"),)
    message = text("report_needs", language)
    if chosen:
        names = ", ".join(text(f"need_{need}", language) for need in chosen)
        message += "\n" + text("report_needs_chosen", language, chosen=names)
    return [Text(message, buttons)]


def _needs_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    chosen = list(context.data.get("needs") or [])
    language = context.language
    is_done = (user_input.kind == "postback" and user_input.choice == "done") or user_input.text in {
        text("needs_done", "th"),
        text("needs_done", "en"),
    }
    if is_done:
        if not chosen:
            return Reject((Text(text("needs_pick_one", language)),))
        return Accept({"needs": chosen})
    picked = _picked(user_input, NEEDS, "need", language)
    if picked is None:
        return Reject((Text(text("reask_choice", language)),))
    if picked not in chosen:
        chosen.append(picked)
    if len(chosen) == len(NEEDS):
        return Accept({"needs": chosen})
    # Stay on this step: its prompt shows what is chosen and what is left.
    return Accept({"needs": chosen}, goto="needs", complete=False)


# -- location -------------------------------------------------------------------------------------


def _location_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [Text(text("report_location", language), (Button(text("location_button", language), kind="location"),))]


def _location_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    language = context.language
    if user_input.kind == "location":
        if user_input.latitude is None or user_input.longitude is None:
            return Reject((Text(text("reask_location", language)),))
        if not in_thailand(user_input.latitude, user_input.longitude):
            return Reject((Text(text("location_outside", language)),))
        values = shared_location(user_input, language)
        return Accept(values, say=_fill_urgent(context, values))
    if user_input.kind != "text":
        return Reject((Text(text("reask_location", language)),))
    candidates = match_address_candidates(user_input.text[:300], limit=3)
    if not candidates:
        return Reject((Text(text("location_not_found", language)),))
    return Accept(
        {
            "address_text": user_input.text[:300],
            "candidates": [
                {
                    "subdistrict_code": c.subdistrict_code,
                    "district_code": c.district_code,
                    "province_code": c.province_code,
                    "place": describe(c),
                }
                for c in candidates
            ],
        },
        goto="location_confirm",
        complete=False,
    )


def shared_location(user_input: UserInput, language: str) -> dict:
    """The flow's data for a LINE location (a typed place it replaces is forgotten)."""
    address = (user_input.address or "")[:300]
    return {
        "latitude": user_input.latitude,
        "longitude": user_input.longitude,
        "address_text": address or None,
        "place": address or text("shared_location", language),
        "subdistrict_code": None,
        "district_code": None,
        "province_code": None,
        "candidates": None,
        "candidates_share": None,
    }


def place_choices(context: FlowContext, step: str) -> list[Response]:
    """The places a typed address matched (`candidates` in the flow's data), numbered, with a button
    per place and one to type again; for any flow's confirm step named `step`. A tambon the first
    message named that several places share (`candidates_share`, one of their codes) is said to be so, and the person may
    share their location instead."""
    language = context.language
    candidates = context.data.get("candidates") or []
    shared = context.data.get("candidates_share")
    # (the tambons of a shared name are read in English by English speakers, who may not read Thai)
    english = bool(shared) and language == "en"
    places = [describe_in_english(c["subdistrict_code"]) if english else c["place"] for c in candidates]
    options = "\n".join(f"{number}) {place}" for number, place in enumerate(places, start=1))
    buttons = tuple(
        choice(str(number), text("location_pick", language, number=number), step)
        for number in range(1, len(candidates) + 1)
    )
    if shared:
        buttons += (Button(text("location_button", language), kind="location"),)
        question = text("location_which", language, name=tambon_name(shared, language), options=options)
    else:
        question = text("location_confirm", language, options=options)
    return [Text(question, buttons + (choice("retype", text("location_retype", language), step),))]


def _location_confirm_prompt(context: FlowContext) -> list[Response]:
    return place_choices(context, "location_confirm")


def _location_confirm_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    candidates = context.data.get("candidates") or []
    picked = user_input.choice if user_input.kind == "postback" else user_input.text.strip()
    if picked == "retype" or user_input.text in {text("location_retype", "th"), text("location_retype", "en")}:
        return Accept({"candidates": None, "candidates_share": None}, goto="location", complete=False)
    if picked and picked.isdecimal() and len(picked) <= 3 and 1 <= int(picked) <= len(candidates):
        chosen = candidates[int(picked) - 1]
        values = {
            "subdistrict_code": chosen["subdistrict_code"],
            "district_code": chosen["district_code"],
            "province_code": chosen["province_code"],
            "place": chosen["place"],
            "latitude": None,
            "longitude": None,
            "candidates": None,
            "candidates_share": None,
        }
        return Accept(values, say=_fill_urgent(context, values))
    return Reject((Text(text("reask_choice", context.language)),))


# -- the person -----------------------------------------------------------------------------------


def _skip_button(step: str, language: str) -> Button:
    return choice("skip", text("skip", language), step)


def _is_skip(user_input: UserInput) -> bool:
    return (user_input.kind == "postback" and user_input.choice == "skip") or user_input.text in {
        text("skip", "th"),
        text("skip", "en"),
    }


def _name_prompt(context: FlowContext) -> list[Response]:
    key = "report_name_self" if context.data.get("subject") == "self" else "report_name"
    return [Text(text(key, context.language), (_skip_button("name", context.language),))]


def _name_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    if _is_skip(user_input):
        return Accept({"person_name": None})
    if user_input.kind != "text" or not user_input.text:
        return Reject((Text(text("reask_text", context.language)),))
    if len(user_input.text) > NAME_LIMIT:
        return Reject((Text(text("name_too_long", context.language, limit=NAME_LIMIT)),))
    return Accept({"person_name": " ".join(user_input.text.split())})


def _age_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("report_age", context.language), (_skip_button("age", context.language),))]


def _age_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    if _is_skip(user_input):
        return Accept({"person_age": None})
    value = parse_age(user_input.text) if user_input.kind == "text" else None
    if value is None:
        return Reject((Text(text("age_invalid", context.language)),))
    return Accept({"person_age": value})


def _description_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("report_description", context.language, limit=DESCRIPTION_LIMIT))]


def _description_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    language = context.language
    if user_input.kind != "text":
        return Reject((Text(text("reask_text", language)),))
    length = len(user_input.text)
    if length > DESCRIPTION_LIMIT:
        return Reject((Text(text("description_too_long", language, length=f"{length:,}", limit=DESCRIPTION_LIMIT)),))
    if length < 5:
        return Reject((Text(text("description_too_short", language)),))
    return Accept({"description": user_input.text})


# -- photo ----------------------------------------------------------------------------------------


def _photo_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    return [
        Text(
            text("report_photo", language),
            (
                Button(text("photo_camera", language), kind="camera"),
                Button(text("photo_roll", language), kind="camera_roll"),
                _skip_button("photo", language),
            ),
        )
    ]


def _photo_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    language = context.language
    if _is_skip(user_input):
        return Accept({"media_id": None})
    if user_input.kind != "image":
        return Reject((Text(text("reask_photo", language)),))
    media_id = context.tools.store_image(user_input.message_id)
    if media_id is None:
        return Reject((Text(text("photo_failed", language)),))
    return Accept({"media_id": media_id}, say=(Text(text("photo_received", language)),))


# -- phone and consent ----------------------------------------------------------------------------


def _phone_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("report_phone", context.language))]


def _phone_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    phone = thai_phone(user_input.text) if user_input.kind == "text" else None
    if phone is None:
        return Reject((Text(text("phone_invalid", context.language)),))
    return Accept({"contact_phone": phone}, say=_fill_urgent(context, {"contact_phone": phone}))


def _consent_options(context: FlowContext) -> tuple[str, ...]:
    if context.data.get("subject") == "self":
        return ("yes", "no")
    return ("person_agreed", "vital", "not_asked", "no")


def _consent_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    key = "report_consent_self" if context.data.get("subject") == "self" else "report_consent_other"
    buttons = tuple(
        choice(option, text(f"consent_{option}", language), "consent") for option in _consent_options(context)
    )
    return [Text(text(key, language, retention=context.tools.retention_days), buttons)]


def _consent_reask(context: FlowContext) -> list[Response]:
    """The consent question again without the privacy notice (shown once, just before)."""
    language = context.language
    buttons = tuple(
        choice(option, text(f"consent_{option}", language), "consent") for option in _consent_options(context)
    )
    return [Text(text("consent_reask", language), buttons)]


def _consent_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject | End:
    language = context.language
    picked = _picked(user_input, _consent_options(context), "consent", language)
    if picked is None:
        return Reject((Text(text("reask_choice", language)),))
    if picked == "no":
        return End((Text(text("consent_declined", language), quick_replies=main_menu_buttons(language)),))
    # A neighbour who has not asked the person keeps the report: public task (PDPA s.24(4)).
    basis = {
        "yes": "own_consent",
        "person_agreed": "subject_consent",
        "vital": "vital_interest",
        "not_asked": "public_task",
    }[picked]
    say = (Text(text("consent_vital_note", language)),) if picked == "vital" else ()
    return Accept(
        {"consent": basis, "consent_at": context.now.isoformat(), "consent_version": CONSENT_VERSION}, say=say
    )


# -- summary --------------------------------------------------------------------------------------

EDITABLE = (
    ("who", "field_who"),
    ("danger", "field_danger"),
    ("category", "field_category"),
    ("needs", "field_needs"),
    ("location", "field_location"),
    ("name", "field_name"),
    ("age", "field_age"),
    ("description", "field_description"),
    ("photo", "field_photo"),
    ("phone", "field_phone"),
)


def summary_fields(data: dict, language: str) -> tuple[tuple[str, str], ...]:
    not_given = text("not_given", language)
    return (
        (text("field_who", language), text(f"who_{data.get('subject')}", language)),
        (text("field_danger", language), text("yes" if data.get("danger") else "no", language)),
        (text("field_category", language), text(f"cat_{data.get('category')}", language)),
        (text("field_needs", language), ", ".join(text(f"need_{n}", language) for n in data.get("needs") or [])),
        (text("field_location", language), data.get("place") or not_given),
        (text("field_name", language), data.get("person_name") or not_given),
        (
            text("field_age", language),
            age_text(data["person_age"], language) if data.get("person_age") is not None else not_given,
        ),
        (text("field_description", language), data.get("description") or not_given),
        (text("field_photo", language), text("photo_attached", language) if data.get("media_id") else not_given),
        (text("field_phone", language), data.get("contact_phone") or not_given),
    )


def _summary_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    edits = tuple(
        choice(f"edit:{step}", text("edit_field", language, field=text(f"edit_{step}", language)), "summary")
        for step, _ in EDITABLE
    )
    return [
        Card(
            alt_text=text("summary_alt", language),
            title=text("summary_title", language),
            fields=summary_fields(context.data, language),
            lines=(text("summary_hint", language),),
            buttons=(choice("confirm", text("summary_confirm", language), "summary"),),
            quick_replies=edits[:11],
        )
    ]


def _summary_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject:
    picked = user_input.choice if user_input.kind == "postback" else None
    if user_input.kind == "text" and user_input.text in {text("summary_confirm", "th"), text("summary_confirm", "en")}:
        picked = "confirm"
    if picked == "confirm":
        return Accept(goto=None)
    if picked and picked.startswith("edit:") and picked[5:] in dict(EDITABLE):
        return Accept({EDITING: True}, goto=picked[5:])
    return Reject((Text(text("reask_choice", context.language)),))


def build_report_flow(finish: Callable[[FlowContext], list[Response]]) -> Flow:
    return Flow(
        name="report",
        steps=(
            # Danger first: whoever wrote something the understanding did not read as danger is asked
            # plainly before anything else, one tap from the emergency card.
            Step("danger", _danger_prompt, _danger_accept, known=KNOWN["danger"]),
            Step("who", _who_prompt, _who_accept, known=KNOWN["who"]),
            replace(_choice_step("category", "report_category", CATEGORIES, "cat", "category"), known=KNOWN["category"]),
            Step("needs", _needs_prompt, _needs_accept, known=KNOWN["needs"]),
            Step(
                "location",
                _location_prompt,
                _location_accept,
                expects=frozenset({"text", "location"}),
                wanted="reask_location",
                known=KNOWN["location"],
            ),
            Step(
                "location_confirm", _location_confirm_prompt, _location_confirm_accept, known=KNOWN["location_confirm"]
            ),
            Step("name", _name_prompt, _name_accept, known=KNOWN["name"]),
            Step("age", _age_prompt, _age_accept, known=KNOWN["age"]),
            Step(
                "description", _description_prompt, _description_accept, wanted="reask_text", known=KNOWN["description"]
            ),
            Step(
                "photo",
                _photo_prompt,
                _photo_accept,
                expects=frozenset({"text", "postback", "image"}),
                wanted="reask_photo",
                known=KNOWN["photo"],
            ),
            Step("phone", _phone_prompt, _phone_accept, wanted="reask_text", known=KNOWN["phone"]),
            Step("consent", _consent_prompt, _consent_accept, known=KNOWN["consent"], reask=_consent_reask),
            Step("summary", _summary_prompt, _summary_accept),
        ),
        finish=finish,
        summary_step="summary",
        early=_early,
        on_cancel=_on_cancel,
    )


# -- what is already known, and input any step takes ------------------------------------------


def _fill_urgent(context: FlowContext, values: dict) -> tuple[Response, ...]:
    """An urgent case made at once gets each new fact as soon as it is given."""
    if not context.data.get("urgent_case"):
        return ()
    from bot.flows.report_done import fill_urgent

    return fill_urgent(context, {**context.data, **values})


def _quick(data: dict) -> bool:
    return bool(data.get(QUICK))


KNOWN = {
    "who": lambda data: data.get("subject") is not None,
    "danger": lambda data: data.get("danger") is not None,
    "category": lambda data: bool(data.get("category")),
    "needs": lambda data: bool(data.get("needs")) or _quick(data),
    # (a tambon named that several places share: the next step asks which)
    "location": lambda data: (
        data.get("latitude") is not None or bool(data.get("province_code") or data.get("candidates"))
    ),
    "location_confirm": lambda data: not data.get("candidates"),
    "name": lambda data: "person_name" in data or _quick(data),
    "age": lambda data: "person_age" in data or _quick(data),
    "description": lambda data: bool(data.get("description")),
    "photo": lambda data: "media_id" in data or _quick(data),
    "phone": lambda data: bool(data.get("contact_phone")),
    "consent": lambda data: bool(data.get("consent")),
}


def _on_cancel(context: FlowContext) -> list[Response]:
    """Leaving the questions does not take back an urgent case already made."""
    reference = context.data.get("urgent_case")
    if not reference:
        return []
    return [Text(text("urgent_kept", context.language, reference=reference), quick_replies=main_menu_buttons(context.language))]


def _early(user_input: UserInput, context: FlowContext, step: str) -> Accept | None:
    """A photo or a location sent before its step is kept; danger typed at any step is answered at
    once (the emergency numbers and an urgent case, see report_done.raise_urgent)."""
    language = context.language
    if user_input.kind == "image" and step != "photo":
        media_id = context.tools.store_image(user_input.message_id) if context.tools else None
        if media_id is None:
            return None
        values = {"media_id": media_id}
        return Accept(values, say=(Text(text("photo_kept", language)),) + _fill_urgent(context, values))
    if user_input.kind == "location" and step not in ("location",):
        if user_input.latitude is None or user_input.longitude is None:
            return None
        if not in_thailand(user_input.latitude, user_input.longitude):
            return None
        values = shared_location(user_input, language)
        return Accept(values, say=(Text(text("location_kept", language)),) + _fill_urgent(context, values))
    if user_input.kind == "text" and len(user_input.text) >= 4 and not context.data.get("urgent_case"):
        found = understand(user_input.text)
        if found.danger is None:
            return None
        if found.danger.evidence == LEARNT and context.data.get("danger") is False:
            return None  # they answered "no danger" themselves: a guess from the words does not overrule it
        from bot.flows.report_done import raise_urgent

        extra: dict = {"danger": True, "danger_kinds": list(found.danger.kinds)}
        if found.phones and not context.data.get("contact_phone"):
            extra["contact_phone"] = found.phones[0]
        description = " ".join(part for part in (context.data.get("description"), user_input.text) if part)
        extra["description"] = description[:DESCRIPTION_LIMIT]
        values, say = raise_urgent(context, extra, found.danger.hotlines)
        return Accept(values, say=say)
    return None
