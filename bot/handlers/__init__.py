"""Routes one stored webhook event to the handler for its kind."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from bot.handlers import follow, message, postback, unfollow
from bot.handlers.context import Context
from bot.services import Services
from dispatch.reporter_news import forget_prefetched_news, prefetch_news
from models.cases import forget_prefetched_conversations, prefetch_conversations
from models.messaging import InboundEvent
from models.users import forget_prefetched_users, get_or_create_user, prefetch_users

log = logging.getLogger("bot.handlers")

HANDLERS: dict[str, Callable[[Context], None]] = {
    "message": message.handle,
    "follow": follow.handle,
    "unfollow": unfollow.handle,
    "postback": postback.handle,
}


def _sender(event: dict) -> str | None:
    """The LINE user id of a one-to-one chat's user, else None (groups and rooms are not served)."""
    source = event.get("source") or {}
    user_id = source.get("userId") if source.get("type", "user") == "user" else None
    return user_id if isinstance(user_id, str) and user_id else None


def _is_standby(event: dict) -> bool:
    """Another channel owns the chat: the event is kept but never answered, its sender never stored."""
    return event.get("mode") == "standby"


class BatchPrefetch:
    """Loads the senders of a batch of events, and where they are in a flow, in a few statements."""

    def prepare(self, session: Session, events: list[InboundEvent], now: datetime) -> None:
        senders = {sender for event in events if not _is_standby(event.payload) and (sender := _sender(event.payload))}
        if senders:
            users = prefetch_users(session, senders, now)
            user_ids = {user.id for user in users.values()}
            prefetch_conversations(session, user_ids)
            prefetch_news(session, user_ids, now)

    def forget(self, session: Session) -> None:
        forget_prefetched_users(session)
        forget_prefetched_conversations(session)
        forget_prefetched_news(session)


def make_event_handler(services: Services) -> Callable[[Session, InboundEvent, datetime], None]:
    def handle(session: Session, row: InboundEvent, now: datetime) -> None:
        event = row.payload
        if _is_standby(event):
            return
        line_user_id = _sender(event)
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
            # json.dumps: the type is whatever the request said, newlines included.
            log.info(json.dumps({"event": row.webhook_event_id, "ignored_type": row.event_type}))
            return
        handler(context)

    return handle
