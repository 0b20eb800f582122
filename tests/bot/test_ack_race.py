"""Two staff members press รับเรื่อง on the same case at the same moment, through real webhooks: on
PostgreSQL three worker processes handle the taps in parallel; on SQLite the embedded runtime does."""

from __future__ import annotations

import signal
import threading

from sqlalchemy import func, select

from models.cases import Case, CaseEvent, CaseStatus, ReporterUpdate
from models.messaging import InboundEvent
from models.operations import WorkerHeartbeat
from models.users import User
from tests.bot.worker_processes import STAFF, _prepare, _worker_process
from tests.conftest import database_kind
from tests.helpers import wait_until


def test_two_staff_tapping_at_once_through_webhooks_make_exactly_one_owner(make_bot, database_url) -> None:
    parallel = database_kind() == "postgresql"
    bot = make_bot(start_workers=not parallel)
    references = _prepare(bot.sessions)
    workers = [_worker_process(database_url, bot.emulator.base_url, slow=0.2) for _ in range(3)] if parallel else []
    try:
        if parallel:  # every worker polling before the taps come: a slow host starts one long before the others
            wait_until(lambda: _workers_running(bot.sessions) >= len(workers), timeout=60)
        for reference in references:
            barrier = threading.Barrier(len(STAFF))

            def tap(line_id: str, reference: str = reference, barrier: threading.Barrier = barrier) -> None:
                barrier.wait(5)
                bot.line.send_postback(line_id, f"action=ack&case={reference}")

            threads = [threading.Thread(target=tap, args=(line_id,)) for line_id in STAFF]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(10)

        def answered() -> bool:
            """Every staff member has an answer to each of their taps."""
            for line_id in STAFF:
                received = str(bot.line.messages_to(line_id))
                for reference in references:
                    if f"คุณรับเรื่อง {reference} แล้วค่ะ" not in received and f"เรื่อง {reference} มีเจ้าหน้าที่" not in received:
                        return False
            return True

        wait_until(answered, timeout=60)
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
            worker.wait(10)

    with bot.sessions() as session:
        ids = {line_id: session.scalars(select(User.id).where(User.line_user_id == line_id)).one() for line_id in STAFF}
        for reference in references:
            case = session.scalars(select(Case).where(Case.reference == reference)).one()
            assert case.status == CaseStatus.ACKNOWLEDGED and case.owner_user_id in ids.values()
            status_events = session.scalar(
                select(func.count())
                .select_from(CaseEvent)
                .where(CaseEvent.case_id == case.id, CaseEvent.kind == "status")
            )
            news = session.scalar(
                select(func.count()).select_from(ReporterUpdate).where(ReporterUpdate.case_id == case.id)
            )
            assert (status_events, news) == (1, 1), "one acknowledgement, told to the reporter once"
            owner = next(line_id for line_id, user_id in ids.items() if user_id == case.owner_user_id)
            loser = next(line_id for line_id in STAFF if line_id != owner)
            won = [m for m in bot.line.messages_to(owner) if f"คุณรับเรื่อง {reference} แล้วค่ะ" in str(m["message"])]
            lost = [m for m in bot.line.messages_to(loser) if f"เรื่อง {reference} มีเจ้าหน้าที่รับไปแล้ว" in str(m["message"])]
            assert len(won) == 1 and len(lost) == 1, reference
    if parallel:
        assert _overlapping_pairs(bot.sessions, references) >= 1, "no two taps were ever handled at the same time"


def _workers_running(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(WorkerHeartbeat)) or 0


def _overlapping_pairs(sessions, references: list[str]) -> int:
    """How many cases had their two taps in flight at once (in different transactions)."""
    with sessions() as session:
        rows = session.scalars(select(InboundEvent).where(InboundEvent.event_type == "postback")).all()
    overlapping = 0
    for reference in references:
        taps = [row for row in rows if row.payload["postback"]["data"].endswith(f"case={reference}")]
        first, second = sorted(taps, key=lambda row: row.started_at)
        overlapping += second.started_at < first.finished_at
    return overlapping
