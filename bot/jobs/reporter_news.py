"""Telling reporters how their cases move: plain Thai, no staff names, several changes in one message.

News waits in `reporter_updates` (dispatch/reporter_news.py) for a short window; the sweep here sends
what is due as one push per reporter, and a reporter who writes to the bot gets it in the reply.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Button, Card, Response, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.reporter_feedback import REOPEN_WITHIN
from dispatch.reporter_news import claim_due_news, claim_news_for, has_news
from models.cases import Case, CaseEvent, ReporterUpdate
from models.centers import Center
from models.outbox import enqueue_to_user
from models.users import User


def compose(session: Session, updates: list[ReporterUpdate], language: str, now: datetime) -> list[Response]:
    """One text for all the news (a block per case), then the question about any case resolved, or
    the follow-up question a week later (which is written to the case's timeline)."""
    by_case: dict[int, list[ReporterUpdate]] = defaultdict(list)
    for update in updates:
        by_case[update.case_id].append(update)
    blocks, questions = [], []
    for all_news in by_case.values():
        case = all_news[0].case
        news = [update for update in all_news if update.kind != "follow_up"]
        if news:
            lines = [f"• {_line(session, case, update, language)}" for update in news]
            blocks.append("\n".join([text("news_heading", language, reference=case.reference), *lines]))
        if any(update.kind == "resolved" for update in news) and _awaits_confirmation(case, now):
            questions.append(confirm_question(case, language))
        elif any(_follow_up_stands(case, update) for update in all_news if update.kind == "follow_up"):
            questions.append(follow_up_question(case, language))
            session.add(CaseEvent(case_id=case.id, kind="followed_up", detail={}, at=now))
    return ([Text("\n\n".join(blocks))] if blocks else []) + questions


def _follow_up_stands(case: Case, update: ReporterUpdate) -> bool:
    """The case is still as it was left at the resolution the follow-up was planned for."""
    if case.resolved_at is None or case.outcome == "duplicate":
        return False
    return case.resolved_at.isoformat() == update.detail.get("resolved_at")


def follow_up_question(case: Case, language: str) -> Card:
    return Card(
        alt_text=text("follow_up_alt", language, reference=case.reference),
        title=text("follow_up_title", language),
        lines=(text("follow_up_body", language, reference=case.reference),),
        buttons=(
            Button.postback(text("follow_up_still", language), Postback("reopen", case=case.reference).data),
            Button.postback(text("follow_up_fine", language), Postback("settle", case=case.reference).data),
        ),
    )


def _awaits_confirmation(case: Case, now: datetime) -> bool:
    if case.resolved_at is None or case.confirmed_at is not None or case.outcome == "duplicate":
        return False
    return now - case.resolved_at <= REOPEN_WITHIN


def _line(session: Session, case: Case, update: ReporterUpdate, language: str) -> str:
    if update.kind == "routed_supervisor":
        level = text(f"level_{update.detail.get('level')}", language)
        return text("news_routed_supervisor", language, level=level, area=update.detail.get("area") or "-")
    if update.kind in ("acknowledged", "transferred", "routed"):
        center = None
        if update.kind == "acknowledged":  # the center that acknowledged, though it may have moved since
            center_id = update.detail.get("center_id", case.center_id)
            center = session.get(Center, center_id) if center_id else None
        if update.kind in ("transferred", "routed"):
            center = session.scalar(select(Center).where(Center.code == update.detail.get("center")))
        name, phone = (center.name, center.phone or "1300") if center else ("-", "1300")
        return text(f"news_{update.kind}", language, center=name, phone=phone)
    if update.kind == "referred":
        agency = update.detail.get("agency_name") or text(f"agency_{update.detail.get('agency')}", language)
        return text("news_referred", language, agency=agency)
    if update.kind in ("referral_accepted", "referral_done"):
        return text(f"news_{update.kind}", language, agency=update.detail.get("agency_name") or "-")
    if update.kind == "closed":
        return text("news_closed", language, outcome=text(f"reporter_outcome_{update.detail.get('outcome')}", language))
    return text(f"news_{update.kind}", language)


def confirm_question(case: Case, language: str) -> Card:
    return Card(
        alt_text=text("confirm_alt", language, reference=case.reference),
        title=text("confirm_title", language),
        lines=(text("confirm_body", language, reference=case.reference),),
        buttons=(
            Button.postback(text("confirm_yes", language), Postback("confirm", case=case.reference).data),
            Button.postback(text("confirm_reopen", language), Postback("reopen", case=case.reference).data),
        ),
    )


def news_for_reply(session: Session, user: User, now: datetime) -> list[Response]:
    """News waiting for a reporter who is writing to the bot: it goes in the reply, not a push."""
    if not has_news(session, user.id, now):
        return []
    updates = claim_news_for(session, user.id, now)
    return compose(session, updates, user.language, now) if updates else []


def tell_waiting_reporters(session: Session, now: datetime) -> int:
    """The scheduler's sweep: one push per reporter with all their news that is due."""
    told = 0
    for updates in claim_due_news(session, now).values():
        reporter = updates[0].reporter
        if reporter is None or not reporter.following:
            continue
        messages = compose(session, updates, reporter.language, now)
        if messages:
            enqueue_to_user(session, reporter.line_user_id, render(messages), now)
            told += 1
    return told
