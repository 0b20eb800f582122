"""`centers deactivate` / `reactivate`: the change (dispatch/center_status.py), and the center's staff
told in LINE, with the open cases they still have to transfer."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Button, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.audience import center_staff
from dispatch.center_status import open_cases_of, set_active
from models.outbox import enqueue_multicast


def deactivate_center(
    session: Session, code: str, now: datetime
) -> tuple[str, list[tuple[str, str, datetime]], bool] | None:
    """(name, open cases as (reference, status, reported at), changed); None for an unknown code."""
    outcome = set_active(session, code, False, now)
    if outcome is None:
        return None
    center, changed = outcome
    cases = open_cases_of(session, center)
    staff = center_staff(session, center.id)
    if changed and staff:
        references = ", ".join(case.reference for case in cases[:20])
        body = text("center_deactivated", "th", center=center.name, count=len(cases))
        if cases:
            body += "\n" + text("center_deactivated_cases", "th", references=references)
        buttons = tuple(
            Button.postback(case.reference, Postback("transfer", case=case.reference).data) for case in cases[:13]
        )
        enqueue_multicast(session, staff, render([Text(body, buttons)]), now)
    return center.name, [(case.reference, str(case.status), case.created_at) for case in cases], changed


def reactivate_center(session: Session, code: str, now: datetime) -> tuple[str, bool] | None:
    outcome = set_active(session, code, True, now)
    if outcome is None:
        return None
    center, changed = outcome
    staff = center_staff(session, center.id)
    if changed and staff:
        enqueue_multicast(session, staff, render([Text(text("center_reactivated", "th", center=center.name))]), now)
    return center.name, changed
