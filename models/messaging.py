"""The inbox of webhook events and the outbox of messages to LINE."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Index, String, Text, literal_column, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class InboundStatus(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


_PENDING = text("status = 'pending'")


class InboundEvent(Base):
    """A webhook event exactly as LINE sent it, stored before the webhook answers 200."""

    __tablename__ = "inbound_events"
    _repr_fields = ("event_type", "status", "attempts")
    # Only the events still to handle: the queries never walk past the ones already handled.
    __table_args__ = (
        Index("ix_inbound_events_pending", "id", postgresql_where=_PENDING, sqlite_where=_PENDING),
        Index(
            "ix_inbound_events_lane",
            "source_key",
            "line_timestamp",
            "id",
            postgresql_where=_PENDING,
            sqlite_where=_PENDING,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    webhook_event_id: Mapped[str] = mapped_column(String(64), unique=True)
    # Events of one source are handled one at a time, in timestamp order.
    source_key: Mapped[str] = mapped_column(String(80))
    event_type: Mapped[str] = mapped_column(String(32))
    line_timestamp: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[dict[str, Any]]
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(12), default=InboundStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]


class OutboundStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DROPPED = "dropped"
    # Not sent to save the monthly message quota (bot/workers/message_budget.py); counted in the next digest,
    # never sent later.
    HELD = "held"


class ReplyState(enum.StrEnum):
    """Where a row's reply stands, for a reply has no retry key: TRYING is committed just before the
    reply is sent (a later claim that still finds it knows that attempt ended unrecorded), UNCERTAIN
    once a reply may have been delivered without LINE's answer reaching us. None: no reply can have
    been delivered, so pushing instead sends no second copy."""

    TRYING = "trying"
    UNCERTAIN = "uncertain"


class Priority(enum.StrEnum):
    """What still goes when the monthly quota runs low (urgent cases, offers, escalations, digests):
    HIGH; NORMAL rows are held instead. Replies are free and never held."""

    HIGH = "high"
    NORMAL = "normal"


_ACTIVE = text("status IN ('pending', 'sending')")
_HELD = text("status = 'held'")


class OutboundMessage(Base):
    """One request to LINE (1-5 messages), written in the transaction that caused it."""

    __tablename__ = "outbound_messages"
    _repr_fields = ("status", "priority", "attempts")
    __table_args__ = (
        # Only the rows still to send: a claim never walks past the ones already sent.
        Index("ix_outbound_messages_lane", "lane", "id", postgresql_where=_ACTIVE, sqlite_where=_ACTIVE),
        Index("ix_outbound_messages_active", "id", postgresql_where=_ACTIVE, sqlite_where=_ACTIVE),
        # Held rows, by when: what the digests and สรุปวันนี้ count.
        Index("ix_outbound_messages_held", "held_at", postgresql_where=_HELD, sqlite_where=_HELD),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Messages to one recipient go out in order: the lane is the recipient (or the multicast).
    lane: Mapped[str] = mapped_column(String(80))
    recipients: Mapped[list[Any]]
    messages: Mapped[list[Any]]
    reply_token: Mapped[str | None] = mapped_column(String(128))
    reply_token_fresh_until: Mapped[datetime | None]
    reply_state: Mapped[str | None] = mapped_column(String(12))
    retry_key: Mapped[str] = mapped_column(String(36), unique=True)
    status: Mapped[str] = mapped_column(String(12), default=OutboundStatus.PENDING)
    priority: Mapped[str] = mapped_column(String(8), default=Priority.NORMAL, server_default=Priority.NORMAL.value)
    held_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    sent_via: Mapped[str | None] = mapped_column(String(12))
    last_status: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    line_request_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


# The partial indexes' predicates, for queries. Written with literal values, not bound parameters:
# neither PostgreSQL (with a prepared statement's generic plan) nor SQLite can match a parameter
# against an index's WHERE clause, and would fall back to scanning.
def inbound_pending(status: ColumnElement[str]) -> ColumnElement[bool]:
    return status == literal_column(f"'{InboundStatus.PENDING}'")


def outbound_active(status: ColumnElement[str]) -> ColumnElement[bool]:
    return status.in_([literal_column(f"'{OutboundStatus.PENDING}'"), literal_column(f"'{OutboundStatus.SENDING}'")])
