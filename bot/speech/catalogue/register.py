"""The household register: registering people, buddies, check-ins, lists and escalations."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
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
}
