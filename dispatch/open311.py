"""Open311 GeoReport v2, the pure part: the services (one per help group), a partner's submission
checked and turned into a report for dispatch/intake.create_case, and the case lifecycle mapped to
Open311 statuses (OPEN311_NOTES.md). No database, no HTTP: web/open311 does those."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dispatch.address import match_address
from dispatch.geo import in_thailand
from dispatch.help_groups import HELP_GROUPS, NEEDS
from dispatch.validation import thai_phone

# DESIGN.md section 9: the help groups are the service codes.
SERVICE_CODES = HELP_GROUPS
# Never shown below district level to the public: a subdistrict's count of these could name a family.
SENSITIVE_SERVICES = frozenset({"violence", "child", "mental_health"})
SUBJECTS = ("self", "family", "other")
# The lawful basis a partner states (DESIGN.md section 2): the person's consent, their own report,
# their vital interest, or not asked yet and handed in under the partner's public task.
LAWFUL_BASES = ("subject_consent", "own_consent", "vital_interest", "public_task")
CONSENT_VERSION = "open311-v1"
DESCRIPTION_LIMIT = 4000  # GeoReport v2
NAME_LIMIT = 100


@dataclass(frozen=True)
class Attribute:
    """A service attribute: `datatype` as GeoReport v2 names them; `values` for the list types."""

    code: str
    datatype: str
    required: bool
    order: int
    values: tuple[str, ...] = ()


ATTRIBUTES = (
    Attribute("lawful_basis", "singlevaluelist", True, 1, LAWFUL_BASES),
    Attribute("danger", "singlevaluelist", False, 2, ("yes", "no")),
    Attribute("subject", "singlevaluelist", False, 3, SUBJECTS),
    Attribute("needs", "multivaluelist", False, 4, NEEDS),
    Attribute("person_name", "string", False, 5),
    Attribute("person_age", "number", False, 6),
)


class SubmissionError(ValueError):
    """A submission the spec's error format answers: `code` is the body's error code (the HTTP
    status is 400 for all of these)."""

    def __init__(self, code: str, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


def _one(fields: Mapping[str, list[str]], name: str) -> str | None:
    values = [value.strip() for value in fields.get(name, []) if value.strip()]
    return values[0] if values else None


def _number(raw: str | None, name: str) -> float | None:
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        raise SubmissionError("invalid_" + name, f"{name} is not a number") from None


def report_from_submission(fields: Mapping[str, list[str]], now: datetime) -> dict[str, Any]:
    """A partner's POST requests form (each name with its values) as the report dict create_case
    takes — the same facts a LINE report gathers. Raises SubmissionError for what cannot be used.
    first_name, last_name, email, device_id and account_id are not kept: the partner is the reporter
    of record, and the contact phone is all a center needs to call back (DESIGN.md section 6)."""
    service_code = _one(fields, "service_code")
    if service_code is None:
        raise SubmissionError("missing_service_code", "service_code is required")
    if service_code not in SERVICE_CODES:
        raise SubmissionError("unknown_service_code", f"no service {service_code!r}")
    report: dict[str, Any] = {"category": service_code}

    latitude, longitude = _number(_one(fields, "lat"), "lat"), _number(_one(fields, "long"), "long")
    address = _one(fields, "address_string")
    if (latitude is None) != (longitude is None):
        raise SubmissionError("invalid_location", "lat and long go together")
    if latitude is not None and longitude is not None:
        if not in_thailand(latitude, longitude):
            raise SubmissionError("invalid_location", "lat/long is not in Thailand")
        report.update(latitude=latitude, longitude=longitude)
        if address:
            report["address_text"] = address[:500]
    elif address:
        found = match_address(address)
        if found is None or found.level == "province":
            raise SubmissionError(
                "address_not_understood", "address_string must name at least the district (อำเภอ/เขต)"
            )
        report.update(
            address_text=address[:500],
            subdistrict_code=found.subdistrict_code,
            district_code=found.district_code,
            province_code=found.province_code,
            area_source="typed",
        )
    elif _one(fields, "address_id"):
        raise SubmissionError(
            "address_id_not_supported", "address_id is not used here: send lat/long or address_string"
        )
    else:
        raise SubmissionError("missing_location", "a location is required: lat and long, or address_string")

    description = _one(fields, "description")
    if description is not None:
        if len(description) > DESCRIPTION_LIMIT:
            raise SubmissionError("description_too_long", f"description is over {DESCRIPTION_LIMIT} characters")
        report["description"] = description
    phone_raw = _one(fields, "phone")
    if phone_raw is not None:
        phone = thai_phone(phone_raw)
        if phone is None:
            raise SubmissionError("invalid_phone", "phone is not a Thai telephone number")
        report["contact_phone"] = phone

    attributes = {attribute.code: attribute for attribute in ATTRIBUTES}
    given: dict[str, list[str]] = {}
    for name, values in fields.items():
        if name.startswith("attribute[") and name.endswith("]"):  # attribute[code] and attribute[code][]
            code = name[len("attribute[") : -1].removesuffix("][").removesuffix("]")
            if code not in attributes:
                raise SubmissionError("unknown_attribute", f"no attribute {code!r}")
            given.setdefault(code, []).extend(value.strip() for value in values if value.strip())
    for attribute in ATTRIBUTES:
        values = given.get(attribute.code, [])
        if attribute.required and not values:
            raise SubmissionError("missing_attribute", f"attribute[{attribute.code}] is required")
        if attribute.datatype in ("singlevaluelist", "multivaluelist"):
            wrong = [value for value in values if value not in attribute.values]
            if wrong or (attribute.datatype == "singlevaluelist" and len(values) > 1):
                raise SubmissionError("invalid_attribute", f"attribute[{attribute.code}]: not one of its values")
    basis = given["lawful_basis"][0]
    report.update(
        subject=(given.get("subject") or ["other"])[0],
        danger=(given.get("danger") or ["no"])[0] == "yes",
        needs=list(dict.fromkeys(given.get("needs", []))),
        consent=basis,
        consent_version=CONSENT_VERSION,
        consent_at=now.isoformat(),
    )
    if report["subject"] == "self" and basis == "subject_consent":
        report["consent"] = "own_consent"
    if given.get("person_name"):
        report["person_name"] = given["person_name"][0][:NAME_LIMIT]
    if given.get("person_age"):
        raw = given["person_age"][0]
        if not raw.isdigit() or not 0 <= int(raw) <= 130:
            raise SubmissionError("invalid_attribute", "attribute[person_age]: a whole number of years")
        report["person_age"] = int(raw)
    return report


# -- statuses -------------------------------------------------------------------------------------

OPEN_STATUSES = frozenset({"assigned", "acknowledged", "visiting", "in_progress", "referred"})
CLOSED_STATUSES = frozenset({"resolved", "closed", "cancelled"})
_EXTENDED = {
    "assigned": "open",
    "acknowledged": "investigating",
    "visiting": "action_scheduled",
    "in_progress": "in_progress",
    "referred": "internal_referral",
    "resolved": "fixed",
    "cancelled": "closed",
}
_EXTENDED_OUTCOME = {
    "helped": "fixed",
    "duplicate": "duplicate",
    "not_eligible": "not_councils_responsibility",
    "not_found": "no_further_action",
    "withdrawn": "no_further_action",
    "deceased": "no_further_action",
}
EXTENDED_STATUSES = (
    "open",
    "investigating",
    "action_scheduled",
    "in_progress",
    "internal_referral",
    "reopen",
    "fixed",
    "duplicate",
    "not_councils_responsibility",
    "no_further_action",
    "closed",
)


def open311_status(status: str) -> str:
    """GeoReport v2's own two statuses."""
    return "closed" if status in CLOSED_STATUSES else "open"


def extended_status(status: str, outcome: str | None, reopened: bool = False) -> str:
    """FixMyStreet's extended statuses (lower case). `reopened`: the case's latest status change was
    the reporter reopening it."""
    if reopened and status in OPEN_STATUSES:
        return "reopen"
    if status == "closed":
        return _EXTENDED_OUTCOME.get(outcome or "", "closed")
    return _EXTENDED.get(status, "open")


def case_statuses_for(wanted: str) -> frozenset[str]:
    """The case statuses a `status=open|closed` filter means."""
    return OPEN_STATUSES if wanted == "open" else CLOSED_STATUSES


# -- what the public may see ----------------------------------------------------------------------

SMALL_CELL = 5  # fewer cases than this in a cell and the cell is not shown on its own


def public_area_level(service_code: str, same_cell_count: int) -> str:
    """How finely a keyless read may place a case: "subdistrict" only when its subdistrict had at
    least SMALL_CELL cases of the service in the month (counting itself) and the service is not a
    sensitive one; else "district" (OPEN311_NOTES.md)."""
    if service_code in SENSITIVE_SERVICES or same_cell_count < SMALL_CELL:
        return "district"
    return "subdistrict"
