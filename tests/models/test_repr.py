"""repr() of a row says which row it is, never what a person told us (reprs end up in logs)."""

from __future__ import annotations

from models.base import Base
from models.cases import Case
from models.centers import Center
from models.referrals import Referral, ReferralState
from models.register import PersonStatus, RegisteredPerson


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


def test_enum_columns_are_shown_by_their_stored_word() -> None:
    referral = Referral(id=3, case_id=7, agency_id=2, state=ReferralState.ACCEPTED, reason="แม่ถูกทำร้าย")
    assert repr(referral) == "<Referral id=3 case_id=7 agency_id=2 state='accepted'>"
    person = RegisteredPerson(id=4, center_id=2, household_id=9, status=PersonStatus.ACTIVE, name="นายมั่น")
    assert repr(person) == "<RegisteredPerson id=4 center_id=2 household_id=9 status='active'>"


# Columns holding what a person told us, or who they are on LINE: never in a repr.
PERSONAL = {
    "name", "person_name", "phone", "contact_phone", "description", "address_text", "latitude", "longitude",
    "line_user_id", "display_name", "email", "content", "payload", "messages", "recipients", "lane", "source_key",
    "reason", "request", "detail", "data", "help_given", "needs_found", "agency_note", "consent_note",
    "id_card_last4", "birth_year", "name_key", "code_hash", "key_hash", "key_prefix", "subject_hash", "line_id",
}  # fmt: skip


def test_no_model_shows_personal_columns() -> None:
    for mapper in Base.registry.mappers:
        shown = set(mapper.class_._repr_fields)
        assert shown <= set(mapper.columns.keys()), mapper.class_
        assert not shown & PERSONAL, (mapper.class_, shown & PERSONAL)
