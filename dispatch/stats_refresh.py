"""Keeps the materialised public statistics (models/stats.py) up to date, and reads them back.

The scheduled refresh (every STATS_REFRESH_SECONDS, bot/workers/runtime.py) finds the cases changed since
its last run — by their updated_at, and by their timeline for what changes a case without touching
updated_at (a rating, a visit report) — and recomputes only the (month, province) pairs they fall in,
from those cases alone; then the country's row of each such month from its provinces' rows. A
province is the unit because a case's area is only ever filled in (from unknown to known), never
moved: the unknown-province rows of a month are recomputed along with any change in it. The first
run, a longer STATS_MONTHS and the first run of each Bangkok day (a safety net for changes made by
hand) recompute every month of the period; months that leave the period are deleted.

Medians are kept as histograms (dispatch/public_stats.Tally), so they add up across months, groups
and areas like the counts do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, union
from sqlalchemy.orm import Session

from dispatch.public_stats import BANGKOK, DURATIONS, CaseFacts, Tally, month_bounds, month_of, period_months
from models.cases import Case, CaseEvent
from models.stats import AreaMonth, StatsRefresh
from models.volunteers import VisitReport

# Changes committed this long after they were stamped are still found: a transaction that stamped
# updated_at before the last refresh began may commit after it read.
OVERLAP = timedelta(minutes=5)
COUNTS = ("cases", "acknowledged", "acknowledged_in_time", "resolved", "rating_sum", "ratings")
AreaKey = tuple[int, str, str, str]  # level, parent_code, area_code, province_code


def case_facts(
    session: Session,
    start: datetime,
    end: datetime | None = None,
    provinces: Collection[str] | None = None,
    area_code: str = "",
) -> list[CaseFacts]:
    """The facts statistics read of the cases reported from `start` (to `end`), of the given
    provinces ("" for cases with no province) or within one area. Nothing personal is read."""
    conditions = [Case.created_at >= start]
    if end is not None:
        conditions.append(Case.created_at < end)
    if provinces is not None:
        known = sorted(code for code in provinces if code)
        either = [Case.province_code.in_(known)] if known else []
        if "" in provinces:
            either.append(Case.province_code.is_(None))
        conditions.append(or_(*either) if either else Case.id.is_(None))
    column = {2: Case.province_code, 4: Case.district_code, 6: Case.subdistrict_code}.get(len(area_code))
    if column is not None:
        conditions.append(column == area_code)
    visits = dict(
        session.execute(
            select(VisitReport.case_id, func.min(VisitReport.created_at))
            .join(Case, Case.id == VisitReport.case_id)
            .where(*conditions)
            .group_by(VisitReport.case_id)
        ).all()
    )
    rows = session.execute(
        select(
            Case.id,
            Case.subdistrict_code,
            Case.district_code,
            Case.province_code,
            Case.category,
            Case.status,
            Case.created_at,
            Case.acknowledged_at,
            Case.ack_due_at,
            Case.resolved_at,
            Case.rating,
        ).where(*conditions)
    )
    return [CaseFacts(*row[1:], first_visit_at=visits.get(row[0])) for row in rows]


def area_keys(facts: CaseFacts) -> list[AreaKey]:
    """The rows a case counts in below the country: its province, district and subdistrict ("" where
    not known; nothing below an unknown level)."""
    province = facts.province_code or ""
    keys = [(1, "", province, province)]
    if province:
        district = facts.district_code or ""
        keys.append((2, province, district, province))
        if district:
            keys.append((3, district, facts.subdistrict_code or "", province))
    return keys


def tally_to_row(tally: Tally) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(tally, name) for name in COUNTS}
    row.update(groups=dict(tally.groups), statuses=dict(tally.statuses))
    for name in DURATIONS:
        row[name] = {str(key): count for key, count in getattr(tally, name).items()}
    return row


def tally_from_row(row: Mapping[str, Any]) -> Tally:
    tally = Tally(**{name: row[name] for name in COUNTS})
    tally.groups.update(row["groups"])
    tally.statuses.update(row["statuses"])
    for name in DURATIONS:
        getattr(tally, name).update({int(key): count for key, count in row[name].items()})
    return tally


def rewrite_month(session: Session, month: str, provinces: Collection[str] | None = None) -> int:
    """Recompute the rows of one month: of the given provinces ("" the unknown one), or all; then the
    country's row from the provinces'. Returns the cases read."""
    start, end = month_bounds(month)
    facts = case_facts(session, start, end, provinces)
    tallies: dict[AreaKey, Tally] = defaultdict(Tally)
    for one in facts:
        for key in area_keys(one):
            tallies[key].count(one)
    table = AreaMonth.__table__
    stale = delete(table).where(table.c.month == month, table.c.level >= 1)
    if provinces is not None:
        stale = stale.where(table.c.province_code.in_(sorted(provinces)))
    session.execute(stale)
    _insert(session, month, tallies.items())
    country = _tally_of_rows(
        session.execute(select(table).where(table.c.level == 1, table.c.parent_code == "", table.c.month == month))
    )
    session.execute(delete(table).where(table.c.month == month, table.c.level == 0))
    if country.cases:
        _insert(session, month, [((0, "", "", ""), country)])
    return len(facts)


def _insert(session: Session, month: str, tallies: Iterable[tuple[AreaKey, Tally]]) -> None:
    rows = [
        {"level": level, "parent_code": parent, "area_code": area, "province_code": province, "month": month}
        | tally_to_row(tally)
        for (level, parent, area, province), tally in tallies
    ]
    if rows:
        session.execute(insert(AreaMonth.__table__), rows)


def _tally_of_rows(rows: Iterable[Any]) -> Tally:
    total = Tally()
    for row in rows:
        total.add(tally_from_row(row._mapping))
    return total


def changed_cells(session: Session, since: datetime, first_month: str) -> dict[str, set[str]]:
    """The provinces ("" for none) of each month of the period whose cases changed since `since`."""
    start = month_bounds(first_month)[0]
    stamped = select(Case.created_at, Case.province_code).where(Case.updated_at > since, Case.created_at >= start)
    in_timeline = (
        select(Case.created_at, Case.province_code)
        .join(CaseEvent, CaseEvent.case_id == Case.id)
        .where(CaseEvent.at > since, Case.created_at >= start)
    )
    cells: dict[str, set[str]] = defaultdict(set)
    for created_at, province in session.execute(union(stamped, in_timeline)):
        cells[month_of(created_at)].update({province or "", ""})  # "": a case's area may have just been filled
    return cells


def refresh_statistics(session: Session, now: datetime, months: int, everything: bool = False) -> int:
    """Bring the materialised statistics of the last `months` months up to date; returns the cases
    read. `everything`: recompute every month of the period."""
    state = session.scalar(select(StatsRefresh).where(StatsRefresh.id == 1).with_for_update())
    if state is None:
        state = StatsRefresh(id=1)
        session.add(state)
    period = period_months(now, months)
    dirty: dict[str, Collection[str] | None] = {}
    last = state.refreshed_at
    new_day = last is None or last.astimezone(BANGKOK).date() != now.astimezone(BANGKOK).date()
    if everything or new_day or state.from_month is None:
        dirty = dict.fromkeys(period)
    else:
        assert last is not None
        dirty.update(changed_cells(session, last - OVERLAP, period[0]))
        dirty.update({month: None for month in period if month < state.from_month})
    read = 0
    for month, provinces in sorted(dirty.items()):
        read += rewrite_month(session, month, provinces)
    session.execute(delete(AreaMonth.__table__).where(AreaMonth.__table__.c.month < period[0]))
    state.from_month, state.refreshed_at = period[0], now
    return read


# -- reading ------------------------------------------------------------------------------------


def parent_of(code: str) -> str:
    """The parent_code of an area's own rows: the code one level up ("" above a district)."""
    return code[:-2] if len(code) >= 4 else ""


def area_months(
    session: Session, code: str, first_month: str
) -> tuple[dict[str, Tally], dict[str | None, dict[str, Tally]]]:
    """An area's tallies per month, and its children's (None: cases whose area one level down is
    not known), from `first_month` on: two reads of the primary key."""
    table = AreaMonth.__table__
    level = len(code) // 2
    own = session.execute(
        select(table).where(
            table.c.level == level,
            table.c.parent_code == parent_of(code),
            table.c.area_code == code,
            table.c.month >= first_month,
        )
    )
    months = {row.month: tally_from_row(row._mapping) for row in own}
    by_child: dict[str | None, dict[str, Tally]] = defaultdict(dict)
    if level < 3:
        rows = session.execute(
            select(table).where(table.c.level == level + 1, table.c.parent_code == code, table.c.month >= first_month)
        )
        for row in rows:
            by_child[row.area_code or None][row.month] = tally_from_row(row._mapping)
    return months, by_child


def subdistrict_counts(session: Session, month: str) -> dict[tuple[str, str], int]:
    """Cases per (subdistrict, help group) of one month, from the subdistrict rows."""
    table = AreaMonth.__table__
    rows = session.execute(
        select(table.c.area_code, table.c.groups).where(
            table.c.level == 3, table.c.month == month, table.c.area_code != ""
        )
    )
    return {(subdistrict, group): count for subdistrict, groups in rows for group, count in groups.items()}


def materialised_months(session: Session) -> tuple[str | None, datetime | None]:
    """The first month the statistics hold and when they were last refreshed (None, None: never)."""
    state = session.get(StatsRefresh, 1)
    return (state.from_month, state.refreshed_at) if state else (None, None)
