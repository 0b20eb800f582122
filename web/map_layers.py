"""What the console's maps show (web/templates/map.html, web/static/map.js): case points coloured by
overdue first, then urgency, and centers as their own layer. Labels hold the reference, status and
urgency only: no name, phone or description, even though the viewer may see those on the case page."""

from __future__ import annotations

from typing import Any

from flask import url_for

from dispatch.case_queue import CasePoint
from models.centers import Center
from web.texts import t

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


def layers(cases: list[dict[str, Any]], centers: list[dict[str, Any]], language: str) -> dict[str, Any]:
    return {
        "layers": [
            {"name": t("map_layer_cases", language), "cluster": True, "points": cases},
            {"name": t("map_layer_centers", language), "cluster": False, "points": centers},
        ]
    }
