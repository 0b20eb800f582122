"""The GeoReport v2 endpoints under /open311/v2/ (OPEN311_NOTES.md; README "Open311 and public
statistics").

- discovery, services and service definitions: for anyone.
- POST requests: a partner's API key; the case goes through the same intake, routing, deadlines and
  staff notifications as a LINE report (dispatch/intake.create_case, report_done.announce_new_case).
- GET requests and requests/{id}: without a key, no personal data and no exact point — status, dates,
  service, agency and the area (the district instead of the subdistrict for small cells and sensitive
  groups; no coordinates: geothai has no centroids). With a partner's key, its own submissions in full
  (each such read is audited in partner_reads).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from flask import Blueprint, Response, current_app, request
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException

from bot.flows.report_done import announce_new_case
from bot.speech.texts import text
from bot.web.referral_links import agency_url
from config import Settings
from dispatch.intake import create_case
from dispatch.open311 import (
    ATTRIBUTES,
    SERVICE_CODES,
    SubmissionError,
    case_statuses_for,
    extended_status,
    open311_status,
    report_from_submission,
)
from dispatch.partners import key_hash, partner_for_key
from dispatch.public_stats import month_bounds
from dispatch.referrals import referrals_to_partner
from dispatch.stats_refresh import materialised_months, subdistrict_counts
from models.audit import record_audit
from models.base import utcnow
from models.cases import Case, CaseEvent
from models.centers import Center
from models.db import one_of
from models.partners import Partner, PartnerRead
from models.referrals import Agency, Referral
from models.users import User
from web.open311.formats import error, respond
from web.open311.limits import WindowLimiter
from web.open311.rows import (
    PUBLIC_COLUMNS,
    Cell,
    PageWords,
    agency_words,
    describe_codes,
    expected_at,
    public_cells,
    public_rows,
    w3c,
)
from web.public.data import TimedCache

blueprint = Blueprint("open311", __name__, url_prefix="/open311/v2")
FMT = "<any(xml,json):fmt>"
CHANGESET = "2026-12-05T00:00:00+07:00"  # when the endpoint last changed in a way clients notice
SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
MAX_SPAN = timedelta(days=90)
MAX_RESULTS = 1000
LIST_VALUE_NAMES = {"lawful_basis": "open311_basis_{}", "danger": "{}", "subject": "who_{}", "needs": "need_{}"}
DATATYPE_DESCRIPTIONS = {
    "lawful_basis": "subject_consent | own_consent | vital_interest | public_task",
    "person_age": "whole years, 0-130",
}


def _settings() -> Settings:
    return current_app.config["BOT_SETTINGS"]


def _locale() -> str:
    return "en" if (request.args.get("locale") or "").lower().startswith("en") else "th"


def _limiter() -> WindowLimiter:
    limiter = current_app.extensions.get("open311_limiter")
    if limiter is None:
        settings = _settings()
        limiter = WindowLimiter(settings.open311_rate_limit, settings.open311_rate_window_seconds)
        current_app.extensions["open311_limiter"] = limiter
    return limiter


def _api_key() -> str | None:
    return request.values.get("api_key") or None


@blueprint.before_request
def _rate_limit() -> Response | None:
    """Reads are limited per key (counted under its hash, never the key itself) or, without one, per
    address. Submissions are not: a refused report may be someone in danger (DESIGN.md section 9: limits
    never bind partners or the danger path); a runaway partner is stopped by revoking its key."""
    if request.method == "POST":
        return None
    key = _api_key()
    client = "key:" + key_hash(key)[:16] if key else "ip:" + (request.remote_addr or "-")
    if _limiter().allow(client, utcnow()):
        return None
    fmt = "xml" if request.path.endswith(".xml") else "json"
    answer = error(fmt, 429, "rate_limited", "too many requests; try again in a minute")
    answer.headers["Retry-After"] = str(int(_settings().open311_rate_window_seconds))
    return answer


@blueprint.app_errorhandler(404)
@blueprint.app_errorhandler(405)
def _spec_error(problem: HTTPException) -> Response | HTTPException:
    """Under /open311/ an unknown path or method is answered in the spec's error format too (XML when
    the path asks for it); elsewhere Flask's own page stands."""
    if not request.path.startswith(blueprint.url_prefix or "/open311/v2"):
        return problem
    fmt = "xml" if request.path.endswith(".xml") else "json"
    status = problem.code or 404
    return error(fmt, status, "not_found" if status == 404 else "method_not_allowed", problem.name.lower())


# -- discovery and services -----------------------------------------------------------------------


@blueprint.get(f"/discovery.{FMT}")
def discovery(fmt: str) -> Response:
    base = _settings().public_base_url.rstrip("/") + "/open311/v2/"
    document = {
        "changeset": CHANGESET,
        "contact": _settings().open311_contact,
        "key_service": "API keys for partner agencies: ask the operator (flask --app app partners add NAME)",
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": base,
                "changeset": CHANGESET,
                "type": "production",
                "formats": ["text/xml", "application/json"],
            }
        ],
    }
    return respond(document, fmt, "discovery")


def _service(code: str, locale: str) -> dict[str, Any]:
    group = text(f"cat_{code}", locale)
    return {
        "service_code": code,
        "service_name": text(f"cat_{code}", "th"),
        "description": text("open311_service_description", locale, group=group),
        "metadata": True,
        "type": "realtime",
        "keywords": ",".join(dict.fromkeys((code, text(f"cat_{code}", "th"), text(f"cat_{code}", "en")))),
        "group": text("open311_group", locale),
    }


@blueprint.get(f"/services.{FMT}")
def services(fmt: str) -> Response:
    locale = _locale()
    return respond([_service(code, locale) for code in SERVICE_CODES], fmt, "services", "service")


@blueprint.get(f"/services/<service_code>.{FMT}")
def service_definition(service_code: str, fmt: str) -> Response:
    if service_code not in SERVICE_CODES:
        return error(fmt, 404, "unknown_service_code", f"no service {service_code!r}")
    locale = _locale()
    attributes = []
    for attribute in ATTRIBUTES:
        names = LIST_VALUE_NAMES.get(attribute.code)
        attributes.append(
            {
                "variable": True,
                "code": attribute.code,
                "datatype": attribute.datatype,
                "required": attribute.required,
                "datatype_description": DATATYPE_DESCRIPTIONS.get(attribute.code, ""),
                "order": attribute.order,
                "description": text(f"open311_attr_{attribute.code}", locale),
                "values": [{"key": value, "name": text(names.format(value), locale)} for value in attribute.values]
                if names
                else None,
            }
        )
    return respond({"service_code": service_code, "attributes": attributes}, fmt, "service_definition")


# -- POST requests --------------------------------------------------------------------------------


@blueprint.post(f"/requests.{FMT}")
def create_request(fmt: str) -> Response:
    settings, now = _settings(), utcnow()
    locale = _locale()
    with current_app.extensions["bot_sessions"].begin() as session:
        partner = partner_for_key(session, _api_key())
        if partner is None:
            return error(fmt, 403, "invalid_api_key", "a valid api_key is required to submit a request")
        fields = {name: request.form.getlist(name) for name in request.form if name != "api_key"}
        try:
            report = report_from_submission(fields, now)
        except SubmissionError as problem:
            return error(fmt, 400, problem.code, problem.description)
        reporter = session.get(User, partner.user_id)
        assert reporter is not None  # partners.user_id is a foreign key, never null
        new = create_case(session, reporter, report, now, settings.deadlines, settings.routing_max_km)
        new.case.partner_id = partner.id
        announce_new_case(session, new, now)
        center = new.decision.center if new.decision else None
        case = new.case
        agency = agency_words(center, "subdistrict", case.route_level, case.district_code, case.province_code, locale)
        notice = text("open311_notice", locale, agency=agency, due=w3c(case.ack_due_at))
        reference = new.case.reference
    current_app.extensions["bot_wakeup"].set()  # the delivery worker: the staff's cards are waiting
    return respond(
        [{"service_request_id": reference, "service_notice": notice}], fmt, "service_requests", "request", 201
    )


# -- GET requests ---------------------------------------------------------------------------------


class BadQuery(ValueError):
    pass


def _split(raw: str | None) -> list[str]:
    return [part.strip() for part in (raw or "").split(",") if part.strip()]


def _datetime(name: str) -> datetime | None:
    raw = request.args.get(name)
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.strip().replace(" ", "+"))  # a "+" unescaped in a URL is a space
    except ValueError:
        raise BadQuery(f"{name} is not a W3C datetime (2026-12-01T00:00:00+07:00)") from None
    if moment.tzinfo is None:
        raise BadQuery(f"{name} needs a time zone (Z or +07:00)")
    return moment


def _hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def _window(now: datetime, keyed: bool) -> tuple[datetime, datetime]:
    """start_date and end_date: at most 90 days apart, by default the last 90 days; without a key
    taken to the hour."""
    start, end = _datetime("start_date"), _datetime("end_date")
    if end is None:
        end = min(start + MAX_SPAN, now) if start is not None else now
    if start is None:
        start = end - MAX_SPAN
    if end < start:
        raise BadQuery("end_date is before start_date")
    if end - start > MAX_SPAN:
        raise BadQuery("start_date and end_date are at most 90 days apart")
    if not keyed:
        start, end = _hour(start), _hour(end) + timedelta(hours=1)
    return start, end


# What a keyed read reads of a case: the public columns and, for the partner's own cases, the rest.
LISTED = (
    *PUBLIC_COLUMNS, Case.partner_id, Case.created_at, Case.updated_at, Case.closed_at, Case.ack_due_at,
    Case.visit_due_at, Case.description, Case.address_text, Case.latitude, Case.longitude,
)  # fmt: skip


def _search(session: Session, now: datetime, keyed: bool) -> list[Any]:
    """The cases a search asks for, newest first, at most MAX_RESULTS: rows of LISTED with a key, of
    PUBLIC_COLUMNS without one. Without a key the dates are taken to the hour, so a narrowing window
    cannot find a case's exact minute. Plain rows through the connection, fetched all at once."""
    ids = _split(request.args.get("service_request_id"))
    query = select(*(LISTED if keyed else PUBLIC_COLUMNS))
    if ids:
        query = query.where(one_of(session, Case.reference, ids[:MAX_RESULTS]))
    else:
        codes = _split(request.args.get("service_code"))
        unknown = [code for code in codes if code not in SERVICE_CODES]
        if unknown:
            raise BadQuery(f"no service {unknown[0]!r}")
        start, end = _window(now, keyed)
        query = query.where(Case.created_at >= start, Case.created_at <= end)
        if codes:
            query = query.where(Case.category.in_(codes))
        wanted = _split(request.args.get("status"))
        if any(status not in ("open", "closed") for status in wanted):
            raise BadQuery("status is open, closed or both")
        if wanted:
            statuses = set().union(*(case_statuses_for(status) for status in wanted))
            query = query.where(Case.status.in_(sorted(statuses)))
    query = query.order_by(Case.created_at.desc(), Case.id.desc()).limit(MAX_RESULTS)
    return session.connection().execute(query).all()


def _cell_counts(session: Session, cells: set[Cell]) -> dict[Cell, int]:
    """Cases per (subdistrict, service, Bangkok month) for `cells`: from the materialised statistics
    for the months they hold, kept in memory for STATS_CACHE_SECONDS (so at most that and
    STATS_REFRESH_SECONDS old: a newer case is not counted yet, which can only place a row less
    precisely), else counted from the cases, one grouped count per month."""
    cache = _stats_cache()
    first_month = materialised_months(session)[0]
    counts: dict[Cell, int] = {}
    by_month: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for subdistrict, category, month in cells:
        by_month[month].add((subdistrict, category))
    for month, wanted in by_month.items():
        if first_month is not None and month >= first_month:
            held = cache.get(("open311", month), lambda month=month: subdistrict_counts(session, month))
            counts.update({(cell[0], cell[1], month): held.get(cell, 0) for cell in wanted})
            continue
        start, end = month_bounds(month)
        rows = session.execute(
            select(Case.subdistrict_code, Case.category, func.count())
            .where(
                Case.created_at >= start,
                Case.created_at < end,
                one_of(session, Case.subdistrict_code, sorted({cell[0] for cell in wanted})),
                Case.category.in_(sorted({cell[1] for cell in wanted})),
            )
            .group_by(Case.subdistrict_code, Case.category)
        )
        for subdistrict, category, count in rows:
            counts[(subdistrict, category, month)] = count
    return counts


def _stats_cache() -> TimedCache:
    cache = current_app.extensions.get("open311_stats_cache")
    if cache is None:
        cache = current_app.extensions["open311_stats_cache"] = TimedCache(_settings().stats_cache_seconds)
    return cache


def _centers(session: Session) -> dict[int, Any]:
    """Every center's name and area by id (a few thousand rows), kept with the statistics' cache."""
    found = session.execute(select(Center.id, Center.name, Center.district_code, Center.province_code))
    return {center.id: center for center in found}


def _page_words(session: Session, center_ids: list[int | None]) -> PageWords:
    centers = _stats_cache().get(("open311", "centers"), lambda: _centers(session))
    if any(center_id not in centers for center_id in center_ids if center_id is not None):
        centers = _centers(session)  # a center newer than the cache
    extended = (request.args.get("extended_statuses") or "").lower() in ("true", "1", "yes")
    return PageWords(_locale(), extended, centers)


def _rows(session: Session, cases: list[Any], partner: Partner | None, now: datetime) -> list[dict[str, Any]]:
    """The GeoReport rows of `cases` (rows of LISTED, or of PUBLIC_COLUMNS without a partner): every
    case as the public sees it (public_rows), except the partner's own, in full (each such read
    audited); with the state of a referral to this partner."""
    own = {case.id for case in cases if partner is not None and case.partner_id == partner.id}
    public = [case for case in cases if case.id not in own]
    words = _page_words(session, [case.center_id for case in cases])
    rows = public_rows(public, _cell_counts(session, public_cells(public)), words)
    if partner is None:
        return rows
    referred = referrals_to_partner(session, partner.id, [case.id for case in cases])
    shown = iter(rows)
    merged = []
    for case in cases:
        if case.id in own:
            row = _own_row(case, words)
            session.add(PartnerRead(partner_id=partner.id, case_id=case.id, at=now))
        else:
            row = next(shown)
        if case.id in referred:
            row.update(_referral_fields(session, *referred[case.id], partner, now))
        merged.append(row)
    return merged


def _own_row(case: Any, words: PageWords) -> dict[str, Any]:
    """A partner's own submission (a row of LISTED) in full: placed by its subdistrict, exact times,
    its description, address and point."""
    status, notes = words.status(case.status, case.outcome, case.reopened)
    area = describe_codes(case.subdistrict_code, case.district_code, case.province_code) or None
    changed = case.closed_at if case.status == "closed" and case.closed_at else case.updated_at
    return {
        "service_request_id": case.reference,
        "status": status,
        "status_notes": notes,
        "service_name": words.service(case.category),
        "service_code": case.category,
        "agency_responsible": words.agency(
            case.center_id, "subdistrict", case.route_level, case.district_code, case.province_code
        ),
        "requested_datetime": w3c(case.created_at),
        "updated_datetime": w3c(changed),
        "expected_datetime": w3c(expected_at(case.status, case.ack_due_at, case.visit_due_at)),
        "address": case.address_text or area,
        "description": case.description,
        "lat": case.latitude,
        "long": case.longitude,
    }


def _referral_fields(
    session: Session, referral: Referral, agency: Agency, partner: Partner, now: datetime
) -> dict[str, Any]:
    """A case referred to the agency that is this partner (issue 23): the referral's state and the
    signed link to its package (only the parts the staff chose to share), never more of the case."""
    record_audit(
        session,
        actor_id=partner.user_id,
        channel="api",
        action="view",
        subject_kind="referral",
        subject_id=referral.id,
        detail={"by": "partner", "case_id": referral.case_id},
        now=now,
    )
    return {
        "referral_state": str(referral.state),
        "referral_agency": agency.name,
        "referral_url": agency_url(_settings(), referral.id, referral.link_nonce or ""),
    }


def _reader(session: Session, fmt: str) -> tuple[Partner | None, Response | None]:
    """The partner whose key came with a read; a key that is wrong or revoked is refused (403)
    rather than quietly read as public."""
    key = _api_key()
    if key is None:
        return None, None
    partner = partner_for_key(session, key)
    if partner is None:
        return None, error(fmt, 403, "invalid_api_key", "the api_key is not valid (or was revoked)")
    return partner, None


@blueprint.get(f"/requests.{FMT}")
def search_requests(fmt: str) -> Response:
    now = utcnow()
    with current_app.extensions["bot_sessions"].begin() as session:
        partner, refused = _reader(session, fmt)
        if refused is not None:
            return refused
        try:
            cases = _search(session, now, keyed=partner is not None)
        except BadQuery as problem:
            return error(fmt, 400, "bad_query", str(problem))
        rows = _rows(session, cases, partner, now)
    return respond(rows, fmt, "service_requests", "request", flat=True)


@blueprint.get(f"/requests/<service_request_id>.{FMT}")
def one_request(service_request_id: str, fmt: str) -> Response:
    now = utcnow()
    with current_app.extensions["bot_sessions"].begin() as session:
        partner, refused = _reader(session, fmt)
        if refused is not None:
            return refused
        case = session.connection().execute(select(*LISTED).where(Case.reference == service_request_id)).first()
        if case is None:
            return error(fmt, 404, "not_found", f"no request {service_request_id!r}")
        rows = _rows(session, [case], partner, now)
    return respond(rows, fmt, "service_requests", "request", flat=True)


# -- GET servicerequestupdates (FixMyStreet's extension) -------------------------------------------


@blueprint.get(f"/servicerequestupdates.{FMT}")
def request_updates(fmt: str) -> Response:
    """Each status change of a case between start_date and end_date (the same window as a search),
    oldest first, at most MAX_RESULTS: a poller goes on from the last one's updated_datetime. The
    description is the status's own words (never a staff note); without a key, or for another
    partner's case, the time is to the hour. `extended_statuses=true` as for a search."""
    now, locale = utcnow(), _locale()
    extended = (request.args.get("extended_statuses") or "").lower() in ("true", "1", "yes")
    with current_app.extensions["bot_sessions"]() as session:
        partner, refused = _reader(session, fmt)
        if refused is not None:
            return refused
        try:
            start, end = _window(now, keyed=partner is not None)
        except BadQuery as problem:
            return error(fmt, 400, "bad_query", str(problem))
        found = session.execute(
            select(
                CaseEvent.id,
                CaseEvent.kind,
                CaseEvent.to_status,
                CaseEvent.at,
                Case.reference,
                Case.outcome,
                Case.partner_id,
            )  # fmt: skip
            .join(Case, Case.id == CaseEvent.case_id)
            .where(CaseEvent.at >= start, CaseEvent.at <= end, CaseEvent.to_status.is_not(None))
            .order_by(CaseEvent.at, CaseEvent.id)
            .limit(MAX_RESULTS)
        )
        updates = []
        for event_id, kind, to_status, at, reference, outcome, partner_id in found:
            own = partner is not None and partner_id == partner.id
            reopened = kind == "reopened"
            closed_as = outcome if to_status == "closed" else None
            status = extended_status(to_status, closed_as, reopened) if extended else open311_status(to_status)
            notes = text(f"status_{to_status}", locale)
            if reopened:
                notes = text("open311_status_reopen", locale)
            elif closed_as:
                notes = text(
                    "open311_closed_because", locale, status=notes, outcome=text(f"outcome_{closed_as}", locale)
                )
            updates.append(
                {
                    "update_id": str(event_id),
                    "service_request_id": reference,
                    "status": status,
                    "updated_datetime": w3c(at, public=not own),
                    "description": notes,
                }
            )
    return respond(updates, fmt, "service_request_updates", "request_update", flat=True)
