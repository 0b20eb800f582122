"""News of a case for its reporter, held briefly so that several changes close together reach them as
one message (or ride on the bot's reply when the reporter is the one talking).

Claiming is one conditional UPDATE per row set, so two schedulers never tell the same news twice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BindParameter, and_, bindparam, select, update
from sqlalchemy.orm import Session, selectinload

from dispatch.lifecycle import TOLD_TO_REPORTER
from models.base import UTCDateTime
from models.cases import Case, CaseStatus, ReporterUpdate

COMBINE_WINDOW = timedelta(minutes=2)
FOLLOW_UP_AFTER = timedelta(days=7)
# The follow-up question is asked at a decent hour in Thailand, whatever time the case was resolved.
FOLLOW_UP_HOUR = 10
BANGKOK = ZoneInfo("Asia/Bangkok")
# session.info key: reporters of a batch of events who have news waiting (from a prefetch).
_WITH_NEWS = "reporters_with_news"


@dataclass(frozen=True)
class News:
    """What the reporter is to hear of a change: its kind (a line of bot/jobs/reporter_news.py), its detail,
    and whether a follow-up question is asked a week later."""

    kind: str
    detail: dict[str, str | None] = field(default_factory=dict)
    follow_up: bool = False


def news_of_status_change(
    before: CaseStatus, after: CaseStatus, agency: str | None = None, outcome: str | None = None
) -> News | None:
    """Which news follows a status change: a referral names the agency; a close names its outcome,
    unless the case was resolved first (the reporter has heard enough); a resolution is asked about
    a week later; the other steps the reporter is told of (TOLD_TO_REPORTER) go as they are."""
    if after == CaseStatus.REFERRED:
        return News("referred", {"agency": agency})
    if after == CaseStatus.CLOSED:
        return None if before == CaseStatus.RESOLVED else News("closed", {"outcome": outcome})
    if after in TOLD_TO_REPORTER:
        return News(str(after), follow_up=after == CaseStatus.RESOLVED)
    return None


def queue_news(session: Session, case: Case, kind: str, now: datetime, **detail: Any) -> None:
    """News of `case` for its reporter. The case's center at this moment is kept with it: news told
    after a transfer still names the center that did the step."""
    detail = {"center_id": case.center_id, **detail}
    session.add(
        ReporterUpdate(
            case_id=case.id,
            reporter_user_id=case.reporter_user_id,
            kind=kind,
            detail=detail,
            created_at=now,
            send_after=now + COMBINE_WINDOW,
        )
    )


def queue_follow_up(session: Session, case: Case, now: datetime) -> None:
    """Seven days after a resolution, ask the reporter whether the person still needs help. The
    question names the resolution it follows, so a reopened case is not asked about the old one."""
    ask_on = (now + FOLLOW_UP_AFTER).astimezone(BANGKOK)
    ask_at = ask_on.replace(hour=FOLLOW_UP_HOUR, minute=0, second=0, microsecond=0)
    if ask_at < ask_on:
        ask_at += timedelta(days=1)
    session.add(
        ReporterUpdate(
            case_id=case.id,
            reporter_user_id=case.reporter_user_id,
            kind="follow_up",
            detail={"resolved_at": now.isoformat()},
            created_at=now,
            send_after=ask_at.astimezone(now.tzinfo),
        )
    )


def _ready(now: datetime):  # noqa: ANN202 - an SQL condition
    """Untold news that may be told now if the reporter is talking (a follow-up waits for its day)."""
    return _untold_due_by(now + COMBINE_WINDOW)


def _untold_due_by(latest: datetime | BindParameter[Any]):  # noqa: ANN202 - an SQL condition
    return and_(ReporterUpdate.told_at.is_(None), ReporterUpdate.send_after <= latest)


# Built once: it runs for every batch of events.
_WITH_NEWS_AMONG = (
    select(ReporterUpdate.reporter_user_id)
    .where(
        _untold_due_by(bindparam("latest", type_=UTCDateTime())),
        ReporterUpdate.reporter_user_id.in_(bindparam("user_ids", expanding=True)),
    )
    .distinct()
)


def prefetch_news(session: Session, user_ids: set[int], now: datetime) -> None:
    """Which of these users have news waiting, in one query; has_news then needs none."""
    waiting = session.scalars(_WITH_NEWS_AMONG, {"latest": now + COMBINE_WINDOW, "user_ids": list(user_ids)})
    session.info[_WITH_NEWS] = (set(user_ids), set(waiting))


def forget_prefetched_news(session: Session) -> None:
    session.info.pop(_WITH_NEWS, None)


def has_news(session: Session, user_id: int, now: datetime) -> bool:
    known = session.info.get(_WITH_NEWS)
    if known is not None and user_id in known[0]:
        return user_id in known[1]
    query = select(ReporterUpdate.id).where(_ready(now), ReporterUpdate.reporter_user_id == user_id)
    return session.scalar(query.limit(1)) is not None


def claim_news_for(session: Session, user_id: int, now: datetime) -> list[ReporterUpdate]:
    """Every untold update of one reporter, now (the bot is replying to them anyway)."""
    ids = session.scalars(
        select(ReporterUpdate.id).where(_ready(now), ReporterUpdate.reporter_user_id == user_id)
    ).all()
    return _claim(session, list(ids), now)


# Reporters told per sweep (every 30 s): about 2.7 ms each, so a backlog sweep stays well under a
# second (bench/sweeps.py) and 24,000 an hour still get through.
REPORTERS_PER_SWEEP = 200


def claim_due_news(
    session: Session, now: datetime, limit: int = REPORTERS_PER_SWEEP
) -> dict[int, list[ReporterUpdate]]:
    """Untold updates of every reporter whose oldest untold update is due, by reporter."""
    due_reporters = (
        select(ReporterUpdate.reporter_user_id)
        .where(ReporterUpdate.told_at.is_(None), ReporterUpdate.send_after <= now)
        .distinct()
        .limit(limit)
    )
    ids = session.scalars(
        select(ReporterUpdate.id).where(_ready(now), ReporterUpdate.reporter_user_id.in_(due_reporters))
    ).all()
    by_reporter: dict[int, list[ReporterUpdate]] = defaultdict(list)
    # The sweep pushes to each reporter: loaded with their rows (a reply already has its user).
    for row in _claim(session, list(ids), now, selectinload(ReporterUpdate.reporter)):
        by_reporter[row.reporter_user_id].append(row)
    return dict(by_reporter)


def _claim(session: Session, ids: list[int], now: datetime, *loads: Any) -> list[ReporterUpdate]:
    if not ids:
        return []
    claimed = session.scalars(
        update(ReporterUpdate)
        .where(ReporterUpdate.id.in_(ids), ReporterUpdate.told_at.is_(None))
        .values(told_at=now)
        .returning(ReporterUpdate.id)
        .execution_options(synchronize_session=False)
    ).all()
    if not claimed:
        return []
    # The news is told per case: the cases are loaded with the rows, in one query, not one by one.
    rows = session.scalars(
        select(ReporterUpdate)
        .where(ReporterUpdate.id.in_(claimed))
        .options(selectinload(ReporterUpdate.case), *loads)
        .order_by(ReporterUpdate.id)
    )
    return list(rows)
