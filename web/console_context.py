"""What every console page needs, shared by the console's modules (web/console*.py, web/register.py,
web/referrals.py): the database sessions, the clock, the signed-in staff member and their scope, the
page renderer, the audit trail, and running a chat flow function for a case from a form. Whoever
passes signed_in_staff has a scope, and so may use every page of the navigation but the audit
trail (the register's pages included: dispatch.register_views works over the same scope).

Kept apart from the pages themselves so that the register and referral pages use the console's rules
through a public door rather than its private helpers."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

from flask import abort, current_app, flash, g, redirect, render_template, request, session, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.flows.engine import FlowContext
from bot.line.responses import Text
from dispatch.audit_view import may_read_audit
from dispatch.case_actions import case_for_staff, scope_filter
from models.audit import record_audit
from models.base import utcnow
from models.users import User
from web import auth
from web.texts import page_language, t

log = logging.getLogger("web.console")
IN_LINE = re.compile(r"\bLine/\d")  # LINE's in-app browser names itself so in its User-Agent
NEXT_PAGE = "console_next"  # where to land after signing in (a case link sent in LINE)


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

    @property
    def services(self) -> Any:
        """The part of bot.services.Services the flows read here: the settings (offer rules)."""
        return SimpleNamespace(settings=self.settings)


def db_sessions() -> Any:
    return current_app.extensions["bot_sessions"]


def console_now() -> datetime:
    return current_app.config.get("CONSOLE_NOW", utcnow)()


def render_page(template: str, status: int = 200, **values: Any) -> tuple[str, int]:
    language = g.get("language", "th")
    return render_template(template, lang=language, t=lambda key, **v: t(key, language, **v), **values), status


def session_name() -> str:
    return session.get("console_name", "")


def remember_next_page() -> None:
    """Keep the page asked for (a path under /console/, nothing else) to return to after signing in:
    a case link the bot sent opens that case, not the queue."""
    wanted = request.full_path if request.query_string else request.path
    parts = urlsplit(wanted)
    # Only a page the browser navigates to: not a script's fetch (a map's data) made after the session ended.
    navigation = request.headers.get("Sec-Fetch-Dest", "document") == "document"
    if request.method == "GET" and navigation and not parts.netloc and parts.path.startswith("/console/"):
        session[NEXT_PAGE] = wanted[:300]


def signed_in_staff(session_: Session) -> tuple[User | None, Any]:
    """The signed-in user and their case scope; a redirect or a refusal page when there is none."""
    line_user_id, expired = auth.signed_in_user_id()
    if line_user_id is None:
        if expired:
            flash(t("session_ended", "th"))
        remember_next_page()
        if IN_LINE.search(request.headers.get("User-Agent", "")):
            # Opened from the bot's link or the rich menu in LINE's in-app browser: LINE Login there
            # signs in without a screen, so skip our sign-in page.
            return None, redirect(url_for("console.login_start"))
        return None, redirect(url_for("console.login_page"))
    user = session_.scalar(select(User).where(User.line_user_id == line_user_id))
    if user is not None:
        g.language = page_language(user.language)
    scope = scope_filter(session_, user, cases=True) if user is not None else None
    if user is None or scope is None:
        log.info(json.dumps({"console": "not_staff"}))
        return None, render_page("not_staff.html", 403)
    if user.display_name is None and session_name():
        user.display_name = session_name()
    g.user_name = user.display_name or ""
    g.may_audit = may_read_audit(session_, user)
    return user, scope


def write_audit(
    session_: Session, user: User, action: str, subject_kind: str, subject_id: str | None = None, **detail: Any
) -> None:
    """One entry of the audit trail for what the signed-in user did here: never the data itself."""
    record_audit(
        session_,
        actor_id=user.id,
        channel="console",
        action=action,
        subject_kind=subject_kind,
        subject_id=subject_id,
        detail=detail,
        now=console_now(),
    )


def described(chosen: Any) -> dict[str, Any]:
    """A filter's chosen values, for the audit trail (dates as ISO text; defaults left out)."""
    return {
        key: value.isoformat() if isinstance(value, date) else value
        for key, value in asdict(chosen).items()
        if value not in (None, False, "")
    }


def run_case_action(reference: str, name: str, act: Any, back_to_queue: bool = False) -> Any:
    """Run a chat flow function for the signed-in user and show what chat would have said.
    `back_to_queue`: after a change that may take the case out of the user's scope (a transfer)."""
    with db_sessions()() as session_:
        user, scope = signed_in_staff(session_)
        if user is None:
            return scope
        case = case_for_staff(session_, user, reference[:20], "console_action")
        if case is None:
            write_audit(session_, user, "refused", "case", reference[:20], attempt=name)
            session_.commit()
            abort(404)
        write_audit(session_, user, "change", "case", case.reference, attempt=name)
        settings = current_app.config["BOT_SETTINGS"]
        context = FlowContext(session=session_, user=user, now=console_now(), data={}, tools=WebTools(user, settings))
        answers = act(context, case.reference)
        session_.commit()
        said = [answer.text for answer in answers if isinstance(answer, Text)]
        if said:
            flash(said[0])
        if back_to_queue:
            return redirect(url_for("console.queue"))
        return redirect(url_for("console.case_page", reference=case.reference))
