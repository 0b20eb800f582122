"""The form's own checks (dispatch/validation.py): a phone typed at the phone step is read as the
understanding reads one in a message."""

from __future__ import annotations

import pytest

from dispatch.validation import thai_phone


@pytest.mark.parametrize(
    ("typed", "phone"),
    [
        ("081-234-5678", "0812345678"),
        ("+66 81 234 5678", "0812345678"),
        ("+66 (0)81 234 5678", "0812345678"),
        ("0066 81 234 5678", "0812345678"),  # the international call prefix
        ("086 – 321 – 7749", "0863217749"),
        ("087/665/1209", "0876651209"),
        ("๐๘๑ ๒๓๔ ๕๖๗๘", "0812345678"),
        ("02 123 4567", "021234567"),
    ],
)
def test_a_thai_phone_typed_any_way(typed: str, phone: str) -> None:
    assert thai_phone(typed) == phone


@pytest.mark.parametrize("typed", ["0066 20 5555 1234", "+856 20 5555 1234", "1300", "08123"])
def test_no_thai_phone(typed: str) -> None:
    assert thai_phone(typed) is None
