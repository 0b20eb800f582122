"""The audit trail keeps who did what to which subject, newest first, without the data itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from models.audit import audit_of, record_audit


def test_entries_about_one_subject_come_newest_first(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        start = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
        record_audit(session, actor_id=None, channel="cli", action="view", subject_kind="case", subject_id=7, now=start)
        record_audit(
            session,
            actor_id=None,
            channel="console",
            action="export",
            subject_kind="case",
            subject_id="7",
            detail={"filter": {"status": "open"}},
            now=start + timedelta(minutes=5),
        )
        record_audit(
            session, actor_id=None, channel="console", action="view", subject_kind="case", subject_id=8, now=start
        )
        session.flush()

        entries = audit_of(session, "case", 7)

        assert [(entry.action, entry.channel) for entry in entries] == [("export", "console"), ("view", "cli")]
        assert entries[0].detail == {"filter": {"status": "open"}}
        assert entries[0].at == start + timedelta(minutes=5)
