"""Staff taps beyond the status: a note, a transfer to another center, marking a duplicate; and the
lists over many cases (เคสค้าง/เกินกำหนด, สรุปวันนี้)."""

from __future__ import annotations

from dataclasses import replace

import bot.line.graphemes as grapheme
from bot.commands.case_actions import next_steps
from bot.commands.case_notices import staff_name, tell_merged_into, tell_owner
from bot.commands.volunteer_notices import tell
from bot.flows.engine import Accept, Flow, FlowContext, Reject, Step
from bot.line.render import render
from bot.line.responses import Button, Carousel, Response, Text
from bot.postbacks import Postback
from bot.speech.cards import staff_card
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from bot.workers.message_budget import budget_lines
from dispatch.audience import besides, center_staff
from dispatch.case_actions import case_for_staff
from dispatch.case_work import (
    MAX_NOTE_LENGTH,
    Duplicate,
    Transfer,
    add_note,
    mark_duplicate,
    missed_deadline,
    overdue_cases,
    today_summary,
    transfer,
    transfer_choices,
)
from dispatch.lifecycle import OPEN_STATUSES
from dispatch.reporter_news import queue_news
from models.cases import Case, CaseStatus
from models.outbox import enqueue_multicast
from models.users import User

PAGE_SIZE = 10  # a LINE carousel holds at most 12 bubbles
QUICK_REPLY_LABEL = 20
CENTER_PREFIX = "ศูนย์ช่วยเหลือสังคมตำบล"


def refused(context: FlowContext) -> list[Response]:
    return [Text(text("case_refused", context.language))]


# --- note ------------------------------------------------------------------------------------


def start_note(context: FlowContext, reference: str, engine) -> list[Response]:  # noqa: ANN001 - the FlowEngine
    case = case_for_staff(context.session, context.user, reference, "note")
    if case is None:
        return refused(context)
    return engine.start(context, "note", {"case": case.reference})


def _note_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("note_prompt", context.language, reference=context.data["case"]))]


def _note_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001 - engine's UserInput
    note = (user_input.text or "").strip() if user_input.kind == "text" else ""
    if not note:
        return Reject((Text(text("note_prompt", context.language, reference=context.data["case"])),))
    if len(note) > MAX_NOTE_LENGTH:
        return Reject((Text(text("note_too_long", context.language, limit=MAX_NOTE_LENGTH)),))
    return Accept({"note": note})


def save_note(context: FlowContext, reference: str, note: str) -> list[Response]:
    """Add a note to a case and tell its owner: from the chat's note flow and the console alike."""
    case = add_note(context.session, context.user, reference, note, context.now)
    if case is None:  # lost the role while typing
        return refused(context)
    tell_owner(context, case, case.owner_user_id, "owner_note_added", note=note[:300])
    return [Text(text("note_saved", context.language, reference=case.reference))] + next_steps(case, context.language)


def _save_note(context: FlowContext) -> list[Response]:
    return save_note(context, context.data["case"], context.data["note"])


def build_note_flow() -> Flow:
    return Flow(name="note", steps=(Step("note", _note_prompt, _note_accept, wanted="reask_text"),), finish=_save_note)


# --- duplicate -------------------------------------------------------------------------------


def start_duplicate(context: FlowContext, reference: str, engine) -> list[Response]:  # noqa: ANN001
    case = case_for_staff(context.session, context.user, reference, "duplicate")
    if case is None:
        return refused(context)
    if case.status not in OPEN_STATUSES:
        status = text(f"status_{case.status}", context.language)
        return [Text(text("case_step_not_allowed", context.language, reference=case.reference, status=status))]
    return engine.start(context, "duplicate", {"case": case.reference})


def _original_prompt(context: FlowContext) -> list[Response]:
    return [Text(text("duplicate_prompt", context.language, reference=context.data["case"]))]


def _original_accept(user_input, context: FlowContext) -> Accept | Reject:  # noqa: ANN001
    wanted = (user_input.text or "").strip().upper() if user_input.kind == "text" else ""
    if not wanted:
        return Reject()
    return Accept({"original": wanted[:20]})


def _mark_duplicate(context: FlowContext) -> list[Response]:
    return merge_cases(context, context.data["case"], context.data["original"])


def merge_cases(context: FlowContext, reference: str, original_reference: str) -> list[Response]:
    """Close `reference` as a duplicate of `original_reference` (typed in the duplicate flow, or one
    tap on a suggestion), and tell who should hear."""
    language = context.language
    marked = mark_duplicate(context.session, context.user, reference, original_reference, context.now)
    if marked.result == Duplicate.REFUSED:
        return refused(context)
    case = marked.case
    if marked.result == Duplicate.NOT_OPEN:
        status = text(f"status_{case.status}", language)
        return [Text(text("case_step_not_allowed", language, reference=case.reference, status=status))]
    if marked.result in (Duplicate.NOT_FOUND, Duplicate.SAME_CASE):
        answer = text("duplicate_not_found", language, original=original_reference, reference=case.reference)
        retry = Button.postback(text("duplicate_retry", language), Postback("duplicate", case=case.reference).data)
        return [Text(answer, quick_replies=(retry,))]
    queue_news(context.session, case, "duplicate", context.now)
    tell_owner(context, case, case.owner_user_id, "owner_merged", original=marked.original.reference)
    tell_merged_into(context, case, marked.original)
    answer = text("duplicate_done", language, reference=case.reference, original=marked.original.reference)
    return [Text(answer, quick_replies=(_open_button(marked.original, language),))]


def build_duplicate_flow() -> Flow:
    return Flow(
        name="duplicate",
        steps=(Step("original", _original_prompt, _original_accept, wanted="reask_text"),),
        finish=_mark_duplicate,
    )


# --- transfer --------------------------------------------------------------------------------


def short_center_name(name: str) -> str:
    short = "ต." + name.removeprefix(CENTER_PREFIX) if name.startswith(CENTER_PREFIX) else name
    return short


def _label(name: str, distance_km: float | None) -> str:
    suffix = f" {distance_km:.0f} กม." if distance_km is not None else ""
    room = QUICK_REPLY_LABEL - grapheme.length(suffix)
    short = short_center_name(name)
    if grapheme.length(short) > room:
        short = grapheme.slice(short, 0, room - 1) + "…"
    return short + suffix


def transfer_to(context: FlowContext, reference: str, center_code: str | None) -> list[Response]:
    """Without a center: the nearest other centers to choose from. With one: the transfer."""
    language = context.language
    if not center_code:
        case = case_for_staff(context.session, context.user, reference, "transfer")
        if case is None:
            return refused(context)
        if case.status not in OPEN_STATUSES:
            status = text(f"status_{case.status}", language)
            return [Text(text("case_step_not_allowed", language, reference=case.reference, status=status))]
        choices = transfer_choices(context.session, case)
        if not choices:
            return [Text(text("transfer_no_centers", language))]
        buttons = tuple(
            Button.postback(
                _label(choice.center.name, choice.distance_km),
                Postback("transfer", case=case.reference, to=choice.center.code).data,
                shown=text("transfer_shown", language, center=choice.center.name),
            )
            for choice in choices
        )
        return [Text(text("transfer_choose", language, reference=case.reference), quick_replies=buttons)]

    moved = transfer(context.session, context.user, reference, center_code, context.now, context.tools.deadlines)
    if moved.result == Transfer.REFUSED:
        return refused(context)
    case = moved.case
    if moved.result == Transfer.NOT_OPEN:
        status = text(f"status_{case.status}", language)
        return [Text(text("case_step_not_allowed", language, reference=case.reference, status=status))]
    if moved.result == Transfer.CHANGED_MEANWHILE:
        status = text(f"status_{case.status}", language)
        return [Text(text("case_changed_meanwhile", language, reference=case.reference, status=status))]
    if moved.result == Transfer.UNKNOWN_CENTER:
        return [Text(text("transfer_unknown_center", language))] + transfer_to(context, case.reference, None)
    staff = center_staff(context.session, moved.center.id)
    enqueue_multicast(context.session, staff, render([_transferred_card(case, moved)]), context.now)
    _tell_transferred_away(context, case, moved)
    tell(context.session, moved.volunteers, context.now)
    queue_news(context.session, case, "transferred", context.now, center=moved.center.code)
    return [Text(text("transfer_done", language, reference=case.reference, center=moved.center.name))]


def _tell_transferred_away(context: FlowContext, case: Case, moved) -> None:  # noqa: ANN001 - a TransferOutcome
    """The old center's staff, and the owner (a supervisor may own a case), hear where it went and who
    sent it — all but the one who did."""
    session = context.session
    audience = center_staff(session, moved.previous.id) if moved.previous else []
    owner = session.get(User, moved.owner_user_id) if moved.owner_user_id else None
    if owner is not None and owner.following:
        audience.append(owner.line_user_id)
    audience = besides(audience, context.user.line_user_id)
    if audience:
        name = staff_name(context.tools.display_name(), "th")
        message = text("transfer_away", "th", reference=case.reference, center=moved.center.name, name=name)
        enqueue_multicast(session, audience, render([Text(message)]), context.now)


def _transferred_card(case: Case, moved) -> Response:  # noqa: ANN001 - a TransferOutcome
    card = staff_card(case, moved.center)
    previous = moved.previous.name if moved.previous else "-"
    return replace(card, lines=(text("transfer_card_note", "th", center=previous),) + card.lines)


# --- lists -----------------------------------------------------------------------------------


def _open_button(case: Case, language: str) -> Button:
    return Button.postback(text("open_case", language), Postback("case", case=case.reference).data)


def overdue_list(context: FlowContext, page: int = 0) -> list[Response] | None:
    """None for someone who is not staff: to them the words mean nothing special."""
    page = max(page, 0)
    found = overdue_cases(context.session, context.user, context.now, PAGE_SIZE, page * PAGE_SIZE)
    if found is None:
        return None
    cases, total = found
    language = context.language
    if not cases:
        return [Text(text("overdue_none", language))]
    cards = []
    for case in cases:
        card = staff_card(case, case.center, language)
        missed = missed_deadline(case, context.now)
        late = text("overdue_since", language, due=thai_datetime(missed, language)) if missed else ""
        buttons = card.buttons if case.status == CaseStatus.ASSIGNED else (_open_button(case, language),)
        cards.append(
            replace(
                card,
                title=text("overdue_title", language, urgency=text(f"urgency_{case.urgency}", language)),
                lines=(late,),
                buttons=buttons,
            )
        )
    first, last = page * PAGE_SIZE + 1, page * PAGE_SIZE + len(cases)
    more = (Button.postback(text("show_more", language), Postback("overdue", page=page + 1).data),) if last < total else ()
    return [
        Carousel(alt_text=text("overdue_alt", language, total=total), cards=tuple(cards)),
        Text(text("overdue_count", language, first=first, last=last, total=total), quick_replies=more),
    ]


def day_summary(context: FlowContext) -> list[Response] | None:
    summary = today_summary(context.session, context.user, context.now)
    if summary is None:
        return None
    language = context.language
    lines = [text("today_title", language, date=thai_datetime(context.now, language))]
    lines.append(text("today_new", language, count=summary.new_today))
    lines.append(text("today_resolved", language, count=summary.resolved_today))
    lines.append(text("today_overdue", language, count=summary.overdue))
    lines.append(text("today_open_heading", language, count=sum(summary.by_status.values())))
    lines += [
        text("today_status_line", language, status=text(f"status_{status}", language), count=summary.by_status[status])
        for status in OPEN_STATUSES
        if summary.by_status.get(status)
    ]
    lines += budget_lines(context.session, context.now, language, context.tools.services.settings)
    buttons = (
        Button.postback(text("button_new_cases", language), Postback("new_cases").data),
        Button.postback(text("button_overdue", language), Postback("overdue").data),
    )
    return [Text("\n".join(lines), quick_replies=buttons)]
