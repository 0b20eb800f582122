"""The console's words for the audit trail, administration, the map and the reports (Thai first,
English for users whose language is English); merged into web/texts.py's catalogue."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "nav_audit": {"th": "บันทึกการใช้งาน", "en": "Audit trail"},
    "audit_title": {"th": "บันทึกการเข้าดูและการแก้ไขข้อมูล", "en": "Who saw or changed what"},
    "audit_note": {
        "th": "ทุกการเปิดดูเคส การส่งออกข้อมูล และการแก้ไข ถูกบันทึกไว้ที่นี่ (ไม่เก็บตัวข้อมูลส่วนบุคคล)",
        "en": "Every case view, export and change is recorded here (never the personal data itself).",
    },
    "audit_count": {
        "th": "แสดง {first}–{last} จากทั้งหมด {total} รายการ",
        "en": "Showing {first}–{last} of {total} entries",
    },
    "audit_when": {"th": "เวลา", "en": "When"},
    "audit_actor": {"th": "ผู้ใช้งาน", "en": "Who"},
    "audit_action": {"th": "การกระทำ", "en": "Action"},
    "audit_subject": {"th": "เรื่อง/รหัส", "en": "Subject"},
    "audit_detail": {"th": "รายละเอียด", "en": "Detail"},
    "audit_action_view": {"th": "เปิดดู", "en": "Viewed"},
    "audit_action_export": {"th": "ส่งออก", "en": "Exported"},
    "audit_action_change": {"th": "แก้ไข", "en": "Changed"},
    "audit_action_refused": {"th": "ถูกปฏิเสธ", "en": "Refused"},
    "audit_action_admin": {"th": "ดูแลระบบ", "en": "Administration"},
}
