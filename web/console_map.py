"""The console's map: the open cases of the user's scope (with the queue's filters) as clustered
points coloured by overdue and urgency, and the centers of the scope as a layer. Tiles come from
MAP_TILE_URL when set; without it the points are drawn on a plain background (offline, tests)."""

from __future__ import annotations

from typing import Any

from flask import current_app, g

from dispatch.case_queue import queue_points
from web.console import blueprint, queue_filter_of_request
from web.console_context import console_now, db_sessions, described, render_page, signed_in_staff, write_audit
from web.map_layers import MAP_LIMIT, case_point, center_point, layers, scope_centers


@blueprint.get("/map")
def map_page() -> Any:
    settings = current_app.config["BOT_SETTINGS"]
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        chosen = queue_filter_of_request()
        points, placed, unplaced = queue_points(session, user, console_now(), chosen, MAP_LIMIT) or ([], 0, 0)
        centers = scope_centers(session, user)
        write_audit(session, user, "view", "map", None, filter=described(chosen), points=len(points))
        session.commit()
        language = g.language
        data = layers(
            [case_point(point, language) for point in points],
            [center_point(center, language) for center in centers],
            language,
        )
        return render_page(
            "map_page.html",
            data=data,
            shown=len(points),
            placed=placed,
            unplaced=unplaced,
            chosen=chosen,
            tiles=settings.map_tile_url,
            attribution=settings.map_tile_attribution,
        )
