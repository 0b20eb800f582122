"""Every word the bot says, keyed by name: Thai first, English where the user's LINE is English.

The bot speaks with the polite particle ค่ะ/คะ throughout. Placeholders use str.format names.
Burmese and Lao, for what citizens and reporters see, live in bot/speech/texts_my.py and bot/speech/texts_lo.py;
text() looks there first for those languages, then falls back to Thai, then English.
"""

from __future__ import annotations

import logging

from bot.speech.texts_lo import TEXTS_LO
from bot.speech.texts_my import TEXTS_MY

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
    "call_1323": {"th": "สุขภาพจิต 1323", "en": "Mental health 1323"},
    "call_1387": {"th": "สายเด็ก 1387", "en": "Child line 1387"},
    # --- the language button (bot/flows/language.py) ---
    "language_button": {"th": "🌐 ภาษา/Language", "en": "🌐 Language/ภาษา"},
    "language_question": {
        "th": "เลือกภาษาค่ะ / Choose a language / ဘာသာစကား ရွေးပါ / ເລືອກພາສາ",
        "en": "Choose a language / เลือกภาษา / ဘာသာစကား ရွေးပါ / ເລືອກພາສາ",
    },
    "language_chosen": {"th": "ต่อจากนี้จะตอบเป็นภาษาไทยค่ะ", "en": "From now on I will answer in English."},
    # --- intake from free text (issue 15) ---
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
    # --- per-user limits ---
    "slow_down": {
        "th": "ข้อความเข้ามาเร็วมากค่ะ ขอเว้นสักครู่แล้วค่อยส่งต่อนะคะ ระหว่างนี้ข้อความที่ส่งเพิ่มจะยังไม่ได้รับคำตอบ หากมีเหตุฉุกเฉิน โทรได้ทันทีจากปุ่มด้านล่างค่ะ",
        "en": "Messages are arriving very fast. Please wait a minute before sending more; until then they won't be answered. In an emergency, call now with the buttons below.",
    },
    "report_limit": {
        "th": "ช่วงนี้คุณแจ้งเรื่องเข้ามาหลายเรื่องแล้วค่ะ เจ้าหน้าที่กำลังดูเรื่องเหล่านั้นอยู่ จึงขอรับเรื่องใหม่ภายหลังนะคะ หากเร่งด่วน โทรสายด่วน พม. 1300 ได้ตลอด 24 ชั่วโมงค่ะ",
        "en": "You have sent several reports recently and staff are working on them, so a new report can't be taken just now. If it is urgent, call the 1300 hotline (24 hours).",
    },
    "report_burst_staff": {
        "th": "แจ้งเพื่อทราบค่ะ ผู้แจ้งรายหนึ่งส่งเรื่องเข้ามา {count} เรื่องใน 24 ชั่วโมง (ล่าสุด {reference}) ระบบจึงงดรับเรื่องใหม่จากผู้แจ้งรายนี้ชั่วคราว เรื่องที่ส่งมาแล้วยังอยู่ในรายการตามปกติค่ะ",
        "en": "For your information: one reporter sent {count} reports in 24 hours (latest {reference}), so new reports from them are paused for now. The reports already sent stay in your lists.",
    },
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
    # --- flow engine ---
    "flow_cancelled": {
        "th": "ยกเลิกรายการให้แล้วค่ะ ข้อมูลที่กรอกไว้ไม่ได้ถูกส่ง หากต้องการเริ่มใหม่ กดปุ่มด้านล่างได้เลยค่ะ",
        "en": "Cancelled. Nothing was sent. Tap a button below to start again.",
    },
    "flow_back_button": {"th": "ย้อนกลับ", "en": "Back"},
    "flow_cancel_button": {"th": "ยกเลิก", "en": "Cancel"},
    "flow_no_back": {"th": "นี่คือคำถามแรกแล้วค่ะ", "en": "This is the first question."},
    "flow_resume": {"th": "ทำต่อจากเดิม", "en": "Continue"},
    "flow_restart": {"th": "เริ่มใหม่", "en": "Start over"},
    "flow_resumed": {"th": "ทำต่อจากเดิมนะคะ", "en": "Let's continue."},
    "flow_expired": {
        "th": "รายการที่ทำค้างไว้หยุดไปนานแล้วค่ะ จะทำต่อจากเดิม หรือเริ่มใหม่ดีคะ",
        "en": "Your earlier report was left unfinished. Continue it or start over?",
    },
    "flow_already_open": {
        "th": "คุณมีรายการแจ้งเรื่องที่ยังทำไม่เสร็จค่ะ จะทำต่อจากเดิม หรือเริ่มใหม่ดีคะ",
        "en": "You have an unfinished report. Continue it or start over?",
    },
    "flow_replaced": {
        "th": "ยกเลิกรายการเดิมที่ยังไม่เสร็จแล้วค่ะ",
        "en": "Your unfinished item was cancelled.",
    },
    "flow_stale_button": {
        "th": "ปุ่มนี้เป็นของคำถามก่อนหน้าค่ะ ขอถามข้อที่ค้างอยู่อีกครั้งนะคะ",
        "en": "That button belongs to an earlier question. Here is the current one again.",
    },
    "reask_choice": {
        "th": "ขออภัยค่ะ ข้อนี้ขอให้เลือกจากปุ่มด้านล่างนะคะ",
        "en": "Sorry, please choose one of the buttons below.",
    },
    "reask_text": {
        "th": "ขออภัยค่ะ ข้อนี้ขอให้พิมพ์เป็นข้อความนะคะ",
        "en": "Sorry, please answer this one with a text message.",
    },
    "reask_location": {
        "th": "ขออภัยค่ะ ข้อนี้ขอให้ส่งตำแหน่ง หรือพิมพ์ที่อยู่ค่ะ",
        "en": "Sorry, please share a location or type the address.",
    },
    "reask_photo": {
        "th": 'ขออภัยค่ะ ข้อนี้ขอเป็นรูปภาพ หรือกด "ข้าม" ได้ค่ะ',
        "en": "Sorry, please send a photo, or tap Skip.",
    },
    # --- report flow ---
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
    "danger_noted": {
        "th": "โปรดโทรขอความช่วยเหลือฉุกเฉินทันทีค่ะ เรื่องนี้จะถูกส่งเป็นเรื่องด่วนที่สุด ระหว่างนี้ขอข้อมูลต่ออีกนิดนะคะ",
        "en": "Please call for emergency help now. This report will be sent as urgent. A few more questions meanwhile.",
    },
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
    "vol_accepted_staff": {
        "th": "อาสาสมัคร {name} รับไปเยี่ยมบ้านเรื่อง {reference} แล้วค่ะ",
        "en": "Volunteer {name} took the visit of {reference}.",
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
    "timeline_not_duplicate": {"th": "ตรวจแล้วว่าไม่ซ้ำ", "en": "Checked: not a duplicate"},
    "transfer_away": {
        "th": "เรื่อง {reference} ส่งต่อไปที่{center}แล้วค่ะ (โดย{name})",
        "en": "{reference} was transferred to {center} (by {name}).",
    },
    "center_supervisors": {"th": "เจ้าหน้าที่ระดับ{level} ({area})", "en": "The {level} office's staff ({area})"},
    "routed_away": {
        "th": "เรื่อง {reference} มีศูนย์ในพื้นที่รับแล้ว ส่งให้{center}ดูแลแทนค่ะ",
        "en": "{reference} now has a center near enough: it went to {center}.",
    },
    "supervisor_no_center": {
        "th": "เรื่อง {reference} ไม่มีศูนย์ใดอยู่ใกล้พอจะรับ จึงส่งถึงคุณค่ะ กรุณารับเรื่องหรือส่งต่อศูนย์ที่เหมาะสมค่ะ",
        "en": "No center is near enough to take {reference}, so it came to you: take it or transfer it to a center.",
    },
    "within_1h": {"th": "1 ชั่วโมง", "en": "1 hour"},
    "within_4h": {"th": "4 ชั่วโมง", "en": "4 hours"},
    "within_24h": {"th": "24 ชั่วโมง", "en": "24 hours"},
    # --- staff notification ---
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
    # --- staff case actions ---
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
    "choose_agency": {
        "th": "ส่งต่อเรื่อง {reference} ให้หน่วยงานใดคะ",
        "en": "Refer case {reference} to which agency?",
    },
    "agency_hospital": {"th": "โรงพยาบาล", "en": "Hospital"},
    "agency_police": {"th": "ตำรวจ", "en": "Police"},
    "agency_local_government": {"th": "ท้องถิ่น (อบต./เทศบาล)", "en": "Local government"},
    "agency_province_office": {"th": "พม.จังหวัด", "en": "Province office"},
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
    # --- tracking ---
    "track_none": {
        "th": "คุณยังไม่มีเรื่องที่แจ้งไว้ค่ะ หากต้องการแจ้ง กดปุ่มด้านล่างได้เลยค่ะ",
        "en": "You have no reports yet. Tap below to make one.",
    },
    "track_intro": {"th": "เรื่องที่คุณแจ้งไว้ล่าสุด {count} เรื่องค่ะ", "en": "Your latest {count} reports:"},
    "track_alt": {"th": "เรื่องที่คุณแจ้งไว้", "en": "Your reports"},
    "field_status": {"th": "สถานะ", "en": "Status"},
    "field_center": {"th": "ศูนย์", "en": "Center"},
    "field_updated": {"th": "อัปเดตล่าสุด", "en": "Last update"},
    "field_reported": {"th": "วันที่แจ้ง", "en": "Reported"},
    "status_assigned": {"th": "ส่งถึงศูนย์แล้ว รอรับเรื่อง", "en": "Sent to center, waiting"},
    "status_acknowledged": {"th": "เจ้าหน้าที่รับเรื่องแล้ว", "en": "Acknowledged"},
    "status_visiting": {"th": "นัดเยี่ยมบ้านแล้ว", "en": "Visit planned"},
    "status_in_progress": {"th": "กำลังประสานความช่วยเหลือ", "en": "Help being arranged"},
    "status_resolved": {"th": "ช่วยเหลือแล้ว", "en": "Help delivered"},
    "status_closed": {"th": "ปิดเรื่องแล้ว", "en": "Closed"},
    "status_referred": {"th": "ส่งต่อหน่วยงานอื่นแล้ว", "en": "Referred to another agency"},
    "status_cancelled": {"th": "ยกเลิกแล้ว", "en": "Cancelled"},
    "center_pending": {"th": "รอส่งต่อศูนย์", "en": "Awaiting a center"},
    # --- staff enrolment ---
    "enrol_done": {
        "th": "ลงทะเบียนเป็นเจ้าหน้าที่ของ {center} เรียบร้อยแล้วค่ะ เรื่องใหม่ของศูนย์จะส่งมาที่แชตนี้ค่ะ",
        "en": "You are now staff of {center}. New cases of the center will arrive in this chat.",
    },
    "enrol_already": {
        "th": "คุณเป็นเจ้าหน้าที่ของ {center} อยู่แล้วค่ะ",
        "en": "You are already staff of {center}.",
    },
    "enrol_wrong": {
        "th": "รหัสนี้ไม่ถูกต้องค่ะ กรุณาตรวจสอบรหัสจากผู้ดูแลระบบอีกครั้งนะคะ",
        "en": "That code is not valid. Please check it with your administrator.",
    },
    "enrol_used": {
        "th": "รหัสนี้ถูกใช้ไปแล้วค่ะ รหัสใช้ได้ครั้งเดียว กรุณาขอรหัสใหม่จากผู้ดูแลระบบนะคะ",
        "en": "That code has already been used. Codes work once; ask your administrator for a new one.",
    },
    "enrol_expired": {
        "th": "รหัสนี้หมดอายุแล้วค่ะ (ใช้ได้ 7 วัน) กรุณาขอรหัสใหม่จากผู้ดูแลระบบนะคะ",
        "en": "That code has expired (codes last 7 days). Ask your administrator for a new one.",
    },
    "enrol_slow_down": {
        "th": "ใส่รหัสไม่ถูกหลายครั้งแล้วค่ะ ลองใหม่ได้หลังเวลา {until} น. นะคะ",
        "en": "Too many wrong codes. Try again after {until}.",
    },
    # --- supervisors and invites ---
    "enrol_done_supervisor": {"th": "ลงทะเบียนเป็นผู้กำกับดูแลพื้นที่{area} เรียบร้อยแล้วค่ะ\nคุณเปิดดูและจัดการเรื่องของทุกศูนย์ใน{area}ได้จากเมนูด้านล่าง (เช่น เคสใหม่ ค้นหาเคส) และออกรหัสเชิญเจ้าหน้าที่ให้ศูนย์ในพื้นที่ได้ด้วยปุ่ม \"ออกรหัสเชิญ\" ค่ะ", "en": "You are now a supervisor for {area}.\nYou can see and act on the cases of every center in {area} (type เคสใหม่ or ค้นหาเคส) and issue staff invite codes for its centers with the ออกรหัสเชิญ button."},
    "enrol_done_admin": {"th": "ลงทะเบียนเป็นผู้ดูแลระบบของ{area} เรียบร้อยแล้วค่ะ\nจัดการศูนย์ เจ้าหน้าที่ และอาสาสมัครของ{area}ได้ที่ระบบงานบนเว็บ (พิมพ์ \"เว็บ\" เพื่อรับลิงก์) และดูเคสทุกศูนย์ในพื้นที่ได้จากเมนูด้านล่างค่ะ", "en": "You are now an administrator for {area}.\nManage its centers, staff and volunteers in the web console (type เว็บ for the link), and see the cases of every center there from the menu below."},
    "enrol_already_supervisor": {"th": "คุณเป็นผู้กำกับดูแลพื้นที่{area} อยู่แล้วค่ะ", "en": "You are already a supervisor for {area}."},
    "invite_not_supervisor": {"th": "ขออภัยค่ะ การออกรหัสเชิญเจ้าหน้าที่ทำได้เฉพาะผู้กำกับดูแลระดับอำเภอหรือจังหวัดค่ะ", "en": "Sorry, only district and province supervisors can issue staff invite codes."},
    "invite_choose_center": {
        "th": "จะออกรหัสเชิญเจ้าหน้าที่ให้ศูนย์ไหนคะ เลือกจากปุ่มด้านล่าง หรือพิมพ์รหัสศูนย์ก็ได้ค่ะ\n{centers}",
        "en": "Which center is the staff invite for? Choose below, or type the center's code.\n{centers}",
    },
    "invite_matches": {
        "th": "ศูนย์ที่ตรงกับ “{query}” มีดังนี้ค่ะ เลือกจากปุ่มด้านล่างได้เลยค่ะ\n{centers}",
        "en": "Centers matching “{query}”: choose one below.\n{centers}",
    },
    "invite_type_center": {
        "th": (
            "ในพื้นที่ที่คุณดูแลมี {count} ศูนย์ค่ะ "
            "พิมพ์รหัสศูนย์ หรือบางส่วนของชื่อศูนย์ (เช่น ชื่อตำบล) เพื่อเลือกศูนย์ที่จะออกรหัสเชิญได้เลยค่ะ"
        ),
        "en": (
            "There are {count} centers in your area. Type a center's code or part of its name "
            "(for example the subdistrict) to choose the one to invite staff for."
        ),
    },
    "invite_too_many": {
        "th": "มี {count} ศูนย์ที่ตรงกับ “{query}” ค่ะ พิมพ์ให้เจาะจงขึ้นอีกนิด หรือพิมพ์รหัสศูนย์นะคะ",
        "en": "{count} centers match “{query}”. Please type more of the name, or the center's code.",
    },
    "invite_no_match": {
        "th": "ไม่พบศูนย์ในพื้นที่ที่คุณดูแลที่ตรงกับ “{query}” ค่ะ ลองพิมพ์รหัสศูนย์หรือชื่อตำบลอีกครั้งนะคะ",
        "en": "No center in your area matches “{query}”. Try the center's code or the subdistrict's name.",
    },
    "invite_out_of_scope": {
        "th": "ขออภัยค่ะ ศูนย์นี้ไม่อยู่ในพื้นที่ที่คุณดูแล จึงออกรหัสเชิญให้ไม่ได้ค่ะ",
        "en": "Sorry, that center is not in your area, so no invite can be issued for it.",
    },
    "invite_issued": {"th": "รหัสเชิญเจ้าหน้าที่ของ {center} อยู่ในข้อความถัดไปค่ะ\nใช้ได้ครั้งเดียว ภายใน {expires}\nส่งรหัสนี้ให้เฉพาะคนที่จะเชิญเท่านั้น ให้เขาเพิ่มเพื่อนบัญชี LINE นี้ แล้วพิมพ์รหัสในแชตเพื่อลงทะเบียนค่ะ", "en": "The staff invite code for {center} is in the next message.\nIt works once, until {expires}.\nGive it only to the person you are inviting; they add this LINE account and send the code in their chat to enrol."},
    "invite_again": {"th": "ออกรหัสอีกศูนย์", "en": "Another invite"},
    # --- rich menus ---
    # Rich menus: one image per role, shown whatever the user's language, so Thai only. A "\n"
    # marks where the label may break when its area is narrow; the chat shows it without.
    "richmenu_chat_bar_citizen": {"th": "เมนู"},
    "richmenu_chat_bar_staff": {"th": "เมนูเจ้าหน้าที่"},
    "richmenu_chat_bar_supervisor": {"th": "เมนูผู้กำกับดูแล"},
    "richmenu_report": {"th": "แจ้งขอ\nความช่วยเหลือ"},
    "richmenu_report_hint": {"th": "ให้ตัวเองหรือคนที่เดือดร้อน"},
    "richmenu_track": {"th": "ติดตามเรื่อง"},
    "richmenu_track_hint": {"th": "เรื่องที่เคยแจ้งไว้"},
    "richmenu_hotline": {"th": "สายด่วน 1300"},
    "richmenu_hotline_hint": {"th": "โทรฟรี 24 ชั่วโมง"},
    "richmenu_new_cases": {"th": "เคสใหม่"},
    "richmenu_overdue": {"th": "เคสค้าง/\nเกินกำหนด"},
    "richmenu_search": {"th": "ค้นหาเคส"},
    "richmenu_today": {"th": "สรุปวันนี้"},
    "richmenu_console": {"th": "ระบบงานบนเว็บ"},
    "richmenu_console_hint": {"th": "แผนที่ รายงาน ส่งออก"},
    "richmenu_invite": {"th": "ออกรหัสเชิญ"},
    # --- case work: notes, transfer, duplicates, overdue, today ---
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
    # --- reminders and escalations ---
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
    "timeline_reminded": {"th": "แจ้งเตือนผู้รับผิดชอบว่าเกินกำหนด", "en": "Overdue reminder sent"},
    "timeline_at_level": {"th": "{what} (ระดับ{level})", "en": "{what} ({level} level)"},
    "timeline_escalated": {"th": "แจ้งผู้กำกับดูแลว่าเกินกำหนด", "en": "Escalated to supervisors"},
    "timeline_alert_unheard": {
        "th": "เกินกำหนด แต่ไม่มีผู้รับแจ้งในระดับนี้",
        "en": "Overdue, but nobody to tell at this level",
    },
    # --- volunteers ---
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
    "richmenu_chat_bar_volunteer": {"th": "เมนูอาสาสมัคร", "en": "Volunteer menu"},
    "richmenu_vol_offers": {"th": "งานที่เสนอ", "en": "Offers"},
    "richmenu_vol_mine": {"th": "งานของฉัน", "en": "My cases"},
    "richmenu_vol_report": {"th": "รายงานผลการเยี่ยม", "en": "Visit report"},
    "richmenu_vol_toggle": {"th": "พร้อมรับงาน/พัก", "en": "Available/pause"},
    "richmenu_volunteer_register": {"th": "สมัครอาสาสมัคร", "en": "Volunteer"},
    # --- digest and budget ---
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
    # --- reporter: updates, confirm, rate, reopen ---
    "news_heading": {"th": "ความคืบหน้าเรื่อง {reference} ที่คุณแจ้งไว้ค่ะ", "en": "News of your report {reference}:"},
    "news_acknowledged": {
        "th": "เจ้าหน้าที่{center}รับเรื่องแล้ว จะติดต่อกลับโดยเร็ว สอบถามได้ที่ {phone}",
        "en": "{center} has taken your report and will contact you soon; phone {phone}",
    },
    "news_visiting": {"th": "นัดเยี่ยมบ้านแล้ว", "en": "A home visit is planned"},
    "news_in_progress": {"th": "กำลังประสานความช่วยเหลือ", "en": "Help is being arranged"},
    "news_referred": {
        "th": "ส่งต่อให้{agency}ช่วยดูแล ศูนย์ยังติดตามเรื่องนี้อยู่",
        "en": "Referred to: {agency}; the center still follows it",
    },
    "news_resolved": {"th": "เจ้าหน้าที่ให้ความช่วยเหลือแล้ว", "en": "Help has been delivered"},
    "news_closed": {"th": "ปิดเรื่องแล้วค่ะ {outcome}", "en": "Closed ({outcome})"},
    "news_transferred": {
        "th": "ส่งต่อให้{center}ดูแลแทน สอบถามได้ที่ {phone}",
        "en": "Now handled by {center}; phone {phone}",
    },
    "news_routed": {
        "th": "ตอนนี้มีศูนย์ในพื้นที่แล้ว ส่งเรื่องให้{center}ดูแลค่ะ สอบถามได้ที่ {phone}",
        "en": "A center in your area can now take it: {center}; phone {phone}",
    },
    "news_routed_supervisor": {
        "th": "ส่งเรื่องถึงเจ้าหน้าที่ระดับ{level} ({area}) แล้ว ซึ่งจะติดต่อกลับค่ะ",
        "en": "Sent to the {level} office's staff ({area}), who will contact you",
    },
    "news_duplicate": {"th": "มีผู้แจ้งเรื่องเดียวกันนี้ไว้แล้ว จึงรวมเป็นเรื่องเดียว เจ้าหน้าที่กำลังดูแลอยู่", "en": "Merged with an earlier report of the same situation, which staff are handling"},
    "reporter_outcome_helped": {"th": "หลังให้ความช่วยเหลือเรียบร้อย", "en": "help delivered"},
    "reporter_outcome_not_found": {"th": "เนื่องจากเจ้าหน้าที่ไม่พบผู้ที่ต้องการความช่วยเหลือ หากทราบข้อมูลเพิ่มเติม แจ้งเรื่องใหม่ได้นะคะ", "en": "the person could not be found"},
    "reporter_outcome_not_eligible": {"th": "เนื่องจากไม่อยู่ในเกณฑ์ที่ศูนย์ช่วยเหลือได้ หากต้องการคำแนะนำ โทรสายด่วน 1300 ได้ค่ะ", "en": "not something the center can help with; for advice, call 1300"},
    "reporter_outcome_withdrawn": {"th": "ตามที่ขอถอนเรื่องไว้", "en": "withdrawn"},
    "reporter_outcome_deceased": {"th": "เนื่องจากผู้ที่คุณแจ้งไว้เสียชีวิตแล้ว ศูนย์ขอแสดงความเสียใจด้วยค่ะ", "en": "the person has passed away"},
    "confirm_alt": {"th": "เรื่อง {reference}: ได้รับความช่วยเหลือแล้วหรือยังคะ", "en": "Case {reference}: did help arrive?"},
    "confirm_title": {"th": "ได้รับความช่วยเหลือแล้วหรือยังคะ", "en": "Did help arrive?"},
    "confirm_body": {"th": "เจ้าหน้าที่แจ้งว่าได้ให้ความช่วยเหลือตามเรื่อง {reference} แล้วค่ะ รบกวนช่วยยืนยันด้วยนะคะ หากยังไม่ได้รับ กด \"ยังไม่ได้รับความช่วยเหลือ\" ได้ภายใน 14 วันค่ะ", "en": "Staff say help was delivered for {reference}. Please confirm; if it did not arrive, tap below within 14 days."},
    "confirm_yes": {"th": "ได้รับความช่วยเหลือแล้ว", "en": "Yes, help arrived"},
    "confirm_reopen": {"th": "ยังไม่ได้รับความช่วยเหลือ", "en": "No help yet"},
    "rate_question": {"th": "ขอบคุณค่ะ รบกวนให้คะแนนการช่วยเหลือในเรื่อง {reference} หน่อยนะคะ (1 = ควรปรับปรุง, 5 = ดีมาก)", "en": "Thank you. How would you rate the help for {reference}? (1 = poor, 5 = very good)"},
    "stars_1": {"th": "1 ควรปรับปรุง", "en": "1 poor"},
    "stars_2": {"th": "2 พอใช้", "en": "2 fair"},
    "stars_3": {"th": "3 ปานกลาง", "en": "3 average"},
    "stars_4": {"th": "4 ดี", "en": "4 good"},
    "stars_5": {"th": "5 ดีมาก", "en": "5 very good"},
    "rate_thanks": {
        "th": "ขอบคุณสำหรับคะแนน {stars} จาก 5 ค่ะ ความเห็นของคุณช่วยให้ศูนย์ทำงานได้ดีขึ้นค่ะ",
        "en": "Thank you for rating {stars} of 5. It helps the center do better.",
    },
    "feedback_thanks": {"th": "ได้รับคำตอบเรื่อง {reference} ไว้แล้วค่ะ ขอบคุณค่ะ", "en": "We already have your answer on {reference}. Thank you."},
    "feedback_not_resolved": {"th": "เรื่อง {reference} ตอนนี้อยู่ในสถานะ \"{status}\" ค่ะ", "en": "Case {reference} is now \"{status}\"."},
    "reopen_too_late": {"th": "เรื่อง {reference} ให้ความช่วยเหลือไปนานเกิน 14 วันแล้ว จึงเปิดเรื่องเดิมอีกไม่ได้ค่ะ หากยังต้องการความช่วยเหลือ แจ้งเรื่องใหม่ได้เลยนะคะ", "en": "Case {reference} was resolved more than 14 days ago and cannot be reopened. If help is still needed, please make a new report."},
    "button_report_again": {"th": "แจ้งเรื่องใหม่", "en": "New report"},
    "follow_up_alt": {
        "th": "เรื่อง {reference}: ยังต้องการความช่วยเหลืออยู่ไหมคะ",
        "en": "Case {reference}: is help still needed?",
    },
    "follow_up_title": {"th": "ยังต้องการความช่วยเหลืออยู่ไหมคะ", "en": "Is help still needed?"},
    "follow_up_body": {"th": "เมื่อ 7 วันก่อน เจ้าหน้าที่แจ้งว่าได้ให้ความช่วยเหลือตามเรื่อง {reference} แล้วค่ะ ตอนนี้ยังต้องการความช่วยเหลืออยู่ไหมคะ", "en": "A week ago staff reported that help was delivered for {reference}. Does the person still need help?"},
    "follow_up_still": {"th": "ยังต้องการความช่วยเหลือ", "en": "Still needs help"},
    "follow_up_fine": {"th": "ไม่ต้องแล้ว ขอบคุณ", "en": "No, thank you"},
    "settled": {
        "th": "ขอบคุณที่แจ้งให้ทราบค่ะ ปิดเรื่อง {reference} เรียบร้อยแล้ว หากต้องการความช่วยเหลืออีก แจ้งเรื่องใหม่ได้ตลอดนะคะ",
        "en": "Thank you for letting us know. Case {reference} is closed; you can report again at any time.",
    },
    # --- Open311 GeoReport v2 (web/open311) ---
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
    # --- PDPA requests (flask --app app privacy erase) ---
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
    "reopened": {"th": "ขออภัยที่ยังไม่ได้รับความช่วยเหลือนะคะ เปิดเรื่อง {reference} อีกครั้งแล้ว เจ้าหน้าที่จะรีบติดต่อกลับ สอบถามได้ที่ {phone} ค่ะ", "en": "Case {reference} is reopened. Staff will contact you soon; phone {phone}."},
    "reopened_staff": {"th": "ผู้แจ้งเรื่อง {reference} บอกว่ายังต้องการความช่วยเหลือ สถานะกลับเป็น \"กำลังประสานความช่วยเหลือ\" แล้วค่ะ กรุณาติดต่อผู้แจ้งโดยเร็วนะคะ", "en": "The reporter of case {reference} says help is still needed; it is back to \"Help being arranged\". Please contact them soon."},
    # --- household register, buddies and check-ins (issue 22) ---
    "reg_ask_place": {
        "th": 'บ้านของคนที่จะลงทะเบียนอยู่ที่ไหนคะ ถ้าอยู่ที่บ้านนั้นตอนนี้ กด "ส่งตำแหน่ง" หรือพิมพ์ที่อยู่ (บ้านเลขที่ หมู่ ตำบล อำเภอ) ได้ค่ะ',
        "en": "Where is the home of the person you are registering? Share the location when you are there, or type the address (house, village, subdistrict, district).",
    },
    "reg_place_not_found": {
        "th": 'หาตำบลของที่อยู่นี้ไม่พบค่ะ ลองพิมพ์ชื่อตำบลและอำเภอ หรือกด "ส่งตำแหน่ง" แทนนะคะ',
        "en": "That address's subdistrict was not found. Type the subdistrict and district, or share the location.",
    },
    "reg_ask_name": {"th": "คนที่ลงทะเบียนชื่อและนามสกุลอะไรคะ", "en": "The person's first and last name?"},
    "reg_ask_birth": {
        "th": "เกิดปี พ.ศ. ไหนคะ (เช่น 2482) ถ้าไม่ทราบ พิมพ์อายุโดยประมาณได้ค่ะ",
        "en": "Year of birth? (e.g. 1939) If unknown, type the approximate age.",
    },
    "reg_birth_invalid": {
        "th": "ขออภัยค่ะ ขอเป็นปี พ.ศ. 4 หลัก (เช่น 2482) หรืออายุเป็นตัวเลขนะคะ",
        "en": "Please type a four-digit year (e.g. 1939) or an age in digits.",
    },
    "reg_ask_sex": {"th": "เพศอะไรคะ", "en": "Sex?"},
    "reg_sex_male": {"th": "ชาย", "en": "Male"},
    "reg_sex_female": {"th": "หญิง", "en": "Female"},
    "reg_sex_unstated": {"th": "ไม่ระบุ", "en": "Not stated"},
    "reg_ask_id4": {
        "th": 'ขอเลขบัตรประชาชน 4 ตัวท้าย (ถ้ามี) ไว้แยกคนที่ชื่อซ้ำกันค่ะ ถ้าไม่มีบัตรหรือบัตรหมดอายุ กด "ข้าม" ได้เลยนะคะ',
        "en": "The last 4 digits of the ID card, if any (they tell people with the same name apart). None or expired: skip.",
    },
    "reg_skip": {"th": "ข้าม", "en": "Skip"},
    "reg_id4_invalid": {"th": 'ขอเป็นตัวเลข 4 หลักค่ะ หรือกด "ข้าม" ได้นะคะ', "en": "Four digits, please, or skip."},
    "reg_ask_groups": {
        "th": 'อยู่ในกลุ่มเปราะบางกลุ่มใดบ้างคะ เลือกได้หลายข้อ เลือกครบแล้วกด "เสร็จแล้ว" ค่ะ',
        "en": "Which vulnerable groups? Pick all that apply, then Done.",
    },
    "reg_group_poor": {"th": "ยากจน/ไม่มีรายได้", "en": "Poor / no income"},
    "reg_group_carer": {"th": "มีภาระพึ่งพิง", "en": "Carer of dependants"},
    "reg_group_elderly_alone": {"th": "ผู้สูงอายุอยู่ลำพัง", "en": "Elderly, alone"},
    "reg_group_homeless": {"th": "ไร้ที่พึ่ง", "en": "Homeless"},
    "reg_group_chronic_illness": {"th": "ป่วยเรื้อรัง/จิตเวช", "en": "Chronic/psychiatric"},
    "reg_group_disability": {"th": "คนพิการ", "en": "Disability"},
    "reg_group_bedridden": {"th": "ติดเตียง", "en": "Bedridden"},
    "reg_group_no_health_cover": {"th": "ไม่มีสิทธิรักษา", "en": "No health cover"},
    "reg_group_stateless": {"th": "ไร้สถานะ", "en": "Stateless"},
    "reg_groups_pick_one": {"th": "เลือกอย่างน้อย 1 กลุ่มก่อนนะคะ", "en": "Pick at least one group first."},
    "reg_ask_needs": {
        "th": 'ตอนนี้ต้องการความช่วยเหลือด้านใดบ้างคะ เลือกได้หลายข้อ ถ้ายังไม่ต้องการ กด "เสร็จแล้ว" ได้เลยค่ะ',
        "en": "What help is needed now? Pick any, or Done if none.",
    },
    "reg_ask_phone": {
        "th": 'ขอเบอร์โทรที่ติดต่อเจ้าตัวหรือญาติได้ค่ะ ถ้าไม่มี กด "ไม่มีโทรศัพท์" ได้ค่ะ',
        "en": "A phone number for the person or a relative? If none, tap No phone.",
    },
    "reg_no_phone": {"th": "ไม่มีโทรศัพท์", "en": "No phone"},
    "reg_ask_photo": {
        "th": 'ถ่ายรูปเจ้าตัวไว้ให้คู่ดูแลจำหน้าได้ (ถ้าเจ้าตัวยินยอม) หรือกด "ข้าม" ได้ค่ะ',
        "en": "A photo of the person helps their buddy know them (if they agree), or skip.",
    },
    "reg_ask_basis": {
        "th": (
            "ข้อมูลนี้เป็นข้อมูลอ่อนไหวค่ะ เก็บได้เมื่อเจ้าตัวยินยอม หรือเพื่อภารกิจของรัฐ "
            "หรือเพื่อป้องกันอันตรายต่อชีวิตเมื่อเจ้าตัวให้ความยินยอมไม่ได้ เลือกข้อที่ตรงกับกรณีนี้นะคะ"
        ),
        "en": "This is sensitive data: kept with the person's consent, for a public task, or to protect their life when they cannot consent. Which applies?",
    },
    "reg_basis_consent": {"th": "เจ้าตัวยินยอม", "en": "Person consents"},
    "reg_basis_public_task": {"th": "ภารกิจของรัฐ", "en": "Public task"},
    "reg_basis_vital_interest": {"th": "ป้องกันอันตรายต่อชีวิต", "en": "Vital interest"},
    "reg_ask_consent_form": {
        "th": "ถ่ายรูปใบยินยอมที่เจ้าตัวลงชื่อแล้วส่งมา หรือพิมพ์ว่าใครยินยอมเมื่อไร (เช่น ยินยอมด้วยวาจา ต่อหน้าผู้ใหญ่บ้าน) ได้ค่ะ",
        "en": "Send a photo of the signed consent form, or type who consented and how (e.g. verbally, before the village head).",
    },
    "reg_field_place": {"th": "ที่อยู่", "en": "Home"},
    "reg_field_birth": {"th": "ปีเกิด (พ.ศ.)", "en": "Born (B.E.)"},
    "reg_field_sex": {"th": "เพศ", "en": "Sex"},
    "reg_field_id4": {"th": "บัตร 4 ตัวท้าย", "en": "ID last 4"},
    "reg_field_groups": {"th": "กลุ่ม", "en": "Groups"},
    "reg_field_basis": {"th": "ฐานทางกฎหมาย", "en": "Lawful basis"},
    "reg_field_members": {"th": "คนในบ้าน", "en": "Household"},
    "reg_field_buddy": {"th": "คู่ดูแล", "en": "Buddy"},
    "reg_field_next": {"th": "ติดตามครั้งถัดไป", "en": "Next check-in"},
    "reg_field_cases": {"th": "เรื่องที่เปิด", "en": "Cases"},
    "reg_summary_title": {"th": "ตรวจข้อมูลก่อนบันทึกค่ะ", "en": "Check before saving"},
    "reg_summary_hint": {
        "th": 'ถ้าถูกต้องแล้ว กด "บันทึก" หรือเลือกข้อที่ต้องการแก้ได้ค่ะ',
        "en": "Save if correct, or pick a field to change.",
    },
    "reg_duplicate_warning": {
        "th": "⚠️ อาจซ้ำกับคนที่ลงทะเบียนไว้แล้วในตำบลนี้ค่ะ\n{found}\nถ้าเป็นคนเดียวกัน กดยกเลิกได้เลยนะคะ",
        "en": "⚠️ Possibly already registered in this subdistrict:\n{found}\nIf it is the same person, cancel.",
    },
    "reg_duplicate_line": {
        "th": "- เลขที่ {number}: {name} เกิด พ.ศ. {year}",
        "en": "- No. {number}: {name}, born {year}",
    },
    "reg_confirm": {"th": "บันทึก", "en": "Save"},
    "reg_not_allowed": {
        "th": "ขออภัยค่ะ การลงทะเบียนทำได้เฉพาะอาสาสมัครที่ศูนย์อนุมัติแล้วหรือเจ้าหน้าที่ศูนย์นะคะ",
        "en": "Sorry, only approved volunteers and center staff can register people.",
    },
    "reg_saved": {
        "th": "บันทึก {name} ในทะเบียนของ{center}แล้วค่ะ (เลขที่ {number}) ติดตามเยี่ยมทุก {days} วัน เจ้าหน้าที่ศูนย์จะจัดคู่ดูแลให้นะคะ",
        "en": "{name} is on the register of {center} (No. {number}); check-in every {days} days. The center's staff will assign a buddy.",
    },
    "reg_new_person_staff": {
        "th": "มีการลงทะเบียนกลุ่มเปราะบางรายใหม่ เลขที่ {number} ยังไม่มีคู่ดูแลค่ะ รบกวนจัดคู่ดูแลด้วยนะคะ",
        "en": "A vulnerable person was registered, No. {number}, without a buddy yet. Please assign one.",
    },
    "reg_add_member": {"th": "เพิ่มคนในบ้านเดียวกัน", "en": "Add household member"},
    "reg_view_person": {"th": "ดูข้อมูล", "en": "View"},
    "reg_refused": {
        "th": "ขออภัยค่ะ บัญชีนี้ไม่มีสิทธิ์ดูหรือแก้ไขข้อมูลคนนี้ค่ะ",
        "en": "Sorry, this account may not see or change this person.",
    },
    "reg_counts": {
        "th": (
            "ทะเบียนกลุ่มเปราะบาง: {total} คน\nเลยกำหนดติดตาม: {overdue} คน\nยังไม่มีคู่ดูแล: {without} คน\n\n"
            "ตามกลุ่ม\n{groups}\n\nตามตำบล\n{areas}"
        ),
        "en": "Register: {total} people\nCheck-in overdue: {overdue}\nWithout a buddy: {without}\n\nBy group\n{groups}\n\nBy subdistrict\n{areas}",
    },
    "reg_list_overdue": {"th": "เลยกำหนด ({n})", "en": "Overdue ({n})"},
    "reg_list_without_buddy": {"th": "ไม่มีคู่ดูแล ({n})", "en": "No buddy ({n})"},
    "reg_new_button": {"th": "ลงทะเบียนคนใหม่", "en": "Register someone"},
    "reg_list_empty_mine": {"th": "คุณยังไม่ได้เป็นคู่ดูแลของใครค่ะ", "en": "You are nobody's buddy yet."},
    "reg_list_empty_overdue": {"th": "ไม่มีใครเลยกำหนดติดตามค่ะ", "en": "No check-in is overdue."},
    "reg_list_empty_without_buddy": {"th": "ทุกคนมีคู่ดูแลแล้วค่ะ", "en": "Everyone has a buddy."},
    "reg_list_title_mine": {"th": "คนที่คุณดูแล", "en": "The people you look after"},
    "reg_list_title_overdue": {"th": "เลยกำหนดติดตาม", "en": "Check-in overdue"},
    "reg_list_title_without_buddy": {"th": "ยังไม่มีคู่ดูแล", "en": "Without a buddy"},
    "reg_list_line": {"th": "{number}) {name} ติดตาม {due}", "en": "{number}) {name}, check-in {due}"},
    "reg_open_n": {"th": "ดูคนที่ {number}", "en": "Open {number}"},
    "reg_person_title": {"th": "ทะเบียนเลขที่ {number}", "en": "Register No. {number}"},
    "reg_history_title": {"th": "การติดตามล่าสุด", "en": "Latest check-ins"},
    "reg_history_line": {"th": "- {date} {mode}: {outcome}", "en": "- {date} {mode}: {outcome}"},
    "reg_mode_visited": {"th": "เยี่ยมบ้าน", "en": "Visited"},
    "reg_mode_phoned": {"th": "โทรถาม", "en": "Phoned"},
    "reg_outcome_fine": {"th": "สบายดี", "en": "Fine"},
    "reg_outcome_needs": {"th": "ต้องการความช่วยเหลือ", "en": "Needs help"},
    "reg_buddy_named": {"th": "มีแล้ว", "en": "Assigned"},
    "reg_no_buddy": {"th": "ยังไม่มี", "en": "None yet"},
    "reg_check_in_visited": {"th": "เยี่ยมบ้านแล้ว", "en": "Visited"},
    "reg_check_in_phoned": {"th": "โทรถามแล้ว", "en": "Phoned"},
    "reg_buddy_button": {"th": "จัดคู่ดูแล", "en": "Assign buddy"},
    "reg_close_button": {"th": "ปิดทะเบียน", "en": "Close"},
    "reg_buddy_none": {
        "th": "ศูนย์ยังไม่มีอาสาสมัครที่ว่างหรือเจ้าหน้าที่ให้เลือกค่ะ",
        "en": "The center has no available volunteer or staff member to choose.",
    },
    "reg_buddy_choose": {
        "th": "เลือกคู่ดูแลของทะเบียนเลขที่ {number} ค่ะ (เรียงจากใกล้บ้านที่สุด)",
        "en": "Choose a buddy for No. {number} (nearest the home first).",
    },
    "reg_buddy_line": {"th": "{number}) {name} ({kind}) {km} กม.", "en": "{number}) {name} ({kind}) {km} km"},
    "reg_kind_volunteer": {"th": "อาสาสมัคร", "en": "volunteer"},
    "reg_kind_staff": {"th": "เจ้าหน้าที่", "en": "staff"},
    "reg_buddy_pick": {"th": "คนที่ {number} ({km} กม.)", "en": "No. {number} ({km} km)"},
    "reg_buddy_done": {
        "th": "จัดให้ {name} เป็นคู่ดูแลของทะเบียนเลขที่ {number} แล้วค่ะ",
        "en": "{name} is now the buddy of No. {number}.",
    },
    "reg_buddy_told": {
        "th": "ศูนย์ขอให้คุณเป็นคู่ดูแลของ {name} (ทะเบียนเลขที่ {number}) ค่ะ ระบบจะเตือนให้เยี่ยมบ้านหรือโทรถามทุก {days} วันนะคะ",
        "en": "The center asks you to be the buddy of {name} (No. {number}). You will be reminded to check in every {days} days.",
    },
    "reg_ask_outcome": {"th": "{name} เป็นอย่างไรบ้างคะ", "en": "How is {name}?"},
    "reg_check_in_saved": {
        "th": "บันทึกการติดตาม {name} แล้วค่ะ ครั้งถัดไป {due} ขอบคุณที่ช่วยดูแลนะคะ",
        "en": "Check-in of {name} saved; next one {due}. Thank you.",
    },
    "reg_case_description": {
        "th": "จากการติดตามกลุ่มเปราะบาง ({mode}) ทะเบียนเลขที่ {number}: ต้องการความช่วยเหลือ",
        "en": "From a register check-in ({mode}), No. {number}: needs help",
    },
    "reg_case_opened": {
        "th": "เปิดเรื่อง {reference} ให้ {name} แล้วค่ะ ใช้ข้อมูลจากทะเบียน ส่งถึงศูนย์แล้วนะคะ",
        "en": "Case {reference} is opened for {name} from the register and sent to the center.",
    },
    "reg_ask_close": {
        "th": "ปิดทะเบียนเลขที่ {number} เพราะอะไรคะ ถ้าเจ้าตัวขอให้ลบข้อมูล ข้อมูลส่วนตัวจะถูกลบทันทีนะคะ",
        "en": "Why close No. {number}? If the person asked to be removed, their personal data is removed now.",
    },
    "reg_close_moved": {"th": "ย้ายออก", "en": "Moved"},
    "reg_close_died": {"th": "เสียชีวิต", "en": "Died"},
    "reg_close_request": {"th": "เจ้าตัวขอให้ลบ", "en": "Asked to be removed"},
    "reg_closed_moved": {"th": "ปิดทะเบียนเลขที่ {number} (ย้ายออก) แล้วค่ะ", "en": "No. {number} closed (moved)."},
    "reg_closed_died": {"th": "ปิดทะเบียนเลขที่ {number} (เสียชีวิต) แล้วค่ะ", "en": "No. {number} closed (died)."},
    "reg_closed_request": {
        "th": "นำทะเบียนเลขที่ {number} ออกและลบข้อมูลส่วนตัวตามคำขอแล้วค่ะ",
        "en": "No. {number} is removed from the register and their personal data erased, as asked.",
    },
    "reg_reminder_remind": {
        "th": "ถึงกำหนดติดตาม {name} (ทะเบียนเลขที่ {number}) แล้วค่ะ เยี่ยมบ้านหรือโทรถามแล้ว กดปุ่มด้านล่างได้เลยนะคะ",
        "en": "Time to check in on {name} (No. {number}). Visited or phoned? Tap below.",
    },
    "reg_reminder_missed": {
        "th": "ยังไม่ได้บันทึกการติดตาม {name} (ทะเบียนเลขที่ {number}) ที่ครบกำหนด {due} ค่ะ รบกวนเยี่ยมบ้านหรือโทรถามด้วยนะคะ",
        "en": "The check-in of {name} (No. {number}) due {due} is still missing. Please visit or phone.",
    },
    "reg_escalated": {
        "th": "ทะเบียนเลขที่ {number}: คู่ดูแลยังไม่ได้เยี่ยมหรือโทรถามตามกำหนด {due} ค่ะ รบกวนเจ้าหน้าที่ตามเรื่องหรือเปลี่ยนคู่ดูแลนะคะ",
        "en": "No. {number}: the buddy has not checked in (due {due}). Please follow up or change the buddy.",
    },
    "reg_escalated_no_buddy": {
        "th": "ทะเบียนเลขที่ {number}: ถึงกำหนดติดตาม {due} แล้ว แต่ยังไม่มีคู่ดูแลค่ะ รบกวนจัดคู่ดูแลด้วยนะคะ",
        "en": "No. {number}: a check-in was due {due} and there is no buddy. Please assign one.",
    },
    # --- e-referral (issue 23): the chat flow, notices, reminders, the PDF form (ใบส่งต่อ) ---
    "agency_health_station": {"th": "รพ.สต.", "en": "Health station"},
    "agency_school": {"th": "โรงเรียน", "en": "School"},
    "agency_ngo": {"th": "องค์กรเอกชน", "en": "NGO"},
    "refer_choose_kind": {
        "th": "ส่งต่อเรื่อง {reference} ให้หน่วยงานประเภทไหนคะ",
        "en": "Refer case {reference} to which kind of agency?",
    },
    "refer_choose_agency": {
        "th": "เลือกหน่วยงานด้านล่าง (ใกล้ที่สุดก่อน) หรือพิมพ์ชื่อหน่วยงานได้เลยค่ะ",
        "en": "Choose an agency below (nearest first), or type its name.",
    },
    "refer_no_agency_of_kind": {
        "th": "ยังไม่มี{kind}ในรายชื่อของพื้นที่นี้ค่ะ พิมพ์ชื่อหน่วยงานได้เลย หรือกดย้อนกลับเพื่อเลือกประเภทอื่นนะคะ",
        "en": "No {kind} is listed for this area. Type an agency's name, or go back to choose another kind.",
    },
    "refer_agency_not_found": {
        "th": "ไม่พบหน่วยงานชื่อ “{typed}” ในรายชื่อค่ะ ลองพิมพ์ใหม่อีกครั้งนะคะ",
        "en": "No agency called “{typed}” is listed. Please type it again.",
    },
    "refer_reason_prompt": {
        "th": "ส่งต่อให้{agency}เพราะอะไรคะ พิมพ์เหตุผลสั้น ๆ ได้เลยค่ะ",
        "en": "Why is the case referred to {agency}? Type a short reason.",
    },
    "refer_request_prompt": {
        "th": "ขอให้{agency}ช่วยดำเนินการอะไรคะ",
        "en": "What do you ask {agency} to do?",
    },
    "refer_text_too_long": {
        "th": "ยาวเกินไปค่ะ กรุณาพิมพ์ไม่เกิน {limit} ตัวอักษรนะคะ",
        "en": "That is too long: at most {limit} characters, please.",
    },
    "refer_parts_prompt": {
        "th": "เลือกข้อมูลที่จะส่งให้{agency}ค่ะ ส่งเท่าที่จำเป็นนะคะ\nเลือกแล้ว: {chosen}\nแตะอีกครั้งเพื่อเอาออก แล้วกด “เลือกเสร็จแล้ว”",
        "en": "Choose what to share with {agency}: only what they need.\nChosen: {chosen}\nTap again to remove; then “Done”.",
    },
    "refer_parts_none": {"th": "ยังไม่ได้เลือก (ส่งเฉพาะประเภทเรื่องและพื้นที่)", "en": "nothing yet (only the group and area)"},
    "refer_parts_done": {"th": "เลือกเสร็จแล้ว", "en": "Done"},
    "refer_part_chosen": {"th": "✓ {part}", "en": "✓ {part}"},
    "refer_part_person": {"th": "ชื่อและอายุ", "en": "Name and age"},
    "refer_part_contact": {"th": "เบอร์ติดต่อ", "en": "Contact phone"},
    "refer_part_address": {"th": "ที่อยู่และพิกัด", "en": "Address and pin"},
    "refer_part_description": {"th": "รายละเอียดเรื่อง", "en": "What happened"},
    "refer_part_needs": {"th": "ความต้องการ", "en": "Needs"},
    "refer_part_timeline": {"th": "ลำดับเหตุการณ์", "en": "Timeline"},
    "refer_part_visit": {"th": "ผลการเยี่ยมบ้าน", "en": "Visit report"},
    "refer_part_photos": {"th": "รูปภาพ", "en": "Photos"},
    "refer_basis_prompt": {
        "th": "ส่งข้อมูลนี้โดยอาศัยฐานทางกฎหมายใดคะ",
        "en": "On which lawful basis is this shared?",
    },
    "basis_consent": {"th": "ได้รับความยินยอม", "en": "Consent"},
    "basis_vital_interest": {"th": "ป้องกันอันตรายต่อชีวิต", "en": "Vital interest"},
    "basis_public_task": {"th": "ภารกิจของรัฐ", "en": "Public task"},
    "basis_legal_obligation": {"th": "หน้าที่ตามกฎหมาย", "en": "Legal obligation"},
    "basis_long_consent": {
        "th": "ได้รับความยินยอมจากเจ้าของข้อมูลส่วนบุคคล",
        "en": "The data subject's consent",
    },
    "basis_long_vital_interest": {
        "th": "เพื่อป้องกันหรือระงับอันตราย ต่อชีวิต ร่างกาย หรือสุขภาพของบุคคล",
        "en": "To prevent or suppress a danger to a person's life, body or health",
    },
    "basis_long_public_task": {
        "th": "เพื่อปฏิบัติหน้าที่ในการดำเนินภารกิจ เพื่อประโยชน์สาธารณะ หรือการใช้อำนาจรัฐ",
        "en": "A task carried out in the public interest or in official authority",
    },
    "basis_long_legal_obligation": {
        "th": "เพื่อปฏิบัติตามกฎหมาย",
        "en": "Compliance with a legal obligation",
    },
    "refer_confirm": {
        "th": "ตรวจสอบก่อนส่งนะคะ\nถึง: {agency}\nเหตุผล: {reason}\nขอให้: {request}\nข้อมูลที่ส่ง: {parts}\nฐานทางกฎหมาย: {basis}",
        "en": "Please check before sending.\nTo: {agency}\nReason: {reason}\nAsked: {request}\nShared: {parts}\nLawful basis: {basis}",
    },
    "refer_send_button": {"th": "ส่งใบส่งต่อ", "en": "Send referral"},
    "refer_sent": {
        "th": "ส่งใบส่งต่อเรื่อง {reference} ถึง{agency}{channels}แล้วค่ะ{by_hand}\nถ้ายังไม่มีการตอบรับภายใน {due} จะแจ้งเตือนนะคะ",
        "en": "Referral of case {reference} sent to {agency}{channels}.{by_hand}\nIf it is not acknowledged by {due}, you will be reminded.",
    },
    "refer_by_email": {"th": " ทางอีเมล", "en": " by email"},
    "refer_by_line": {"th": " ทาง LINE ", "en": " in LINE"},
    "refer_by_email_and_line": {"th": " ทางอีเมลและ LINE ", "en": " by email and in LINE"},
    "refer_by_hand": {
        "th": " หน่วยงานนี้ไม่มีอีเมลหรือ LINE ในรายชื่อ กรุณาส่งลิงก์หรือ PDF ให้หน่วยงานเองนะคะ",
        "en": " This agency has no email or LINE listed: please pass on the link or the PDF yourself.",
    },
    "refer_pdf_button": {"th": "ดาวน์โหลด PDF", "en": "Download PDF"},
    "refer_link_button": {"th": "ลิงก์ของหน่วยงาน", "en": "Agency's link"},
    "refer_withdraw_button": {"th": "ถอนใบส่งต่อ", "en": "Withdraw"},
    "refer_list_button": {"th": "ใบส่งต่อ", "en": "Referrals"},
    "refer_not_allowed": {
        "th": "เรื่อง {reference} อยู่ในสถานะ “{status}” ส่งต่อหน่วยงานไม่ได้ค่ะ",
        "en": "Case {reference} is “{status}”: it cannot be referred.",
    },
    "refer_unknown_agency": {
        "th": "หน่วยงานนี้ไม่อยู่ในรายชื่อแล้วค่ะ กรุณาเลือกใหม่นะคะ",
        "en": "That agency is no longer listed. Please choose again.",
    },
    "refer_none_yet": {"th": "เรื่อง {reference} ยังไม่มีใบส่งต่อค่ะ", "en": "Case {reference} has no referrals yet."},
    "refer_card_alt": {"th": "ใบส่งต่อเรื่อง {reference}", "en": "Referrals of case {reference}"},
    "refer_card_line": {"th": "{state} · ส่งเมื่อ {sent}", "en": "{state} · sent {sent}"},
    "refer_withdrawn": {
        "th": "ถอนใบส่งต่อเรื่อง {reference} ถึง{agency}แล้วค่ะ ลิงก์ของหน่วยงานใช้ไม่ได้แล้วนะคะ",
        "en": "The referral of case {reference} to {agency} is withdrawn; the agency's link no longer works.",
    },
    "referral_state_sent": {"th": "ส่งแล้ว รอตอบรับ", "en": "Sent, waiting"},
    "referral_state_received": {"th": "หน่วยงานได้รับแล้ว", "en": "Received"},
    "referral_state_accepted": {"th": "หน่วยงานรับดูแล", "en": "Accepted"},
    "referral_state_declined": {"th": "ไม่อยู่ในอำนาจหน้าที่", "en": "Not their remit"},
    "referral_state_done": {"th": "ดำเนินการแล้ว", "en": "Done"},
    "referral_state_withdrawn": {"th": "ถอนแล้ว", "en": "Withdrawn"},
    "field_referrals": {"th": "การส่งต่อ", "en": "Referrals"},
    "agency_line_new": {
        "th": "{center} ส่งต่อเรื่อง {reference} ({category}) ถึง{agency}ค่ะ\nขอให้: {request}\nกรุณาเปิดใบส่งต่อ แล้วกดแจ้งว่าได้รับเรื่องนะคะ",
        "en": "{center} refers case {reference} ({category}) to {agency}.\nAsked: {request}\nPlease open the referral and confirm you received it.",
    },
    "agency_open_button": {"th": "เปิดใบส่งต่อ", "en": "Open referral"},
    "referral_owner_received": {
        "th": "{agency} ได้รับใบส่งต่อเรื่อง {reference} แล้วค่ะ",
        "en": "{agency} has received the referral of case {reference}.",
    },
    "referral_owner_accepted": {
        "th": "{agency} รับดูแลเรื่อง {reference} แล้วค่ะ{note}",
        "en": "{agency} has accepted case {reference}.{note}",
    },
    "referral_owner_declined": {
        "th": "{agency} แจ้งว่าเรื่อง {reference} ไม่อยู่ในอำนาจหน้าที่ค่ะ{note}\nส่งต่อหน่วยงานอื่นได้จากปุ่มด้านล่างนะคะ",
        "en": "{agency} says case {reference} is not their remit.{note}\nYou can refer it elsewhere below.",
    },
    "referral_owner_done": {
        "th": "{agency} แจ้งว่าดำเนินการเรื่อง {reference} แล้วค่ะ{note}",
        "en": "{agency} reports case {reference} done.{note}",
    },
    "referral_note_line": {"th": "\nหมายเหตุจากหน่วยงาน: {note}", "en": "\nTheir note: {note}"},
    "referral_reminder": {
        "th": "ใบส่งต่อเรื่อง {reference} ถึง{agency} ยังไม่มีการตอบรับตั้งแต่ {sent} ค่ะ ลองโทรติดตามที่ {phone} นะคะ",
        "en": "The referral of case {reference} to {agency} has not been acknowledged since {sent}. Try calling {phone}.",
    },
    "referral_escalation": {
        "th": "แจ้ง{level}: ใบส่งต่อเรื่อง {reference} ของ{center} ถึง{agency} ยังไม่มีการตอบรับตั้งแต่ {sent} ค่ะ",
        "en": "For the {level}: the referral of case {reference} by {center} to {agency} is unacknowledged since {sent}.",
    },
    "referral_mail_failed": {
        "th": "ส่งอีเมลใบส่งต่อเรื่อง {reference} ถึง{agency} ไม่สำเร็จค่ะ กรุณาส่งลิงก์หรือ PDF ให้หน่วยงานเองนะคะ",
        "en": "The referral email of case {reference} to {agency} could not be sent: please pass on the link or PDF.",
    },
    "timeline_referral_sent": {"th": "ส่งต่อหน่วยงาน", "en": "Referred"},
    "timeline_referral_received": {"th": "หน่วยงานได้รับใบส่งต่อ", "en": "Referral received"},
    "timeline_referral_accepted": {"th": "หน่วยงานรับดูแล", "en": "Referral accepted"},
    "timeline_referral_declined": {"th": "หน่วยงานแจ้งว่าไม่อยู่ในอำนาจหน้าที่", "en": "Referral declined"},
    "timeline_referral_done": {"th": "หน่วยงานดำเนินการแล้ว", "en": "Referral done"},
    "timeline_referral_withdrawn": {"th": "ถอนใบส่งต่อ", "en": "Referral withdrawn"},
    "timeline_referral_reminded": {"th": "เตือนติดตามใบส่งต่อ", "en": "Referral reminder"},
    "timeline_referral_escalated": {"th": "แจ้งผู้กำกับเรื่องใบส่งต่อ", "en": "Referral escalated"},
    "timeline_referral_mail_failed": {"th": "ส่งอีเมลใบส่งต่อไม่สำเร็จ", "en": "Referral email failed"},
    "news_referral_accepted": {"th": "{agency}รับดูแลเรื่องนี้แล้ว", "en": "{agency} has taken it on"},
    "news_referral_done": {"th": "{agency}แจ้งว่าดำเนินการแล้ว", "en": "{agency} reports it done"},
    "referral_email_subject": {"th": "ใบส่งต่อเรื่อง {reference} จาก{center}", "en": "Referral {reference} from {center}"},
    "referral_email_body": {
        "th": (
            "เรียน {agency}\n\n{center} ขอส่งต่อเรื่อง {reference} ({category}) เพื่อโปรดพิจารณาให้ความช่วยเหลือ\n"
            "ขอความอนุเคราะห์: {request}\n\nใบส่งต่อแนบมาพร้อมนี้ (PDF) กรุณาแจ้งรับเรื่องและแจ้งผลการดำเนินการได้ที่\n{url}\n"
            "(ลิงก์ใช้ได้ถึง {expires})\n\nเอกสารนี้มีข้อมูลส่วนบุคคล โปรดใช้เพื่อการช่วยเหลือตามที่ส่งต่อเท่านั้น\n{center} โทร {phone}"
        ),
        "en": (
            "To {agency}\n\n{center} refers case {reference} ({category}) to you for help.\nAsked: {request}\n\n"
            "The referral form is attached (PDF). Please confirm receipt and report the outcome at\n{url}\n"
            "(the link works until {expires})\n\nThis holds personal data: use it only for this referral.\n{center}, phone {phone}"
        ),
    },
    "pdf_title": {"th": "ใบส่งต่อผู้รับบริการ", "en": "Referral form"},
    "pdf_issuer": {
        "th": "ศูนย์ช่วยเหลือสังคม กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
        "en": "Social assistance center, Ministry of Social Development and Human Security",
    },
    "pdf_reference": {"th": "เลขที่เรื่อง", "en": "Case reference"},
    "pdf_date": {"th": "วันที่ส่งต่อ", "en": "Referred on"},
    "pdf_from": {"th": "หน่วยงานผู้ส่งต่อ", "en": "From"},
    "pdf_officer": {"th": "เจ้าหน้าที่ผู้ส่งต่อ", "en": "Referring officer"},
    "pdf_to": {"th": "เรียน", "en": "To"},
    "pdf_reason": {"th": "เหตุผลในการส่งต่อ", "en": "Reason for referral"},
    "pdf_request": {"th": "ขอความอนุเคราะห์", "en": "Asked of the agency"},
    "pdf_basis": {"th": "ฐานในการเปิดเผยข้อมูล", "en": "Lawful basis for sharing"},
    "pdf_category": {"th": "ประเภทความช่วยเหลือ", "en": "Kind of help"},
    "pdf_urgency": {"th": "ความเร่งด่วน", "en": "Urgency"},
    "pdf_area": {"th": "พื้นที่", "en": "Area"},
    "pdf_section_referral": {"th": "รายละเอียดการส่งต่อ", "en": "The referral"},
    "pdf_section_case": {"th": "ข้อมูลผู้รับบริการ", "en": "The person and the case"},
    "pdf_section_timeline": {"th": "ลำดับเหตุการณ์", "en": "Timeline"},
    "pdf_section_visit": {"th": "ผลการเยี่ยมบ้าน", "en": "Visit reports"},
    "pdf_section_photos": {"th": "ภาพประกอบ", "en": "Photos"},
    "pdf_person": {"th": "ชื่อ-สกุล / อายุ", "en": "Name / age"},
    "pdf_contact": {"th": "โทรศัพท์ติดต่อ", "en": "Contact phone"},
    "pdf_address": {"th": "ที่อยู่", "en": "Address"},
    "pdf_position": {"th": "พิกัด", "en": "Pin"},
    "pdf_description": {"th": "รายละเอียด", "en": "What happened"},
    "pdf_needs": {"th": "ความต้องการ", "en": "Needs"},
    "pdf_visit_line": {
        "th": "{date}: {outcome} · ช่วยเหลือแล้ว: {help} · ความต้องการที่พบ: {needs}",
        "en": "{date}: {outcome} · help given: {help} · needs found: {needs}",
    },
    "pdf_shared": {"th": "ข้อมูลที่ส่งต่อ: {parts}", "en": "Parts shared: {parts}"},
    "pdf_confidential": {
        "th": "เอกสารนี้มีข้อมูลส่วนบุคคล ใช้เพื่อการให้ความช่วยเหลือตามที่ส่งต่อเท่านั้น ห้ามเผยแพร่ หรือส่งต่อโดยไม่จำเป็น",
        "en": "Contains personal data: use only for this referral; do not publish or pass on without need.",
    },
    "pdf_answer_at": {
        "th": "หน่วยงานผู้รับโปรดแจ้งรับเรื่องและผลการดำเนินการทางลิงก์ที่ส่งมาพร้อมเอกสารนี้ หรือโทร {phone}",
        "en": "Please confirm receipt and report the outcome through the link sent with this form, or call {phone}.",
    },
    "pdf_page": {"th": "หน้า {page}/{pages}", "en": "Page {page}/{pages}"},
    "pdf_nothing": {"th": "-", "en": "-"},
}


# Languages the bot answers in; a citizen's texts have all four, staff texts Thai and English.
LANGUAGES = ("th", "en", "my", "lo")
TRANSLATIONS: dict[str, dict[str, str]] = {"my": TEXTS_MY, "lo": TEXTS_LO}
FALLBACK = ("th", "en")

log = logging.getLogger(__name__)


def text(key: str, language: str = "th", **values: object) -> str:
    chosen = variant(key, language)
    return chosen.format(**values) if values else chosen


def variant(key: str, language: str) -> str:
    """The key's text in `language`, else Thai, else English. An unknown key is logged and its name
    shown rather than raised: a typo must not cost a person in trouble their answer."""
    translated = TRANSLATIONS.get(language, {}).get(key)
    if translated is not None:
        return translated
    variants = TEXTS.get(key)
    if not variants:
        log.error("no text for key %s", key)
        return key
    for candidate in (language, *FALLBACK):
        if candidate in variants:
            return variants[candidate]
    return next(iter(variants.values()))


def has_text(key: str, language: str) -> bool:
    """Whether `key` is written in `language` itself (no fallback)."""
    return key in TRANSLATIONS.get(language, {}) or language in TEXTS.get(key, {})


def language_of(raw: str | None) -> str:
    """LINE languages look like "th", "en", "en-US", "my", "lo": one the bot speaks, else Thai."""
    code = (raw or "").lower().split("-")[0]
    return code if code in LANGUAGES else "th"
