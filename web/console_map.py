"""The console's map: the open cases of the user's scope (with the queue's filters) as clustered
points coloured by overdue and urgency, and the centers of the scope as a layer. Tiles come from
MAP_TILE_URL when set; without it the points are drawn on a plain background (offline, tests)."""

from __future__ import annotations

from typing import Any

from flask import current_app, g
from sqlalchemy import select

from dispatch.case_actions import scope_filter
from dispatch.case_queue import queue_points
from models.centers import Center
from web.console import _audit, _described, _now, _page, _queue_filter, _sessions, _staff, blueprint
from web.map_layers import case_point, center_point, layers

MAP_LIMIT = 20_000  # points one browser draws comfortably; more are counted and said, never cut silently


@blueprint.get("/map")
def map_page() -> Any:
    settings = current_app.config["BOT_SETTINGS"]
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        chosen = _queue_filter()
        points, placed, unplaced = queue_points(session, user, _now(), chosen, MAP_LIMIT) or ([], 0, 0)
        center_scope = scope_filter(session, user)
        centers = (
            list(session.scalars(select(Center).where(center_scope).order_by(Center.code)))
            if center_scope is not None
            else []
        )
        _audit(session, user, "view", "map", None, filter=_described(chosen), points=len(points))
        session.commit()
        language = g.language
        data = layers(
            [case_point(point, language) for point in points],
            [center_point(center, language) for center in centers],
            language,
        )
        return _page(
            "map_page.html",
            data=data,
            shown=len(points),
            placed=placed,
            unplaced=unplaced,
            chosen=chosen,
            tiles=settings.map_tile_url,
            attribution=settings.map_tile_attribution,
        )
