"""The household register through webhooks and the emulator: a volunteer registers a person who has
no LINE account; staff assign a buddy; a due check-in reminds the buddy; "needs something" opens a
routed case that reaches the center's staff; a missed check-in escalates once; someone outside the
scope sees nothing."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from bot.jobs.register_notices import send_check_in_notices
from dispatch.deadlines import BANGKOK, AlertPolicy
from dispatch.register import Rhythm
from models.audit import AuditEntry
from models.base import utcnow
from models.cases import Case, Media
from models.centers import Center
from models.register import CheckIn, Household, PersonStatus, RegisteredPerson
from models.users import User
from tests.bot.chat import Chat, settle
from tests.bot.conftest import OTHER_CENTER_STAFF, STAFF_A, STAFF_B
from tests.factories import approved_volunteer, registered_person

pytestmark = pytest.mark.in_process

KHON_KAEN = (16.4419, 102.8360)  # KK01's place in the staffed_bot fixture
VOLUNTEER = "Uregvolunteer0000000000000000001"
FAR_VOLUNTEER = "Uregvolunteer0000000000000000002"
STRANGER = "Uregstranger00000000000000000001"
RHYTHM = Rhythm()
POLICY = AlertPolicy()


def with_volunteers(bot) -> None:  # noqa: ANN001
    with bot.sessions.begin() as session:
        approved_volunteer(session, VOLUNTEER, "KK01", (KHON_KAEN[0] + 0.01, KHON_KAEN[1]), "สมชาย อาสา")
        approved_volunteer(session, FAR_VOLUNTEER, "KK01", (KHON_KAEN[0] + 0.1, KHON_KAEN[1]), "สมหญิง ไกลบ้าน")


def add_person(bot, name: str = "ยายทองดี มีสุข", **fields) -> int:  # noqa: ANN001, ANN003
    """Registered two months ago: the check-ins the sweep is run for are in the past (messages
    enqueued for a future moment would wait for it)."""
    with bot.sessions.begin() as session:
        return registered_person(session, "KK01", name, now=utcnow() - timedelta(days=60), **fields).id


def pushes_to(bot, line_id: str) -> list[str]:  # noqa: ANN001
    """Everything sent to the user, each message as one string."""
    return [str(item["message"]) for item in bot.line.messages_to(line_id)]


def bangkok(day: datetime, hour: int) -> datetime:
    return datetime.combine(day.date(), time(hour), BANGKOK)


def sweep(bot, at: datetime) -> int:  # noqa: ANN001
    with bot.sessions.begin() as session:
        count = send_check_in_notices(session, at, RHYTHM, POLICY)
    settle(bot)
    return count


def due_at(bot, person_id: int) -> datetime:  # noqa: ANN001
    with bot.sessions() as session:
        return session.get(RegisteredPerson, person_id).next_check_in_due


def test_a_volunteer_registers_a_person_without_line_and_a_lookalike_is_shown_before_saving(staffed_bot) -> None:
    bot = staffed_bot
    with_volunteers(bot)
    with bot.sessions() as session:
        users_before = session.scalar(select(func.count()).select_from(User))
    chat = Chat(bot, VOLUNTEER)
    chat.say("ลงทะเบียนกลุ่มเปราะบาง")
    assert "บ้านของคนที่จะลงทะเบียนอยู่ที่ไหน" in chat.texts() and "ส่งตำแหน่ง" in chat.buttons()
    chat.location(KHON_KAEN[0] + 0.005, KHON_KAEN[1])
    assert "ชื่อและนามสกุล" in chat.texts()
    chat.say("ยายสมศรี ใจดี")
    assert "เกิดปี พ.ศ." in chat.texts()
    chat.say("ไม่รู้")
    assert "4 หลัก" in chat.texts(), "a birth year it cannot read is asked again"
    chat.say("2482")
    chat.tap("หญิง")
    chat.tap("ข้าม")
    assert "กลุ่มเปราะบาง" in chat.texts()
    chat.tap("ผู้สูงอายุอยู่ลำพัง")
    chat.tap("ติดเตียง")
    chat.tap("เสร็จแล้ว")
    chat.tap("อาหาร/ถุงยังชีพ")
    chat.tap("เสร็จแล้ว")
    chat.tap("ไม่มีโทรศัพท์")
    assert "ถ่ายรูปเจ้าตัว" in chat.texts()
    chat.image()
    assert set(chat.buttons()) >= {"เจ้าตัวยินยอม", "ภารกิจของรัฐ", "ป้องกันอันตรายต่อชีวิต"}
    chat.tap("เจ้าตัวยินยอม")
    chat.say("ยินยอมด้วยวาจา ต่อหน้าผู้ใหญ่บ้าน")
    summary = str(chat.last)
    assert "ยายสมศรี ใจดี" in summary and "2482" in summary and "ติดเตียง" in summary and "เจ้าตัวยินยอม" in summary
    assert "อาจซ้ำ" not in summary
    chat.tap("บันทึก")
    assert "บันทึก ยายสมศรี ใจดี ในทะเบียนของศูนย์ช่วยเหลือสังคมตำบลในเมืองแล้วค่ะ" in chat.texts()
    assert "ทุก 7 วัน" in chat.texts(), "bedridden: weekly"
    for line_id in (STAFF_A, STAFF_B):
        told = pushes_to(bot, line_id)[-1]
        assert "มีการลงทะเบียนกลุ่มเปราะบางรายใหม่" in told and "action=reg_buddy" in told and "สมศรี" not in told
    assert not any("ลงทะเบียนกลุ่มเปราะบางรายใหม่" in message for message in pushes_to(bot, OTHER_CENTER_STAFF))

    with bot.sessions() as session:
        person = session.scalars(select(RegisteredPerson)).one()
        household = session.get(Household, person.household_id)
        volunteer = session.scalars(select(User).where(User.line_user_id == VOLUNTEER)).one()
        assert (person.name, person.birth_year, person.sex, person.id_card_last4) == (
            "ยายสมศรี ใจดี",
            1939,
            "female",
            None,
        )
        assert person.groups == ["elderly_alone", "bedridden"] and person.needs == ["food"] and person.phone is None
        assert (person.lawful_basis, person.consent_note) == ("consent", "ยินยอมด้วยวาจา ต่อหน้าผู้ใหญ่บ้าน")
        assert session.get(Media, person.photo_media_id).owner_user_id is not None, "the person's photo is kept"
        assert person.registered_by_user_id == volunteer.id and person.buddy_user_id is None
        assert household.subdistrict_code == "400101" and person.subdistrict_code == "400101"
        assert session.scalar(select(func.count()).select_from(User)) == users_before, "the person has no LINE user"
        created = session.scalars(select(AuditEntry).where(AuditEntry.action == "create")).one()
        assert (created.actor_id, created.subject_kind, created.subject_id) == (volunteer.id, "person", str(person.id))
        assert "ยายสมศรี" not in str(created.detail)

    chat.tap("เพิ่มคนในบ้านเดียวกัน")
    assert "ชื่อและนามสกุล" in chat.texts(), "the household is known: no place asked"
    chat.say("นางสมศรี  ใจดี")
    chat.say("2483")
    chat.tap("หญิง")
    chat.tap("ข้าม")
    chat.tap("ไร้สถานะ")
    chat.tap("เสร็จแล้ว")
    chat.tap("เสร็จแล้ว")
    chat.say("0812345678")
    chat.tap("ข้าม")
    chat.tap("ภารกิจของรัฐ")
    assert "อาจซ้ำกับคนที่ลงทะเบียนไว้แล้วในตำบลนี้" in chat.texts()
    assert f"เลขที่ {person.id}: ยายสมศรี ใจดี เกิด พ.ศ. 2482" in chat.texts()
    chat.say("ยกเลิก")
    with bot.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RegisteredPerson)) == 1


def test_someone_neither_volunteer_nor_staff_cannot_register(staffed_bot) -> None:
    chat = Chat(staffed_bot, STRANGER)
    chat.say("ลงทะเบียนคนเปราะบาง")
    assert "เฉพาะอาสาสมัครที่ศูนย์อนุมัติแล้วหรือเจ้าหน้าที่ศูนย์" in chat.texts()


def test_staff_assign_the_nearest_buddy_a_due_check_in_reminds_and_needs_something_opens_a_routed_case(
    staffed_bot,
) -> None:
    bot = staffed_bot
    with_volunteers(bot)
    person_id = add_person(bot)
    staff = Chat(bot, STAFF_A)
    staff.say("ทะเบียนคนเปราะบาง")
    assert "ทะเบียนกลุ่มเปราะบาง: 1 คน" in staff.texts() and "ยังไม่มีคู่ดูแล: 1 คน" in staff.texts()
    assert "ผู้สูงอายุอยู่ลำพัง: 1" in staff.texts() and "ต.ในเมือง: 1" in staff.texts()
    staff.tap("ไม่มีคู่ดูแล (1)")
    assert "ยายทองดี มีสุข" in staff.texts()
    staff.tap("ดูคนที่ 1")
    assert "ยายทองดี มีสุข" in str(staff.last) and "12 หมู่ 3" in str(staff.last)
    staff.tap("จัดคู่ดูแล")
    assert staff.texts().index("สมชาย อาสา") < staff.texts().index("สมหญิง ไกลบ้าน"), "nearest first"
    first = next(label for label in staff.buttons() if label.startswith("คนที่ 1 "))
    staff.tap(first)
    assert f"จัดให้ สมชาย อาสา เป็นคู่ดูแลของทะเบียนเลขที่ {person_id} แล้วค่ะ" in staff.texts()
    buddy = Chat(bot, VOLUNTEER)
    assert any("ศูนย์ขอให้คุณเป็นคู่ดูแลของ ยายทองดี มีสุข" in message for message in pushes_to(bot, VOLUNTEER))

    due = due_at(bot, person_id)
    assert sweep(bot, due - timedelta(hours=1)) == 0, "not due yet"
    morning = bangkok(due + timedelta(days=1), 10)
    assert sweep(bot, morning) == 1
    reminder = pushes_to(bot, VOLUNTEER)[-1]
    assert "ถึงกำหนดติดตาม ยายทองดี มีสุข" in reminder and f"action=reg_ci&p={person_id}&m=visited" in reminder
    buddy.seen = len(bot.line.messages_to(VOLUNTEER))
    buddy.postback(f"action=reg_ci&p={person_id}&m=visited")
    assert "ยายทองดี มีสุข เป็นอย่างไรบ้างคะ" in buddy.texts()
    before = {line_id: len(pushes_to(bot, line_id)) for line_id in (STAFF_A, STAFF_B, OTHER_CENTER_STAFF)}
    buddy.tap("ต้องการความช่วยเหลือ")
    assert "เปิดเรื่อง SC-" in buddy.texts() and "ส่งถึงศูนย์แล้ว" in buddy.texts()

    with bot.sessions() as session:
        check_in = session.scalars(select(CheckIn)).one()
        case = session.get(Case, check_in.case_id)
        center = session.scalars(select(Center).where(Center.code == "KK01")).one()
        assert (check_in.mode, check_in.outcome) == ("visited", "needs")
        assert case.center_id == center.id and case.route_level == "center" and case.ack_due_at is not None
        assert (case.person_name, case.category, case.needs) == ("ยายทองดี มีสุข", "elderly", ["food"])
        assert case.consent_basis == "public_task" and case.subdistrict_code == "400101"
        person = session.get(RegisteredPerson, person_id)
        assert person.check_in_days == 7, "living alone at 86: weekly"
        assert person.next_check_in_due > utcnow() + timedelta(days=6), "the next one is a rhythm away"
    for line_id in (STAFF_A, STAFF_B):
        new = pushes_to(bot, line_id)[before[line_id] :]
        assert any(case.reference in message and "action=ack" in message for message in new), line_id
    assert len(pushes_to(bot, OTHER_CENTER_STAFF)) == before[OTHER_CENTER_STAFF]

    staff.seen = len(bot.line.messages_to(STAFF_A))
    staff.postback(f"action=reg_person&p={person_id}")
    assert case.reference in str(staff.last) and "เยี่ยมบ้าน: ต้องการความช่วยเหลือ" in str(staff.last)


def test_a_missed_check_in_reminds_the_buddy_again_then_tells_the_centers_staff_once_never_at_night(
    staffed_bot,
) -> None:
    bot = staffed_bot
    with_volunteers(bot)
    person_id = add_person(bot, buddy=VOLUNTEER)
    due = due_at(bot, person_id)
    day = bangkok(due + timedelta(days=1), 10)
    staff_before = len(pushes_to(bot, STAFF_A))

    assert sweep(bot, day) == 1
    assert "ถึงกำหนดติดตาม" in pushes_to(bot, VOLUNTEER)[-1]
    night = bangkok(day + timedelta(days=2), 23)  # past the grace (48 h), in quiet hours
    assert sweep(bot, night) == 0, "held through the night"
    with bot.sessions() as session:
        held = session.get(RegisteredPerson, person_id).next_alert_at
    assert held == bangkok(day + timedelta(days=3), 7)
    assert sweep(bot, held) == 1
    assert "ยังไม่ได้บันทึกการติดตาม ยายทองดี มีสุข" in pushes_to(bot, VOLUNTEER)[-1]
    assert len(pushes_to(bot, STAFF_A)) == staff_before, "staff not told yet"

    later = bangkok(day + timedelta(days=5), 10)
    assert sweep(bot, later) == 1
    for line_id in (STAFF_A, STAFF_B):
        escalations = [m for m in pushes_to(bot, line_id) if f"ทะเบียนเลขที่ {person_id}: คู่ดูแลยังไม่ได้เยี่ยมหรือโทรถาม" in m]
        assert len(escalations) == 1, line_id
        assert "ยายทองดี" not in escalations[0], "staff open the person to see who it is"
    assert not any("คู่ดูแลยังไม่ได้เยี่ยมหรือโทรถาม" in m for m in pushes_to(bot, OTHER_CENTER_STAFF))
    for moment in (later + timedelta(days=3), later + timedelta(days=10)):
        assert sweep(bot, moment) == 0, "escalated once"

    buddy = Chat(bot, VOLUNTEER)
    buddy.postback(f"action=reg_ci&p={person_id}&m=phoned&o=fine")
    assert "บันทึกการติดตาม ยายทองดี มีสุข แล้วค่ะ" in buddy.texts()
    with bot.sessions() as session:
        person = session.get(RegisteredPerson, person_id)
        assert person.check_in_stage == "waiting" and person.next_alert_at == person.next_check_in_due


def test_someone_outside_the_scope_sees_nothing_and_is_audited(staffed_bot) -> None:
    bot = staffed_bot
    with_volunteers(bot)
    person_id = add_person(bot, buddy=VOLUNTEER)
    for line_id in (OTHER_CENTER_STAFF, FAR_VOLUNTEER, STRANGER):
        chat = Chat(bot, line_id)
        for data in (
            f"action=reg_person&p={person_id}",
            f"action=reg_buddy&p={person_id}",
            f"action=reg_buddy&p={person_id}&to=1",
            f"action=reg_ci&p={person_id}&m=visited&o=needs",
            f"action=reg_close&p={person_id}&r=request",
            "action=reg_list&which=overdue",
        ):
            answer = str(chat.postback(data))
            assert "ยายทองดี" not in answer and "12 หมู่ 3" not in answer, (line_id, data)
        chat.say("ทะเบียนคนเปราะบาง")
        assert "ยายทองดี" not in chat.texts()
        if line_id == OTHER_CENTER_STAFF:
            assert "ทะเบียนกลุ่มเปราะบาง: 0 คน" in chat.texts(), "another center's register is empty to them"
    with bot.sessions() as session:
        person = session.get(RegisteredPerson, person_id)
        assert person.status == PersonStatus.ACTIVE and session.scalar(select(func.count()).select_from(CheckIn)) == 0
        refused = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "refused"))
        assert refused >= 3 * 5

    buddy = Chat(bot, VOLUNTEER)
    buddy.say("คนที่ฉันดูแล")
    assert "ยายทองดี มีสุข" in buddy.texts(), "the buddy sees their own people"
    buddy.postback(f"action=reg_close&p={person_id}&r=moved")
    assert "ไม่มีสิทธิ์" in buddy.texts(), "only staff close"


def test_staff_close_a_person_who_moved_and_remove_one_who_asked(staffed_bot) -> None:
    bot = staffed_bot
    moved = add_person(bot, "ตาสี ย้ายบ้าน")
    asked = add_person(bot, "ยายมา ขอลบ", phone="0811111111")
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=reg_close&p={moved}")
    assert set(staff.buttons()) >= {"ย้ายออก", "เสียชีวิต", "เจ้าตัวขอให้ลบ"}
    staff.tap("ย้ายออก")
    assert f"ปิดทะเบียนเลขที่ {moved} (ย้ายออก) แล้วค่ะ" in staff.texts()
    staff.postback(f"action=reg_close&p={asked}&r=request")
    assert "ลบข้อมูลส่วนตัวตามคำขอแล้ว" in staff.texts()
    with bot.sessions() as session:
        closed = session.get(RegisteredPerson, moved)
        removed = session.get(RegisteredPerson, asked)
        assert (closed.status, closed.closed_reason, closed.name) == ("closed", "moved", "ตาสี ย้ายบ้าน")
        assert (removed.status, removed.name, removed.phone, removed.anonymised_at is not None) == (
            "removed",
            None,
            None,
            True,
        )
        assert removed.groups == ["elderly_alone"], "kept for statistics"


def test_the_check_in_sweep_is_a_scheduled_job_with_its_settings() -> None:
    from bot.workers.runtime import scheduled_jobs
    from config import Settings

    jobs = {job.name: job for job in scheduled_jobs(Settings(check_in_sweep_seconds=120, check_in_weekly_days=5))}
    assert jobs["check_ins"].every == timedelta(seconds=120)
    assert jobs["check_ins"].sweep.keywords["rhythm"].weekly_days == 5
