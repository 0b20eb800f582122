"""Public statistics materialised: one row of sums per area and month, kept up to date by a
scheduled refresh (dispatch/stats_refresh.py), so that /stats, open data and Open311's small-cell
rule read a few hundred rows instead of scanning cases.

A row is an area at one level (0 the country, 1 a province, 2 a district, 3 a subdistrict) in one
Bangkok month. `area_code` is "" where the cases' area at that level is not known (a report placed
only at district level has a level-3 row with area "" under its district); `parent_code` is the
area one level up ("" for the country and the provinces), so an area's own rows and its children's
rows are both read by the primary key's prefix. `province_code` says which province a row belongs
to ("" for the country and unknown provinces): a refresh rewrites one province's rows of a month.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AreaMonth(Base):
    __tablename__ = "stats_area_months"
    __table_args__ = (Index("ix_stats_area_months_month_province", "month", "province_code"),)

    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    parent_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    area_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-11", Bangkok calendar
    province_code: Mapped[str] = mapped_column(String(2))
    cases: Mapped[int]
    acknowledged: Mapped[int]
    acknowledged_in_time: Mapped[int]
    resolved: Mapped[int]
    rating_sum: Mapped[int]
    ratings: Mapped[int]
    # {help group: cases}, {status: cases}; each duration as {tenths (dispatch/public_stats.duration_key): cases}
    groups: Mapped[dict[str, Any]]
    statuses: Mapped[dict[str, Any]]
    hours_to_acknowledge: Mapped[dict[str, Any]]
    days_to_first_visit: Mapped[dict[str, Any]]
    days_to_help: Mapped[dict[str, Any]]


class StatsRefresh(Base):
    """The one row (id 1) saying how far the materialised statistics are: every case change made
    before `refreshed_at` is in them, for the months from `from_month` on. Refreshes lock it, so two
    scheduler processes never rewrite the same rows at once."""

    __tablename__ = "stats_refresh"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    from_month: Mapped[str | None] = mapped_column(String(7))
    refreshed_at: Mapped[datetime | None]
