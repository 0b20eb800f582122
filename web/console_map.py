"""The console's map: the open cases of the user's scope (with the queue's filters) as clustered
points coloured by overdue and urgency, and the centers of the scope as a layer. Tiles come from
MAP_TILE_URL when set; without it the points are drawn on a plain background (offline, tests)."""

from __future__ import annotations

from typing import Any

from flask import current_app, g

from dispatch.case_queue import queue_points
from web.console import _audit, _described, _now, _page, _queue_filter, _sessions, _staff, blueprint
from web.map_layers import MAP_LIMIT, case_point, center_point, layers, scope_centers


@blueprint.get("/map")
def map_page() -> Any:
    settings = current_app.config["BOT_SETTINGS"]
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        chosen = _queue_filter()
        points, placed, unplaced = queue_points(session, user, _now(), chosen, MAP_LIMIT) or ([], 0, 0)
        centers = scope_centers(session, user)
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
