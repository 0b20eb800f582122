"""The console's map: the open cases of the scope with a place, coloured by overdue then urgency,
the scope's centers as a layer; labels without personal data; the view in the audit trail."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from models.audit import AuditEntry
from tests.web.conftest import STAFF_A, SUPERVISOR, Console

pytestmark = pytest.mark.in_process


def _layers(page: str, box: str) -> dict:
    found = re.search(rf'<script type="application/json" id="{box}-data">(.*?)</script>', page, re.S)
    assert found, page
    return json.loads(found.group(1))


def test_the_map_holds_the_scope_only_coloured_and_without_personal_data(console: Console) -> None:
    staff = console.sign_in(STAFF_A)
    page = staff.get(console.url + "/console/map", timeout=10).text
    cases, centers = _layers(page, "cases-map")["layers"]
    assert [point["label"].split(" · ")[0] for point in cases["points"]] == ["A-1"]  # A-2 has no place
    assert (
        cases["cluster"]
        and cases["points"][0]["tone"] == "overdue"
        and cases["points"][0]["url"].endswith("/console/cases/A-1")
    )
    assert [point["label"] for point in centers["points"]] == ["ศูนย์ช่วยเหลือสังคมตำบลในเมือง"]
    assert "ยายมา" not in page and "0812345678" not in page
    assert "แสดง 1 เรื่องบนแผนที่ จาก 1 เรื่องที่มีพิกัด (ไม่มีพิกัด 1 เรื่อง" in page
    assert "ยังไม่ได้ตั้งค่าแผนที่พื้นหลัง" in page and 'data-tiles=""' in page

    supervisor = console.sign_in(SUPERVISOR)
    page = supervisor.get(console.url + "/console/map", params={"urgency": "high"}, timeout=10).text
    cases, centers = _layers(page, "cases-map")["layers"]
    assert cases["points"] == [] and {point["label"] for point in centers["points"]} == {
        "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "ศูนย์ช่วยเหลือสังคมตำบลสำราญ",
    }  # fmt: skip
    with console.bot.sessions() as session:
        views = session.execute(
            select(AuditEntry.subject_kind, AuditEntry.detail).where(AuditEntry.subject_kind == "map")
        ).all()
    assert ("map", {"filter": {"status": "open"}, "points": 1}) in views
    assert ("map", {"filter": {"status": "open", "urgency": "high"}, "points": 0}) in views


def test_the_case_page_pins_the_case_and_its_center_and_tiles_are_a_setting(console: Console) -> None:
    from dataclasses import replace

    app = console.bot.app
    app.config["BOT_SETTINGS"] = replace(
        app.config["BOT_SETTINGS"], map_tile_url="https://{s}.tile.example.org/{z}/{x}/{y}.png"
    )
    answer = console.sign_in(STAFF_A).get(console.url + "/console/cases/A-1", timeout=10)
    cases, centers = _layers(answer.text, "case-map")["layers"]
    assert [(point["lat"], point["lon"], point["kind"]) for point in cases["points"]] == [(16.45, 102.84, "case")]
    assert [point["kind"] for point in centers["points"]] == ["center"]
    assert 'data-tiles="https://{s}.tile.example.org/{z}/{x}/{y}.png"' in answer.text
    assert "img-src 'self' data: https://*.tile.example.org;" in answer.headers["Content-Security-Policy"]
