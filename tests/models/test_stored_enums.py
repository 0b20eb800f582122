"""Typed enum columns store exactly the words stored before they were typed (a plain VARCHAR, no
database enum type), and read back as members."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, String, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from models.base import Base
from models.cases import Case, CaseStatus, Urgency
from models.centers import StaffMembership, StaffRole
from models.users import get_or_create_user
from models.volunteers import Volunteer, VolunteerStatus
from tests.factories import new_case, new_center, new_volunteer

# Every column typed with an enum, and the VARCHAR length it had as a plain string column.
TYPED_COLUMNS = {
    ("cases", "status"): 16,
    ("cases", "urgency"): 8,
    ("case_events", "from_status"): 16,
    ("case_events", "to_status"): 16,
    ("staff_memberships", "role"): 24,
    ("invites", "role"): 24,
    ("volunteers", "status"): 16,
    ("volunteer_offers", "state"): 16,
    ("registered_people", "status"): 12,
    ("registered_people", "check_in_stage"): 12,
    ("agencies", "kind"): 24,
    ("referrals", "state"): 12,
    ("rich_menus", "status"): 12,
    ("user_menu_links", "state"): 12,
}


def test_the_database_sees_the_same_varchar_columns_as_before(engine: Engine) -> None:
    inspector = inspect(engine)
    for (table, column), length in TYPED_COLUMNS.items():
        found = {entry["name"]: entry["type"] for entry in inspector.get_columns(table)}[column]
        assert isinstance(found, String) and found.length == length, (table, column, found)
        # No CHECK constraint came with the type: adding a member needs no migration.
        assert not [check for check in inspector.get_check_constraints(table) if column in check["sqltext"]]


def test_every_typed_column_is_listed_above() -> None:
    # A column typed later is checked by the test above too, or this fails.
    typed = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.type.__class__.__name__ == "Enum"
    }
    assert typed == set(TYPED_COLUMNS)


def test_a_case_stores_the_plain_words_and_reads_back_members(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        center = new_center(session, "ENUM1", "400101")
        reporter = get_or_create_user(session, "U-enum-reporter", center.created_at)
        case = new_case(session, center, reporter.id, "KK-ENUM-1", urgency=Urgency.URGENT)
        case.status = CaseStatus.IN_PROGRESS
        staff = get_or_create_user(session, "U-enum-staff", center.created_at)
        session.add(
            StaffMembership(
                user_id=staff.id, center_id=center.id, role=StaffRole.DISTRICT_SUPERVISOR, created_at=center.created_at
            )
        )
        volunteer = new_volunteer(session, center, staff.id, "อาสา", VolunteerStatus.APPROVED)
        session.commit()
        case_id, volunteer_id = case.id, volunteer.id

    with sessions() as session:
        raw = session.execute(text("SELECT status, urgency FROM cases WHERE id = :id"), {"id": case_id}).one()
        assert tuple(raw) == ("in_progress", "urgent")
        assert session.scalar(text("SELECT role FROM staff_memberships")) == "district_supervisor"
        assert session.scalar(text("SELECT status FROM volunteers WHERE id = :id"), {"id": volunteer_id}) == "approved"

        case = session.get(Case, case_id)
        assert case is not None
        assert case.status is CaseStatus.IN_PROGRESS and case.urgency is Urgency.URGENT
        assert session.get(Volunteer, volunteer_id).status is VolunteerStatus.APPROVED  # type: ignore[union-attr]


def test_rows_written_as_plain_words_read_back_as_members(sessions: sessionmaker[Session]) -> None:
    """Rows written before the columns were typed (or by SQL statements) read as members."""
    with sessions() as session:
        center = new_center(session, "ENUM2", "400102")
        reporter = get_or_create_user(session, "U-enum-plain", center.created_at)
        case = new_case(session, center, reporter.id, "KK-ENUM-2")
        session.commit()
        session.execute(text("UPDATE cases SET status = 'referred', urgency = 'high' WHERE id = :id"), {"id": case.id})
        session.commit()
        session.refresh(case)
        assert (case.status, case.urgency) == (CaseStatus.REFERRED, Urgency.HIGH)
        assert isinstance(case.status, CaseStatus)


def test_a_word_that_is_no_member_is_refused_when_written(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        center = new_center(session, "ENUM3", "400103")
        reporter = get_or_create_user(session, "U-enum-typo", center.created_at)
        case = new_case(session, center, reporter.id, "KK-ENUM-3")
        case.status = "acknowleged"  # type: ignore[assignment]
        with pytest.raises(Exception, match="acknowleged"):
            session.flush()
