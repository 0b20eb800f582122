"""Reminders and escalations, messages held for the quota, digests and the message budget."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "reminder_ack": {"th": "⏰ เรื่อง {reference} ยังไม่มีใครรับเรื่อง และเลยกำหนด ({due}) แล้วค่ะ กรุณากดรับเรื่อง หรือส่งต่อศูนย์อื่นโดยเร็วนะคะ", "en": "⏰ Nobody has acknowledged case {reference}; it was due by {due}. Please acknowledge it or transfer it soon."},
    "reminder_visit": {"th": "⏰ เรื่อง {reference} ยังไม่ได้นัดเยี่ยมบ้าน และเลยกำหนดเยี่ยมครั้งแรก ({due}) แล้วค่ะ หากนัดหรือเยี่ยมแล้ว กด \"นัดเยี่ยมบ้าน\" ในเรื่องนี้ด้วยนะคะ", "en": "⏰ Case {reference} has not been visited yet; the first visit was due by {due}. Please arrange the visit soon."},
    "escalation_ack": {"th": "⚠️ ถึงผู้กำกับดูแลระดับ{level}ค่ะ เรื่อง {reference} ของ{center} ยังไม่มีใครรับเรื่อง เลยกำหนด ({due}) มาแล้ว กรุณาช่วยติดตามด้วยนะคะ", "en": "⚠️ For the {level} supervisors: nobody at {center} has acknowledged case {reference}, long past its deadline ({due}). Please follow it up."},
    "escalation_visit": {"th": "⚠️ ถึงผู้กำกับดูแลระดับ{level}ค่ะ เรื่อง {reference} ของ{center} ยังไม่ได้นัดเยี่ยมบ้าน เลยกำหนดเยี่ยมครั้งแรก ({due}) มาแล้ว กรุณาช่วยติดตามด้วยนะคะ", "en": "⚠️ For the {level} supervisors: case {reference} at {center} has not been visited, long past its first-visit deadline ({due}). Please follow it up."},
    "level_district": {"th": "อำเภอ", "en": "district"},
    "level_province": {"th": "จังหวัด", "en": "province"},
    "held_heading": {
        "th": "อรุณสวัสดิ์ค่ะ ช่วงกลางคืนมีเรื่องเกินกำหนด {count} รายการ ที่รอแจ้งตอนเช้าค่ะ",
        "en": "Good morning. {count} overdue item(s) came up overnight:",
    },
    "held_line_ack": {
        "th": "{reference} ({center}) ยังไม่มีผู้รับเรื่อง เลยกำหนด {due}",
        "en": "{reference} ({center}) not acknowledged, due {due}",
    },
    "held_line_visit": {"th": "{reference} ({center}) ยังไม่ได้นัดเยี่ยมบ้าน เลยกำหนด {due}", "en": "{reference} ({center}) not visited, due {due}"},
    "held_line_escalated": {"th": "[แจ้งระดับ{level}] {line}", "en": "[{level} level] {line}"},
    "held_more": {
        "th": "ดูเรื่องทั้งหมดได้ที่เมนู เคสค้าง/เกินกำหนด ค่ะ",
        "en": "See them all under Overdue cases.",
    },
    "held_cards_alt": {"th": "เรื่องเกินกำหนด {count} เรื่อง", "en": "{count} overdue case(s)"},
    "digest_alt": {
        "th": "สรุปประจำวัน: เรื่องใหม่เมื่อวาน {new} · ยังดำเนินการอยู่ {open} · เกินกำหนด {overdue}",
        "en": "Daily digest: {new} new yesterday · {open} open · {overdue} overdue",
    },
    "digest_title": {"th": "สรุปประจำวัน {date}", "en": "Daily digest {date}"},
    "digest_intro": {
        "th": "อรุณสวัสดิ์ค่ะ นี่คือเรื่องของเมื่อวาน ({date}) และเรื่องที่ยังค้างอยู่ตอนนี้ค่ะ",
        "en": "Good morning. Here is yesterday ({date}) and what is still open now.",
    },
    "digest_field_scope": {"th": "ขอบเขต", "en": "Scope"},
    "digest_scope_supervisor": {"th": "ทุกศูนย์ในความดูแลของคุณ", "en": "Every center you oversee"},
    "digest_field_new": {"th": "เรื่องใหม่เมื่อวาน", "en": "New yesterday"},
    "digest_field_resolved": {"th": "ช่วยเหลือแล้วเมื่อวาน", "en": "Help delivered yesterday"},
    "digest_field_open": {"th": "ยังดำเนินการอยู่", "en": "Open"},
    "digest_field_overdue": {"th": "เกินกำหนด", "en": "Overdue"},
    "digest_count": {"th": "{count} เรื่อง", "en": "{count}"},
    "digest_held": {
        "th": (
            "มีข้อความแจ้งเตือน {count} รายการที่งดส่งเพื่อประหยัดโควตาข้อความรายเดือน "
            "ดูเรื่องล่าสุดได้จากเคสใหม่และเคสเกินกำหนดค่ะ"
        ),
        "en": "{count} updates were held to save the monthly message quota: see New cases and Overdue for the latest.",
    },
    "today_budget": {
        "th": "โควตาข้อความเดือนนี้: ใช้ไป {used} จาก {limit} ข้อความ เหลือ {remaining} (ณ {at})",
        "en": "Monthly messages: {used} of {limit} used, {remaining} left (as of {at})",
    },
    "today_budget_unlimited": {
        "th": "โควตาข้อความเดือนนี้: ไม่จำกัด ใช้ไป {used} ข้อความ (ณ {at})",
        "en": "Monthly messages: no limit, {used} used (as of {at})",
    },
    "today_budget_low": {
        "th": "โควตาใกล้หมดแล้วค่ะ ตอนนี้ส่งเฉพาะเรื่องเร่งด่วน การเสนองานอาสาสมัคร การแจ้งผู้กำกับดูแล และสรุปประจำวัน",
        "en": "The quota is low: only urgent cases, volunteer offers, escalations and the daily digest are sent.",
    },
    "today_held": {
        "th": "ข้อความที่งดส่งเพื่อประหยัดโควตาในเดือนนี้: {count} รายการ (นับรวมในสรุปประจำวันแล้วค่ะ)",
        "en": "Held to save the quota this month: {count} (counted in the daily digests)",
    },
}
