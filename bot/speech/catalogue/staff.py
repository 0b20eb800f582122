"""Center staff at work: new-case cards, acknowledge and next steps, search, notes, transfer,
duplicates, overdue and today's lists, the case timeline, notices about cases."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "center_deactivated": {
        "th": "{center} ปิดรับเรื่องใหม่แล้วค่ะ เรื่องที่ยังเปิดอยู่ {count} เรื่อง",
        "en": "{center} no longer receives new cases; {count} open case(s) remain.",
    },
    "center_deactivated_cases": {
        "th": "กรุณาส่งต่อศูนย์อื่น (แตะเลขที่เรื่อง): {references}",
        "en": "Please transfer them to another center (tap a reference): {references}",
    },
    "center_reactivated": {
        "th": "{center} กลับมารับเรื่องใหม่ได้แล้วค่ะ",
        "en": "{center} receives new cases again.",
    },
    "owner_status_changed": {
        "th": "{name}เปลี่ยนสถานะเรื่อง {reference} ที่คุณรับผิดชอบเป็น \"{status}\" ค่ะ",
        "en": "{name} changed {reference}, which you own, to \"{status}\".",
    },
    "owner_note_added": {
        "th": "{name}บันทึกในเรื่อง {reference} ที่คุณรับผิดชอบ: {note}",
        "en": "{name} added a note to {reference}, which you own: {note}",
    },
    "owner_merged": {
        "th": "{name}รวมเรื่อง {reference} ที่คุณรับผิดชอบเข้ากับเรื่อง {original} แล้วค่ะ",
        "en": "{name} merged {reference}, which you own, into {original}.",
    },
    "merged_into_yours": {
        "th": "{name}รวมเรื่อง {duplicate} เข้ากับเรื่อง {original} ที่คุณดูแลแล้วค่ะ (แจ้งซ้ำเรื่องเดียวกัน)",
        "en": "{name} merged {duplicate} into {original}, which you handle (a second report of it).",
    },
    "timeline_not_duplicate": {"th": "ตรวจแล้วว่าไม่ซ้ำ", "en": "Checked: not a duplicate"},
    "transfer_away": {
        "th": "เรื่อง {reference} ส่งต่อไปที่{center}แล้วค่ะ (โดย{name})",
        "en": "{reference} was transferred to {center} (by {name}).",
    },
    "routed_away": {
        "th": "เรื่อง {reference} มีศูนย์ในพื้นที่รับแล้ว ส่งให้{center}ดูแลแทนค่ะ",
        "en": "{reference} now has a center near enough: it went to {center}.",
    },
    "supervisor_no_center": {
        "th": "เรื่อง {reference} ไม่มีศูนย์ใดอยู่ใกล้พอจะรับ จึงส่งถึงคุณค่ะ กรุณารับเรื่องหรือส่งต่อศูนย์ที่เหมาะสมค่ะ",
        "en": "No center is near enough to take {reference}, so it came to you: take it or transfer it to a center.",
    },
    "staff_new_case_alt": {
        "th": "{urgency} เรื่องใหม่ {reference}: {category}",
        "en": "{urgency} new case {reference}: {category}",
    },
    "staff_new_case_title": {"th": "{urgency} · เรื่องใหม่", "en": "{urgency} · New case"},
    "urgency_urgent": {"th": "ด่วนที่สุด", "en": "URGENT"},
    "urgency_high": {"th": "ด่วน", "en": "High"},
    "urgency_normal": {"th": "ปกติ", "en": "Normal"},
    "field_reference": {"th": "เลขที่", "en": "Ref."},
    "field_area": {"th": "พื้นที่", "en": "Area"},
    "field_ack_due": {"th": "รับเรื่องภายใน", "en": "Acknowledge by"},
    "staff_new_case_note": {
        "th": "เพื่อความปลอดภัยของข้อมูล ข้อความนี้ไม่แสดงชื่อ เบอร์โทร และที่อยู่ของผู้เกี่ยวข้องค่ะ",
        "en": "To protect personal data, this message leaves out names, phone numbers and addresses.",
    },
    "staff_ack_button": {"th": "รับเรื่อง", "en": "Acknowledge"},
    "case_taken": {
        "th": "คุณรับเรื่อง {reference} แล้วค่ะ ผู้แจ้งได้รับแจ้งว่าเจ้าหน้าที่รับเรื่องแล้วค่ะ",
        "en": "You now own case {reference}. The reporter has been told it was acknowledged.",
    },
    "case_already_yours": {
        "th": "คุณรับเรื่อง {reference} ไว้แล้วค่ะ",
        "en": "Case {reference} is already yours.",
    },
    "case_taken_by_other": {
        "th": "เรื่อง {reference} มีเจ้าหน้าที่รับไปแล้วค่ะ ({name})",
        "en": "Case {reference} has already been acknowledged by {name}.",
    },
    "case_taken_by_colleague": {
        "th": "{name} รับเรื่อง {reference} แล้วค่ะ",
        "en": "{name} has acknowledged case {reference}.",
    },
    "colleague": {"th": "เจ้าหน้าที่อีกท่าน", "en": "another staff member"},
    "named_colleague": {"th": "คุณ{name}", "en": "{name}"},
    "case_not_open": {
        "th": "เรื่อง {reference} รับไม่ได้แล้วค่ะ สถานะตอนนี้: {status}",
        "en": "Case {reference} can no longer be acknowledged. Status: {status}",
    },
    "case_refused": {
        "th": "ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดำเนินการกับเรื่องนี้ค่ะ",
        "en": "Sorry, this account may not act on that case.",
    },
    "next_steps": {"th": "ขั้นต่อไปของเรื่อง {reference} เลือกได้เลยค่ะ", "en": "Next step for case {reference}:"},
    "step_visiting": {"th": "นัดเยี่ยมบ้าน", "en": "Visit planned"},
    "step_in_progress": {"th": "ประสานช่วยเหลือ", "en": "Arranging help"},
    "step_referred": {"th": "ส่งต่อหน่วยงาน", "en": "Referred"},
    "step_resolved": {"th": "ช่วยเหลือแล้ว", "en": "Help delivered"},
    "step_close": {"th": "ปิด: {outcome}", "en": "Close: {outcome}"},
    "case_referred": {
        "th": "ส่งต่อเรื่อง {reference} ให้{agency}แล้วค่ะ เรื่องยังอยู่ในการติดตามของศูนย์นะคะ",
        "en": "Case {reference} is referred to: {agency}. The center still follows it.",
    },
    "outcome_helped": {"th": "ช่วยเหลือสำเร็จ", "en": "helped"},
    "outcome_not_found": {"th": "ไม่พบตัว", "en": "not found"},
    "outcome_duplicate": {"th": "เรื่องซ้ำ", "en": "duplicate"},
    "outcome_not_eligible": {"th": "ไม่เข้าเกณฑ์", "en": "not eligible"},
    "outcome_withdrawn": {"th": "ขอถอนเรื่อง", "en": "withdrawn"},
    "outcome_deceased": {"th": "เสียชีวิต", "en": "deceased"},
    "status_changed": {
        "th": 'เปลี่ยนสถานะเรื่อง {reference} เป็น "{status}" แล้วค่ะ',
        "en": 'Case {reference} is now "{status}".',
    },
    "case_closed": {
        "th": "ปิดเรื่อง {reference} แล้วค่ะ ผลการช่วยเหลือ: {outcome}",
        "en": "Case {reference} is closed. Outcome: {outcome}",
    },
    "case_not_acknowledged": {
        "th": 'เรื่อง {reference} ยังไม่มีผู้รับเรื่องค่ะ กด "รับเรื่อง" ก่อนนะคะ',
        "en": 'Nobody has acknowledged case {reference} yet. Tap "Acknowledge" first.',
    },
    "case_step_not_allowed": {
        "th": 'เรื่อง {reference} อยู่ในสถานะ "{status}" จึงเปลี่ยนเป็นขั้นที่เลือกไม่ได้ค่ะ',
        "en": 'Case {reference} is "{status}", so that step is not possible now.',
    },
    "case_needs_outcome": {
        "th": "ก่อนปิดเรื่อง {reference} กรุณาเลือกผลการช่วยเหลือค่ะ",
        "en": "Choose the outcome before closing case {reference}.",
    },
    "case_changed_meanwhile": {
        "th": 'เรื่อง {reference} เพิ่งถูกเปลี่ยนเป็น "{status}" ค่ะ กรุณาตรวจสอบอีกครั้งนะคะ',
        "en": 'Case {reference} was just changed to "{status}". Please check again.',
    },
    "new_cases_none": {
        "th": "ตอนนี้ไม่มีเรื่องใหม่ที่รอรับเรื่องค่ะ",
        "en": "No new cases are waiting to be acknowledged.",
    },
    "new_cases_alt": {"th": "เรื่องใหม่รอรับเรื่อง {total} เรื่อง", "en": "{total} new cases waiting"},
    "new_cases_count": {
        "th": "เรื่องใหม่ที่รอรับเรื่อง ลำดับที่ {first}-{last} จาก {total} เรื่อง (ด่วนที่สุดขึ้นก่อน) ค่ะ",
        "en": "New cases waiting: {first}-{last} of {total}, most urgent first.",
    },
    "show_more": {"th": "ดูเพิ่ม", "en": "More"},
    "search_prompt": {
        "th": "พิมพ์เลขที่เรื่อง (เช่น SC-691123-ABCD) เบอร์โทรของผู้แจ้ง ชื่อผู้ที่ต้องการความช่วยเหลือ หรือชื่อตำบลได้เลยค่ะ",
        "en": "Type a case reference (like SC-691123-ABCD), the reporter's phone, the person's name or a tambon.",
    },
    "search_none": {
        "th": 'ไม่พบเรื่อง "{query}" ในความรับผิดชอบของคุณค่ะ',
        "en": 'No case "{query}" among those you look after.',
    },
    "search_many": {"th": "พบ {count} เรื่องค่ะ (ล่าสุดขึ้นก่อน)", "en": "{count} cases found, newest first."},
    "search_page": {
        "th": "แสดงเรื่องที่ {first}-{last} จาก {total} เรื่องค่ะ (ล่าสุดขึ้นก่อน)",
        "en": "Cases {first}-{last} of {total}, newest first.",
    },
    "open_case": {"th": "ดูรายละเอียด", "en": "Details"},
    "console_link": {
        "th": "ระบบงานบนเว็บ: รายการเคส แผนที่ รูปภาพ ภาพรวม รายงานประจำเดือน และส่งออก CSV/Excel ของศูนย์ เข้าสู่ระบบด้วย LINE บัญชีนี้ค่ะ",
        "en": "The web console: cases, map, photos, dashboard, monthly report and CSV/Excel exports. Sign in with this LINE account.",
    },
    "console_button": {"th": "เปิดระบบงานบนเว็บ", "en": "Open the console"},
    "open_in_web": {"th": "เปิดในเว็บ", "en": "Open on the web"},
    "case_card_alt": {"th": "รายละเอียดเรื่อง {reference}", "en": "Case {reference}"},
    "call_reporter": {"th": "โทรหาผู้แจ้ง", "en": "Call the reporter"},
    "timeline_reported": {"th": "รับแจ้งเรื่อง", "en": "Reported"},
    "timeline_viewed": {"th": "เปิดดูรายละเอียด", "en": "Details viewed"},
    "step_close_choose": {"th": "ปิดเรื่อง", "en": "Close"},
    "step_note": {"th": "เพิ่มบันทึก", "en": "Add a note"},
    "step_transfer": {"th": "ส่งต่อศูนย์อื่น", "en": "Transfer"},
    "step_duplicate": {"th": "เรื่องซ้ำ", "en": "Duplicate"},
    "note_prompt": {
        "th": "พิมพ์บันทึกของเรื่อง {reference} ได้เลยค่ะ (เช่น ผลการโทรติดตาม) หรือพิมพ์ ยกเลิก",
        "en": "Type the note for case {reference} (for example, the result of a call), or type cancel.",
    },
    "note_too_long": {
        "th": "บันทึกยาวเกินไปค่ะ กรุณาพิมพ์ไม่เกิน {limit} ตัวอักษรนะคะ",
        "en": "That note is too long. Please keep it under {limit} characters.",
    },
    "note_saved": {"th": "เพิ่มบันทึกในเรื่อง {reference} แล้วค่ะ", "en": "Note added to case {reference}."},
    "duplicate_prompt": {
        "th": "เรื่อง {reference} ซ้ำกับเรื่องใดคะ พิมพ์เลขที่เรื่องเดิมได้เลยค่ะ (เช่น SC-691123-ABCD)",
        "en": "Case {reference} duplicates which case? Type its reference (like SC-691123-ABCD).",
    },
    "duplicate_not_found": {"th": "ไม่พบเรื่อง {original} ในเรื่องที่คุณดูแลอยู่ หรือเป็นเลขที่ของเรื่อง {reference} เองค่ะ ตรวจสอบเลขที่แล้วลองใหม่นะคะ", "en": "No case {original} among those you look after (or it is {reference} itself)."},
    "duplicate_retry": {"th": "ลองใหม่", "en": "Try again"},
    "duplicate_done": {
        "th": "ปิดเรื่อง {reference} เป็นเรื่องซ้ำของ {original} แล้วค่ะ ดำเนินการต่อในเรื่อง {original} นะคะ",
        "en": "Case {reference} is closed as a duplicate of {original}. Carry on in {original}.",
    },
    "transfer_choose": {
        "th": "ส่งต่อเรื่อง {reference} ให้ศูนย์ใดคะ (เรียงจากใกล้ที่สุด)",
        "en": "Transfer case {reference} to which center? (nearest first)",
    },
    "transfer_shown": {"th": "ส่งต่อให้{center}", "en": "Transfer to {center}"},
    "transfer_no_centers": {
        "th": "ยังไม่มีศูนย์อื่นในระบบให้ส่งต่อค่ะ",
        "en": "There is no other center to transfer to.",
    },
    "transfer_unknown_center": {"th": "ศูนย์ที่เลือกไว้รับเรื่องนี้ไม่ได้ค่ะ กรุณาเลือกศูนย์อื่นนะคะ", "en": "That center cannot take the case. Please choose again."},
    "transfer_done": {"th": "ส่งต่อเรื่อง {reference} ให้{center}แล้ว และแจ้งเจ้าหน้าที่ของศูนย์นั้นแล้วค่ะ", "en": "Case {reference} is transferred to {center}; its staff have been told."},
    "transfer_card_note": {"th": "ส่งต่อมาจาก{center}", "en": "Transferred from {center}"},
    "overdue_title": {"th": "{urgency} · เกินกำหนด", "en": "{urgency} · Overdue"},
    "overdue_since": {"th": "เลยกำหนดตั้งแต่ {due}", "en": "Overdue since {due}"},
    "overdue_none": {
        "th": "ตอนนี้ไม่มีเรื่องที่เกินกำหนดค่ะ",
        "en": "No cases are past their deadline.",
    },
    "overdue_alt": {"th": "เรื่องเกินกำหนด {total} เรื่อง", "en": "{total} overdue cases"},
    "overdue_count": {
        "th": "เรื่องเกินกำหนด ลำดับที่ {first}-{last} จาก {total} เรื่อง (ค้างนานที่สุดขึ้นก่อน) ค่ะ",
        "en": "Overdue cases {first}-{last} of {total}, longest overdue first.",
    },
    "today_title": {"th": "สรุปเรื่องในความรับผิดชอบ ณ {date}", "en": "Summary as of {date}"},
    "today_new": {"th": "เรื่องใหม่วันนี้: {count} เรื่อง", "en": "New today: {count}"},
    "today_resolved": {"th": "ช่วยเหลือแล้ววันนี้: {count} เรื่อง", "en": "Help delivered today: {count}"},
    "today_overdue": {"th": "เกินกำหนด: {count} เรื่อง", "en": "Overdue: {count}"},
    "today_open_heading": {"th": "เรื่องที่ยังดำเนินการอยู่: {count} เรื่อง", "en": "Open cases: {count}"},
    "today_status_line": {"th": "• {status}: {count}", "en": "• {status}: {count}"},
    "button_new_cases": {"th": "เคสใหม่", "en": "New cases"},
    "button_overdue": {"th": "เคสเกินกำหนด", "en": "Overdue"},
    "timeline_owned": {"th": "เจ้าหน้าที่รับเป็นผู้ดูแลเรื่อง", "en": "A staff member took ownership"},
    "timeline_note": {"th": "บันทึก", "en": "Note"},
    "timeline_transferred": {"th": "ส่งต่อศูนย์", "en": "Transferred"},
    "timeline_duplicate_added": {"th": "มีเรื่องซ้ำรวมเข้ามา", "en": "Duplicate merged in"},
    "timeline_confirmed": {"th": "ผู้แจ้งยืนยันว่าได้รับความช่วยเหลือ", "en": "Reporter confirmed"},
    "timeline_rated": {"th": "ผู้แจ้งให้คะแนน", "en": "Reporter rated"},
    "timeline_followed_up": {"th": "ถามติดตามผู้แจ้ง", "en": "Follow-up question sent to the reporter"},
    "timeline_reopened": {"th": "ผู้แจ้งขอเปิดเรื่องอีกครั้ง", "en": "Reopened by the reporter"},
    "timeline_reminded": {"th": "แจ้งเตือนผู้รับผิดชอบว่าเกินกำหนด", "en": "Overdue reminder sent"},
    "timeline_at_level": {"th": "{what} (ระดับ{level})", "en": "{what} ({level} level)"},
    "timeline_escalated": {"th": "แจ้งผู้กำกับดูแลว่าเกินกำหนด", "en": "Escalated to supervisors"},
    "timeline_alert_unheard": {
        "th": "เกินกำหนด แต่ไม่มีผู้รับแจ้งในระดับนี้",
        "en": "Overdue, but nobody to tell at this level",
    },
    "privacy_erased_staff": {
        "th": (
            "เรื่อง {reference}: ผู้แจ้งขอให้ลบข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล (PDPA) แล้วค่ะ "
            "ชื่อ เบอร์โทร ที่อยู่ รายละเอียด และรูปถ่ายของเรื่องนี้ถูกลบแล้ว เรื่องยังเปิดอยู่ "
            "โปรดดำเนินการต่อจากข้อมูลที่ศูนย์มีอยู่ หรือปิดเรื่องตามความเหมาะสมค่ะ"
        ),
        "en": (
            "Case {reference}: the reporter asked for their personal data to be erased (PDPA). The name, phone, "
            "address, description and photos of this case are removed. The case is still open: carry on with "
            "what the center already knows, or close it as appropriate."
        ),
    },
    "reopened_staff": {"th": "ผู้แจ้งเรื่อง {reference} บอกว่ายังต้องการความช่วยเหลือ สถานะกลับเป็น \"กำลังประสานความช่วยเหลือ\" แล้วค่ะ กรุณาติดต่อผู้แจ้งโดยเร็วนะคะ", "en": "The reporter of case {reference} says help is still needed; it is back to \"Help being arranged\". Please contact them soon."},
}
