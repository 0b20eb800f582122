"""repr() of a row says which row it is, never what a person told us (reprs end up in logs)."""

from __future__ import annotations

from models.cases import Case
from models.centers import Center


def test_a_case_is_shown_by_id_reference_and_status_without_personal_data() -> None:
    case = Case(
        id=7,
        reference="KK-2611-0001",
        status="assigned",
        center_id=2,
        person_name="ยายสมศรี ใจดี",
        contact_phone="0812345678",
        description="ลุกจากเตียงไม่ได้",
    )
    shown = repr(case)
    assert shown == "<Case id=7 reference='KK-2611-0001' status='assigned' center_id=2>"
    for personal in ("ยายสมศรี", "0812345678", "ลุกจากเตียง"):
        assert personal not in shown


def test_only_what_is_loaded_is_shown() -> None:
    assert repr(Center(code="KK01")) == "<Center code='KK01'>"
