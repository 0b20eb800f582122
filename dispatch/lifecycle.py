"""The case lifecycle of DESIGN.md section 3: which status may follow which, and changing it.

`assigned` is left only by acknowledgement (see case_actions.acknowledge) or by the reporter
cancelling; everything after it is a staff decision, checked here whatever postback data arrives.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from dispatch.case_actions import case_for_staff
from models.cases import Case, CaseStatus, record_status_change
from models.users import User

S = CaseStatus
NEXT: dict[str, tuple[CaseStatus, ...]] = {
    S.ASSIGNED: (),
    S.ACKNOWLEDGED: (S.VISITING, S.IN_PROGRESS, S.REFERRED, S.RESOLVED, S.CLOSED),
    S.VISITING: (S.IN_PROGRESS, S.REFERRED, S.RESOLVED, S.CLOSED),
    S.IN_PROGRESS: (S.VISITING, S.REFERRED, S.RESOLVED, S.CLOSED),
    S.REFERRED: (S.IN_PROGRESS, S.RESOLVED, S.CLOSED),
    S.RESOLVED: (S.IN_PROGRESS, S.CLOSED),
    S.CLOSED: (),
    S.CANCELLED: (),
}
OUTCOMES = ("helped", "not_found", "duplicate", "not_eligible", "withdrawn", "deceased")
# "helped" closes only a resolved case (its reporter has been asked to confirm); "duplicate" only
# through marking the duplicate, which names the other case.
OUTCOMES_BEFORE_RESOLVED = ("not_found", "not_eligible", "withdrawn", "deceased")
OUTCOMES_AFTER_RESOLVED = ("helped", *OUTCOMES_BEFORE_RESOLVED)
OPEN_STATUSES = (S.ASSIGNED, S.ACKNOWLEDGED, S.VISITING, S.IN_PROGRESS, S.REFERRED)
AGENCIES = ("hospital", "health_station", "police", "local_government", "province_office", "school", "ngo")
# The changes a reporter hears about (in plain words, without staff names).
TOLD_TO_REPORTER = frozenset({S.VISITING, S.IN_PROGRESS, S.REFERRED, S.RESOLVED, S.CLOSED})


def closing_outcomes(status: str) -> tuple[str, ...]:
    """The outcomes a case may be closed with from `status`."""
    if status == S.RESOLVED:
        return OUTCOMES_AFTER_RESOLVED
    return OUTCOMES_BEFORE_RESOLVED if S.CLOSED in NEXT.get(status, ()) else ()


class Change(enum.StrEnum):
    DONE = "done"
    REFUSED = "refused"  # not this user's business
    NOT_ACKNOWLEDGED = "not_acknowledged"  # รับเรื่อง comes first
    NOT_ALLOWED = "not_allowed"  # not a next step from the current status
    NEEDS_OUTCOME = "needs_outcome"  # closing says how it ended
    NEEDS_AGENCY = "needs_agency"  # referring says to whom
    CHANGED_MEANWHILE = "changed_meanwhile"  # someone else changed it first


@dataclass(frozen=True)
class ChangeOutcome:
    result: Change
    case: Case | None = None
    from_status: str | None = None


def change_status(
    session: Session,
    user: User,
    reference: str,
    to: str,
    now: datetime,
    outcome: str | None = None,
    agency: str | None = None,
) -> ChangeOutcome:
    case = case_for_staff(session, user, reference, f"status:{to}"[:32])
    if case is None:
        return ChangeOutcome(Change.REFUSED)
    current = case.status
    if current == S.ASSIGNED:
        return ChangeOutcome(Change.NOT_ACKNOWLEDGED, case, current)
    if to not in NEXT.get(current, ()):
        return ChangeOutcome(Change.NOT_ALLOWED, case, current)
    if to == S.CLOSED and outcome not in closing_outcomes(current):
        return ChangeOutcome(Change.NEEDS_OUTCOME, case, current)
    if to == S.REFERRED and agency not in AGENCIES:
        return ChangeOutcome(Change.NEEDS_AGENCY, case, current)
    values: dict[str, object] = {"status": to, "updated_at": now}
    if to == S.RESOLVED:
        values.update(resolved_at=now, confirmed_at=None, rating=None)
    if to == S.CLOSED:
        values.update(outcome=outcome, closed_at=now)
    changed = session.execute(
        update(Case)
        .where(Case.id == case.id, Case.status == current)
        .values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(case)
    if not changed:
        return ChangeOutcome(Change.CHANGED_MEANWHILE, case, case.status)
    if to == S.CLOSED:
        record_status_change(session, case, user.id, current, now, outcome=outcome)
    elif to == S.REFERRED:
        record_status_change(session, case, user.id, current, now, agency=agency)
    else:
        record_status_change(session, case, user.id, current, now)
    return ChangeOutcome(Change.DONE, case, current)
