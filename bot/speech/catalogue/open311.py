"""Open311 GeoReport v2 (web/open311) and public statistics."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "open311_service_description": {
        "th": "แจ้งขอความช่วยเหลือกลุ่ม{group} ถึงศูนย์ช่วยเหลือสังคมตำบลที่ใกล้ที่สุด",
        "en": "Ask the nearest subdistrict social assistance center to help: {group}",
    },
    "open311_attr_lawful_basis": {
        "th": "ฐานทางกฎหมายในการแจ้งข้อมูลของบุคคลนี้ (PDPA)",
        "en": "Lawful basis for handing in this person's data (PDPA)",
    },
    "open311_attr_danger": {"th": "มีอันตรายเร่งด่วนตอนนี้หรือไม่", "en": "Is anyone in immediate danger now?"},
    "open311_attr_subject": {"th": "ผู้ที่ต้องการความช่วยเหลือคือใคร", "en": "Who needs help"},
    "open311_attr_needs": {"th": "ความช่วยเหลือที่ต้องการ", "en": "Help needed"},
    "open311_attr_person_name": {
        "th": "ชื่อผู้ที่ต้องการความช่วยเหลือ (ไม่เปิดเผยต่อสาธารณะ)",
        "en": "Name of the person who needs help (never published)",
    },
    "open311_attr_person_age": {"th": "อายุ (ปี)", "en": "Age (years)"},
    "open311_basis_subject_consent": {"th": "เจ้าตัวยินยอมแล้ว", "en": "The person agreed"},
    "open311_basis_own_consent": {"th": "เจ้าตัวแจ้งเอง", "en": "The person asked for help themselves"},
    "open311_basis_vital_interest": {
        "th": "เจ้าตัวให้ความยินยอมไม่ได้ (เพื่อป้องกันอันตรายต่อชีวิต)",
        "en": "The person cannot consent (vital interest)",
    },
    "open311_basis_public_task": {
        "th": "ยังไม่ได้ถาม (หน่วยงานรัฐแจ้งตามภารกิจ)",
        "en": "Not asked yet (a public body's public task)",
    },
    "open311_agency_area": {"th": "ศูนย์ช่วยเหลือสังคมในพื้นที่ {area}", "en": "Social assistance center, {area}"},
    "open311_agency_supervisors": {"th": "สำนักงานพัฒนาสังคมฯ ระดับ{level} {area}", "en": "Social development office ({level}), {area}"},
    "open311_agency_unrouted": {"th": "สายด่วน 1300 (กำลังหาศูนย์ที่รับเรื่อง)", "en": "1300 hotline (finding a center)"},
    "open311_notice": {
        "th": "ส่งเรื่องถึง{agency}แล้ว จะติดต่อกลับภายใน {due}",
        "en": "Sent to {agency}; contact expected by {due}",
    },
    "open311_group": {"th": "ช่วยเหลือสังคม", "en": "Social assistance"},
    "stats_sensitive_group": {
        "th": "กลุ่มที่ต้องคุ้มครองเป็นพิเศษ (ความรุนแรง/เด็ก/สุขภาพจิต)",
        "en": "Protected groups (violence, children, mental health)",
    },
    "open311_status_reopen": {"th": "เปิดเรื่องอีกครั้ง", "en": "Reopened"},
    "open311_closed_because": {"th": "{status}: {outcome}", "en": "{status}: {outcome}"},
}
