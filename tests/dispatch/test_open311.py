"""The pure Open311 decisions: statuses, the public area level, a submission turned into a report."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dispatch.open311 import (
    EXTENDED_STATUSES,
    SubmissionError,
    extended_status,
    open311_status,
    public_area_level,
    report_from_submission,
)

NOW = datetime(2026, 12, 5, 4, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "outcome", "reopened", "plain", "extended"),
    [
        ("assigned", None, False, "open", "open"),
        ("acknowledged", None, False, "open", "investigating"),
        ("visiting", None, False, "open", "action_scheduled"),
        ("in_progress", None, False, "open", "in_progress"),
        ("in_progress", None, True, "open", "reopen"),
        ("referred", None, False, "open", "internal_referral"),
        ("resolved", None, False, "closed", "fixed"),
        ("closed", "helped", False, "closed", "fixed"),
        ("closed", "duplicate", False, "closed", "duplicate"),
        ("closed", "not_eligible", False, "closed", "not_councils_responsibility"),
        ("closed", "not_found", False, "closed", "no_further_action"),
        ("closed", "withdrawn", False, "closed", "no_further_action"),
        ("closed", "deceased", False, "closed", "no_further_action"),
        ("closed", "helped", True, "closed", "fixed"),  # reopened earlier, closed since
        ("cancelled", None, False, "closed", "closed"),
    ],
)
def test_the_lifecycle_maps_to_open311_statuses(status, outcome, reopened, plain, extended) -> None:
    assert open311_status(status) == plain
    assert extended_status(status, outcome, reopened) == extended
    assert extended in EXTENDED_STATUSES


def test_the_public_sees_a_subdistrict_only_for_five_or_more_cases_and_never_for_sensitive_groups() -> None:
    assert public_area_level("elderly", 5) == "subdistrict"
    assert public_area_level("elderly", 4) == "district"
    for group in ("violence", "child", "mental_health"):
        assert public_area_level(group, 500) == "district"


def test_a_submission_becomes_the_report_a_line_chat_would_give() -> None:
    report = report_from_submission(
        {
            "service_code": ["bedridden"],
            "lat": ["16.45"],
            "long": ["102.84"],
            "phone": ["+66 81 234 5678"],
            "attribute[lawful_basis]": ["vital_interest"],
            "attribute[danger]": ["yes"],
            "attribute[needs][]": ["medical", "carer", "medical"],
            "first_name": ["ผู้โทร"],
            "email": ["caller@example.org"],
        },
        NOW,
    )
    assert report == {
        "category": "bedridden",
        "latitude": 16.45,
        "longitude": 102.84,
        "contact_phone": "0812345678",
        "subject": "other",
        "danger": True,
        "needs": ["medical", "carer"],
        "consent": "vital_interest",
        "consent_version": "open311-v1",
        "consent_at": NOW.isoformat(),
    }  # the caller's name and e-mail are not kept


def test_a_single_value_list_takes_one_value() -> None:
    with pytest.raises(SubmissionError) as raised:
        report_from_submission(
            {"service_code": ["other"], "address_string": ["อ.เมืองขอนแก่น จ.ขอนแก่น"],
             "attribute[lawful_basis]": ["vital_interest", "public_task"]},
            NOW,
        )  # fmt: skip
    assert raised.value.code == "invalid_attribute"
