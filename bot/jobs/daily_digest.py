"""The daily digest: at 08:00 Asia/Bangkok each center's staff (one multicast per center) and each
supervisor get yesterday's new and resolved cases, what is open and overdue now, and how many updates
were held to save the monthly message quota, with a button to the overdue list.

The sweep runs every few minutes and sends a digest once the hour has passed that day, so a scheduler
that was down at 08:00 sends it when it is back (the same day only). Each digest is claimed by a row
unique on (audience, day), inserted in the transaction that queues its message: with any number of
scheduler processes, each audience hears it once a day.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Button, Card
from bot.postbacks import Postback
from bot.speech.texts import text
from bot.speech.thai_dates import thai_date
from dispatch.digests import DigestFigures, audiences, compose, digest_day
from models.digests import claim_digest, digests_done
from models.messaging import Priority
from models.outbox import enqueue_multicast
from models.users import User

log = logging.getLogger("bot.jobs.daily_digest")
DIGEST_HOUR = 8


def send_daily_digests(session: Session, now: datetime, hour: int = DIGEST_HOUR) -> int:
    """The scheduler's sweep. Returns how many digests it recorded (sent, or empty and not sent)."""
    day = digest_day(now, hour)
    if day is None:
        return 0
    found, no_staff = audiences(session, digests_done(session, day))
    sent = empty = 0
    for figures in compose(session, found, day, now):
        line_ids = list(figures.audience.line_ids)
        outcome = "empty" if figures.empty else "sent"
        recipients = 0 if figures.empty else len(line_ids)
        if not claim_digest(session, figures.audience.key, day, now, outcome, recipients, figures.held):
            continue  # another scheduler process sent it
        if figures.empty:
            empty += 1
            continue
        for language, group in _by_language(session, line_ids).items():
            # The digest is where held updates are counted: it goes however low the quota is.
            enqueue_multicast(session, group, render([_card(figures, now, language)]), now, priority=Priority.HIGH)
        sent += 1
    if sent or empty:
        log.info(
            json.dumps({"digest": day.isoformat(), "sent": sent, "empty": empty, "centers_without_staff": no_staff})
        )
    return sent + empty


def _card(figures: DigestFigures, now: datetime, language: str) -> Card:
    summary = figures.summary
    yesterday = thai_date(now - timedelta(days=1), language)
    open_count = sum(summary.by_status.values())
    scope = figures.audience.center.name if figures.audience.center else text("digest_scope_supervisor", language)

    def count(value: int) -> str:
        return text("digest_count", language, count=value)

    lines = [text("digest_intro", language, date=yesterday)]
    if figures.held:
        lines.append(text("digest_held", language, count=figures.held))
    return Card(
        alt_text=text("digest_alt", language, new=summary.new_today, open=open_count, overdue=summary.overdue),
        title=text("digest_title", language, date=thai_date(now, language)),
        fields=(
            (text("digest_field_scope", language), scope),
            (text("digest_field_new", language), count(summary.new_today)),
            (text("digest_field_resolved", language), count(summary.resolved_today)),
            (text("digest_field_open", language), count(open_count)),
            (text("digest_field_overdue", language), count(summary.overdue)),
        ),
        lines=tuple(lines),
        buttons=(
            Button.postback(text("button_overdue", language), Postback("overdue").data),
            Button.postback(text("button_new_cases", language), Postback("new_cases").data),
        ),
    )


def _by_language(session: Session, line_ids: list[str]) -> dict[str, list[str]]:
    rows = session.execute(select(User.line_user_id, User.language).where(User.line_user_id.in_(line_ids)))
    languages = {line_id: language for line_id, language in rows}
    grouped: dict[str, list[str]] = defaultdict(list)
    for line_id in line_ids:
        grouped[languages.get(line_id) or "th"].append(line_id)
    return dict(grouped)
