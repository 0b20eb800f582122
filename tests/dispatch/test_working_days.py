"""The default calendar of Thai public holidays keeps the substitution rule: a holiday that falls on a
Saturday or a Sunday gives the next weekday off (วันหยุดชดเชย)."""

from __future__ import annotations

from datetime import date, timedelta

from config import THAI_PUBLIC_HOLIDAYS
from dispatch.working_days import holidays_of


def test_every_weekend_holiday_has_its_substitute_weekday() -> None:
    holidays = holidays_of(THAI_PUBLIC_HOLIDAYS)
    missing = []
    for day in sorted(holidays):
        if day.weekday() < 5:
            continue
        following = day + timedelta(days=1)
        while following.weekday() >= 5:
            following += timedelta(days=1)
        if following not in holidays:
            missing.append((day, following))
    assert missing == []


def test_the_default_calendar_covers_2026_and_2027() -> None:
    years = {day.year for day in holidays_of(THAI_PUBLIC_HOLIDAYS)}
    assert years == {2026, 2027}
    assert date(2027, 10, 25) in holidays_of(THAI_PUBLIC_HOLIDAYS)  # Chulalongkorn Day fell on a Saturday
