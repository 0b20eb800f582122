"""Dates and times the Thai way: Asia/Bangkok, Buddhist Era year, Thai month abbreviations.

English, Burmese and Lao readers get the Gregorian year (the calendar of their own everyday dates:
Myanmar and Laos write civil dates in the common era) with their own month names, day first, in
Arabic digits like the references and phone numbers next to them.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

BANGKOK = ZoneInfo("Asia/Bangkok")
THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
BUDDHIST_ERA_OFFSET = 543
GREGORIAN_MONTHS = {
    "my": (
        "ဇန်နဝါရီ",
        "ဖေဖော်ဝါရီ",
        "မတ်",
        "ဧပြီ",
        "မေ",
        "ဇွန်",
        "ဇူလိုင်",
        "ဩဂုတ်",
        "စက်တင်ဘာ",
        "အောက်တိုဘာ",
        "နိုဝင်ဘာ",
        "ဒီဇင်ဘာ",
    ),
    "lo": ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"),
}
# What stands around the time after the date: Thai "เวลา … น.", Lao "ເວລາ …" (Burmese: a ၊).
TIME_WORDS = {"th": ("เวลา ", " น."), "lo": ("ເວລາ ", "")}


def thai_date(moment: datetime, language: str = "th") -> str:
    local = moment.astimezone(BANGKOK)
    if language in GREGORIAN_MONTHS:
        return f"{local.day} {GREGORIAN_MONTHS[language][local.month - 1]} {local.year}"
    if language == "en":
        return local.strftime("%d %b %Y")
    return f"{local.day} {THAI_MONTHS[local.month - 1]} {local.year + BUDDHIST_ERA_OFFSET}"


def thai_datetime(moment: datetime, language: str = "th") -> str:
    """For example "23 พ.ย. 2569 เวลา 09:30 น.", "23 နိုဝင်ဘာ 2026၊ 09:30", "23 ພະຈິກ 2026 ເວລາ 09:30"."""
    local = moment.astimezone(BANGKOK)
    if language == "en":
        return local.strftime("%d %b %Y %H:%M")
    if language == "my":
        return f"{thai_date(moment, language)}၊ {local:%H:%M}"
    before, after = TIME_WORDS.get(language, TIME_WORDS["th"])
    return f"{thai_date(moment, language)} {before}{local:%H:%M}{after}"


def thai_time(moment: datetime) -> str:
    return f"{moment.astimezone(BANGKOK):%H:%M}"


THAI_MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip


def thai_month_year(day: date, language: str = "th") -> str:
    """A month as reports name it: "พฤศจิกายน 2569" (Buddhist Era), or "November 2026"."""
    if language == "en":
        return day.strftime("%B %Y")
    return f"{THAI_MONTHS_FULL[day.month - 1]} {day.year + BUDDHIST_ERA_OFFSET}"
