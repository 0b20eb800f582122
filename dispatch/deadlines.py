"""Deadline reminders and escalations: what is due when (pure), who hears it, and claiming the work so
that any number of scheduler processes send each one exactly once.

A case past its acknowledgement deadline (still `assigned`) or its first-visit deadline (still
`assigned` or `acknowledged`) is reminded once at the deadline ("center" level: the owner, or the
center's staff when nobody owns it); at twice the time allowed it goes to the district supervisors,
at four times to the province supervisors: level n at `deadline + (2**n - 1) * limit`.

Claiming: the sweep locks the cases whose `next_alert_at` has come (`FOR UPDATE SKIP LOCKED` on
PostgreSQL; SQLite runs one writer at a time), and every alert is a row of `case_alerts` under a
unique key, so even a sweep that somehow saw a case twice could not write the same alert twice.
Held alerts are claimed with a conditional UPDATE … RETURNING.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from dispatch.routing import DEFAULT_DEADLINES
from models.cases import Case, CaseStatus
from models.centers import Center, StaffMembership, StaffRole
from models.schedules import CaseAlert
from models.users import User

BANGKOK = ZoneInfo("Asia/Bangkok")
CENTER = "center"
SUPERVISOR_ROLES = {"district": StaffRole.DISTRICT_SUPERVISOR, "province": StaffRole.PROVINCE_SUPERVISOR}
# Which deadline still matters in which status.
DEADLINE_STATUSES = {
    "ack": frozenset({CaseStatus.ASSIGNED}),
    "visit": frozenset({CaseStatus.ASSIGNED, CaseStatus.ACKNOWLEDGED}),
}

AlertKey = tuple[str, datetime, str]  # (deadline, deadline_at, level)


@dataclass(frozen=True)
class AlertPolicy:
    """Time allowed per urgency (acknowledge, first visit), the levels above the center, and the
    quiet hours (local Bangkok hours, start inclusive, end exclusive) that cases of urgencies other
    than `exempt` wait out."""

    limits: Mapping[str, tuple[timedelta, timedelta]] = field(default_factory=lambda: dict(DEFAULT_DEADLINES))
    levels: tuple[str, ...] = ("district", "province")
    quiet: tuple[int, int] = (21, 7)
    exempt: frozenset[str] = frozenset({"urgent"})

    def __post_init__(self) -> None:
        unknown = set(self.levels) - set(SUPERVISOR_ROLES)
        if unknown:
            raise ValueError(f"unknown escalation levels: {sorted(unknown)}")

    @property
    def all_levels(self) -> tuple[str, ...]:
        return (CENTER, *self.levels)

    def limit(self, urgency: str, deadline: str) -> timedelta:
        acknowledge, visit = self.limits.get(urgency) or self.limits["normal"]
        return acknowledge if deadline == "ack" else visit


@dataclass(frozen=True)
class AlertStep:
    deadline: str
    deadline_at: datetime
    level: str
    due_at: datetime

    @property
    def key(self) -> AlertKey:
        return (self.deadline, self.deadline_at, self.level)


def alert_steps(
    status: str, urgency: str, ack_due_at: datetime | None, visit_due_at: datetime | None, policy: AlertPolicy
) -> list[AlertStep]:
    """Every reminder and escalation the case's current deadlines call for, due or not."""
    steps = []
    for deadline, deadline_at in (("ack", ack_due_at), ("visit", visit_due_at)):
        if deadline_at is None or status not in DEADLINE_STATUSES[deadline]:
            continue
        limit = policy.limit(urgency, deadline)
        for n, level in enumerate(policy.all_levels):
            steps.append(AlertStep(deadline, deadline_at, level, deadline_at + (2**n - 1) * limit))
    return steps


def plan_alerts(
    case: Case, policy: AlertPolicy, now: datetime, done: set[AlertKey]
) -> tuple[list[AlertStep], datetime | None]:
    """The steps due now and not done yet (earliest first), and when the next one falls due."""
    steps = alert_steps(case.status, case.urgency, case.ack_due_at, case.visit_due_at, policy)
    pending = [step for step in steps if step.key not in done]
    due = sorted((step for step in pending if step.due_at <= now), key=lambda step: step.due_at)
    later = [step.due_at for step in pending if step.due_at > now]
    return due, min(later, default=None)


def still_applies(case: Case, deadline: str, deadline_at: datetime) -> bool:
    """A held alert is worth sending only if its deadline is still the case's and still missed."""
    current = case.ack_due_at if deadline == "ack" else case.visit_due_at
    return case.status in DEADLINE_STATUSES[deadline] and current == deadline_at


def held_until(now: datetime, urgency: str, policy: AlertPolicy) -> datetime | None:
    """When an alert due `now` may be sent, if `now` is in quiet hours and the case may wait."""
    if urgency in policy.exempt:
        return None
    start, end = policy.quiet
    local = now.astimezone(BANGKOK)
    hour = local.hour
    quiet = (start <= hour or hour < end) if start > end else (start <= hour < end)
    if not quiet:
        return None
    release = datetime.combine(local.date(), time(end), BANGKOK)
    if release <= local:
        release += timedelta(days=1)
    return release.astimezone(now.tzinfo)


# --- database: claiming work and finding who hears of it ---


def due_cases_query(now: datetime, limit: int) -> Select[tuple[Case]]:
    # IS NOT NULL as a literal: it is what matches the partial index ix_cases_next_alert.
    return (
        select(Case)
        .where(Case.next_alert_at.is_not(None), Case.next_alert_at <= now)
        .order_by(Case.next_alert_at)
        .limit(limit)
    )


def claim_due_cases(session: Session, now: datetime, limit: int = 200) -> list[Case]:
    """Cases whose next alert has come, locked for this transaction; rows another process holds are
    skipped (it is dealing with them)."""
    return list(session.scalars(due_cases_query(now, limit).with_for_update(skip_locked=True)))


def alerts_done(session: Session, case_ids: Iterable[int]) -> dict[int, set[AlertKey]]:
    """The alerts already written (sent or held) for these cases, by case."""
    done: dict[int, set[AlertKey]] = {case_id: set() for case_id in case_ids}
    if not done:
        return done
    rows = session.execute(
        select(CaseAlert.case_id, CaseAlert.deadline, CaseAlert.deadline_at, CaseAlert.level).where(
            CaseAlert.case_id.in_(list(done))
        )
    )
    for case_id, deadline, deadline_at, level in rows:
        done[case_id].add((deadline, deadline_at, level))
    return done


def held_alerts_query(now: datetime, limit: int) -> Select[tuple[int]]:
    return (
        select(CaseAlert.id)
        .where(CaseAlert.sent_at.is_(None), CaseAlert.held_until <= now)
        .order_by(CaseAlert.held_until)
        .limit(limit)
    )


def claim_held_alerts(session: Session, now: datetime, limit: int = 500) -> list[CaseAlert]:
    """Held alerts whose quiet hours are over, marked sent in the same statement: a second process
    finds them taken (its UPDATE re-checks `sent_at IS NULL` after the first one commits)."""
    waiting = held_alerts_query(now, limit).with_for_update(skip_locked=True)
    claimed = session.scalars(
        update(CaseAlert)
        .where(CaseAlert.id.in_(waiting), CaseAlert.sent_at.is_(None))
        .values(sent_at=now)
        .returning(CaseAlert.id)
        .execution_options(synchronize_session=False)
    ).all()
    if not claimed:
        return []
    return list(session.scalars(select(CaseAlert).where(CaseAlert.id.in_(claimed)).order_by(CaseAlert.id)))


def _area(case: Case, center: Center | None, level: str) -> str | None:
    """The district or province whose supervisors hear of the case: its center's, else its own."""
    area = (center.district_code if level == "district" else center.province_code) if center else None
    return area or (case.district_code if level == "district" else case.province_code)


@dataclass
class Recipients:
    """Who hears the alerts of a batch of cases, and in which language, found in four queries for the
    whole batch rather than several per alert (one sweep may tell hundreds): the cases' centers, the
    owners still active staff of their case's center, the centers' staff, and the supervisors of the
    cases' districts and provinces. The centers are held here, so the session's identity map (which
    keeps only objects something refers to) answers `session.get` for them without a query."""

    centers: dict[int, Center] = field(default_factory=dict)
    owners: dict[tuple[int, int], str] = field(default_factory=dict)
    staff: dict[int, list[str]] = field(default_factory=dict)
    supervisors: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, cases: Iterable[Case]) -> Recipients:
        found = cls()
        cases = list(cases)
        center_ids = {case.center_id for case in cases if case.center_id is not None}
        if center_ids:
            found.centers = {c.id: c for c in session.scalars(select(Center).where(Center.id.in_(sorted(center_ids))))}
        following = (StaffMembership.active.is_(True), User.following.is_(True))
        people = select(User.line_user_id, User.language).join(StaffMembership, StaffMembership.user_id == User.id)
        owners = {case.owner_user_id for case in cases if case.owner_user_id is not None}
        if owners and found.centers:
            rows = session.execute(
                people.add_columns(StaffMembership.user_id, StaffMembership.center_id).where(
                    StaffMembership.user_id.in_(sorted(owners)),
                    StaffMembership.center_id.in_(list(found.centers)),
                    *following,
                )
            )
            for line_id, language, user_id, center_id in rows:
                found.owners[(user_id, center_id)] = line_id
                found.languages[line_id] = language or "th"
        if found.centers:
            rows = session.execute(
                people.add_columns(StaffMembership.center_id)
                .where(
                    StaffMembership.center_id.in_(list(found.centers)),
                    StaffMembership.role == StaffRole.STAFF,
                    *following,
                )
                .order_by(User.id)
            )
            for line_id, language, center_id in rows:
                found.staff.setdefault(center_id, []).append(line_id)
                found.languages[line_id] = language or "th"
        wanted = {
            (role, area)
            for case in cases
            for level, role in SUPERVISOR_ROLES.items()
            if (area := _area(case, found.centers.get(case.center_id or 0), level))
        }
        if wanted:
            rows = session.execute(
                people.add_columns(StaffMembership.role, StaffMembership.area_code)
                .where(
                    StaffMembership.role.in_(sorted({role for role, _ in wanted})),
                    StaffMembership.area_code.in_(sorted({area for _, area in wanted})),
                    *following,
                )
                .order_by(User.id)
            )
            for line_id, language, role, area in rows:
                heard = found.supervisors.setdefault((role, area), [])
                if line_id not in heard:  # once each, even with two memberships
                    heard.append(line_id)
                found.languages[line_id] = language or "th"
        return found

    def center(self, case: Case) -> Center | None:
        return self.centers.get(case.center_id) if case.center_id is not None else None

    def of(self, case: Case, level: str) -> list[str]:
        """LINE ids of who hears an alert at `level`: the owner if still active staff of the case's
        center (else the center's staff), or the supervisors of the center's district or province."""
        center = self.center(case)
        if level == CENTER:
            if center is None:
                return []
            owner = self.owners.get((case.owner_user_id, center.id)) if case.owner_user_id is not None else None
            return [owner] if owner is not None else list(self.staff.get(center.id, ()))
        area = _area(case, center, level)
        return list(self.supervisors.get((SUPERVISOR_ROLES[level], area), ())) if area else []

    def language(self, line_id: str) -> str:
        return self.languages.get(line_id, "th")


def next_level(policy: AlertPolicy, level: str) -> str | None:
    levels: Sequence[str] = policy.all_levels
    index = levels.index(level) if level in levels else len(levels)
    return levels[index + 1] if index + 1 < len(levels) else None


def stand_in(policy: AlertPolicy, unheard: AlertStep, done: set[AlertKey], now: datetime) -> AlertStep | None:
    """The alert that stands in for `unheard` (a level with nobody in it): the next level up, told now
    rather than at its own time — waiting would only leave the case unseen for longer. None at the
    top level, or when that level was told already."""
    above = next_level(policy, unheard.level)
    if above is None or (unheard.deadline, unheard.deadline_at, above) in done:
        return None
    return AlertStep(unheard.deadline, unheard.deadline_at, above, now)
