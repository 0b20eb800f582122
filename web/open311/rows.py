"""The rows of GET requests (GeoReport v2 `request` objects): their times and words, and the public
page built from plain tuples.

A public page of 1,000 rows cost about 55 ms of CPU, nearly all of it Python per row: 5,000
datetimes converted and each formatted again, the words looked up through closures, and a regular
expression over the JSON (formats.py). Here a public page reads plain tuples in which the database
has already turned each time into its hour number (dispatch/sql_time.hour_number), formats each hour
once per process (`hour_words`) and makes each word once per page (`PageWords`). Keyed reads
(api.py) use the same public rows for other partners' cases and add the partner's own in full.
tests/web/test_open311_pages.py holds a page to a reference built the plain way from the cases.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import case as case_when
from sqlalchemy import exists, func, select

from bot.speech.texts import text
from dispatch.address import describe_codes as describe_area
from dispatch.open311 import extended_status, open311_status, public_area_level
from dispatch.sql_time import hour_number
from models.cases import Case, CaseEvent

# Thailand keeps +07:00 all year: a fixed offset formats a page of 1,000 rows faster than the zone.
BANGKOK = timezone(timedelta(hours=7), "Asia/Bangkok")
# geothai looks a district up by scanning its list: a page of 1,000 rows named each area twice.
describe_codes = functools.lru_cache(maxsize=20_000)(describe_area)

# Whether the case's latest status change was its reporter reopening it, asked within the page's
# query: first whether it was ever reopened (a probe of the small partial index ix_case_events_reopened),
# and only then which status change came last (CASE evaluates that only when needed). Reading each
# case's timeline instead cost about 16 ms of database time a page of 1,000 rows.
_EVER_REOPENED = exists().where(CaseEvent.case_id == Case.id, CaseEvent.kind == "reopened")
_LATEST_CHANGE = (
    select(CaseEvent.kind)
    .where(CaseEvent.case_id == Case.id, CaseEvent.to_status.is_not(None))
    .order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
    .limit(1)
    .correlate(Case)
    .scalar_subquery()
)
_REOPENED = case_when((_EVER_REOPENED, func.coalesce(_LATEST_CHANGE, "") == "reopened"), else_=False)

# What a public row reads of a case, in the order public_rows unpacks them: its times as hour numbers,
# and no description, address or point is even fetched.
PUBLIC_COLUMNS = (
    Case.id, Case.reference, Case.status, Case.outcome,
    _REOPENED.label("reopened"), Case.category,
    *(hour_number(column).label(f"{column.key}_hour") for column in (
        Case.created_at, Case.updated_at, Case.closed_at, Case.ack_due_at, Case.visit_due_at,
    )),
    Case.route_level, Case.center_id, Case.subdistrict_code, Case.district_code, Case.province_code,
)  # fmt: skip

Cell = tuple[str, str, str]  # (subdistrict, service, Bangkok month "YYYY-MM")


def w3c(moment: datetime | None, public: bool = False) -> str | None:
    """W3C datetime in Bangkok time (+07:00). Public reads get the hour only: an exact minute could tie a
    case to the person who reported it."""
    if moment is None:
        return None
    if public:
        return hour_words(int(moment.timestamp() // 3600))[0]
    return moment.astimezone(BANGKOK).isoformat(timespec="seconds")


@functools.lru_cache(maxsize=8192)
def hour_words(hour: int) -> tuple[str, str]:
    """An hour number's public time (W3C in Bangkok time) and its Bangkok month. Bangkok's offset is
    whole hours, so the UTC hour and the Bangkok hour begin together. A page names a few hundred
    hours, shared by many rows and by the next pages: each is written once."""
    local = datetime.fromtimestamp(hour * 3600, BANGKOK)
    return local.isoformat(timespec="seconds"), f"{local:%Y-%m}"


def expected_at(status: str, ack_due_at: Any, visit_due_at: Any) -> Any:
    """expected_datetime: the deadline of the step the case waits for (datetimes or hour numbers)."""
    if status == "assigned":
        return ack_due_at
    if status == "acknowledged":
        return visit_due_at
    return None


def status_notes(status: str, outcome: str | None, reopened: bool, locale: str) -> str:
    if reopened and open311_status(status) == "open":
        return text("open311_status_reopen", locale)
    words = text(f"status_{status}", locale)
    if status == "closed" and outcome:
        return text("open311_closed_because", locale, status=words, outcome=text(f"outcome_{outcome}", locale))
    return words


def agency_words(
    center: Any, level: str, route_level: str | None, district_code: str | None, province_code: str | None, locale: str
) -> str:
    """Who answers for the case. With the area shown at district level only, a center's name (which
    names its subdistrict) is not given either."""
    if center is not None and route_level in ("center", None):
        if level == "subdistrict":
            return center.name
        return text(
            "open311_agency_area", locale, area=describe_codes(None, center.district_code, center.province_code)
        )
    if route_level in ("district", "province"):
        area = describe_codes(None, district_code if route_level == "district" else None, province_code)
        return text("open311_agency_supervisors", locale, level=text(f"level_{route_level}", locale), area=area)
    return text("open311_agency_unrouted", locale)


class PageWords:
    """The words of a page's rows come from few values (status, outcome, service, area, center): each
    is made once a page. `centers`: every center's id, name and area by id."""

    def __init__(self, locale: str, extended: bool, centers: Mapping[int, Any]) -> None:
        self.locale = locale
        self.extended = extended
        self.centers = centers
        self._statuses: dict[tuple[str, str | None, bool], tuple[str, str]] = {}
        self._services: dict[str, str] = {}

    def status(self, status: str, outcome: str | None, reopened: bool) -> tuple[str, str]:
        """The row's `status` and `status_notes`."""
        key = (status, outcome, reopened)
        found = self._statuses.get(key)
        if found is None:
            shown = extended_status(status, outcome, reopened) if self.extended else open311_status(status)
            found = self._statuses[key] = (shown, status_notes(status, outcome, reopened, self.locale))
        return found

    def service(self, code: str) -> str:
        found = self._services.get(code)
        if found is None:
            found = self._services[code] = text(f"cat_{code}", "th")
        return found

    def agency(
        self, center_id: int | None, level: str, route_level: str | None, district: str | None, province: str | None
    ) -> str:
        return _agency_words(self.centers.get(center_id or 0), level, route_level, district, province, self.locale)


# Most rows of a page name a different center (a page of 1,000 rows spans thousands of subdistricts):
# the names are kept across pages. `center` is a row of centers (id, name, area), a value: a renamed
# center is a new key.
_agency_words = functools.lru_cache(maxsize=20_000)(agency_words)


# (subdistrict, service, hour created) of a row of PUBLIC_COLUMNS: by position, which is several
# times cheaper than by name for 1,000 rows.
_POSITION = {column.key: number for number, column in enumerate(PUBLIC_COLUMNS)}
_CELL_OF = operator.itemgetter(_POSITION["subdistrict_code"], _POSITION["category"], _POSITION["created_at_hour"])


def public_cells(cases: Iterable[Sequence[Any]]) -> set[Cell]:
    """The small-cell counts a page of rows beginning with PUBLIC_COLUMNS needs."""
    return {
        (subdistrict, service, hour_words(created)[1])
        for subdistrict, service, created in map(_CELL_OF, cases)
        if subdistrict
    }


def public_rows(cases: Iterable[Sequence[Any]], counts: Mapping[Cell, int], words: PageWords) -> list[dict[str, Any]]:
    """The public GeoReport rows of rows that begin with PUBLIC_COLUMNS: service, status, agency, times
    to the hour and the area (the subdistrict only where its cell is large enough; never a point).
    `counts`: cases per cell (public_cells)."""
    rows = []
    for (
        _, reference, status, outcome, reopened, service, created, updated, closed, ack_due, visit_due,
        route_level, center_id, subdistrict, district, province, *_,  # a keyed read's rows carry more
    ) in cases:  # fmt: skip
        requested, month = hour_words(created)
        level = public_area_level(service, counts.get((subdistrict, service, month), 0))
        shown, notes = words.status(status, outcome, reopened)
        changed = closed if status == "closed" and closed else updated
        expected = expected_at(status, ack_due, visit_due)
        rows.append(
            {
                "service_request_id": reference,
                "status": shown,
                "status_notes": notes,
                "service_name": words.service(service),
                "service_code": service,
                "agency_responsible": words.agency(center_id, level, route_level, district, province),
                "requested_datetime": requested,
                "updated_datetime": hour_words(changed)[0],
                "expected_datetime": None if expected is None else hour_words(expected)[0],
                "address": describe_codes(subdistrict if level == "subdistrict" else None, district, province) or None,
            }
        )
    return rows
