"""LINE's monthly message quota, as the delivery worker sees it.

Push and multicast cost one message per recipient; replies are free. The gauge asks LINE
(`GET /v2/bot/message/quota` and `.../consumption`) at most every `quota_check_seconds`, counts what
this process sent since, and records each reading in `message_quota` for สรุปวันนี้. When the quota
runs low, rows of normal priority are held (bot/workers/delivery.py): not sent, counted in the next digest.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.line.line_client import LineApiError, LineClient
from bot.speech.texts import text
from bot.speech.thai_dates import BANGKOK, thai_datetime
from config import Settings
from models.digests import QuotaReading, held_count, quota_reading, record_quota

log = logging.getLogger("bot.workers.message_budget")


def is_low(limit: int | None, remaining: int, settings: Settings) -> bool:
    """Low: under `quota_low_fraction` of the limit, or under `quota_low_remaining` messages."""
    if limit is None:
        return False
    return remaining < limit * settings.quota_low_fraction or remaining < settings.quota_low_remaining


class QuotaGauge:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        client: LineClient,
        settings: Settings,
        clock: Callable[[], datetime],
    ) -> None:
        self._sessions = sessions
        self._client = client
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._reading: QuotaReading | None = None
        self._next_check: datetime | None = None
        self._spent = 0  # sent by this process since the reading

    def low(self) -> bool:
        """Whether the quota is low now (False while LINE has never told: nothing is held blindly)."""
        self._refresh_if_due()
        with self._lock:
            reading, spent = self._reading, self._spent
        if reading is None or reading.limit is None:
            return False
        return is_low(reading.limit, max(reading.limit - reading.used - spent, 0), self._settings)

    def spent(self, messages: int) -> None:
        with self._lock:
            self._spent += messages

    def exhausted(self) -> None:
        """LINE answered "You have reached your monthly limit": low until the next reading says otherwise."""
        with self._lock:
            if self._reading is not None and self._reading.limit is not None:
                self._spent = max(self._reading.limit - self._reading.used, self._spent)

    def _refresh_if_due(self) -> None:
        now = self._clock()
        if self._next_check is not None and now < self._next_check:
            return
        # Another thread asking LINE: use the reading there is, or wait for the first one.
        if not self._refreshing.acquire(blocking=self._reading is None):
            return
        if self._next_check is not None and now < self._next_check:  # read while this thread waited
            self._refreshing.release()
            return
        try:
            self._next_check = now + timedelta(seconds=self._settings.quota_check_seconds)
            try:
                limit, used = self._client.message_quota()
            except LineApiError as error:
                log.warning(json.dumps({"quota": "unread", "status": error.result.status}))
                return
            with self._lock:
                self._reading, self._spent = QuotaReading(limit, used, now), 0
            try:
                with self._sessions.begin() as session:
                    record_quota(session, limit, used, now)
            except Exception:  # noqa: BLE001 - the record is for display; delivery goes on without it
                log.warning(json.dumps({"quota": "not recorded"}))
        finally:
            self._refreshing.release()


def start_of_month(now: datetime) -> datetime:
    local = now.astimezone(BANGKOK)
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0).astimezone(now.tzinfo)


def budget_lines(session: Session, now: datetime, language: str, settings: Settings) -> list[str]:
    """For สรุปวันนี้: the last quota reading (used / limit, what is left, when read), whether only
    high-priority messages go, and how many were held this month."""
    lines = []
    reading = quota_reading(session)
    if reading is not None:
        at = thai_datetime(reading.checked_at, language)
        if reading.limit is None:
            lines.append(text("today_budget_unlimited", language, used=f"{reading.used:,}", at=at))
        else:
            remaining = reading.remaining or 0
            figures = {"used": f"{reading.used:,}", "limit": f"{reading.limit:,}", "remaining": f"{remaining:,}"}
            lines.append(text("today_budget", language, at=at, **figures))
            if is_low(reading.limit, remaining, settings):
                lines.append(text("today_budget_low", language))
    held = held_count(session, start_of_month(now))
    if held:
        lines.append(text("today_held", language, count=f"{held:,}"))
    return lines
