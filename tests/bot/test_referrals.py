"""E-referral through LINE and the agency's signed link: the package holds only the parts chosen,
the link opens (and a tampered, expired or withdrawn one does not), the agency's receipt and outcome
reach the case's owner in LINE, the timeline and the reporter's news; the email arrives with the
PDF; an unacknowledged referral reminds once after two working days. A unit typed by hand (not in the
directory) is recorded, told as a referral is, and never reminded."""

from __future__ import annotations

import email
import socket
from datetime import UTC, datetime, timedelta

import pytest
import requests
from sqlalchemy import func, select

from bot.jobs.referral_mail import send_referral_mail
from bot.jobs.referral_reminders import send_referral_reminders
from dispatch.case_actions import acknowledge
from dispatch.deadlines import AlertPolicy
from dispatch.referrals import ReferralRequest, ReferralRules, TypedUnit, refer
from dispatch.working_days import holidays_of
from models.audit import AuditEntry
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus
from models.centers import Center
from models.messaging import OutboundMessage
from models.referrals import Agency, Referral, ReferralReminder, ReferralState
from models.users import User
from tests.bot.chat import Chat
from tests.bot.conftest import STAFF_A, STAFF_B, with_centers_and_staff
from tests.bot.scenes import REPORTER, report_case, staff_messages, tell_reporters
from tests.factories import new_case
from tests.referral_support import (
    AGENCY_EMAIL,
    AGENCY_LINE,
    add_agencies,
    agency_token_signed_days_ago,
    latest_referral,
    local_path,
    pdf_text,
    post_form,
    refer_in_chat,
)

pytestmark = pytest.mark.in_process


def _referred_case(bot) -> tuple[str, Chat]:  # noqa: ANN001
    add_agencies(bot.sessions)
    reference = report_case(bot)
    staff = Chat(bot, STAFF_A)
    staff.postback(f"action=ack&case={reference}")
    answer = refer_in_chat(staff, reference)
    assert any(f"ส่งใบส่งต่อเรื่อง {reference} ถึงโรงพยาบาลขอนแก่น" in m.get("text", "") for m in answer)
    return reference, staff


def _timeline(bot, reference: str) -> list[str]:  # noqa: ANN001
    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        return list(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)))


def test_a_referral_from_the_card_makes_a_pdf_with_only_the_chosen_parts(staffed_bot) -> None:
    bot = staffed_bot
    reference, staff = _referred_case(bot)

    with bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).one()
        referral = session.scalars(select(Referral).where(Referral.case_id == case.id)).one()
    assert case.status == CaseStatus.REFERRED
    assert referral.parts == ["person", "description"] and referral.lawful_basis == "public_task"
    assert referral.state == ReferralState.SENT and referral.mail_due_at is None, "no SMTP server configured"
    assert "referral_sent" in _timeline(bot, reference)

    pdf_button = staff.buttons()["ดาวน์โหลด PDF"]
    download = requests.get(bot.url + local_path(pdf_button["uri"]), timeout=20)
    assert download.status_code == 200 and download.headers["Content-Type"] == "application/pdf"
    shown = pdf_text(download.content)
    for wanted in (reference, "โรงพยาบาลขอนแก่น", "ใบส่งต่อผู้รับบริการ", "สมศรี ใจดี", "ลุกจากเตียงไม่ได้", "ทีมเยี่ยมบ้าน"):
        assert wanted in shown, wanted
    for left_out in ("081", "5678", "การรักษาพยาบาล", "อาหาร/ถุงยังชีพ", "โทรศัพท์ติดต่อ", "ที่อยู่"):
        assert left_out not in shown, left_out

    # The agency, linked in LINE, got the referral with its link; the page shows the same parts.
    to_agency = bot.line.wait_for_messages(AGENCY_LINE, 1)
    link = to_agency[0]["message"]["quickReply"]["items"][0]["action"]["uri"]
    page = requests.get(bot.url + local_path(link), timeout=10)
    assert page.status_code == 200
    assert reference in page.text and "สมศรี ใจดี" in page.text and "081-234-5678" not in page.text
    assert "0812345678" not in page.text

    with bot.sessions() as session:
        audited = session.scalars(select(AuditEntry).where(AuditEntry.subject_kind == "referral")).all()
    staff_user = _user_id(bot, STAFF_A)
    assert [(a.action, a.channel, a.actor_id) for a in audited] == [
        ("download", "line", staff_user),
        ("view", "link", None),
    ]
    assert all("สมศรี" not in str(a.detail) for a in audited), "the audit names parts, not their content"


def _user_id(bot, line_id: str) -> int:  # noqa: ANN001
    with bot.sessions() as session:
        return session.scalars(select(User.id).where(User.line_user_id == line_id)).one()


def test_the_signed_link_receipt_and_outcome_reach_the_owner_the_timeline_and_the_reporter(staffed_bot) -> None:
    bot = staffed_bot
    reference, staff = _referred_case(bot)
    referral = latest_referral(bot.sessions)
    link = bot.line.wait_for_messages(AGENCY_LINE, 1)[0]["message"]["quickReply"]["items"][0]["action"]["uri"]
    page_url = bot.url + local_path(link)
    token = page_url.rsplit("/", 1)[1]

    tampered = page_url[:-3] + ("AAA" if not page_url.endswith("AAA") else "BBB")
    assert requests.get(tampered, timeout=10).status_code == 404
    expired = agency_token_signed_days_ago(bot.settings, referral, bot.settings.referral_link_days + 1)
    assert requests.get(f"{bot.url}/referrals/{expired}", timeout=10).status_code == 404
    fresh = agency_token_signed_days_ago(bot.settings, referral, 1)
    assert requests.get(f"{bot.url}/referrals/{fresh}", timeout=10).status_code == 200

    http = requests.Session()
    assert http.post(page_url + "/received", data={}, timeout=10).status_code == 400, "CSRF"
    staff._collect()
    assert post_form(http, page_url, "/received").status_code == 200
    told = [m["text"] for m in Chat(bot, STAFF_A)._collect() if m["type"] == "text"]
    assert any(f"โรงพยาบาลขอนแก่น ได้รับใบส่งต่อเรื่อง {reference} แล้วค่ะ" in said for said in told), told
    assert "referral_received" in _timeline(bot, reference)

    answered = post_form(http, page_url, "/outcome", outcome="done", note="รับเข้ารักษาที่หอผู้ป่วยใน 3 แล้ว")
    assert answered.status_code == 200 and "บันทึกผลแล้ว" in answered.text
    told = [m["text"] for m in Chat(bot, STAFF_A)._collect() if m["type"] == "text"]
    assert any(f"แจ้งว่าดำเนินการเรื่อง {reference} แล้วค่ะ" in said and "หอผู้ป่วยใน 3" in said for said in told)
    assert _timeline(bot, reference)[-2:] == ["referral_received", "referral_done"]
    assert not [m for m in staff_messages(bot, STAFF_B) if reference in str(m) and "ใบส่งต่อ" in str(m)]
    with bot.sessions() as session:
        done = session.get(Referral, referral.id)
    assert done.state == ReferralState.DONE and done.received_at is not None and done.done_at is not None

    reporter = Chat(bot, REPORTER)
    reporter._collect()
    assert tell_reporters(bot) == 1
    news = "\n".join(m.get("text", "") for m in reporter._collect())
    assert "ส่งต่อให้โรงพยาบาลขอนแก่นช่วยดูแล" in news and "โรงพยาบาลขอนแก่นแจ้งว่าดำเนินการแล้ว" in news

    # The owner withdraws it: the link is dead at once.
    Chat(bot, STAFF_A).postback(f"action=refer_withdraw&referral={referral.id}")
    assert requests.get(f"{bot.url}/referrals/{token}", timeout=10).status_code == 200, "a done referral stays"
    with bot.sessions.begin() as session:
        session.get(Referral, referral.id).link_expires_at = utcnow() - timedelta(minutes=1)
    assert requests.get(f"{bot.url}/referrals/{token}", timeout=10).status_code == 404


def test_withdrawing_a_referral_kills_its_link(staffed_bot) -> None:
    bot = staffed_bot
    reference, staff = _referred_case(bot)
    referral = latest_referral(bot.sessions)
    link = bot.line.wait_for_messages(AGENCY_LINE, 1)[0]["message"]["quickReply"]["items"][0]["action"]["uri"]
    assert requests.get(bot.url + local_path(link), timeout=10).status_code == 200
    staff.postback(f"action=referrals&case={reference}")
    staff.tap("ถอนใบส่งต่อ")
    assert "ลิงก์ของหน่วยงานใช้ไม่ได้แล้ว" in staff.texts()
    assert requests.get(bot.url + local_path(link), timeout=10).status_code == 404
    assert _timeline(bot, reference)[-1] == "referral_withdrawn"
    intruder = Chat(bot, "Ustaffcm0000000000000000000000001")
    intruder.postback(f"action=refer_withdraw&referral={referral.id}")
    assert "ไม่มีสิทธิ์" in intruder.texts()


@pytest.fixture
def smtp_server():  # noqa: ANN201 - the running aiosmtpd controller and the messages it received
    from aiosmtpd.controller import Controller

    received: list[email.message.Message] = []

    class Keep:
        async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802 - aiosmtpd's hook
            received.append(email.message_from_bytes(envelope.content))
            return "250 OK"

    with socket.socket() as probe:  # a free port: aiosmtpd checks its server by connecting to it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    controller.received = received
    yield controller
    controller.stop()


def test_the_email_arrives_at_the_smtp_server_with_the_pdf_attached(make_bot, smtp_server) -> None:
    bot = with_centers_and_staff(make_bot(smtp_host="127.0.0.1", smtp_port=smtp_server.port))
    reference, staff = _referred_case(bot)
    assert f"ส่งใบส่งต่อเรื่อง {reference} ถึงโรงพยาบาลขอนแก่น ทางอีเมลและ LINE แล้วค่ะ" in staff.texts()

    with bot.sessions.begin() as session:
        assert send_referral_mail(session, utcnow(), bot.settings) == 1
    with bot.sessions.begin() as session:
        assert send_referral_mail(session, utcnow(), bot.settings) == 0, "sent once"

    assert len(smtp_server.received) == 1
    mail = smtp_server.received[0]
    assert mail["To"] == AGENCY_EMAIL and reference in str(
        email.header.make_header(email.header.decode_header(mail["Subject"]))
    )
    body = next(part for part in mail.walk() if part.get_content_type() == "text/plain").get_payload(decode=True)
    assert "/referrals/" in body.decode("utf-8")
    attachment = next(part for part in mail.walk() if part.get_content_type() == "application/pdf")
    assert attachment.get_filename() == f"referral-{reference}.pdf"
    shown = pdf_text(attachment.get_payload(decode=True))
    assert reference in shown and "โรงพยาบาลขอนแก่น" in shown and "สมศรี ใจดี" in shown and "5678" not in shown
    referral = latest_referral(bot.sessions)
    assert referral.mail_sent_at is not None and referral.mail_due_at is None


BANGKOK_10AM_FRIDAY = datetime(2026, 12, 11, 3, 0, tzinfo=UTC)  # Friday 11 December 2026, 10:00 Bangkok


def _refer_directly(bot, sent_at: datetime) -> Referral:  # noqa: ANN001
    add_agencies(bot.sessions)
    with bot.sessions.begin() as session:
        center = session.scalars(select(Center).where(Center.code == "KK01")).one()
        staff = session.scalars(select(User).where(User.line_user_id == STAFF_A)).one()
        reporter = session.scalars(select(User).where(User.line_user_id == STAFF_B)).one()
        case = new_case(session, center, reporter.id, "SC-REMIND-1", created_at=sent_at - timedelta(hours=2))
        assert acknowledge(session, staff, case.reference, sent_at - timedelta(hours=1)).case is not None
        agency = session.scalars(select(Agency).where(Agency.code == "KK-H2")).one()
        rules = ReferralRules(holidays=holidays_of(bot.settings.thai_public_holidays))
        wanted = ReferralRequest(agency.id, "ต้องการแพทย์", "เยี่ยมบ้าน", ("needs",), "public_task")
        sent = refer(session, staff, case.reference, wanted, sent_at, rules)
        return sent.referral


@pytest.mark.parametrize(
    ("sent_at", "not_yet", "due"),
    [
        # Friday 10:00 → Monday (1), Tuesday (2): reminded on Tuesday at 10:00.
        (BANGKOK_10AM_FRIDAY, datetime(2026, 12, 14, 3, 30, tzinfo=UTC), datetime(2026, 12, 15, 3, 1, tzinfo=UTC)),
        # Wednesday 9 Dec; Thursday 10 Dec is Constitution Day: Friday (1), Monday (2).
        (
            datetime(2026, 12, 9, 3, 0, tzinfo=UTC),
            datetime(2026, 12, 11, 3, 30, tzinfo=UTC),
            datetime(2026, 12, 14, 3, 1, tzinfo=UTC),
        ),
    ],
)
def test_the_reminder_fires_once_after_two_working_days(staffed_bot, sent_at, not_yet, due) -> None:  # noqa: ANN001
    bot = staffed_bot
    referral = _refer_directly(bot, sent_at)
    rules = ReferralRules(holidays=holidays_of(bot.settings.thai_public_holidays))
    policy = AlertPolicy()
    before = _queued_count(bot)

    def sweep(at: datetime) -> int:
        with bot.sessions.begin() as session:
            return send_referral_reminders(session, at, rules, policy)

    assert sweep(not_yet) == 0
    assert sweep(due) == 1
    assert sweep(due + timedelta(minutes=1)) == 0
    assert sweep(due + timedelta(hours=3)) == 0, "once, not again before the escalation"
    reminders = _queued_texts(bot, STAFF_A, since=before)
    assert len(reminders) == 1 and "SC-REMIND-1" in reminders[0] and "โรงพยาบาลศรีนครินทร์" in reminders[0]
    assert "ยังไม่มีการตอบรับ" in reminders[0] and "043000222" in reminders[0]
    with bot.sessions() as session:
        kinds = session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == referral.case_id)).all()
    assert kinds.count("referral_reminded") == 1


def test_an_acknowledged_referral_is_not_reminded_and_quiet_hours_hold_one(staffed_bot) -> None:
    bot = staffed_bot
    sent_at = datetime(2026, 12, 11, 15, 30, tzinfo=UTC)  # Friday 22:30 Bangkok: due Tuesday 22:30, quiet
    referral = _refer_directly(bot, sent_at)
    rules = ReferralRules(holidays=holidays_of(bot.settings.thai_public_holidays))
    due = datetime(2026, 12, 15, 15, 31, tzinfo=UTC)
    with bot.sessions.begin() as session:
        assert send_referral_reminders(session, due, rules, AlertPolicy()) == 0, "held through the night"
        assert session.get(Referral, referral.id).next_reminder_at == datetime(2026, 12, 16, 0, 0, tzinfo=UTC)
    with bot.sessions.begin() as session:
        assert send_referral_reminders(session, datetime(2026, 12, 16, 0, 1, tzinfo=UTC), rules, AlertPolicy()) == 1
    other = _refer_directly_second(bot, sent_at)
    with bot.sessions.begin() as session:
        from dispatch.referrals import acknowledge_receipt

        acknowledge_receipt(session, session.get(Referral, other), sent_at + timedelta(hours=12))
    with bot.sessions.begin() as session:
        assert send_referral_reminders(session, datetime(2026, 12, 16, 0, 1, tzinfo=UTC), rules, AlertPolicy()) == 0


def _queued_count(bot) -> int:  # noqa: ANN001
    with bot.sessions() as session:
        return session.scalar(select(func.max(OutboundMessage.id))) or 0


def _queued_texts(bot, line_id: str, since: int) -> list[str]:  # noqa: ANN001
    """Texts queued for `line_id` after row `since` (sent at the sweep's future `now`, so the
    delivery worker on the real clock leaves them waiting)."""
    with bot.sessions() as session:
        rows = session.scalars(select(OutboundMessage).where(OutboundMessage.id > since)).all()
    return [
        message["text"]
        for row in rows
        if line_id in row.recipients
        for message in row.messages
        if message["type"] == "text"
    ]


def _refer_directly_second(bot, sent_at: datetime) -> int:  # noqa: ANN001
    with bot.sessions.begin() as session:
        staff = session.scalars(select(User).where(User.line_user_id == STAFF_A)).one()
        agency = session.scalars(select(Agency).where(Agency.code == "KK-H1")).one()
        wanted = ReferralRequest(agency.id, "ต้องการแพทย์", "เยี่ยมบ้าน", (), "public_task")
        return refer(session, staff, "SC-REMIND-1", wanted, sent_at, ReferralRules()).referral.id


def test_retention_removes_the_referrals_words_and_ends_its_link(staffed_bot) -> None:
    from dispatch.referrals import answer, referral_for_link
    from dispatch.retention import anonymise_cases

    bot = staffed_bot
    referral = _refer_directly(bot, BANGKOK_10AM_FRIDAY)
    with bot.sessions.begin() as session:
        answer(session, session.get(Referral, referral.id), "accepted", "นัดยายสมศรีพรุ่งนี้", BANGKOK_10AM_FRIDAY)
    with bot.sessions.begin() as session:
        anonymise_cases(session, [referral.case_id], utcnow())
    with bot.sessions() as session:
        kept = session.get(Referral, referral.id)
        assert (kept.reason, kept.request, kept.agency_note, kept.link_nonce) == ("", "", None, None)
        assert kept.state == ReferralState.ACCEPTED and kept.anonymised_at is not None
        assert referral_for_link(session, referral.id, referral.link_nonce, utcnow()) is None
        details = session.scalars(select(CaseEvent.detail).where(CaseEvent.case_id == referral.case_id)).all()
    assert "สมศรี" not in str(details)


def test_a_privacy_export_lists_the_referrals_and_an_erasure_empties_them(staffed_bot) -> None:
    from dispatch.privacy import erase_person, export_person

    bot = staffed_bot
    reference, _staff = _referred_case(bot)
    with bot.sessions.begin() as session:
        exported = export_person(session, REPORTER, utcnow())
    (case,) = [case for case in exported["cases_reported"] if case["reference"] == reference]
    assert [referral["lawful_basis"] for referral in case["referrals"]] == ["public_task"]
    assert case["referrals"][0]["reason"] == "ยายมีแผลกดทับ ต้องได้รับการรักษาต่อเนื่อง"
    with bot.sessions.begin() as session:
        assert erase_person(session, REPORTER, utcnow()) is not None
    referral = latest_referral(bot.sessions)
    assert (referral.reason, referral.link_nonce, referral.state) == ("", None, ReferralState.SENT)


def test_a_unit_typed_in_chat_is_recorded_and_told_like_a_directory_referral(staffed_bot) -> None:
    bot = staffed_bot
    add_agencies(bot.sessions)
    reference = report_case(bot)
    Chat(bot, STAFF_A).postback(f"action=ack&case={reference}")  # STAFF_A owns it
    owner = Chat(bot, STAFF_A)
    owner._collect()
    colleague = Chat(bot, STAFF_B)
    colleague.postback(f"action=refer&case={reference}")
    colleague.tap("โรงพยาบาล")
    colleague.say("โรงพยาบาลชุมแพ หอผู้ป่วยหญิง")
    assert "ไม่พบหน่วยงานชื่อ “โรงพยาบาลชุมแพ หอผู้ป่วยหญิง”" in colleague.texts()
    colleague.tap("ส่งต่อตามชื่อที่พิมพ์")
    assert "ส่งต่อให้โรงพยาบาลชุมแพ หอผู้ป่วยหญิงเพราะอะไรคะ" in colleague.texts()
    colleague.say("ยายต้องนอนโรงพยาบาลใกล้บ้านลูกสาว")
    colleague.say("รับดูแลต่อหลังจำหน่าย")
    colleague.tap("ชื่อและอายุ")
    colleague.tap("เลือกเสร็จแล้ว")
    colleague.tap("ภารกิจของรัฐ")
    colleague.tap("ส่งใบส่งต่อ")
    said = colleague.texts()
    assert f"บันทึกการส่งต่อเรื่อง {reference} ไปที่โรงพยาบาลชุมแพ หอผู้ป่วยหญิงแล้วค่ะ" in said
    assert "ไม่มีลิงก์ อีเมล หรือการแจ้งเตือนให้ตอบรับ" in said
    assert "ดาวน์โหลด PDF" in colleague.buttons() and "ลิงก์ของหน่วยงาน" not in colleague.buttons()

    referral = latest_referral(bot.sessions)
    assert referral.agency_id is None and referral.unit_name == "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง"
    assert (referral.link_nonce, referral.next_reminder_at, referral.mail_due_at) == (None, None, None)
    assert _timeline(bot, reference)[-2:] == ["status", "referral_sent"]

    # Told as a directory referral is: the owner hears the status step, the reporter the news.
    told = "\n".join(m.get("text", "") for m in owner._collect())
    assert f'เปลี่ยนสถานะเรื่อง {reference} ที่คุณรับผิดชอบเป็น "ส่งต่อหน่วยงานอื่นแล้ว"' in told
    assert staff_messages(bot, AGENCY_LINE) == [], "no directory agency is involved"
    reporter = Chat(bot, REPORTER)
    reporter._collect()
    assert tell_reporters(bot) == 1
    news = "\n".join(m.get("text", "") for m in reporter._collect())
    assert "ส่งต่อให้โรงพยาบาลชุมแพ หอผู้ป่วยหญิงช่วยดูแล" in news

    # The PDF names the unit (staff carry it there); the list and the card say it is only recorded.
    download = requests.get(bot.url + local_path(colleague.buttons()["ดาวน์โหลด PDF"]["uri"]), timeout=20)
    assert download.status_code == 200 and "หอผู้ป่วยหญิง" in pdf_text(download.content)
    colleague.postback(f"action=referrals&case={reference}")
    assert "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง" in colleague.texts()
    assert "บันทึกการส่งต่อ (ไม่ได้อยู่ในสมุดรายชื่อ)" in colleague.texts()
    colleague.postback(f"action=case&case={reference}")
    assert "โรงพยาบาลชุมแพ หอผู้ป่วยหญิง: บันทึกการส่งต่อ (ไม่ได้อยู่ในสมุดรายชื่อ)" in colleague.texts()


def test_the_reminder_sweep_skips_a_referral_to_a_typed_unit(staffed_bot) -> None:
    bot = staffed_bot
    directory = _refer_directly(bot, BANGKOK_10AM_FRIDAY)
    with bot.sessions.begin() as session:
        staff = session.scalars(select(User).where(User.line_user_id == STAFF_A)).one()
        wanted = ReferralRequest(0, "ต้องการแพทย์", "เยี่ยมบ้าน", (), "public_task", TypedUnit("วัดป่าชัย", "ngo"))
        typed = refer(session, staff, "SC-REMIND-1", wanted, BANGKOK_10AM_FRIDAY, ReferralRules()).referral
        assert typed.next_reminder_at is None
        # Even a reminder time left on it (a row from before, an edit by hand) reminds nobody.
        typed.next_reminder_at = directory.next_reminder_at
        typed_id = typed.id
    rules = ReferralRules(holidays=holidays_of(bot.settings.thai_public_holidays))
    before = _queued_count(bot)
    due = datetime(2026, 12, 15, 3, 1, tzinfo=UTC)
    with bot.sessions.begin() as session:
        assert send_referral_reminders(session, due, rules, AlertPolicy()) == 1, "the directory's referral only"
    with bot.sessions() as session:
        assert session.get(Referral, typed_id).next_reminder_at is None
        reminded = session.scalars(select(ReferralReminder.referral_id)).all()
    assert reminded == [directory.id]
    texts = _queued_texts(bot, STAFF_A, since=before)
    assert len(texts) == 1 and "วัดป่าชัย" not in texts[0]
