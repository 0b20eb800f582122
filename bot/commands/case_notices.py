"""Telling a case's owner what a colleague did to it: a status change, a note, a referral, a close, a
merge. Whoever acts hears the answer in their own chat; the owner — when it is someone else who may
still act on the case — hears it too, so nobody learns from the timeline that their case moved."""

from __future__ import annotations

from bot.flows.engine import FlowContext
from bot.line.render import render
from bot.line.responses import Button, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.audience import besides, owner_or_center, reachable_owner
from models.cases import Case
from models.outbox import enqueue_multicast, enqueue_to_user


def staff_name(display_name: str | None, language: str) -> str:
    return text("named_colleague", language, name=display_name) if display_name else text("colleague", language)


def tell_owner(context: FlowContext, case: Case, owner_user_id: int | None, key: str, **values: object) -> None:
    """`owner_user_id`: who owned the case before the change (a merge or a close keeps it; a transfer
    clears it). Nobody is told when the owner acted themselves, or has left."""
    if owner_user_id is None or owner_user_id == context.user.id:
        return
    session = context.session
    owner = reachable_owner(session, case, owner_user_id)
    if owner is None:
        return
    language = owner.language or "th"
    name = staff_name(context.tools.display_name(), language)
    if "status" in values:  # a status is said in the owner's language, not the actor's
        values["status"] = text(f"status_{values['status']}", language)
    message = Text(
        text(key, language, reference=case.reference, name=name, **values),
        (Button.postback(text("open_case", language), Postback("case", case=case.reference).data),),
    )
    enqueue_to_user(session, owner.line_user_id, render([message]), context.now)


def tell_merged_into(context: FlowContext, duplicate: Case, original: Case) -> None:
    """A report merged into `original`: its owner (else its center's staff) hear of the second report,
    unless they did the merge themselves."""
    audience = besides(owner_or_center(context.session, original), context.user.line_user_id)
    if audience:
        name = staff_name(context.tools.display_name(), "th")
        message = Text(
            text("merged_into_yours", "th", duplicate=duplicate.reference, original=original.reference, name=name),
            (Button.postback(text("open_case", "th"), Postback("case", case=original.reference).data),),
        )
        enqueue_multicast(context.session, audience, render([message]), context.now)
