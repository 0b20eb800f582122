"""/stats (Thai pages, no sign-in, no JavaScript needed), /stats.json and the open data files.

Every figure comes from web/public/data.py, suppressed by dispatch/public_stats.py, and is kept in
memory for STATS_CACHE_SECONDS.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from flask import Blueprint, Response, abort, current_app, render_template

from bot.speech.texts import text
from config import Settings
from dispatch.open311 import SERVICE_CODES
from dispatch.public_stats import HIDDEN, SENSITIVE_GROUP, STATUSES, area_level
from models.base import utcnow
from web.public.data import OPEN_DATA_FIELDS, TimedCache, area_figures, area_name, open_data_rows

blueprint = Blueprint("public_stats", __name__, template_folder="templates")


def _settings() -> Settings:
    return current_app.config["BOT_SETTINGS"]


def _cache() -> TimedCache:
    cache = current_app.extensions.get("public_stats_cache")
    if cache is None:
        cache = current_app.extensions["public_stats_cache"] = TimedCache(_settings().stats_cache_seconds)
    return cache


def _figures(code: str) -> dict[str, Any]:
    try:
        area_level(code)
    except ValueError:
        abort(404)
    if area_name(code) is None:
        abort(404)
    months = _settings().stats_months

    def compute() -> dict[str, Any]:
        with current_app.extensions["bot_sessions"]() as session:
            return area_figures(session, code, utcnow(), months)

    return _cache().get(("area", code), compute)


def _json(document: Any) -> Response:
    body = json.dumps(document, ensure_ascii=False)
    response = Response(body, content_type="application/json; charset=utf-8")
    response.headers["Cache-Control"] = f"public, max-age={int(_settings().stats_cache_seconds)}"
    return response


def group_names() -> dict[str, str]:
    names = {code: text(f"cat_{code}", "th") for code in SERVICE_CODES}
    names[SENSITIVE_GROUP] = text("stats_sensitive_group", "th")
    return names


@blueprint.get("/stats")
@blueprint.get("/stats/<code>")
def stats_page(code: str = "") -> str:
    figures = _figures(code)
    breadcrumb = [("", "ประเทศไทย")]
    for length in (2, 4, 6):
        if len(code) >= length:
            breadcrumb.append((code[:length], area_name(code[:length]) or code[:length]))
    largest = max((row["cases"] for row in figures["children"] if isinstance(row["cases"], int)), default=0)
    return render_template(
        "public/stats.html",
        figures=figures,
        breadcrumb=breadcrumb,
        groups=group_names(),
        statuses={status: text(f"status_{status}", "th") for status in STATUSES},
        hidden=HIDDEN,
        largest=largest,
        licence=_settings().open_data_licence,
    )


@blueprint.get("/stats.json")
@blueprint.get("/stats/<code>.json")
def stats_json(code: str = "") -> Response:
    return _json(_figures(code))


def _open_data() -> list[dict[str, Any]]:
    months = _settings().stats_months

    def compute() -> list[dict[str, Any]]:
        with current_app.extensions["bot_sessions"]() as session:
            return open_data_rows(session, utcnow(), months)

    return _cache().get(("open_data",), compute)


@blueprint.get("/stats/open-data")
def open_data_page() -> str:
    return render_template(
        "public/open_data.html",
        licence=_settings().open_data_licence,
        months=_settings().stats_months,
        groups=group_names(),
        fields=OPEN_DATA_FIELDS,
    )


@blueprint.get("/stats/open-data/monthly.json")
def open_data_json() -> Response:
    return _json({"licence": _settings().open_data_licence, "fields": list(OPEN_DATA_FIELDS), "rows": _open_data()})


@blueprint.get("/stats/open-data/monthly.csv")
def open_data_csv() -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=OPEN_DATA_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(_open_data())
    response = Response("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")  # BOM: Excel reads Thai
    response.headers["Content-Disposition"] = "attachment; filename=social-assistance-cases-monthly.csv"
    response.headers["Cache-Control"] = f"public, max-age={int(_settings().stats_cache_seconds)}"
    return response
