"""Referral pages.

For the receiving agency (no account: the signed link is the key): `/referrals/<token>` shows the
package — the same sections as the PDF, only the parts chosen — with the PDF, a button to
acknowledge receipt and a form for the outcome (accepted / not our remit / done, with a note). A
tampered, expired or revoked link is a 404 like a referral that does not exist. Forms carry the
console's CSRF token.

For staff: the PDF through a short signed link from chat (`/referrals/staff/<token>.pdf`, served
only while the user may still act on the case), and in the console a case's referrals with their
PDFs and withdrawing (`/console/cases/<reference>/referrals`). The console's form refers to an agency
of the directory or to a unit typed by hand (name, kind, an optional contact note), which is only
recorded: the page says plainly that it gets no link, no email and no reminders.

Every view or download of a package is in the audit trail (models/audit.py), never its content.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import Blueprint, Response, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from sqlalchemy.orm import Session

from bot.commands.referral_notices import tell_answer
from bot.flows.referral import send_referral
from bot.speech.referral_package import Package, build_package
from bot.speech.referral_pdf import render_pdf
from bot.speech.thai_dates import thai_datetime
from bot.web.referral_links import agency_url, read_agency_token, read_staff_token
from config import Settings
from dispatch.agencies import list_agencies
from dispatch.case_actions import case_for_staff
from dispatch.lifecycle import AGENCIES
from dispatch.referrals import (
    LAWFUL_BASES,
    MAX_TEXT,
    OUTCOMES,
    PARTS,
    ReferralRequest,
    TypedUnit,
    acknowledge_receipt,
    answer,
    may_refer,
    referral_for_link,
    referrals_of,
    state_key,
    withdraw,
)
from models.audit import record_audit
from models.cases import Case, Media
from models.referrals import Referral, ReferralState
from models.users import User
from web import console
from web.console_context import console_now, db_sessions, run_case_action, signed_in_staff
from web.texts import t

log = logging.getLogger("web.referrals")
blueprint = Blueprint("referrals", __name__, template_folder="templates")


def register(app: Any) -> None:
    """After the console's register(): its CSRF protection and session settings are reused."""
    app.register_blueprint(blueprint)


def _settings() -> Settings:
    return current_app.config["BOT_SETTINGS"]


# The console's: Thai by default, its CSRF check on every form.
blueprint.before_request(console.protect_forms)


@blueprint.errorhandler(CSRFError)
def refused_form(error: CSRFError) -> Any:
    log.warning(json.dumps({"referral_page": "csrf_refused"}))
    return _page("referral_message.html", 400, title=t("forbidden_form", "th"))


@blueprint.errorhandler(404)
def not_found(error: Exception) -> Any:
    return _page("referral_message.html", 404, title=t("ref_not_found", "th"))


@blueprint.after_request
def no_caching(response: Response) -> Response:
    """The console's headers (no caching, no framing, a strict content policy), and no Referer: the
    link's token must not leak to anything the page links to."""
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return console.no_caching(response)


def _page(template: str, status: int = 200, **values: Any) -> tuple[str, int]:
    language = g.get("language", "th")
    return render_template(template, lang=language, t=lambda key, **v: t(key, language, **v), **values), status


def write_audit(
    session: Session, referral: Referral, action: str, actor: int | None, channel: str, now: datetime
) -> None:
    by = "agency" if actor is None else "staff"
    record_audit(
        session,
        actor_id=actor,
        channel=channel,
        action=action,
        subject_kind="referral",
        subject_id=referral.id,
        detail={"by": by, "case_id": referral.case_id, "parts": referral.parts},
        now=now,
    )


def _pdf_response(package: Package, language: str = "th") -> Response:
    response = Response(render_pdf(package, language), mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'inline; filename="referral-{package.reference}.pdf"'
    return response


# --- the agency's signed link ----------------------------------------------------------------------


def _agency_referral(session: Session, token: str, now: datetime) -> Referral:
    found = read_agency_token(_settings(), token)
    referral = referral_for_link(session, found[0], found[1], now) if found else None
    if referral is None:
        abort(404)
    return referral


@blueprint.get("/referrals/<token>")
def agency_page(token: str) -> Any:
    now = console_now()
    with db_sessions().begin() as session:
        referral = _agency_referral(session, token, now)
        package = build_package(session, referral)
        write_audit(session, referral, "view", None, "link", now)
        return _page(
            "referral_agency.html",
            package=package,
            referral=referral,
            token=token,
            state=t(f"referral_state_{referral.state}", "th"),
            may_acknowledge=referral.state == ReferralState.SENT,
            outcomes=_outcomes_open(referral),
            expires=thai_datetime(referral.link_expires_at),
        )


def _outcomes_open(referral: Referral) -> list[str]:
    if referral.state in (ReferralState.SENT, ReferralState.RECEIVED):
        return [str(outcome) for outcome in OUTCOMES]
    return [ReferralState.DONE.value] if referral.state == ReferralState.ACCEPTED else []


@blueprint.get("/referrals/<token>/pdf")
def agency_pdf(token: str) -> Any:
    now = console_now()
    with db_sessions().begin() as session:
        referral = _agency_referral(session, token, now)
        write_audit(session, referral, "download", None, "link", now)
        return _pdf_response(build_package(session, referral))


@blueprint.get("/referrals/<token>/photos/<int:media_id>")
def agency_photo(token: str, media_id: int) -> Any:
    now = console_now()
    with db_sessions()() as session:
        referral = _agency_referral(session, token, now)
        media = session.get(Media, media_id)
        if "photos" not in referral.parts or media is None or media.case_id != referral.case_id:
            abort(404)
        return Response(media.content, mimetype=media.content_type)


@blueprint.post("/referrals/<token>/received")
def agency_received(token: str) -> Any:
    now = console_now()
    with db_sessions().begin() as session:
        referral = _agency_referral(session, token, now)
        if acknowledge_receipt(session, referral, now):
            tell_answer(session, referral, ReferralState.RECEIVED, now)
            write_audit(session, referral, "change", None, "link", now)
            flash(t("ref_received_saved", "th"))
    return redirect(url_for("referrals.agency_page", token=token))


@blueprint.post("/referrals/<token>/outcome")
def agency_outcome(token: str) -> Any:
    now = console_now()
    outcome = request.form.get("outcome", "")
    note = (request.form.get("note") or "").strip()
    with db_sessions().begin() as session:
        referral = _agency_referral(session, token, now)
        if answer(session, referral, outcome, note, now):
            tell_answer(session, referral, outcome, now)
            write_audit(session, referral, "change", None, "link", now)
            flash(t("ref_outcome_saved", "th"))
        else:
            flash(t("ref_outcome_refused", "th"))
    return redirect(url_for("referrals.agency_page", token=token))


# --- staff ------------------------------------------------------------------------------------------


@blueprint.get("/referrals/staff/<token>.pdf")
def staff_pdf(token: str) -> Any:
    found = read_staff_token(_settings(), token)
    if found is None:
        abort(404)
    referral_id, user_id = found
    now = console_now()
    with db_sessions().begin() as session:
        referral, user = session.get(Referral, referral_id), session.get(User, user_id)
        case = referral.case if referral is not None else None
        if case is None or user is None or case_for_staff(session, user, case.reference, "referral_pdf") is None:
            abort(404)
        write_audit(session, referral, "download", user.id, "line", now)
        return _pdf_response(build_package(session, referral, "en" if user.language == "en" else "th"))


@blueprint.get("/console/cases/<reference>/referrals")
def console_referrals(reference: str) -> Any:
    with db_sessions()() as session:
        user, scope = signed_in_staff(session)
        if user is None:
            return scope
        g.language = "en" if user.language == "en" else "th"
        case = case_for_staff(session, user, reference[:20], "referrals")
        if case is None:
            session.commit()
            abort(404)
        rows = [
            {
                "referral": referral,
                "name": referral.receiver_name,
                "contact": referral.unit_contact,
                "state": t(state_key(referral), g.language),
                "sent": thai_datetime(referral.sent_at, g.language),
                "link": agency_url(_settings(), referral.id, referral.link_nonce) if referral.link_nonce else None,
                "open": referral.state in (ReferralState.SENT, ReferralState.RECEIVED, ReferralState.ACCEPTED),
            }
            for referral, agency in reversed(referrals_of(session, case.id))
        ]
        form = _referral_form(session, case) if may_refer(case) else None
        session.commit()
        return _page("referral_console.html", case=case, rows=rows, form=form)


def _referral_form(session: Session, case: Case) -> dict[str, Any]:
    """The choices of the console's referral form: the active agencies of the case's province by
    kind (or a unit typed by hand, of one of these kinds), the parts (none ticked: the minimum is
    chosen, not assumed) and the lawful bases."""
    agencies = [agency for agency in list_agencies(session, case.province_code) if agency.active]
    by_kind = [(kind, [agency for agency in agencies if agency.kind == kind]) for kind in AGENCIES]
    return {
        "by_kind": [(kind, found) for kind, found in by_kind if found],
        "kinds": AGENCIES,
        "parts": PARTS,
        "bases": LAWFUL_BASES,
        "limit": MAX_TEXT,
    }


@blueprint.post("/console/cases/<reference>/referrals")
def console_refer(reference: str) -> Any:
    """ส่งต่อหน่วยงาน from the console: the same referral, checks and notices as the chat's."""
    raw_agency = request.form.get("agency", "")
    unit = None
    if raw_agency == "unit":
        unit = TypedUnit(
            name=(request.form.get("unit_name") or "").strip(),
            kind=request.form.get("unit_kind", ""),
            contact=(request.form.get("unit_contact") or "").strip(),
        )
    wanted = ReferralRequest(
        agency_id=int(raw_agency) if raw_agency.isdecimal() and len(raw_agency) < 10 else 0,
        reason=(request.form.get("reason") or "").strip(),
        request=(request.form.get("request") or "").strip(),
        parts=tuple(part for part in request.form.getlist("parts") if part in PARTS),
        lawful_basis=request.form.get("basis", ""),
        unit=unit,
    )
    if not wanted.reason or not wanted.request or wanted.lawful_basis not in LAWFUL_BASES:
        flash(t("ref_form_incomplete", "th"))
        return redirect(url_for("referrals.console_referrals", reference=reference[:20]))
    if unit is not None and (not unit.name or unit.kind not in AGENCIES):
        flash(t("refer_unit_incomplete", "th"))
        return redirect(url_for("referrals.console_referrals", reference=reference[:20]))
    return run_case_action(reference, "refer", lambda context, ref: send_referral(context, ref, wanted))


@dataclass(frozen=True)
class _Found:
    user: User
    case: Case
    referral: Referral


def _console_referral(session: Session, reference: str, referral_id: int, action: str) -> Any:
    """(user, case, referral) for a signed-in staff member who may act on the case, else the
    console's answer (sign in, not staff) or a 404 like a referral that does not exist."""
    user, scope = signed_in_staff(session)
    if user is None:
        return scope
    case = case_for_staff(session, user, reference[:20], action)
    referral = session.get(Referral, referral_id) if case is not None else None
    if case is None or referral is None or referral.case_id != case.id:
        session.commit()
        abort(404)
    return _Found(user, case, referral)


@blueprint.get("/console/cases/<reference>/referrals/<int:referral_id>.pdf")
def console_pdf(reference: str, referral_id: int) -> Any:
    now = console_now()
    with db_sessions()() as session:
        found = _console_referral(session, reference, referral_id, "referral_pdf")
        if not isinstance(found, _Found):
            return found
        user, referral = found.user, found.referral
        write_audit(session, referral, "download", user.id, "console", now)
        response = _pdf_response(build_package(session, referral, "en" if user.language == "en" else "th"))
        session.commit()
        return response


@blueprint.post("/console/cases/<reference>/referrals/<int:referral_id>/withdraw")
def console_withdraw(reference: str, referral_id: int) -> Any:
    with db_sessions()() as session:
        found = _console_referral(session, reference, referral_id, "referral_withdraw")
        if not isinstance(found, _Found):
            return found
        user, case, referral = found.user, found.case, found.referral
        withdraw(session, user, referral.id, console_now())
        session.commit()
        flash(t("ref_withdrawn_web", "th"))
        return redirect(url_for("referrals.console_referrals", reference=case.reference))
