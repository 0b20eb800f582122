"""Menu link worker: links each user whose role or language changed to their menu (their role's, or the
citizen menu in their language), or unlinks them back to the default Thai citizen menu, retrying
through LINE outages.

Rows are queued by dispatch.menus.menu_changed in the transaction that changed the role or language.
Both are read again when the row is claimed, so the latest change wins; a change made while a call is
in flight bumps the row's version, and the row is then evaluated again instead of being marked done.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot.line.line_client import LineClient, SendResult
from bot.workers.delivery import retry_delay
from config import Settings
from dispatch.menus import DEFAULT_MENU, MenuKey, menu_for
from models.db import is_postgresql
from models.richmenus import MenuLinkState, RichMenuRecord, RichMenuStatus, UserMenuLink
from models.users import User

log = logging.getLogger("bot.workers.menu_links")

# An outage (no answer, 429, 5xx) is retried without end; 404 means the menu was replaced and
# deleted under us, so the next attempt reads the current menu again.
RETRYABLE = frozenset({0, 404, 429}) | frozenset(range(500, 600))


@dataclass(frozen=True)
class LinkJob:
    row_id: int
    version: int
    attempts: int
    line_user_id: str
    menu: MenuKey
    menu_id: str | None  # the menu's current id on LINE; None for the default menu or when it has none yet


def claim_due(session: Session, now: datetime, limit: int, lease: timedelta) -> list[UserMenuLink]:
    due = or_(
        and_(UserMenuLink.state == MenuLinkState.PENDING, UserMenuLink.next_attempt_at <= now),
        and_(UserMenuLink.state == MenuLinkState.LINKING, UserMenuLink.lease_until < now),
    )
    # Both states named so the partial index over the work still to do serves the query.
    query = (
        select(UserMenuLink)
        .where(UserMenuLink.state.in_([MenuLinkState.PENDING, MenuLinkState.LINKING]), due)
        .order_by(UserMenuLink.next_attempt_at)
        .limit(limit)
    )
    if is_postgresql(session):
        query = query.with_for_update(skip_locked=True)
    rows = list(session.scalars(query))
    for row in rows:
        row.state = MenuLinkState.LINKING
        row.lease_until = now + lease
        row.attempts += 1
    return rows


def current_menus(session: Session) -> dict[MenuKey, str]:
    rows = session.execute(
        select(RichMenuRecord.role, RichMenuRecord.language, RichMenuRecord.line_rich_menu_id).where(
            RichMenuRecord.status == RichMenuStatus.CURRENT
        )
    )
    return {MenuKey(role, language): menu_id for role, language, menu_id in rows}


class MenuLinkWorker:
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

    def run_once(self, batch: int = 20) -> int:
        """Claim and perform one batch of link/unlink calls; returns how many were attempted."""
        lease = timedelta(seconds=self._settings.delivery_lease_seconds)
        with self._sessions.begin() as session:
            rows = claim_due(session, self._clock(), batch, lease)
            if not rows:
                return 0
            menus = current_menus(session)
            users = dict(
                session.execute(
                    select(User.id, User.line_user_id).where(User.id.in_([row.user_id for row in rows]))
                ).all()
            )
            jobs = []
            for row in rows:
                menu = menu_for(session, row.user_id)
                menu_id = None if menu == DEFAULT_MENU else menus.get(menu)
                jobs.append(LinkJob(row.id, row.version, row.attempts, users[row.user_id], menu, menu_id))
        outcomes = [(job, self._perform(job)) for job in jobs]
        with self._sessions.begin() as session:
            for job, (result, outcome) in outcomes:
                self._record(session, job, result, outcome)
        return len(jobs)

    def _perform(self, job: LinkJob) -> tuple[SendResult | None, MenuLinkState]:
        if job.menu == DEFAULT_MENU:
            result = self._client.unlink_rich_menu(job.line_user_id)
        elif job.menu_id is None:
            return None, MenuLinkState.WAITING  # no such menu on LINE yet: `richmenu sync` links them
        else:
            result = self._client.link_rich_menu(job.line_user_id, job.menu_id)
        if result.ok:
            state = MenuLinkState.DONE
        elif result.status in RETRYABLE:
            state = MenuLinkState.PENDING
        else:
            state = MenuLinkState.FAILED
        log.info(
            json.dumps(
                {
                    "menu_link": job.row_id,
                    "menu": str(job.menu),
                    "status": result.status,
                    "attempt": job.attempts,
                    "request_id": result.request_id,
                }
            )
        )
        return result, state

    def _record(self, session: Session, job: LinkJob, result: SendResult | None, outcome: MenuLinkState) -> None:
        row = session.get(UserMenuLink, job.row_id, with_for_update=True)
        if row is None or row.state != MenuLinkState.LINKING or row.attempts != job.attempts:
            return  # the lease ran out and another worker claimed the row again: its result counts
        now = self._clock()
        if result is not None and result.ok:
            row.linked_rich_menu_id, row.linked_role = job.menu_id, str(job.menu)
        row.last_error = None if result is None or result.ok else (result.error or f"LINE answered {result.status}")
        row.lease_until = None
        row.updated_at = now
        if row.version != job.version:
            # The role or language changed while the call was in flight: evaluate again now.
            row.state, row.attempts, row.next_attempt_at = MenuLinkState.PENDING, 0, now
        elif outcome == MenuLinkState.PENDING:
            row.state, row.next_attempt_at = outcome, now + retry_delay(self._settings, job.attempts)
        else:
            row.state = outcome
