"""Becoming staff: enrolment codes, supervisors' invites."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
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
}
