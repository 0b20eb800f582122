"""The console's administration pages: a center's page (its details, open cases to transfer when it
is stopped, its staff), editing it, inviting and removing staff, importing centers with a preview of
what will change, and the volunteers' list with their approval and suspension.

Province administrators (`staff invite --province CODE --admin`) edit, import and remove; supervisors
and administrators invite staff and stop or resume new cases (web/console.py); staff see their own
center. The changes are the command line's and the chat's own (dispatch/centers_import.py,
dispatch/staffing.py, bot/commands/volunteer_staff.py), and each is written to the audit trail."""

from __future__ import annotations

import io
import math
from typing import Any

from flask import abort, current_app, flash, g, redirect, request, url_for
from sqlalchemy import select

from bot.commands.volunteer_staff import decide_volunteer
from bot.flows.engine import FlowContext
from bot.jobs.rerouting import retry_waiting_cases
from bot.line.responses import Text
from bot.speech.thai_dates import thai_date, thai_datetime
from dispatch.case_actions import scope_filter
from dispatch.center_status import open_cases_of
from dispatch.centers_import import CentersFileError, decode_centers_file, import_centers
from dispatch.console_admin import (
    CenterEdit,
    administered_center,
    administered_provinces,
    edit_center,
    may_administer,
    may_change_center,
    preview_import,
    staff_members,
)
from dispatch.staffing import invite_for_center, remove_staff
from dispatch.volunteers import Decision, volunteer_for_staff, volunteers_page
from models.centers import Center, StaffMembership
from models.users import User
from web.console import PAGE_SIZE, blueprint
from web.console_context import WebTools, console_now, db_sessions, render_page, signed_in_staff, write_audit
from web.texts import t

IMPORT_LIMIT = 2_000_000  # bytes: Thailand's 7,436 centers fit in well under a megabyte


def _center_in_scope(session: Any, user: User, code: str) -> Center | None:
    scope = scope_filter(session, user)
    if scope is None:
        return None
    return session.scalar(select(Center).where(scope, Center.code == code[:32]))


@blueprint.get("/centers/<code>")
def center_page(code: str, invite: Any = None) -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        center = _center_in_scope(session, user, code)
        if center is None:
            write_audit(session, user, "refused", "center", code[:32], attempt="view")
            session.commit()
            abort(404)
        values = {
            "center": center,
            "open_cases": open_cases_of(session, center),
            "members": staff_members(session, [center.id]),
            "may_edit": may_administer(session, user, center),
            "may_change": may_change_center(session, user, center),
            "invite": invite,
            "when": lambda moment: thai_datetime(moment, g.language) if moment else "-",
            "day": lambda moment: thai_date(moment, g.language) if moment else "-",
        }
        session.commit()
        return render_page("center.html", **values)


@blueprint.post("/centers/<code>/edit")
def center_edit(code: str) -> Any:
    form = request.form
    try:
        radius = float(form["service_radius_km"]) if form.get("service_radius_km", "").strip() else None
    except ValueError:
        radius = -1.0
    name, phone = " ".join(form.get("name", "").split())[:200], form.get("phone", "").strip()[:32]
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        center = administered_center(session, user, code[:32])
        if center is None:
            write_audit(session, user, "refused", "center", code[:32], attempt="edit")
            session.commit()
            abort(404)
        if not name or (radius is not None and not 0 < radius <= 200):
            flash(t("center_edit_invalid", g.language))
            return redirect(url_for("console.center_page", code=center.code))
        changed = edit_center(center, CenterEdit(name, phone, radius), console_now())
        write_audit(session, user, "admin", "center", center.code, attempt="edit", fields=changed)
        session.commit()
        flash(t("center_saved" if changed else "center_unchanged", g.language, center=center.name))
        return redirect(url_for("console.center_page", code=center.code))


@blueprint.post("/centers/<code>/invite")
def center_invite(code: str) -> Any:
    """A one-time code for a new staff member, shown once on the center's page (only its hash is kept)."""
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        issued = invite_for_center(session, user, code[:32], console_now())
        if issued is None:
            write_audit(session, user, "refused", "center", code[:32], attempt="invite")
            session.commit()
            abort(404)
        write_audit(session, user, "admin", "center", issued.center.code, attempt="invite")
        session.commit()
        invite = {"code": issued.code, "expires": thai_datetime(issued.expires_at, g.language)}
    return center_page(code, invite=invite)


@blueprint.post("/centers/<code>/staff/<int:membership_id>/remove")
def staff_remove(code: str, membership_id: int) -> Any:
    settings = current_app.config["BOT_SETTINGS"]
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        center = administered_center(session, user, code[:32])
        membership = session.get(StaffMembership, membership_id) if center is not None else None
        if center is None or membership is None or membership.center_id != center.id or not membership.active:
            write_audit(session, user, "refused", "center", code[:32], attempt="remove_staff")
            session.commit()
            abort(404)
        member = membership.user
        remove_staff(session, member.line_user_id, console_now(), center_code=center.code)
        write_audit(session, user, "admin", "center", center.code, attempt="remove_staff", member=member.id)
        session.commit()
        flash(
            t(
                "staff_removed",
                g.language,
                name=member.display_name or f"…{member.line_user_id[-4:]}",
                center=center.name,
            )
        )
    with db_sessions().begin() as session:
        retry_waiting_cases(session, console_now(), settings.deadlines, settings.routing_max_km)
    return redirect(url_for("console.center_page", code=code[:32]))


# --- importing centers ----------------------------------------------------------------------------------


@blueprint.route("/centers/import", methods=["GET", "POST"])
def centers_import() -> Any:
    """Upload a centers CSV (`centers import`'s format), see what would change, then apply it."""
    settings = current_app.config["BOT_SETTINGS"]
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        provinces = administered_provinces(session, user)
        if not provinces:
            abort(404)
        if request.method == "GET":
            return render_page("centers_import.html", preview=None, text="", encoding=None)
        text, encoding = request.form.get("text", ""), None
        upload = request.files.get("file")
        if upload is not None and upload.filename:
            try:
                text, encoding = decode_centers_file(upload.read(IMPORT_LIMIT))
            except CentersFileError as error:
                flash(str(error))
                return redirect(url_for("console.centers_import"))
        preview = preview_import(session, text, provinces, settings.centers_province_check_km)
        if request.form.get("apply") == "1" and not preview.problems and text:
            report = import_centers(
                session,
                io.StringIO(text, newline=""),
                console_now(),
                province_check_km=settings.centers_province_check_km,
            )
            write_audit(
                session, user, "admin", "centers", None, attempt="import",
                inserted=report.inserted, updated=report.updated, unchanged=report.unchanged,
            )  # fmt: skip
            session.commit()
            flash(t("import_done", g.language, inserted=report.inserted, updated=report.updated))
            with db_sessions().begin() as routing:
                retry_waiting_cases(routing, console_now(), settings.deadlines, settings.routing_max_km)
            return redirect(url_for("console.centers_page"))
        return render_page("centers_import.html", preview=preview, text=text, encoding=encoding)


# --- volunteers ------------------------------------------------------------------------------------------


@blueprint.get("/volunteers")
def volunteers() -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        page = max(request.args.get("page", 1, type=int) or 1, 1)
        rows, total = volunteers_page(session, user, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        codes = dict(
            session.execute(select(Center.id, Center.code).where(Center.id.in_({v.center_id for v in rows}))).all()
        )
        pages = max(math.ceil(total / PAGE_SIZE), 1)
        return render_page(
            "volunteers.html",
            rows=rows,
            codes=codes,
            total=total,
            first=(page - 1) * PAGE_SIZE + 1 if rows else 0,
            last=(page - 1) * PAGE_SIZE + len(rows),
            page=page,
            pages=pages,
            prev_url=url_for("console.volunteers", page=page - 1) if page > 1 else None,
            next_url=url_for("console.volunteers", page=page + 1) if page < pages else None,
        )


@blueprint.post("/volunteers/<int:volunteer_id>/<decision>")
def volunteer_decision(volunteer_id: int, decision: str) -> Any:
    """อนุมัติ / ไม่อนุมัติ / พักสิทธิ์ / คืนสิทธิ์, as in chat (the volunteer is told in LINE)."""
    if decision not in set(Decision):
        abort(404)
    settings = current_app.config["BOT_SETTINGS"]
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        if volunteer_for_staff(session, user, str(volunteer_id), f"volunteer_{decision}") is None:
            write_audit(session, user, "refused", "volunteer", str(volunteer_id), attempt=decision)
            session.commit()
            abort(404)
        context = FlowContext(session=session, user=user, now=console_now(), data={}, tools=WebTools(user, settings))
        answers = decide_volunteer(context, str(volunteer_id), Decision(decision))
        said = [answer.text for answer in answers if isinstance(answer, Text)]
        write_audit(session, user, "admin", "volunteer", str(volunteer_id), attempt=decision)
        session.commit()
        if said:
            flash(said[0])
    return redirect(url_for("console.volunteers"))
