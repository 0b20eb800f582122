"""Every declared flow in one engine, and the words that start them."""

from __future__ import annotations

from bot.commands.case_card import build_search_flow
from bot.commands.case_work import build_duplicate_flow, build_note_flow
from bot.commands.invites import build_invite_flow
from bot.commands.volunteer_work import build_hand_back_flow, build_visit_flow
from bot.flows.engine import FlowEngine
from bot.flows.report import build_report_flow
from bot.flows.report_done import finish_report
from bot.flows.volunteer_register import build_volunteer_flow

ENGINE = FlowEngine(
    [
        build_report_flow(finish_report),
        build_search_flow(),
        build_invite_flow(),
        build_note_flow(),
        build_duplicate_flow(),
        build_volunteer_flow(),
        build_visit_flow(),
        build_hand_back_flow(),
    ]
)

REPORT_WORDS = frozenset({"แจ้งเหตุ", "ขอความช่วยเหลือ", "แจ้งขอความช่วยเหลือ"})
TRACK_WORDS = frozenset({"ติดตาม", "ติดตามเรื่อง"})
NEW_CASES_WORDS = frozenset({"เคสใหม่", "เรื่องใหม่"})
SEARCH_WORDS = frozenset({"ค้นหาเคส", "ค้นหาเรื่อง"})
OVERDUE_WORDS = frozenset({"เคสค้าง", "เกินกำหนด", "เคสค้าง/เกินกำหนด", "เรื่องค้าง"})
TODAY_WORDS = frozenset({"สรุปวันนี้"})
UNROUTED_WORDS = frozenset({"เคสรอจัดศูนย์", "เรื่องรอจัดศูนย์"})
CONSOLE_WORDS = frozenset({"เว็บ", "ระบบงานบนเว็บ", "เปิดเว็บ"})
