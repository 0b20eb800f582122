"""Offering a case's visit to volunteers, one at a time, nearest first, until one holds it.

Every path that makes, answers, expires or ends an offer locks the case row first (PostgreSQL `FOR
UPDATE`; SQLite lets one transaction write at a time) and only then writes offer and volunteer rows,
so two processes never offer one case twice at once, of two volunteers accepting at once exactly one
holds the case (the second sees the first's acceptance once the lock is theirs), and no two of these
paths wait for each other in opposite orders (no deadlock). The sweep takes case locks with `SKIP
LOCKED`: a case being answered right now is left to the next sweep rather than waited for. A partial
unique index (one accepted offer per case) backs this up.
"""

from __future__ import annotations

import enum
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session, selectinload

from dispatch.reporter_news import queue_news
from dispatch.volunteer_matching import Candidate, candidates
from dispatch.volunteers import parse_id
from models.cases import Case, CaseEvent, CaseStatus, record_status_change
from models.centers import Center
from models.users import User
from models.volunteers import CenterVolunteerSettings, OfferState, Volunteer, VolunteerOffer, VolunteerStatus

log = logging.getLogger("dispatch.volunteer_offers")

# A visit may be offered while the case is open and before help is delivered.
OFFERABLE = (CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED, CaseStatus.VISITING, CaseStatus.IN_PROGRESS)
# Accepting moves the case to `visiting` from these.
TO_VISITING = (CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS)
SHORT_LIST = 5
# In the timeline when nobody is left to offer a case to: the staff were told. A center's automatic
# offers leave such a case to its staff (มอบหมายอาสา tries again whenever they like).
NOBODY_EVENT = "volunteer_none"


@dataclass(frozen=True)
class OfferRules:
    urgent_for: timedelta = timedelta(minutes=30)
    other_for: timedelta = timedelta(hours=4)
    radius_km: float = 25.0

    @staticmethod
    def from_settings(settings: object) -> OfferRules:
        return OfferRules(
            urgent_for=timedelta(minutes=settings.volunteer_offer_minutes_urgent),  # type: ignore[attr-defined]
            other_for=timedelta(minutes=settings.volunteer_offer_minutes),  # type: ignore[attr-defined]
            radius_km=settings.volunteer_radius_km,  # type: ignore[attr-defined]
        )

    def lasts(self, urgency: str) -> timedelta:
        return self.urgent_for if urgency == "urgent" else self.other_for


@dataclass
class Notices:
    """What the bot must tell after a change: new offers (to volunteers), the staff of cases for which
    nobody is left, volunteers whose offer was withdrawn."""

    offers: list[VolunteerOffer] = field(default_factory=list)
    nobody_left: list[Case] = field(default_factory=list)
    withdrawn: list[VolunteerOffer] = field(default_factory=list)
    # Offers and held visits ended because the case went to another center.
    moved: list[VolunteerOffer] = field(default_factory=list)

    def add(self, other: Notices) -> None:
        self.offers += other.offers
        self.nobody_left += other.nobody_left
        self.withdrawn += other.withdrawn
        self.moved += other.moved


def case_point(session: Session, case: Case) -> tuple[float, float] | None:
    """Where the visit is: the shared location, else the case's center (a typed address)."""
    if case.latitude is not None and case.longitude is not None:
        return case.latitude, case.longitude
    center = case.center
    return (center.latitude, center.longitude) if center else None


def lock_case(session: Session, case_id: int, skip_locked: bool = False) -> Case | None:
    """The case, locked for this transaction; with `skip_locked`, None while another one holds it."""
    return session.scalars(
        select(Case)
        .where(Case.id == case_id)
        .with_for_update(skip_locked=skip_locked)
        .execution_options(populate_existing=True)
    ).first()


def holder(session: Session, case_id: int) -> VolunteerOffer | None:
    return session.scalars(
        select(VolunteerOffer).where(VolunteerOffer.case_id == case_id, VolunteerOffer.state == OfferState.ACCEPTED)
    ).first()


def _has_open_offer(session: Session, case_id: int) -> bool:
    query = select(VolunteerOffer.id).where(
        VolunteerOffer.case_id == case_id, VolunteerOffer.state == OfferState.OFFERED
    )
    return session.scalar(query.limit(1)) is not None


def _asked_before(session: Session, case_id: int) -> set[int]:
    return set(session.scalars(select(VolunteerOffer.volunteer_id).where(VolunteerOffer.case_id == case_id)))


def short_list(session: Session, case: Case, rules: OfferRules, k: int = SHORT_LIST) -> list[Candidate]:
    """The nearest volunteers who may be offered the case now and have not been asked about it."""
    point = case_point(session, case)
    if point is None:
        return []
    return candidates(session, point[0], point[1], case.center_id, k, rules.radius_km, _asked_before(session, case.id))


def _make_offer(
    session: Session, case: Case, candidate: Candidate, now: datetime, rules: OfferRules, by: User | None
) -> VolunteerOffer:
    offer = VolunteerOffer(
        case_id=case.id,
        volunteer_id=candidate.volunteer_id,
        state=OfferState.OFFERED,
        distance_km=round(candidate.distance_km, 2),
        offered_by_user_id=by.id if by else None,
        offered_at=now,
        expires_at=now + rules.lasts(case.urgency),
    )
    session.add(offer)
    session.flush()
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="volunteer_offered",
            actor_user_id=by.id if by else None,
            detail={"volunteer": candidate.volunteer_id, "distance_km": offer.distance_km},
            at=now,
        )
    )
    log.info(json.dumps({"offer": offer.id, "case": case.id, "volunteer": candidate.volunteer_id}))
    return offer


class Assign(enum.StrEnum):
    OFFERED = "offered"
    HELD = "held"  # a volunteer already holds the case
    WAITING = "waiting"  # an offer is already out (the automatic chain waits for its answer)
    NOBODY = "nobody"
    NOT_OPEN = "not_open"
    NOT_AVAILABLE = "not_available"  # the chosen volunteer cannot be offered work now


def offer_next(
    session: Session, case_id: int, now: datetime, rules: OfferRules, by: User | None = None, to: int | None = None
) -> tuple[Assign, Notices]:
    """Offer the case to the nearest volunteer not yet asked (or to the chosen one, `to`). The automatic
    chain (no `to`) waits while an offer is out; a staff member's choice is offered beside it."""
    notices = Notices()
    case = lock_case(session, case_id)
    if case is None or case.status not in OFFERABLE:
        return Assign.NOT_OPEN, notices
    if holder(session, case.id) is not None:
        return Assign.HELD, notices
    if to is None and _has_open_offer(session, case.id):
        return Assign.WAITING, notices
    found = short_list(session, case, rules, k=SHORT_LIST if to is not None else 1)
    if to is not None:
        found = [candidate for candidate in found if candidate.volunteer_id == to]
        if not found:
            return Assign.NOT_AVAILABLE, notices
    if not found:
        if not _has_open_offer(session, case.id):
            notices.nobody_left.append(case)
            session.add(CaseEvent(case_id=case.id, kind=NOBODY_EVENT, detail={}, at=now))
        return Assign.NOBODY, notices
    notices.offers.append(_make_offer(session, case, found[0], now, rules, by))
    return Assign.OFFERED, notices


class Answer(enum.StrEnum):
    ACCEPTED = "accepted"
    ALREADY_YOURS = "already_yours"
    TAKEN = "taken"  # another volunteer holds the case
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    DECLINED = "declined"
    HANDED_BACK = "handed_back"
    AT_LIMIT = "at_limit"
    REFUSED = "refused"  # not this volunteer's offer, or the volunteer is not approved


@dataclass
class AnswerOutcome:
    result: Answer
    offer: VolunteerOffer | None = None
    case: Case | None = None
    notices: Notices = field(default_factory=Notices)


def own_offer(session: Session, user: User, offer_id: str, action: str) -> tuple[Volunteer, VolunteerOffer] | None:
    """The offer, if it is to this user and they are an approved volunteer; else None (logged)."""
    volunteer = session.scalars(select(Volunteer).where(Volunteer.user_id == user.id)).first()
    wanted = parse_id(offer_id)
    offer = session.get(VolunteerOffer, wanted) if wanted is not None else None
    if (
        volunteer is None
        or volunteer.status != VolunteerStatus.APPROVED
        or offer is None
        or offer.volunteer_id != volunteer.id
    ):
        log.warning(json.dumps({"refused": action, "user": user.id, "offer": offer_id[:12]}))
        return None
    return volunteer, offer


def _state_answer(offer: VolunteerOffer, now: datetime) -> Answer:
    if offer.state == OfferState.ACCEPTED:
        return Answer.ALREADY_YOURS
    if offer.state == OfferState.DECLINED:
        return Answer.DECLINED
    if offer.state == OfferState.EXPIRED or (offer.state == OfferState.OFFERED and offer.expires_at <= now):
        return Answer.EXPIRED
    return Answer.WITHDRAWN


def accept(session: Session, user: User, offer_id: str, now: datetime) -> AnswerOutcome:
    owned = own_offer(session, user, offer_id, "accept")
    if owned is None:
        return AnswerOutcome(Answer.REFUSED)
    volunteer, offer = owned
    case = lock_case(session, offer.case_id)
    session.refresh(offer)
    current = holder(session, offer.case_id)
    if current is not None and current.id != offer.id:
        if offer.state == OfferState.OFFERED:
            offer.state, offer.finished_at = OfferState.WITHDRAWN, now
        return AnswerOutcome(Answer.TAKEN, offer, case)
    if offer.state != OfferState.OFFERED or offer.expires_at <= now or case.status not in OFFERABLE:
        return AnswerOutcome(_state_answer(offer, now) if case.status in OFFERABLE else Answer.WITHDRAWN, offer, case)
    room = session.execute(
        update(Volunteer)
        .where(Volunteer.id == volunteer.id, Volunteer.active_cases < Volunteer.max_active_cases)
        .values(active_cases=Volunteer.active_cases + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not room:
        return AnswerOutcome(Answer.AT_LIMIT, offer, case)
    # Still open and in time, or nothing changes: the case lock makes this certain, the condition
    # says so in the statement itself.
    taken = session.execute(
        update(VolunteerOffer)
        .where(
            VolunteerOffer.id == offer.id, VolunteerOffer.state == OfferState.OFFERED, VolunteerOffer.expires_at > now
        )
        .values(state=OfferState.ACCEPTED, answered_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(offer)
    if not taken:
        _free_place(session, volunteer.id, now)
        return AnswerOutcome(_state_answer(offer, now), offer, case)
    notices = Notices()
    for other in session.scalars(
        select(VolunteerOffer).where(
            VolunteerOffer.case_id == case.id, VolunteerOffer.state == OfferState.OFFERED, VolunteerOffer.id != offer.id
        )
    ):
        other.state, other.finished_at = OfferState.WITHDRAWN, now
        notices.withdrawn.append(other)
    before = case.status
    if before in TO_VISITING:
        case.status, case.updated_at = CaseStatus.VISITING, now
        session.flush()
        record_status_change(session, case, user.id, before, now, volunteer=volunteer.id)
        queue_news(session, case, "visiting", now)
    else:
        session.add(
            CaseEvent(
                case_id=case.id,
                kind="volunteer_accepted",
                actor_user_id=user.id,
                detail={"volunteer": volunteer.id},
                at=now,
            )
        )
    log.info(json.dumps({"offer": offer.id, "accepted_by": volunteer.id}))
    return AnswerOutcome(Answer.ACCEPTED, offer, case, notices)


def decline(session: Session, user: User, offer_id: str, now: datetime, rules: OfferRules) -> AnswerOutcome:
    owned = own_offer(session, user, offer_id, "decline")
    if owned is None:
        return AnswerOutcome(Answer.REFUSED)
    _volunteer, offer = owned
    case = lock_case(session, offer.case_id)
    declined = session.execute(
        update(VolunteerOffer)
        .where(
            VolunteerOffer.id == offer.id, VolunteerOffer.state == OfferState.OFFERED, VolunteerOffer.expires_at > now
        )
        .values(state=OfferState.DECLINED, answered_at=now, finished_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(offer)
    if not declined:
        return AnswerOutcome(_state_answer(offer, now), offer, case)
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="volunteer_declined",
            actor_user_id=user.id,
            detail={"volunteer": offer.volunteer_id},
            at=now,
        )
    )
    _result, notices = offer_next(session, case.id, now, rules)
    return AnswerOutcome(Answer.DECLINED, offer, case, notices)


def held_offer(
    session: Session, user: User, offer_id: str, action: str
) -> tuple[Volunteer, VolunteerOffer, Case] | None:
    """The offer, if this approved volunteer holds its case now; else None (logged). The one gate to a
    case's personal details for volunteers."""
    owned = own_offer(session, user, offer_id, action)
    if owned is None or owned[1].state != OfferState.ACCEPTED:
        if owned is not None:
            log.warning(json.dumps({"refused": action, "user": user.id, "offer": owned[1].id}))
        return None
    case = owned[1].case
    return owned[0], owned[1], case


def _finish(
    session: Session, offer: VolunteerOffer, state: OfferState, now: datetime, reason: str | None = None
) -> bool:
    """End a held offer (once) and free the volunteer's place for another case."""
    done = session.execute(
        update(VolunteerOffer)
        .where(VolunteerOffer.id == offer.id, VolunteerOffer.state == OfferState.ACCEPTED)
        .values(state=state, finished_at=now, reason=reason)
        .execution_options(synchronize_session=False)
    ).rowcount
    if done:
        _free_place(session, offer.volunteer_id, now)
    session.refresh(offer)
    return bool(done)


def _free_place(session: Session, volunteer_id: int, now: datetime) -> None:
    session.execute(
        update(Volunteer)
        .where(Volunteer.id == volunteer_id, Volunteer.active_cases > 0)
        .values(active_cases=Volunteer.active_cases - 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )


def hand_back(
    session: Session, user: User, offer_id: str, reason: str, now: datetime, rules: OfferRules
) -> AnswerOutcome:
    held = held_offer(session, user, offer_id, "hand_back")
    if held is None:
        return AnswerOutcome(Answer.REFUSED)
    volunteer, offer, case = held
    lock_case(session, case.id)
    if not _finish(session, offer, OfferState.HANDED_BACK, now, reason):
        return AnswerOutcome(Answer.REFUSED)
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="volunteer_handed_back",
            actor_user_id=user.id,
            detail={"volunteer": volunteer.id, "reason": reason},
            at=now,
        )
    )
    _result, notices = offer_next(session, case.id, now, rules)
    return AnswerOutcome(Answer.HANDED_BACK, offer, case, notices)


def finish_reported(session: Session, offer: VolunteerOffer, now: datetime) -> bool:
    return _finish(session, offer, OfferState.REPORTED, now)


# Cases moved on per sweep (every minute): about 12 ms each (matching and messages), so a backlog
# sweep stays near a second (bench/sweeps.py) and 4,800 an hour still get through.
CASES_PER_SWEEP = 80


def expire_offers(session: Session, now: datetime, rules: OfferRules, limit: int = CASES_PER_SWEEP) -> Notices:
    """The sweep: offers past their time expire and their cases move on to the next nearest
    volunteer; held cases that closed free their volunteers; cases of centers with automatic offers
    get their first offer. Case by case, the case is locked first (skipping one another process holds
    now: the next sweep takes it), and only then its offers change."""
    notices = Notices()
    due = session.scalars(
        select(VolunteerOffer.case_id)
        .where(VolunteerOffer.state == OfferState.OFFERED, VolunteerOffer.expires_at <= now)
        .group_by(VolunteerOffer.case_id)
        .order_by(VolunteerOffer.case_id)
        .limit(limit)
    ).all()
    for case_id in due:
        if lock_case(session, case_id, skip_locked=True) is None:
            continue
        expired = session.execute(
            update(VolunteerOffer)
            .where(
                VolunteerOffer.case_id == case_id,
                VolunteerOffer.state == OfferState.OFFERED,
                VolunteerOffer.expires_at <= now,
            )
            .values(state=OfferState.EXPIRED, finished_at=now)
            .returning(VolunteerOffer.volunteer_id)
            .execution_options(synchronize_session=False)
        ).all()
        for row in expired:
            session.add(
                CaseEvent(case_id=case_id, kind="volunteer_expired", detail={"volunteer": row.volunteer_id}, at=now)
            )
        if expired:
            notices.add(offer_next(session, case_id, now, rules)[1])
    _release_closed(session, now, limit)
    for case_id in _auto_offer_cases(session, limit):
        notices.add(_auto_offer(session, case_id, now, rules))
    return notices


def _release_closed(session: Session, now: datetime, limit: int) -> None:
    """Open offers of cases no longer open for a visit are withdrawn; held cases that closed free their
    volunteers (a referred or resolved case stays theirs to report on). By volunteer, so that two
    sweeps at once take volunteers' rows in the same order."""
    ended = (CaseStatus.CLOSED, CaseStatus.CANCELLED)
    # Two selections, each from its partial index (open offers; holders), rather than one that
    # walks every offer ever made in volunteer order.
    open_offers = (
        select(VolunteerOffer.volunteer_id, VolunteerOffer.id, VolunteerOffer.case_id)
        .join(Case, Case.id == VolunteerOffer.case_id)
        .where(VolunteerOffer.state == OfferState.OFFERED, Case.status.not_in(list(OFFERABLE)))
        .limit(limit)
    )
    holders = (
        select(VolunteerOffer.volunteer_id, VolunteerOffer.id, VolunteerOffer.case_id)
        .join(Case, Case.id == VolunteerOffer.case_id)
        .where(VolunteerOffer.state == OfferState.ACCEPTED, Case.status.in_(ended))
        .limit(limit)
    )
    rows = sorted([*session.execute(open_offers).all(), *session.execute(holders).all()])[:limit]
    found = [(offer_id, case_id) for _volunteer, offer_id, case_id in rows]
    for offer_id, case_id in found:
        case = lock_case(session, case_id, skip_locked=True)
        offer = session.get(VolunteerOffer, offer_id, populate_existing=True)
        if case is None or offer is None:
            continue
        if offer.state == OfferState.ACCEPTED and case.status in ended:
            _finish(session, offer, OfferState.RELEASED, now)
        elif offer.state == OfferState.OFFERED and case.status not in OFFERABLE:
            offer.state, offer.finished_at = OfferState.WITHDRAWN, now
            session.flush()


def _auto_offer_cases(session: Session, limit: int) -> list[int]:
    """Open cases of centers with automatic offers that no volunteer has been asked about yet and for
    which no earlier try found nobody. Each case the sweep takes gets an offer or that mark, so
    every case is tried once and newer ones are never starved by older ones."""
    # The centers first (few turn automatic offers on), then their waiting cases through the
    # (center, status) index: a few thousand at most.
    centers = list(
        session.scalars(select(CenterVolunteerSettings.center_id).where(CenterVolunteerSettings.auto_offer.is_(True)))
    )
    if not centers:
        return []
    query = select(Case.id).where(
        Case.center_id.in_(centers),
        Case.status.in_([CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED]),
        ~exists().where(VolunteerOffer.case_id == Case.id),
        ~exists().where(CaseEvent.case_id == Case.id, CaseEvent.kind == NOBODY_EVENT),
    )
    # Sorted here: with ORDER BY id and a LIMIT, PostgreSQL walks the primary key of every case.
    return sorted(session.scalars(query))[:limit]


def _auto_offer(session: Session, case_id: int, now: datetime, rules: OfferRules) -> Notices:
    """The first automatic offer of a case, if it still needs one once locked (another sweep may have
    made it a moment ago)."""
    case = lock_case(session, case_id, skip_locked=True)
    if case is None or case.status not in (CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED):
        return Notices()
    asked = session.scalar(select(VolunteerOffer.id).where(VolunteerOffer.case_id == case_id).limit(1))
    gave_up = session.scalar(
        select(CaseEvent.id).where(CaseEvent.case_id == case_id, CaseEvent.kind == NOBODY_EVENT).limit(1)
    )
    if asked is not None or gave_up is not None:
        return Notices()
    return offer_next(session, case_id, now, rules)[1]


def withdraw_for_suspension(session: Session, volunteer: Volunteer, now: datetime, rules: OfferRules) -> Notices:
    """A suspended volunteer's open offers are withdrawn and held cases released; each case moves on."""
    notices = Notices()
    offers = session.scalars(
        select(VolunteerOffer).where(
            VolunteerOffer.volunteer_id == volunteer.id,
            VolunteerOffer.state.in_([OfferState.OFFERED, OfferState.ACCEPTED]),
        )
    ).all()
    for offer in offers:
        lock_case(session, offer.case_id)
        if offer.state == OfferState.ACCEPTED:
            _finish(session, offer, OfferState.RELEASED, now, "suspended")
        else:
            offer.state, offer.finished_at = OfferState.WITHDRAWN, now
        session.flush()
        notices.add(offer_next(session, offer.case_id, now, rules)[1])
    return notices


def withdraw_for_transfer(session: Session, case_id: int, now: datetime) -> Notices:
    """A case handed to another center: its open offers are withdrawn and a volunteer holding it is
    released (their place freed), each in the timeline. The new center decides about volunteers
    afresh; the old volunteers' details buttons and photo links stop working at once (held_offer and
    the media links need an accepted offer). The caller has locked the case (its transfer)."""
    notices = Notices()
    offers = session.scalars(
        select(VolunteerOffer)
        .where(
            VolunteerOffer.case_id == case_id,
            VolunteerOffer.state.in_([OfferState.OFFERED, OfferState.ACCEPTED]),
        )
        .order_by(VolunteerOffer.id)
    ).all()
    for offer in offers:
        if offer.state == OfferState.ACCEPTED:
            if not _finish(session, offer, OfferState.RELEASED, now, "transferred"):
                continue
        else:
            offer.state, offer.finished_at = OfferState.WITHDRAWN, now
        session.add(
            CaseEvent(
                case_id=case_id,
                kind="volunteer_withdrawn",
                detail={"volunteer": offer.volunteer_id, "offer": offer.id, "reason": "transferred"},
                at=now,
            )
        )
        notices.moved.append(offer)
    session.flush()
    return notices


def set_auto_offer(session: Session, center: Center, on: bool, user: User, now: datetime) -> None:
    settings = session.get(CenterVolunteerSettings, center.id)
    if settings is None:
        settings = CenterVolunteerSettings(
            center_id=center.id, auto_offer=on, updated_by_user_id=user.id, updated_at=now
        )
        session.add(settings)
    settings.auto_offer, settings.updated_by_user_id, settings.updated_at = on, user.id, now


def offers_of(
    session: Session, volunteer: Volunteer, state: OfferState, now: datetime, limit: int = 10
) -> list[VolunteerOffer]:
    query = select(VolunteerOffer).where(VolunteerOffer.volunteer_id == volunteer.id, VolunteerOffer.state == state)
    if state == OfferState.OFFERED:
        query = query.where(VolunteerOffer.expires_at > now)
    return list(
        session.scalars(
            query.options(selectinload(VolunteerOffer.case))
            .order_by(VolunteerOffer.offered_at.desc(), VolunteerOffer.id.desc())
            .limit(limit)
        )
    )
