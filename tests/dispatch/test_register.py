"""The register's rules without the chat: rhythm by need, birth years as typed, the sweep's stages,
the fuzzy duplicate check, and anonymising people closed past retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from dispatch.register import Rhythm, birth_year_from, possible_duplicates
from dispatch.register_sweep import next_step
from dispatch.retention import apply_retention
from models.cases import Media
from models.register import CheckInStage, Household, PersonStatus, RegisteredPerson
from models.users import get_or_create_user
from tests.factories import new_center, registered_person

NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
RHYTHM = Rhythm()


def test_the_rhythm_is_weekly_for_the_bedridden_and_for_people_alone_from_80_else_monthly() -> None:
    assert RHYTHM.days_for(["bedridden"], 1990, NOW) == 7
    assert RHYTHM.days_for(["elderly_alone"], NOW.year - 80, NOW) == 7
    assert RHYTHM.days_for(["elderly_alone"], NOW.year - 79, NOW) == 30
    assert RHYTHM.days_for(["elderly_alone"], None, NOW) == 30
    assert RHYTHM.days_for(["poor", "disability"], 1950, NOW) == 30
    assert Rhythm(weekly_groups=frozenset({"disability"})).days_for(["disability"], 1990, NOW) == 7


def test_a_birth_year_is_read_in_the_buddhist_era_the_common_era_or_as_an_age() -> None:
    assert birth_year_from("2482", NOW) == 1939
    assert birth_year_from("1939", NOW) == 1939
    assert birth_year_from("87", NOW) == NOW.year - 87
    for typed in ("", "abc", "๒๔๘๒", "3000", "12345", "1700"):
        assert birth_year_from(typed, NOW) is None, typed


def _person(**values) -> RegisteredPerson:  # noqa: ANN003
    base = {"next_check_in_due": NOW, "check_in_stage": CheckInStage.WAITING, "buddy_user_id": 1}
    return RegisteredPerson(**{**base, **values})


def test_the_sweep_reminds_then_reminds_again_then_escalates_once() -> None:
    grace = RHYTHM.grace
    assert next_step(_person(), NOW - timedelta(minutes=1), RHYTHM) == (None, "waiting", NOW)
    assert next_step(_person(), NOW, RHYTHM) == ("remind", "reminded", NOW + grace)
    reminded = _person(check_in_stage=CheckInStage.REMINDED)
    assert next_step(reminded, NOW + grace - timedelta(minutes=1), RHYTHM) == (None, "reminded", NOW + grace)
    assert next_step(reminded, NOW + grace, RHYTHM) == ("missed", "missed", NOW + 2 * grace)
    missed = _person(check_in_stage=CheckInStage.MISSED)
    assert next_step(missed, NOW + 2 * grace, RHYTHM) == ("escalate", "escalated", None)
    assert next_step(_person(check_in_stage=CheckInStage.ESCALATED), NOW + 9 * grace, RHYTHM)[0] is None
    assert next_step(_person(buddy_user_id=None), NOW, RHYTHM) == ("escalate", "escalated", None), "no buddy: staff"


def test_a_lookalike_is_the_same_subdistrict_a_year_apart_and_a_close_name_without_titles(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        center = new_center(session, "KK01", "400101", (16.44, 102.83))
        new_center(session, "KK02", "400102", (16.46, 102.85))
        registered_person(session, "KK01", "สมศรี ใจดี", birth_year=1939)
        registered_person(session, "KK02", "สมศรี ใจดี", birth_year=1939)
        closed = registered_person(session, "KK01", "สมศรี ใจดีมาก", birth_year=1939)
        closed.status = PersonStatus.CLOSED
        found = possible_duplicates(session, "ยาย สมศรี  ใจดี", 1940, center.subdistrict_code)
        assert [(p.name, p.subdistrict_code) for p in found] == [("สมศรี ใจดี", "400101")]
        assert possible_duplicates(session, "สมศรี ใจดี", 1942, "400101") == [], "three years apart"
        assert possible_duplicates(session, "บุญมา ศรีสุข", 1939, "400101") == []


def test_people_closed_past_retention_are_anonymised_and_a_consent_form_photo_is_kept_meanwhile(sessions) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        new_center(session, "KK01", "400101", (16.44, 102.83))
        owner = get_or_create_user(session, "Uregowner000000000000000000000001", NOW)
        photo = Media(
            owner_user_id=owner.id,
            line_message_id="m1",
            content_type="image/jpeg",
            content=b"x",
            size_bytes=1,
            created_at=NOW - timedelta(days=400),
        )
        session.add(photo)
        session.flush()
        old = registered_person(session, "KK01", "ตาสี ย้ายไป", phone="0811111111", consent_media_id=photo.id)
        old.status, old.closed_reason, old.closed_at = PersonStatus.CLOSED, "moved", NOW - timedelta(days=366)
        recent = registered_person(session, "KK01", "ยายมี เพิ่งย้าย")
        recent.status, recent.closed_reason, recent.closed_at = PersonStatus.CLOSED, "died", NOW - timedelta(days=10)
        open_person = registered_person(session, "KK01", "ยายมา ยังอยู่")
        ids = old.id, recent.id, open_person.id
        photo_id = photo.id
    with sessions.begin() as session:
        run = apply_retention(session, NOW, retention_days=365)
        assert run.people_anonymised == 1
    with sessions() as session:
        old, recent, open_person = (session.get(RegisteredPerson, person_id) for person_id in ids)
        assert (old.name, old.phone, old.birth_year, old.anonymised_at) == (None, None, None, NOW)
        assert old.groups == ["elderly_alone"] and old.subdistrict_code == "400101", "kept for statistics"
        assert session.get(Household, old.household_id).address_text is None
        assert recent.name == "ยายมี เพิ่งย้าย" and open_person.name == "ยายมา ยังอยู่"
        assert session.scalar(select(Media.id).where(Media.id == photo_id)) is None, "the form went with its person"
