"""Routes one stored webhook event to the handler for its kind."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from bot.handlers import follow, message, postback, unfollow
from bot.handlers.context import Context
from bot.services import Services
from models.messaging import InboundEvent
from models.users import get_or_create_user

log = logging.getLogger("bot.handlers")

HANDLERS: dict[str, Callable[[Context], None]] = {
    "message": message.handle,
    "follow": follow.handle,
    "unfollow": unfollow.handle,
    "postback": postback.handle,
}


def make_event_handler(services: Services) -> Callable[[Session, InboundEvent, datetime], None]:
    def handle(session: Session, row: InboundEvent, now: datetime) -> None:
        event = row.payload
        if event.get("mode") == "standby":
            return  # another channel owns the chat; standby events must not be answered
        source = event.get("source") or {}
        line_user_id = source.get("userId") if source.get("type", "user") == "user" else None
        user = get_or_create_user(session, line_user_id, now) if line_user_id else None
        context = Context(
            session=session,
            now=now,
            services=services,
            event=event,
            user=user,
            reply_token=event.get("replyToken"),
        )
        handler = HANDLERS.get(row.event_type)
        if handler is None:
            log.info('{"event": "%s", "ignored_type": "%s"}', row.webhook_event_id, row.event_type)
            return
        handler(context)

    return handle
