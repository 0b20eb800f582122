"""The audit trail of the console: every case view, refusal, change and export is written (who, when,
what filter; never the data), and supervisors read the entries of their area on /console/audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models.audit import AuditEntry
from models.users import User
from tests.web.conftest import STAFF_A, STAFF_B, SUPERVISOR, Console, csrf_of

pytestmark = pytest.mark.in_process


def _entries(console: Console) -> list[tuple[str | None, str, str, str | None, dict]]:
    with console.bot.sessions() as session:
        rows = session.execute(
            select(
                User.line_user_id, AuditEntry.action, AuditEntry.subject_kind, AuditEntry.subject_id, AuditEntry.detail
            )
            .outerjoin(User, User.id == AuditEntry.actor_id)
            .order_by(AuditEntry.id)
        ).all()
    return [tuple(row) for row in rows]


def test_views_refusals_changes_and_exports_are_written_without_the_data(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/cases/A-1", timeout=10).text
    assert http.get(console.url + "/console/cases/B-1", timeout=10).status_code == 404
    assert http.get(console.url + "/console/cases/C-1/photos/1", timeout=10).status_code == 404
    token = csrf_of(page)
    assert (
        http.post(
            console.url + "/console/cases/B-1/note", data={"csrf_token": token, "note": "x"}, timeout=10
        ).status_code
        == 404
    )
    http.post(console.url + "/console/cases/A-1/note", data={"csrf_token": token, "note": "โทรแล้ว"}, timeout=10)
    http.get(console.url + "/console/export.csv", params={"urgency": "urgent", "from": "2026-01-01"}, timeout=10)

    entries = _entries(console)
    assert (STAFF_A, "view", "case", "A-1", {}) in entries
    assert (STAFF_A, "refused", "case", "B-1", {"attempt": "view"}) in entries
    assert (STAFF_A, "refused", "case", "C-1", {"attempt": "photo"}) in entries
    assert (STAFF_A, "refused", "case", "B-1", {"attempt": "note"}) in entries
    assert (STAFF_A, "change", "case", "A-1", {"attempt": "note"}) in entries
    export = [entry for entry in entries if entry[1] == "export"]
    assert export == [
        (
            STAFF_A,
            "export",
            "cases",
            None,
            {
                "format": "csv",
                "filter": {"status": "open", "urgency": "urgent", "reported_from": "2026-01-01"},
                "personal": False,
            },
        )
    ]
    written = json.dumps([entry[4] for entry in entries], ensure_ascii=False)
    assert "ยายมา" not in written and "0812345678" not in written and "โทรแล้ว" not in written


def test_supervisors_read_their_area_and_staff_may_not(console: Console) -> None:
    console.sign_in(STAFF_A).get(console.url + "/console/cases/A-1", timeout=10)
    console.sign_in(STAFF_B).get(console.url + "/console/cases/A-1", timeout=10)  # a neighbour's refusal

    staff = console.sign_in(STAFF_A)
    assert staff.get(console.url + "/console/audit", timeout=10).status_code == 404
    assert "/console/audit" not in staff.get(console.url + "/console/", timeout=10).text

    supervisor = console.sign_in(SUPERVISOR)
    page = supervisor.get(console.url + "/console/audit", timeout=10).text
    assert "/console/audit" in page and "สมศรี" in page and "สมชาย" in page
    assert "แสดง 1–2 จากทั้งหมด 2 รายการ" in page
    refused = supervisor.get(console.url + "/console/audit", params={"action": "refused"}, timeout=10).text
    assert "แสดง 1–1 จากทั้งหมด 1 รายการ" in refused and "สมชาย" in refused and "สมศรี" not in refused
    by_name = supervisor.get(
        console.url + "/console/audit", params={"actor": "สมศรี", "subject": "A-1"}, timeout=10
    ).text
    assert "แสดง 1–1 จากทั้งหมด 1 รายการ" in by_name
