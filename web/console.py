"""The console's pages: sign-in, the queue, a case with its actions and photos, the CSV export.

Every page finds the signed-in user and their scope afresh (dispatch.case_actions.scope_filter); a
case outside it is a 404 like a case that does not exist, and the refusal is logged by
dispatch.case_actions.case_for_staff. Actions go through the chat's own flow functions
(bot/commands/case_actions.py, case_work.py), so a change made here is checked by the same rules and
reaches LINE users (reporter, owner, colleagues) exactly as one made in chat.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    stream_with_context,
    url_for,
)
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commands.case_actions import acknowledge_case, change_case_status
from bot.commands.case_card import _timeline_line
from bot.commands.case_work import _save_note, transfer_to
from bot.flows.engine import FlowContext
from bot.jobs.rerouting import retry_waiting_cases
from bot.line.responses import Text
from bot.ops.center_status import deactivate_center, reactivate_center
from bot.speech.texts import TEXTS as BOT_TEXTS
from bot.speech.thai_dates import thai_date, thai_datetime
from dispatch.address import describe_codes
from dispatch.case_actions import OWNABLE, case_for_staff, scope_filter, search_cases, view_case
from dispatch.case_queue import STATUS_CHOICES, URGENCY_CHOICES, QueueFilter, queue_all, queue_page
from dispatch.case_work import MAX_NOTE_LENGTH, missed_deadline, transfer_choices
from dispatch.console_admin import centers_in_scope, may_change_center
from dispatch.console_stats import Dashboard, dashboard
from dispatch.geo import haversine_km
from dispatch.lifecycle import AGENCIES, NEXT, OPEN_STATUSES, closing_outcomes
from models.base import utcnow
from models.cases import Case, CaseEvent, CaseStatus, Media
from models.centers import Center
from models.users import User
from web import auth
from web.texts import page_language, t

log = logging.getLogger("web.console")
blueprint = Blueprint("console", __name__, url_prefix="/console", template_folder="templates", static_folder="static")
csrf = CSRFProtect()
PAGE_SIZE = 25
SEARCH_LENGTH = 40


@dataclass
class WebTools:
    """What the chat flows ask of their tools, for a console user: their display name (colleagues
    and owners are told who acted) comes from LINE Login's ID token, kept on the user row as chat does."""

    user: User
    settings: Any

    def display_name(self) -> str | None:
        return self.user.display_name

    @property
    def deadlines(self) -> dict[str, tuple[timedelta, timedelta]]:
        return self.settings.deadlines

    @property
    def routing_max_km(self) -> float:
        return self.settings.routing_max_km


def register(app: Any) -> None:
    settings = app.config["BOT_SETTINGS"]
    auth.configure(app, settings)
    # CSRF on every console form; the webhook (/callback) has its own signature and is left alone.
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False
    app.config["WTF_CSRF_TIME_LIMIT"] = None  # the session's idle timeout bounds a token's life
    csrf.init_app(app)
    app.register_blueprint(blueprint)


def _sessions() -> Any:
    return current_app.extensions["bot_sessions"]


def _now() -> datetime:
    return current_app.config.get("CONSOLE_NOW", utcnow)()


@blueprint.before_request
def protect_forms() -> None:
    g.language = "th"
    if request.method == "POST":
        csrf.protect()


@blueprint.errorhandler(CSRFError)
def refused_form(error: CSRFError) -> Any:
    log.warning(json.dumps({"console": "csrf_refused", "path": request.path[:80]}))
    return _page("message.html", 400, title=t("forbidden_form", g.language), body="")


@blueprint.errorhandler(404)
def not_found(error: Exception) -> Any:
    return _page("message.html", 404, title=t("not_found_title", g.language), body=t("not_found_body", g.language))


@blueprint.after_request
def no_caching(response: Response) -> Response:
    response.headers.setdefault("Cache-Control", "private, no-store")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault(
        "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self' "
        + current_app.config["BOT_SETTINGS"].line_login_base_url
    )
    return response


def _page(template: str, status: int = 200, **values: Any) -> tuple[str, int]:
    language = g.get("language", "th")
    return render_template(template, lang=language, t=lambda key, **v: t(key, language, **v), **values), status


def _staff(session: Session) -> tuple[User | None, Any]:
    """The signed-in user and their case scope; a redirect or a refusal page when there is none."""
    line_user_id, expired = auth.signed_in_user_id()
    if line_user_id is None:
        if expired:
            flash(t("session_ended", "th"))
        return None, redirect(url_for("console.login_page"))
    user = session.scalar(select(User).where(User.line_user_id == line_user_id))
    if user is not None:
        g.language = page_language(user.language)
    scope = scope_filter(session, user, cases=True) if user is not None else None
    if user is None or scope is None:
        log.info(json.dumps({"console": "not_staff"}))
        return None, _page("not_staff.html", 403)
    if user.display_name is None and session_name():
        user.display_name = session_name()
    g.user_name = user.display_name or ""
    return user, scope


def session_name() -> str:
    return session.get("console_name", "")


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
    return _page("login.html", configured=configured)


@blueprint.get("/login/start")
def login_start() -> Any:
    base = current_app.config["BOT_SETTINGS"].public_base_url.rstrip("/")
    if request.host_url.rstrip("/") != base:
        # LINE returns to the callback under PUBLIC_BASE_URL; start there too, or the browser's
        # cookie (holding state, nonce and the PKCE verifier) would be on another host.
        return redirect(base + url_for("console.login_start"))
    answer = auth.start_login()
    if answer is None:
        return _page("message.html", 503, title=t("not_configured", "th"), body="")
    return answer


@blueprint.get("/login/callback")
def login_callback() -> Any:
    line_user_id, why = auth.finish_login()
    if line_user_id is None:
        flash(t("sign_in_cancelled" if why == "cancelled" else "sign_in_failed", "th"))
        return redirect(url_for("console.login_page"))
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


CATEGORIES = tuple(key.removeprefix("cat_") for key in BOT_TEXTS if key.startswith("cat_"))


def _queue_filter() -> QueueFilter:
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
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        now = _now()
        chosen = _queue_filter()
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
        return _page(
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
            when=lambda moment: thai_datetime(moment, g.language) if moment else "-",
        )


# --- one case -------------------------------------------------------------------------------------------


def _map(session: Session, case: Case) -> dict[str, Any] | None:
    """A sketch without tiles (the machine may have no internet): the point, and the case's center
    placed by their true offset (equirectangular, fine at these distances)."""
    if case.latitude is None or case.longitude is None:
        return None
    center = session.get(Center, case.center_id) if case.center_id else None
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


def _actions(case: Case, user: User) -> dict[str, Any]:
    steps = [str(step) for step in NEXT.get(case.status, ())]
    outcomes = list(closing_outcomes(case.status)) if CaseStatus.CLOSED in NEXT.get(case.status, ()) else []
    return {
        "acknowledge": case.owner_user_id is None and case.status in OWNABLE,
        "steps": steps,
        "outcomes": outcomes,
        "agencies": list(AGENCIES) if CaseStatus.REFERRED in NEXT.get(case.status, ()) else [],
        "note": case.status not in (CaseStatus.CLOSED, CaseStatus.CANCELLED),
        "transfer": case.status in OPEN_STATUSES,
    }


@blueprint.get("/cases/<reference>")
def case_page(reference: str) -> Any:
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        now = _now()
        case = view_case(session, user, reference[:20], now)
        if case is None:
            session.commit()
            abort(404)
        events = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
        ).all()
        shown = [event for event in events if event.kind != "viewed"]
        photos = session.scalars(select(Media.id).where(Media.case_id == case.id).order_by(Media.id)).all()
        center = session.get(Center, case.center_id) if case.center_id else None
        owner = session.get(User, case.owner_user_id) if case.owner_user_id else None
        values = {
            "case": case,
            "center": center,
            "owner": owner,
            "area": case.address_text or _area(case),
            "timeline": [_timeline_line(event, g.language) for event in shown],
            "views_hidden": len(events) - len(shown),
            "photos": photos,
            "sketch": _map(session, case),
            "actions": _actions(case, user),
            "transfer_to": transfer_choices(session, case) if case.status in OPEN_STATUSES else [],
            "overdue_since": missed_deadline(case, now),
            "when": lambda moment: thai_datetime(moment, g.language) if moment else "-",
            "note_limit": MAX_NOTE_LENGTH,
        }
        session.commit()
        return _page("case.html", **values)


@blueprint.get("/cases/<reference>/photos/<int:media_id>")
def case_photo(reference: str, media_id: int) -> Any:
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        case = case_for_staff(session, user, reference[:20], "photo")
        media = session.get(Media, media_id) if case is not None else None
        if case is None or media is None or media.case_id != case.id:
            abort(404)
        response = Response(media.content, mimetype=media.content_type)
        response.headers["Cache-Control"] = "private, no-store"
        return response


def _act(reference: str, act: Any, back_to_queue: bool = False) -> Any:
    """Run a chat flow function for the signed-in user and show what chat would have said.
    `back_to_queue`: after a change that may take the case out of the user's scope (a transfer)."""
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        case = case_for_staff(session, user, reference[:20], "console_action")
        if case is None:
            session.commit()
            abort(404)
        settings = current_app.config["BOT_SETTINGS"]
        context = FlowContext(session=session, user=user, now=_now(), data={}, tools=WebTools(user, settings))
        answers = act(context, case.reference)
        session.commit()
        said = [answer.text for answer in answers if isinstance(answer, Text)]
        if said:
            flash(said[0])
        if back_to_queue:
            return redirect(url_for("console.queue"))
        return redirect(url_for("console.case_page", reference=case.reference))


@blueprint.post("/cases/<reference>/acknowledge")
def acknowledge(reference: str) -> Any:
    return _act(reference, acknowledge_case)


@blueprint.post("/cases/<reference>/status")
def status(reference: str) -> Any:
    to = request.form.get("to", "")
    outcome = request.form.get("outcome") or None
    agency = request.form.get("agency") or None
    return _act(reference, lambda context, ref: change_case_status(context, ref, to, outcome, agency))


@blueprint.post("/cases/<reference>/note")
def note(reference: str) -> Any:
    text_value = (request.form.get("note") or "").strip()
    if not text_value:
        return redirect(url_for("console.case_page", reference=reference[:20]))

    def save(context: FlowContext, ref: str) -> Any:
        context.data.update(case=ref, note=text_value[:MAX_NOTE_LENGTH])
        return _save_note(context)

    return _act(reference, save)


# --- dashboard -----------------------------------------------------------------------------------------


def _week_chart(board: Dashboard) -> dict[str, Any]:
    """Bars for new and resolved cases per week, drawn server-side as SVG (no chart CDN)."""
    width, height, left, bottom, top = 640, 220, 36, 40, 16
    peak = max([1] + [max(week.new, week.resolved) for week in board.weeks])
    slot = (width - left) / max(len(board.weeks), 1)
    bar = slot * 0.32
    scale = (height - bottom - top) / peak
    bars = []
    for index, week in enumerate(board.weeks):
        x = left + index * slot + slot * 0.15
        for offset, kind, value in ((0, "new", week.new), (bar, "resolved", week.resolved)):
            bars.append(
                {"x": x + offset, "y": height - bottom - value * scale, "w": bar, "h": value * scale, "kind": kind, "value": value}
            )
    labels = [
        {"x": left + index * slot + slot / 2, "text": thai_date(week.starts, g.language)}
        for index, week in enumerate(board.weeks)
    ]
    ticks = sorted({0, peak // 2, peak})
    return {
        "w": width, "h": height, "left": left, "base": height - bottom, "bars": bars, "labels": labels,
        "ticks": [{"y": height - bottom - tick * scale, "value": tick} for tick in ticks],
    }  # fmt: skip


@blueprint.get("/dashboard")
def dashboard_page() -> Any:
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        board = dashboard(session, user, _now())
        if board is None:
            abort(404)
        peak = max([1, *board.open_by_status.values()])
        return _page("dashboard.html", board=board, chart=_week_chart(board), peak=peak)


# --- administration ------------------------------------------------------------------------------------


@blueprint.get("/centers")
def centers_page() -> Any:
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        page = max(request.args.get("page", 1, type=int) or 1, 1)
        rows, total = centers_in_scope(session, user, PAGE_SIZE, (page - 1) * PAGE_SIZE) or ([], 0)
        pages = max(math.ceil(total / PAGE_SIZE), 1)
        session.commit()
        return _page(
            "centers.html",
            rows=rows,
            total=total,
            page=page,
            pages=pages,
            first=(page - 1) * PAGE_SIZE + 1 if rows else 0,
            last=(page - 1) * PAGE_SIZE + len(rows),
            may_change={row.center.code: may_change_center(session, user, row.center) for row in rows},
            prev_url=url_for("console.centers_page", page=page - 1) if page > 1 else None,
            next_url=url_for("console.centers_page", page=page + 1) if page < pages else None,
        )


@blueprint.post("/centers/<code>/active")
def center_active(code: str) -> Any:
    """Deactivate or reactivate a center, as `centers deactivate|reactivate` do (its staff are told in
    LINE; on reactivation the cases waiting without a center are routed again)."""
    settings = current_app.config["BOT_SETTINGS"]
    active = request.form.get("active") == "1"
    with _sessions()() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        center = session.scalar(select(Center).where(Center.code == code[:32]))
        if center is None or not may_change_center(session, user, center):
            log.warning(json.dumps({"refused": "center_active", "user": user.id, "center": code[:32]}))
            abort(404)
        now = _now()
        if active:
            name, changed = reactivate_center(session, center.code, now) or (center.name, False)
            message = t("center_reactivated_web" if changed else "center_unchanged", g.language, center=name)
        else:
            name, open_cases, changed = deactivate_center(session, center.code, now) or (center.name, [], False)
            message = t(
                "center_deactivated_web" if changed else "center_unchanged", g.language, center=name, count=len(open_cases)
            )
        log.info(json.dumps({"console": "center_active", "user": user.id, "center": center.code, "active": active}))
        session.commit()
    if active:
        with _sessions().begin() as session:
            retry_waiting_cases(session, _now(), settings.deadlines, settings.routing_max_km)
    flash(message)
    return redirect(url_for("console.centers_page"))


@blueprint.post("/cases/<reference>/transfer")
def transfer(reference: str) -> Any:
    """ส่งต่อศูนย์อื่น, as in chat (the new center's staff, the old owner and volunteers are told)."""
    to = (request.form.get("to") or "").strip()[:32]
    if not to:
        return redirect(url_for("console.case_page", reference=reference[:20]))
    return _act(reference, lambda context, ref: transfer_to(context, ref, to), back_to_queue=True)


# --- export ------------------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "reference", "status", "urgency", "category", "subdistrict_code", "district_code", "province_code", "area",
    "center_code", "center_name", "created_at", "ack_due_at", "acknowledged_at", "visit_due_at", "resolved_at",
    "closed_at", "outcome", "overdue",
)  # fmt: skip


def _iso(moment: datetime | None) -> str:
    from bot.speech.thai_dates import BANGKOK

    return moment.astimezone(BANGKOK).isoformat(timespec="seconds") if moment else ""


@blueprint.get("/export.csv")
def export_csv() -> Any:
    """The queue with its filters as CSV, without personal data (no name, phone, description, address
    text or coordinates): aggregates a center reports upward. Dates ISO 8601 +07:00 (DESIGN.md §9)."""
    sessions = _sessions()
    with sessions() as session:
        user, scope = _staff(session)
        if user is None:
            return scope
        user_id = user.id
    now = _now()
    chosen = _queue_filter()
    log.info(json.dumps({"console": "export", "user": user_id, "filter": chosen.__dict__}))

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        yield "\ufeff"  # Excel opens UTF-8 Thai correctly only with the byte-order mark
        writer.writerow(EXPORT_COLUMNS)
        with sessions() as session:
            viewer = session.get(User, user_id)
            centers = {center.id: center for center in session.scalars(select(Center))}
            for case in queue_all(session, viewer, now, chosen):
                center = centers.get(case.center_id)
                writer.writerow(
                    (
                        case.reference, case.status, case.urgency, case.category, case.subdistrict_code or "",
                        case.district_code or "", case.province_code or "", _area(case),
                        center.code if center else "", center.name if center else "", _iso(case.created_at),
                        _iso(case.ack_due_at), _iso(case.acknowledged_at), _iso(case.visit_due_at),
                        _iso(case.resolved_at), _iso(case.closed_at), case.outcome or "",
                        "1" if missed_deadline(case, now) else "0",
                    )  # fmt: skip
                )
                if buffer.tell() > 64 * 1024:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
        yield buffer.getvalue()

    stamp = now.strftime("%Y%m%d-%H%M")
    response = Response(stream_with_context(lines()), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="cases-{stamp}.csv"'
    return response
