"""The console's exports: the queue (with its filters) as CSV or Excel, and the monthly summary per
center for the report to the provincial office (พมจ.), as a page, CSV or Excel.

The case exports hold no personal data unless asked for (`personal=1`), and then only on the rows of
the centers where the user is staff: the people who work those cases. Supervisors and province
administrators get the same columns empty. Each export is written to the audit trail with its
filter and whether personal data was asked for, before the first row goes out. CSV is streamed in
64 KB pieces; Excel is written row by row (openpyxl's write-only mode) to a temporary file."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from flask import Response, abort, g, request, send_file, stream_with_context, url_for
from sqlalchemy import select

from bot.speech.thai_dates import BANGKOK, thai_month_year
from dispatch.address import describe_codes
from dispatch.case_queue import QueueFilter, queue_rows
from dispatch.console_admin import staff_center_ids
from dispatch.help_groups import HELP_GROUPS
from dispatch.lifecycle import OUTCOMES
from dispatch.monthly_report import CenterMonth, monthly_report
from dispatch.sql_time import bangkok_iso
from models.cases import Case
from models.centers import Center
from models.users import User
from web.console import blueprint, queue_filter_of_request
from web.console_context import console_now, db_sessions, described, render_page, signed_in_staff, write_audit
from web.texts import t

EXPORT_COLUMNS = (
    "reference", "status", "urgency", "category", "subdistrict_code", "district_code", "province_code", "area",
    "center_code", "center_name", "created_at", "ack_due_at", "acknowledged_at", "visit_due_at", "resolved_at",
    "closed_at", "outcome", "overdue",
)  # fmt: skip
PERSONAL_COLUMNS = ("person_name", "person_age", "contact_phone", "address_text", "description")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# The Case columns an export reads (bare rows: no objects), in the order _case_row uses them.
ROW_COLUMNS = (
    Case.reference, Case.status, Case.urgency, Case.category, Case.subdistrict_code, Case.district_code,
    Case.province_code, Case.center_id, bangkok_iso(Case.created_at), bangkok_iso(Case.ack_due_at),
    bangkok_iso(Case.acknowledged_at), bangkok_iso(Case.visit_due_at), bangkok_iso(Case.resolved_at),
    bangkok_iso(Case.closed_at),
    Case.outcome,
)  # fmt: skip
PERSONAL_ROW_COLUMNS = (Case.person_name, Case.person_age, Case.contact_phone, Case.address_text, Case.description)


@lru_cache(maxsize=20_000)
def _area_of(subdistrict: str | None, district: str | None, province: str | None) -> str:
    return describe_codes(subdistrict, district, province) or "-"


def _case_row(row: Any, centers: dict[int, tuple[str, str]], personal: bool) -> list[Any]:
    (reference, status, urgency, category, subdistrict, district, province, center_id, created, ack_due, acknowledged,
     visit_due, resolved, closed, outcome) = row[:15]  # fmt: skip
    code, name = centers.get(center_id, ("", ""))
    values = [
        reference, status, urgency, category, subdistrict or "", district or "", province or "",
        _area_of(subdistrict, district, province), code, name, created, ack_due or "", acknowledged or "",
        visit_due or "", resolved or "", closed or "", outcome or "", "1" if row[-1] else "0",
    ]  # fmt: skip
    if personal:
        person_name, age, phone, address, description = row[15:20]
        values += [person_name or "", age if age is not None else "", phone or "", address or "", description or ""]
    return values


@dataclass(frozen=True)
class Export:
    user_id: int
    chosen: QueueFilter
    personal: bool


def _case_rows(export: Export, now: datetime) -> Iterator[list[Any]]:
    """The header, then every case of the filtered queue, in its order, fetched in batches."""
    user_id, chosen, personal = export.user_id, export.chosen, export.personal
    yield list(EXPORT_COLUMNS) + (list(PERSONAL_COLUMNS) if personal else [])
    columns = ROW_COLUMNS + (PERSONAL_ROW_COLUMNS if personal else ())
    blank = [""] * len(PERSONAL_COLUMNS)
    with db_sessions()() as session:
        viewer = session.get(User, user_id)
        own = staff_center_ids(session, viewer) if personal else set()
        centers = {row.id: (row.code, row.name) for row in session.execute(select(Center.id, Center.code, Center.name))}
        for row in queue_rows(session, viewer, now, chosen, columns):
            if not personal:
                yield _case_row(row, centers, False)
            elif row.center_id in own:
                yield _case_row(row, centers, True)
            else:
                yield _case_row(row, centers, False) + blank


def _begin_export(kind: str) -> Export | Any:
    """Who exports what, once the audit entry is written; a response (sign-in, refusal) otherwise."""
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        chosen = queue_filter_of_request()
        personal = request.args.get("personal") == "1"
        write_audit(session, user, "export", "cases", None, format=kind, filter=described(chosen), personal=personal)
        session.commit()
        return Export(user.id, chosen, personal)


def _csv_stream(rows: Iterator[list[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    yield "\ufeff"  # Excel opens UTF-8 Thai correctly only with the byte-order mark
    for row in rows:
        writer.writerow(row)
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _xlsx_file(title: str, rows: Iterator[list[Any]]) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    for index, row in enumerate(rows):
        if index == 0:
            from openpyxl.cell import WriteOnlyCell

            header = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                cell.font = Font(bold=True)
                header.append(cell)
            sheet.append(header)
        else:
            sheet.append(row)
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - send_file closes it
    book.save(handle)
    handle.seek(0)
    return handle


def _stamp(now: datetime) -> str:
    return now.astimezone(BANGKOK).strftime("%Y%m%d-%H%M")


@blueprint.get("/export.csv")
def export_csv() -> Any:
    """The queue with its filters as CSV; dates ISO 8601 +07:00 (DESIGN.md §9)."""
    begun = _begin_export("csv")
    if not isinstance(begun, Export):
        return begun
    now = console_now()
    response = Response(stream_with_context(_csv_stream(_case_rows(begun, now))), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="cases-{_stamp(now)}.csv"'
    return response


@blueprint.get("/export.xlsx")
def export_xlsx() -> Any:
    """The same rows as the CSV, as an Excel workbook."""
    begun = _begin_export("xlsx")
    if not isinstance(begun, Export):
        return begun
    now = console_now()
    handle = _xlsx_file("cases", _case_rows(begun, now))
    return send_file(handle, mimetype=XLSX, as_attachment=True, download_name=f"cases-{_stamp(now)}.xlsx")


# --- the monthly summary per center ------------------------------------------------------------------


def _month() -> date:
    """The month asked for (YYYY-MM), else the last full month in Bangkok."""
    raw = (request.args.get("month") or "").strip()
    try:
        year, month = (int(part) for part in raw.split("-"))
        return date(year, month, 1)
    except ValueError:
        today = console_now().astimezone(BANGKOK).date().replace(day=1)
        return date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)


def _report_rows(report: list[CenterMonth], language: str) -> Iterator[list[Any]]:
    yield (
        [
            t("report_center_code", language),
            t("report_center", language),
            t("report_district", language),
            t("report_new", language),
        ]
        + [t(f"cat_{group}", language) for group in HELP_GROUPS]
        + [t("report_closed", language)]
        + [t(f"outcome_{outcome}", language) for outcome in OUTCOMES]
        + [t("report_ack_due", language), t("report_ack_in_time", language), t("report_ack_share", language)]
    )
    for row in report:
        share = round(row.ack_share * 100, 1) if row.ack_share is not None else ""
        yield (
            [row.code, row.name, row.district_code, row.new]
            + [row.by_group[group] for group in HELP_GROUPS]
            + [row.closed]
            + [row.by_outcome[outcome] for outcome in OUTCOMES]
            + [row.ack_due, row.ack_in_time, share]
        )


@blueprint.get("/report")
def monthly() -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        month = _month()
        fmt = request.args.get("format", "")
        report = monthly_report(session, user, month, console_now())
        if report is None:
            abort(404)
        if fmt in ("csv", "xlsx"):
            write_audit(session, user, "export", "report", month.strftime("%Y-%m"), format=fmt)
        session.commit()
    language = g.language
    name = f"report-{month:%Y-%m}"
    if fmt == "csv":
        response = Response(_csv_stream(_report_rows(report, language)), mimetype="text/csv")
        response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    if fmt == "xlsx":
        handle = _xlsx_file(f"{month:%Y-%m}", _report_rows(report, language))
        return send_file(handle, mimetype=XLSX, as_attachment=True, download_name=f"{name}.xlsx")
    rows = list(_report_rows(report, language))
    totals = [sum(row[i] for row in rows[1:]) if i >= 3 and i < len(rows[0]) - 1 else "" for i in range(len(rows[0]))]
    return render_page(
        "report.html",
        header=rows[0],
        rows=rows[1:],
        totals=totals,
        month=month,
        title=thai_month_year(month, language),
        csv_url=url_for("console.monthly", month=f"{month:%Y-%m}", format="csv"),
        xlsx_url=url_for("console.monthly", month=f"{month:%Y-%m}", format="xlsx"),
    )
