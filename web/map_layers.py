"""What the console's maps show (web/templates/map.html, web/static/map.js): case points coloured by
overdue first, then urgency, and centers as their own layer. Labels hold the reference, status and
urgency only: no name, phone or description, even though the viewer may see those on the case page.
Households of the register (web/register.py) likewise carry register numbers only."""

from __future__ import annotations

from typing import Any

from flask import url_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from dispatch.case_actions import scope_filter
from dispatch.case_queue import CasePoint
from dispatch.register_views import HouseholdPoint
from models.centers import Center
from models.users import User
from web.texts import t

MAP_LIMIT = 20_000  # points one browser draws comfortably; more are counted and said, never cut silently

# (tone, colour, rank): a cluster takes the tone of its lowest rank.
TONES = {
    "overdue": ("#6A1B9A", 0),
    "urgent": ("#C62828", 1),
    "high": ("#E08A00", 2),
    "normal": ("#1E88E5", 3),
    "center": ("#1B6E4C", 4),
    "inactive": ("#9E9E9E", 5),
}


def _point(latitude: float, longitude: float, tone: str, kind: str, label: str, url: str | None) -> dict[str, Any]:
    color, rank = TONES[tone]
    return {
        "lat": round(latitude, 5), "lon": round(longitude, 5), "color": color, "rank": rank, "tone": tone,
        "kind": kind, "label": label, "url": url,
    }  # fmt: skip


def case_point(point: CasePoint, language: str) -> dict[str, Any]:
    tone = "overdue" if point.overdue else (point.urgency if point.urgency in TONES else "normal")
    label = f"{point.reference} · {t('status_' + point.status, language)} · {t('urgency_' + point.urgency, language)}"
    if point.overdue:
        label += f" · {t('map_overdue', language)}"
    return _point(
        point.latitude, point.longitude, tone, "case", label, url_for("console.case_page", reference=point.reference)
    )


def center_point(center: Center, language: str, link: bool = True) -> dict[str, Any]:
    tone = "center" if center.active else "inactive"
    label = center.name if center.active else f"{center.name} ({t('center_inactive', language)})"
    url = url_for("console.center_page", code=center.code) if link else None
    return _point(center.latitude, center.longitude, tone, "center", label, url)


def household_point(point: HouseholdPoint, language: str) -> dict[str, Any]:
    """Register numbers only; the link opens the most pressing person's page (access-checked, audited)."""
    label = f"{t('reg_web_number', language)} {', '.join(str(number) for number in point.person_ids)}"
    if point.overdue:
        label += f" · {t('map_overdue', language)}"
    url = url_for("register.person_page", person_id=point.person_ids[0])
    return _point(point.latitude, point.longitude, "overdue" if point.overdue else "normal", "household", label, url)


def scope_centers(session: Session, user: User) -> list[Center]:
    """The centers of `user`'s staff scope, for a map's center layer."""
    scope = scope_filter(session, user)
    return [] if scope is None else list(session.scalars(select(Center).where(scope).order_by(Center.code)))


def layers(
    cases: list[dict[str, Any]], centers: list[dict[str, Any]], language: str, clustered: str = "map_layer_cases"
) -> dict[str, Any]:
    """The clustered points (cases, or the register's households: `clustered` names them) and the centers."""
    return {
        "layers": [
            {"name": t(clustered, language), "cluster": True, "points": cases},
            {"name": t("map_layer_centers", language), "cluster": False, "points": centers},
        ]
    }
