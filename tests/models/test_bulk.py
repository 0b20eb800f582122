"""Many rows updated in one statement: each row gets its own values, and only the rows that match."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from models.base import utcnow
from models.bulk import rows_update
from models.messaging import OutboundMessage, OutboundStatus
from models.outbox import enqueue_to_user

RECORD = rows_update(
    OutboundMessage.__table__,
    match={"row_id": "id", "claimed_attempts": "attempts"},
    columns=("status", "sent_at", "last_error", "last_status"),
    where=[OutboundMessage.__table__.c.status == OutboundStatus.PENDING],
    fixed={"lease_until": None},
)


def test_each_row_gets_its_own_values_and_a_row_that_does_not_match_is_left_alone(sessions) -> None:
    now = utcnow()
    with sessions.begin() as session:
        for user in ("U1", "U2", "U3"):
            enqueue_to_user(session, user, [{"type": "text", "text": "สวัสดีค่ะ"}], now)
    with sessions() as session:
        ids = session.scalars(select(OutboundMessage.id).order_by(OutboundMessage.id)).all()
    sent_at = now + timedelta(seconds=3)
    rows = [
        {
            "row_id": ids[0],
            "claimed_attempts": 0,
            "status": "sent",
            "sent_at": sent_at,
            "last_error": None,
            "last_status": 200,
        },
        {
            "row_id": ids[1],
            "claimed_attempts": 0,
            "status": "failed",
            "sent_at": None,
            "last_error": "ไม่ผ่าน",
            "last_status": 400,
        },
        # Claimed again since (attempts moved on): this outcome is stale and must not land.
        {
            "row_id": ids[2],
            "claimed_attempts": 7,
            "status": "sent",
            "sent_at": sent_at,
            "last_error": None,
            "last_status": 200,
        },
    ]
    with sessions.begin() as session:
        assert RECORD.run(session.connection(), rows) == 2
        assert RECORD.run(session.connection(), []) == 0
    with sessions() as session:
        stored = session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)).all()
        outcomes = [(row.status, row.sent_at, row.last_error, row.last_status) for row in stored]
    assert outcomes == [
        ("sent", sent_at, None, 200),
        ("failed", None, "ไม่ผ่าน", 400),
        ("pending", None, None, None),
    ]


def test_rows_are_inserted_in_one_go_and_a_row_already_there_is_skipped(sessions) -> None:
    from models.bulk import rows_insert
    from models.users import User

    insert_users = rows_insert(
        User.__table__,
        columns=("line_user_id", "language", "following", "created_at", "failed_code_attempts"),
        skip_conflicts_on=("line_user_id",),
    )
    now = utcnow()
    with sessions.begin() as session:
        session.add(User(line_user_id="Uknown", language="en", created_at=now))
    later = now + timedelta(minutes=5)
    rows = [
        {"line_user_id": user, "language": "th", "following": True, "created_at": later, "failed_code_attempts": 0}
        for user in ("Unew1", "Uknown", "Unew2")
    ]
    with sessions.begin() as session:
        assert insert_users.run(session.connection(), rows) == 2
    with sessions() as session:
        users = {user.line_user_id: (user.language, user.created_at) for user in session.scalars(select(User))}
    assert users == {"Uknown": ("en", now), "Unew1": ("th", later), "Unew2": ("th", later)}
