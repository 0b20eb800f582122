"""The register in the web console: a page of counts, overdue check-ins and people without a buddy
for staff and supervisors in scope, a person's page (household, buddy, check-ins, cases) and the
registration form for staff (the chat flow on one page), with a map of the households in scope
(register numbers only, coloured by overdue check-in; exact places, so staff pages only). Every
view is audited (channel `console`); someone outside the scope gets the console's "not found"."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, current_app, g, redirect, request, url_for
from sqlalchemy import select

from bot.speech.thai_dates import thai_date
from dispatch.address import describe, describe_codes, match_address_candidates
from dispatch.help_groups import NEEDS
from dispatch.register import (
    BASES,
    GROUPS,
    SEXES,
    Rhythm,
    birth_year_from,
    check_in_history,
    household_members,
    person_for,
    possible_duplicates,
    register_person,
    registering_center,
)
from dispatch.register_views import household_points, people_list, register_counts
from dispatch.validation import thai_phone
from models.cases import Case
from web.console import csrf, not_found
from web.console_context import console_now, db_sessions, render_page, signed_in_staff
from web.map_layers import MAP_LIMIT, center_point, household_point, layers, scope_centers

blueprint = Blueprint("register", __name__, url_prefix="/console/register", template_folder="templates")
blueprint.register_error_handler(404, not_found)  # the console's own "not found" page
CHANNEL = "console"
LIST_LIMIT = 50
NAME_LIMIT = 100


@blueprint.before_request
def protect_forms() -> None:
    if request.method == "POST":
        csrf.protect()


def register(app: Any) -> None:
    app.register_blueprint(blueprint)


@blueprint.get("/")
def register_page() -> Any:
    with db_sessions()() as session:
        user, refusal = signed_in_staff(session)
        if user is None:
            return refusal
        now = console_now()
        counts = register_counts(session, user, now, channel=CHANNEL)
        if counts is None:
            abort(404)
        overdue = people_list(session, user, "overdue", now, LIST_LIMIT, channel=CHANNEL)
        without = people_list(session, user, "without_buddy", now, LIST_LIMIT, channel=CHANNEL)
        areas = [
            (describe_codes(code, None, None) or code or "-", n) for code, n in counts.by_subdistrict.most_common()
        ]
        households = household_points(session, user, now, MAP_LIMIT, channel=CHANNEL)
        language = g.language
        settings = current_app.config["BOT_SETTINGS"]
        map_data = layers(
            [household_point(point, language) for point in households],
            [center_point(center, language) for center in scope_centers(session, user)],
            language,
            clustered="reg_map_layer",
        )
        page = render_page(
            "register.html",
            counts=counts,
            areas=areas,
            overdue=overdue,
            without=without,
            map_data=map_data,
            tiles=settings.map_tile_url,
            attribution=settings.map_tile_attribution,
            when=lambda moment: thai_date(moment) if moment else "-",
        )
        session.commit()  # the audit entries of this view
        return page


@blueprint.get("/people/<int:person_id>")
def person_page(person_id: int) -> Any:
    with db_sessions()() as session:
        user, refusal = signed_in_staff(session)
        if user is None:
            return refusal
        person = person_for(session, user, person_id, "view", console_now(), channel=CHANNEL)
        if person is None:
            session.commit()  # the refusal is audited too
            abort(404)
        household = person.household
        history = check_in_history(session, person, limit=20)
        case_ids = [item.case_id for item in history if item.case_id]
        cases = list(session.scalars(select(Case).where(Case.id.in_(case_ids)))) if case_ids else []
        page = render_page(
            "register_person.html",
            person=person,
            household=household,
            area=describe_codes(household.subdistrict_code, household.district_code, household.province_code),
            members=household_members(session, person),
            buddy=person.buddy,
            history=history,
            cases=cases,
            when=lambda moment: thai_date(moment) if moment else "-",
        )
        session.commit()
        return page


def _form_data(now: Any) -> tuple[dict[str, Any], list[str]]:
    """The registration form as the chat flow's data, and the names of the fields that are wrong."""
    form = request.form
    wrong = []
    name = " ".join((form.get("name") or "").split())[:NAME_LIMIT]
    if len(name) < 2:
        wrong.append("field_name")
    birth_year = birth_year_from(form.get("birth_year") or "", now)
    if birth_year is None:
        wrong.append("reg_field_birth")
    id4 = (form.get("id4") or "").strip() or None
    if id4 is not None and not (len(id4) == 4 and id4.isascii() and id4.isdecimal()):
        wrong.append("reg_field_id4")
    phone_typed = (form.get("phone") or "").strip()
    phone = thai_phone(phone_typed) if phone_typed else None
    if phone_typed and phone is None:
        wrong.append("field_phone")
    groups = [group for group in form.getlist("groups") if group in GROUPS]
    if not groups:
        wrong.append("reg_field_groups")
    address = (form.get("address") or "").strip()[:300]
    places = [match for match in match_address_candidates(address, limit=1) if match.subdistrict_code]
    if not places:
        wrong.append("reg_field_place")
    basis = form.get("basis") if form.get("basis") in BASES else None
    consent_note = " ".join((form.get("consent_note") or "").split())[:300] or None
    if basis is None or (basis == "consent" and consent_note is None):
        wrong.append("reg_field_basis")
    data = {
        "name": name,
        "birth_year": birth_year,
        "sex": form.get("sex") if form.get("sex") in SEXES else "unstated",
        "id4": id4,
        "groups": groups,
        "needs": [need for need in form.getlist("needs") if need in NEEDS],
        "phone": phone,
        "address_text": address or None,
        "basis": basis,
        "consent_note": consent_note if basis == "consent" else None,
    }
    if places:
        place = places[0]
        data.update(
            subdistrict_code=place.subdistrict_code,
            district_code=place.district_code,
            province_code=place.province_code,
            place=describe(place),
        )
    return data, wrong


def _form_page(status: int = 200, **values: Any) -> Any:
    return render_page(
        "register_new.html", status, groups=GROUPS, needs=NEEDS, sexes=SEXES, bases=BASES, form=request.form, **values
    )


@blueprint.get("/new")
def new_person_page() -> Any:
    with db_sessions()() as session:
        user, refusal = signed_in_staff(session)
        if user is None:
            return refusal
        if registering_center(session, user) is None:
            abort(404)
        return _form_page()


@blueprint.post("/new")
def new_person() -> Any:
    """The chat's registration on one page: checked, a possible duplicate shown (saved only when
    the form says it is someone else), saved for the staff member's own center, audited."""
    with db_sessions()() as session:
        user, refusal = signed_in_staff(session)
        if user is None:
            return refusal
        center = registering_center(session, user)
        if center is None:
            abort(404)
        now = console_now()
        data, wrong = _form_data(now)
        if wrong:
            return _form_page(400, wrong=wrong)
        lookalikes = possible_duplicates(session, data["name"], data["birth_year"], data["subdistrict_code"])
        if lookalikes and request.form.get("not_duplicate") != "1":
            return _form_page(409, lookalikes=lookalikes)
        settings = current_app.config["BOT_SETTINGS"]
        person = register_person(session, user, center, data, now, Rhythm.from_settings(settings))
        person_id = person.id
        audit = person_for(session, user, person_id, "view", now, channel=CHANNEL)
        if audit is None:  # registered for their own center: always in scope
            abort(404)
        session.commit()
        return redirect(url_for("register.person_page", person_id=person_id), code=303)
