"""The console's own words, keyed by name: Thai first, English for users whose language is English.
Labels the chat already has (statuses, urgencies, groups, outcomes, agencies) come from bot/speech/texts.py,
so the console and LINE say the same thing."""

from __future__ import annotations

from bot.speech.texts import TEXTS as BOT_TEXTS
from bot.speech.texts import text as bot_text
from web.console_texts import TEXTS as CONSOLE_TEXTS

TEXTS: dict[str, dict[str, str]] = {
    "app_title": {"th": "ระบบงานศูนย์ช่วยเหลือสังคม", "en": "Social assistance console"},
    "sign_in_title": {"th": "เข้าสู่ระบบ", "en": "Sign in"},
    "sign_in_intro": {
        "th": "สำหรับเจ้าหน้าที่ศูนย์และผู้กำกับดูแล เข้าสู่ระบบด้วยบัญชี LINE ที่ใช้กับบอท",
        "en": "For center staff and supervisors: sign in with the LINE account you use with the bot.",
    },
    "sign_in_button": {"th": "เข้าสู่ระบบด้วย LINE", "en": "Sign in with LINE"},
    "sign_in_failed": {
        "th": "เข้าสู่ระบบไม่สำเร็จ กรุณาลองใหม่อีกครั้งค่ะ",
        "en": "Sign-in did not succeed. Please try again.",
    },
    "sign_in_cancelled": {"th": "ยกเลิกการเข้าสู่ระบบแล้วค่ะ", "en": "Sign-in was cancelled."},
    "not_configured": {
        "th": "ยังไม่ได้ตั้งค่า LINE Login สำหรับระบบนี้ กรุณาติดต่อผู้ดูแลระบบค่ะ",
        "en": "LINE Login is not configured for this system. Please contact the administrator.",
    },
    "session_ended": {
        "th": "หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบอีกครั้งค่ะ",
        "en": "Your session has ended. Please sign in again.",
    },
    "not_staff_title": {"th": "ขออภัยค่ะ", "en": "Sorry"},
    "not_staff_body": {
        "th": "หน้านี้สำหรับเจ้าหน้าที่ศูนย์ช่วยเหลือสังคมและผู้กำกับดูแลเท่านั้น "
        "หากต้องการแจ้งขอความช่วยเหลือหรือติดตามเรื่อง กรุณาใช้งานผ่าน LINE ของศูนย์ หรือโทร 1300 ได้ตลอด 24 ชั่วโมงค่ะ",
        "en": "This page is for social assistance center staff and supervisors only. To ask for help or follow "
        "a report, please use the center's LINE account, or call 1300 (24 hours).",
    },
    "sign_out": {"th": "ออกจากระบบ", "en": "Sign out"},
    "signed_out": {"th": "ออกจากระบบแล้วค่ะ", "en": "You have signed out."},
    "signed_in_as": {"th": "เข้าสู่ระบบในชื่อ {name}", "en": "Signed in as {name}"},
    "nav_queue": {"th": "รายการเคส", "en": "Cases"},
    "nav_export": {"th": "ส่งออก CSV", "en": "Export CSV"},
    "nav_centers": {"th": "ศูนย์และเจ้าหน้าที่", "en": "Centers and staff"},
    "centers_title": {"th": "ศูนย์และเจ้าหน้าที่ในความรับผิดชอบ", "en": "Centers and staff in your scope"},
    "centers_count": {
        "th": "แสดง {first}–{last} จากทั้งหมด {total} ศูนย์",
        "en": "Showing {first}–{last} of {total} centers",
    },
    "col_code": {"th": "รหัส", "en": "Code"},
    "col_name": {"th": "ชื่อศูนย์", "en": "Center"},
    "col_phone": {"th": "โทร", "en": "Phone"},
    "col_staff": {"th": "เจ้าหน้าที่", "en": "Staff"},
    "col_open": {"th": "เคสที่ยังไม่ปิด", "en": "Open cases"},
    "col_state": {"th": "การรับเคสใหม่", "en": "New cases"},
    "center_active": {"th": "รับเคสใหม่", "en": "Receiving"},
    "center_inactive": {"th": "ปิดรับเคสใหม่", "en": "Not receiving"},
    "center_deactivate": {"th": "ปิดรับเคสใหม่", "en": "Stop new cases"},
    "center_reactivate": {"th": "เปิดรับเคสใหม่", "en": "Receive new cases again"},
    "center_deactivated_web": {
        "th": "{center} ปิดรับเคสใหม่แล้วค่ะ ยังมีเคสค้างที่ศูนย์ {count} เรื่อง กรุณาส่งต่อศูนย์อื่น (เจ้าหน้าที่ของศูนย์ได้รับแจ้งทาง LINE แล้ว)",
        "en": "{center} no longer receives new cases. {count} open case(s) remain there to transfer (its staff were told in LINE).",
    },
    "center_reactivated_web": {
        "th": "{center} เปิดรับเคสใหม่อีกครั้งแล้วค่ะ",
        "en": "{center} receives new cases again.",
    },
    "center_unchanged": {"th": "{center} ไม่มีการเปลี่ยนแปลงค่ะ", "en": "{center}: nothing changed."},
    "centers_note": {
        "th": "ผู้กำกับดูแลระดับอำเภอหรือจังหวัดเปิด/ปิดการรับเคสใหม่ของศูนย์ในพื้นที่ได้ ศูนย์ที่ปิดรับจะไม่ได้รับเคสใหม่ เคสเดิมยังอยู่จนกว่าจะส่งต่อ",
        "en": "District or province supervisors can stop or resume new cases for centers in their area. Open cases stay until transferred.",
    },
    "nav_dashboard": {"th": "ภาพรวม", "en": "Dashboard"},
    "dashboard_title": {"th": "ภาพรวมเคสในความรับผิดชอบ", "en": "Cases in your scope"},
    "dash_open": {"th": "เคสที่ยังไม่ปิด", "en": "Open cases"},
    "dash_overdue": {"th": "เกินกำหนดตอนนี้", "en": "Overdue now"},
    "dash_by_status": {"th": "เคสที่ยังไม่ปิด แยกตามสถานะ", "en": "Open cases by status"},
    "dash_weeks": {
        "th": "เคสใหม่และเคสที่ช่วยเหลือแล้ว รายสัปดาห์ (เริ่มวันจันทร์)",
        "en": "New and resolved per week (from Monday)",
    },
    "dash_area": {"th": "พื้นที่", "en": "Area"},
    "dash_whole_scope": {"th": "ทั้งหมดในความรับผิดชอบ", "en": "Your whole scope"},
    "dash_level_province": {"th": "จังหวัด", "en": "Province"},
    "dash_level_district": {"th": "อำเภอ", "en": "District"},
    "dash_level_center": {"th": "ศูนย์", "en": "Center"},
    "dash_period": {
        "th": "ช่วง {weeks} สัปดาห์ ตั้งแต่ {since} ถึง {until} (เคสที่แจ้งเข้ามาในช่วงนี้)",
        "en": "{weeks} weeks from {since} to {until} (cases reported in this period)",
    },
    "dash_rating": {"th": "คะแนนจากผู้แจ้ง (เฉลี่ย จาก 5)", "en": "Reporters' rating (average of 5)"},
    "dash_rating_count": {"th": "จาก {count} คะแนน", "en": "from {count} ratings"},
    "dash_volunteers": {"th": "อาสาสมัครที่รับงาน", "en": "Volunteers at work"},
    "dash_volunteers_note": {"th": "รับงานอย่างน้อย 1 เรื่องในช่วงนี้", "en": "took on at least one case in the period"},
    "dash_sla": {"th": "ความตรงเวลาเทียบกับกำหนด", "en": "Timeliness against the deadlines"},
    "dash_cases": {"th": "เคส", "en": "Cases"},
    "dash_median_ack": {"th": "มัธยฐานเวลารับเรื่อง", "en": "Median time to acknowledge"},
    "dash_median_visit": {"th": "มัธยฐานเวลาถึงการเยี่ยมครั้งแรก", "en": "Median time to first visit"},
    "dash_ack_within": {"th": "รับเรื่องทันกำหนด (%)", "en": "Acknowledged in time (%)"},
    "dash_visit_within": {"th": "เยี่ยมครั้งแรกทันกำหนด (%)", "en": "First visit in time (%)"},
    "dash_percent_axis": {"th": "ร้อยละ", "en": "per cent"},
    "dash_target": {"th": "กำหนด", "en": "Deadline"},
    "dash_within": {"th": "ทันกำหนด", "en": "Within deadline"},
    "dash_all_urgencies": {"th": "รวมทุกระดับ", "en": "All"},
    "dash_hours": {"th": "{value} ชม.", "en": "{value} h"},
    "dash_days": {"th": "{value} วัน", "en": "{value} days"},
    "dash_sla_note": {
        "th": "ทันกำหนด: ในเคสที่ถึงกำหนดแล้วหรือทำเสร็จแล้ว (เคสที่ยังไม่ถึงกำหนดยังไม่นับ) "
        "การเยี่ยมครั้งแรก: เปลี่ยนสถานะเป็นลงพื้นที่/กำลังดำเนินการ หรืออาสาส่งรายงานการเยี่ยม แล้วแต่อย่างใดก่อน "
        "ไม่นับเรื่องซ้ำและเรื่องที่ยกเลิก",
        "en": "Within deadline: of the cases whose deadline has passed or that were done (cases still within "
        "their deadline are not counted yet). First visit: a status step to visiting/in progress or a volunteer's "
        "visit report, whichever came first. Duplicates and cancelled cases are left out.",
    },
    "dash_new": {"th": "เคสใหม่", "en": "New"},
    "dash_resolved": {"th": "ช่วยเหลือแล้ว", "en": "Resolved"},
    "dash_week_of": {"th": "สัปดาห์", "en": "Week of"},
    "queue_title": {"th": "รายการเคส", "en": "Cases"},
    "filter_status": {"th": "สถานะ", "en": "Status"},
    "filter_urgency": {"th": "ความเร่งด่วน", "en": "Urgency"},
    "filter_from": {"th": "แจ้งตั้งแต่วันที่", "en": "Reported from"},
    "filter_to": {"th": "ถึงวันที่", "en": "to"},
    "filter_center": {"th": "ศูนย์", "en": "Center"},
    "filter_category": {"th": "กลุ่ม", "en": "Group"},
    "filter_overdue": {"th": "เฉพาะที่เกินกำหนด", "en": "Overdue only"},
    "filter_open": {"th": "ยังไม่ปิด (ทั้งหมด)", "en": "Open (all)"},
    "filter_all": {"th": "ทั้งหมด", "en": "All"},
    "filter_search": {"th": "ค้นหา (เลขที่เรื่อง เบอร์โทร ชื่อ หรือตำบล)", "en": "Search (reference, phone, name or tambon)"},
    "filter_apply": {"th": "แสดง", "en": "Show"},
    "search_note": {
        "th": "ผลการค้นหา “{query}” (ใหม่สุดก่อน ไม่ใช้ตัวกรองอื่น)",
        "en": "Results for “{query}” (newest first, other filters not applied)",
    },
    "queue_count": {
        "th": "แสดง {first}–{last} จากทั้งหมด {total} เรื่อง",
        "en": "Showing {first}–{last} of {total}",
    },
    "queue_empty": {"th": "ไม่มีเคสตามเงื่อนไขนี้ค่ะ", "en": "No cases match."},
    "page_of": {"th": "หน้า {page} จาก {pages}", "en": "Page {page} of {pages}"},
    "page_prev": {"th": "« ก่อนหน้า", "en": "« Previous"},
    "page_next": {"th": "ถัดไป »", "en": "Next »"},
    "col_reference": {"th": "เลขที่เรื่อง", "en": "Reference"},
    "col_urgency": {"th": "ความเร่งด่วน", "en": "Urgency"},
    "col_status": {"th": "สถานะ", "en": "Status"},
    "col_category": {"th": "กลุ่ม", "en": "Group"},
    "col_area": {"th": "พื้นที่", "en": "Area"},
    "col_center": {"th": "ศูนย์", "en": "Center"},
    "col_created": {"th": "แจ้งเมื่อ", "en": "Reported"},
    "col_due": {"th": "กำหนด", "en": "Due"},
    "overdue_since": {"th": "เกินกำหนดตั้งแต่ {when}", "en": "Overdue since {when}"},
    "no_center": {"th": "(รอจัดศูนย์)", "en": "(no center yet)"},
    "case_title": {"th": "เรื่อง {reference}", "en": "Case {reference}"},
    "back_to_queue": {"th": "« กลับไปรายการเคส", "en": "« Back to cases"},
    "section_details": {"th": "รายละเอียด", "en": "Details"},
    "section_map": {"th": "ตำแหน่ง", "en": "Location"},
    "section_photos": {"th": "รูปภาพ", "en": "Photos"},
    "section_actions": {"th": "ดำเนินการ", "en": "Actions"},
    "section_timeline": {"th": "ลำดับเหตุการณ์", "en": "Timeline"},
    "no_photos": {"th": "ไม่มีรูปภาพ", "en": "No photos"},
    "no_location": {
        "th": "ไม่มีพิกัด (มีเฉพาะที่อยู่ที่พิมพ์มา)",
        "en": "No coordinates (only a typed address)",
    },
    "map_note": {
        "th": "จุดใหญ่คือจุดที่แจ้ง (สีตามความเร่งด่วน สีม่วงคือเกินกำหนด) จุดเล็กสีเขียวคือศูนย์",
        "en": "The large dot is the reported place (coloured by urgency, purple when overdue); the small green dot is the center",
    },
    "map_distance": {"th": "ห่างจากศูนย์ประมาณ {km} กม.", "en": "About {km} km from the center"},
    "field_reference": {"th": "เลขที่เรื่อง", "en": "Reference"},
    "field_urgency": {"th": "ความเร่งด่วน", "en": "Urgency"},
    "field_center": {"th": "ศูนย์ที่รับผิดชอบ", "en": "Responsible center"},
    "field_owner": {"th": "ผู้รับเรื่อง", "en": "Owner"},
    "field_created": {"th": "แจ้งเมื่อ", "en": "Reported"},
    "field_ack_due": {"th": "ต้องรับเรื่องภายใน", "en": "Acknowledge by"},
    "field_visit_due": {"th": "ต้องเยี่ยมภายใน", "en": "Visit by"},
    "field_coordinates": {"th": "พิกัด", "en": "Coordinates"},
    "nobody_yet": {"th": "ยังไม่มีผู้รับเรื่อง", "en": "Nobody yet"},
    "action_acknowledge": {"th": "รับเรื่อง", "en": "Acknowledge"},
    "action_status": {"th": "เปลี่ยนสถานะเป็น", "en": "Change status to"},
    "action_outcome": {"th": "ผลการปิดเรื่อง", "en": "Outcome"},
    "action_outcome_if": {"th": "ผลการปิดเรื่อง (เมื่อเลือกปิดเรื่อง)", "en": "Outcome (when closing)"},
    "action_agency_if": {"th": "หน่วยงานที่ส่งต่อ (เมื่อเลือกส่งต่อ)", "en": "Agency (when referring)"},
    "choose": {"th": "— เลือก —", "en": "— choose —"},
    "action_save_status": {"th": "บันทึกสถานะ", "en": "Save status"},
    "action_transfer": {"th": "ส่งต่อศูนย์อื่น (ใกล้ที่สุดก่อน)", "en": "Transfer to another center (nearest first)"},
    "action_do_transfer": {"th": "ส่งต่อ", "en": "Transfer"},
    "km_away": {"th": "{km} กม.", "en": "{km} km"},
    "action_note": {"th": "บันทึกเพิ่มเติม", "en": "Note"},
    "action_save_note": {"th": "บันทึก", "en": "Save note"},
    "no_actions": {"th": "เรื่องนี้ไม่มีขั้นตอนให้ดำเนินการแล้ว", "en": "Nothing left to do on this case."},
    "views_hidden": {
        "th": "ไม่แสดงการเปิดดู {count} ครั้ง",
        "en": "{count} views not shown",
    },
    "forbidden_form": {
        "th": "แบบฟอร์มหมดอายุหรือไม่ถูกต้อง กรุณาโหลดหน้าใหม่แล้วลองอีกครั้งค่ะ",
        "en": "The form has expired or is not valid. Please reload the page and try again.",
    },
    "not_found_title": {"th": "ไม่พบหน้านี้", "en": "Not found"},
    "not_found_body": {
        "th": "ไม่พบข้อมูลที่ต้องการ หรือท่านไม่มีสิทธิ์ดูข้อมูลนี้ค่ะ",
        "en": "Nothing here, or you may not see it.",
    },
    "export_note": {
        "th": "ไฟล์ CSV มีเฉพาะเคสที่ท่านมีสิทธิ์ดู ตามตัวกรองที่เลือก: เลขที่เรื่อง สถานะ ความเร่งด่วน กลุ่ม "
        "ตำบล/อำเภอ/จังหวัด ศูนย์ และเวลา ไม่มีชื่อ เบอร์โทร รายละเอียด หรือพิกัด",
        "en": "The CSV holds only cases you may see, with the chosen filters: reference, status, urgency, "
        "group, area codes and names, center and times. No names, phones, descriptions or coordinates.",
    },
    # --- the household register (issue 22) ---
    "nav_register": {"th": "ทะเบียนกลุ่มเปราะบาง", "en": "Register"},
    "reg_web_title": {"th": "ทะเบียนกลุ่มเปราะบาง", "en": "Register of vulnerable people"},
    "reg_web_total": {"th": "ในทะเบียน", "en": "On the register"},
    "reg_web_overdue": {"th": "เลยกำหนดติดตาม", "en": "Check-in overdue"},
    "reg_web_without_buddy": {"th": "ยังไม่มีคู่ดูแล", "en": "Without a buddy"},
    "reg_web_by_group": {"th": "ตามกลุ่ม", "en": "By group"},
    "reg_web_by_area": {"th": "ตามตำบล", "en": "By subdistrict"},
    "reg_web_number": {"th": "เลขที่", "en": "No."},
    "reg_web_person": {"th": "ข้อมูลบุคคล", "en": "Person"},
    "reg_map_title": {"th": "แผนที่ครัวเรือนในทะเบียน", "en": "Households on the register"},
    "reg_map_layer": {"th": "ครัวเรือน", "en": "Households"},
    "reg_map_on_time": {"th": "ยังไม่ถึงกำหนดติดตาม", "en": "Check-in not yet due"},
    "reg_web_back": {"th": "กลับไปหน้าทะเบียน", "en": "Back to the register"},
    "reg_web_wrong": {"th": "กรุณาตรวจข้อมูลเหล่านี้อีกครั้งค่ะ", "en": "Please check these again:"},
    "reg_web_lookalike": {
        "th": "อาจซ้ำกับคนที่ลงทะเบียนไว้แล้วในตำบลนี้ค่ะ ถ้าเป็นคนละคน ให้ติ๊กช่องด้านล่างแล้วกดบันทึกอีกครั้งนะคะ",
        "en": "Possibly already registered in this subdistrict. If it is someone else, tick the box below and save again.",
    },
    "reg_web_not_duplicate": {"th": "เป็นคนละคนกัน บันทึกเป็นคนใหม่", "en": "Someone else: save as a new person"},
    "reg_web_address_hint": {
        "th": "บ้านเลขที่ หมู่ ตำบล อำเภอ จังหวัด",
        "en": "House, village, subdistrict, district, province",
    },
    "reg_web_consent_note": {
        "th": "ถ้าเจ้าตัวยินยอม: ใครยินยอม อย่างไร (เช่น ลงชื่อในใบยินยอม)",
        "en": "If the person consents: who consented and how (e.g. signed the form)",
    },
    # --- e-referral pages (web/referrals.py): the agency's signed link and the console's list ---
    "ref_page_title": {"th": "ใบส่งต่อเรื่อง {reference}", "en": "Referral {reference}"},
    "ref_for_agency": {"th": "ถึง {agency}", "en": "To {agency}"},
    "ref_state": {"th": "สถานะ", "en": "State"},
    "ref_pdf_link": {"th": "ดาวน์โหลดใบส่งต่อ (PDF)", "en": "Download the referral (PDF)"},
    "ref_received_button": {"th": "ได้รับเรื่องแล้ว", "en": "We have received it"},
    "ref_received_saved": {
        "th": "บันทึกว่าได้รับเรื่องแล้ว ศูนย์จะได้รับแจ้งทาง LINE ขอบคุณค่ะ",
        "en": "Receipt recorded; the center is told in LINE. Thank you.",
    },
    "ref_outcome_heading": {"th": "แจ้งผลการดำเนินการ", "en": "Report the outcome"},
    "ref_outcome_accepted": {"th": "รับดูแลเรื่องนี้", "en": "We take it on"},
    "ref_outcome_declined": {"th": "ไม่อยู่ในอำนาจหน้าที่ของหน่วยงาน", "en": "Not our remit"},
    "ref_outcome_done": {"th": "ดำเนินการเสร็จแล้ว", "en": "Done"},
    "ref_note_label": {"th": "หมายเหตุถึงศูนย์ (ถ้ามี)", "en": "A note for the center (optional)"},
    "ref_send_outcome": {"th": "ส่งผลการดำเนินการ", "en": "Send the outcome"},
    "ref_outcome_saved": {
        "th": "บันทึกผลแล้ว ศูนย์จะได้รับแจ้งทาง LINE ขอบคุณค่ะ",
        "en": "Outcome recorded; the center is told in LINE. Thank you.",
    },
    "ref_outcome_refused": {
        "th": "บันทึกผลนี้ไม่ได้ เรื่องอาจแจ้งผลไปแล้ว กรุณาตรวจสอบสถานะอีกครั้งค่ะ",
        "en": "That outcome cannot be recorded; the referral may already be answered.",
    },
    "ref_all_answered": {"th": "เรื่องนี้แจ้งผลครบแล้ว ขอบคุณค่ะ", "en": "This referral is fully answered. Thank you."},
    "ref_agency_note": {"th": "หมายเหตุจากหน่วยงาน", "en": "The agency's note"},
    "ref_link_expires": {"th": "ลิงก์นี้ใช้ได้ถึง {when}", "en": "This link works until {when}"},
    "ref_not_found": {
        "th": "ไม่พบใบส่งต่อ ลิงก์อาจหมดอายุหรือถูกยกเลิกแล้ว กรุณาติดต่อศูนย์ที่ส่งต่อค่ะ",
        "en": "No referral here: the link may have expired or been withdrawn. Please contact the referring center.",
    },
    "ref_console_title": {"th": "ใบส่งต่อของเรื่อง {reference}", "en": "Referrals of case {reference}"},
    "ref_console_none": {
        "th": "เรื่องนี้ยังไม่มีใบส่งต่อ ส่งต่อหน่วยงานได้จาก LINE (ปุ่มส่งต่อหน่วยงาน)",
        "en": "No referrals yet; refer from LINE (the Referred button).",
    },
    "ref_column_agency": {"th": "หน่วยงาน", "en": "Agency"},
    "ref_column_sent": {"th": "ส่งเมื่อ", "en": "Sent"},
    "ref_agency_link": {"th": "ลิงก์ของหน่วยงาน", "en": "Agency's link"},
    "ref_withdraw": {"th": "ถอนใบส่งต่อ", "en": "Withdraw"},
    "ref_withdrawn_web": {
        "th": "ถอนใบส่งต่อแล้ว ลิงก์ของหน่วยงานใช้ไม่ได้แล้วค่ะ",
        "en": "Withdrawn; the agency's link no longer works.",
    },
    "ref_back_to_case": {"th": "กลับไปที่เรื่อง", "en": "Back to the case"},
    "ref_form_heading": {"th": "ส่งต่อหน่วยงาน", "en": "Refer to an agency"},
    "ref_form_agency": {"th": "หน่วยงาน", "en": "Agency"},
    "ref_form_reason": {"th": "เหตุผลในการส่งต่อ", "en": "Reason for referral"},
    "ref_form_request": {"th": "ขอให้หน่วยงานช่วยดำเนินการ", "en": "What is asked of the agency"},
    "ref_form_parts": {
        "th": "ข้อมูลที่จะส่ง (เลือกเท่าที่จำเป็น ประเภทเรื่องและพื้นที่ส่งเสมอ)",
        "en": "Parts to share (only what they need; the group and area always go)",
    },
    "ref_form_basis": {"th": "ฐานทางกฎหมายในการส่งข้อมูล", "en": "Lawful basis for sharing"},
    "ref_form_send": {"th": "ส่งใบส่งต่อ", "en": "Send referral"},
    "ref_form_no_agencies": {
        "th": "ยังไม่มีรายชื่อหน่วยงานของจังหวัดนี้ (flask --app app agencies import)",
        "en": "No agencies listed for this province yet (flask --app app agencies import).",
    },
    "ref_form_unit_option": {
        "th": "หน่วยงานอื่นที่ไม่อยู่ในสมุดรายชื่อ (พิมพ์ชื่อด้านล่าง)",
        "en": "Another unit, not in the directory (type its name below)",
    },
    "ref_unit_legend": {"th": "หน่วยงานที่ไม่อยู่ในสมุดรายชื่อ", "en": "A unit not in the directory"},
    "ref_unit_limits": {
        "th": "การส่งต่อไปหน่วยงานที่พิมพ์ชื่อเองจะบันทึกไว้ในเรื่องเท่านั้นค่ะ ไม่มีลิงก์ให้หน่วยงานตอบรับ ไม่ส่งอีเมล และไม่แจ้งเตือนเมื่อยังไม่ตอบรับ กรุณาติดต่อหน่วยงานและส่ง PDF ให้เองนะคะ",
        "en": "A referral to a unit you type is only recorded on the case: no link for the unit to answer, no email, no acknowledgement reminders. Please contact the unit and pass on the PDF yourself.",
    },
    "ref_unit_name": {"th": "ชื่อหน่วยงาน เช่น โรงพยาบาลและหอผู้ป่วย", "en": "Unit's name, e.g. hospital and ward"},
    "ref_unit_kind": {"th": "ประเภทหน่วยงาน", "en": "Kind of unit"},
    "ref_unit_contact": {"th": "โทรศัพท์หรือผู้ติดต่อ (ถ้ามี)", "en": "Phone or contact person (optional)"},
    "ref_unit_contact_shown": {"th": "ติดต่อ", "en": "Contact"},
    "ref_form_incomplete": {
        "th": "กรุณาเลือกหน่วยงาน กรอกเหตุผลและสิ่งที่ขอ และเลือกฐานทางกฎหมายค่ะ",
        "en": "Please choose the agency, fill in the reason and what is asked, and choose the lawful basis.",
    },
}

TEXTS.update(CONSOLE_TEXTS)


def t(key: str, language: str, **values: object) -> str:
    """A console text, else one of the chat's labels (bot/speech/texts.py)."""
    entry = TEXTS.get(key)
    if entry is None:
        return bot_text(key, language, **values) if key in BOT_TEXTS else key
    template = entry.get(language) or entry["th"]
    return template.format(**values) if values else template


def page_language(language: str | None) -> str:
    """Thai, unless the user's language is English (Burmese and Lao readers get Thai: the console's
    catalogue has no such translations yet)."""
    return "en" if language == "en" else "th"
