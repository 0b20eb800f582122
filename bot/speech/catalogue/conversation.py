"""First contact and the conversation itself: the greeting, emergency numbers, the language
button, the flow engine's words (cancel, back, resume, re-ask), per-user limits, the citizen's menu."""

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
    "call_1323": {"th": "สุขภาพจิต 1323", "en": "Mental health 1323"},
    "call_1387": {"th": "สายเด็ก 1387", "en": "Child line 1387"},
    "language_button": {"th": "🌐 ภาษา/Language", "en": "🌐 Language/ภาษา"},
    "language_question": {
        "th": "เลือกภาษาค่ะ / Choose a language / ဘာသာစကား ရွေးပါ / ເລືອກພາສາ",
        "en": "Choose a language / เลือกภาษา / ဘာသာစကား ရွေးပါ / ເລືອກພາສາ",
    },
    "language_chosen": {"th": "ต่อจากนี้จะตอบเป็นภาษาไทยค่ะ", "en": "From now on I will answer in English."},
    "slow_down": {
        "th": "ข้อความเข้ามาเร็วมากค่ะ ขอเว้นสักครู่แล้วค่อยส่งต่อนะคะ ระหว่างนี้ข้อความที่ส่งเพิ่มจะยังไม่ได้รับคำตอบ หากมีเหตุฉุกเฉิน โทรได้ทันทีจากปุ่มด้านล่างค่ะ",
        "en": "Messages are arriving very fast. Please wait a minute before sending more; until then they won't be answered. In an emergency, call now with the buttons below.",
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
    "flow_cancelled": {
        "th": "ยกเลิกรายการให้แล้วค่ะ ยังไม่ได้ส่งข้อมูลที่กรอกไว้ หากต้องการเริ่มใหม่ กดปุ่มด้านล่างได้เลยค่ะ",
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
}
