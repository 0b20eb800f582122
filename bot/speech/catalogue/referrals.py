"""E-referral: choosing an agency and what is shared, notices, reminders, the email and the
Thai PDF form (ใบส่งต่อ), and their entries in the case timeline."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "choose_agency": {
        "th": "ส่งต่อเรื่อง {reference} ให้หน่วยงานใดคะ",
        "en": "Refer case {reference} to which agency?",
    },
    "agency_hospital": {"th": "โรงพยาบาล", "en": "Hospital"},
    "agency_police": {"th": "ตำรวจ", "en": "Police"},
    "agency_local_government": {"th": "ท้องถิ่น (อบต./เทศบาล)", "en": "Local government"},
    "agency_province_office": {"th": "พม.จังหวัด", "en": "Province office"},
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
        "th": "ไม่พบหน่วยงานชื่อ “{typed}” ในรายชื่อค่ะ ลองพิมพ์ใหม่อีกครั้ง หรือกดส่งต่อตามชื่อที่พิมพ์ (จะบันทึกการส่งต่อไว้ แต่ไม่มีลิงก์ อีเมล หรือการแจ้งเตือนให้ตอบรับ) นะคะ",
        "en": "No agency called “{typed}” is listed. Type it again, or refer to the name as typed (recorded only: no link, email or acknowledgement reminders).",
    },
    "refer_typed_unit_button": {"th": "ส่งต่อตามชื่อที่พิมพ์", "en": "Use this name"},
    "refer_unit_recorded": {
        "th": "บันทึกการส่งต่อเรื่อง {reference} ไปที่{agency}แล้วค่ะ หน่วยงานนี้ไม่อยู่ในสมุดรายชื่อ จึงไม่มีลิงก์ อีเมล หรือการแจ้งเตือนให้ตอบรับ กรุณาติดต่อหน่วยงานและส่ง PDF ให้เองนะคะ",
        "en": "Referral of case {reference} to {agency} recorded. This unit is not in the directory, so there is no link, email or acknowledgement reminder: please contact it and pass on the PDF yourself.",
    },
    "refer_unit_incomplete": {
        "th": "กรุณาพิมพ์ชื่อหน่วยงานและเลือกประเภทหน่วยงานค่ะ",
        "en": "Please type the unit's name and choose its kind.",
    },
    "refer_incomplete": {
        "th": "กรุณากรอกเหตุผลและสิ่งที่ขอให้หน่วยงานช่วยก่อนส่งต่อค่ะ",
        "en": "Please give the reason and what is asked before referring.",
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
    "referral_state_recorded": {
        "th": "บันทึกการส่งต่อ (ไม่ได้อยู่ในสมุดรายชื่อ)",
        "en": "Recorded (not in the directory)",
    },
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
