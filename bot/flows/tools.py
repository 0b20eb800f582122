"""Effects flows may ask for, behind a small interface (so steps stay easy to test)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.line.line_client import ContentUnavailable
from bot.services import Services
from models.cases import Media
from models.users import User

log = logging.getLogger("bot.flows")
ACCEPTED_IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


@dataclass
class FlowTools:
    services: Services
    session: Session
    user: User
    now: datetime

    @property
    def retention_days(self) -> int:
        return self.services.settings.retention_days

    @property
    def deadlines(self) -> dict[str, tuple[timedelta, timedelta]]:
        return self.services.settings.deadlines

    @property
    def routing_max_km(self) -> float:
        return self.services.settings.routing_max_km

    def display_name(self) -> str | None:
        """The sender's LINE display name, fetched once and kept (staff only: colleagues see it)."""
        if self.user.display_name is None:
            name = self.services.line.display_name(self.user.line_user_id)
            self.user.display_name = name[:100] if name else None
        return self.user.display_name

    def store_image(self, message_id: str | None) -> int | None:
        """Download a photo from LINE now (LINE deletes content later) and keep it; None on failure."""
        if not message_id:
            return None
        existing = self.session.scalar(select(Media).where(Media.line_message_id == message_id))
        if existing is not None:
            return existing.id if existing.owner_user_id == self.user.id else None
        try:
            content, content_type = self.services.line.message_content(message_id)
        except ContentUnavailable as error:
            log.warning('{"media": "unavailable", "reason": "%s"}', error)
            return None
        content_type = content_type.split(";")[0].strip().lower()
        if content_type not in ACCEPTED_IMAGE_TYPES or len(content) > self.services.settings.max_photo_bytes:
            return None
        media = Media(
            owner_user_id=self.user.id,
            line_message_id=message_id,
            content_type=content_type,
            content=content,
            size_bytes=len(content),
            created_at=self.now,
        )
        self.session.add(media)
        self.session.flush()
        return media.id
