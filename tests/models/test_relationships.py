"""Rows reach the rows their ids name (`case.center`), read-only, never showing a row their id no
longer names."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from models.cases import Case
from models.users import get_or_create_user
from tests.factories import new_case, new_center


@contextmanager
def counted_selects(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_a_case_reaches_its_center_reporter_and_owner(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        center = new_center(session, "REL1", "400101")
        reporter = get_or_create_user(session, "U-rel-reporter", center.created_at)
        owner = get_or_create_user(session, "U-rel-owner", center.created_at)
        case_id = new_case(session, center, reporter.id, "KK-REL-1", owner_user_id=owner.id).id
        session.commit()

    with sessions() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert case.center.code == "REL1"  # type: ignore[union-attr]
        assert case.reporter.line_user_id == "U-rel-reporter"
        assert case.owner.line_user_id == "U-rel-owner"  # type: ignore[union-attr]


def test_a_center_already_in_the_session_costs_no_query(engine: Engine, sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        center = new_center(session, "REL2", "400102")
        reporter = get_or_create_user(session, "U-rel-2", center.created_at)
        case = new_case(session, center, reporter.id, "KK-REL-2")
        session.commit()
        with counted_selects(engine) as statements:
            assert case.center is center
        assert statements == []


def test_a_list_loads_its_centers_in_one_query(engine: Engine, sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        reporter = get_or_create_user(session, "U-rel-3", new_center(session, "REL3", "400103").created_at)
        for number in range(5):
            new_case(session, new_center(session, f"REL3{number}", "400103"), reporter.id, f"KK-REL-3{number}")
        session.commit()

    with sessions() as session, counted_selects(engine) as statements:
        cases = session.scalars(select(Case).options(selectinload(Case.center)).order_by(Case.id)).all()
        codes = [case.center.code for case in cases]  # type: ignore[union-attr]
    assert codes == [f"REL3{number}" for number in range(5)]
    assert len(statements) == 2


def test_setting_the_id_forgets_the_row_it_named(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        first = new_center(session, "REL4", "400104")
        second = new_center(session, "REL5", "400105")
        reporter = get_or_create_user(session, "U-rel-4", first.created_at)
        case = new_case(session, first, reporter.id, "KK-REL-4")
        assert case.center is first
        case.center_id = second.id
        assert case.center is second
        case.center_id = None
        assert case.center is None
