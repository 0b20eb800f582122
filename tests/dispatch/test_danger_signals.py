"""Danger in free text (dispatch/danger_signals.py), through understand() as the handler asks it:
how people build it, in four languages, and what takes it back (negation, the past, safe now)."""

from __future__ import annotations

import pytest

from dispatch.understanding import understand


def kinds(message: str) -> tuple[str, ...]:
    danger = understand(message).danger
    return danger.kinds if danger else ()


@pytest.mark.parametrize(
    "message",
    [
        "พ่อไม่ได้หมดสติ แค่เวียนหัว อยากไปหาหมอ",
        "ไม่มีเลือดออก แค่ฟกช้ำที่แขน",
        "แม่บอกว่าเหนื่อยใจ แต่ไม่ได้คิดทำร้ายตัวเอง",
        "เลือดออกนิดหน่อย ทำแผลแล้ว",
        "ລາວບໍ່ໄດ້ສະຫຼົບ ພຽງແຕ່ເຈັບຫົວ",
        "she is not bleeding, just a bruise on her arm",
        "nobody is unconscious, the car only hit the fence",
    ],
)
def test_a_negated_or_mild_danger_word_is_not_danger(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "เมื่อคืนแม่หมดสติไปแป๊บนึง ตอนนี้หายดีแล้ว",
        "ยายเคยล้มหัวแตกเมื่อปีที่แล้ว อยากได้ราวจับในห้องน้ำ",
        "he was not breathing for a moment but now he is breathing normally",
        "ปีกายແມ່ຕູ້ລົ້ມ ລຸກບໍ່ໄດ້ ດຽວນີ້ດີແລ້ວ",
        "မနှစ်က ကားတိုက်ခံရဖူးတယ် အခု ကောင်းသွားပြီ",
    ],
)
def test_danger_in_the_past_or_over_now_is_not_danger(message):
    assert kinds(message) == ()


def test_a_word_for_now_after_the_past_keeps_the_danger():
    assert kinds("เมื่อก่อนเคยโดนตี ตอนนี้เขากำลังตีแม่อยู่") == ("attack",)


def test_breathing_back_takes_back_only_the_breathing():
    assert kinds("เขาโดนแทง ไม่หายใจ ตอนนี้หายใจปกติแล้ว") == ("attack",)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("พ่อนอนอยู่ เขย่ายังไงก็ไม่ตื่น", "medical"),
        ("ยายลื่นล้มในครัว นอนอยู่ตั้งแต่เมื่อคืน ลุกเองไม่ขึ้น", "medical"),
        ("ลุงโดนรถเฉี่ยว เลือดไหลไม่หยุด", "medical"),
        ("อุ๊ยบ้านติดกั๋นนอนบ่ลุก เอิ้นก็บ่ขาน", "medical"),
        ("เพื่อนกินยานอนหลับไปทั้งแผง", "suicide"),
        ("ลูกสาวเอาเชือกเข้าไปในห้องน้ำ", "suicide"),
        ("พี่บอกว่าจะโดดลงจากสะพาน", "suicide"),
        ("หลานสองขวบอยู่ในรถคนเดียว ล็อครถไว้", "child"),
        ("เด็กๆ ไม่ได้กินข้าวมาสามวันแล้ว", "child"),
        ("แฟนเก่าขู่จะสาดน้ำกรดใส่", "attack"),
        ("my grandma fell down and cant get up", "medical"),
        ("he threatened to kill her tonight", "attack"),
        ("my sister took all the pills in the bottle", "suicide"),
        ("the baby has been home alone since yesterday", "child"),
    ],
)
def test_danger_built_from_parts(message, kind):
    assert kind in kinds(message)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("အဘိုး ချော်လဲပြီး ထမရတော့ဘူး", "medical"),
        ("ဆိုင်ကယ်တိုက်ပြီး သွေးတွေ အရမ်းထွက်နေတယ်", "medical"),
        ("သူငယ်ချင်း ကြိုးဆွဲချမယ်လို့ ပြောနေတယ်", "suicide"),
        ("ကလေးကို အခန်းထဲ သော့ခတ်ပြီး ထားခဲ့တယ်", "child"),
        ("အလုပ်ရှင်က ဓားနဲ့ ခြိမ်းခြောက်နေတယ်", "attack"),
        ("ພໍ່ຕູ້ລົ້ມຢູ່ສວນ ລຸກບໍ່ຂຶ້ນ", "medical"),
        ("ນ້ອງກິນຢາຫຼາຍເກີນ ເອີ້ນບໍ່ຕື່ນ", "medical"),
        ("ອ້າຍບອກວ່າບໍ່ຢາກຢູ່ແລ້ວ", "suicide"),
        ("ເດັກນ້ອຍຖືກຂັງໄວ້ໃນຫ້ອງຜູ້ດຽວ", "child"),
        ("ຜົວເມົາ ກຳລັງທຸບຕີຂ້ອຍ", "attack"),
    ],
)
def test_burmese_and_lao_danger(message, kind):
    assert kind in kinds(message)


@pytest.mark.parametrize(
    "message",
    [
        "သတိမလစ်ဘူး အသက်ရှူနေတယ် ခြေထောက်ပဲ နာတယ်",
        "ဆိုင်ပိတ်ထားတယ် အလုပ်မရှိဘူး",
        "ລູກຫຼິ້ນເຕະບານ ຢາກໄດ້ເກີບ",
        "ແມ່ນອນຕິດຕຽງ ລຸກບໍ່ໄດ້ ຕ້ອງການຜ້າອ້ອມ",
    ],
)
def test_ordinary_burmese_and_lao_reports_are_calm(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "พ่อติดเตียง ลุกไม่ได้มาสองปี ขอเตียงลม",
        "ลูกซ้อมดนตรีทุกวัน อยากได้ทุนเรียน",
        "ยายชักชวนเพื่อนบ้านมาสมัครอาสา",
        "ตอนนี้ยังแข็งแรงแต่อยู่คนเดียว",
        "his condition is stable now, he needs a wheelchair",
        "I got fired and cannot pay the rent",
        "the heart is beating fast sometimes, she needs a checkup",
        "no one is hurt but the roof collapsed in the storm",
    ],
)
def test_everyday_words_that_hide_danger_words_are_calm(message):
    assert kinds(message) == ()


def test_a_cry_for_help_said_urgently_is_danger_and_a_calm_one_the_report_command():
    for urgent in ("help!!", "ช่วยด้วยยยย", "ช่วยด้วยค่ะ!!", "ช่วยด้วย ด่วน"):
        danger = understand(urgent).danger
        assert danger is not None and danger.kinds == ("cry",) and danger.hotlines[0] == "1669", urgent
    for calm in ("help", "ช่วยด้วย", "ช่วยด้วยค่ะ"):
        found = understand(calm)
        assert found.danger is None and found.intent == "report", calm


def test_a_lost_adult_is_the_police_line_and_a_lost_child_the_childrens():
    adult = understand("อุ๊ยหลงทางหายไปจากบ้านตั้งแต่เมื่อวาน ยังหาไม่เจอ").danger
    assert adult is not None and adult.kinds == ("missing",) and adult.hotlines[0] == "191"
    child = understand("ลูกสาวหายไปจากบ้านตั้งแต่เมื่อคืน").danger
    assert child is not None and "child" in child.kinds and "missing" not in child.kinds
    assert understand("ยายหลงทางหายไปจากบ้าน ตอนนี้เจอแล้ว ปลอดภัยดี").danger is None


@pytest.mark.parametrize(
    "message",
    [
        "ลูกเป็นลมชัก ต้องกินยากันชักทุกวัน ยาแพงมาก",
        "แม่เลือดออกตามไรฟัน อยากทำฟันปลอม",
        "ไฟไหม้ตลาดเมื่อคืน ไม่มีใครเจ็บ ขอทุนเริ่มใหม่",
        "my son has seizures sometimes, we need help with his medicine",
    ],
)
def test_a_long_standing_condition_or_a_harmless_event_is_calm(message):
    assert kinds(message) == ()


def test_thai_typed_in_latin_letters_and_english_typos():
    assert "attack" in kinds("chuay duay kha samee tee nu yoo")
    assert "attack" in kinds("my husbnd is beatin me right now")
