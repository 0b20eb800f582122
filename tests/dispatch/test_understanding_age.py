"""Ages as people write them: digits, Thai, Lao and Burmese number words, English shorthand."""

from __future__ import annotations

import pytest

from dispatch.number_words import number_at, with_digits
from dispatch.understanding import understand


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("หนึ่ง", 1),
        ("สิบ", 10),
        ("สิบเอ็ด", 11),
        ("สิบสอง", 12),
        ("ยี่สิบ", 20),
        ("ยี่สิบเอ็ด", 21),
        ("สามสิบห้า", 35),
        ("แปดสิบเอ็ด", 81),
        ("เก้าสิบเก้า", 99),
        ("ร้อย", 100),
        ("หนึ่งร้อยสอง", 102),
        ("ร้อยยี่สิบ", 120),
        ("ຊາວຫ້າ", 25),
        ("ແປດສິບເອັດ", 81),
        ("ເຈັດສິບ", 70),
        ("ရှစ်ဆယ့်နှစ်", 82),
        ("ခုနစ်ဆယ်", 70),
        ("ကိုး", 9),
    ],
)
def test_numbers_in_words(words, value):
    number = number_at(words, 0)
    assert number is not None and number.value == value


@pytest.mark.parametrize("text", ["สามี", "ความสามารถ", "เก้าอี้", "จ.ร้อยเอ็ด", "เสือ"])
def test_words_that_only_start_like_a_number(text):
    assert with_digits(text) == text


def test_a_range_of_two_numbers_is_no_number():
    assert with_digits("เด็กสองสามขวบ") == "เด็ก~ขวบ"


@pytest.mark.parametrize(
    ("message", "age"),
    [
        ("ขอแจ้งเรื่องแม่ อายุแปดสิบเอ็ดปี อยู่บ้านกับหลาน", 81),
        ("พ่ออายุเจ็ดสิบสาม อยู่คนเดียว", 73),
        ("ยายแปดสิบแล้วอยู่คนเดียว", 80),
        ("ป้าหูหนวก อายุห้าสิบแล้ว", 50),
        ("เด็กสามขวบถูกทิ้งไว้", 3),
        ("ยายวัย 80 ปี ไม่มีคนดูแล", 80),
        ("ແມ່ຕູ້ອາຍຸແປດສິບປີ ຢູ່ຄົນດຽວ", 80),
        ("အဘွား အသက် ရှစ်ဆယ့်နှစ်နှစ် တစ်ယောက်တည်းနေတယ်", 82),
        ("အဘိုး အသက်ရှစ်ဆယ်နှစ်", 80),
        ("၂ နှစ်အရွယ် ကလေးငယ် တစ်ယောက်တည်း", 2),
        ("my wife's grandmother (87) lives alone", 87),
        ("my dad is 87yo and lives alone", 87),
        ("one of my students (9 y/o) comes hungry", 9),
        ("my father, aged 79, collapsed", 79),
        ("a 4-year-old boy alone at home", 4),
        ("grandpa 85 lives alone", 85),
        ("အဘိုး အသက် ၈၀ တစ်ယောက်တည်း နေတယ်", 80),
        ("သမီး ၇ နှစ် ကျောင်းမနေရဘူး", 7),
        ("ພໍ່ອາຍຸ ໗໒ ປີ ຢູ່ຄົນດຽວ", 72),
        ("ເດັກ ໕ ປີ ບໍ່ໄດ້ໄປໂຮງຮຽນ", 5),
        ("the old lady next door (she's 78) slipped in her bathroom", 78),
        ("I am 65 and alone in my condo", 65),
        ("grandfather, 86, is bedridden", 86),
        ("Old man 67 lost his leg to diabetes", 67),
        ("ແມ່ຕູ້ 85 ລື່ນລົ້ມ ຫົວຟາດຂັ້ນໄດ", 85),
        ("ລູກ 2 ຂວບ ກິນນ້ຳຢາລ້າງຫ້ອງນ້ຳ", 2),
        ("အဘွား (၈၀) ဝမ်းလျှောတာ မရပ်ဘူး", 80),
        ("အဘိုး ၇၀ ဆီးချိုရှိတယ်", 70),
    ],
)
def test_ages(message, age):
    found = understand(message).age
    assert found is not None and found.value == age


@pytest.mark.parametrize(
    "message",
    [
        "เด็กขายพวงมาลัย อายุน่าจะไม่ถึง10ขวบ",
        "เด็กสองสามขวบเดินอยู่คนเดียว",
        "ขาหักจากรถชนเมื่อสองปีก่อน ขอรถเข็น",
        "พ่อติดเตียงมาสามปีแล้ว",
        "สามีตีหนูทุกวัน",
        "ยายหกล้มในห้องน้ำ",
        "အဖေ အိပ်ရာထဲမှာ ၃ နှစ်ရှိပြီ",
        "ແມ່ນອນຕິດຕຽງ 3 ປີແລ້ວ",
        "ยาย 2 คนอยู่ด้วยกัน",
        "พ่อ 500 บาทต่อเดือน",
        "my mum is in her 80s and lives alone",
        "she's 5 minutes away from the hospital",
        "I'm 3 months pregnant",
    ],
)
def test_not_an_age(message):
    assert understand(message).age is None
