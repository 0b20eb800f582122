"""The words that ask for a volunteer command (the commands themselves: bot/commands/table.py)."""

from __future__ import annotations

VOLUNTEER_WORDS = {
    "สมัครอาสาสมัคร": "volunteer_register",
    "สมัครอาสา": "volunteer_register",
    "งานที่เสนอ": "vol_offers",
    "งานของฉัน": "vol_mine",
    "รายงานผลการเยี่ยม": "vol_report",
    "พร้อมรับงาน/พัก": "vol_toggle",
    "อาสาสมัคร": "volunteers",
}
