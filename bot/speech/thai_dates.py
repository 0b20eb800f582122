"""Dates and times the Thai way: Asia/Bangkok, Buddhist Era year, Thai month abbreviations."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BANGKOK = ZoneInfo("Asia/Bangkok")
THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
BUDDHIST_ERA_OFFSET = 543


def thai_date(moment: datetime, language: str = "th") -> str:
    local = moment.astimezone(BANGKOK)
    if language == "en":
        return local.strftime("%d %b %Y")
    return f"{local.day} {THAI_MONTHS[local.month - 1]} {local.year + BUDDHIST_ERA_OFFSET}"


def thai_datetime(moment: datetime, language: str = "th") -> str:
    """For example "23 พ.ย. 2569 เวลา 09:30 น."."""
    local = moment.astimezone(BANGKOK)
    if language == "en":
        return local.strftime("%d %b %Y %H:%M")
    return f"{thai_date(moment)} เวลา {local:%H:%M} น."


def thai_time(moment: datetime) -> str:
    return f"{moment.astimezone(BANGKOK):%H:%M}"
