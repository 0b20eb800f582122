"""The register's commands in chat: staff's counts and lists, a person's summary, assigning a buddy,
the buddy's two-tap check-in ("needs something" opens a routed case), closing a person."""

from __future__ import annotations

from sqlalchemy import select

from bot.flows.engine import FlowContext
from bot.flows.register_person import be_year
from bot.flows.report_done import announce_new_case, receipt_buttons
from bot.line.render import render
from bot.line.responses import Button, Card, Response, Text
from bot.speech.texts import text
from bot.speech.thai_dates import thai_date
from dispatch.address import describe_codes
from dispatch.case_actions import scope_filter
from dispatch.intake import create_case
from dispatch.register import (
    CLOSE_REASONS,
    MODES,
    OUTCOMES,
    assign_buddy,
    buddy_candidates,
    case_report,
    check_in_history,
    household_members,
    person_for,
    record_check_in,
)
from dispatch.register_closing import close_person
from dispatch.register_views import people_list, register_counts
from dispatch.routing import DEFAULT_DEADLINES, DEFAULT_MAX_KM
from dispatch.volunteers import parse_id
from models.cases import Case
from models.outbox import enqueue_to_user
from models.register import CheckIn, PersonStatus, RegisteredPerson

REGISTER_WORDS = {
    "ลงทะเบียนกลุ่มเปราะบาง": "reg_new",
    "ลงทะเบียนคนเปราะบาง": "reg_new",
    "ทะเบียนคนเปราะบาง": "reg_view",
    "ทะเบียนกลุ่มเปราะบาง": "reg_view",
    "คนที่ฉันดูแล": "reg_mine",
}
LIST_LIMIT = 12  # a button per person: LINE shows 13 quick replies at most
TOP_SUBDISTRICTS = 8


def _refused(context: FlowContext) -> list[Response]:
    return [Text(text("reg_refused", context.language))]


def counts_view(context: FlowContext) -> list[Response]:
    """Staff and supervisors: the register of their scope in numbers; a buddy: their own people."""
    language = context.language
    counts = register_counts(context.session, context.user, context.now)
    if counts is None:
        return people_view(context, "mine")
    groups = "\n".join(
        f"- {text(f'reg_group_{group}', language)}: {count}" for group, count in counts.by_group.most_common()
    )
    areas = "\n".join(
        f"- {describe_codes(code, None, None) or text('area_unknown', language)}: {count}"
        for code, count in counts.by_subdistrict.most_common(TOP_SUBDISTRICTS)
    )
    message = text(
        "reg_counts",
        language,
        total=counts.total,
        overdue=counts.overdue,
        without=counts.without_buddy,
        groups=groups or "-",
        areas=areas or "-",
    )
    buttons = (
        Button.postback(text("reg_list_overdue", language, n=counts.overdue), "action=reg_list&which=overdue"),
        Button.postback(
            text("reg_list_without_buddy", language, n=counts.without_buddy), "action=reg_list&which=without_buddy"
        ),
        Button.postback(text("reg_new_button", language), "action=reg_new"),
    )
    return [Text(message, buttons)]


def people_view(context: FlowContext, which: str) -> list[Response]:
    language = context.language
    if which not in ("mine", "overdue", "without_buddy"):
        return [Text(text("reask_choice", language))]
    people = people_list(context.session, context.user, which, context.now, LIST_LIMIT)
    if not people:
        return [
            Text(
                text(f"reg_list_empty_{which}", language),
                (Button.postback(text("reg_new_button", language), "action=reg_new"),),
            )
        ]
    lines = [
        text(
            "reg_list_line",
            language,
            number=index,
            name=person.name,
            due=thai_date(person.next_check_in_due, language) if person.next_check_in_due else "-",
        )
        for index, person in enumerate(people, start=1)
    ]
    buttons = tuple(
        Button.postback(text("reg_open_n", language, number=index), f"action=reg_person&p={person.id}")
        for index, person in enumerate(people, start=1)
    )
    return [Text(text(f"reg_list_title_{which}", language) + "\n" + "\n".join(lines), buttons)]


def person_view(context: FlowContext, person_id: int | None) -> list[Response]:
    """A person's page in chat: who they are, their household, buddy, check-ins and cases."""
    language = context.language
    session = context.session
    person = person_for(session, context.user, person_id, "view", context.now)
    if person is None:
        return _refused(context)
    household = person.household
    members = ", ".join(member.name or "-" for member in household_members(session, person)) or "-"
    buddy = person.buddy
    history = check_in_history(session, person)
    check_ins = [
        text(
            "reg_history_line",
            language,
            date=thai_date(item.at, language),
            mode=text(f"reg_mode_{item.mode}", language),
            outcome=text(f"reg_outcome_{item.outcome}", language),
        )
        for item in history
    ]
    case_ids = [item.case_id for item in history if item.case_id]
    cases = list(session.scalars(select(Case.reference).where(Case.id.in_(case_ids)))) if case_ids else []
    place = household.address_text if household else None
    area = (
        describe_codes(household.subdistrict_code, household.district_code, household.province_code)
        if household
        else ""
    )
    fields = (
        (text("field_name", language), person.name or "-"),
        (text("reg_field_birth", language), str(be_year(person.birth_year)) if person.birth_year else "-"),
        (text("reg_field_groups", language), ", ".join(text(f"reg_group_{g}", language) for g in person.groups) or "-"),
        (text("field_needs", language), ", ".join(text(f"need_{n}", language) for n in person.needs) or "-"),
        (text("field_phone", language), person.phone or "-"),
        (text("reg_field_place", language), " ".join(part for part in (place, area) if part) or "-"),
        (text("reg_field_members", language), members),
        (
            text("reg_field_buddy", language),
            (buddy.display_name or text("reg_buddy_named", language)) if buddy else text("reg_no_buddy", language),
        ),
        (
            text("reg_field_next", language),
            thai_date(person.next_check_in_due, language) if person.next_check_in_due else "-",
        ),
        (text("reg_field_basis", language), text(f"reg_basis_{person.lawful_basis}", language)),
        (text("reg_field_cases", language), ", ".join(cases) or "-"),
    )
    lines = (text("reg_history_title", language) + "\n" + ("\n".join(check_ins) or "-"),)
    buttons: tuple[Button, ...] = ()
    if person.status == PersonStatus.ACTIVE:
        buttons = (
            Button.postback(text("reg_check_in_visited", language), f"action=reg_ci&p={person.id}&m=visited"),
            Button.postback(text("reg_check_in_phoned", language), f"action=reg_ci&p={person.id}&m=phoned"),
        )
    quick: tuple[Button, ...] = ()
    if person.status == PersonStatus.ACTIVE and scope_filter(session, context.user) is not None:
        quick = (
            Button.postback(text("reg_buddy_button", language), f"action=reg_buddy&p={person.id}"),
            Button.postback(text("reg_add_member", language), f"action=reg_new&household={person.household_id}"),
            Button.postback(text("reg_close_button", language), f"action=reg_close&p={person.id}"),
        )
    title = text("reg_person_title", language, number=person.id)
    return [Card(alt_text=title, title=title, fields=fields, lines=lines, buttons=buttons, quick_replies=quick)]


def buddy_step(context: FlowContext, person_id: int | None, to: str | None) -> list[Response]:
    """Without `to`: the nearest available first, with distances; with it: the buddy is set and told."""
    language = context.language
    session = context.session
    if not to:
        person = person_for(session, context.user, person_id, "view", context.now, staff_only=True)
        if person is None:
            return _refused(context)
        found = buddy_candidates(session, person)
        if not found:
            return [Text(text("reg_buddy_none", language))]
        lines = [
            text(
                "reg_buddy_line",
                language,
                number=index,
                name=candidate.name or "-",
                kind=text(f"reg_kind_{candidate.kind}", language),
                km=f"{candidate.km:.1f}",
            )
            for index, candidate in enumerate(found, start=1)
        ]
        buttons = tuple(
            Button.postback(
                text("reg_buddy_pick", language, number=index, km=f"{candidate.km:.1f}"),
                f"action=reg_buddy&p={person.id}&to={candidate.user_id}",
            )
            for index, candidate in enumerate(found, start=1)
        )
        message = text("reg_buddy_choose", language, number=person.id) + "\n" + "\n".join(lines)
        return [Text(message, buttons)]
    assigned = assign_buddy(session, context.user, person_id, parse_id(to), context.now)
    if assigned is None:
        return _refused(context)
    person, chosen = assigned
    buddy = person.buddy
    if buddy is not None and buddy.following:
        notice = Text(
            text("reg_buddy_told", buddy.language, name=person.name, number=person.id, days=person.check_in_days),
            (Button.postback(text("reg_view_person", buddy.language), f"action=reg_person&p={person.id}"),),
        )
        enqueue_to_user(session, buddy.line_user_id, render([notice]), context.now)
    return [Text(text("reg_buddy_done", language, name=chosen.name or "-", number=person.id))]


def check_in_step(context: FlowContext, person_id: int | None, mode: str, outcome: str | None) -> list[Response]:
    """First tap: visited or phoned; second tap: fine or needs something (a case, routed)."""
    language = context.language
    session = context.session
    person = person_for(session, context.user, person_id, "check_in", context.now)
    if person is None or person.status != PersonStatus.ACTIVE or mode not in MODES:
        return _refused(context)
    if outcome is None:
        buttons = tuple(
            Button.postback(text(f"reg_outcome_{option}", language), f"action=reg_ci&p={person.id}&m={mode}&o={option}")
            for option in OUTCOMES
        )
        return [Text(text("reg_ask_outcome", language, name=person.name), buttons)]
    if outcome not in OUTCOMES:
        return [Text(text("reask_choice", language))]
    check_in = record_check_in(session, context.user, person, mode, outcome, context.now)
    if outcome == "fine":
        due = thai_date(person.next_check_in_due, language)
        return [Text(text("reg_check_in_saved", language, name=person.name, due=due))]
    return open_case_from(context, person, check_in)


def open_case_from(context: FlowContext, person: RegisteredPerson, check_in: CheckIn) -> list[Response]:
    """A case pre-filled from the register, routed and announced exactly as any report is."""
    session = context.session
    household = person.household
    description = text("reg_case_description", "th", mode=text(f"reg_mode_{check_in.mode}", "th"), number=person.id)
    tools = context.tools
    deadlines = tools.deadlines if tools is not None else DEFAULT_DEADLINES
    max_km = tools.routing_max_km if tools is not None else DEFAULT_MAX_KM
    report = case_report(person, household, description, context.now)
    new = create_case(session, context.user, report, context.now, deadlines, max_km)
    check_in.case_id = new.case.id
    announce_new_case(session, new, context.now)
    language = context.language
    return [
        Text(
            text("reg_case_opened", language, reference=new.case.reference, name=person.name),
            receipt_buttons(session, new.case, language),
        )
    ]


def close_step(context: FlowContext, person_id: int | None, reason: str | None) -> list[Response]:
    language = context.language
    if reason is None:
        person = person_for(context.session, context.user, person_id, "view", context.now, staff_only=True)
        if person is None or person.status != PersonStatus.ACTIVE:
            return _refused(context)
        buttons = tuple(
            Button.postback(text(f"reg_close_{option}", language), f"action=reg_close&p={person.id}&r={option}")
            for option in CLOSE_REASONS
        )
        return [Text(text("reg_ask_close", language, number=person.id), buttons)]
    person = close_person(context.session, context.user, person_id, reason, context.now)
    if person is None:
        return _refused(context)
    return [Text(text(f"reg_closed_{reason}", language, number=person.id))]
