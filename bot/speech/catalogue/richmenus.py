"""Rich menu labels: staff, supervisor and volunteer menus are Thai; the citizen menu is drawn per language."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # Rich menus: one image per role (the citizen's per language: Burmese and Lao in texts_my/_lo). A "\n"
    # marks where the label may break when its area is narrow; the chat shows it without.
    "richmenu_chat_bar_citizen": {"th": "เมนู", "en": "Menu"},
    "richmenu_chat_bar_staff": {"th": "เมนูเจ้าหน้าที่"},
    "richmenu_chat_bar_supervisor": {"th": "เมนูผู้กำกับดูแล"},
    "richmenu_report": {"th": "แจ้งขอ\nความช่วยเหลือ", "en": "Ask for help"},
    "richmenu_report_hint": {"th": "ให้ตัวเองหรือคนที่เดือดร้อน", "en": "For you or someone in need"},
    "richmenu_track": {"th": "ติดตามเรื่อง", "en": "My reports"},
    "richmenu_track_hint": {"th": "เรื่องที่เคยแจ้งไว้", "en": "Reports you sent"},
    "richmenu_hotline": {"th": "สายด่วน 1300", "en": "Hotline 1300"},
    "richmenu_hotline_hint": {"th": "โทรฟรี 24 ชั่วโมง", "en": "Free call, 24 hours"},
    # The citizen menu's language button (English, Burmese and Lao menus): the hint names the others.
    "richmenu_language": {"th": "ภาษา", "en": "Language"},
    "richmenu_language_hint": {"th": "อังกฤษ · พม่า · ลาว", "en": "Thai · Myanmar · Lao"},
    "richmenu_new_cases": {"th": "เคสใหม่"},
    "richmenu_overdue": {"th": "เคสค้าง/\nเกินกำหนด"},
    "richmenu_search": {"th": "ค้นหาเคส"},
    "richmenu_today": {"th": "สรุปวันนี้"},
    "richmenu_console": {"th": "ระบบงานบนเว็บ"},
    "richmenu_console_hint": {"th": "แผนที่ รายงาน ส่งออก"},
    "richmenu_invite": {"th": "ออกรหัสเชิญ"},
    "richmenu_chat_bar_volunteer": {"th": "เมนูอาสาสมัคร", "en": "Volunteer menu"},
    "richmenu_vol_offers": {"th": "งานที่เสนอ", "en": "Offers"},
    "richmenu_vol_mine": {"th": "งานของฉัน", "en": "My cases"},
    "richmenu_vol_report": {"th": "รายงานผลการเยี่ยม", "en": "Visit report"},
    "richmenu_vol_toggle": {"th": "พร้อมรับงาน/พัก", "en": "Available/pause"},
    "richmenu_volunteer_register": {"th": "สมัครอาสาสมัคร", "en": "Volunteer"},
}
