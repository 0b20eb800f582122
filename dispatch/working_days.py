"""Working days in Thailand: Monday to Friday of the Bangkok calendar, less the public holidays (a
setting, THAI_PUBLIC_HOLIDAYS)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

BANGKOK = ZoneInfo("Asia/Bangkok")


def holidays_of(days: Iterable[str]) -> frozenset[date]:
    return frozenset(date.fromisoformat(day) for day in days)


def is_working_day(day: date, holidays: frozenset[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(moment: datetime, days: int, holidays: frozenset[date]) -> datetime:
    """The same Bangkok time of day on the `days`-th working day after `moment`'s day: sent on a
    Friday afternoon with 2 days, due on Tuesday afternoon (a holiday Monday: Wednesday)."""
    local = moment.astimezone(BANGKOK)
    day, counted = local.date(), 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            counted += 1
    return datetime.combine(day, local.timetz()).astimezone(moment.tzinfo)
