"""PDPA retention: what the bot keeps about people, and for how long.

A closed case keeps its personal details for `retention_days` after closing; then names, phones,
descriptions, typed addresses, exact coordinates, photos, staff notes and what volunteers typed
in visit reports and hand-backs are removed, while the
category, needs, area codes, dates, urgency and outcome stay for statistics. People of the household
register who moved or died are anonymised after the same period (dispatch/register_closing.py). Unfinished
conversations and answered news are pruned sooner. Each run logs what it removed, as counts.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from dispatch.register_closing import anonymise_closed_people
from models.cases import Case, CaseEvent, Conversation, Media, ReporterUpdate
from models.referrals import Referral
from models.register import RegisteredPerson
from models.volunteers import VisitReport, VolunteerOffer

log = logging.getLogger("dispatch.retention")
BATCH = 1000
MAX_BATCHES_PER_RUN = 20
# A flow left for a week will not be resumed: its half-typed report (which may name someone) goes.
CONVERSATION_KEPT = timedelta(days=7)
TOLD_NEWS_KEPT = timedelta(days=30)
# Timeline entries whose detail can hold personal words typed by staff or volunteers: which keys.
FREE_TEXT_DETAIL = {
    "note": ("text",),
    "visit_report": ("summary",),
    "volunteer_handed_back": ("reason",),
    # An agency's note on a referral (web/referrals.py) may name the person.
    "referral_accepted": ("note",),
    "referral_declined": ("note",),
    "referral_done": ("note",),
}


@dataclass
class RetentionRun:
    cases_anonymised: int = 0
    photos_deleted: int = 0
    notes_cleared: int = 0
    conversations_pruned: int = 0
    unattached_photos_deleted: int = 0
    news_pruned: int = 0
    people_anonymised: int = 0

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


def anonymise_closed_cases(session: Session, now: datetime, retention_days: int, batch: int = BATCH) -> RetentionRun:
    """One batch of the oldest closed cases past retention (run again until it returns zero cases)."""
    run = RetentionRun()
    cutoff = now - timedelta(days=retention_days)
    ids = list(
        session.scalars(
            select(Case.id)
            .where(Case.closed_at.is_not(None), Case.anonymised_at.is_(None), Case.closed_at < cutoff)
            .order_by(Case.closed_at)
            .limit(batch)
        )
    )
    if not ids:
        return run
    return anonymise_cases(session, ids, now)


def anonymise_cases(session: Session, ids: list[int], now: datetime) -> RetentionRun:
    """Remove the personal details of these cases (closed past retention, or a PDPA erasure); what
    statistics need stays."""
    run = RetentionRun()
    run.cases_anonymised = (
        session.execute(
            update(Case)
            .where(Case.id.in_(ids), Case.anonymised_at.is_(None))
            .values(
                person_name=None,
                person_age=None,
                description=None,
                contact_phone=None,
                address_text=None,
                latitude=None,
                longitude=None,
                anonymised_at=now,
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        or 0
    )
    run.notes_cleared = _clear_free_text(session, ids)
    # Referrals keep who, to whom, when and the state; the words typed and the agency's link go.
    session.execute(
        update(Referral)
        .where(Referral.case_id.in_(ids), Referral.anonymised_at.is_(None))
        .values(reason="", request="", agency_note=None, link_nonce=None, mail_due_at=None, anonymised_at=now)
        .execution_options(synchronize_session=False)
    )
    # Visit reports point at their photo: let go of it first, or the photo could never be deleted.
    session.execute(
        update(VisitReport)
        .where(VisitReport.case_id.in_(ids))
        .values(help_given=None, needs_found=None, media_id=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(VolunteerOffer)
        .where(VolunteerOffer.case_id.in_(ids), VolunteerOffer.reason.is_not(None))
        .values(reason=None)
        .execution_options(synchronize_session=False)
    )
    run.photos_deleted = session.execute(delete(Media).where(Media.case_id.in_(ids))).rowcount or 0
    return run


def _clear_free_text(session: Session, case_ids: list[int]) -> int:
    """Timeline entries keep what happened, not the words typed about the person."""
    cleared = 0
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id.in_(case_ids), CaseEvent.kind.in_(FREE_TEXT_DETAIL))
    )
    for event in events:
        typed = FREE_TEXT_DETAIL[event.kind]
        if any(key in event.detail for key in typed):
            event.detail = {**{key: value for key, value in event.detail.items() if key not in typed}, "removed": True}
            cleared += 1
    return cleared


def prune_personal_leftovers(session: Session, now: datetime) -> RetentionRun:
    run = RetentionRun()
    run.conversations_pruned = (
        session.execute(delete(Conversation).where(Conversation.updated_at < now - CONVERSATION_KEPT)).rowcount or 0
    )
    # Photos sent in a report that was never confirmed belong to no case; a register person's photo
    # or photographed consent form belongs to its person instead, and stays.
    kept = select(RegisteredPerson.consent_media_id).where(RegisteredPerson.consent_media_id.is_not(None))
    kept = kept.union_all(select(RegisteredPerson.photo_media_id).where(RegisteredPerson.photo_media_id.is_not(None)))
    run.unattached_photos_deleted = (
        session.execute(
            delete(Media).where(
                Media.case_id.is_(None), Media.created_at < now - CONVERSATION_KEPT, Media.id.not_in(kept)
            )
        ).rowcount
        or 0
    )
    run.news_pruned = (
        session.execute(
            delete(ReporterUpdate).where(
                ReporterUpdate.told_at.is_not(None), ReporterUpdate.told_at < now - TOLD_NEWS_KEPT
            )
        ).rowcount
        or 0
    )
    return run


def apply_retention(session: Session, now: datetime, retention_days: int) -> RetentionRun:
    """The scheduled run: the leftovers, then cases past retention in batches — at most
    MAX_BATCHES_PER_RUN, so that a first run over years of closed cases stays a short transaction
    and the next runs carry on; logged."""
    run = prune_personal_leftovers(session, now)
    for _ in range(MAX_BATCHES_PER_RUN):
        batch = anonymise_closed_cases(session, now, retention_days)
        run.cases_anonymised += batch.cases_anonymised
        run.photos_deleted += batch.photos_deleted
        run.notes_cleared += batch.notes_cleared
        if batch.cases_anonymised < BATCH:
            break
    # People who moved or died: the register's personal details go after the same period.
    for _ in range(MAX_BATCHES_PER_RUN):
        anonymised = anonymise_closed_people(session, now, retention_days, BATCH)
        run.people_anonymised += anonymised
        if anonymised < BATCH:
            break
    log.info(json.dumps({"retention": asdict(run), "retention_days": retention_days}))
    return run
