"""The console over HTTP, signed in through the emulator's LINE Login: who sees what (direct URLs
included), the actions reaching LINE users as in chat, CSRF, the export, sign-in failures."""

from __future__ import annotations

import csv
import io
import logging

import pytest
import requests
from sqlalchemy import select

from models.audit import AuditEntry
from models.cases import Case, CaseEvent, CaseStatus
from tests.bot.scenes import tell_reporters
from tests.web.conftest import CITIZEN, REPORTER, STAFF_A, STAFF_B, SUPERVISOR, Console

pytestmark = pytest.mark.in_process


def _csrf(page: str) -> str:
    marker = 'name="csrf_token" value="'
    start = page.index(marker) + len(marker)
    return page[start : page.index('"', start)]


def _queue(http: requests.Session, console: Console, **params: str) -> str:
    answer = http.get(console.url + "/console/", params=params, timeout=10)
    assert answer.status_code == 200
    return answer.text


def test_staff_see_their_center_only_and_direct_urls_are_404(console: Console, caplog) -> None:  # noqa: ANN001
    http = console.sign_in(STAFF_A)
    page = _queue(http, console)
    assert "A-1" in page and "A-2" in page
    assert "B-1" not in page and "C-1" not in page
    assert "แสดง 1–2 จากทั้งหมด 2 เรื่อง" in page
    # The overdue urgent case comes first (sorted like เคสค้าง).
    assert page.index("A-1") < page.index("A-2")

    with caplog.at_level(logging.WARNING, logger="dispatch.case_actions"):
        for path in ("/console/cases/B-1", "/console/cases/C-1", "/console/cases/NOPE"):
            answer = http.get(console.url + path, timeout=10)
            assert answer.status_code == 404
            assert "B-1" not in answer.text and "ไม่พบ" in answer.text
        assert http.get(console.url + "/console/cases/B-1/photos/1", timeout=10).status_code == 404
    assert any('"refused": "view"' in record.getMessage() for record in caplog.records)

    token = _csrf(http.get(console.url + "/console/cases/A-1", timeout=10).text)
    for action, form in (("acknowledge", {}), ("status", {"to": "in_progress"}), ("note", {"note": "x"})):
        answer = http.post(console.url + f"/console/cases/B-1/{action}", data={"csrf_token": token, **form}, timeout=10)
        assert answer.status_code == 404
    with console.bot.sessions() as session:
        b1 = session.scalars(select(Case).where(Case.reference == "B-1")).one()
        assert b1.status == CaseStatus.ASSIGNED and b1.owner_user_id is None
        kinds = session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == b1.id)).all()
        assert "note" not in kinds and "viewed" not in kinds

    export = http.get(console.url + "/console/export.csv", params={"status": "all"}, timeout=10)
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert sorted(row["reference"] for row in rows) == ["A-1", "A-2"]
    assert "0812345678" not in export.text and "ยายมา" not in export.text
    assert rows[0]["reference"] == "A-1" and rows[0]["overdue"] == "1"
    assert rows[0]["created_at"].endswith("+07:00")


def test_a_district_supervisor_sees_the_district_not_the_next_province(console: Console) -> None:
    http = console.sign_in(SUPERVISOR)
    page = _queue(http, console)
    assert all(reference in page for reference in ("A-1", "A-2", "B-1"))
    assert "C-1" not in page
    assert http.get(console.url + "/console/cases/C-1", timeout=10).status_code == 404
    assert http.get(console.url + "/console/cases/B-1", timeout=10).status_code == 200


def test_a_citizen_who_signs_in_sees_a_polite_page_and_nothing_else(console: Console) -> None:
    http = console.sign_in(CITIZEN)
    for path in ("/console/", "/console/cases/A-1", "/console/export.csv", "/console/cases/A-1/photos/1"):
        answer = http.get(console.url + path, timeout=10)
        assert answer.status_code == 403
        assert "สำหรับเจ้าหน้าที่ศูนย์ช่วยเหลือสังคม" in answer.text
        assert "A-1" not in answer.text and "ยายมา" not in answer.text
    # Someone the bot has never met is no different.
    stranger = console.sign_in("Ustranger0000000000000000000000001")
    assert stranger.get(console.url + "/console/", timeout=10).status_code == 403


def test_not_signed_in_goes_to_the_sign_in_page(console: Console) -> None:
    for path in ("/console/", "/console/cases/A-1", "/console/export.csv"):
        answer = requests.get(console.url + path, allow_redirects=False, timeout=10)
        assert answer.status_code == 302 and answer.headers["Location"].endswith("/console/login")
    page = requests.get(console.url + "/console/login", timeout=10).text
    assert "เข้าสู่ระบบด้วย LINE" in page


def test_filters_and_paging_count_everything(console: Console) -> None:
    http = console.sign_in(SUPERVISOR)
    assert "แสดง 1–1 จากทั้งหมด 1 เรื่อง" in _queue(http, console, urgency="high")
    overdue = _queue(http, console, overdue="1")
    assert "A-1" in overdue and "A-2" not in overdue and "B-1" not in overdue
    assert "ไม่มีเคสตามเงื่อนไขนี้" in _queue(http, console, status="closed")
    found = _queue(http, console, q="0812345678")
    assert "A-1" in found and "A-2" not in found
    out_of_scope = _queue(http, console, q="C-1")
    assert "/console/cases/C-1" not in out_of_scope and "ไม่มีเคสตามเงื่อนไขนี้" in out_of_scope


def test_acknowledge_and_status_reach_the_reporter_as_in_chat(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/cases/A-1", timeout=10).text
    assert "ยายมา ใจดี" in page and "0812345678" in page and 'id="case-pin"' in page
    answered = http.post(console.url + "/console/cases/A-1/acknowledge", data={"csrf_token": _csrf(page)}, timeout=10)
    assert answered.status_code == 200 and "A-1" in answered.text
    with console.bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == "A-1")).one()
        assert case.status == CaseStatus.ACKNOWLEDGED
        kinds = session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case.id)).all()
        assert "viewed" not in kinds  # a view is not a change: it goes to the audit trail
        views = session.scalars(select(AuditEntry).where(AuditEntry.action == "view")).all()
        assert views and {(view.channel, view.subject_id) for view in views} == {("console", "A-1")}
    assert tell_reporters(console.bot) == 1  # the scheduler's sweep, as for a change made in chat
    messages = console.bot.line.wait_for_messages(REPORTER, 1, timeout=10)
    assert "A-1" in str(messages)

    page = answered.text
    http.post(console.url + "/console/cases/A-1/status", data={"csrf_token": _csrf(page), "to": "visiting"}, timeout=10)
    http.post(console.url + "/console/cases/A-1/note", data={"csrf_token": _csrf(page), "note": "โทรแล้ว"}, timeout=10)
    with console.bot.sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == "A-1")).one()
        assert case.status == CaseStatus.VISITING
        notes = session.scalars(select(CaseEvent.detail).where(CaseEvent.case_id == case.id, CaseEvent.kind == "note"))
        assert [detail["text"] for detail in notes] == ["โทรแล้ว"]
    timeline = http.get(console.url + "/console/cases/A-1", timeout=10).text
    assert "โทรแล้ว" in timeline


def test_a_form_without_its_csrf_token_is_refused(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    forged = http.post(console.url + "/console/cases/A-1/acknowledge", data={}, timeout=10)
    assert forged.status_code == 400
    wrong = http.post(console.url + "/console/cases/A-1/acknowledge", data={"csrf_token": "x"}, timeout=10)
    assert wrong.status_code == 400
    with console.bot.sessions() as session:
        assert session.scalars(select(Case.status).where(Case.reference == "A-1")).one() == CaseStatus.ASSIGNED


def test_photos_are_served_to_staff_in_scope(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/cases/A-1", timeout=10).text
    start = page.index("/console/cases/A-1/photos/")
    path = page[start : page.index('"', start)]
    photo = http.get(console.url + path, timeout=10)
    assert photo.status_code == 200 and photo.headers["Content-Type"] == "image/png"
    other = console.sign_in(STAFF_B)
    assert other.get(console.url + path, timeout=10).status_code == 404


def test_the_session_cookie_is_httponly_and_samesite(console: Console) -> None:
    http = requests.Session()
    answer = http.get(console.url + "/console/login/start", allow_redirects=False, timeout=10)
    cookie = answer.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_a_cancelled_or_forged_callback_signs_nobody_in(console: Console, emulator) -> None:  # noqa: ANN001
    http = requests.Session()
    started = http.get(console.url + "/console/login/start", allow_redirects=False, timeout=10)
    assert started.status_code == 302
    # A callback with another state than the one this browser was given.
    forged = http.get(console.url + "/console/login/callback", params={"code": "x", "state": "y"}, timeout=10)
    assert "เข้าสู่ระบบไม่สำเร็จ" in forged.text
    assert http.get(console.url + "/console/", allow_redirects=False, timeout=10).status_code == 302
    denied = http.get(
        console.url + "/console/login/callback", params={"error": "ACCESS_DENIED", "state": "y"}, timeout=10
    )
    assert "ยกเลิกการเข้าสู่ระบบ" in denied.text


def test_the_dashboard_counts_the_scope_only(console: Console) -> None:
    from dispatch.console_stats import dashboard
    from models.base import utcnow
    from models.users import User

    now = utcnow()
    with console.bot.sessions.begin() as session:
        b1 = session.scalars(select(Case).where(Case.reference == "B-1")).one()
        # resolved at `now` itself: a few minutes before could fall in last week (Bangkok's Monday 00:00)
        b1.status, b1.resolved_at = CaseStatus.RESOLVED, now
    with console.bot.sessions() as session:
        supervisor = session.scalars(select(User).where(User.line_user_id == SUPERVISOR)).one()
        board = dashboard(session, supervisor, now)
        staff = dashboard(session, session.scalars(select(User).where(User.line_user_id == STAFF_A)).one(), now)
        citizen = session.scalars(select(User).where(User.line_user_id == CITIZEN)).one()
        assert dashboard(session, citizen, now) is None
    assert board.open_by_status["assigned"] == 2 and board.open_total == 2 and board.overdue == 1
    assert sum(week.new for week in board.weeks) == 3  # B-1; not C-1 in Chiang Mai
    assert board.weeks[-1].resolved == 1
    assert staff.open_total == 2 and sum(week.resolved for week in staff.weeks) == 0

    page = console.sign_in(SUPERVISOR).get(console.url + "/console/dashboard", timeout=10).text
    assert 'id="open-total">2<' in page and ">1</a>" in page


def _active(console: Console, code: str) -> bool:
    from models.centers import Center

    with console.bot.sessions() as session:
        return session.scalars(select(Center.active).where(Center.code == code)).one()


def test_centers_and_staff_in_scope_and_who_may_stop_new_cases(console: Console) -> None:
    staff = console.sign_in(STAFF_A)
    page = staff.get(console.url + "/console/centers", timeout=10).text
    assert "KK01" in page
    assert "KK02" not in page and "CM01" not in page and "ปิดรับเคสใหม่</button>" not in page
    token = _csrf(page)
    refused = staff.post(
        console.url + "/console/centers/KK01/active", data={"csrf_token": token, "active": "0"}, timeout=10
    )
    assert refused.status_code == 404 and _active(console, "KK01")

    supervisor = console.sign_in(SUPERVISOR)
    page = supervisor.get(console.url + "/console/centers", timeout=10).text
    assert "KK01" in page and "KK02" in page and "CM01" not in page
    assert "แสดง 1–2 จากทั้งหมด 2 ศูนย์" in page
    token = _csrf(page)
    other = supervisor.post(
        console.url + "/console/centers/CM01/active", data={"csrf_token": token, "active": "0"}, timeout=10
    )
    assert other.status_code == 404 and _active(console, "CM01")

    done = supervisor.post(
        console.url + "/console/centers/KK02/active", data={"csrf_token": token, "active": "0"}, timeout=10
    )
    assert done.status_code == 200 and "ปิดรับเคสใหม่แล้ว" in done.text and "1 เรื่อง" in done.text
    assert not _active(console, "KK02")
    told = console.bot.line.wait_for_messages(STAFF_B, 1, timeout=10)
    assert "B-1" in str(told)  # its staff hear it in LINE, with the case to transfer
    again = supervisor.post(
        console.url + "/console/centers/KK02/active", data={"csrf_token": token, "active": "1"}, timeout=10
    )
    assert "เปิดรับเคสใหม่อีกครั้ง" in again.text and _active(console, "KK02")


def test_an_idle_session_ends_and_signing_out_ends_it_at_once(console: Console) -> None:
    import time
    from dataclasses import replace

    http = console.sign_in(STAFF_A)
    token = _csrf(_queue(http, console))
    out = http.post(console.url + "/console/logout", data={"csrf_token": token}, timeout=10)
    assert "ออกจากระบบแล้ว" in out.text
    assert http.get(console.url + "/console/", allow_redirects=False, timeout=10).status_code == 302

    http = console.sign_in(STAFF_A)
    app = console.bot.app
    app.config["BOT_SETTINGS"] = replace(app.config["BOT_SETTINGS"], console_idle_minutes=0.001)
    time.sleep(0.2)
    ended = http.get(console.url + "/console/", timeout=10)
    assert ended.url.endswith("/console/login") and "หมดเวลาการใช้งาน" in ended.text
    assert http.get(console.url + "/console/", allow_redirects=False, timeout=10).status_code == 302


def test_english_speaking_staff_get_english_pages(console: Console) -> None:
    from models.users import User

    with console.bot.sessions.begin() as session:
        session.scalars(select(User).where(User.line_user_id == STAFF_A)).one().language = "en"
    page = _queue(console.sign_in(STAFF_A), console)
    assert "Showing 1–2 of 2" in page and 'lang="en"' in page


def test_an_id_token_not_signed_with_the_channel_secret_signs_nobody_in(console: Console, monkeypatch) -> None:  # noqa: ANN001
    import line_emulator.login as login

    real = login.sign_id_token
    monkeypatch.setattr(login, "sign_id_token", lambda claims, secret: real(claims, "another-secret-" + secret))
    http = console.sign_in(STAFF_A)
    assert http.get(console.url + "/console/", allow_redirects=False, timeout=10).status_code == 302
    monkeypatch.setattr(login, "sign_id_token", lambda claims, secret: real({**claims, "aud": "someone-else"}, secret))
    http = console.sign_in(STAFF_A)
    assert http.get(console.url + "/console/", allow_redirects=False, timeout=10).status_code == 302
    monkeypatch.setattr(login, "sign_id_token", real)
    assert console.sign_in(STAFF_A).get(console.url + "/console/", allow_redirects=False, timeout=10).status_code == 200


@pytest.mark.live  # it reaches the bot under another host name (localhost for 127.0.0.1)
def test_sign_in_starts_on_the_public_base_url_host(console: Console) -> None:
    other_host = console.url.replace("127.0.0.1", "localhost") + "/console/login/start"
    answer = requests.get(other_host, allow_redirects=False, timeout=10)
    assert answer.status_code == 302 and answer.headers["Location"] == console.url + "/console/login/start"


def test_center_and_group_filters_stay_within_the_scope(console: Console) -> None:
    from models.cases import Case as CaseRow

    with console.bot.sessions.begin() as session:
        session.scalars(select(CaseRow).where(CaseRow.reference == "A-2")).one().category = "child"
    http = console.sign_in(SUPERVISOR)
    kk02 = _queue(http, console, center="KK02")
    assert "/console/cases/B-1" in kk02 and "/console/cases/A-1" not in kk02 and "ศูนย์ช่วยเหลือสังคมตำบลสำราญ" in kk02
    assert "ไม่มีเคสตามเงื่อนไขนี้" in _queue(http, console, center="CM01")  # not theirs: nothing
    children = _queue(http, console, category="child")
    assert "/console/cases/A-2" in children and "แสดง 1–1 จากทั้งหมด 1 เรื่อง" in children
    export = http.get(console.url + "/console/export.csv", params={"center": "KK02"}, timeout=10).text
    assert "B-1" in export and "A-1" not in export


def test_reported_date_range_in_bangkok_days(console: Console) -> None:
    from datetime import UTC, datetime

    with console.bot.sessions.begin() as session:
        a2 = session.scalars(select(Case).where(Case.reference == "A-2")).one()
        a2.created_at = datetime(2026, 3, 1, 17, 30, tzinfo=UTC)  # 2 March 00:30 in Bangkok
    http = console.sign_in(STAFF_A)
    march_2 = _queue(http, console, **{"from": "2026-03-02", "to": "2026-03-02"})
    assert "/console/cases/A-2" in march_2 and "/console/cases/A-1" not in march_2
    assert "ไม่มีเคสตามเงื่อนไขนี้" in _queue(http, console, **{"from": "2026-03-01", "to": "2026-03-01"})
    assert "แสดง 1–2 จากทั้งหมด 2 เรื่อง" in _queue(http, console, **{"from": "not-a-date"})


def test_a_transfer_from_the_web_moves_the_case_and_tells_the_new_center(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/cases/A-2", timeout=10).text
    assert 'value="KK02"' in page and "ส่งต่อศูนย์อื่น" in page
    moved = http.post(
        console.url + "/console/cases/A-2/transfer", data={"csrf_token": _csrf(page), "to": "KK02"}, timeout=10
    )
    assert moved.status_code == 200 and moved.url.endswith("/console/") and "A-2" in moved.text
    with console.bot.sessions() as session:
        from models.centers import Center

        case = session.scalars(select(Case).where(Case.reference == "A-2")).one()
        assert session.get(Center, case.center_id).code == "KK02"
    assert "A-2" in str(console.bot.line.wait_for_messages(STAFF_B, 1, timeout=10))
    assert http.get(console.url + "/console/cases/A-2", timeout=10).status_code == 404  # no longer theirs
    refused = http.post(
        console.url + "/console/cases/B-1/transfer", data={"csrf_token": _csrf(page), "to": "KK01"}, timeout=10
    )
    assert refused.status_code == 404
