"""Offers answered while the sweep or another answer works on the same case, on PostgreSQL with two
real connections: every path locks the case row first, so neither waits for the other in the opposite
order (no deadlock, nothing rolled back) and the case ends in one consistent state.

Each test holds the accepting transaction just after it has locked the case, starts the other
transaction, waits until that one is either finished or waiting for a lock, and only then lets the
acceptance go on: the interleaving that deadlocked when the sweep or a decline wrote offer rows before
locking the case. SQLite runs one writing transaction at a time, so these interleavings cannot happen
there."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select, text

import dispatch.volunteer_offers as volunteer_offers
from dispatch.volunteer_offers import Answer, OfferRules, accept, decline, expire_offers, offer_next
from models.base import utcnow
from models.cases import Case, CaseStatus
from models.centers import Center
from models.users import User, get_or_create_user
from models.volunteers import OfferState, Volunteer, VolunteerOffer
from tests.bot.scenes import KHON_KAEN, REPORTER, add_center, add_volunteer
from tests.conftest import database_kind
from tests.factories import new_case

pytestmark = pytest.mark.skipif(
    database_kind() != "postgresql", reason="SQLite runs one writing transaction at a time: no interleaving"
)
FIRST, SECOND = "Uvollock00000000000000000000000a1", "Uvollock00000000000000000000000b2"
ACCEPTING = "accepting"


def _case_offered_to(sessions, line_ids: tuple[str, ...], lasts: timedelta) -> tuple[int, dict[str, int]]:
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    for number, line_id in enumerate(line_ids):
        add_volunteer(sessions, line_id, f"อาสา {number}", 1.0 + number)
    rules = OfferRules(other_for=lasts)
    with sessions.begin() as session:
        reporter = get_or_create_user(session, REPORTER, utcnow())
        center = session.scalars(select(Center).where(Center.code == "KK01")).one()
        case = new_case(session, center, reporter.id, "SC-690101-LOCK")
        offers = {}
        for line_id in line_ids:
            volunteer = session.scalars(
                select(Volunteer.id).join(User, User.id == Volunteer.user_id).where(User.line_user_id == line_id)
            ).one()
            offer_next(session, case.id, utcnow(), rules, to=volunteer)
            session.flush()
            offers[line_id] = session.scalars(
                select(VolunteerOffer.id).where(VolunteerOffer.volunteer_id == volunteer)
            ).one()
        return case.id, offers


def _hold_acceptance_after_its_case_lock(monkeypatch) -> tuple[threading.Event, threading.Event]:  # noqa: ANN001
    locked, go_on = threading.Event(), threading.Event()
    original = volunteer_offers.lock_case

    def lock_then_wait(session, case_id, *args, **kwargs):  # noqa: ANN001, ANN202
        case = original(session, case_id, *args, **kwargs)
        if threading.current_thread().name == ACCEPTING and not locked.is_set():
            locked.set()
            assert go_on.wait(20)
        return case

    monkeypatch.setattr(volunteer_offers, "lock_case", lock_then_wait)
    return locked, go_on


def _waiting_for_a_lock(sessions) -> int:
    with sessions() as session:
        return session.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
        )


def _interleave(sessions, monkeypatch, acceptance: Callable, other: Callable) -> dict[str, object]:  # noqa: ANN001
    """Run `acceptance` until it holds the case lock, then `other` until it is done or waits for a
    lock, then both to the end, each in its own transaction; what each returned, or raised."""
    locked, go_on = _hold_acceptance_after_its_case_lock(monkeypatch)
    results: dict[str, object] = {}

    def run(name: str, work: Callable) -> None:
        try:
            with sessions.begin() as session:
                results[name] = work(session)
        except Exception as error:  # noqa: BLE001 - what the test reports
            results[name] = error

    first = threading.Thread(target=run, args=(ACCEPTING, acceptance), name=ACCEPTING)
    first.start()
    assert locked.wait(10), "the acceptance never locked its case"
    second = threading.Thread(target=run, args=("other", other), name="other")
    second.start()
    deadline = time.monotonic() + 10
    while second.is_alive() and not _waiting_for_a_lock(sessions) and time.monotonic() < deadline:
        time.sleep(0.02)
    go_on.set()
    first.join(30)
    second.join(30)
    assert not first.is_alive() and not second.is_alive()
    failures = {name: result for name, result in results.items() if isinstance(result, Exception)}
    assert not failures, failures
    return results


def _states(sessions, case_id: int) -> tuple[str, dict[int, str]]:
    with sessions() as session:
        case = session.get(Case, case_id)
        offers = dict(
            session.execute(
                select(VolunteerOffer.id, VolunteerOffer.state).where(VolunteerOffer.case_id == case_id)
            ).all()
        )
        return case.status, offers


def _user(session, line_id: str) -> User:  # noqa: ANN001
    return session.scalars(select(User).where(User.line_user_id == line_id)).one()


def test_a_tap_right_at_expiry_and_the_sweep_do_not_deadlock(sessions, monkeypatch) -> None:
    case_id, offers = _case_offered_to(sessions, (FIRST,), timedelta(minutes=30))
    with sessions() as session:
        expires_at = session.get(VolunteerOffer, offers[FIRST]).expires_at
    # The volunteer taps a second before the end; the sweep, a moment later by its clock, finds the
    # offer due.
    tapped_at, swept_at = expires_at - timedelta(seconds=1), expires_at + timedelta(seconds=1)

    results = _interleave(
        sessions,
        monkeypatch,
        lambda session: accept(session, _user(session, FIRST), str(offers[FIRST]), tapped_at).result,
        lambda session: expire_offers(session, swept_at, OfferRules()),
    )

    assert results[ACCEPTING] == Answer.ACCEPTED, "tapped in time: the volunteer holds the case"
    assert _states(sessions, case_id) == (CaseStatus.VISITING, {offers[FIRST]: OfferState.ACCEPTED})
    with sessions.begin() as session:  # the next sweep finds nothing to expire
        assert not expire_offers(session, swept_at, OfferRules()).offers
    assert _states(sessions, case_id) == (CaseStatus.VISITING, {offers[FIRST]: OfferState.ACCEPTED})


def test_a_decline_beside_an_accept_of_the_same_case_does_not_deadlock(sessions, monkeypatch) -> None:
    case_id, offers = _case_offered_to(sessions, (FIRST, SECOND), timedelta(hours=4))
    now = utcnow()

    results = _interleave(
        sessions,
        monkeypatch,
        lambda session: accept(session, _user(session, SECOND), str(offers[SECOND]), now).result,
        lambda session: decline(session, _user(session, FIRST), str(offers[FIRST]), now, OfferRules()).result,
    )

    assert results[ACCEPTING] == Answer.ACCEPTED
    assert results["other"] == Answer.WITHDRAWN, "the decline comes after: the offer was withdrawn meanwhile"
    assert _states(sessions, case_id) == (
        CaseStatus.VISITING,
        {offers[FIRST]: OfferState.WITHDRAWN, offers[SECOND]: OfferState.ACCEPTED},
    )
