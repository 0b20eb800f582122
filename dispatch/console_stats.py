"""Figures for the console's dashboard, over the cases a user may see (scope_filter), narrowed to one
area of it (a center, a district, a province): open cases by status, overdue now, new and resolved
cases per week (weeks begin on Monday, Asia/Bangkok), and over the cases reported in those weeks the
timeliness against the deadlines (median time to acknowledge and to the first visit, share within
the deadline, per urgency), the reporters' ratings and the volunteers who worked.

The first visit is the earliest of a status step to ลงพื้นที่/กำลังดำเนินการ (what ends the visit
deadline, dispatch/case_work.overdue_condition) and a volunteer's visit report. Medians are computed
here over the period's cases (a few thousand for the largest province), so SQLite and PostgreSQL
give the same figure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from dispatch.case_actions import cases_in, scope_filter
from dispatch.case_work import overdue_condition
from dispatch.lifecycle import OPEN_STATUSES
from models.cases import Case, CaseEvent, CaseStatus, Urgency
from models.centers import Center
from models.users import User
from models.volunteers import OfferState, VisitReport, Volunteer, VolunteerOffer

BANGKOK = ZoneInfo("Asia/Bangkok")


@dataclass(frozen=True)
class Week:
    starts: datetime  # Monday 00:00 in Bangkok
    new: int
    resolved: int


@dataclass(frozen=True)
class Area:
    """One area a dashboard can be narrowed to: "center", "district" or "province", and its code."""

    level: str
    code: str
    name: str

    @property
    def key(self) -> str:
        return f"{self.level}:{self.code}"


@dataclass(frozen=True)
class Timeliness:
    """Over the cases of one urgency (or "all") reported in the period. A share counts the cases
    whose deadline has passed or that met it (a case still inside its deadline is not yet counted)."""

    urgency: str
    cases: int
    ack_target_hours: float | None
    median_ack_hours: float | None
    ack_within: int
    ack_counted: int
    visit_target_hours: float | None
    median_visit_hours: float | None
    visit_within: int
    visit_counted: int

    @property
    def ack_share(self) -> float | None:
        return self.ack_within / self.ack_counted if self.ack_counted else None

    @property
    def visit_share(self) -> float | None:
        return self.visit_within / self.visit_counted if self.visit_counted else None


@dataclass(frozen=True)
class Dashboard:
    open_by_status: dict[str, int]
    overdue: int
    weeks: list[Week]
    area: Area | None = None  # None: the user's whole scope
    since: datetime | None = None  # the period's first moment (the first week's Monday)
    timeliness: list[Timeliness] = field(default_factory=list)  # per urgency, then "all"
    rating_average: float | None = None
    ratings: int = 0
    volunteers_active: int = 0

    @property
    def open_total(self) -> int:
        return sum(self.open_by_status.values())


def _count(session: Session, query) -> int:  # noqa: ANN001 - a Select
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def areas_of(session: Session, user: User) -> list[Area]:
    """The areas `user` may narrow the dashboard to: the provinces, districts and centers of their
    scope (a staff member: their center), widest first."""
    scope = scope_filter(session, user)
    if scope is None:
        return []
    rows = session.execute(
        select(Center.code, Center.name, Center.district_code, Center.province_code).where(scope).order_by(Center.code)
    ).all()
    provinces = sorted({row.province_code for row in rows if row.province_code})
    districts = sorted({row.district_code for row in rows if row.district_code})
    found = [Area("province", code, code) for code in provinces] if len(rows) > 1 else []
    found += [Area("district", code, code) for code in districts] if len(rows) > 1 else []
    return found + [Area("center", row.code, row.name) for row in rows]


def _area_centers(area: Area) -> Any:
    """The area's centers, as a condition over Center."""
    column = {"center": Center.code, "district": Center.district_code, "province": Center.province_code}[area.level]
    return column == area.code


def _area_condition(area: Area) -> Any:
    """Cases of `area`: its centers' (by id, ix_cases_center_*), and for a district or province those
    without a center that lie in it (they went to its supervisors)."""
    ids = Case.center_id.in_(select(Center.id).where(_area_centers(area)))
    if area.level == "center":
        return ids
    own = Case.district_code if area.level == "district" else Case.province_code
    return or_(ids, and_(Case.center_id.is_(None), own == area.code))


def dashboard(
    session: Session,
    user: User,
    now: datetime,
    weeks: int = 8,
    area: str | None = None,
    deadlines: dict[str, tuple[timedelta, timedelta]] | None = None,
) -> Dashboard | None:
    """None for someone who is neither staff nor supervisor, or an `area` ("level:code") outside
    their scope. `deadlines`: per urgency the acknowledgement and visit targets, shown beside the
    medians (settings.deadlines)."""
    scope = scope_filter(session, user, cases=True)
    if scope is None:
        return None
    centers = scope_filter(session, user)
    chosen = None
    if area:
        chosen = next((found for found in areas_of(session, user) if found.key == area), None)
        if chosen is None:
            return None
        scope = and_(scope, _area_condition(chosen))
        centers = and_(centers, _area_centers(chosen))
    open_statuses = [str(status) for status in OPEN_STATUSES]
    inner = cases_in(scope).where(Case.status.in_(open_statuses)).subquery()
    grouped = select(inner.c.status, func.count()).group_by(inner.c.status)
    counts = dict(session.execute(grouped).all())
    open_by_status = {status: int(counts.get(status, 0)) for status in open_statuses}
    overdue = _count(session, cases_in(scope).where(overdue_condition(now)))
    local = now.astimezone(BANGKOK)
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    starts = [monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    resolved = _per_week(session, scope, Case.resolved_at, starts)
    since = starts[0].astimezone(UTC)
    new, (timeliness, rating_average, ratings) = _new_and_timeliness(session, scope, starts, now, deadlines or {})
    return Dashboard(
        open_by_status,
        overdue,
        [Week(*week) for week in zip(starts, new, resolved, strict=True)],
        area=chosen,
        since=since,
        timeliness=timeliness,
        rating_average=rating_average,
        ratings=ratings,
        volunteers_active=_volunteers_active(session, centers, since, now),
    )


def median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def _first_visit_columns() -> tuple[Any, Any]:
    """The case's first visit step and first visit report (see the module's docstring), as scalar
    subqueries correlated to the case: one index probe per case of the period (ix_case_events_case_id,
    ix_visit_reports_case_id), whatever the size of the timelines of every other case."""
    step = (
        select(func.min(CaseEvent.at))
        .where(
            CaseEvent.case_id == Case.id,
            CaseEvent.kind == "status",
            CaseEvent.to_status.in_([str(CaseStatus.VISITING), str(CaseStatus.IN_PROGRESS)]),
        )
        .scalar_subquery()
    )
    report = select(func.min(VisitReport.created_at)).where(VisitReport.case_id == Case.id).scalar_subquery()
    return step.label("first_step"), report.label("first_report")


Figures = tuple[list[Timeliness], float | None, int]  # per urgency and "all"; the rating average and count


def _period_columns() -> tuple[Any, ...]:
    return (
        Case.id,
        Case.urgency,
        Case.status,
        Case.duplicate_of_id,
        Case.created_at,
        Case.acknowledged_at,
        Case.ack_due_at,
        Case.visit_due_at,
        Case.rating,
        *_first_visit_columns(),
    )


def _counts_in_timeliness(status: Any, duplicate_of_id: Any, created_at: Any, now: datetime) -> Any:
    """Which of the period's cases the timeliness figures count: not a duplicate, not withdrawn
    before anyone could act (cancelled)."""
    return and_(duplicate_of_id.is_(None), status != CaseStatus.CANCELLED, created_at < now)


def _new_and_timeliness(
    session: Session,
    scope: Any,
    starts: list[datetime],
    now: datetime,
    deadlines: dict[str, tuple[timedelta, timedelta]],
) -> tuple[list[int], Figures]:
    """New cases per week, and the timeliness figures over the cases reported in those weeks."""
    since, until = starts[0].astimezone(UTC), (starts[-1] + timedelta(weeks=1)).astimezone(UTC)
    period = (
        cases_in(scope).where(Case.created_at >= since, Case.created_at < until).with_only_columns(*_period_columns())
    )
    if session.get_bind().dialect.name == "postgresql":
        return _in_postgresql(session, period.subquery(), starts, now, deadlines)
    new = _per_week(session, scope, Case.created_at, starts)
    counted = period.where(_counts_in_timeliness(Case.status, Case.duplicate_of_id, Case.created_at, now))
    facts = [_facts_of(row, now) for row in session.execute(counted)]
    by_urgency: dict[str, list[_Facts]] = {str(urgency): [] for urgency in Urgency}
    for fact in facts:
        by_urgency.setdefault(fact.urgency, []).append(fact)
    found = [_timeliness_of(urgency, cases, deadlines.get(urgency)) for urgency, cases in by_urgency.items()]
    found.append(_timeliness_of("all", facts, None))
    rated = [fact.rating for fact in facts if fact.rating is not None]
    average = sum(rated) / len(rated) if rated else None
    return new, (found, average, len(rated))


def _in_postgresql(
    session: Session,
    period: Any,
    starts: list[datetime],
    now: datetime,
    deadlines: dict[str, tuple[timedelta, timedelta]],
) -> tuple[list[int], Figures]:
    """The same figures as _per_week, _facts_of and _timeliness_of, aggregated by PostgreSQL in one
    pass over the period's cases (percentile_cont is the median; ROLLUP adds the "all" row): a
    province's cases never travel to Python, and are read once for the week counts and the
    timeliness alike. The unit tests run the same cases through both ways."""
    columns = period.c
    valid = _counts_in_timeliness(columns.status, columns.duplicate_of_id, columns.created_at, now)
    visited = func.least(columns.first_step, columns.first_report)  # LEAST skips NULLs in PostgreSQL

    def hours(since: Any, until: Any) -> Any:
        return func.percentile_cont(0.5).within_group(func.extract("epoch", until - since) / 3600).filter(valid)

    def counted(due: Any, done: Any) -> Any:
        return func.count().filter(and_(valid, due.is_not(None), or_(done.is_not(None), due < now)))

    def in_time(due: Any, done: Any) -> Any:
        return func.count().filter(and_(valid, due.is_not(None), done.is_not(None), done <= due))

    weeks = [
        func.count().filter(
            and_(
                columns.created_at >= start.astimezone(UTC),
                columns.created_at < (start + timedelta(weeks=1)).astimezone(UTC),
            )
        )
        for start in starts
    ]
    grouped = select(
        columns.urgency,
        func.grouping(columns.urgency).label("total"),
        func.count().filter(valid),
        hours(columns.created_at, columns.acknowledged_at),
        in_time(columns.ack_due_at, columns.acknowledged_at),
        counted(columns.ack_due_at, columns.acknowledged_at),
        hours(columns.created_at, visited),
        in_time(columns.visit_due_at, visited),
        counted(columns.visit_due_at, visited),
        func.avg(columns.rating).filter(valid),
        func.count(columns.rating).filter(valid),
        *weeks,
    ).group_by(func.rollup(columns.urgency))
    rows = {("all" if row.total else row.urgency): row for row in session.execute(grouped)}
    known = [str(urgency) for urgency in Urgency]
    found = []
    for urgency in [*known, *(key for key in rows if key not in known and key != "all"), "all"]:
        row = rows.get(urgency)
        target = deadlines.get(urgency) if urgency != "all" else None
        cases, ack, ack_in, ack_n, visit, visit_in, visit_n = (
            row[2:9] if row is not None else (0, None, 0, 0, None, 0, 0)
        )
        found.append(
            Timeliness(
                urgency=urgency,
                cases=cases,
                ack_target_hours=target[0].total_seconds() / 3600 if target else None,
                median_ack_hours=float(ack) if ack is not None else None,
                ack_within=ack_in,
                ack_counted=ack_n,
                visit_target_hours=target[1].total_seconds() / 3600 if target else None,
                median_visit_hours=float(visit) if visit is not None else None,
                visit_within=visit_in,
                visit_counted=visit_n,
            )
        )
    total = rows.get("all")
    if total is None:  # no case at all in the weeks
        return [0] * len(starts), (found, None, 0)
    average = float(total[9]) if total[9] is not None else None
    return [int(count) for count in total[11:]], (found, average, total[10])


@dataclass(frozen=True)
class _Facts:
    """What the timeliness figures read of one case. `*_counted`: its deadline has passed or it was
    met; `*_in_time`: it was met."""

    urgency: str
    ack_hours: float | None
    ack_counted: bool
    ack_in_time: bool
    visit_hours: float | None
    visit_counted: bool
    visit_in_time: bool
    rating: int | None


def _facts_of(row: Any, now: datetime) -> _Facts:
    created, acked, ack_due, visit_due = row.created_at, row.acknowledged_at, row.ack_due_at, row.visit_due_at
    visited = min((moment for moment in (row.first_step, row.first_report) if moment is not None), default=None)
    return _Facts(
        urgency=row.urgency,
        ack_hours=_hours(created, acked) if acked is not None else None,
        ack_counted=ack_due is not None and (acked is not None or ack_due < now),
        ack_in_time=ack_due is not None and acked is not None and acked <= ack_due,
        visit_hours=_hours(created, visited) if visited is not None else None,
        visit_counted=visit_due is not None and (visited is not None or visit_due < now),
        visit_in_time=visit_due is not None and visited is not None and visited <= visit_due,
        rating=row.rating,
    )


def _timeliness_of(urgency: str, facts: list[_Facts], target: tuple[timedelta, timedelta] | None) -> Timeliness:
    return Timeliness(
        urgency=urgency,
        cases=len(facts),
        ack_target_hours=target[0].total_seconds() / 3600 if target else None,
        median_ack_hours=median([fact.ack_hours for fact in facts if fact.ack_hours is not None]),
        ack_within=sum(fact.ack_in_time for fact in facts),
        ack_counted=sum(fact.ack_counted for fact in facts),
        visit_target_hours=target[1].total_seconds() / 3600 if target else None,
        median_visit_hours=median([fact.visit_hours for fact in facts if fact.visit_hours is not None]),
        visit_within=sum(fact.visit_in_time for fact in facts),
        visit_counted=sum(fact.visit_counted for fact in facts),
    )


WORKED = [str(OfferState.ACCEPTED), str(OfferState.REPORTED), str(OfferState.HANDED_BACK), str(OfferState.RELEASED)]


def _volunteers_active(session: Session, centers: Any, since: datetime, now: datetime) -> int:
    """Volunteers of the area's centers (`centers`: a condition over Center) who took on a case in the
    period (accepted an offer, whatever came of it). From the area's few hundred volunteers, each an
    index probe (ix_volunteer_offers_volunteer_state), not from every case of the area."""
    return (
        session.scalar(
            select(func.count(func.distinct(VolunteerOffer.volunteer_id)))
            .join(Volunteer, Volunteer.id == VolunteerOffer.volunteer_id)
            .join(Center, Center.id == Volunteer.center_id)
            .where(
                centers,
                VolunteerOffer.state.in_(WORKED),
                VolunteerOffer.answered_at >= since,
                VolunteerOffer.answered_at < now,
            )
        )
        or 0
    )


def _per_week(session: Session, scope: Any, column: Any, starts: list[datetime]) -> list[int]:
    """How many cases of the scope have `column` in each week: one pass over the weeks' range (per
    center, ix_cases_center_created / ix_cases_center_resolved), a count per week."""
    bounds = [(start.astimezone(UTC), (start + timedelta(weeks=1)).astimezone(UTC)) for start in starts]
    inner = (
        cases_in(scope)
        .where(column >= bounds[0][0], column < bounds[-1][1])
        .with_only_columns(column.label("moment"))
        .subquery()
    )
    counts = [func.count().filter(and_(inner.c.moment >= since, inner.c.moment < until)) for since, until in bounds]
    return [int(count or 0) for count in session.execute(select(*counts)).one()]
