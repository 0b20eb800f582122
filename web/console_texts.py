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
    "nav_volunteers": {"th": "อาสาสมัคร", "en": "Volunteers"},
    "center_details": {"th": "ข้อมูลศูนย์", "en": "Center details"},
    "center_radius": {"th": "รัศมีรับเคส (กม.)", "en": "Service radius (km)"},
    "center_radius_default": {"th": "ตามค่ากลาง", "en": "The default"},
    "center_codes": {"th": "รหัสตำบล/อำเภอ/จังหวัด", "en": "Subdistrict/district/province codes"},
    "center_edit": {"th": "แก้ไขข้อมูลศูนย์", "en": "Edit the center"},
    "center_save": {"th": "บันทึก", "en": "Save"},
    "center_saved": {"th": "บันทึกข้อมูล{center}แล้วค่ะ", "en": "{center} is saved."},
    "center_edit_invalid": {
        "th": "กรุณาใส่ชื่อศูนย์ และรัศมีระหว่าง 1–200 กม. (หรือเว้นว่างไว้) ค่ะ",
        "en": "Please give a name, and a radius from 1 to 200 km (or leave it empty).",
    },
    "center_open_cases": {"th": "เคสที่ยังไม่ปิด ({count} เรื่อง)", "en": "Open cases ({count})"},
    "center_no_open_cases": {"th": "ไม่มีเคสค้างค่ะ", "en": "No open cases."},
    "center_transfer_hint": {
        "th": "ศูนย์นี้ปิดรับเคสใหม่แล้ว กรุณาเปิดแต่ละเรื่องแล้วกด “ส่งต่อศูนย์อื่น” ค่ะ",
        "en": "This center takes no new cases: open each case and transfer it to another center.",
    },
    "staff_name": {"th": "ชื่อ (LINE)", "en": "Name (LINE)"},
    "staff_since": {"th": "ตั้งแต่", "en": "Since"},
    "staff_none": {"th": "ยังไม่มีเจ้าหน้าที่ค่ะ", "en": "No staff yet."},
    "staff_remove": {"th": "นำออก", "en": "Remove"},
    "staff_removed": {"th": "นำคุณ{name} ออกจาก{center}แล้วค่ะ", "en": "{name} is removed from {center}."},
    "staff_invite": {"th": "สร้างรหัสเชิญเจ้าหน้าที่", "en": "Make a staff invite code"},
    "staff_invite_note": {
        "th": "ผู้ได้รับเชิญพิมพ์รหัสนี้ในแชต LINE ของบอท รหัสใช้ได้ครั้งเดียว ภายใน 7 วัน",
        "en": "The invited person types the code in the bot's LINE chat; it works once, within 7 days.",
    },
    "invite_made": {
        "th": "รหัสเชิญ: {code} (ใช้ได้ถึง {expires}) ระบบแสดงรหัสนี้ครั้งเดียวค่ะ",
        "en": "Invite code: {code} (valid until {expires}). It is shown only once.",
    },
    "import_title": {"th": "นำเข้ารายชื่อศูนย์", "en": "Import centers"},
    "import_link": {"th": "นำเข้าจากไฟล์ CSV", "en": "Import from a CSV file"},
    "import_note": {
        "th": "ไฟล์ CSV: code,name,subdistrict_code,latitude,longitude,phone (และ service_radius_km ถ้ามี) "
        "UTF-8 หรือ Windows ภาษาไทย ระบบจะแสดงสิ่งที่จะเปลี่ยนก่อน แล้วจึงให้ยืนยัน",
        "en": "CSV: code,name,subdistrict_code,latitude,longitude,phone (and optionally service_radius_km), "
        "UTF-8 or Thai Windows. You see what will change before confirming.",
    },
    "import_file": {"th": "ไฟล์", "en": "File"},
    "import_preview": {"th": "ดูสิ่งที่จะเปลี่ยน", "en": "Preview the changes"},
    "import_encoding": {"th": "อ่านไฟล์เป็น {encoding} (Windows ภาษาไทย)", "en": "Read as {encoding} (Thai Windows)"},
    "import_problems": {"th": "พบปัญหา {count} รายการ ยังไม่ได้นำเข้าค่ะ", "en": "{count} problem(s): nothing imported."},
    "import_again": {"th": "เลือกไฟล์ใหม่", "en": "Choose another file"},
    "import_summary": {
        "th": "ศูนย์ใหม่ {new} แห่ง แก้ไข {changed} แห่ง เหมือนเดิม {same} แห่ง",
        "en": "{new} new, {changed} changed, {same} unchanged.",
    },
    "import_change": {"th": "การเปลี่ยนแปลง", "en": "Change"},
    "import_kind_new": {"th": "เพิ่มใหม่", "en": "New"},
    "import_kind_changed": {"th": "แก้ไข", "en": "Changed"},
    "import_apply": {"th": "ยืนยันนำเข้า", "en": "Import now"},
    "import_done": {
        "th": "นำเข้าแล้วค่ะ: เพิ่ม {inserted} แห่ง แก้ไข {updated} แห่ง",
        "en": "Imported: {inserted} added, {updated} updated.",
    },
    "volunteers_title": {"th": "อาสาสมัคร (อพม.) ในความรับผิดชอบ", "en": "Volunteers in your scope"},
    "volunteers_count": {
        "th": "แสดง {first}–{last} จากทั้งหมด {total} คน",
        "en": "Showing {first}–{last} of {total} volunteers",
    },
    "volunteer_approve": {"th": "อนุมัติ", "en": "Approve"},
    "volunteer_reject": {"th": "ไม่อนุมัติ", "en": "Reject"},
    "volunteer_suspend": {"th": "พักสิทธิ์", "en": "Suspend"},
    "volunteer_reinstate": {"th": "คืนสิทธิ์", "en": "Reinstate"},
}
