"""PDPA retention: a closed case loses its personal details after the retention period, keeps what
statistics need, and the run says what it removed."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import func, select

from dispatch.retention import apply_retention
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus, Conversation, Media
from models.centers import Center
from models.users import get_or_create_user
from models.volunteers import VisitReport, Volunteer, VolunteerOffer
from tests.bot.scenes import KHON_KAEN, add_center
from tests.factories import new_case


def _case(session, reporter_id: int, center: Center, reference: str, status: str, closed_days_ago: int | None, now):
    created = now - timedelta(days=400)
    case = new_case(
        session,
        center,
        reporter_id,
        reference,
        status=status,
        urgency="high",
        category="bedridden",
        needs=["caregiver"],
        person_name="ยายสมศรี ใจดี",
        person_age=82,
        description="อยู่คนเดียว ลุกไม่ได้",
        contact_phone="0812345678",
        latitude=KHON_KAEN[0],
        longitude=KHON_KAEN[1],
        address_text="12 หมู่ 3",
        outcome="helped" if status == CaseStatus.CLOSED else None,
        closed_at=now - timedelta(days=closed_days_ago) if closed_days_ago is not None else None,
        created_at=created,
    )
    session.add(
        Media(
            owner_user_id=reporter_id,
            case_id=case.id,
            line_message_id=f"m-{reference}",
            content_type="image/jpeg",
            content=b"jpeg",
            size_bytes=4,
            created_at=created,
        )
    )
    session.add(
        CaseEvent(
            case_id=case.id,
            kind="note",
            actor_user_id=reporter_id,
            detail={"text": "ลูกสาวชื่อสมใจ โทร 0899999999"},
            at=created,
        )
    )
    return case


def _visit_report(session, user_id: int, case_id: int, now) -> int:
    """A volunteer's visit (with a photo and typed words) and a hand-back reason on the case."""
    case = session.get(Case, case_id)
    volunteer = Volunteer(
        user_id=user_id,
        center_id=case.center_id,
        name="อาสา",
        phone="0811111111",
        latitude=KHON_KAEN[0],
        longitude=KHON_KAEN[1],
        lat_band=0,
        created_at=now,
        updated_at=now,
    )
    session.add(volunteer)
    session.flush()
    offer = VolunteerOffer(
        case_id=case_id,
        volunteer_id=volunteer.id,
        state="reported",
        distance_km=1.0,
        offered_at=now,
        expires_at=now,
        reason="ยายสมศรีไม่อยู่บ้าน",
    )
    photo = Media(
        owner_user_id=user_id,
        case_id=case_id,
        line_message_id="m-visit",
        content_type="image/jpeg",
        content=b"jpeg",
        size_bytes=4,
        created_at=now,
    )
    session.add_all([offer, photo])
    session.flush()
    session.add(
        VisitReport(
            offer_id=offer.id,
            case_id=case_id,
            volunteer_id=volunteer.id,
            outcome="found",
            help_given="ให้ข้าวสารยายสมศรี",
            needs_found="ต้องการรถเข็น",
            media_id=photo.id,
            recommendation="close",
            created_at=now,
        )
    )
    session.add(
        CaseEvent(
            case_id=case_id, kind="visit_report", detail={"outcome": "found", "summary": "ให้ข้าวสารยายสมศรี"}, at=now
        )
    )
    return photo.id


def test_closed_cases_past_retention_keep_statistics_and_lose_personal_details(sessions, caplog) -> None:
    now = utcnow()
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    with sessions.begin() as session:
        reporter = get_or_create_user(session, "Ureporter000000000000000000000001", now)
        center = session.scalars(select(Center)).one()
        old = _case(session, reporter.id, center, "SC-OLD", CaseStatus.CLOSED, 366, now).id
        recent = _case(session, reporter.id, center, "SC-RECENT", CaseStatus.CLOSED, 30, now).id
        still_open = _case(session, reporter.id, center, "SC-OPEN", CaseStatus.IN_PROGRESS, None, now).id
        session.add(
            Conversation(
                user_id=reporter.id,
                state="report:phone",
                data={"phone": "0812345678"},
                updated_at=now - timedelta(days=8),
            )
        )

    with sessions.begin() as session:
        report_photo = _visit_report(session, reporter.id, old, now)

    with caplog.at_level(logging.INFO, logger="dispatch.retention"), sessions.begin() as session:
        run = apply_retention(session, now, retention_days=365)

    assert (run.cases_anonymised, run.photos_deleted, run.notes_cleared, run.conversations_pruned) == (1, 2, 2, 1)
    assert '"cases_anonymised": 1' in caplog.text and "สมศรี" not in caplog.text
    with sessions() as session:
        gone = session.get(Case, old)
        personal = (
            gone.person_name,
            gone.person_age,
            gone.description,
            gone.contact_phone,
            gone.address_text,
            gone.latitude,
            gone.longitude,
        )
        assert personal == (None,) * 7
        assert (gone.category, gone.needs, gone.subdistrict_code, gone.outcome, gone.urgency) == (
            "bedridden",
            ["caregiver"],
            "400101",
            "helped",
            "high",
        )
        assert gone.created_at is not None and gone.closed_at is not None and gone.anonymised_at == now
        assert session.scalar(select(func.count()).select_from(Media).where(Media.case_id == old)) == 0
        assert session.get(Media, report_photo) is None, "the visit report's photo too"
        report = session.scalars(select(VisitReport).where(VisitReport.case_id == old)).one()
        assert (report.help_given, report.needs_found, report.media_id, report.outcome) == (None, None, None, "found")
        assert session.scalars(select(VolunteerOffer.reason).where(VolunteerOffer.case_id == old)).one() is None
        typed = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == old, CaseEvent.kind == "visit_report")
        ).one()
        assert typed.detail == {"outcome": "found", "removed": True}
        note = session.scalars(select(CaseEvent).where(CaseEvent.case_id == old, CaseEvent.kind == "note")).one()
        assert note.detail == {"removed": True}
        for kept in (recent, still_open):
            assert session.get(Case, kept).person_name == "ยายสมศรี ใจดี"
            assert session.scalar(select(func.count()).select_from(Media).where(Media.case_id == kept)) == 1
        assert session.scalar(select(func.count()).select_from(Conversation)) == 0

    with sessions.begin() as session:
        assert apply_retention(session, now, retention_days=365).total == 0, "nothing is done twice"


def test_the_scheduled_retention_job_uses_the_configured_period(sessions, database_url) -> None:
    from bot.workers.runtime import scheduled_jobs
    from tests.conftest import test_settings

    now = utcnow()
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    with sessions.begin() as session:
        reporter = get_or_create_user(session, "Ureporter000000000000000000000001", now)
        center = session.scalars(select(Center)).one()
        month_old = _case(session, reporter.id, center, "SC-MONTH", CaseStatus.CLOSED, 30, now).id
    (job,) = [
        job
        for job in scheduled_jobs(test_settings(database_url, "http://127.0.0.1:9", retention_days=20))
        if job.name == "retention"
    ]
    with sessions.begin() as session:
        assert job.sweep(session, now) >= 1
    with sessions() as session:
        assert session.get(Case, month_old).contact_phone is None
