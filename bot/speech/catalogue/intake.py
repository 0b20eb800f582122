"""Reporting a case: understanding free text, the report flow's questions and answers, urgent
cases, duplicates found while reporting, routing without a center, the receipt, the reporter's cancel."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "urgent_received": {
        "th": "รับเป็นเรื่องด่วนแล้วค่ะ เลขที่ {reference} เจ้าหน้าที่ได้รับแจ้งแล้ว โปรดโทรตามปุ่มด้านบนก่อนนะคะ ส่งตำแหน่งหรือเบอร์โทรได้ จะช่วยให้ไปถึงเร็วขึ้นค่ะ",
        "en": "Taken as urgent, reference {reference}; staff have been alerted. Please call a number above first. Sharing the location or a phone number helps them reach you sooner.",
    },
    "urgent_routed": {
        "th": "ส่งเรื่องด่วน {reference} ถึง{center}แล้วค่ะ โทร {phone}",
        "en": "Urgent report {reference} is now with {center}. Phone {phone}.",
    },
    "urgent_details_staff": {
        "th": "เรื่องด่วน {reference}: ผู้แจ้งส่งข้อมูลเพิ่ม ({fields}) เปิดดูได้จากรายการเคสค่ะ",
        "en": "Urgent case {reference}: the reporter added {fields}. Open it from your case list.",
    },
    "urgent_kept": {
        "th": "หยุดตอบคำถามแล้วค่ะ เรื่องด่วน {reference} ยังอยู่กับเจ้าหน้าที่ ถ้าต้องการยกเลิกเรื่อง กด \"ติดตามเรื่อง\" ค่ะ",
        "en": "Questions stopped. Urgent report {reference} stays with staff; to cancel it, use Track my reports.",
    },
    "report_filled": {
        "th": "บันทึกข้อมูลเพิ่มในเรื่อง {reference} แล้วค่ะ เจ้าหน้าที่เห็นข้อมูลนี้แล้ว",
        "en": "Added to report {reference}; staff can see it now.",
    },
    "report_understood": {"th": "รับทราบค่ะ ที่เข้าใจคือ {facts}", "en": "Noted. I understood: {facts}"},
    "place_corrected": {"th": "{typed} → {meant}", "en": "{typed} → {meant}"},
    "photo_kept": {"th": "ได้รับรูปแล้วค่ะ จะแนบไปกับเรื่องนี้", "en": "Photo received; it goes with this report."},
    "location_kept": {"th": "ได้รับตำแหน่งแล้วค่ะ", "en": "Location received."},
    "greeting_reply": {
        "th": "สวัสดีค่ะ เล่าได้เลยว่าใครต้องการความช่วยเหลือเรื่องอะไร หรือเลือกจากปุ่มด้านล่างค่ะ",
        "en": "Hello. Tell me who needs help and with what, or choose a button below.",
    },
    "welfare_answer": {
        "th": "เรื่องสิทธิและสวัสดิการ สอบถามได้ที่สายด่วน พม. 1300 (24 ชั่วโมง) หรือศูนย์ช่วยเหลือสังคมใกล้บ้านค่ะ ถ้ามีคนต้องการความช่วยเหลือ กดแจ้งเรื่องได้เลยค่ะ",
        "en": "For welfare and benefits, call the 1300 hotline (24 hours) or your nearest social-assistance center. If someone needs help, tap Ask for help.",
    },
    "cancel_case_button": {"th": "ยกเลิกเรื่อง", "en": "Cancel report"},
    "cancel_case_question": {
        "th": "ยกเลิกเรื่อง {reference} เพราะอะไรคะ เลือกเหตุผลจากปุ่มด้านล่างค่ะ",
        "en": "Why cancel report {reference}? Choose a reason below.",
    },
    "cancel_reason_helped_elsewhere": {"th": "ได้รับความช่วยเหลือแล้ว", "en": "Got help already"},
    "cancel_reason_mistake": {"th": "แจ้งผิด", "en": "Sent by mistake"},
    "cancel_reason_sent_twice": {"th": "แจ้งซ้ำ", "en": "Sent twice"},
    "cancel_reason_person_refused": {"th": "เจ้าตัวไม่ต้องการ", "en": "They don't want it"},
    "cancel_reason_other": {"th": "เหตุผลอื่น", "en": "Other reason"},
    "cancel_case_done": {
        "th": "ยกเลิกเรื่อง {reference} แล้วค่ะ แจ้งเจ้าหน้าที่ให้ทราบแล้ว ถ้าต้องการความช่วยเหลืออีก แจ้งใหม่ได้ทุกเมื่อค่ะ",
        "en": "Report {reference} is cancelled and staff have been told. You can report again any time.",
    },
    "cancel_case_not_open": {
        "th": "เรื่อง {reference} ยกเลิกไม่ได้แล้วค่ะ สถานะตอนนี้: {status}",
        "en": "Report {reference} can no longer be cancelled; its status is: {status}.",
    },
    "cancelled_staff": {
        "th": "ผู้แจ้งยกเลิกเรื่อง {reference} แล้วค่ะ เหตุผล: {reason}",
        "en": "The reporter cancelled case {reference}. Reason: {reason}.",
    },
    "receipt_follow": {"th": "ติดตามเรื่องนี้", "en": "Follow this report"},
    "receipt_call": {"th": "โทรหาศูนย์", "en": "Call the center"},
    "report_limit": {
        "th": "ช่วงนี้คุณแจ้งเรื่องเข้ามาหลายเรื่องแล้วค่ะ เจ้าหน้าที่กำลังดูเรื่องเหล่านั้นอยู่ จึงขอรับเรื่องใหม่ภายหลังนะคะ หากเร่งด่วน โทรสายด่วน พม. 1300 ได้ตลอด 24 ชั่วโมงค่ะ",
        "en": "You have sent several reports recently and staff are working on them, so a new report can't be taken just now. If it is urgent, call the 1300 hotline (24 hours).",
    },
    "report_burst_staff": {
        "th": "แจ้งเพื่อทราบค่ะ ผู้แจ้งรายหนึ่งส่งเรื่องเข้ามา {count} เรื่องใน 24 ชั่วโมง (ล่าสุด {reference}) ระบบจึงงดรับเรื่องใหม่จากผู้แจ้งรายนี้ชั่วคราว เรื่องที่ส่งมาแล้วยังอยู่ในรายการตามปกติค่ะ",
        "en": "For your information: one reporter sent {count} reports in 24 hours (latest {reference}), so new reports from them are paused for now. The reports already sent stay in your lists.",
    },
    "report_who": {"th": "ใครต้องการความช่วยเหลือคะ", "en": "Who needs help?"},
    "who_self": {"th": "ตัวเอง", "en": "Myself"},
    "who_family": {"th": "คนในครอบครัว", "en": "Family member"},
    "who_other": {"th": "เพื่อนบ้านหรือคนอื่น", "en": "Neighbour / other"},
    "report_danger": {
        "th": "ตอนนี้มีใครบาดเจ็บ หมดสติ ถูกทำร้าย หรือคิดทำร้ายตัวเองไหมคะ",
        "en": "Right now, is anyone hurt, unconscious, being attacked, or thinking of harming themselves?",
    },
    "danger_yes": {"th": "มีอันตราย", "en": "Yes, danger"},
    "danger_no": {"th": "ไม่มี", "en": "No"},
    "report_category": {"th": "เป็นเรื่องเกี่ยวกับกลุ่มใดคะ", "en": "Which group is this about?"},
    "cat_elderly": {"th": "ผู้สูงอายุ", "en": "Elderly"},
    "cat_bedridden": {"th": "ผู้ป่วยติดเตียง", "en": "Bedridden"},
    "cat_disability": {"th": "คนพิการ", "en": "Disability"},
    "cat_child": {"th": "เด็กและเยาวชน", "en": "Child / youth"},
    "cat_homeless": {"th": "คนไร้บ้าน", "en": "Homeless"},
    "cat_mental_health": {"th": "สุขภาพจิต", "en": "Mental health"},
    "cat_violence": {"th": "ความรุนแรงในครอบครัว", "en": "Domestic violence"},
    "cat_poverty": {"th": "ยากจน/ไม่มีรายได้", "en": "Poor / no income"},
    "cat_other": {"th": "อื่น ๆ", "en": "Other"},
    "report_needs": {
        "th": 'ต้องการความช่วยเหลือด้านใดบ้างคะ เลือกได้หลายข้อ เลือกครบแล้วกด "เสร็จแล้ว" ค่ะ',
        "en": "What help is needed? Choose any, then tap Done.",
    },
    "report_needs_chosen": {"th": "เลือกแล้ว: {chosen}", "en": "Chosen: {chosen}"},
    "needs_done": {"th": "เสร็จแล้ว", "en": "Done"},
    "needs_pick_one": {
        "th": 'ขอให้เลือกอย่างน้อย 1 ข้อก่อนนะคะ หากไม่แน่ใจ เลือก "อื่น ๆ" ได้ค่ะ',
        "en": "Please choose at least one. If unsure, choose Other.",
    },
    "need_food": {"th": "อาหาร/ถุงยังชีพ", "en": "Food / supplies"},
    "need_money": {"th": "เงินสงเคราะห์", "en": "Financial aid"},
    "need_device": {"th": "รถเข็น/ไม้เท้า", "en": "Wheelchair / cane"},
    "need_housing": {"th": "ที่อยู่อาศัย", "en": "Housing"},
    "need_medical": {"th": "การรักษาพยาบาล", "en": "Medical care"},
    "need_rights": {"th": "ขึ้นทะเบียนสวัสดิการ", "en": "Register for welfare"},
    "need_carer": {"th": "ผู้ดูแล", "en": "Carer"},
    "need_other": {"th": "อื่น ๆ", "en": "Other"},
    "report_location": {
        "th": 'ผู้ที่ต้องการความช่วยเหลืออยู่ที่ไหนคะ กด "ส่งตำแหน่ง" หรือพิมพ์ที่อยู่ เช่น ต.ในเมือง อ.เมือง จ.ขอนแก่น',
        "en": "Where is the person? Tap Share location, or type the address (subdistrict, district, province).",
    },
    "location_button": {"th": "ส่งตำแหน่ง", "en": "Share location"},
    "location_outside": {
        "th": "ขออภัยค่ะ ตำแหน่งนี้อยู่นอกประเทศไทย บริการนี้ช่วยได้เฉพาะในประเทศไทยค่ะ หากอยู่ต่างประเทศ ติดต่อสถานทูตไทยที่ใกล้ที่สุด หรือโทร 1300 ได้ค่ะ",
        "en": "Sorry, that location is outside Thailand; this service covers Thailand only. Abroad, contact the nearest Thai embassy or call 1300.",
    },
    "location_not_found": {
        "th": 'ขออภัยค่ะ ไม่พบที่อยู่นี้ ลองพิมพ์ชื่อตำบล อำเภอ และจังหวัด เช่น ต.ในเมือง อ.เมือง จ.ขอนแก่น หรือกด "ส่งตำแหน่ง" ค่ะ',
        "en": "Sorry, I couldn't find that address. Type subdistrict, district and province, or share a location.",
    },
    "location_confirm": {
        "th": "ที่อยู่นี้ใช่ไหมคะ\n{options}",
        "en": "Is this the place?\n{options}",
    },
    "location_which": {
        "th": "{name} มีหลายแห่งค่ะ ใช่แห่งไหนคะ\n{options}",
        "en": "There's more than one place called {name}. Which one do you mean?\n{options}",
    },
    "location_pick": {"th": "ใช่ ข้อ {number}", "en": "Yes, #{number}"},
    "location_retype": {"th": "ไม่ใช่ พิมพ์ใหม่", "en": "No, retype"},
    "report_name": {
        "th": 'ผู้ที่ต้องการความช่วยเหลือชื่ออะไรคะ (ถ้าไม่ทราบ กด "ข้าม" ได้ค่ะ)',
        "en": "What is the person's name? (Tap Skip if you don't know.)",
    },
    "report_name_self": {"th": 'ขอทราบชื่อของคุณค่ะ (หรือกด "ข้าม")', "en": "What is your name? (or Skip)"},
    "skip": {"th": "ข้าม", "en": "Skip"},
    "name_too_long": {
        "th": "ชื่อยาวเกินไปค่ะ ขอไม่เกิน {limit} ตัวอักษรนะคะ",
        "en": "That name is too long; at most {limit} characters please.",
    },
    "report_age": {
        "th": 'อายุประมาณกี่ปีคะ พิมพ์เป็นตัวเลข (ถ้าไม่ทราบ กด "ข้าม" ได้ค่ะ)',
        "en": "About how old? Type a number (or Skip).",
    },
    "age_invalid": {
        "th": "ขอเป็นตัวเลขอายุระหว่าง 0 ถึง 120 ปีนะคะ เช่น 75",
        "en": "Please type an age between 0 and 120, e.g. 75.",
    },
    "report_description": {
        "th": "เล่าสั้น ๆ ว่าเกิดอะไรขึ้น และต้องการให้ช่วยอย่างไรคะ (ไม่เกิน {limit} ตัวอักษร)",
        "en": "Briefly, what is happening and what help is needed? (at most {limit} characters)",
    },
    "description_too_long": {
        "th": "ข้อความยาว {length} ตัวอักษร เกินที่รับได้ {limit} ตัวอักษรค่ะ ขอสรุปให้สั้นลงแล้วส่งใหม่นะคะ เจ้าหน้าที่จะโทรถามรายละเอียดเพิ่มเติมได้ค่ะ",
        "en": "Your message has {length} characters; the limit is {limit}. Please shorten it and send again; staff can call for details.",
    },
    "description_too_short": {
        "th": "ขอรายละเอียดเพิ่มอีกนิดนะคะ อย่างน้อยสักประโยคค่ะ",
        "en": "Please add a little more, at least a sentence.",
    },
    "report_photo": {
        "th": 'มีรูปภาพประกอบไหมคะ ถ่ายรูปหรือเลือกจากอัลบั้มได้ หรือกด "ข้าม" ค่ะ',
        "en": "Do you have a photo? Take one or choose from your album, or tap Skip.",
    },
    "photo_camera": {"th": "ถ่ายรูป", "en": "Camera"},
    "photo_roll": {"th": "เลือกจากอัลบั้ม", "en": "Camera roll"},
    "photo_failed": {
        "th": 'ขออภัยค่ะ รับรูปนี้ไม่สำเร็จ ลองส่งอีกครั้ง หรือกด "ข้าม" ได้ค่ะ',
        "en": "Sorry, that photo could not be received. Send it again or tap Skip.",
    },
    "photo_received": {"th": "ได้รับรูปแล้วค่ะ", "en": "Photo received."},
    "report_phone": {
        "th": "ขอเบอร์โทรศัพท์ของคุณ เพื่อให้เจ้าหน้าที่ติดต่อกลับค่ะ เช่น 0812345678",
        "en": "Your phone number, so staff can call you back (e.g. 0812345678).",
    },
    "phone_invalid": {
        "th": "เบอร์นี้ดูไม่ถูกต้องค่ะ ขอเบอร์มือถือ 10 หลัก (เช่น 0812345678) หรือเบอร์บ้าน 9 หลัก (เช่น 021234567) นะคะ",
        "en": "That number doesn't look right. Use a 10-digit mobile (0812345678) or 9-digit landline (021234567).",
    },
    "report_consent_self": {
        "th": (
            "ก่อนส่งเรื่อง ขอความยินยอมค่ะ\n"
            "• ข้อมูลที่เก็บ: ประเภทความช่วยเหลือ ที่อยู่/ตำแหน่ง ชื่อ อายุ รายละเอียด รูปภาพ และเบอร์โทรของคุณ\n"
            "• ผู้ที่เห็นข้อมูล: เจ้าหน้าที่ศูนย์ช่วยเหลือสังคมที่รับเรื่อง และอาสาสมัครที่รับไปเยี่ยมบ้าน\n"
            "• ระยะเวลาเก็บ: {retention} วันหลังปิดเรื่อง แล้วลบข้อมูลส่วนบุคคลออก\n"
            "ยินยอมให้ใช้ข้อมูลนี้เพื่อให้ความช่วยเหลือไหมคะ"
        ),
        "en": (
            "Before sending, we need your consent.\n"
            "• Collected: type of help, address/location, name, age, description, photo and your phone\n"
            "• Seen by: the center staff handling it and the volunteer who visits\n"
            "• Kept: {retention} days after the case closes, then personal data is removed\n"
            "Do you agree to this use of the data to provide help?"
        ),
    },
    "report_consent_other": {
        "th": (
            "ก่อนส่งเรื่อง ขอแจ้งเรื่องข้อมูลส่วนบุคคลค่ะ\n"
            "• ข้อมูลที่เก็บ: ประเภทความช่วยเหลือ ที่อยู่/ตำแหน่ง ชื่อ อายุ รายละเอียด รูปภาพของผู้ที่ต้องการความช่วยเหลือ และเบอร์โทรของคุณ\n"
            "• ผู้ที่เห็นข้อมูล: เจ้าหน้าที่ศูนย์ช่วยเหลือสังคมที่รับเรื่อง และอาสาสมัครที่รับไปเยี่ยมบ้าน\n"
            "• ระยะเวลาเก็บ: {retention} วันหลังปิดเรื่อง แล้วลบข้อมูลส่วนบุคคลออก\n"
            "เจ้าตัวยินยอมให้แจ้งเรื่องนี้หรือไม่คะ"
        ),
        "en": (
            "About the personal data in this report:\n"
            "• Collected: type of help, address/location, the person's name, age, description, photo, and your phone\n"
            "• Seen by: the center staff handling it and the volunteer who visits\n"
            "• Kept: {retention} days after the case closes, then personal data is removed\n"
            "Has the person agreed to this report?"
        ),
    },
    "consent_yes": {"th": "ยินยอม", "en": "I agree"},
    "consent_person_agreed": {"th": "เจ้าตัวยินยอมแล้ว", "en": "They agreed"},
    "consent_vital": {"th": "เจ้าตัวให้ความยินยอมไม่ได้", "en": "They cannot consent"},
    "consent_reask": {"th": "ยินยอมให้แจ้งเรื่องนี้ไหมคะ เลือกจากปุ่มค่ะ", "en": "Do you agree to this report? Choose a button."},
    "consent_not_asked": {"th": "ยังไม่ได้ถามเจ้าตัว", "en": "Not asked yet"},
    "consent_no": {"th": "ไม่ยินยอม", "en": "I don't agree"},
    "consent_vital_note": {
        "th": "รับทราบค่ะ จะส่งเรื่องด้วยเหตุจำเป็นเพื่อป้องกันอันตรายต่อชีวิตหรือสุขภาพของเจ้าตัวค่ะ",
        "en": "Understood. The report will be sent to protect the person's life or health.",
    },
    "consent_declined": {
        "th": "รับทราบค่ะ ไม่สามารถส่งเรื่องได้หากไม่มีความยินยอม ข้อมูลที่กรอกไว้ถูกลบแล้ว หากต้องการปรึกษา โทรสายด่วน 1300 ได้ตลอด 24 ชั่วโมงค่ะ",
        "en": "Understood. The report can't be sent without consent and your answers were deleted. You can call hotline 1300 any time.",
    },
    "summary_title": {"th": "ตรวจสอบข้อมูลก่อนส่งค่ะ", "en": "Please check before sending"},
    "summary_alt": {"th": "สรุปเรื่องที่จะแจ้ง กรุณาตรวจสอบ", "en": "Summary of your report"},
    "summary_hint": {
        "th": 'ถ้าต้องการแก้ไข เลือกปุ่ม "แก้…" ด้านล่างได้ค่ะ',
        "en": "To change something, tap an Edit button below.",
    },
    "summary_confirm": {"th": "ยืนยันส่งเรื่อง", "en": "Send report"},
    "field_who": {"th": "ผู้ต้องการความช่วยเหลือ", "en": "Who"},
    "field_danger": {"th": "อันตรายเร่งด่วน", "en": "Immediate danger"},
    "field_category": {"th": "กลุ่ม", "en": "Group"},
    "field_needs": {"th": "ความต้องการ", "en": "Needs"},
    "field_location": {"th": "สถานที่", "en": "Place"},
    "field_name": {"th": "ชื่อ", "en": "Name"},
    "field_age": {"th": "อายุ", "en": "Age"},
    "field_description": {"th": "รายละเอียด", "en": "Details"},
    "field_photo": {"th": "รูปภาพ", "en": "Photo"},
    "field_phone": {"th": "เบอร์ติดต่อ", "en": "Phone"},
    "edit_field": {"th": "แก้: {field}", "en": "Edit: {field}"},
    "edit_who": {"th": "ใคร", "en": "who"},
    "edit_danger": {"th": "อันตราย", "en": "danger"},
    "edit_category": {"th": "กลุ่ม", "en": "group"},
    "edit_needs": {"th": "ความต้องการ", "en": "needs"},
    "edit_location": {"th": "สถานที่", "en": "place"},
    "edit_name": {"th": "ชื่อ", "en": "name"},
    "edit_age": {"th": "อายุ", "en": "age"},
    "edit_description": {"th": "รายละเอียด", "en": "details"},
    "edit_photo": {"th": "รูป", "en": "photo"},
    "edit_phone": {"th": "เบอร์", "en": "phone"},
    "yes": {"th": "มี", "en": "Yes"},
    "no": {"th": "ไม่มี", "en": "No"},
    "not_given": {"th": "ไม่ระบุ", "en": "Not given"},
    "photo_attached": {"th": "แนบ 1 รูป", "en": "1 photo"},
    "shared_location": {"th": "ตำแหน่งที่ส่งมา", "en": "Shared location"},
    "age_years": {"th": "{age} ปี", "en": "{age} years"},
    "age_under_one": {"th": "ไม่ถึง 1 ขวบ", "en": "under 1 year"},
    "report_done": {
        "th": (
            "ส่งเรื่องเรียบร้อยแล้วค่ะ\n"
            "เลขที่เรื่อง: {reference}\n"
            "ศูนย์ที่รับเรื่อง: {center}\n"
            "โทร: {phone}\n"
            "เจ้าหน้าที่จะติดต่อกลับภายใน {within} (ก่อน {due})\n"
            'ติดตามเรื่องได้ทุกเมื่อ โดยพิมพ์ "ติดตาม" ค่ะ'
        ),
        "en": (
            "Your report has been sent.\nReference: {reference}\nCenter: {center}\nPhone: {phone}\n"
            'Staff will contact you within {within} (by {due}).\nType "track" to follow it.'
        ),
    },
    "report_done_unrouted": {
        "th": (
            "บันทึกเรื่องเรียบร้อยแล้วค่ะ\nเลขที่เรื่อง: {reference}\n"
            "ตอนนี้ยังไม่มีศูนย์หรือเจ้าหน้าที่ในพื้นที่นี้อยู่ในระบบ เรื่องจึงอยู่ในรายการรอจัดศูนย์ "
            "เมื่อมีศูนย์ในพื้นที่ จะส่งให้ทันทีและแจ้งให้ทราบค่ะ\n"
            "ระหว่างนี้ หากต้องการความช่วยเหลือ โทรสายด่วน 1300 ได้ตลอด 24 ชั่วโมงค่ะ"
        ),
        "en": (
            "Your report is recorded.\nReference: {reference}\nNo center or staff for this area is in the "
            "system yet, so it waits in the queue of reports without a center; it goes to a center as soon "
            "as there is one, and you will be told.\nMeanwhile, for help call 1300 (24 hours)."
        ),
    },
    "report_done_supervisor": {
        "th": (
            "ส่งเรื่องเรียบร้อยแล้วค่ะ\nเลขที่เรื่อง: {reference}\n"
            "ยังไม่มีศูนย์ที่อยู่ใกล้พอจะรับเรื่องนี้ จึงส่งถึงเจ้าหน้าที่ระดับ{level} ({area}) "
            "ซึ่งจะติดต่อกลับภายใน {within} (ก่อน {due})\n"
            "หากเร่งด่วน โทรสายด่วน 1300 ได้ตลอด 24 ชั่วโมงค่ะ"
        ),
        "en": (
            "Your report has been sent.\nReference: {reference}\nNo center is near enough to take it, so it "
            "went to the {level} office's staff ({area}), who will contact you within {within} (by {due}).\n"
            "If urgent, call 1300 (24 hours)."
        ),
    },
    "unrouted_urgent_alert": {
        "th": (
            "เรื่องด่วนที่สุด {reference} ({area}) ไม่มีศูนย์หรือเจ้าหน้าที่ในพื้นที่รับเรื่อง "
            "อยู่ในรายการรอจัดศูนย์ กรุณาประสานผู้ดูแลระบบหรือสายด่วน 1300 ค่ะ"
        ),
        "en": "URGENT {reference} ({area}) has no center or staff in its area and waits in the unrouted queue.",
    },
    "area_unknown": {"th": "ยังไม่ทราบพื้นที่", "en": "area not known yet"},
    "unrouted_button": {"th": "เคสรอจัดศูนย์", "en": "Unrouted cases"},
    "unrouted_none": {"th": "ไม่มีเรื่องที่รอจัดศูนย์ค่ะ", "en": "No case is waiting for a center."},
    "unrouted_heading": {
        "th": "เรื่องที่รอจัดศูนย์ (ไม่มีศูนย์หรือเจ้าหน้าที่ในพื้นที่) {first}-{last} จาก {total} เรื่องค่ะ",
        "en": "Cases waiting for a center (nobody in their area) {first}-{last} of {total}:",
    },
    "unrouted_line": {
        "th": "• {reference} {urgency} · {category} · {area} · แจ้งเมื่อ {since}",
        "en": "• {reference} {urgency} · {category} · {area} · reported {since}",
    },
    "unrouted_hint": {
        "th": "เรื่องเหล่านี้จะส่งให้ศูนย์โดยอัตโนมัติเมื่อมีการนำเข้าศูนย์หรือมีเจ้าหน้าที่ในพื้นที่ค่ะ",
        "en": "They go to a center by themselves once a center or staff for their area is added.",
    },
    "dup_title": {"th": "อาจซ้ำกับเรื่องอื่น · {reference}", "en": "Possible duplicate · {reference}"},
    "dup_alt": {"th": "เรื่อง {reference} อาจซ้ำกับ {other}", "en": "{reference} may duplicate {other}"},
    "dup_line": {"th": "อาจซ้ำกับ {reference} ({why})", "en": "May duplicate {reference} ({why})"},
    "dup_why_person": {"th": "ชื่อและอายุตรงกัน ในอำเภอเดียวกัน", "en": "same name and age, same district"},
    "dup_why_place": {"th": "ตำแหน่งห่างกัน {metres} ม. กลุ่มเดียวกัน", "en": "{metres} m apart, same group"},
    "dup_note": {
        "th": "ตรวจดูก่อนรวมนะคะ ผู้แจ้งจะไม่ทราบว่ามีเรื่องซ้ำ เว้นแต่จะรวมเรื่อง",
        "en": "Check before merging; the reporter hears of it only if you merge.",
    },
    "dup_merge_into": {"th": "รวมเข้ากับ {reference}", "en": "Merge into {reference}"},
    "dup_merge_here": {"th": "รวม {reference} เข้ามา", "en": "Merge {reference} here"},
    "dup_not_same": {"th": "ไม่ซ้ำกับ {reference}", "en": "Not {reference}"},
    "dup_dismissed": {
        "th": "บันทึกแล้วค่ะว่า {reference} ไม่ซ้ำกับ {other} จะไม่แนะนำคู่นี้อีก",
        "en": "Noted: {reference} is not {other}; this pair will not be suggested again.",
    },
    "within_1h": {"th": "1 ชั่วโมง", "en": "1 hour"},
    "within_4h": {"th": "4 ชั่วโมง", "en": "4 hours"},
    "within_24h": {"th": "24 ชั่วโมง", "en": "24 hours"},
}
