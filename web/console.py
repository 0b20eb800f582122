"""The console's pages: sign-in, the queue, a case with its actions and photos, the CSV export.

Every page finds the signed-in user and their scope afresh (dispatch.case_actions.scope_filter); a
case outside it is a 404 like a case that does not exist, and the refusal is logged by
dispatch.case_actions.case_for_staff. Actions go through the chat's own flow functions
(bot/commands/case_actions.py, case_work.py), so a change made here is checked by the same rules and
reaches LINE users (reporter, owner, colleagues) exactly as one made in chat.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    request,
    session,
    url_for,
)
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commands.case_actions import acknowledge_case, change_case_status
from bot.commands.case_card import timeline_line
from bot.commands.case_work import merge_cases, save_note, transfer_to
from bot.commands.volunteer_staff import assign_volunteer
from bot.jobs.rerouting import retry_waiting_cases
from bot.ops.center_status import deactivate_center, reactivate_center
from bot.speech.texts import age_text
from bot.speech.thai_dates import thai_date, thai_datetime
from dispatch.address import describe_codes
from dispatch.audit_view import ACTIONS as AUDIT_ACTIONS
from dispatch.audit_view import AuditFilter, audit_page, may_read_audit
from dispatch.case_actions import OWNABLE, case_for_staff, scope_filter, search_cases, view_case
from dispatch.case_queue import STATUS_CHOICES, URGENCY_CHOICES, CasePoint, QueueFilter, queue_page
from dispatch.case_work import MAX_NOTE_LENGTH, missed_deadline, transfer_choices
from dispatch.console_admin import administered_provinces, centers_in_scope, is_center_staff, may_change_center
from dispatch.console_stats import Area, Dashboard, areas_of, dashboard
from dispatch.duplicates import find_duplicates
from dispatch.geo import haversine_km
from dispatch.help_groups import HELP_GROUPS
from dispatch.lifecycle import NEXT, OPEN_STATUSES, closing_outcomes
from dispatch.volunteer_offers import OfferRules, short_list
from models.cases import Case, CaseEvent, CaseStatus, Media
from models.centers import Center
from models.users import User
from models.volunteers import OfferState, Volunteer, VolunteerOffer
from web import auth
from web.console_context import (
    NEXT_PAGE,
    console_now,
    db_sessions,
    render_page,
    run_case_action,
    signed_in_staff,
    write_audit,
)
from web.console_texts import TEXTS as CONSOLE_TEXTS
from web.map_layers import case_point, center_point, layers
from web.texts import t

log = logging.getLogger("web.console")
blueprint = Blueprint("console", __name__, url_prefix="/console", template_folder="templates", static_folder="static")
csrf = CSRFProtect()
PAGE_SIZE = 25
SEARCH_LENGTH = 40


def register(app: Any) -> None:
    settings = app.config["BOT_SETTINGS"]
    auth.configure(app, settings)
    # CSRF on every console form; the webhook (/callback) has its own signature and is left alone.
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False
    app.config["WTF_CSRF_TIME_LIMIT"] = None  # the session's idle timeout bounds a token's life
    csrf.init_app(app)
    import web.console_admin  # noqa: F401 - their pages join the blueprint before it is registered
    import web.console_exports  # noqa: F401
    import web.console_map  # noqa: F401

    app.register_blueprint(blueprint)


@blueprint.before_request
def protect_forms() -> None:
    g.language = "th"
    if request.method == "POST":
        csrf.protect()


@blueprint.errorhandler(CSRFError)
def refused_form(error: CSRFError) -> Any:
    log.warning(json.dumps({"console": "csrf_refused", "path": request.path[:80]}))
    return render_page("message.html", 400, title=t("forbidden_form", g.language), body="")


@blueprint.errorhandler(404)
def not_found(error: Exception) -> Any:
    return render_page(
        "message.html", 404, title=t("not_found_title", g.language), body=t("not_found_body", g.language)
    )


@blueprint.after_request
def no_caching(response: Response) -> Response:
    response.headers.setdefault("Cache-Control", "private, no-store")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    settings = current_app.config["BOT_SETTINGS"]
    response.headers.setdefault(
        "Content-Security-Policy",
        f"default-src 'self'; img-src 'self' data: {_origin(settings.map_tile_url)}; style-src 'self'; "
        f"form-action 'self' {settings.line_login_base_url}",
    )
    return response


def _origin(url: str) -> str:
    """scheme://host[:port] of a URL (a tile server's, for the CSP), or nothing; {s} subdomains as *."""
    parts = urlsplit(url.replace("{s}.", "sub."))
    host = parts.netloc.replace("sub.", "*.", 1) if "{s}." in url else parts.netloc
    return f"{parts.scheme}://{host}" if parts.scheme and host else ""


# --- the Thai typeface ----------------------------------------------------------------------------------

FONTS = {"regular.ttf": "Sarabun-Regular.ttf", "bold.ttf": "Sarabun-Bold.ttf"}


@blueprint.get("/fonts/<name>")
def font(name: str) -> Any:
    """Sarabun (OFL-1.1, the fontpkg-sarabun package the rich menus are drawn with), served by the
    app itself: no font CDN, and Thai reads the same on a phone or a PC without Thai fonts."""
    if name not in FONTS:
        abort(404)
    data = (resources.files("fontpkg_sarabun") / "files" / FONTS[name]).read_bytes()
    response = Response(data, mimetype="font/ttf")
    response.headers["Cache-Control"] = "public, max-age=604800"
    return response


# --- signing in -------------------------------------------------------------------------------------


@blueprint.get("/login")
def login_page() -> Any:
    settings = current_app.config["BOT_SETTINGS"]
    configured = bool(settings.line_login_channel_id and settings.line_login_channel_secret)
    return render_page("login.html", configured=configured)


@blueprint.get("/login/start")
def login_start() -> Any:
    base = current_app.config["BOT_SETTINGS"].public_base_url.rstrip("/")
    if request.host_url.rstrip("/") != base:
        # LINE returns to the callback under PUBLIC_BASE_URL; start there too, or the browser's
        # cookie (holding state, nonce and the PKCE verifier) would be on another host.
        return redirect(base + url_for("console.login_start"))
    answer = auth.start_login()
    if answer is None:
        return render_page("message.html", 503, title=t("not_configured", "th"), body="")
    return answer


@blueprint.get("/login/callback")
def login_callback() -> Any:
    wanted = session.get(NEXT_PAGE, "")  # read before finish_login starts a fresh session
    line_user_id, why = auth.finish_login()
    if line_user_id is None:
        flash(t("sign_in_cancelled" if why == "cancelled" else "sign_in_failed", "th"))
        return redirect(url_for("console.login_page"))
    # A case link the bot sent lands on that case (only a path of the console: never another site).
    if wanted.startswith("/console/") and not wanted.startswith("/console/login"):
        return redirect(wanted)
    return redirect(url_for("console.queue"))


@blueprint.post("/logout")
def logout() -> Any:
    auth.sign_out()
    flash(t("signed_out", "th"))
    return redirect(url_for("console.login_page"))


# --- the queue ----------------------------------------------------------------------------------------


def _area(case: Case) -> str:
    return describe_codes(case.subdistrict_code, case.district_code, case.province_code) or "-"


@dataclass(frozen=True)
class Row:
    case: Case
    center_name: str
    area: str
    overdue_since: datetime | None


def _rows(session: Session, cases: list[Case], now: datetime) -> list[Row]:
    ids = {case.center_id for case in cases if case.center_id}
    names = dict(session.execute(select(Center.id, Center.name).where(Center.id.in_(ids))).all()) if ids else {}
    return [Row(case, names.get(case.center_id, ""), _area(case), missed_deadline(case, now)) for case in cases]


CATEGORIES = HELP_GROUPS


def queue_filter_of_request() -> QueueFilter:
    args = request.args
    return QueueFilter.parse(
        args.get("status"),
        args.get("urgency"),
        args.get("overdue"),
        args.get("center"),
        args.get("category"),
        args.get("from"),
        args.get("to"),
    )


def _centers_of(session: Session, user: User) -> list[tuple[str, str]]:
    """(code, name) of the centers in the user's scope, for the center filter (staff: one)."""
    scope = scope_filter(session, user)
    if scope is None:
        return []
    return [tuple(row) for row in session.execute(select(Center.code, Center.name).where(scope).order_by(Center.name))]


@blueprint.get("/")
def queue() -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        now = console_now()
        chosen = queue_filter_of_request()
        query = " ".join(request.args.get("q", "").split())[:SEARCH_LENGTH]
        page = max(request.args.get("page", 1, type=int) or 1, 1)
        offset = (page - 1) * PAGE_SIZE
        if query:
            found, total = search_cases(session, user, query, PAGE_SIZE, offset)
        else:
            found, total = queue_page(session, user, now, chosen, PAGE_SIZE, offset) or ([], 0)
        rows = _rows(session, found, now)
        pages = max(math.ceil(total / PAGE_SIZE), 1)
        session.commit()
        base_args = {key: value for key, value in request.args.items() if key != "page" and value}
        return render_page(
            "queue.html",
            rows=rows,
            total=total,
            first=offset + 1 if rows else 0,
            last=offset + len(rows),
            page=page,
            pages=pages,
            chosen=chosen,
            query=query,
            statuses=STATUS_CHOICES,
            urgencies=URGENCY_CHOICES,
            categories=CATEGORIES,
            centers=_centers_of(session, user),
            prev_url=url_for("console.queue", **base_args, page=page - 1) if page > 1 else None,
            next_url=url_for("console.queue", **base_args, page=page + 1) if page < pages else None,
            export_url=url_for("console.export_csv", **{k: v for k, v in base_args.items() if k != "q"}),
            xlsx_url=url_for("console.export_xlsx", **{k: v for k, v in base_args.items() if k != "q"}),
            personal_allowed=is_center_staff(session, user),
            when=lambda moment: thai_datetime(moment, g.language) if moment else "-",
        )


# --- one case -------------------------------------------------------------------------------------------


def _map(session: Session, case: Case) -> dict[str, Any] | None:
    """A sketch without tiles (the machine may have no internet): the point, and the case's center
    placed by their true offset (equirectangular, fine at these distances)."""
    if case.latitude is None or case.longitude is None:
        return None
    center = case.center
    width, height, pad = 320, 200, 30
    point = {"x": width / 2, "y": height / 2}
    sketch: dict[str, Any] = {"w": width, "h": height, "case": point, "center": None, "km": None}
    if center is not None:
        km = haversine_km(case.latitude, case.longitude, center.latitude, center.longitude)
        dx = (center.longitude - case.longitude) * math.cos(math.radians(case.latitude))
        dy = center.latitude - case.latitude
        span = max(abs(dx), abs(dy), 1e-6)
        scale = min((width / 2 - pad), (height / 2 - pad)) / span
        sketch["center"] = {"x": width / 2 + dx * scale, "y": height / 2 - dy * scale}
        sketch["km"] = f"{km:.1f}"
    return sketch


def _case_layers(case: Case, center: Center | None, now: datetime) -> dict[str, Any] | None:
    """The case's pin and its center's, for the case page's map."""
    if case.latitude is None or case.longitude is None:
        return None
    point = CasePoint(
        case.reference, case.latitude, case.longitude, case.urgency, case.status, missed_deadline(case, now) is not None
    )
    centers = [center_point(center, g.language, link=False)] if center is not None else []
    return layers([case_point(point, g.language)], centers, g.language)


def _actions(case: Case, user: User) -> dict[str, Any]:
    # ส่งต่อหน่วยงาน is a referral with its package (LINE's flow; the case's referrals page here), not
    # a bare status that nothing reaches the agency with.
    steps = [str(step) for step in NEXT.get(case.status, ()) if step != CaseStatus.REFERRED]
    outcomes = list(closing_outcomes(case.status)) if CaseStatus.CLOSED in NEXT.get(case.status, ()) else []
    return {
        "acknowledge": case.owner_user_id is None and case.status in OWNABLE,
        "steps": steps,
        "outcomes": outcomes,
        "agencies": [],
        "note": case.status not in (CaseStatus.CLOSED, CaseStatus.CANCELLED),
        "transfer": case.status in OPEN_STATUSES,
        "duplicate": case.status in OPEN_STATUSES,
        "volunteer": case.status in OPEN_STATUSES,
    }


@dataclass(frozen=True)
class VolunteerState:
    """Who does the case's visit: the volunteer holding it, one whose answer is awaited, and (when
    nobody holds it) the short list staff may offer it to, nearest first (dispatch.volunteer_offers)."""

    holder: str | None
    waiting: str | None
    candidates: list[Any]


def _volunteer_state(session: Session, case: Case, settings: Any) -> VolunteerState:
    offers = session.execute(
        select(VolunteerOffer.state, Volunteer.name)
        .join(Volunteer, Volunteer.id == VolunteerOffer.volunteer_id)
        .where(VolunteerOffer.case_id == case.id, VolunteerOffer.state.in_([OfferState.ACCEPTED, OfferState.OFFERED]))
    ).all()
    holder = next((name for state, name in offers if state == OfferState.ACCEPTED), None)
    waiting = next((name for state, name in offers if state == OfferState.OFFERED), None)
    open_case = case.status in OPEN_STATUSES
    wanted = open_case and not holder and not waiting  # the form is shown only then
    candidates = short_list(session, case, OfferRules.from_settings(settings)) if wanted else []
    return VolunteerState(holder, waiting, candidates)


@blueprint.get("/cases/<reference>")
def case_page(reference: str) -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        now = console_now()
        settings = current_app.config["BOT_SETTINGS"]
        case = view_case(session, user, reference[:20], now, channel="console")
        if case is None:
            write_audit(session, user, "refused", "case", reference[:20], attempt="view")
            session.commit()
            abort(404)
        events = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
        ).all()
        shown = [event for event in events if event.kind != "viewed"]
        photos = session.scalars(select(Media.id).where(Media.case_id == case.id).order_by(Media.id)).all()
        center, owner = case.center, case.owner
        original = session.get(Case, case.duplicate_of_id) if case.duplicate_of_id else None
        # The reports merged into this one, from its timeline (cases.duplicate_of_id has no index).
        duplicates = [
            str(event.detail["duplicate"])
            for event in reversed(events)
            if event.kind == "duplicate_added" and event.detail.get("duplicate")
        ]
        values = {
            "case": case,
            "original": original,
            "duplicates": duplicates,
            "suggestions": find_duplicates(session, case, now, scope=scope),
            "volunteers": _volunteer_state(session, case, settings),
            "center": center,
            "owner": owner,
            "area": case.address_text or _area(case),
            "age": age_text(case.person_age, g.language) if case.person_age is not None else None,
            "timeline": [timeline_line(event, g.language) for event in shown],
            "views_hidden": len(events) - len(shown),
            "photos": photos,
            "sketch": _map(session, case),
            "map_data": _case_layers(case, center, now),
            "tiles": settings.map_tile_url,
            "attribution": settings.map_tile_attribution,
            "actions": _actions(case, user),
            "transfer_to": transfer_choices(session, case) if case.status in OPEN_STATUSES else [],
            "overdue_since": missed_deadline(case, now),
            "when": lambda moment: thai_datetime(moment, g.language) if moment else "-",
            "note_limit": MAX_NOTE_LENGTH,
        }
        session.commit()
        return render_page("case.html", **values)


@blueprint.get("/cases/<reference>/photos/<int:media_id>")
def case_photo(reference: str, media_id: int) -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        case = case_for_staff(session, user, reference[:20], "photo")
        media = session.get(Media, media_id) if case is not None else None
        if case is None or media is None or media.case_id != case.id:
            write_audit(session, user, "refused", "case", reference[:20], attempt="photo")
            session.commit()
            abort(404)
        response = Response(media.content, mimetype=media.content_type)
        response.headers["Cache-Control"] = "private, no-store"
        return response


@blueprint.post("/cases/<reference>/acknowledge")
def acknowledge(reference: str) -> Any:
    return run_case_action(reference, "acknowledge", acknowledge_case)


@blueprint.post("/cases/<reference>/status")
def status(reference: str) -> Any:
    to = request.form.get("to", "")
    outcome = request.form.get("outcome") or None
    agency = request.form.get("agency") or None
    return run_case_action(
        reference, f"status:{to[:20]}", lambda context, ref: change_case_status(context, ref, to, outcome, agency)
    )


@blueprint.post("/cases/<reference>/duplicate")
def duplicate(reference: str) -> Any:
    """ซ้ำกับเรื่องอื่น, as in chat (bot/commands/case_work.merge_cases): this case closes into the one
    typed or picked; its reporter and owner, and the other case's owner, are told."""
    original = (request.form.get("original") or "").strip().upper()[:20]
    if not original:
        return redirect(url_for("console.case_page", reference=reference[:20]))
    return run_case_action(reference, "duplicate", lambda context, ref: merge_cases(context, ref, original))


@blueprint.post("/cases/<reference>/volunteer")
def volunteer(reference: str) -> Any:
    """มอบหมายอาสา, as in chat (bot/commands/volunteer_staff.assign_volunteer): the offer goes to the
    nearest available volunteer or the one picked, in LINE, with the same rules and expiry."""
    to = (request.form.get("to") or "").strip()[:12]
    if not to:
        return redirect(url_for("console.case_page", reference=reference[:20]))
    return run_case_action(reference, "assign_volunteer", lambda context, ref: assign_volunteer(context, ref, to))


@blueprint.post("/cases/<reference>/note")
def note(reference: str) -> Any:
    text_value = (request.form.get("note") or "").strip()
    if not text_value:
        return redirect(url_for("console.case_page", reference=reference[:20]))

    return run_case_action(
        reference, "note", lambda context, ref: save_note(context, ref, text_value[:MAX_NOTE_LENGTH])
    )


# --- dashboard -----------------------------------------------------------------------------------------


def _area_name(area: Area, language: str) -> str:
    if area.level == "center":
        return area.name
    if area.level == "district":
        return describe_codes(None, area.code, area.code[:2]) or area.code
    return describe_codes(None, None, area.code) or area.code


def _duration(hours: float | None, language: str) -> str:
    """A duration for people: hours below two days, else days (one decimal)."""
    if hours is None:
        return "-"
    if hours < 48:
        return t("dash_hours", language, value=f"{hours:.1f}")
    return t("dash_days", language, value=f"{hours / 24:.1f}")


def _share(within: int, counted: int) -> str:
    return f"{round(100 * within / counted)}% ({within}/{counted})" if counted else "-"


def _percent(share: float | None) -> float | None:
    return round(100 * share, 1) if share is not None else None


def _chart_data(board: Dashboard, language: str) -> dict[str, Any]:
    """What web/static/dashboard.js draws with Chart.js; the page shows the same figures in tables."""
    rows = [row for row in board.timeliness if row.urgency != "all"]
    return {
        "weeks": {
            "labels": [thai_date(week.starts, language) for week in board.weeks],
            "new": [week.new for week in board.weeks],
            "resolved": [week.resolved for week in board.weeks],
            "new_label": t("dash_new", language),
            "resolved_label": t("dash_resolved", language),
        },
        "timeliness": {
            "labels": [t(f"urgency_{row.urgency}", language) for row in rows],
            "ack": [_percent(row.ack_share) for row in rows],
            "visit": [_percent(row.visit_share) for row in rows],
            "ack_label": t("dash_ack_within", language),
            "visit_label": t("dash_visit_within", language),
            "axis": t("dash_percent_axis", language),
        },
    }


@blueprint.get("/dashboard")
def dashboard_page() -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        settings = current_app.config["BOT_SETTINGS"]
        now = console_now()
        wanted = (request.args.get("area") or "")[:40]
        board = dashboard(session, user, now, area=wanted or None, deadlines=settings.deadlines)
        if board is None:
            abort(404)
        language = g.language
        areas = areas_of(session, user)
        peak = max([1, *board.open_by_status.values()])
        return render_page(
            "dashboard.html",
            board=board,
            peak=peak,
            areas=[(area.key, _area_name(area, language), area.level) for area in areas],
            chosen=board.area.key if board.area else "",
            area_name=_area_name(board.area, language) if board.area else t("dash_whole_scope", language),
            period=(thai_date(board.since, language), thai_date(now, language)),
            week_labels=[thai_date(week.starts, language) for week in board.weeks],
            duration=lambda hours: _duration(hours, language),
            share=_share,
            chart_data=_chart_data(board, language),
        )


# --- administration ------------------------------------------------------------------------------------


@blueprint.get("/centers")
def centers_page() -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        page = max(request.args.get("page", 1, type=int) or 1, 1)
        rows, total = centers_in_scope(session, user, PAGE_SIZE, (page - 1) * PAGE_SIZE) or ([], 0)
        pages = max(math.ceil(total / PAGE_SIZE), 1)
        session.commit()
        return render_page(
            "centers.html",
            rows=rows,
            total=total,
            page=page,
            pages=pages,
            first=(page - 1) * PAGE_SIZE + 1 if rows else 0,
            last=(page - 1) * PAGE_SIZE + len(rows),
            may_change={row.center.code: may_change_center(session, user, row.center) for row in rows},
            may_import=bool(administered_provinces(session, user)),
            prev_url=url_for("console.centers_page", page=page - 1) if page > 1 else None,
            next_url=url_for("console.centers_page", page=page + 1) if page < pages else None,
        )


@blueprint.post("/centers/<code>/active")
def center_active(code: str) -> Any:
    """Deactivate or reactivate a center, as `centers deactivate|reactivate` do (its staff are told in
    LINE; on reactivation the cases waiting without a center are routed again)."""
    settings = current_app.config["BOT_SETTINGS"]
    active = request.form.get("active") == "1"
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        center = session.scalar(select(Center).where(Center.code == code[:32]))
        if center is None or not may_change_center(session, user, center):
            write_audit(session, user, "refused", "center", code[:32], attempt="active")
            session.commit()
            abort(404)
        now = console_now()
        if active:
            name, changed = reactivate_center(session, center.code, now) or (center.name, False)
            message = t("center_reactivated_web" if changed else "center_unchanged", g.language, center=name)
        else:
            name, open_cases, changed = deactivate_center(session, center.code, now) or (center.name, [], False)
            message = t(
                "center_deactivated_web" if changed else "center_unchanged",
                g.language,
                center=name,
                count=len(open_cases),
            )
        write_audit(session, user, "admin", "center", center.code, attempt="reactivate" if active else "deactivate")
        session.commit()
    if active:
        with db_sessions().begin() as session:
            retry_waiting_cases(session, console_now(), settings.deadlines, settings.routing_max_km)
    flash(message)
    if request.form.get("back") == "center":
        return redirect(url_for("console.center_page", code=code[:32]))
    return redirect(url_for("console.centers_page"))


@blueprint.post("/cases/<reference>/transfer")
def transfer(reference: str) -> Any:
    """ส่งต่อศูนย์อื่น, as in chat (the new center's staff, the old owner and volunteers are told)."""
    to = (request.form.get("to") or "").strip()[:32]
    if not to:
        return redirect(url_for("console.case_page", reference=reference[:20]))
    return run_case_action(
        reference, "transfer", lambda context, ref: transfer_to(context, ref, to), back_to_queue=True
    )


# --- the audit trail ------------------------------------------------------------------------------------


@blueprint.get("/audit")
def audit_trail() -> Any:
    """Who looked at or changed what, for supervisors and province administrators (their area)."""
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        if not may_read_audit(session, user):
            abort(404)
        args = request.args
        chosen = AuditFilter.parse(
            args.get("action"), args.get("subject"), args.get("actor"), args.get("from"), args.get("to")
        )
        page = max(args.get("page", 1, type=int) or 1, 1)
        rows, total = audit_page(session, user, chosen, PAGE_SIZE, (page - 1) * PAGE_SIZE) or ([], 0)
        pages = max(math.ceil(total / PAGE_SIZE), 1)
        base_args = {key: value for key, value in args.items() if key != "page" and value}
        return render_page(
            "audit.html",
            rows=rows,
            total=total,
            first=(page - 1) * PAGE_SIZE + 1 if rows else 0,
            last=(page - 1) * PAGE_SIZE + len(rows),
            page=page,
            pages=pages,
            chosen=chosen,
            actions=AUDIT_ACTIONS,
            kinds={key for key in CONSOLE_TEXTS if key.startswith("audit_kind_")},
            prev_url=url_for("console.audit_trail", **base_args, page=page - 1) if page > 1 else None,
            next_url=url_for("console.audit_trail", **base_args, page=page + 1) if page < pages else None,
            when=lambda moment: thai_datetime(moment, g.language) if moment else "-",
        )
