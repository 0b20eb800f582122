"""Names as people type them in chat: the titles and kinship words put before a name."""

from __future__ import annotations

import re

# Titles and kinship words people put before a name, longest first (so แม่ใหญ่ goes before แม่).
_TITLES = sorted(
    {
        "นาย", "นาง", "นางสาว", "น.ส.", "นส.", "นส", "ด.ช.", "ด.ญ.", "ดช.", "ดญ.", "เด็กชาย", "เด็กหญิง",
        "คุณ", "คุณยาย", "คุณตา", "ยาย", "ตา", "ป้า", "ลุง", "น้า", "พี่", "น้อง", "พ่อ", "แม่",
        "แม่ใหญ่", "พ่อใหญ่", "แม่เฒ่า", "พ่อเฒ่า", "แม่อุ๊ย", "พ่ออุ๊ย", "อุ๊ย", "ตายาย", "หลวงตา", "พระ",
        "ผู้ใหญ่", "กำนัน", "อสม.", "mr.", "mrs.", "ms.", "miss",
    },
    key=len,
    reverse=True,
)  # fmt: skip
_TITLE_PREFIX = re.compile("^(?:" + "|".join(re.escape(title) for title in _TITLES) + r")[\s.]*(?=\S)", re.IGNORECASE)


def strip_titles(raw: str) -> str:
    """The name without the titles and kinship words before it ("ยายสมศรี ใจดี" -> "สมศรี ใจดี"),
    spaces folded; a title alone is kept (it may be all a reporter knew)."""
    text = " ".join(raw.split())
    while True:
        stripped = _TITLE_PREFIX.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped
