"""Exports: the queue as Excel beside CSV, personal data only on request and only for the cases of
the user's own center, and the monthly summary per center (counts by group, outcome, SLA share)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot.speech.thai_dates import BANGKOK
from models.audit import AuditEntry
from models.cases import Case
from models.centers import Center
from tests.factories import new_case
from tests.web.conftest import CITIZEN, STAFF_A, SUPERVISOR, Console

pytestmark = pytest.mark.in_process


def _sheet(content: bytes) -> list[list[object]]:
    book = load_workbook(io.BytesIO(content), read_only=True)
    return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


def test_excel_holds_the_csv_rows_and_personal_data_only_for_the_own_center(console: Console) -> None:
    staff = console.sign_in(STAFF_A)
    plain = staff.get(console.url + "/console/export.xlsx", params={"status": "all"}, timeout=10)
    assert plain.status_code == 200 and plain.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = _sheet(plain.content)
    assert rows[0][:3] == ["reference", "status", "urgency"] and "person_name" not in rows[0]
    assert sorted(row[0] for row in rows[1:]) == ["A-1", "A-2"]
    listed = list(
        csv.reader(
            io.StringIO(
                staff.get(console.url + "/console/export.csv", params={"status": "all"}, timeout=10).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert [["" if value is None else str(value) for value in row] for row in rows] == listed

    with console.bot.sessions() as session:
        a1_created = session.scalar(select(Case.created_at).where(Case.reference == "A-1"))
    a1_row = next(row for row in rows if row[0] == "A-1")
    assert a1_row[rows[0].index("created_at")] == a1_created.astimezone(BANGKOK).isoformat(timespec="seconds")
    assert a1_row[rows[0].index("acknowledged_at")] is None  # empty: not acknowledged

    personal = _sheet(staff.get(console.url + "/console/export.xlsx", params={"personal": "1"}, timeout=10).content)
    header = personal[0]
    a1 = next(row for row in personal if row[0] == "A-1")
    assert a1[header.index("person_name")] == "ยายมา ใจดี" and a1[header.index("contact_phone")] == "0812345678"

    supervisor = console.sign_in(SUPERVISOR)
    assert "personal=1" not in supervisor.get(console.url + "/console/", timeout=10).text
    theirs = _sheet(supervisor.get(console.url + "/console/export.xlsx", params={"personal": "1"}, timeout=10).content)
    assert "B-1" in [row[0] for row in theirs] and all(not row[theirs[0].index("person_name")] for row in theirs[1:])
    assert "ยายมา" not in str(theirs) and "0812345678" not in str(theirs)

    citizen = console.sign_in(CITIZEN)
    for path in ("/console/export.xlsx", "/console/report", "/console/report?format=xlsx"):
        answer = citizen.get(console.url + path, timeout=10)
        assert answer.status_code == 403 and "KK01" not in answer.text

    with console.bot.sessions() as session:
        exports = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")).all()
    assert {"format": "xlsx", "filter": {"status": "open"}, "personal": True} in exports
    assert {"format": "csv", "filter": {"status": "all"}, "personal": False} in exports


def test_the_monthly_summary_counts_groups_outcomes_and_the_sla_share(console: Console) -> None:
    june = datetime(2026, 6, 10, 3, 0, tzinfo=UTC)  # 10 Jun 2026, 10:00 in Bangkok
    console.bot.app.config["CONSOLE_NOW"] = lambda: datetime(2026, 7, 2, 3, 0, tzinfo=UTC)
    with console.bot.sessions.begin() as session:
        kk01 = session.scalars(select(Center).where(Center.code == "KK01")).one()
        reporter = session.scalar(select(Case.reporter_user_id).where(Case.reference == "A-1"))
        for index, (group, acknowledged_after) in enumerate((("child", 1), ("child", 9), ("violence", None))):
            case = new_case(
                session,
                kk01,
                reporter,
                f"M-{index}",
                category=group,
                created_at=june,
                ack_due_at=june + timedelta(hours=4),
            )
            if acknowledged_after is not None:
                case.acknowledged_at = june + timedelta(hours=acknowledged_after)
        closed = new_case(session, kk01, reporter, "M-9", created_at=june, status="closed", outcome="helped")
        closed.closed_at, closed.acknowledged_at = june + timedelta(days=5), june + timedelta(hours=2)
        # 30 Jun 23:30 in Bangkok is still June; 1 Jul 00:30 is July.
        new_case(
            session, kk01, reporter, "M-E", category="homeless", created_at=datetime(2026, 6, 30, 16, 30, tzinfo=UTC)
        )
        new_case(
            session, kk01, reporter, "M-L", category="homeless", created_at=datetime(2026, 6, 30, 17, 30, tzinfo=UTC)
        )

    staff = console.sign_in(STAFF_A)
    sheet = _sheet(
        staff.get(console.url + "/console/report", params={"month": "2026-06", "format": "xlsx"}, timeout=10).content
    )
    header, row = sheet[0], sheet[1]
    assert len(sheet) == 2 and row[0] == "KK01" and row[header.index("เรื่องใหม่")] == 5
    assert row[header.index("เด็กและเยาวชน")] == 2 and row[header.index("ความรุนแรงในครอบครัว")] == 1
    assert row[header.index("คนไร้บ้าน")] == 1 and row[header.index("ปิดเรื่อง")] == 1
    # Due: M-0 (in time), M-1 (late), M-2 (never acknowledged), M-9 (in time), M-E (its 24 hours passed).
    assert row[header.index("ถึงกำหนดรับเรื่อง")] == 5 and row[header.index("รับเรื่องทันเวลา")] == 2
    assert row[header.index("ร้อยละทันเวลา")] == 40.0
    page = (
        console.sign_in(SUPERVISOR).get(console.url + "/console/report", params={"month": "2026-06"}, timeout=10).text
    )
    assert "KK01" in page and "KK02" in page and "CM01" not in page
    assert "สรุปผลการดำเนินงานรายศูนย์ ประจำเดือนมิถุนายน 2569" in page
