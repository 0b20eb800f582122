"""The register in the web console: a page of counts, overdue check-ins and people without a buddy
for staff and supervisors in scope, and a person's page (household, buddy, check-ins, cases). Every
view is audited (channel `console`); someone outside the scope gets the console's "not found".
The register's map is not here yet (it waits for the console's map component)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort
from sqlalchemy import select

from bot.thai_dates import thai_date
from dispatch.address import describe_codes
from dispatch.register import check_in_history, household_members, person_for
from dispatch.register_views import people_list, register_counts
from models.cases import Case
from models.register import Household
from models.users import User
from web.console import _now, _page, _sessions, _staff, not_found

blueprint = Blueprint("register", __name__, url_prefix="/console/register", template_folder="templates")
blueprint.register_error_handler(404, not_found)  # the console's own "not found" page
CHANNEL = "console"
LIST_LIMIT = 50


def register(app: Any) -> None:
    app.register_blueprint(blueprint)


@blueprint.get("/")
def register_page() -> Any:
    with _sessions()() as session:
        user, refusal = _staff(session)
        if user is None:
            return refusal
        now = _now()
        counts = register_counts(session, user, now, channel=CHANNEL)
        if counts is None:
            abort(404)
        overdue = people_list(session, user, "overdue", now, LIST_LIMIT, channel=CHANNEL)
        without = people_list(session, user, "without_buddy", now, LIST_LIMIT, channel=CHANNEL)
        areas = [
            (describe_codes(code, None, None) or code or "-", n) for code, n in counts.by_subdistrict.most_common()
        ]
        page = _page(
            "register.html",
            counts=counts,
            areas=areas,
            overdue=overdue,
            without=without,
            when=lambda moment: thai_date(moment) if moment else "-",
        )
        session.commit()  # the audit entries of this view
        return page


@blueprint.get("/people/<int:person_id>")
def person_page(person_id: int) -> Any:
    with _sessions()() as session:
        user, refusal = _staff(session)
        if user is None:
            return refusal
        person = person_for(session, user, person_id, "view", _now(), channel=CHANNEL)
        if person is None:
            session.commit()  # the refusal is audited too
            abort(404)
        household = session.get(Household, person.household_id)
        history = check_in_history(session, person, limit=20)
        case_ids = [item.case_id for item in history if item.case_id]
        cases = list(session.scalars(select(Case).where(Case.id.in_(case_ids)))) if case_ids else []
        page = _page(
            "register_person.html",
            person=person,
            household=household,
            area=describe_codes(household.subdistrict_code, household.district_code, household.province_code),
            members=household_members(session, person),
            buddy=session.get(User, person.buddy_user_id) if person.buddy_user_id else None,
            history=history,
            cases=cases,
            when=lambda moment: thai_date(moment) if moment else "-",
        )
        session.commit()
        return page
