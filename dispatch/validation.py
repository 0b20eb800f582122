"""Parsing what people type: Thai phone numbers, ages, Thai digits."""

from __future__ import annotations

import re

# Thai digits, and the Burmese and Lao ones Myanmar and Lao speakers type ages and phones with.
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙၀၁၂၃၄၅၆၇၈၉໐໑໒໓໔໕໖໗໘໙", "0123456789" * 3)
MOBILE = re.compile(r"0[689]\d{8}")
LANDLINE = re.compile(r"0[2-7]\d{7}")


def thai_phone(raw: str) -> str | None:
    """A Thai mobile (10 digits, 06/08/09) or landline (9 digits, 02-07) number, normalised to 0XXXXXXXXX.

    Accepts spaces, dashes (en and em dashes too), slashes, dots, brackets, Thai digits and the +66 / 66
    country prefix (or 0066).
    """
    digits = re.sub(r"[\s\-–—/.()]", "", raw.translate(THAI_DIGITS))
    if digits.startswith("0066"):  # "0066 86 550 1287": the international call prefix
        digits = "+66" + digits[4:]
    if digits.startswith("+660"):  # "+66 (0)89 444 3322": the trunk 0 kept in brackets
        digits = digits[3:]
    elif digits.startswith("+66"):
        digits = "0" + digits[3:]
    elif digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    if MOBILE.fullmatch(digits) or LANDLINE.fullmatch(digits):
        return digits
    return None


def age(raw: str) -> int | None:
    match = re.fullmatch(r"(?:อายุ)?\s*(\d{1,3})\s*(?:ปี|ขวบ|years?|နှစ်|ປີ)?", raw.translate(THAI_DIGITS).strip())
    if not match:
        return None
    value = int(match.group(1))
    return value if 0 <= value <= 120 else None
