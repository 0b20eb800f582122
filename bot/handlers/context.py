"""What a handler gets: the session, the clock, the sender, and a way to answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Response
from bot.services import Services
from models.outbox import enqueue_to_user
from models.users import User


@dataclass
class Context:
    session: Session
    now: datetime
    services: Services
    event: dict[str, Any]
    user: User | None
    reply_token: str | None
    _token_used: bool = field(default=False, init=False)

    @property
    def language(self) -> str:
        return self.user.language if self.user else "th"

    def reply(self, responses: list[Response]) -> None:
        """Answer the sender: with the reply token while it is fresh, else by push."""
        if self.user is None or not responses:
            return
        token = None if self._token_used else self.reply_token
        fresh_for = self._reply_fresh_for()
        enqueue_to_user(
            self.session,
            self.user.line_user_id,
            render(responses),
            self.now,
            reply_token=token if fresh_for else None,
            reply_fresh_for=fresh_for,
        )
        self._token_used = self._token_used or token is not None

    def _reply_fresh_for(self) -> timedelta | None:
        """How long the token stays usable, counted from when LINE sent the event."""
        if not self.reply_token:
            return None
        sent_at_ms = int(self.event.get("timestamp", 0))
        age = self.now.timestamp() - sent_at_ms / 1000
        remaining = self.services.settings.reply_token_fresh_seconds - max(age, 0)
        return timedelta(seconds=remaining) if remaining > 0 else None
