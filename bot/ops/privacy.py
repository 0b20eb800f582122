"""PDPA requests as operators carry them out (`flask --app app privacy export|erase`): the work of
dispatch.privacy, the staff of open cases told in LINE, and every request audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.speech.texts import text
from dispatch.privacy import Erasure, erase_person, export_person, record_request
from models.outbox import enqueue_multicast


def export_request(
    sessions: sessionmaker[Session], line_user_id: str, operator: str, now: datetime
) -> dict[str, Any] | None:
    with sessions.begin() as session:
        data = export_person(session, line_user_id, now)
        summary = {"found": data is not None, "cases": len(data["cases_reported"]) if data else 0}
        record_request(session, "export", line_user_id, operator, summary, now)
    return data


def erase_request(sessions: sessionmaker[Session], line_user_id: str, operator: str, now: datetime) -> Erasure | None:
    with sessions.begin() as session:
        erasure = erase_person(session, line_user_id, now)
        if erasure is not None:
            for reference, recipients in erasure.open_cases:
                if recipients:
                    message = {"type": "text", "text": text("privacy_erased_staff", "th", reference=reference)}
                    enqueue_multicast(session, recipients, [message], now)
        summary = {"found": erasure is not None, **(erasure.summary() if erasure else {})}
        record_request(session, "erase", line_user_id, operator, summary, now)
    return erasure
