"""Two volunteers holding offers of the same case tap รับงาน at the same moment, through real webhooks:
on PostgreSQL three worker processes handle the taps in parallel; on SQLite the embedded runtime does.
Exactly one holds each case; the other is told, and nothing is done twice."""

from __future__ import annotations

import signal
import threading

from sqlalchemy import func, select

from dispatch.volunteer_offers import OfferRules, offer_next
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus, ReporterUpdate
from models.messaging import InboundEvent
from models.users import User
from models.volunteers import OfferState, Volunteer, VolunteerOffer
from tests.bot.scenes import add_volunteer
from tests.bot.worker_processes import _prepare, _worker_process
from tests.conftest import database_kind
from tests.helpers import wait_until

VOLUNTEERS = ("Uvolrace000000000000000000000a01", "Uvolrace000000000000000000000b02")
WON = "ขอบคุณที่รับงานค่ะ ตอนนี้คุณรับผิดชอบเรื่อง {reference} แล้ว"
LOST = "มีอาสาสมัครท่านอื่นรับงานนี้ไปแล้ว"


def _offer_to_both(sessions, references: list[str]) -> dict[tuple[str, str], int]:
    """Each case offered to both volunteers (a staff member picked both from the short list)."""
    for index, line_id in enumerate(VOLUNTEERS):
        add_volunteer(sessions, line_id, f"อาสา {index}", 1.0 + index, max_active_cases=len(references))
    offers = {}
    with sessions.begin() as session:
        volunteers = {
            line_id: session.scalars(
                select(Volunteer.id).join(User, User.id == Volunteer.user_id).where(User.line_user_id == line_id)
            ).one()
            for line_id in VOLUNTEERS
        }
        for reference in references:
            case = session.scalars(select(Case).where(Case.reference == reference)).one()
            for line_id, volunteer_id in volunteers.items():
                offer_next(session, case.id, utcnow(), OfferRules(), to=volunteer_id)
                session.flush()
                offers[(reference, line_id)] = session.scalars(
                    select(VolunteerOffer.id).where(
                        VolunteerOffer.case_id == case.id, VolunteerOffer.volunteer_id == volunteer_id
                    )
                ).one()
    return offers


def test_two_volunteers_accepting_at_once_make_exactly_one_holder(make_bot, database_url) -> None:
    parallel = database_kind() == "postgresql"
    bot = make_bot(start_workers=not parallel)
    references = _prepare(bot.sessions)
    offers = _offer_to_both(bot.sessions, references)
    workers = [_worker_process(database_url, bot.emulator.base_url, slow=0.2) for _ in range(3)] if parallel else []
    try:
        for reference in references:
            barrier = threading.Barrier(len(VOLUNTEERS))

            def tap(line_id: str, reference: str = reference, barrier: threading.Barrier = barrier) -> None:
                barrier.wait(5)
                bot.line.send_postback(line_id, f"action=vol_accept&offer={offers[(reference, line_id)]}")

            threads = [threading.Thread(target=tap, args=(line_id,)) for line_id in VOLUNTEERS]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(10)

        def answered() -> bool:
            for line_id in VOLUNTEERS:
                received = [str(m["message"]) for m in bot.line.messages_to(line_id)]
                for reference in references:
                    won = any(WON.format(reference=reference) in m for m in received)
                    if not won and sum(LOST in m for m in received) < 1:
                        return False
            total = sum(
                any(WON.format(reference=r) in str(m["message"]) for m in bot.line.messages_to(v))
                for r in references
                for v in VOLUNTEERS
            )
            lost = sum(LOST in str(m["message"]) for v in VOLUNTEERS for m in bot.line.messages_to(v))
            return total + lost >= 2 * len(references)

        wait_until(answered, timeout=60)
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
            worker.wait(10)

    wins = 0
    with bot.sessions() as session:
        for reference in references:
            case = session.scalars(select(Case).where(Case.reference == reference)).one()
            states = sorted(session.scalars(select(VolunteerOffer.state).where(VolunteerOffer.case_id == case.id)))
            assert states == sorted([OfferState.ACCEPTED, OfferState.WITHDRAWN]), (reference, states)
            assert case.status == CaseStatus.VISITING
            visiting = session.scalar(
                select(func.count())
                .select_from(CaseEvent)
                .where(CaseEvent.case_id == case.id, CaseEvent.to_status == CaseStatus.VISITING)
            )
            news = session.scalar(
                select(func.count()).select_from(ReporterUpdate).where(ReporterUpdate.case_id == case.id)
            )
            assert (visiting, news) == (1, 1), "one acceptance, told to the reporter once"
        held = dict(session.execute(select(Volunteer.id, Volunteer.active_cases)).all())
        accepted = session.execute(
            select(VolunteerOffer.volunteer_id, func.count())
            .where(VolunteerOffer.state == OfferState.ACCEPTED)
            .group_by(VolunteerOffer.volunteer_id)
        ).all()
        assert {volunteer: count for volunteer, count in accepted} == {v: c for v, c in held.items() if c}
        wins = sum(count for _, count in accepted)
    assert wins == len(references)
    if parallel:
        assert _overlapping(bot.sessions, offers) >= 1, "no two taps were ever handled at the same time"


def _overlapping(sessions, offers: dict[tuple[str, str], int]) -> int:
    with sessions() as session:
        rows = session.scalars(select(InboundEvent).where(InboundEvent.event_type == "postback")).all()
    by_offer = {row.payload["postback"]["data"].rsplit("=", 1)[1]: row for row in rows}
    overlapping = 0
    for reference in {reference for reference, _ in offers}:
        taps = [by_offer[str(offers[(reference, line_id)])] for line_id in VOLUNTEERS]
        first, second = sorted(taps, key=lambda row: row.started_at)
        overlapping += second.started_at < first.finished_at
    return overlapping
