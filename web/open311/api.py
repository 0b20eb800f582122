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
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, current_app, request
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.exceptions import HTTPException

from bot.flows.report_done import announce_new_case
from bot.speech.texts import text
from config import Settings
from dispatch.address import describe_codes
from dispatch.intake import create_case
from dispatch.open311 import (
    ATTRIBUTES,
    SERVICE_CODES,
    SubmissionError,
    case_statuses_for,
    extended_status,
    open311_status,
    public_area_level,
    report_from_submission,
)
from dispatch.partners import key_hash, partner_for_key
from models.base import utcnow
from models.cases import Case, CaseEvent
from models.centers import Center
from models.partners import Partner, PartnerRead
from models.users import User
from web.open311.formats import error, respond
from web.open311.limits import WindowLimiter

blueprint = Blueprint("open311", __name__, url_prefix="/open311/v2")
FMT = "<any(xml,json):fmt>"
CHANGESET = "2026-12-05T00:00:00+07:00"  # when the endpoint last changed in a way clients notice
SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
BANGKOK = ZoneInfo("Asia/Bangkok")
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


def _iso(moment: datetime | None, public: bool = False) -> str | None:
    """W3C datetime in Bangkok time (+07:00). Public reads get the hour only: an exact minute could tie a
    case to the person who reported it."""
    if moment is None:
        return None
    local = moment.astimezone(BANGKOK)
    if public:
        local = local.replace(minute=0, second=0, microsecond=0)
    return local.isoformat(timespec="seconds")


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


def _agency(case: Case, center: Center | None, level: str, locale: str) -> str:
    """Who answers for the case. With the area shown at district level only, a center's name (which
    names its subdistrict) is not given either."""
    if center is not None and case.route_level in ("center", None):
        if level == "subdistrict":
            return center.name
        return text("open311_agency_area", locale, area=describe_codes(None, center.district_code, center.province_code))
    if case.route_level in ("district", "province"):
        area = describe_codes(None, case.district_code if case.route_level == "district" else None, case.province_code)
        return text("open311_agency_supervisors", locale, level=text(f"level_{case.route_level}", locale), area=area)
    return text("open311_agency_unrouted", locale)


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
        agency = _agency(new.case, center, "subdistrict", locale)
        notice = text("open311_notice", locale, agency=agency, due=_iso(new.case.ack_due_at))
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


def _search(session: Session, now: datetime, keyed: bool) -> list[Case]:
    """The cases a search asks for, newest first, at most MAX_RESULTS. Without a key the dates are
    taken to the hour, so a narrowing window cannot find a case's exact minute."""
    ids = _split(request.args.get("service_request_id"))
    query = select(Case)
    if ids:
        query = query.where(Case.reference.in_(ids[:MAX_RESULTS]))
    else:
        codes = _split(request.args.get("service_code"))
        unknown = [code for code in codes if code not in SERVICE_CODES]
        if unknown:
            raise BadQuery(f"no service {unknown[0]!r}")
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
    return list(session.scalars(query))


def _reopened(session: Session, case_ids: list[int]) -> set[int]:
    """Cases whose latest status change was their reporter reopening them."""
    latest: dict[int, str] = {}
    if not case_ids:
        return set()
    rows = session.execute(
        select(CaseEvent.case_id, CaseEvent.kind)
        .where(CaseEvent.case_id.in_(case_ids), CaseEvent.to_status.is_not(None))
        .order_by(CaseEvent.case_id, CaseEvent.at, CaseEvent.id)
    )
    for case_id, kind in rows:
        latest[case_id] = kind
    return {case_id for case_id, kind in latest.items() if kind == "reopened"}


def _month(moment: datetime) -> tuple[datetime, datetime]:
    """The Bangkok calendar month holding `moment`, as UTC bounds."""
    local = moment.astimezone(BANGKOK)
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


def _cell_counts(session: Session, cases: Iterable[Case]) -> dict[tuple[str, str, datetime], int]:
    """Cases per (subdistrict, service, Bangkok month) for the cells of `cases`: one grouped count
    per month seen."""
    by_month: dict[tuple[datetime, datetime], set[tuple[str, str]]] = defaultdict(set)
    for case in cases:
        if case.subdistrict_code:
            by_month[_month(case.created_at)].add((case.subdistrict_code, case.category))
    counts: dict[tuple[str, str, datetime], int] = {}
    for (start, end), cells in by_month.items():
        rows = session.execute(
            select(Case.subdistrict_code, Case.category, func.count())
            .where(
                Case.created_at >= start,
                Case.created_at < end,
                Case.subdistrict_code.in_(sorted({cell[0] for cell in cells})),
                Case.category.in_(sorted({cell[1] for cell in cells})),
            )
            .group_by(Case.subdistrict_code, Case.category)
        )
        for subdistrict, category, count in rows:
            counts[(subdistrict, category, start)] = count
    return counts


def _status_notes(case: Case, reopened: bool, locale: str) -> str:
    if reopened and open311_status(case.status) == "open":
        return text("open311_status_reopen", locale)
    status = text(f"status_{case.status}", locale)
    if case.status == "closed" and case.outcome:
        return text("open311_closed_because", locale, status=status, outcome=text(f"outcome_{case.outcome}", locale))
    return status


def _expected(case: Case) -> datetime | None:
    if case.status == "assigned":
        return case.ack_due_at
    if case.status == "acknowledged":
        return case.visit_due_at
    return None


def _rows(session: Session, cases: list[Case], partner: Partner | None, now: datetime) -> list[dict[str, Any]]:
    locale = _locale()
    extended = (request.args.get("extended_statuses") or "").lower() in ("true", "1", "yes")
    reopened = _reopened(session, [case.id for case in cases])
    public_cases = [case for case in cases if partner is None or case.partner_id != partner.id]
    counts = _cell_counts(session, public_cases)
    center_ids = {case.center_id for case in cases if case.center_id is not None}
    centers = {center.id: center for center in session.scalars(select(Center).where(Center.id.in_(center_ids)))}
    rows = []
    for case in cases:
        own = partner is not None and case.partner_id == partner.id
        if own:
            level = "subdistrict"
        else:
            month_start = _month(case.created_at)[0]
            level = public_area_level(case.category, counts.get((case.subdistrict_code, case.category, month_start), 0))
        is_reopened = case.id in reopened
        status = extended_status(case.status, case.outcome, is_reopened) if extended else open311_status(case.status)
        updated = case.closed_at if case.status == "closed" and case.closed_at else case.updated_at
        area = describe_codes(
            case.subdistrict_code if level == "subdistrict" else None, case.district_code, case.province_code
        )
        row: dict[str, Any] = {
            "service_request_id": case.reference,
            "status": status,
            "status_notes": _status_notes(case, is_reopened, locale),
            "service_name": text(f"cat_{case.category}", "th"),
            "service_code": case.category,
            "agency_responsible": _agency(case, centers.get(case.center_id or 0), level, locale),
            "requested_datetime": _iso(case.created_at, public=not own),
            "updated_datetime": _iso(updated, public=not own),
            "expected_datetime": _iso(_expected(case), public=not own),
            "address": area or None,
        }
        if own:
            row.update(
                description=case.description,
                address=case.address_text or area or None,
                lat=case.latitude,
                long=case.longitude,
            )
            session.add(PartnerRead(partner_id=partner.id, case_id=case.id, at=now))
        rows.append(row)
    return rows


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
    return respond(rows, fmt, "service_requests", "request")


@blueprint.get(f"/requests/<service_request_id>.{FMT}")
def one_request(service_request_id: str, fmt: str) -> Response:
    now = utcnow()
    with current_app.extensions["bot_sessions"].begin() as session:
        partner, refused = _reader(session, fmt)
        if refused is not None:
            return refused
        case = session.scalar(select(Case).where(Case.reference == service_request_id))
        if case is None:
            return error(fmt, 404, "not_found", f"no request {service_request_id!r}")
        rows = _rows(session, [case], partner, now)
    return respond(rows, fmt, "service_requests", "request")
