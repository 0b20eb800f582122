"""Every word the bot says, keyed by name: Thai first, English where the user's LINE is English.

The bot speaks with the polite particle ค่ะ/คะ throughout. Placeholders use str.format names.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "greeting": {
        "th": (
            "สวัสดีค่ะ ที่นี่คือช่องทางแจ้งขอความช่วยเหลือทางสังคม "
            "ถึงศูนย์ช่วยเหลือสังคมตำบลใกล้บ้านคุณ\n\n"
            "แจ้งได้ทั้งเรื่องของตัวเองและของคนอื่น เช่น ผู้สูงอายุที่อยู่ลำพัง ผู้ป่วยติดเตียง "
            "คนพิการ เด็กที่ไม่ปลอดภัย หรือคนไร้ที่พึ่ง แล้วเจ้าหน้าที่และอาสาสมัคร (อพม.) "
            "จะติดต่อกลับค่ะ\n\n"
            "หากมีเหตุฉุกเฉินหรืออันตรายตอนนี้ โปรดโทรทันทีนะคะ"
        ),
        "en": (
            "Hello. This is the help line to your subdistrict social-assistance center.\n\n"
            "You can ask for help for yourself or someone else: an elderly person living alone, "
            "a bedridden patient, a person with a disability, a child at risk, someone homeless. "
            "Staff and volunteers will contact you.\n\nIn an emergency, call now."
        ),
    },
    "emergency_title": {"th": "เหตุฉุกเฉิน โทรได้ทันที", "en": "Emergency numbers"},
    "emergency_body": {
        "th": "กดปุ่มเพื่อโทรออกได้เลยค่ะ",
        "en": "Tap a button to call.",
    },
    "call_1669": {"th": "เจ็บป่วยฉุกเฉิน 1669", "en": "Medical 1669"},
    "call_191": {"th": "แจ้งตำรวจ 191", "en": "Police 191"},
    "call_1300": {"th": "สายด่วน พม. 1300", "en": "Hotline 1300"},
    "help_after_greeting": {
        "th": "เริ่มแจ้งเรื่องหรือดูเรื่องที่เคยแจ้งได้จากปุ่มด้านล่างค่ะ",
        "en": "Start a report or check your earlier reports with the buttons below.",
    },
    "help": {
        "th": "ขออภัยค่ะ ยังไม่เข้าใจข้อความนี้ เลือกจากปุ่มด้านล่างได้เลยค่ะ",
        "en": "Sorry, I didn't understand that. Please choose one of the buttons below.",
    },
    "menu_report": {"th": "แจ้งขอความช่วยเหลือ", "en": "Ask for help"},
    "menu_track": {"th": "ติดตามเรื่อง", "en": "Track my reports"},
    "menu_hotline": {"th": "โทรสายด่วน 1300", "en": "Call 1300"},
}


def text(key: str, language: str = "th", **values: object) -> str:
    variants = TEXTS[key]
    chosen = variants.get(language) or variants["th"]
    return chosen.format(**values) if values else chosen


def language_of(raw: str | None) -> str:
    """LINE languages look like "th", "en", "en-US": anything English gets English, else Thai."""
    return "en" if raw and raw.lower().startswith("en") else "th"
