"""Volunteers (อพม.): registering, approval, offers, held work, visit reports, handing back,
staff assigning volunteers, and their entries in the case timeline."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "vol_accepted_staff": {
        "th": "อาสาสมัคร {name} รับไปเยี่ยมบ้านเรื่อง {reference} แล้วค่ะ",
        "en": "Volunteer {name} took the visit of {reference}.",
    },
    "vol_ask_name": {
        "th": "ขอบคุณที่อยากร่วมเป็นอาสาสมัคร (อพม.) ค่ะ ขอทราบชื่อและนามสกุลของคุณค่ะ",
        "en": "Thank you for volunteering. What is your full name?",
    },
    "vol_ask_phone": {"th": "เบอร์โทรศัพท์ที่ติดต่อคุณได้คืออะไรคะ", "en": "Which phone number can we reach you on?"},
    "vol_ask_home": {
        "th": "บ้านของคุณอยู่ที่ไหนคะ กดส่งตำแหน่ง หรือพิมพ์ตำบล อำเภอ จังหวัดได้เลยค่ะ "
        "(ใช้หาเคสใกล้บ้านให้คุณ)",
        "en": "Where do you live? Share your location or type the subdistrict, district and province "
        "(used to offer you cases nearby).",
    },
    "vol_home_not_found": {
        "th": "ยังหาพื้นที่นี้ไม่เจอ หรือยังไม่มีศูนย์ในพื้นที่นี้ค่ะ ลองพิมพ์ตำบล อำเภอ จังหวัด หรือกดส่งตำแหน่งนะคะ",
        "en": "That place was not found, or it has no center yet. Type subdistrict, district, province, "
        "or share your location.",
    },
    "vol_ask_skills": {
        "th": "คุณถนัดงานด้านใดบ้างคะ เลือกได้หลายข้อ แล้วกด เสร็จแล้ว ค่ะ",
        "en": "What can you help with? Pick any, then tap Done.",
    },
    "vol_skills_pick_one": {"th": "กรุณาเลือกอย่างน้อยหนึ่งข้อค่ะ", "en": "Please pick at least one."},
    "skill_visit": {"th": "เยี่ยมบ้าน", "en": "Home visits"},
    "skill_elderly": {"th": "ดูแลผู้สูงอายุ", "en": "Elderly care"},
    "skill_driving": {"th": "ขับรถรับส่ง", "en": "Driving"},
    "skill_rights": {"th": "ประสานสิทธิ", "en": "Welfare rights"},
    "skill_first_aid": {"th": "ปฐมพยาบาล", "en": "First aid"},
    "skill_other": {"th": "อื่น ๆ", "en": "Other"},
    "vol_ask_max": {
        "th": "รับดูแลพร้อมกันได้มากที่สุดกี่เรื่องคะ",
        "en": "How many cases can you take on at the same time?",
    },
    "vol_cases_n": {"th": "{n} เรื่อง", "en": "{n} cases"},
    "vol_ask_center": {
        "th": "ศูนย์ที่ใกล้บ้านคุณที่สุดคือ {nearest} ({km} กม.) ค่ะ เลือกศูนย์ที่จะสังกัดได้เลยค่ะ",
        "en": "The nearest center is {nearest} ({km} km). Choose the center you will work with.",
    },
    "vol_center_line": {"th": "{number}) {name} · {km} กม.", "en": "{number}) {name} · {km} km"},
    "vol_center_pick": {"th": "ศูนย์ {number} ({km} กม.)", "en": "Center {number} ({km} km)"},
    "vol_no_center": {
        "th": "ขออภัยค่ะ ตอนนี้ยังไม่มีศูนย์ที่รับอาสาสมัคร กรุณาติดต่อสายด่วน 1300 ค่ะ",
        "en": "Sorry, no center takes volunteers yet. Please call 1300.",
    },
    "vol_field_home": {"th": "ที่อยู่", "en": "Home"},
    "vol_field_skills": {"th": "ความถนัด", "en": "Skills"},
    "vol_field_max": {"th": "รับได้พร้อมกัน", "en": "Cases at once"},
    "vol_summary_title": {"th": "ตรวจสอบใบสมัครอาสาสมัคร", "en": "Check your application"},
    "vol_summary_hint": {
        "th": "ถูกต้องแล้วกดส่งใบสมัคร หรือเลือกแก้ไขด้านล่างได้ค่ะ",
        "en": "If all is right, send it; or pick what to change below.",
    },
    "vol_confirm": {"th": "ส่งใบสมัคร", "en": "Send application"},
    "vol_applied": {"th": "ส่งใบสมัครถึง{center}แล้วค่ะ เมื่อเจ้าหน้าที่พิจารณาแล้ว จะแจ้งผลทางแชตนี้นะคะ", "en": "Your application went to {center}. You will hear here when staff have decided."},
    "vol_already": {"th": "คุณสมัครไว้แล้วค่ะ", "en": "You have already applied."},
    "vol_status_pending": {
        "th": "ใบสมัครของคุณรอเจ้าหน้าที่ศูนย์อนุมัติอยู่ค่ะ",
        "en": "Your application is waiting for the center's staff.",
    },
    "vol_status_approved": {
        "th": "คุณเป็นอาสาสมัครอยู่แล้วค่ะ ดูงานได้ที่เมนูด้านล่างนะคะ",
        "en": "You are already a volunteer; see the menu below for work.",
    },
    "vol_status_suspended": {
        "th": "สิทธิ์อาสาสมัครของคุณถูกพักไว้ค่ะ สอบถามได้ที่ศูนย์ของคุณนะคะ",
        "en": "Your volunteer access is suspended; please ask your center.",
    },
    "vol_application_alt": {"th": "ใบสมัครอาสาสมัครใหม่: {name}", "en": "New volunteer application: {name}"},
    "vol_application_title": {"th": "ใบสมัครอาสาสมัครใหม่", "en": "New volunteer application"},
    "vol_approve": {"th": "อนุมัติ", "en": "Approve"},
    "vol_reject": {"th": "ไม่อนุมัติ", "en": "Reject"},
    "vol_suspend": {"th": "พักสิทธิ์", "en": "Suspend"},
    "vol_reinstate": {"th": "คืนสิทธิ์", "en": "Reinstate"},
    "vol_call": {"th": "โทรหาอาสาสมัคร", "en": "Call volunteer"},
    "vol_state_pending": {"th": "รออนุมัติ", "en": "Waiting for approval"},
    "vol_state_approved": {"th": "อนุมัติแล้ว", "en": "Approved"},
    "vol_state_rejected": {"th": "ไม่อนุมัติ", "en": "Rejected"},
    "vol_state_suspended": {"th": "พักสิทธิ์", "en": "Suspended"},
    "vol_available": {"th": "พร้อมรับงาน", "en": "available"},
    "vol_paused": {"th": "พักรับงาน", "en": "paused"},
    "vol_field_load": {"th": "งานที่ถืออยู่", "en": "Cases held"},
    "vol_load": {"th": "{active} จาก {limit} เรื่อง", "en": "{active} of {limit}"},
    "vol_done_approve": {"th": "อนุมัติคุณ{name} เป็นอาสาสมัครแล้วค่ะ", "en": "{name} is approved."},
    "vol_done_reject": {"th": "ไม่อนุมัติใบสมัครของคุณ{name} แล้วค่ะ", "en": "{name}'s application is rejected."},
    "vol_done_suspend": {
        "th": "พักสิทธิ์{name}แล้วค่ะ งานที่เสนอหรือถืออยู่ส่งต่อให้อาสาสมัครท่านอื่นแล้ว",
        "en": "{name} is suspended; their offers and cases move to other volunteers.",
    },
    "vol_done_reinstate": {"th": "คืนสิทธิ์ให้คุณ{name} แล้วค่ะ", "en": "{name} is reinstated."},
    "vol_decided_meanwhile": {"th": "ตอนนี้คุณ{name} อยู่ในสถานะ \"{state}\" แล้วค่ะ", "en": "{name} is already: {state}."},
    "vol_told_approve": {
        "th": "ยินดีด้วยค่ะ ศูนย์อนุมัติให้คุณเป็นอาสาสมัครแล้ว เมื่อมีเคสใกล้บ้าน จะส่งข้อเสนองานมาทางนี้นะคะ",
        "en": "Welcome! The center approved you as a volunteer. Offers of nearby cases will come here.",
    },
    "vol_told_reject": {"th": "ขออภัยค่ะ ศูนย์ไม่ได้อนุมัติใบสมัครของคุณในครั้งนี้ ขอบคุณที่สนใจนะคะ สอบถามเพิ่มเติมได้ที่ศูนย์หรือสายด่วน 1300 ค่ะ", "en": "Sorry, the center did not approve your application. Ask the center or call 1300."},
    "vol_told_suspend": {
        "th": "สิทธิ์อาสาสมัครของคุณถูกพักไว้ชั่วคราวค่ะ สอบถามได้ที่ศูนย์ของคุณนะคะ",
        "en": "Your volunteer access is suspended for now; please ask your center.",
    },
    "vol_told_reinstate": {
        "th": "ศูนย์คืนสิทธิ์อาสาสมัครให้คุณแล้วค่ะ",
        "en": "Your volunteer access is back.",
    },
    "vol_offer_intro": {"th": "มีงานเยี่ยมบ้านใกล้คุณค่ะ สะดวกรับงานไหมคะ", "en": "There is a case near you. Can you take it?"},
    "vol_offer_alt": {"th": "ข้อเสนองาน: {urgency} {category}", "en": "Work offer: {urgency} {category}"},
    "vol_offer_title": {"th": "ข้อเสนองานเยี่ยมบ้าน · {urgency}", "en": "Home visit offer · {urgency}"},
    "vol_field_distance": {"th": "ระยะทาง", "en": "Distance"},
    "vol_field_answer_by": {"th": "ตอบภายใน", "en": "Answer by"},
    "vol_km": {"th": "ประมาณ {km} กม.", "en": "about {km} km"},
    "vol_offer_note": {
        "th": "รับงานแล้วจะเห็นชื่อ ที่อยู่ และเบอร์ติดต่อค่ะ",
        "en": "Name, address and phone are shown once you accept.",
    },
    "vol_accept": {"th": "รับงาน", "en": "Accept"},
    "vol_decline": {"th": "ปฏิเสธ", "en": "Decline"},
    "vol_accepted": {"th": "ขอบคุณที่รับงานค่ะ ตอนนี้คุณรับผิดชอบเรื่อง {reference} แล้ว รายละเอียดอยู่ด้านล่างนะคะ", "en": "Thank you. Case {reference} is yours; the details are below."},
    "vol_already_yours": {"th": "คุณรับงานนี้ไว้แล้วค่ะ", "en": "You have already accepted this."},
    "vol_declined": {
        "th": "รับทราบค่ะ ขอบคุณที่แจ้ง จะเสนองานนี้ให้อาสาสมัครท่านอื่นนะคะ",
        "en": "Noted, thank you. The case goes to another volunteer.",
    },
    "vol_answer_taken": {
        "th": "ขออภัยค่ะ มีอาสาสมัครท่านอื่นรับงานนี้ไปแล้ว ขอบคุณที่พร้อมช่วยนะคะ",
        "en": "Sorry, another volunteer has already taken this case. Thank you for being ready.",
    },
    "vol_answer_expired": {
        "th": "ขออภัยค่ะ ข้อเสนองานนี้หมดเวลาแล้ว ระบบส่งต่อให้อาสาสมัครท่านอื่นแล้วค่ะ",
        "en": "Sorry, this offer has expired and went to another volunteer.",
    },
    "vol_answer_withdrawn": {
        "th": "ขออภัยค่ะ งานนี้ถูกยกเลิกหรือไม่ต้องการอาสาสมัครแล้วค่ะ",
        "en": "Sorry, this offer was withdrawn.",
    },
    "vol_answer_declined": {"th": "คุณปฏิเสธงานนี้ไปแล้วค่ะ", "en": "You declined this offer."},
    "vol_answer_handed_back": {"th": "คุณคืนงานนี้ไปแล้วค่ะ", "en": "You handed this case back."},
    "vol_answer_at_limit": {
        "th": "ตอนนี้คุณถืองานครบจำนวนที่รับได้แล้วค่ะ รายงานผลหรือคืนงานเดิมก่อนนะคะ",
        "en": "You hold as many cases as you can take. Report or hand one back first.",
    },
    "vol_offer_refused": {
        "th": "ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดูหรือดำเนินการกับงานนี้ค่ะ",
        "en": "Sorry, this account may not see or act on this work.",
    },
    "vol_offer_withdrawn": {
        "th": "งานที่เสนอไว้ที่{area} มีผู้รับไปแล้วหรือยกเลิกแล้วค่ะ ขอบคุณที่พร้อมช่วยนะคะ",
        "en": "The offer in {area} is taken or withdrawn. Thank you for being ready.",
    },
    "vol_offer_moved": {
        "th": "งานที่เสนอไว้ที่{area} ย้ายไปอยู่ในความดูแลของศูนย์อื่นแล้ว จึงขอยกเลิกข้อเสนอนี้ค่ะ ขอบคุณที่พร้อมช่วยนะคะ",
        "en": "The offer in {area} is withdrawn: another center now handles the case. Thank you for being ready.",
    },
    "vol_offer_moved_held": {
        "th": (
            "งานที่{area} ที่คุณรับไว้ ย้ายไปอยู่ในความดูแลของศูนย์อื่นแล้วค่ะ ไม่ต้องไปเยี่ยมต่อ "
            "รายละเอียดและลิงก์รูปที่ส่งให้ก่อนหน้านี้ใช้ไม่ได้แล้ว ขอบคุณที่ช่วยนะคะ"
        ),
        "en": (
            "The case in {area} that you held now belongs to another center: no visit is needed from you. "
            "Its details and photo links no longer open. Thank you."
        ),
    },
    "vol_only_approved": {
        "th": "เมนูนี้สำหรับอาสาสมัครที่ศูนย์อนุมัติแล้วค่ะ สมัครได้โดยพิมพ์ สมัครอาสาสมัคร ค่ะ",
        "en": 'This is for approved volunteers. To apply, type "volunteer".',
    },
    "vol_no_offers": {"th": "ตอนนี้ยังไม่มีงานที่เสนอให้คุณค่ะ", "en": "No offers for you right now."},
    "vol_offers_alt": {"th": "งานที่เสนอ {count} งาน", "en": "{count} offers"},
    "vol_no_work": {"th": "ตอนนี้คุณยังไม่มีงานที่รับไว้ค่ะ", "en": "You hold no cases right now."},
    "vol_mine_alt": {"th": "งานของฉัน: {reference}", "en": "My case: {reference}"},
    "vol_mine_list_alt": {"th": "งานของฉัน {count} งาน", "en": "My cases: {count}"},
    "vol_details": {"th": "ดูรายละเอียด", "en": "Details"},
    "vol_report_button": {"th": "รายงานผลการเยี่ยม", "en": "Report the visit"},
    "vol_hand_back": {"th": "คืนงาน", "en": "Hand back"},
    "vol_details_alt": {"th": "รายละเอียดเรื่อง {reference}", "en": "Case {reference} details"},
    "vol_details_note": {
        "th": "ข้อมูลนี้เป็นความลับ ใช้เพื่อการเยี่ยมเท่านั้นนะคะ",
        "en": "This is confidential: for the visit only.",
    },
    "vol_call_reporter": {"th": "โทรหาผู้แจ้ง", "en": "Call the reporter"},
    "vol_photo": {"th": "ดูรูปถ่าย", "en": "See the photo"},
    "vol_photo_n": {"th": "ดูรูปที่ {n}", "en": "Photo {n}"},
    "vol_map_title": {"th": "ที่ตั้ง เรื่อง {reference}", "en": "Case {reference} location"},
    "vol_now_available": {
        "th": "ตั้งเป็นพร้อมรับงานแล้วค่ะ เมื่อมีเคสใกล้บ้านจะเสนองานให้นะคะ",
        "en": "You are available: nearby cases will be offered to you.",
    },
    "vol_now_paused": {
        "th": "พักรับงานแล้วค่ะ ระหว่างนี้จะไม่มีข้อเสนองานใหม่ พร้อมเมื่อไรกดปุ่มด้านล่างได้เลยค่ะ",
        "en": "Paused: no new offers until you are ready again.",
    },
    "vol_pause_button": {"th": "พักรับงาน", "en": "Pause"},
    "vol_resume_button": {"th": "พร้อมรับงาน", "en": "Available"},
    "vol_assign_button": {"th": "มอบหมายอาสา", "en": "Assign volunteer"},
    "vol_assign_choose": {
        "th": "อาสาสมัครที่ว่างใกล้เรื่อง {reference} ค่ะ เลือกผู้ที่จะเสนองาน หรือให้ระบบเสนอคนที่ใกล้ที่สุดค่ะ",
        "en": "Available volunteers near case {reference}: choose one, or offer it to the nearest.",
    },
    "vol_assign_line": {"th": "{number}) {name} · {km} กม.", "en": "{number}) {name} · {km} km"},
    "vol_other_center": {"th": "(ศูนย์ใกล้เคียง)", "en": "(neighbouring center)"},
    "vol_assign_nearest": {"th": "ใกล้ที่สุดที่ว่าง", "en": "Nearest available"},
    "vol_assign_pick": {"th": "คนที่ {number} ({km} กม.)", "en": "No. {number} ({km} km)"},
    "vol_assign_offered": {
        "th": "เสนองานเรื่อง {reference} ให้อาสาสมัครที่อยู่ห่าง {km} กม. แล้วค่ะ หากไม่ตอบหรือปฏิเสธ "
        "จะเสนอคนถัดไปให้เองค่ะ",
        "en": "Case {reference} is offered to a volunteer {km} km away; if they decline or do not answer, "
        "the next nearest gets it.",
    },
    "vol_assign_none": {
        "th": "ตอนนี้ไม่มีอาสาสมัครที่ว่างใกล้เรื่อง {reference} ค่ะ",
        "en": "No volunteer is available near case {reference} right now.",
    },
    "vol_assign_nobody": {
        "th": "ตอนนี้ไม่มีอาสาสมัครที่ว่างใกล้เรื่อง {reference} ค่ะ",
        "en": "No volunteer is available near case {reference} right now.",
    },
    "vol_assign_held": {
        "th": "เรื่อง {reference} มีอาสาสมัครรับไปแล้วค่ะ",
        "en": "A volunteer already holds case {reference}.",
    },
    "vol_assign_waiting": {
        "th": "เรื่อง {reference} มีข้อเสนองานรอคำตอบอยู่ค่ะ",
        "en": "An offer for case {reference} is waiting for an answer.",
    },
    "vol_assign_not_open": {
        "th": "เรื่อง {reference} ไม่อยู่ในขั้นที่มอบหมายอาสาสมัครได้แล้วค่ะ",
        "en": "Case {reference} can no longer be given to a volunteer.",
    },
    "vol_assign_not_available": {
        "th": "อาสาสมัครที่เลือกไม่ว่างรับงานเรื่อง {reference} แล้วค่ะ ลองเลือกใหม่นะคะ",
        "en": "That volunteer can no longer take case {reference}; please choose again.",
    },
    "vol_assign_offered_short": {"th": "เสนองานแล้ว", "en": "Offered"},
    "vol_nobody_left": {
        "th": "ไม่มีอาสาสมัครที่ว่างรับเรื่อง {reference} แล้วค่ะ กรุณาจัดการเยี่ยมเองหรือลองมอบหมายใหม่ภายหลังนะคะ",
        "en": "No volunteer is left to take case {reference}. Please arrange the visit or try again later.",
    },
    "vol_list_heading": {"th": "อาสาสมัคร {count} คนค่ะ (ใบสมัครที่รออนุมัติขึ้นก่อน)\nเสนองานอัตโนมัติ: {states}", "en": "{count} volunteers (applications first)\nAutomatic offers: {states}"},
    "vol_list_empty": {"th": "ยังไม่มีอาสาสมัครในศูนย์ของคุณค่ะ", "en": "Your center has no volunteers yet."},
    "vol_list_alt": {"th": "อาสาสมัครของศูนย์", "en": "The center's volunteers"},
    "vol_list_page": {"th": "นี่คือหน้า {page} ค่ะ", "en": "This is page {page}."},
    "vol_list_no_more": {"th": "ไม่มีอาสาสมัครเพิ่มเติมแล้วค่ะ", "en": "No more volunteers."},
    "vol_auto_on": {"th": "เปิดอัตโนมัติ", "en": "Auto offers on"},
    "vol_auto_off": {"th": "ปิดอัตโนมัติ", "en": "Auto offers off"},
    "vol_auto_state_on": {"th": "เปิด", "en": "on"},
    "vol_auto_state_off": {"th": "ปิด", "en": "off"},
    "vol_auto_now_on": {
        "th": "เปิดเสนองานอัตโนมัติของ{center}แล้วค่ะ เรื่องใหม่จะเสนอให้อาสาสมัครที่ใกล้ที่สุดเอง",
        "en": "Automatic offers are on for {center}: new cases go to the nearest volunteer.",
    },
    "vol_auto_now_off": {
        "th": "ปิดเสนองานอัตโนมัติของ{center}แล้วค่ะ",
        "en": "Automatic offers are off for {center}.",
    },
    "visit_ask_outcome": {"th": "ผลการเยี่ยมเรื่อง {reference} เป็นอย่างไรคะ", "en": "How did the visit to {reference} go?"},
    "visit_outcome_found": {"th": "พบตัว", "en": "Found"},
    "visit_outcome_not_found": {"th": "ไม่พบ", "en": "Not found"},
    "visit_outcome_moved": {"th": "ย้ายที่อยู่", "en": "Moved away"},
    "visit_outcome_deceased": {"th": "เสียชีวิต", "en": "Deceased"},
    "visit_ask_help": {
        "th": "ได้ช่วยเหลืออะไรไปแล้วบ้างคะ พิมพ์สั้น ๆ หรือกดข้ามค่ะ",
        "en": "What help did you give? Type briefly, or skip.",
    },
    "visit_ask_needs": {
        "th": "พบความต้องการอะไรเพิ่มเติมบ้างคะ พิมพ์สั้น ๆ หรือกดข้ามค่ะ",
        "en": "What further needs did you find? Type briefly, or skip.",
    },
    "visit_ask_photo": {
        "th": "มีรูปถ่ายจากการเยี่ยมไหมคะ ถ่ายใหม่ เลือกจากอัลบั้ม หรือกดข้ามค่ะ",
        "en": "A photo from the visit? Take one, choose one, or skip.",
    },
    "visit_ask_recommend": {
        "th": "คุณแนะนำให้ศูนย์ทำอย่างไรต่อคะ",
        "en": "What do you recommend the center do next?",
    },
    "visit_recommend_close": {"th": "ปิดเรื่องได้", "en": "Close"},
    "visit_recommend_refer": {"th": "ส่งต่อหน่วยงาน", "en": "Refer"},
    "visit_recommend_follow_up": {"th": "ติดตามต่อ", "en": "Follow up"},
    "visit_help_short": {"th": "ช่วยแล้ว: {value}", "en": "Help: {value}"},
    "visit_needs_short": {"th": "ต้องการ: {value}", "en": "Needs: {value}"},
    "visit_thanks": {
        "th": "ขอบคุณมากค่ะ ส่งผลการเยี่ยมเรื่อง {reference} ให้ศูนย์แล้ว เจ้าหน้าที่จะพิจารณาขั้นต่อไปค่ะ",
        "en": "Thank you. The visit report for {reference} went to the center; staff decide what follows.",
    },
    "visit_staff_alt": {"th": "ผลการเยี่ยมเรื่อง {reference}", "en": "Visit report: {reference}"},
    "visit_staff_title": {"th": "ผลการเยี่ยมจากอาสาสมัคร · {reference}", "en": "Volunteer's visit report · {reference}"},
    "visit_field_outcome": {"th": "ผลการเยี่ยม", "en": "Outcome"},
    "visit_field_help": {"th": "ช่วยเหลือแล้ว", "en": "Help given"},
    "visit_field_needs": {"th": "ความต้องการ", "en": "Needs found"},
    "visit_field_photo": {"th": "รูปถ่าย", "en": "Photo"},
    "visit_field_recommend": {"th": "ข้อเสนอแนะ", "en": "Recommendation"},
    "visit_staff_note": {
        "th": "บันทึกในไทม์ไลน์ของเรื่องแล้วค่ะ เปิดดูเรื่องเพื่อเลือกขั้นต่อไปได้เลยค่ะ",
        "en": "It is in the case's timeline; open the case to decide the next step.",
    },
    "handback_ask": {
        "th": "ขอทราบเหตุผลที่คืนงานเรื่อง {reference} ค่ะ เลือกหรือพิมพ์ได้เลยค่ะ",
        "en": "Why are you handing case {reference} back? Choose or type.",
    },
    "handback_travel": {"th": "เดินทางไม่สะดวก", "en": "Cannot travel"},
    "handback_busy": {"th": "ติดธุระ", "en": "Busy"},
    "handback_not_my_area": {"th": "ไม่ใช่พื้นที่ที่รู้จัก", "en": "Area I do not know"},
    "handback_done": {
        "th": "คืนงานเรื่อง {reference} แล้วค่ะ ขอบคุณที่แจ้งนะคะ ระบบจะเสนอให้อาสาสมัครท่านอื่นค่ะ",
        "en": "Case {reference} is handed back. Thank you; it goes to another volunteer.",
    },
    "handback_staff": {
        "th": "อาสาสมัครคืนงานเรื่อง {reference} ค่ะ เหตุผล: {reason} ระบบกำลังเสนอให้อาสาสมัครท่านถัดไป",
        "en": "A volunteer handed case {reference} back ({reason}); it is being offered to the next one.",
    },
    "timeline_visit_report": {"th": "อาสาสมัครรายงานผลการเยี่ยม", "en": "Volunteer's visit report"},
    "timeline_volunteer_offered": {"th": "เสนองานให้อาสาสมัคร", "en": "Offered to a volunteer"},
    "timeline_volunteer_declined": {"th": "อาสาสมัครปฏิเสธงาน", "en": "A volunteer declined"},
    "timeline_volunteer_expired": {"th": "ข้อเสนองานหมดเวลา", "en": "An offer expired"},
    "timeline_volunteer_handed_back": {"th": "อาสาสมัครคืนงาน", "en": "A volunteer handed it back"},
    "timeline_volunteer_accepted": {"th": "อาสาสมัครรับงาน", "en": "A volunteer accepted"},
    "timeline_volunteer_none": {"th": "ไม่มีอาสาสมัครที่ว่าง", "en": "No volunteer available"},
}
