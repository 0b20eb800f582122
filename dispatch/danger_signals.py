"""Whether a message says someone is at risk now: hurt or unconscious, attacked, suicidal, a child left
alone. Part of dispatch/understanding.py (pure: normalised text in, a Danger or None out).

Three kinds of evidence, per kind of danger: plain words found in the text without spaces (Thai,
Lao and Burmese run words together), patterns over that same text for what people build from parts
("เรียกยังไงก็ไม่ตื่น", "ล้ม … ลุกไม่ขึ้น", "เลือด…ไหล", "ကလေး … တစ်ယောက်တည်း"), and English
patterns over the spaced text, with word boundaries ("stable" is not "stab", "fired" not "fire").

A hit does not count when it is negated just before ("ไม่ได้หมดสติ", "ไม่มีเลือดออก", "not bleeding"),
made mild just after ("เลือดออกนิดหน่อย"), said of the past without a word for now in between
("เคยโดนตีเมื่อปีที่แล้ว", but not "เคยโดนตี ตอนนี้กำลังตีอีก"), or followed by words saying the person
is safe or well now ("ตอนนี้หายแล้ว", "ປອດໄພແລ້ວ", "ကောင်းသွားပြီ", "fine now").

Later writers, who never saw these rules, word danger from parts that only count together: two signs of a
stroke or one that came suddenly (STROKE_SIGNS), someone with dementia or autism, or a child or an old
person late home, gone (GONE), flood water rising round someone who cannot get away, someone on an edge
with words of despair. And they take it back from further off: a negation with words between ("ไม่ได้
พูดว่าจะทำร้ายตัวเอง"), a story, a question or a habit ("ถ้าเพื่อนพูดว่า…", "เห็นข่าว…", "ชอบ…"), a
treated or lasting condition, a whole message about a report made before (NOT_NOW_MESSAGE).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dispatch import text_model


@dataclass(frozen=True)
class Danger:
    """Someone at risk now. `kinds`: medical, attack, suicide, child, missing (an adult who is lost), or
    cry (only a cry for help, said urgently), one or more; `hotlines`: the numbers to offer, the fitting
    one first."""

    kinds: tuple[str, ...]
    hotlines: tuple[str, ...]
    confidence: float
    evidence: str


# Word tables stay several to a line (fmt: off): one word a line would make them 600 lines long.
# fmt: off
# -- plain words (text without spaces) ------------------------------------------------------------

WORDS: dict[str, tuple[str, ...]] = {
    "medical": (
        # Thai, with Isan and northern forms
        "หมดสติ", "หมดสต", "ไม่หายใ", "บ่หายใจ", "หายใจไม่ออก", "หายใจไม่ได้", "หายใจไม่ทัน", "หายใจลำบาก",
        "หายใจแผ่ว", "หอบหนัก", "ไม่รู้สึกตัว", "ไม่ได้สติ", "ไม่รู้สติ", "ไม่ฟื้น", "บ่ฟื้น", "ไม่ตอบสนอง",
        "บ่ตื่น", "สลบ", "บ่ฮู้สึกตัว", "บ่รู้สึกตัว", "บ่ฮู้ความ", "ไม่รู้ความ", "เอิ้นบ่ขาน", "เอิ้นบ่ตื่น",
        "เรียกไม่รู้เรื่อง", "นอนไม่ขยับ", "นอนนิ่ง", "แน่นิ่ง", "ไม่ขยับเลย", "ไม่ขยับแล้ว", "ไม่ไหวติง",
        "เลือดไม่หยุด", "จมกองเลือด", "กองเลือด", "ตกเลือด", "หัวแตก", "หัวฟาด", "หัวกระแทก", "ขาหัก",
        "จมน้ำ", "ตกคู", "ตกคลอง", "ตกบ่อ", "ตกสระ", "ตกแม่น้ำ", "น้ำพัด", "ขึ้นมาไม่ได้",
        "ไฟไหม้", "ไฟลุก", "บ้านไหม้", "สำลัก", "ติดคอ", "ตัวเขียว", "ปากเขียว", "ตัวเย็น", "รถชน", "รถเฉี่ยว", "รถคว่ำ", "โดนรถ", "ถูกรถ", "กินยาเกิน", "ยาฆ่าหญ้า", "ยาฆ่าแมลง",
        "ยาพิษ", "ยาเบื่อ", "ดื่มน้ำยา", "กินน้ำยา", "ตากฝนทั้งคืน", "ฟูมปาก", "ช็อก", "ล้มตึง",
        "แน่นหน้าอก", "เจ็บหน้าอก", "ไฟดูด", "ไฟช็อต", "เจ็บหนัก", "บาดเจ็บสาหัส", "ตกบันได", "ตกจากที่สูง",
        "ตกหลังคา", "ตกต้นไม้", "ตกต้น", "ตกนั่งร้าน", "น้ำร้อนลวก", "ไฟลวก", "งูกัด", "งูเห่า", "งูจงอาง",
        "ติดอยู่ข้างใน", "ติดอยู่ในรถ", "ติดอยู่ชั้น", "เหงื่อแตก", "ไฟฟ้าช็อต", "ไฟฟ้าช๊อต", "ไฟฟ้าดูด",
        "น้ำป่าพัด", "พัดหายไป", "น้ำร้อนราด", "ราดน้ำร้อน", "หายใจเฮือก", "ตาเหลือก", "ตาค้าง", "พะงาบ", "หายใจรวยริน",
        "ถล่มทับ", "ถูกทับ", "โดนทับ", "ติดอยู่ข้างใต้", "ติดอยู่ใต้",
        "พลิกคว่ำ", "ขวิด",
        # water, breath, poison and fire as newer writers put them
        "จมๆลอยๆ", "ลอยคอ", "หายไปใต้น้ำ", "ไม่ขึ้นมาเลย", "ไม่โผล่ขึ้นมา", "ว่ายน้ำไม่เป็น", "ตะเกียกตะกาย",
        "เกาะกิ่งไม้", "เกาะรากไม้", "เกาะขอนไม้", "ตกเรือ", "เรือล่ม", "เรือคว่ำ", "ถูกพัด", "โดนพัด",
        "หยุดหายใจ", "ครืดคราด", "หายใจไม่ค่อยได้", "หายใจไม่ค่อยออก", "หายใจบ่ได้", "หายใจบ่ออก", "หายใจติดขัด",
        "ชีพจรอ่อน", "ชีพจรเบา", "คลำชีพจรไม่เจอ", "ตัวอ่อนปวกเปียก", "ยาเบื่อหนู", "ยาฆ่าหนู",
        "อาเจียนเป็นเลือด", "อ้วกเป็นเลือด", "ไอเป็นเลือด", "ซี่โครงหัก", "สะโพกหัก", "ร้องขอความช่วยเหลือ", "กำลังจะตก",
        # Lao
        "ຫົວຟາດ", "ຕິດຄໍ", "ຕາເຫຼືອກ", "ຮາກເປັນເລືອດ", "ຫາຍໃຈບໍ່ທັນ", "ເຈັບເອິກ", "ກິນນ້ຳຢາ", "ຢາເບື່ອ",
        "ກຳລັງຈະຕົກ",
        # Lao
        "ສະຫຼົບ", "ສະຫລົບ", "ໝົດສະຕິ", "ບໍ່ໄດ້ສະຕິ", "ບໍ່ຫາຍໃຈ", "ຫາຍໃຈບໍ່ອອກ", "ຫາຍໃຈບໍ່ໄດ້",
        "ບໍ່ຮູ້ສຶກຕົວ", "ເອີ້ນບໍ່ຕື່ນ", "ປຸກບໍ່ຕື່ນ", "ເອີ້ນບໍ່ຂານ", "ບໍ່ເໜັງ", "ບໍ່ເຫນັງ", "ບໍ່ເຄື່ອນໄຫວ",
        "ເລືອດອອກ", "ເລືອດໄຫຼ", "ເລືອດໄຫລ", "ຫົວແຕກ", "ຂາຫັກ", "ບາດເຈັບໜັກ", "ຈົມນ້ຳ", "ຕົກນ້ຳ", "ໄຟໄໝ້",
        "ລົດຕຳ", "ລົດຊົນ", "ຖືກລົດ", "ກິນຢາເກີນ", "ກິນຢາຫຼາຍເກີນ", "ຢາພິດ", "ຢາຂ້າຫຍ້າ", "ຢາຂ້າແມງ",
        "ຊັກບໍ່ຢຸດ", "ຊັກກະຕຸກ", "ງູກັດ", "ເຈັບໜ້າເອິກ", "ໄຟຊັອດ", "ໄຟຟ້າຊັອດ", "ໄຟຟ້າດູດ", "ຕົວຂຽວ",
        # Burmese (Unicode; Zawgyi is converted before)
        "သတိလစ်", "သတိမရ", "မေ့မြော", "အသက်မရှူ", "အသက်ရှူမရ", "အသက်ရှူကျပ်", "သွေးယို", "သွေးဆင်း",
        "သွေးအိုင်", "ရေနစ်", "မီးလောင်", "ကားတိုက်", "ဆိုင်ကယ်တိုက်", "ကားမှောက်", "အဆိပ်", "ခေါင်းကွဲ",
        "ခြေကျိုး", "ခြေထောက်ကျိုး", "ပြုတ်ကျ", "မလှုပ်တော့", "နိုးလို့မရ", "နှိုးလို့မရ", "မနိုးတော့",
        "မြွေကိုက်", "ရင်ဘတ်အောင့်", "ဝက်ရူးပြန်", "ဓာတ်လိုက်", "စကားမပြောနိုင်တော့", "သွေးအများကြီး", "ညှပ်သွား",
        "ညှပ်မိ", "အသက်ရှူကြပ်", "နိုးမလာ", "ဘာမှမသိတော့", "ပိတ်မိ", "ပူလောင်", "လှုပ်လို့မရ",
        # breath short, drowned, burnt skin, too weak to sit (Lao and Burmese as newer writers put them)
        "ຫາຍໃຈບໍ່ສະດວກ", "ຫາຍໃຈຫອບ", "ຫາຍໃຈຍາກ", "ປາກຂຽວ", "ສະໂພກຫັກ", "ນັ່ງບໍ່ໄດ້ແລ້ວ", "ຈົມລົງ", "ນອນຂວ້ຳ",
        "ထိုင်လို့မရတော့", "နစ်သွား", "ပြန်မပေါ်", "အရေပြားကွာ",
    ),
    "attack": (
        "กำลังตี", "กำลังจะตี", "ตีเมีย", "ทำร้าย", "ทุบตี", "ตบตี", "ไล่ฟัน", "ไล่ยิง", "ไล่แทง", "ไล่ตบ",
        "ไล่ตี", "ถือมีด", "เอามีด", "มีดขู่", "ขู่จะฆ่า", "ขู่ฆ่า", "โดนแทง", "ถูกแทง", "โดนยิง", "ถูกยิง",
        "เสียงปืน", "เอาปืน", "ปืนจ่อ", "ถือปืน", "ข่มขืน", "บีบคอ", "รัดคอ", "ชกต่อย", "ร้องให้ช่วย",
        "ร้องขอชีวิต", "กักขัง", "ถูกขัง", "ขังไว้", "ไม่ให้ออก", "พังประตู", "ขวาน", "กระทืบ", "โดนเตะ",
        "ถูกเตะ", "โดนต่อย", "ถูกต่อย", "ล่วงละเมิด", "ลักพาตัว", "ตัวประกัน", "น้ำกรด", "อย่าตี",
        "ตีอยู่", "ตบอยู่", "ทุบอยู่", "ล่ามโซ่", "รุมกระทืบ", "รุมทำร้าย", "ฟาดหัว", "ตีหัว", "ทุบหัว",
        "กระแทกหัว", "วางมวย", "สาดน้ำร้อน", "เอาน้ำร้อนราด", "ຕີຫົວ", "ເອົາໄມ້ຕີ", "มีดฟัน", "โดนฟัน", "ถูกฟัน", "โดนมีด", "ถูกมีด",
        "ซ่อนตัว", "หลบซ่อน", "แอบซ่อน", "ซ่อนอยู่", "หลบอยู่ใน", "อย่าฆ่า", "อย่าทำร้าย", "ขว้างของใส่",
        "ลากขึ้นรถ", "ฉุดขึ้นรถ", "ลากเข้าป่า", "ฉุดเข้า",
        # heard through a wall, held against their will, taken
        "จุดไฟเผา", "บุหรี่จี้", "ขัดขืน",
        "ปล่อยนะ", "ปล่อยหนู", "ปล่อยฉัน", "ทำมิดีมิร้าย", "ค้ามนุษย์", "ขายบริการ", "รุมยำ",
        "ຢ່າຕີ", "ສຽງຕີ", "ຮ້ອງໃຫ້ຊ່ວຍ",
        "ກຳລັງຕີ", "ຕີຂ້ອຍ", "ຜົວຕີ", "ນາຍຈ້າງຕີ", "ຕີເດັກ", "ຕີລູກ", "ຕີເມຍ", "ທຸບຕີ", "ຕົບຕີ", "ທຳຮ້າຍ",
        "ຂົ່ມຂືນ", "ຂູ່ຂ້າ", "ປືນ", "ກັກຂັງ", "ຂັງໄວ້", "ບໍ່ໃຫ້ອອກ",
        "ရိုက်နေ", "ရိုက်နှက်", "ရိုက်တယ်", "ရိုက်သံ", "မရိုက်ပါနဲ့", "မရိုက်နဲ့", "ထိုးမယ်",
        "ໄລ່ຟັນ", "ໄລ່ຕີ", "ໄລ່ແທງ", "ຮ້ອງຊ່ວຍ", "ອຸ້ມໜີ", "แอบอยู่ใน", "อย่าทำหนู", "อย่าทำฉัน", "อย่าทำผม", "ဓား", "သေနတ်", "သတ်မယ်", "သတ်မလို့",
        "သတ်ပစ်", "ခြိမ်းခြောက်", "မုဒိမ်း", "အဓမ္မ", "ချုပ်ထား", "နှိပ်စက်", "အပြင်မထွက်ရ", "ထိုးကြိတ်", "ထိုးနှက်", "ကန်ကျောက်",
        "အပြင်မထွက်ခိုင်း",
    ),
    "suicide": (
        "ฆ่าตัวตาย", "อยากต๋าย", "ไปตาย", "สิตาย", "กินยาตาย", "ผูกคอ", "แขวนคอ", "เอาเชือก",
        "เตรียมเชือก", "กรีดข้อมือ", "กรีดแขน", "กรีดตัวเอง", "ทำร้ายตัวเอง", "เผาตัวเอง", "ปลิดชีพ",
        "จบชีวิต", "คิดสั้น", "ไม่อยากอยู่", "บ่อยากอยู่", "ไม่อยากมีชีวิต", "อยากหายไปจากโลก",
        "จดหมายลา", "ลาตาย", "สั่งเสีย", "ไม่ต้องตามหา", "กระโดดตึก", "โดดตึก", "จะกระโดด",
        "จะโดด", "กระโดดน้ำ", "กระโดดสะพาน", "โดดน้ำ", "โดดสะพาน", "กินยาให้หมด",
        "ยิงตัวตาย", "ยิงตัวเอง", "ไม่ต้องตื่นอีก", "ไม่อยากตื่นอีก", "นอนรางรถไฟ", "ตายดีกว่า", "ขอตาย", "ไม่อยากหายใจ",
        "กลิ่นถ่าน", "เผาถ่านในห้อง", "จดหมายทิ้งไว้",
        "ຂ້າຕົວຕາຍ", "ຂ້າຕົວເອງ", "ບໍ່ຢາກມີຊີວິດ", "ບໍ່ຢາກຢູ່", "ຈົບຊີວິດ", "ຜູກຄໍ", "ໂດດນ້ຳ",
        "ໂດດຕຶກ", "ໂດດຂົວ", "ກິນຢາຕາຍ",
        "သေချင်", "သတ်သေ", "မနေချင်တော့", "ကြိုးဆွဲ", "ကြိုးချ", "ကိုယ့်ကိုယ်ကိုသတ်", "ခုန်ချ", "မရှင်ချင်",
        "ဆေးသောက်သေ", "နှုတ်ဆက်စာ", "သေလိုက်တော့", "မနေနိုင်တော့",
        "ลาก่อนทุกคน", "ລາກ່ອນທຸກຄົນ", "ກິ່ນຖ່ານ",
        "ກີດຂໍ້ມື", "ກີດແຂນ", "ຈະໂດດ", "ຕາເວັນສຸດທ້າຍ", "ကြိုးကွင်း",
    ),
    "missing": (
        "หายไปจากบ้าน", "ยังหาไม่เจอ", "หาตัวไม่เจอ", "หายตัวไป", "หลงทางหาย", "ออกจากบ้านไปไม่กลับ",
        "ຫາຍໄປຈາກເຮືອນ", "ຊອກບໍ່ເຫັນ", "ຊອກບໍ່ພົບ", "ပျောက်နေ",
    ),
    "child": (
        "ถูกทิ้ง", "ทิ้งไว้", "ปล่อยไว้", "วางทิ้ง", "ทิ้งเด็ก", "ทิ้งลูก", "ทิ้งทารก", "เด็กหาย", "ลูกหาย",
        "หายไปจากบ้าน", "หาไม่เจอ", "พลัดหลง", "เดินหลง", "ลืมไว้ในรถ",
        "ຖືກປະ", "ປະໄວ້", "ປະຖິ້ມ",
        "ပစ်ထား", "ထားခဲ့",
    ),
}

# -- patterns over the text without spaces ---------------------------------------------------------

_NO = r"(?:ไม่|บ่|ບໍ່)"


def _together(one: str, other: str, gap: int = 80) -> str:
    """A pattern for two signs that make danger only together, in either order, up to `gap` apart."""
    return rf"(?:{one})[\s\S]{{0,{gap}}}?(?:{other})|(?:{other})[\s\S]{{0,{gap}}}?(?:{one})"


# Water: fallen into it, or rising round someone who cannot get away.
_WATER = r"(?:แม่น้ำ|น้ำ(?!ตา|มัน|หนัก|ใจ)|คลอง|คู|บ่อ|สระ|ลำห้วย|ห้วย|ลำธาร|ท่อ|รางน้ำ|ร่องน้ำ|ทะเล|หนอง|บึง|เขื่อน|อ่าง)"
_FLOOD_RISING = (
    r"(?:น้ำ(?:ท่วม|ขึ้น|เข้า|ป่า)|ນ້ຳຖ້ວມ|ນ້ຳຂຶ້ນ|ရေကြီး|ရေတက်)\S{0,20}?"
    r"(?:เร็ว|สูง|ถึง|มิด|(?<!ที่)แล้ว|เรื่อยๆ|ໄວ|ແລ້ວ|ສູງ|နေ|ขาด)|น้ำป่ามา"
)
_CANNOT_GET_AWAY = (
    r"ติดเตียง|ติดอยู่|พิการ|เดินไม่ได้|(?:ย้าย|ยก|หนี|อุ้ม|พา)\S{0,8}?(?:ออก|หนี)?ไม่(?:ได้|ไหว)|ไม่มีใคร(?:ย้าย|ช่วย|มา)"
    r"|บนหลังคา|เรือ\S{0,8}?(?:ไม่ถึง|ยังไม่มา|ไม่มา)|ถึงที่นอน|ຕິດຕຽງ|ຍ້າຍ\S{0,4}?ບໍ່ໄດ້|ພິການ|ခေါင်မိုး"
    r"|หูหนวก|หูตึง|ตาบอด|ไม่ได้ยิน(?:ประกาศ|เสียง)|ยังนอนอยู่(?:ใน)?บ้าน"
)
# On an edge, and words of despair or farewell anywhere in the message.
_ON_EDGE = (
    r"(?:ยืน|นั่ง|ปีน|ห้อยขา|ขึ้นไป)(?:อยู่)?(?:บน|ริม|ขอบ|นอก)(?:สะพาน|ดาดฟ้า|ตึก|ระเบียง|หลังคา|ขอบ|ราว)"
    r"|(?:ຢືນ|ນັ່ງ|ປີນ)(?:ຢູ່)?(?:ເທິງ|ແຄມ|ຂອບ)(?:ດາດຟ້າ|ຂົວ|ຕຶກ|ລະບຽງ|ຫຼັງຄາ)"
)
_DESPAIR = (
    r"ไม่ไหวแล้ว|ขอโทษ|ลาก่อน|ร้องไห้|อย่าเข้ามา|จะกระโดด|จะโดด|อยากตาย|ไม่อยากอยู่|เบื่อ|จะจบ|หมดหวัง|ไม่ยอมลง"
    r"|บอกใครสักคน|sorry|imdone"
    r"|ເບື່ອ|ຈະຈົບ|ລາກ່ອນ|ຂໍໂທດ|ບໍ່ໄຫວ"
)
_FAREWELL_SIGNS = r"ฝาก(?:ดูแล)?|ไม่(?:ยอม)?เปิดประตู|เงียบไป|ปิดเครื่อง|ล็อ[คก](?:ห้อง|ประตู)|ลาก่อน"
PATTERNS: dict[str, tuple[str, ...]] = {
    "medical": (
        # called, shaken, shouted at … and no answer, no waking
        r"(?:เรียก|ปลุก|เขย่า|ตะโกน|ตบหน้า|เอิ้น|ป่าว|ເອີ້ນ|ປຸກ)\S{0,10}?" + _NO
        + r"(?:ค่อย)?(?:ตอบ|ตื่น|ขาน|รู้สึกตัว|ขยับ|ฟื้น|ลืมตา|รู้เรื่อง|ได้สติ|ຕື່ນ|ຂານ)",
        r"(?:นอน|หลับ)" + _NO + r"ตื่น",
        r"เคาะ(?:ประตู)?\S{0,12}?(?:ไม่|บ่)(?:มีใคร|มีไผ|มีคน)?(?:ตอบ|เปิด|ออกมา|ขาน)",
        r"(?:นอน|ล้ม|ฟุบ)\S{0,15}?(?:ไม่|บ่)ขยับ|ซึม(?:ลง)?(?:ไม่|บ่)(?:ตอบ|รู้สึกตัว|ค่อยรู้สึกตัว)",
        # weakness that came at once (two signs of a stroke together: STROKE_SIGNS)
        r"อ่อนแรง(?:ทันที|ฉับพลัน|กะทันหัน)",
        r"ရုတ်တရက်\S{0,12}?(?:လဲ|သတိ)",
        r"(?<!ขา)(?<!แขน)(?<!มือ)(?<!นิ้ว)" + _NO + r"(?:ขยับ|กระดุกกระดิก)(?:เลย|แล้ว)",
        # fell, then cannot get up (not the long-standing "ลุกเองไม่ได้" of someone bedridden)
        r"(?:ล้ม|ตก|ลื่น|ฟุบ|ทรุด|เป็นลม|ລົ້ມ|ຕົກ)\S{0,45}?(?:ลุก|ยืน|ขึ้น|ລຸກ)(?:เอง)?"
        + r"(?:ไม่|บ่|ບໍ່)(?:ได้|ขึ้น|ไหว|ໄດ້|ຂຶ້ນ)",
        r"เลือด\S{0,6}?(?:ออก|ไหล|ท่วม|อาบ|เต็ม|สาด|ทะลัก|พุ่ง|โชก|ชุ่ม|กบปาก|ไม่หยุด)",
        r"(?:น้ำร้อน|น้ำมันร้อน|น้ำเดือด|ไฟ)\S{0,4}?ลวก",
        r"ရေ\S{0,12}?နစ်",
        r"ပူ\S{0,8}?တက်နေ",
        r"(?:ในรถ|ข้างใน|ติด)\S{0,8}?ออกมาไม่ได้",
        r"(?:เครื่องจักร|เครื่อง)\S{0,6}?หนีบ|(?:โดน|ถูก)หนีบ",
        r"เป็นลม(?!บ่อย|ง่าย|แดด|ประจำ|ชัก)|หน้ามืด(?:ล้ม|ไป)|ตาลอย",
        r"(?<!ลม)(?<!กัน)ชัก(?!ชวน|จะ|ช้า|โครก|ธง|ว่าว|นำ|ใย|เย่อ|ผ้า)",
        r"หอบ(?:หนัก|มาก|เหนื่อย)",
        r"น้ำท่วม\S{0,30}?ติดอยู่",
        r"(?<!ฝน)ตกน้ำ(?!รั่ว|ขัง)",
        r"ไม่(?:เห็น|ได้)(?:ออกมา|ออกจากบ้าน|ออกจากห้อง)\S{0,10}?(?:\d+|สอง|สาม|หลาย)วัน",
        # Burmese: blood … flowing (not "သွေးမထွက်", no blood), fell … cannot get up
        r"သွေး\S{0,14}?(?<!မ)ထွက်",
        r"(?:လဲကျ|ချော်လဲ|ပြုတ်ကျ|လဲ)\S{0,20}?(?:ထမရ|မထနိုင်)",
        r"ရေထဲ\S{0,8}?ကျ",
        r"(?<!ฝน)(?<!น้ำ)(?:ตก|พลัดตก|หล่น|กระโดด|พุ่ง)(?:ลง)?(?:ไป)?(?:ใน)?" + _WATER,
        r"(?:ใน|ลง)(?:บ่อ|คลอง|แม่น้ำ|ท่อ|ห้วย)\S{0,20}?ตกลงไป|กระแสน้ำ\S{0,10}?พัด",
        _together(_FLOOD_RISING, _CANNOT_GET_AWAY),
        r"(?:ไฟ|ໄຟ)\S{0,6}?(?:ไหม้|ໄໝ້)|ควัน(?:เต็ม|โขมง|ออกมา|พวยพุ่ง|ดำ)",
        # swallowed or eaten what poisons, and a head blow followed by vomiting or drowsiness
        r"กลืน\S{0,8}?(?:ถ่าน|เหรียญ|แม่เหล็ก|กระดุม|ตะปู|เข็ม)|ยา\S{0,14}?กิน\S{0,8}?(?:หมด|ทั้ง)(?:แผง|ขวด|กระปุก)",
        r"(?:กิน|ดื่ม)\S{0,4}?เห็ด\S{0,30}?(?:อ้วก|อาเจียน|ท้องเสีย|ชัก|ซึม|ปวดท้อง|มือเย็น|ชีพจร)",
        r"(?:หัว|ศีรษะ|ຫົວ)\S{0,3}?(?:ฟาด|กระแทก|โน|แตก|ຟາດ|ແຕກ)\S{0,40}?(?<!ไม่)(?:อาเจียน|อ้วก|ซึม|ง่วง|สับสน|ຮາກ|ສັບສົນ)",
        r"(?:ล้ม|ตก)\S{0,30}?(?:อาเจียน|อ้วก)\S{0,20}?(?:ซึม|ง่วง|สับสน)",
        # breath: blue lips, oxygen under 90, the machine that keeps them breathing broken
        r"(?:ปาก(?!กา)|ริมฝีปาก|เล็บ)\S{0,6}?(?:ม่วง|เขียว|คล้ำ)|ตัว\S{0,4}?ม่วง",
        r"(?:ออกซิเจน|ออกซิเจนในเลือด|ค่าออกซิเจน|oxygen|spo2)\S{0,10}?(?<!\d)[4-8]\d(?!\d)",
        r"(?:ท่อ|เครื่อง)(?:ดูดเสมหะ|ออกซิเจน|ช่วยหายใจ)\S{0,8}?(?:เสีย|พัง|หยุด|ดับ|ไม่ทำงาน)",
        r"ความดัน\S{0,10}?(?<!\d)(?:2\d\d|1[89]\d)(?!\d)",
        r"(?:ช้าง|ลิง|หมา|สุนัข|วัว|ควาย|หมี|จระเข้)\S{0,10}?(?:เหยียบ|ขวิด|กระทืบ|รุมกัด|ขย้ำ|ทำร้าย)|(?:ถูก|โดน)(?:ช้าง|หมี|จระเข้)",
        r"กลิ่นแก๊ส\S{0,40}?(?:เงียบ|ไม่(?:มีใคร)?ตอบ|ไม่เปิด|เวียนหัว|หมดสติ)|(?:ไม่|บ่)เปิดประตู\S{0,6}?(?:\d+|สอง|สาม|หลาย)วัน",
        r"(?:เรียก|ปลุก|นอน|ເອີ້ນ|ນອນ)" + _NO + r"(?:ตื่น|ຕື່ນ)|ບໍ່ເປີດປະຕູ\S{0,6}?\d+ມື້",
        # Burmese: no answer to calling, lips blue, no breath heard, fits, eyes rolled back, something in the throat
        r"ခေါ်လို့\S{0,6}?မထူး|နှုတ်ခမ်း\S{0,8}?ပြာ|အသက်ရှူသံ\S{0,4}?မကြား|(?<!ဈေး)တက်နေ(?:တယ်|တာ)",
        r"မျက်လုံး\S{0,10}?လှန်|လည်ချောင်း\S{0,10}?(?:တစ်|ဆို့)|ရင်ဘတ်\S{0,8}?အောင့်|သွေး\S{0,14}?(?<!မ)ဆင်း",
        r"(?:လဲကျ|ချော်လဲ|ပြုတ်ကျ|လဲ)\S{0,45}?(?:ထမရ|မထနိုင်|ထမနိုင်)",
        # lying on the floor or ground for hours, or unable to get up, stand or feel the legs
        r"(?:นอน|ล้ม|ตก|ฟุบ)\S{0,25}?พื้น\S{0,20}?(?:ชั่วโมง|ตั้งแต่|ทั้งคืน|ลุก(?:เอง)?(?:ไม่|บ่)|ขยับ(?:ไม่|บ่))",
        r"(?:ລົ້ມ|ຕົກ|ນອນ(?!ຕິດຕຽງ))\S{0,40}?(?:ເໜັງບໍ່ໄດ້|ຢືນບໍ່ໄດ້|ລຸກບໍ່ໄດ້|ລຸກບໍ່ຂຶ້ນ|ບໍ່ມີຄວາມຮູ້ສຶກ)",
        _together(r"လဲ(?:နေ|ကျ)", r"ကတည်းက|အေးစက်|မခံစားရ|မထူး|ထမရ|မထနိုင်|ချွေး|သတိ|ရင်ဘတ်", 40),
        # chest pain with sweat, the left arm or a fall
        _together(r"ໜ້າເອິກ|ເຈັບເອິກ|ເອິກ", r"ເຫື່ອ|ແຂນຊ້າຍ|ລົ້ມ", 40),
        _together(r"ရင်ဘတ်", r"ချွေး|ဘယ်ဘက်လက်|လဲကျ|မော", 40),
        # Lao: called and no answer, lying and no answer, not waking whatever is done, a fit that does not stop
        r"(?:ເອີ້ນ|ປຸກ|ນອນ|ລົ້ມ)\S{0,20}?ບໍ່(?:ຕອບ|ເໜັງ|ຂານ|ຮູ້ສຶກຕົວ|ລືມຕາ)",
        r"(?:ກໍ|ຈັ່ງໃດ|ແນວໃດ)ບໍ່ຕື່ນ|ບໍ່ຕື່ນ(?:ເລີຍ|ຕັ້ງແຕ່)|ကတည်းက\S{0,10}?မနိုး",
        r"ຊັກ\S{0,20}?(?:ບໍ່ຢຸດ|ບໍ່ເຊົາ|ນາທີ)",
        # Lao and Burmese: sinking and not coming up, waves pulling out; scalded; poison drunk
        r"(?:ຈົມ|ນ້ຳ)\S{0,20}?ບໍ່(?:ເຫັນ)?ຂຶ້ນມາ|ຄື້ນ\S{0,4}?ດຶງ|(?:လှိုင်း|ရေစီး)\S{0,6}?ဆွဲ|คลื่น\S{0,4}?(?:ดูด|ซัด)",
        r"(?:ນ້ຳຮ້ອນ|ແກງຮ້ອນ|ນ້ຳມັນຮ້ອນ)\S{0,12}?(?:ລວກ|ໃສ່|ຕົກ)|ໜັງ\S{0,6}?(?:ພອງ|ລອກ)|ရေနွေး\S{0,10}?(?:ဖိတ်|လောင်|မှောက်)",
        r"(?:ပိုးသတ်ဆေး|ပေါင်းသတ်ဆေး|ကြွက်သေဆေး|အဆိပ်)\S{0,20}?သောက်",
        # Burmese: face gone blue or purple, breath short, a hand at the throat
        r"(?:မျက်နှာ|ပါးစပ်|အသား)\S{0,8}?(?:ပြာ|ခရမ်း)|ခရမ်းရောင်\S{0,4}?ဖြစ်|အသက်ရှူ\S{0,4}?မဝ|လည်ချောင်း\S{0,10}?ကိုင်",
        # blood pressure low, blood sugar too low for the meter ("LO")
        r"(?:ความดัน|ຄວາມດັນ|သွေးပေါင်|pressure|bp)\S{0,10}?(?<!\d)(?:[4-8]\d/[2-5]\d(?!\d)|[4-7]\d(?:အောက်|ต่ำ))",
        r"(?:น้ำตาล|ນ້ຳຕານ|သကြား|sugar|glucose)\S{0,16}?lo(?![a-z])",
        r"ຄວັນ(?:ອອກ|ເຕັມ|ດຳ)",
        # Burmese: fallen into a pond or river, gone swimming and not back, breath faint, no answer, fainted
        r"(?:ရေကန်|မြစ်|ချောင်း|ရေတွင်း)ထဲ\S{0,8}?(?:ကျ|ပြုတ်)|ရေကူး\S{0,12}?ပြန်မလာ|အသက်ရှူ\S{0,6}?(?:မသိသာ|တအိအိ|ခက်)",
        r"ခေါ်\S{0,6}?(?:မထူး|ညည်း|အသံ\S{0,4}?နည်းနည်း)|မူးလဲ|မျိုလို့\S{0,2}?မရ",
        r"(?:เล่นน้ำ|ว่ายน้ำ|ลงน้ำ)\S{0,15}?(?:หายไป|ไม่ขึ้นมา|ไม่กลับ)",
        # Lao: a fall with a twisted leg or lying on the floor; knocking and no sound; not seen since yesterday
        r"(?:ລົ້ມ|ຕົກ)\S{0,30}?(?:ຂາບິດ|ນອນຢູ່ພື້ນ|ຮ້ອງເຈັບ)",
        r"ເຄາະ\S{0,8}?ບໍ່(?:ມີສຽງ|ມີໃຜ|ຕອບ|ເປີດ)|ບໍ່ເຫັນອອກມາ\S{0,6}?ຕັ້ງແຕ່",
        # fallen and lying since the morning, or answering only weakly; under a collapsed roof or wall
        r"(?:ล้ม|ตก)\S{0,20}?ตั้งแต่(?:เช้า|เมื่อคืน|เมื่อวาน|บ่าย|เที่ยง|ตี)|(?:เรียก|ร้องเรียก)\S{0,10}?ตอบ(?:เสียง)?เบา",
        r"(?:ล้ม|ตก)\S{0,70}?ขยับ(?:ไม่|บ่)ได้",
        r"(?:หลังคา|บ้าน|ผนัง|กำแพง|ต้นไม้|เสา)\S{0,6}?(?:พัง|ถล่ม|ล้ม|หัก)(?:ลงมา)?\S{0,30}?(?:ทับ|ใต้|ติด)",
        # a breathing machine without power, labour with no one to help, burns and rotting wounds with fever
        _together(r"เครื่อง(?:ช่วยหายใจ|ออกซิเจน|ผลิตออกซิเจน)", r"ไฟดับ|ไฟตก|แบต\S{0,6}?(?:หมด|เหลือ)", 60),
        _together(
            r"น้ำ(?:คร่ำ)?เดิน|ปวดท้องคลอด|จะคลอด",
            r"ไม่มีใคร|ไม่มีเงิน|ไม่มีรถ|คนเดียว|เร่ร่อน|ข้างทาง|ใต้ทางด่วน|เพิง",
        ),
        r"ผิว\S{0,4}?(?:ลอก|พอง)|ไหม้(?:ที่)?(?:ขา|แขน|ตัว|หน้า|หลัง)",
        _together(r"แผล\S{0,6}?(?:เน่า|ติดเชื้อ)|ฉี่\S{0,4}?เป็นเลือด", r"ไข้|ซึม|ตัวสั่น|เพ้อ", 60),
        r"รถ(?:ไถ|อีแต๋น|มอไซค์|จักรยานยนต์|กระบะ)\S{0,8}?คว่ำ",
        _together(r"(?:ໄຂ້|ไข้|อุณหภูมิ)\S{0,4}?(?:39|4[0-2])|ไข้สูง|ตัวร้อนจัด|ตัวร้อนจี๋", r"ບໍ່ຕອບ|ສັ່ນໝົດ|ไม่ตอบ|ซึม|ชัก|สับสน|เพ้อ", 40),
        # flood water rising round someone who cannot hear the warning or be carried (Lao)
        _together(r"ນ້ຳ(?:ຖ້ວມ|ຂຶ້ນ|ຮອດ)\S{0,20}?(?:ແລ້ວ|ໄວ|ຕຽງ|ເອິກ)", r"ຫູໜວກ|ບໍ່ໄດ້ຍິນ|ຍົກບໍ່ໄຫວ|ຕິດຕຽງ|ຍ່າງບໍ່ໄດ້|ບໍ່ຍອມຍ້າຍ|ເມົາ"),
        _together(r"ရေ\S{0,16}?တက်နေ", r"ဘီးတပ်ကုလားထိုင်|ထွက်မရ|အိပ်ယာထဲ|လမ်းမလျှောက်နိုင်"),
    ),
    "attack": (
        r"จะ(?:ยิง|แทง|ฟัน)(?!ตัว)|จะฆ่า(?!ตัว)|ฆ่าให้ตาย|ขู่(?:ว่า)?จะ(?:ฆ่า|ทำร้าย|สาด|ยิง|แทง|เผา|ฟัน)",
        r"(?:กำลัง|ยัง|ตอนนี้)(?:(?!ไม่|บ่)\S){0,8}?(?:ทุบ|ตบ|(?<!แ)ต่อย|เตะ|กระทืบ|ทำร้าย|ซ้อม|ไล่ตาม|ไล่ตี|แทง|ฟัน|บีบคอ|ข่มขืน)",
        # a blow going on now: "ตีหนูอยู่", "ทุบตีกันอยู่"
        r"(?:(?<!เ)ตี(?!ย)|ทุบ|ตบ|เตะ|กระทืบ|ทำร้าย)(?:หนู|ลูก|เด็ก|แม่|เมีย|ฉัน|ดิฉัน|ผม|หลาน|น้อง|กัน|ผัว|สามี)?อยู่(?!แล้ว|บ่อย)",
        # with something in hand, or dragged out and hit
        r"(?:ไม้|เข็มขัด|สายไฟ|ไม้แขวนเสื้อ|ขวด|ท่อนเหล็ก)\S{0,4}?(?:ฟาด|ตี|ทุบ|หวด)",
        r"(?:ลาก|จิกหัว|กระชาก)\S{0,12}?(?:ตบ|ตี|ทุบ|เตะ|ต่อย)",
        r"(?:ราด|สาด)\S{0,6}?เผา|จะเผา(?!ขยะ|หญ้า|ถ่าน|ศพ)",
        r"လည်ပင်း\S{0,10}?ညှစ်",
        r"(?<!ลูกๆ)(?<!เด็กๆ)ตีกัน(?!\S{0,12}?(?:แย่ง|เกม|เล่น))",
        r"ซ้อม(?!ดนตรี|บอล|ฟุตบอล|กีฬา|ร้อง|เต้น|รำ|มวย|หนี|ใหญ่)",
        # hit, and how hard or that it is now ("ตี" alone is in เตียง)
        r"(?:(?:โดน|ถูก)(?:ตี|ตบ|ทุบ)|(?<!เ)ตี(?!ย)(?:หนู|ลูก|เด็ก|แม่|เมีย|ฉัน|ดิฉัน|ผม|หลาน|น้อง))\S{0,30}?"
        r"(?:เลือด|หนักมาก|สลบ|หัวแตก|กรีดร้อง|ร้องให้ช่วย|ตอนนี้|คืนนี้|จนหลัง|จนช้ำ|จนเขียว|จนบวม|จนเดินไม่ได้)",
        r"ຈະຂ້າ(?!ຕົວ)|ແທງ(?!ບານ|ຫວຍ)|ມີດ(?!ີ)|ເຕະ(?!ບານ)",
        r"(?:ขัง|ล็อค|ล็อก)\S{0,10}?(?:ไม่ให้|ไม่ยอมให้)ออก",
        # locked in against someone on the way: "เมาจะเข้ามาในห้อง หนูล็อคประตูไว้"
        r"(?:จะ|พยายาม)(?:เข้ามา|พังเข้ามา|บุกเข้ามา)\S{0,20}?(?:ล็อค|ล็อก|ปิด)ประตู|(?:ล็อค|ล็อก)ประตู\S{0,6}?หนี",
        # a gang, a head knocked against something, held under water, petrol poured on someone
        r"รุม(?:ยำ|ซ้อม|ตี|ทำร้าย|เตะ|ต่อย|กระทืบ|ทุบ)",
        r"(?:จับ|กด|ดึง|กระชาก)(?:หัว|ผม|คอ)\S{0,12}?(?:โขก|กระแทก|ฟาด|กด|จุ่ม)",
        r"(?:จับ|ถูก|โดน)\S{0,12}?กด(?:หัว)?(?:ลง)?(?:ใน)?(?:น้ำ|โอ่ง|อ่าง|ถัง)",
        r"(?:น้ำมัน(?!หอย|งา|มะกอก|พืช)|เบนซิน|ทินเนอร์)\S{0,6}?(?:ราด|สาด)|(?:ราด|สาด)\S{0,4}?(?:น้ำมัน(?!หอย)|เบนซิน|ทินเนอร์)",
        # screams and blows heard through a wall
        r"(?:ได้ยิน)?เสียง\S{0,12}?(?:ตบ|ทุบ|ตี(?!กลอง|ระฆัง)|กรีดร้อง|ร้องให้ช่วย|ร้องขอชีวิต|กระแทก|ปืน|ผู้หญิงร้อง|เด็กร้องไห้จ้า"
        r"|ร้อง(?:โหยหวน|ว่าช่วย|ช่วยด้วย))",
        # taken or held against their will, or writing in secret
        r"(?:ฉุด|ลาก|กระชาก|บังคับ|ລາກ|ດຶງ)\S{0,25}?(?:ขึ้นรถ|ຂຶ້ນລົດ|เข้า(?:ป่า|ห้อง|ไปใน)|ເຂົ້າໄປ)",
        r"(?:แปลกหน้า|ແປກໜ້າ)\S{0,20}?(?:อุ้ม|ลาก|ดึง|จับ|ອຸ້ມ|ລາກ|ດຶງ|ຈັບ)",
        r"(?:ถูก|โดน)?ขัง(?:รวม|อยู่|ใน)|ไม่ยอมให้กลับ(?!ไป|ดึก)|แอบ(?:พิมพ์|โทร|ใช้โทรศัพท์|ส่งข้อความ|ส่งไลน์)",
        r"บังคับ\S{0,12}?(?:ขายบริการ|ขายตัว|ค้าประเวณี|มิดีมิร้าย|มีเพศสัมพันธ์|นอนด้วย)",
        # Burmese: dragged by force, boiling water thrown, screams heard, someone locked in, phones taken
        r"အတင်း\S{0,8}?ဆွဲ|ရေနွေး\S{0,10}?ပက်|အော်သံ(?!ပဲ)\S{0,10}?ကြား|ကို\S{0,14}?ပိတ်ထား|ဖုန်း\S{0,6}?သိမ်း",
        # Burmese: kicking now (not the lake, ရေကန်), hitting (not pitching a shack, တဲထိုး, or an injection)
        r"(?<!ရေ)ကန်နေ|(?<!တဲ)(?<!ဆေး)ထိုးနေ",
        # Burmese and Lao: locked in a shop, a warehouse or behind a gate, passports taken; screams for help heard
        r"ထဲ\S{0,4}?(?:သော့ခတ်|ပိတ်)ထား|သော့ခတ်\S{0,12}?(?:ထွက်လို့မရ|ထွက်မရ)|ပတ်စပို့\S{0,6}?သိမ်း|အပြင်ထွက်ခွင့်မရှိ",
        r"အော်သံ(?!ပဲ)\S{0,24}?ကြား|ကယ်ကြပါ",
        _together(r"ລັອກປະຕູ|ເອົາ(?:ບັດ|ໂທລະສັບ|ພາສປອດ)", r"ອອກບໍ່ໄດ້|ບັງຄັບ", 40),
        # a threat to hit someone, said by a drunk or raging person; a drunk parent taking a child away
        r"จะ(?:ตี|ทุบ|ต่อย|เตะ|ฟัน|แทง)(?:ครู|เด็ก|ลูก|หนู|เมีย|ผัว|แม่|พ่อ|ฉัน|ผม|หลาน|น้อง|คน|กัน|ยาย|ตา(?!ย))",
        r"(?:คลั่ง|อาละวาด|เมา)\S{0,12}?(?:ถือ|เอา|คว้า)(?:มีด|พร้า|ขวาน|ไม้|ปืน)",
        r"(?:ถูก|โดน)\S{0,12}?มัด(?!จำ|รวม)|มัด(?:มือ|เท้า|ขา)(?:ไว้)?",
        r"(?:คนแปลกหน้า|โจร|ขโมย|คนร้าย)\S{0,10}?(?:เข้ามา|บุก|งัด|ปีน)(?:ใน)?(?:บ้าน|ห้อง)",
        r"ຕີ(?:ສາວ|ຜູ້ຍິງ)|ດຶງ\S{0,20}?ເຂົ້າຫ້ອງ|ຖືພ້າ|ຖືມີດ",
        r"เสียง(?:ของ|แก้ว|จาน)แตก",
        r"คน(?:ถือ|พก)(?:ไม้|มีด|ปืน|ดาบ|ขวาน)|จ้าง(?:วาน)?คน(?:มา)?(?:ทุบ|ตี|ทำร้าย|ยิง|ฆ่า|เก็บ)",
        r"(?<!หัวหน้า)(?<!เจ้านาย)(?<!ที่ทำงาน)(?<!หัวหน้างาน)ลวนลาม",
        r"(?:พา|ลาก|ฉุด)เด็ก\S{0,20}?เข้า(?:โรงแรม|ม่านรูด|ห้อง)",
        _together(r"ยึด(?:บัตร|โทรศัพท์|มือถือ|พาสปอร์ต|หนังสือเดินทาง)", r"ออกไปไหนไม่ได้|หลอกมา|ไม่ให้ออก|ไม่ให้กลับ"),
        r"ไม่(?:ยอม)?ให้(?:ไป)?หาหมอ",
    ),
    "suicide": (
        r"(?:จะ|อยาก|คิด|ขู่|บอก)\S{0,8}?(?:กระโดด|โดด)(?:ลง|ตึก|น้ำ|สะพาน|จาก)",
        r"กินยา\S{0,12}?(?:เกิน|ทั้งแผง|หมดแผง|ทั้งขวด|หมดขวด|ทั้งกระปุก|หมดกระปุก|เยอะ|หลายเม็ด)",
        r"จะตายตาม|ตายตาม(?:พ่อ|แม่|ผัว|เมีย|สามี|ภรรยา|ลูก|เขา|ไป)",
        r"(?:บอก|โพสต์|ข้อความ)ลา(?:ทุกคน|ตาย|โลก|แม่|พ่อ|ลูก|เมีย|ผัว|แฟน)|ฝาก(?:ดูแล)?ลูกด้วย",
        r"(?:จะ|อยาก)\S{0,12}?(?:ให้)?รถ(?:ไฟ)?(?:มา)?(?:ทับ|ชน)",
        r"(?:เขียน|ทิ้ง)(?:โน้ต|จดหมาย|ข้อความ)\S{0,10}?(?:ลา|ขอโทษ)",
        r"(?:ยืน|นั่ง|ปีน)\S{0,4}?(?:บน|ริม)(?:สะพาน|ดาดฟ้า|ตึก|ระเบียง|หลังคา|ขอบ)\S{0,30}?"
        r"(?:ไม่ไหว|จะกระโดด|จะโดด|อยากตาย|ร้องไห้|ลาก่อน)",
        r"ยานอนหลับ\S{0,10}?(?:เยอะ|หลายแผง|ทั้งแผง|ทั้งขวด|หมด)",
        r"กินยา\S{0,12}?(?:\d{2,}|สิบ|ยี่สิบ|สามสิบ|สี่สิบ|ห้าสิบ|หลายสิบ)\S{0,4}?เม็ด",
        r"ကြိုး\S{0,10}?ဆွဲ(?:ချ|သေ)",
        r"ကိုယ့်ကိုယ်ကို\S{0,12}?(?:လှီး|သတ်|ထိုး|ဒဏ်ရာ)",
        r"ဆေး\S{0,12}?(?:ပုလင်းလိုက်|အများကြီး|အကုန်)\S{0,8}?သောက်",
        r"ขอโทษทุกคน\S{0,10}?ลาก่อน|ลาก่อน\S{0,10}?ขอโทษทุกคน",
        r"ໂດດ(?:ນ້ຳ|ຕຶກ|ຂົວ|ລົງ)",
        # a wish to die, not the dying patient's wish to die at home or in peace
        r"(?:อยาก|ຢາກ)(?:ตาย|ຕາຍ)(?!ที่บ้าน|อย่างสงบ|แบบสงบ|ตามธรรมชาติ|ຢ່າງສະຫງົບ|ຢູ່ເຮືອນ|ທີ່ເຮືອນ)",
        _together(_ON_EDGE, _DESPAIR),
        _together(r"ขอโทษ\S{0,10}?(?:ทุกอย่าง|ทุกคน)", _FAREWELL_SIGNS),
        r"(?:เขียน|โพสต์|โพส|แคปชั่น|สตอรี่|ทักมา|ສະຕໍລີ່|ໂພສ|ຂຽນ)\S{0,20}?(?:ลาก่อน|ລາກ່ອນ|bye|goodbye)",
        r"ฝาก(?:ให้)?(?:ดูแล)?(?:ลูก|แมว|หมา|แม่|พ่อ|น้อง)\S{0,4}?ด้วย",
        r"ขอ(?:ให้)?(?:วันนี้)?เป็นวันสุดท้าย|(?:วัน|คืน)สุดท้ายของ(?:ชีวิต|ฉัน|ผม|หนู)|จดหมาย\S{0,40}?ถ้าใคร(?:เจอ|พบ)",
        r"จะ\S{0,10}?(?:ชน|ขับ)\S{0,6}?ให้ตาย|(?:จะ|ขู่)\S{0,8}?(?:กรีด|แทง|เชือด)\S{0,6}?ตัวเอง|เอายา\S{0,10}?ไปหมด",
        _together(r"(?:หยิบ|ถือ|ซื้อ)เชือก", r"เป็นภาระ|ไม่อยากอยู่|เบื่อ|ซึมเศร้า|ไล่|ร้องไห้", 60),
        r"(?:มีด|เชือก)\S{0,4}?อยู่ในมือ",
        r"(?:ကြွက်သေဆေး|ပိုးသတ်ဆေး|အဆိပ်)\S{0,10}?သောက်|ຈະ\S{0,6}?ກິນຢາ(?:ເບື່ອ|ພິດ|ຂ້າ)",
        _together(r"သေ(?:တော့)?မယ်", r"နှုတ်ဆက်", 30),
        # a farewell, with where they are or that they no longer answer
        r"(?:ส่ง|พิมพ์|ไลน์|ข้อความ|โพสต์|โพส|แชท)\S{0,8}?บอกลา|ขอโทษที่เป็นภาระ",
        _together(
            r"บอกลา|ลาก่อน|ขอบคุณ(?:ที่เคย|สำหรับทุกอย่าง)|ฝากดูแล|อย่าเสียใจ|ລາກ່ອນ|ຂອບໃຈທີ່ເຄີຍ|နှုတ်ဆက်|နောက်ဆုံးနေ့"
            r"|sorryforeverything|imdone|ໄປກ່ອນ|ເບິ່ງແຍງ(?:ແມ່|ພໍ່|ລູກ)|သွားတော့မယ်",
            r"ดาดฟ้า|สะพาน|ระเบียง|หลังคา|ตึก|ไม่รับ|ปิดเครื่อง|ติดต่อไม่ได้|โทรไม่ติด|เชือก|ยา(?!ย)|พินัยกรรม|ດາດຟ້າ|ຂົວ|ບໍ່ຮັບ|ເຊືອກ"
            r"|ဖုန်း\S{0,4}?(?:မကိုင်|ပိတ်)|ကြိုး|ဆေး",
        ),
        # out past the rail of a bridge or balcony; a photo of a rope or pills
        r"(?:นอก|ข้าม)ราว(?:สะพาน|กันตก|ระเบียง)|ນອກຮາວ|ຂ້າມຮາວ",
        r"(?:รูป|ຮູບ)(?:เชือก|ยา(?:เยอะ|หลาย|ทั้ง|นอนหลับ)|ເຊືອກ|ຢາ)|ဆေးပြား\S{0,6}?(?:အများကြီး|ဓာတ်ပုံ)",
        r"အသက်ရှင်ဖို့\S{0,8}?အကြောင်း\S{0,4}?မရှိ",
    ),
    "missing": (
        _together(
            r"(?:บอก|ตอบ)(?:ชื่อ|บ้าน)\S{0,6}?(?:ไม่|บ่)ได้|ถามชื่อ\S{0,4}?ตอบไม่ได้|ບອກ(?:ຊື່|ບ້ານ)ບໍ່ໄດ້|ຈື່ຊື່\S{0,6}?ບໍ່ໄດ້"
            r"|နာမည်\S{0,8}?မပြောနိုင်",
            r"ถนน|ริมทาง|ข้างทาง|กลางทาง|ฝน|หน้าเซเว่น|ตลาด|ຝົນ|ຖະໜົນ|ໜ້າເຊເວັ່ນ|ຕະຫຼາດ|ແຄມທາງ|ສາຍຂໍ້ມື|လမ်း|မိုး",
        ),
        _together(
            r"(?:เดิน|นั่ง|ยืน|นอน)\S{0,10}?(?:กลางถนน|บนถนน|บนทางหลวง|บนรางรถไฟ|บนทางรถไฟ)|(?:ຍ່າງ|ນັ່ງ|ນອນ)\S{0,6}?(?:ກາງຖະໜົນ|ທາງລົດໄຟ)",
            r"งง|หลง|สับสน|ตอบไม่ได้|จำ\S{0,12}?ไม่ได้|รถ(?:สิบล้อ|บรรทุก|วิ่ง)|รถไฟจะ|ສັບສົນ|ຫຼົງ|ລົດແລ່ນໄວ",
        ),
    ),
    "child": (
        # a child alone, with what makes it a danger (locked in, in a car, by a road, for days)
        r"(?:เด็ก|ลูก|หลาน|ทารก|หนู|น้องตัวเล็ก|ເດັກ|ລູກ|ကလေး)\S{0,30}?(?:คนเดียว|ลำพัง|ผู้เดียว|ຜູ້ດຽວ|ຄົນດຽວ|တစ်ယောက်တည်း)"
        r"\S{0,30}?(?:ในรถ|ริมถนน|ข้างถนน|กลางถนน|กลางตลาด|ล็อค|ล็อก|ขัง|ไม่มีผู้ใหญ่|ไม่กลับ|วันแล้ว|ร้องไห้ทั้ง"
        r"|ร้องหาแม่|หลง|ຂັງ|ລັອກ|ແຄມທາງ|ຂ້າງທາງ|ໃນລົດ|ມື້ແລ້ວ|ຮ້ອງໄຫ້|ອອກໄປ|ထားခဲ့|သော့ခတ်|ပိတ်ထား|လမ်း|ငိုနေ|ကျန်ခဲ့|မပြန်)",
        r"(?:เด็ก|ลูก|หลาน|ทารก|น้องตัวเล็ก|ເດັກ|ကလေး)\S{0,20}?(?:ในรถ|ริมถนน|ข้างถนน|ແຄມທາງ|ຂ້າງທາງ)\S{0,12}?"
        r"(?:คนเดียว|ลำพัง|ผู้เดียว|ຜູ້ດຽວ|ຄົນດຽວ|တစ်ယောက်တည်း)",
        r"(?:เด็ก|ทารก|ลูก|ເດັກ|ကလေး)\S{0,20}?(?:ถูกขัง|ขังไว้|ล็อคไว้|ล็อกไว้|ติดอยู่ใน|ຖືກຂັງ|ຂັງໄວ້|ຕິດຢູ່ໃນ|သော့ခတ်)",
        r"ကလေး\S{0,20}?(?:သော့ခတ်|ပိတ်ထား)",
        r"(?:ပြတင်းပေါက်|လသာဆောင်|ဝရန်တာ|လက်ရန်း)\S{0,30}?(?:တက်ထိုင်|တက်ရပ်|တွဲလောင်း)",
        r"\d+ရက်\S{0,10}?ဘာမှ\S{0,4}?မစား|ဘာမှ\S{0,4}?မစား\S{0,10}?\d+ရက်",
        r"(?:พ่อแม่|แม่|พ่อ|ผู้ปกครอง)\S{0,8}?(?:ไม่กลับ|หายไป)|ไม่เห็น(?:พ่อแม่|แม่|ผู้ใหญ่)",
        r"ลืม\S{0,6}?ไว้ใน(?:รถ|ห้อง|บ้าน)",
        r"(?:เด็ก|ทารก|ลูก|ເດັກ|ကလေး)\S{0,40}?(?:ไม่มีใครอยู่|ไม่มีคนดู|ไม่มีใครดู|ไม่มีคนเฝ้า|ปีนระเบียง|ปีนหน้าต่าง"
        r"|ບໍ່ມີໃຜຢູ່|ບໍ່ມີຜູ້ໃຫຍ່)",
        # a small child out past the rail or window
        r"(?:นอก|ข้างนอก|ปีน|ห้อย|นั่งบน|ยืนบน|ยืนอยู่บน)\S{0,12}?(?:ระเบียง|ราวกันตก|ราวระเบียง|หน้าต่าง)"
        r"|(?:ປີນ|ນອກ)\S{0,12}?(?:ປ່ອງຢ້ຽມ|ລະບຽງ)",
        r"(?:พ่อแม่|แม่|พ่อ|ผู้ปกครอง)\S{0,25}?(?:ยังไม่กลับ|ไม่กลับ|ไม่เห็นกลับ)|(?:ພໍ່ແມ່|ແມ່|ພໍ່)\S{0,25}?(?:ອອກໄປ|ຍັງບໍ່ກັບ|ບໍ່ກັບ)",
        r"(?:เด็ก|ลูก|หลาน|น้อง)\S{0,25}?(?:หายไปจาก|หายตัว|หาไม่เจอ|ตามหา)|เดินร้อง(?:ไห้)?หา(?:แม่|พ่อ)",
        # hungry for days, a baby without milk, crying gone faint, a stranger met online taking a child away
        r"(?:ไม่ได้|ไม่มีข้าว|ไม่มีอะไร|ไม่มี)กิน\S{0,6}?(?:มา)?(?:\d+|สอง|สาม|สี่|ห้า|หลาย)\S{0,3}?วัน",
        _together(r"นม(?:ผง)?หมด|ไม่มีนม", r"ซึม|เสียงแหบ|ไม่ยอมกิน|ขาดน้ำ|น้ำข้าว", 60),
        r"(?:เสียง)?ร้อง(?:ไห้)?\S{0,6}?(?:เริ่ม)?(?:แผ่ว|เบา)ลง",
        _together(r"รู้จัก(?:ทาง|ใน|จาก)(?:เกม|เฟส|แชท|ออนไลน์|แอป|ไลน์)", r"นัด(?:เจอ)?|จะพาไป|ขนส่ง", 60),
        r"(?:ບໍ່ໄດ້ກິນ|ບໍ່ມີເຂົ້າກິນ)\S{0,6}?(?:\d+|ສອງ|ສາມ|ຫຼາຍ)ມື້",
        r"(?:อยู่(?:บ้าน)?กันเอง|อยู่ลำพัง|ຢູ່ກັນເອງ)\S{0,6}?(?:มา)?(?:\d+|สอง|สาม|สี่|หลาย|ສອງ|ສາມ)(?:วัน|ມື້)",
        # alone by a road with traffic or on a railway, in either order (a child: the kind needs a child word)
        _together(
            r"ริมถนน|ข้างถนน|กลางถนน|บนถนน|ทางรถไฟ|รางรถไฟ|ຖະໜົນ|ຖະຫນົນ|ແຄມທາງ|ທາງລົດໄຟ|လမ်းပေါ်|ရထားလမ်း|ကားလမ်း"
            r"|ริมน้ำ|ริมคลอง|ริมแม่น้ำ|ແຄມນ້ຳ|ແຄມຂອງ|မြစ်ဘေး",
            r"คนเดียว|ลำพัง|ຄົນດຽວ|ຜູ້ດຽວ|တစ်ယောက်တည်း",
            40,
        ),
        # Lao: parents out, crying since morning, locked in
        r"(?:ພໍ່ແມ່|ຜູ້ໃຫຍ່)ບໍ່ຢູ່|ຮ້ອງໄຫ້\S{0,4}?(?:ມາ)?(?:ແຕ່|ຕັ້ງແຕ່)(?:ເຊົ້າ|ມື້ວານ|ຄືນ)",
        r"(?:ເດັກ|ລູກ)\S{0,20}?(?:ຖືກລັອກ|ລັອກ(?:ໄວ້)?ໃນ)",
        # a drunk parent taking a child away
        _together(r"เมา|ເມົາ", r"(?:จะ|พยายาม|กำลัง)(?:เอา|พา|ลาก|อุ้ม|ฉุด|กระชาก)(?:เด็ก|ลูก|หลาน|น้อง)", 40),
    ),
}

# -- English, over the spaced text without apostrophes ----------------------------------------------

ENGLISH: dict[str, tuple[str, ...]] = {
    "medical": (
        r"unconscious", r"pass(?:ed|es)? out", r"(?<!roof )(?<!house )(?<!wall )(?<!building )(?<!bridge )collaps(?:ed|es|ing)\b",
        r"unresponsive", r"(?:wont|doesnt|does not|not|isnt) respond\w*", r"(?:not|isnt|stopped|no longer|hardly|barely) breathing", r"(?:cant|cannot|can not) breathe",
        r"struggling to breathe", r"(?:not|isnt) waking", r"(?:wont|doesnt|cant|cannot|will not) wake",
        r"(?:not|isnt|stopped) moving", r"no pulse", r"bleeding(?! a little| slightly)", r"blood everywhere",
        r"seizure", r"convuls\w*", r"heart attack", r"chest pains?", r"face (?:is )?drooping", r"slurr\w+ speech",
        r"overdos\w*", r"poison\w*", r"choking", r"drown\w*", r"on fire", r"fire(?!d|works| department| station| truck| fighters?| exit| wood| place)\b",
        r"(?:car|motorbike|motorcycle|bike|truck|bus|road) (?:accident|crash)", r"blood (?:on|from|all over) (?:his|her|the)", r"hit by a (?:car|truck|bus|motorbike)", r"run over", r"badly (?:hurt|injured)",
        r"seriously (?:hurt|injured)", r"fell (?:down|from|off)", r"(?:hasnt|havent|has not|not) been seen (?:for|since)",
        r"(?:doesnt|does not|not|isnt|wont) (?:answer|open)(?:ing)? the door", r"has fallen", r"(?:cant|cannot) get up",
        r"electrocut\w*", r"snake ?bite", r"bitten by a snake", r"trapped", r"stuck inside",
        r"(?:fell|fallen|falls|slipped|plunged|went|jumped) (?:in|into|under) (?:the |a )?(?:\w+ )?"
        r"(?:river|canal|klong|water|pond|well|sea|lake|ditch|drain|pool|reservoir)", r"swept away", r"cant swim",
        r"splashing", r"turn(?:ing|ed) blue", r"(?:lips|face) (?:are |is )?(?:turning )?blue", r"gasping",
        r"foam\w* (?:\w+ ){0,2}(?:at|from|out of) (?:the|his|her) mouth", r"having a fit",
        r"swallow\w* (?:a|an|the|some) (?:\w+ )?(?:coin|battery|magnet|button|nail)",
        r"(?:drank|drunk|swallowed|ate) (?:\w+ ){0,2}(?:weed ?killer|bleach|pesticide|insecticide|rat poison|paraquat|cleaner)",
        r"smoke (?:is )?(?:coming|pouring|billowing) (?:out|from)",
        r"(?:gas|lpg) (?:smell|leak)\b.{0,60}(?:dizzy|not answering|no answer|faint|cant find)",
        r"(?:doesnt|does not|not|isnt|wont) (?:answer|open)(?:ing)? (?:her|his|their) door",
        r"(?:thud|bang|crash)\b.{0,20}(?:now nothing|silence|no sound|quiet now)",
        r"(?:oxygen|o2|spo2|sat\w*) (?:is |at |of )?(?:[4-8]\d)\b", r"(?:oxygen|breathing) machine (?:\w+ ){0,2}(?:stopped|broke|off)",
        r"(?:elephant|dogs?|monkeys?|buffalo|bull|crocodile)\b.{0,25}(?:trampl|maul|gor(?:ed|ing)|biting|bit (?:her|him))",
        # on the floor or ground, unable to get up, stand, sit up or feel the legs; a hip or neck broken
        r"(?:cant|cannot|can not|couldnt|could not|unable to) (?:get up|stand up|sit up|stand\b(?=\s*(?:[,.;]|$|and|or|on))"
        r"|feel (?:her|his|my|their) legs)",
        r"(?:lying|been|lay|laying|found (?:her|him)) (?:\w+ ){0,2}(?:on|at) (?:the|her|his) (?:\w+ )?(?:floor|ground|bottom of)"
        r"\b.{0,50}(?:hours|since|cant|cannot|couldnt|cold|confused|all night)",
        r"(?:hip|neck|spine|back) (?:is |was )?broken|broke (?:her|his) (?:hip|neck|back)",
        r"(?:holding|clutching|grabbing|gripping) (?:her|his|their|my) (?:chest|throat)",
        r"(?:going|turning|turned|went|gone) (?:blue|purple|grey|gray)", r"barely (?:moving|breathing|conscious)",
        r"seiz(?:ing|ed)\b", r"(?:fit|seizure|shaking)\w* (?:\w+ ){0,4}(?:wont|will not|doesnt|does not) stop",
        # gone under water, or a wheelchair into it
        r"(?:went|gone|go|goes|slipped) under\b", r"(?:hasnt|has not|didnt|did not|havent|not) (?:come|came) (?:back )?up\b",
        r"head (?:is |was )?under (?:the )?water", r"(?:rip current|current|waves?) (?:is |are )?(?:pulling|dragging|took|swept)",
        r"(?:rolled|tipped|tipped over) (?:in|into|over into) (?:the |a )?(?:canal|river|ditch|water|pond|klong|drain)",
        r"(?:wander\w*|walking|sitting|standing|lying|stuck|trapped|caught)\b.{0,30}\b(?:on|along|in|across) (?:the |a )?"
        r"(?:middle of the )?(?:highway|motorway|expressway|main road|railway|railroad|train tracks?|level crossing)\b",
        r"(?:blood ?pressure|bp) (?:is |of |at )?[4-8]\d ?/ ?[2-5]\d\b", r"(?:sugar|glucose)\b.{0,20}\blo\b",
        r"(?:water|flood\w*) (?:is )?(?:rising|at (?:the )?(?:bed|chest|waist|neck))\b.{0,60}(?:bedridden|cant (?:carry|move|lift|walk)"
        r"|wheelchair|barely moving|deaf)|(?:bedridden|wheelchair|cant walk|deaf)\b.{0,60}(?:water|flood\w*) (?:is )?rising",
        # a high fever or cold sweat with confusion or no answer
        r"(?:temp\w*|fever) (?:of |is |at )?(?:39|4[0-2])\b.{0,40}(?:shaking|not answering|confused|unresponsive|mumbl)",
        r"(?:high fever|cold (?:and )?sweat\w*)\b.{0,60}(?:very confused|not answering|mumbl|unresponsive)",
        r"(?:not answering|hasnt answered|no answer)\b.{0,60}(?:smell|door (?:is )?locked|mail piling)",
        r"(?:smell|door (?:is )?locked|mail piling)\b.{0,60}(?:not answering|hasnt answered|no answer)",
        r"(?:hasnt|has not|havent) (?:answered|been answering)\b.{0,30}(?:since|days|for \d)",
        r"scald\w*|(?:hot|boiling) (?:water|soup|oil) (?:\w+ ){0,3}(?:on|over|onto) (?:her|him|his|the baby)",
        r"(?:cant|cannot|doesnt|does not|couldnt) (?:tell (?:me |us )?|remember |know |say )(?:(?:his|her) (?:own )?(?:name|address)"
        r"|where (?:she|he) lives)",
        r"(?:not|isnt|barely|hardly) (?:really )?waking", r"too weak to (?:stand|walk|sit|move|cry|eat)",
        r"(?:cant|cannot|couldnt|can not) move (?:her|his|my|their) (?:legs?|body|neck|hip)",
        r"(?:keeps?|kept) going (?:back )?into the (?:water|sea|waves)|(?:went|go|gone) swimming\b.{0,40}"
        r"(?:not back|(?:hasnt|didnt|not) (?:come|came) back|missing)",
        r"(?:flood\w*|water)\b.{0,30}(?:up to|reached|at) (?:the )?(?:windows?|roof|chest|neck|waist)\b.{0,80}"
        r"(?:stuck|trapped|wheelchair|bedridden|cant (?:get out|walk|move)|alone)"
        r"|(?:stuck|trapped|wheelchair|bedridden)\b.{0,60}(?:flood\w*|water)\b.{0,30}(?:up to|reached|at) (?:the )?"
        r"(?:windows?|roof|chest|neck|waist)",
        r"shivering\b.{0,40}(?:cant (?:talk|speak|stand|sit)|very confused|not making sense)",
        r"(?:thud|bang|crash)\b.{0,20}(?:now (?:its |it is )?silent)",
        # Burmese typed in Latin letters: "mee lout nay" (a fire burning)
        r"mee ?(?:lout|laung|lounge) (?:nay|ne)\b",
    ),
    "attack": (
        r"beat(?:ing|in|s)?(?: up)? (?:me|her|him|us|my)\b", r"(?<!heart )(?<!heart is )(?<!heart was )beating",
        # Thai typed in Latin letters: "samee tee nu yoo" (my husband is hitting me)
        r"(?:tee|dtee|tii) (?:nu|noo|chan|mia|luk|look|mae|dek)\b", r"tham ?rai", r"hit(?:ting|s)? (?:me|her|him|us)\b",
        r"hitting", r"punch(?:ing|ed|es)? (?:me|her|him)", r"kick(?:ing|ed|s)? (?:me|her|him)(?! out)",
        r"attack(?:ed|ing)?\b", r"assault\w*", r"stabb?(?:ed|ing|s)?\b", r"knife\b|knives\b", r"\bguns?\b",
        r"shoot\w*", r"(?:been|was|got|is|being) shot\b", r"gunshot", r"rap(?:e|ed|ing)\b", r"molest\w*",
        r"strangl\w*", r"chok(?:e|ing|ed) (?:me|her|him)", r"kidnap\w*", r"hostage",
        r"lock(?:s|ed)? (?:me|her|him|us|them) (?:in|up|inside)", r"threaten\w* to kill",
        r"(?:going to|gonna|will|wants? to|trying to) kill (?:me|her|him|us|them|my)(?! if)", r"kill (?:me|her|him|us)\b(?! if)",
        r"hurting (?:me|her|him|us)", r"broke (?:my|her|his) (?:arm|leg|nose|ribs?|jaw)",
        r"machete", r"chas(?:ing|ed|es) (?:me|her|him|us)\b", r"(?:being|getting|got) (?:kicked|beaten|punched|stabbed|slapped)",
        r"slapping sounds?", r"sounds? of (?:slapping|hitting|punching|beating|someone being)",
        r"(?:scream|cry|shout|yell)\w* \W{0,2}(?:stop|dont|help|please|let me go)\b",
        r"dragg?(?:ed|ing) (?:a |the )?(?:her|him|woman|girl|boy|child|kid)\b.{0,30}(?:into|van|car)",
        # Burmese typed in Latin letters: "yite nay tal" (is hitting), "thut mal" (will kill)
        r"yite (?:nay|ne)\b", r"thut (?:mal|mel|may)\b",
        r"finish (?:me|her|him|us)(?: off)?\b", r"(?:im|i am) hiding", r"hiding (?:from|in|under) ",
        r"(?:kicking|beating|punching|hitting|stomping on) (?:a|an|the|this|that|some) (?:\w+ ){0,2}"
        r"(?:man|woman|guy|boy|girl|kid|child|person|lady|student)\b",
        r"(?:trying|tries|tried) to (?:drag|grab|snatch|force) (?:her|him|them|the|my|a)\b",
        r"bruis\w* between (?:her |his )?legs", r"intruder", r"(?:is|are) (?:breaking|trying to break|climbing|getting) in\b",
        r"(?:wont|doesnt|does not|will not|dont|do not) let (?:me|her|him|us|them) (?:leave|go out|out)\b",
        r"(?:took|takes|kept|keeps|holds?|holding) (?:my|her|his|our|their) (?:passports?|id cards?|phones?)\b.{0,60}"
        r"(?:lock|wont let|not allowed|cant leave|no pay|dont let)",
        r"(?:yell|shout|scream)\w*\b.{0,15}(?:ill|i will|im going to|gonna) kill (?:you|u)\b",
        r"(?:woman|women|girl|lady) (?:is |was )?screaming",
        # Burmese typed in Latin letters: "dar kai htar" (holding a knife)
        r"dar (?:kai|kaing|kine) (?:htar|hta)\b",
    ),
    "suicide": (
        r"suicid\w*", r"kill (?:myself|himself|herself|themselves)", r"end (?:my|his|her|their) life",
        r"wants? to die(?! peacefully| at home| in peace| naturally)", r"wanna die", r"dont want to (?:live|be alive|wake up)", r"no reason to live",
        r"hang (?:myself|himself|herself)", r"(?:cut|cutting|hurt|hurting|harm|harming) (?:myself|himself|herself)",
        r"self.?harm", r"jump (?:off|from|in front)", r"(?:took|taken|swallowed|take) (?:all|a lot of|lots of|too many|many"
        r"|a bottle of|the whole)\b.{0,20}pills?", r"rope (?:is )?ready", r"(?:goodbye|suicide|farewell) (?:note|message|letter|post)",
        r"end it(?: all)?\b", r"better off dead", r"goodbye forever",
        r"(?:cut|cuts|cutting|slit|slashed?) (?:her|his|my|their) wrists?",
        r"(?:going to|gonna|wants? to|about to|threaten\w* to|will) jump\b", r"last day on earth",
        r"(?:dont|do not) want to be (?:here|alive) anymore", r"gave away (?:her|his|my) (?:\w+ )?(?:cat|dog|things|stuff|belongings)",
        r"(?:has|have|got|bought|with) a rope", r"took (?:about |around |like |over )?\d+ (?:\w+ )?(?:pills|tablets|paracetamol)",
        r"(?:posted|wrote|caption|story|message)\b.{0,30}(?:bye everyone|goodbye)", r"(?:good)?bye everyone",
        r"(?:im|i am|standing|sitting|shes|hes|she is|he is) (?:\w+ )?on (?:the|a|top of the) (?:bridge|roof|rooftop|ledge|edge)"
        r"\b.{0,60}(?:sorry|goodbye|bye|jump|anymore|end it)",
        r"(?:sorry|goodbye|cant do this anymore)\b.{0,40}(?:im|i am) on (?:the|a) (?:bridge|roof|rooftop|ledge)",
        # a farewell, with no answer since or something to die by
        r"(?:goodbye|thanks? (?:you )?for everything|sorry for everything|sorry for being a burden|last sunset)\b.{0,80}"
        r"(?:not (?:answering|picking up|responding)|phone (?:is )?off|rope|pills|bridge|roof|ledge|railing|alone)",
        r"(?:not (?:answering|picking up)|phone (?:is )?off)\b.{0,60}(?:goodbye|thanks? (?:you )?for everything|sorry for everything)",
        r"(?:standing|sitting|climbed|climbing|leaning) (?:\w+ )?(?:on )?(?:the )?(?:outside|other side|edge) of (?:the |a )?(?:\w+ ){0,3}"
        r"(?:bridge|roof|rooftop|railing|ledge|balcony|building)",
        r"(?:photo|picture|pic)s? of (?:a |the )?(?:lot of |lots of |many |a pile of )?(?:rope|noose|pills|tablets|blade|razor)",
        r"(?:drank|drunk|swallowed) (?:\w+ ){0,4}(?:weed ?killer|bleach|pesticide|insecticide|rat poison|paraquat)",
        r"(?:last (?:post|message)|sorry everyone|thank (?:u|you) for everything|tell my (?:mom|mum|mother|dad|father) (?:im|i am) sorry)"
        r"\b.{0,80}(?:offline|phone (?:is )?off|not (?:answering|picking up|responding)|sorry|goodbye)",
        r"locked (?:himself|herself|themselves) in\b.{0,80}(?:no sound|no answer|razor|rope|pills|wont open|not answering|done)",
        r"(?:sitting|standing|climbed|climbing) on (?:the |a )?(?:railing|rail|ledge|edge) of (?:the |a )?(?:\w+ ){0,3}"
        r"(?:bridge|roof|building|balcony)",
        r"(?:leg|legs) over the (?:side|railing|rail|edge)",
        r"(?:im|i am) done with everything",
        # Burmese typed in Latin letters: "thay chin tal" (wants to die)
        r"thay ?chin\b",
    ),
    "missing": (r"(?:has been |is |went )?missing since", r"(?:has not|hasnt|did not|didnt) come home"),
    "child": (
        r"left alone", r"home alone", r"alone (?:at home|in (?:the|a) (?:car|house|room))",
        r"left (?:in|inside) (?:a|the) (?:car|house|room)", r"locked (?:in|inside)", r"abandon\w*",
        r"missing(?! (?:school|class|documents?|papers|id|birth|out))", r"no food for", r"(?:hasnt|havent|not) eaten for",
        r"chained", r"(?:nobody|no one) (?:is )?(?:home|there|watching|with (?:him|her|them))", r"(?:baby|infant|newborn|child) (?:was )?(?:found|dumped|left) (?:in|on|near|at|by)", r"(?:child|kid|baby|toddler|boy|girl)s? (?:\w+ ){0,3}alone",
        r"alone (?:on|by|near|at|in) the (?:road|street|river|canal|bus stop|market)",
        r"(?:kid|child|boy|girl|baby|toddler)\b.{0,40}\b(?:balcony railing|railing|window ?sill|ledge|outside the (?:balcony|window))",
        r"(?:baby|child|kid|toddler)\w* (?:is )?crying (?:nonstop|non stop|for hours|since|all day|all night)",
        r"parents? (?:are |is )?not (?:home|there|around)", r"(?:nobody|no one) went in",
        r"(?:climbing|sitting on|standing on|hanging (?:from|off)|outside) (?:the |a )?(?:balcony )?(?:railing|window ?sill|ledge)",
        r"crying\b.{0,40}(?:since (?:this )?morning|since last night|for hours|hours now|all day|all night)",
        r"(?:nobody|no one) (?:opens|answers|answered|opened|answering|opening)\b", r"climbing\b.{0,30}\b(?:rail|railing|window)",
        r"(?:hasnt|havent|not|has not) had (?:any )?food (?:for|since)",
        r"(?:alone|by (?:him|her)self)\b.{0,40}(?:road|street|highway|railway|train tracks)\b"
        r"|(?:road|street|highway|railway|train tracks)\b.{0,40}(?:alone|by (?:him|her)self)",
        # Burmese typed in Latin letters: "ta yout tae" (alone)
        r"ta ?(?:yout|yoke) ?(?:tae|tal|te)\b", r"mi ?ba (?:twe )?ma ?shi",
        r"drunk\b.{0,60}(?:trying|tries|wants|going) to (?:take|drag|grab|drive off with)",
    ),
}

# -- what cancels a hit -----------------------------------------------------------------------------

# Just before the hit, or a few words of saying or meaning between: "ไม่ได้หมดสติ", "ไม่มีใครถูกทำร้าย",
# "ไม่ได้พูดว่าจะทำร้ายตัวเอง", "ยังไม่ถึงขั้นทำร้าย", "ไม่มีความคิดจะ…", "ບໍ່ໄດ້ສະຫຼົບ" (not "ไม่ว่าจะเรียกยังไง").
NEGATED_BEFORE = re.compile(
    r"(?<!พูด)(?<!เดิน)(?<!ลุก)(?<!ขยับ)(?<!ເວົ້າ)(?<!ຍ່າງ)(?<!ລຸກ)"  # "พูดไม่ได้" is cannot speak, no negation
    r"(?:ไม่(?!ว่า)|บ่|ບໍ່)(?:ได้|มี|ใคร|คน|ถูก|โดน|คิด|จะ|เคย|ใช่|อยาก|เห็น|พูด|บอก|ถึง|ว่า|ขั้น|กับ|ท่าที|ทีท่า|ความคิด|ที่|เรื่อง"
    r"|การ|มา|ยิน|ເຄີຍ|ໄດ້|ມີ|ໃຜ|ເວົ້າ|ວ່າ|ຄິດ|ຖືກ|ໂດນ)*$"
)
ENGLISH_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|never|nobody|isnt|wasnt|arent|werent|didnt|doesnt|hasnt|havent|without|no one)\s+(?:\w+\s+){0,2}$"
    r"|\bif\s+(?:\w+\s+){0,3}$|\b(?:feel|feels|feeling|felt)\s+$"
)
# Just after, in Burmese, which negates after the verb: "သေချင်တာ မဟုတ်ပါဘူး" (it is not that I want to die).
NEGATED_AFTER = ("မဟုတ်", "မှာစိုး", "မှာကြောက်")
# Said of someone else, in a story or a question: "ถ้าเพื่อนพูดว่าอยากตาย", "เห็นข่าวคนฆ่าตัวตาย", "ดูซีรีส์…",
# "ชอบพูดว่า", "if a friend says", "sometimes says", "ຖ້າໝູ່ເວົ້າວ່າ", "read in the news".
NOT_HAPPENING_BEFORE = re.compile(
    r"(?:(?:ถ้า|หาก|สมมติ|ຖ້າ|if)\S{0,15}?(?:พูด|บอก|โพสต์|ເວົ້າ|say|said|talk)"
    r"|(?:ชอบ|มัก(?:จะ)?|บางที|บางครั้ง|sometimes|often|always|ມັກ)(?:พูด|บอก|บ่น|ເວົ້າ|say|said|talk)"
    r"|(?:ชอบ|มัก|มักจะ|sometimes|often|usually|always)(?:ไป)?$"
    r"|เห็นข่าว|ในข่าว|อ่านข่าว|ดูข่าว|innews|thenews|ซีรีส์|ละคร|ในหนัง|series|movie|ບົດລະຄອນ|ເຫັນຂ່າວ|ໃນຂ່າວ|သတင်း"
    r"|joking|jokes|kidding|พูดเล่น|ล้อเล่น|ເວົ້າຫຼິ້ນ|ငြိမ်ငြိမ်း|ငြိမ်းချမ်း|ไม่แน่ใจว่า|ไม่รู้ว่า|notsure(?:if|whether))\S{0,20}$"
    # a question about what if (not a threat: "ขู่ว่าถ้าเลิกจะ…" is danger)
    r"|(?<!ขู่ว่า)(?<!ขู่)(?:ถ้า|หาก|ຖ້າ|ຫາກ)(?:(?!จะ|ຈະ)\S){0,12}$|กลัว\S{0,10}?จะ$"
    # the cause of a lasting disability: "อัมพาตท่อนล่างจากรถคว่ำ"
    r"|(?:อัมพาต|อัมพฤกษ์|พิการ|ติดเตียง|ขาขาด|แขนขาด|ตาบอด|แผลเป็น|paralys\w*|disabled|bedridden)\S{0,15}?"
    r"(?:จาก|เพราะ|from|after)(?:อุบัติเหตุ|accident|an accident)?$"
)
# A child left with someone to look after them is not left alone: "ทิ้งไว้ให้ยายเลี้ยง", "ทิ้งไว้กับปู่".
IN_CARE_AFTER = re.compile(
    r"\S{0,3}?(?:กับ|ให้|ກັບ|ໃຫ້)(?:คุณ)?(?:ปู่|ย่า|ตา(?!ย)|ยาย|พี่|ป้า|น้า|อา|ลุง|ญาติ|เพื่อนบ้าน|แม่|พ่อ|ครู|พี่เลี้ยง"
    r"|ພໍ່ຕູ້|ແມ່ຕູ້|ປູ່|ຍ່າ|ພີ່|ປ້າ|ລຸງ|ຍາດ)"
)
# Just after: a little only ("เลือดออกนิดหน่อย", "bleeding a little").
MILD_AFTER = (
    "นิดหน่อย", "เล็กน้อย", "นิดเดียว", "ซิบ", "ไม่มาก", "ไม่เยอะ", "ນ້ອຍໜ່ອຍ", "alittle", "slightly", "minor",
    # bleeding gums and the like, and a condition that comes and goes, not an emergency now
    "ตามไรฟัน", "ไรฟัน", "ริดสีดวง", "บ่อย", "เป็นประจำ", "เป็นพักๆ", "sometimes", "often", "occasionally",
    "ເລື້ອຍໆ", "ခဏခဏ", "သလို",
    # a joke, a question whether it is so, a scrape
    "lol", "haha", "ရယ်ရယ်", "สักพัก", "สักอาทิตย์", "ไม่ใช่ตาย", "ပြောတတ်", "หรือเปล่า", "รึเปล่า", "หรือป่าว", "ถลอก", "ပွန်းရုံ",
)  # fmt: skip
# Said of the past or of a risk, not of now (matched without spaces: "used to" is "usedto").
PAST_WORDS = (
    "เคย", "เมื่อปี", "เมื่อเดือน", "ปีที่แล้ว", "ปีก่อน", "เดือนก่อน", "เมื่อก่อน", "แต่ก่อน", "สมัยก่อน",
    "เมื่อหลายปี", "ตอนเด็ก", "ตอนเรียน", "ปีกาย", "สัปดาห์ก่อน", "อาทิตย์ก่อน", "สัปดาห์ที่แล้ว",
    "อาทิตย์ที่แล้ว", "ອາທິດທີ່ແລ້ວ", "ອາທິດກ່ອນ", "lastweek",
    "ເຄີຍ", "ປີກາຍ", "ປີທີ່ແລ້ວ", "ເດືອນທີ່ແລ້ວ", "ແຕ່ກ່ອນ", "မနှစ်က", "အရင်က", "အရင်လက", "ယခင်က", "ဖူးတယ်", "ဖူးပါ", "ဖူးသည်", "ဖူးတာ",
    "usedto", "lastyear", "yearsago", "monthsago", "inthepast", "previously", "lastmonth", "asachild",
    "ဟောင်း", "လောက်က", "lastmonday", "lasttuesday", "lastwednesday", "lastthursday", "lastfriday", "lastsaturday",
    "lastsunday", "lastsummer", "lastwinter", "lastchristmas", "weeksago", "weekago", "daysago",
    "ပြီးခဲ့တဲ့", "ဟိုနှစ်က", "ခဲ့တဲ့", "ခဲ့တာ", "လရှိပြီ", "နှစ်ရှိပြီ",
)
# After the hit, not the words that come before their own verb: "เลือดออก … เคยพูดว่า" is another clause.
PAST_AFTER = tuple(word for word in PAST_WORDS if word not in ("เคย", "ເຄີຍ", "usedto"))
# Only before the hit: a fear of it, not the thing ("กลัวจะฆ่าตัวตาย"; but "เลือดออก กลัวจะตาย" is danger).
RISK_BEFORE = ("กลัวจะ", "กลัวว่าจะ", "กลัวโดน", "กลัวถูก", "เผื่อ", "ป้องกัน", "afraid", "worried", "incase", "ຢ້ານວ່າ", "ຢ້ານຈະ", "စိုးရိမ်")
# "ไม่เคย…" (never before) is no past: "ชักนานขนาดนี้ ไม่เคยเป็น".
NEVER = re.compile(r"ไม่เคย|ບໍ່ເຄີຍ|never")
# Words for now: between a past word and the hit they keep it ("เคยโดนตี ตอนนี้กำลังตีอีก").
NOW_WORDS = (
    "ตอนนี้", "กำลัง", "ขณะนี้", "เดี๋ยวนี้", "เมื่อกี้", "เมื่อกี๊", "เพิ่ง", "คืนนี้", "วันนี้", "อีกแล้ว", "ถึงนี้",
    "ດຽວນີ້", "ຕອນນີ້", "ກຳລັງ", "ມື້ນີ້", "ຄືນນີ້", "အခု", "ယခု", "ဒီနေ့", "ဒီည", "now", "tonight", "today", "again", "still", "currently",
    "อยู่ๆ", "จู่ๆ", "ทันที", "ຫາກໍ່", "suddenly",
)
# After the hit anywhere: the person is safe or well now ("ตอนนี้หายแล้ว", "she is fine now").
SAFE_WORDS = (
    "ปลอดภัยแล้ว", "ปลอดภัยดี", "ตอนนี้หายแล้ว", "หายดีแล้ว", "หายป่วยแล้ว", "แยกกันอยู่แล้ว", "ดีขึ้นแล้ว", "ตอนนี้ปกติ", "ปกติแล้ว", "ไม่เป็นไรแล้ว",
    "ฟื้นแล้ว", "รู้สึกตัวแล้ว", "แยกทางแล้ว", "เลิกกันแล้ว", "หย่าแล้ว",
    "ປອດໄພແລ້ວ", "ດີແລ້ວ", "ດີຂຶ້ນແລ້ວ", "ຫາຍແລ້ວ", "ကောင်းသွားပြီ", "ဘေးကင်း", "သက်သာသွားပြီ",
    "finenow", "safenow", "oknow", "okaynow", "recovered", "doingbetter", "betternow", "issafe", "ไม่มีใครเจ็บ", "ไม่มีใครบาดเจ็บ", "ไม่มีคนเจ็บ",
    "ไม่มีผู้บาดเจ็บ", "noonehurt", "noonewashurt", "nobodyhurt", "nobodywashurt", "noonewasinjured", "ดับแล้ว", "ດັບແລ້ວ", "เจอแล้ว", "พบแล้ว", "foundnow",
    # treated, back home, or a lasting condition rather than a new one
    "เย็บมาแล้ว", "เย็บแผลแล้ว", "ไปเย็บ", "รักษาหายแล้ว", "ไม่ได้เป็นใหม่", "อาการถาวร", "เป็นมานาน", "มาหลายปี",
    "ตั้งแต่เกิด", "กลับมาแล้ว", "กลับมาบ้านแล้ว", "กลับบ้านแล้ว", "ปกติดี", "ກັບມາແລ້ວ", "ຕອນນີ້ບໍ່ມີຫຍັງ",
    "ဘာမှမဖြစ်", "မလုပ်တော့", "ပြန်ရောက်", "walkingfine", "nothingbroken", "justbruised", "homenow", "cameback",
    "camehome", "isbacknow", "fewscratches", "finetoday", "shesresting", "hesresting", "notrightnow",
    "ไปหาหมอแล้ว", "หาหมอมาแล้ว", "หมอตรวจแล้ว", "หมอดูแล้ว", "sawadoctor", "seenbyadoctor", "ไม่อันตราย",
    "สบายดี", "รอดแล้ว", "ช่วยขึ้นมาได้", "ช่วยไว้ทัน", "ช่วยไว้ได้",
    "justascratch", "allgood", "goodnow", "hesok", "shesok", "justscratched", "helpedhimup", "helpedherup", "ทำแผลแล้ว", "ဘယ်သူမှမထိခိုက်",
)
# Safe, said alone ("ตอนนี้…ปลอดภัย", "now, safe"), but not "ไม่ปลอดภัย", "ให้ปลอดภัย", "ปลอดภัยไหม", "unsafe".
SAFE_ALONE = re.compile(
    r"(?<!ไม่)(?<!ให้)(?<!จะ)ปลอดภัย(?!ไหม|มั้ย|หรือ)|(?:now|,|shes|hes|theyre|were|im)safe(?!ty|ly)|(?<!မ)လုံခြုံ(?!မှု|ရေး)"
    r"|หนีมาอยู่บ้าน(?!ข้าง|ติดกัน|ตรงข้าม)"
)
# The whole message says it is not an emergency, or is about a report made before that is over or followed up.
NOT_NOW_MESSAGE = re.compile(
    r"ไม่มีอะไรด่วน|ไม่ด่วน|ไม่ใช่เรื่องด่วน|ไม่ฉุกเฉิน|ไม่ได้เกิดตอนนี้|notanemergency|noturgent|notanurgent|ບໍ່ດ່ວນ"
    r"|แจ้งยกเลิก|ยกเลิก(?:เรื่อง|เคส|การแจ้ง)|ขอติดตาม(?:เคส|เรื่อง)|ติดตามเคส|ที่แจ้ง(?:ไว้|เมื่อ)"
    r"|(?:เมื่อ\S{0,6}?|ที่|เคย)แจ้ง\S{0,20}?ไว้|cancelmyreport|ireportedearlier|ຍົກເລີກ|ကိစ္စ\S{0,30}?ပြီလား"
    r"|followingup(?:on)?my|followupon(?:my)?|ถอนเรื่อง|อยากถามว่าถ้า|แค่ถามไว้|ถาม(?:ไว้)?เผื่อ|justasking"
)
# … unless it says it is still going on.
STILL_GOING_ON = re.compile(r"ยังไม่(?:มีใคร|มา|ฟื้น|กลับ|เจอ)|อีกแล้ว|อีกครั้ง|(?<!ไม่)(?<!อะไร)ด่วน|stillnot|again")

# A breathing hit is cancelled by breathing back to normal after it (and only a breathing hit).
BREATH = ("หายใ", "breath", "ຫາຍໃຈ", "အသက်")
BREATHING_NOW = (
    "หายใจปกติ", "หายใจได้แล้ว", "กลับมาหายใจ", "หายใจเองได้", "ຫາຍໃຈປົກກະຕິ", "ຫາຍໃຈໄດ້ແລ້ວ",
    "အသက်ပြန်ရှူ", "breathingnormally", "breathingagain", "isbreathingnow", "nowbreathing", "nowheisbreathing",
    "nowsheisbreathing", "breathingfine",
)
CHILD_WORDS = ("น้องตัวเล็ก", "เด็ก", "ทารก", "ลูก", "หลาน", "หนู", "ເດັກ", "ລູກ", "ຫຼານ", "ຍິງນ້ອຍ", "ຊາຍນ້ອຍ", "ကလေး", "သမီး")
SMALL_CHILD_WORDS = ("เด็ก", "ทารก", "ลูก", "หลาน", "หนู", "ເດັກ", "ລູກ", "ຍິງນ້ອຍ", "ຊາຍນ້ອຍ", "ကလေး")
ENGLISH_CHILD = re.compile(
    r"\b(?:child|children|kids?|bab(?:y|ies)|toddlers?|infants?|newborn|son|daughter|boy|girl|kalay|khalay)\b"
    r"|\b(?:[1-9]|1[0-2]) ?(?:years?|yrs?|y)[ -]?old\b|\b(?:[1-9]|1[0-2]) ?yo\b"
)
HOTLINE_ORDER = {
    "medical": ("1669", "191", "1300"),
    "attack": ("191", "1669", "1300"),
    "suicide": ("1323", "1669", "191", "1300"),
    "child": ("1387", "1300", "191", "1669"),
    "cry": ("1669", "191", "1300"),
    "missing": ("191", "1669", "1300"),
}
KINDS = ("medical", "attack", "suicide", "child", "missing")
# fmt: on


def _compile() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    compiled = {}
    for kind in KINDS:
        never = r"(?!)"  # a kind with no patterns must not match the empty string everywhere
        squeezed = re.compile("|".join(PATTERNS[kind]) or never)
        english = re.compile(r"\b(?:" + "|".join(ENGLISH[kind]) + ")" if ENGLISH[kind] else never)
        compiled[kind] = (squeezed, english)
    return compiled


COMPILED = _compile()
_ASCII_WORD = re.compile(r"[a-z]")
_LAO = re.compile(r"[\u0e80-\u0eff]")
_BURMESE = re.compile(r"[\u1000-\u109f]")


def _script_of(word: str) -> str:
    return "lo" if _LAO.search(word) else "my" if _BURMESE.search(word) else "th"


# The plain words split by script, so a Thai message is not searched for Lao and Burmese words.
WORDS_BY_SCRIPT = {
    kind: {script: tuple(word for word in words if _script_of(word) == script) for script in ("th", "lo", "my")}
    for kind, words in WORDS.items()
}


def _last(text: str, words: tuple[str, ...], starts: frozenset[int] | None = None, offset: int = 0) -> int:
    best = -1
    for word in words:
        at = text.rfind(word)
        if starts is not None and word.isascii():
            while at >= 0 and offset + at not in starts:
                at = text.rfind(word, 0, at + len(word) - 1)
        best = max(best, at)
    return best


def _first(text: str, words: tuple[str, ...], starts: frozenset[int] | None = None, offset: int = 0) -> int:
    """Where the first of `words` is in `text`; with `starts` (where English words begin in the squeezed
    text, `text` being squeezed[offset:]), an English word only where a word begins ("ok now", not
    "to know")."""
    best = -1
    for word in words:
        at = text.find(word)
        if starts is not None and word.isascii():
            while at >= 0 and offset + at not in starts:
                at = text.find(word, at + 1)
        if at >= 0 and (best < 0 or at < best):
            best = at
    return best


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with what `pattern` matches blanked out, its length kept (positions stay in step)."""
    return pattern.sub(lambda match: " " * len(match.group()), text)


def _word_starts(english: str) -> frozenset[int] | None:
    """Where each word of `english` begins in it without spaces (None when there is no English)."""
    if not english:
        return None
    starts = set()
    at = 0
    previous = " "
    for char in english:
        if char == " ":
            previous = char
            continue
        if char.isalnum() and not previous.isalnum():
            starts.add(at)
        previous = char
        at += 1
    return frozenset(starts)


def _cancelled(squeezed: str, start: int, end: int, starts: frozenset[int] | None = None) -> bool:
    """Whether the hit squeezed[start:end] is negated, mild, past, or followed by safe-now words."""
    if any(stem in squeezed[start:end] for stem in BREATH) and _first(squeezed[end:], BREATHING_NOW, starts, end) >= 0:
        return True  # "ไม่หายใจ … ตอนนี้หายใจปกติแล้ว": that breathing is back, not the rest of the message
    if NEGATED_BEFORE.search(squeezed[max(0, start - 24) : start]):
        return True
    if _first(squeezed[end : end + 16], MILD_AFTER + NEGATED_AFTER, starts, end) >= 0:
        return True
    if squeezed[start - 1 : start] == "မ" and "ဘူး" in squeezed[end : end + 10]:
        return True  # Burmese "မ…ဘူး" round the verb: "မသေချင်ပါဘူး" (does not want to die)
    if IN_CARE_AFTER.match(squeezed, end):
        return True
    tail = squeezed[end:]
    for phrase in BREATHING_NOW:  # "หายใจปกติแล้ว" says the breathing is fine, not the rest
        tail = tail.replace(phrase, " " * len(phrase))
    if _first(tail, SAFE_WORDS, starts, end) >= 0 or SAFE_ALONE.search(tail):
        return True
    offset = max(0, start - 25)
    before = _blank(NEVER, squeezed[offset:start])
    if (
        _first(before[-12:], RISK_BEFORE, starts, offset + max(0, len(before) - 12)) >= 0
        or before.endswith("กลัว")
        or NOT_HAPPENING_BEFORE.search(before)
    ):
        return True
    past = _last(before, PAST_WORDS, starts, offset)
    if past >= 0 and _first(before[past:], NOW_WORDS, starts, offset + past) < 0:
        return True
    after = _blank(NEVER, squeezed[end : end + 40])
    past = _first(after, PAST_AFTER, starts, end)
    return past >= 0 and _first(after[:past], NOW_WORDS, starts, end) < 0


# -- signs that make danger only together (over the text without spaces, English too) --------------

# A stroke now: two of its signs, or one that came suddenly, and not a lasting state of an old stroke.
STROKE_SIGNS = tuple(
    re.compile(signs)
    for signs in (
        r"(?:ปาก|หน้า)(?:เบี้ยว|ตก)|มุมปากตก|(?:ປາກ|ໜ້າ)(?:ບ້ຽວ|ເບ້)|(?:ပါးစပ်|မျက်နှာ)ရွဲ့|face\w{0,14}droop|mouth(?:is)?(?:crooked|droop)",
        r"พูด(?:(?:ไม่|บ่)(?:ชัด|รู้เรื่อง|ได้|ออก)|จาวกวน|ช้าลง|ติดขัด)|ลิ้นแข็ง|ເວົ້າບໍ່(?:ຊັດ|ໄດ້)|စကားမ(?:ပီ|ပြောနိုင်)"
        r"|(?:เว้า|ເວົ້າ)(?:ไม่|บ่|ບໍ່)(?:ชัด|ຊັດ|ອອກ)|ນຶກຄຳເວົ້າບໍ່ອອກ|စကား\S{0,4}?(?:လိမ်|ဝါး)"
        r"|slurr|cant(?:speak|talk)|cannot(?:speak|talk)|words?c[oa]meout",
        r"(?:แขน|ขา|มือ)\S{0,10}?(?:อ่อนแรง|ยกไม่ขึ้น|ไม่มีแรง|ชา(?!ว)|ขยับไม่ได้)|ยก(?:แขน|มือ|ขา)\S{0,4}?ไม่ขึ้น"
        r"|(?:ແຂນ|ມື|ຂາ)\S{0,12}?(?:ອ່ອນແຮງ|ຍົກບໍ່ຂຶ້ນ|ບໍ່ມີແຮງ)|လက်\S{0,10}?(?:မလှုပ်|ထုံ|အားမရှိ)"
        r"|(?:cant|cannot)(?:lift|raise|move)(?:her|his)\w{0,6}(?:arm|hand|leg)|(?:left|right)(?:hand|arm|leg|side)(?:is)?(?:weak|numb)"
        r"|(?:แขน|ขา|มือ)\S{0,6}?ยก(?:ไม่|บ่)ขึ้น|ຖື\S{0,6}?ບໍ່ຢູ່|dropp(?:ing|ed)(?:his|her)(?:cup|spoon|glass|phone)",
        # one eye gone blind, or falling to one side
        r"มองไม่เห็น(?:ข้าง|ซีก)|ตา(?:ข้าง|ซีก)\S{0,6}?มองไม่เห็น|ລົ້ມໄປທາງ(?:ຊ້າຍ|ຂວາ)|မျက်စိ\S{0,8}?မမြင်"
        r"|cantsee(?:from|outof|with)?(?:one|his|her)(?:left|right)?eye",
    )
)
SUDDENLY = re.compile(r"เพิ่งเป็น|ทันที|ฉับพลัน|กะทันหัน|จู่ๆ|อยู่ๆ|เมื่อกี้|ຫາກໍ່ເປັນ|ທັນທີ|ရုတ်တရက်|suddenly|minago|minutesago|justnow")
LASTING = re.compile(r"อัมพฤกษ์|อัมพาต|มาตั้งแต่|ถาวร|มานาน|มาหลายปี|กายภาพ|ອຳມະພາດ|paraly|permanent|sinceher|sincehis")

# Someone who cannot find their way home gone now: someone with dementia, autism, who cannot speak, or a
# child or an old person gone for hours, at night, in the rain.
GONE = re.compile(
    r"ออกจากบ้านไป|(?:หลุด|เดิน|หาย|วิ่ง|แอบ)ออก(?:จากบ้าน|ไป)|หายไป|หายตัว|ยังไม่กลับ|ไม่กลับ(?:มา|บ้าน)?|ตามหา|หาไม่เจอ"
    r"|หาไม่พบ|ไม่รู้ทิศ|เดินหาย|เดินเข้าป่า|ຍັງບໍ່ກັບ|ຊອກບໍ່ພົບ|ຊອກບໍ່ເຫັນ|ຫາຍໄປ|ອອກຈາກເຮືອນ|ရှာမတွေ့|ပြန်မလာ|လက်လွတ်"
    r"|ပျောက်|cantfind|cannotfind|walkedout|ranout|wanderedoff|wentmissing|(?:didnt|hasnt|not)comeback"
    r"|(?:ไม่|บ่)กลับ|เดินหลง|พลัดหลง|หลงทาง|แยกกับ|ອອກຈາກບ້ານ|(?:ຍັງ|ຫາ)ບໍ່ເຫັນ|ບໍ່ກັບ|ထွက်သွား|လိုက်ရှာ"
    r"|walkedoff|wandered|searching|lookingfor(?:her|him)|wentout|left(?:the)?(?:house|home)|gotlost|islost|ยัง(?:ไม่|บ่)มา"
)
CANNOT_FIND_WAY = re.compile(
    r"อัลไซเมอร์|สมองเสื่อม|หลงๆ|หลงลืม|ขี้หลงขี้ลืม|ความจำไม่ดี|ความจำเสื่อม|ความจำสั้น|ออทิสติก|ออทิสซึม|ดาวน์ซินโดรม"
    r"|พัฒนาการช้า|พิการทางสมอง|จิตเวช|พูดไม่ได้|สื่อสารไม่ได้|ຂີ້ຫຼົງ|ຫຼົງລືມ|ສະໝອງເສື່ອມ|ພິການ|ເວົ້າບໍ່ໄດ້|ອໍທິສຕິກ"
    r"|မသန်စွမ်း|စကားမပြောနိုင်|သူငယ်ပြန်|dementia|alzheimer|autis|nonverbal|specialneeds|downsyndrome|memoryloss"
    r"|ອັລໄຊເມີ|ຈື່\S{0,8}?ບໍ່ໄດ້|ຄວາມຈຳ(?:ບໍ່ດີ|ເສື່ອມ)|မှတ်ဉာဏ်\S{0,4}?(?:ချို့ယွင်း|မကောင်း)|intellectual"
)
OLD_PERSON = re.compile(
    r"ยาย|ปู่|ย่า|คุณตา|ตายาย|ตา(?:อายุ|แก่|เฒ่า)|อุ๊ย|พ่อเฒ่า|แม่เฒ่า|ผู้สูงอายุ|อายุ(?:[6-9]\d|เจ็ดสิบ|แปดสิบ|เก้าสิบ)|ແມ່ຕູ້|ພໍ່ຕູ້"
    r"|အဘွား|အဘိုး|grandma|grandpa|granny|elderly"
)
LATE = re.compile(
    r"มืดแล้ว|ค่ำแล้ว|ทุ่ม|ตีห้า|ฝนตก|ชั่วโมง|ตั้งแต่(?:เช้า|บ่าย|เมื่อวาน|เย็น|เมื่อคืน|\d)|ຊົ່ວໂມງ|ຕັ້ງແຕ່|နာရီ|မနေ့က"
    r"|ແຕ່ເຊົ້າ|ມືດແລ້ວ|ຝົນ|မနက်ကတည်းက|ညဘက်|အခုထိ|hours|hrs|thismorning|lastnight|sinceyesterday|dark"
)


def _stroke(squeezed: str):
    """(start, end, evidence) of the last stroke sign, when they say a stroke now."""
    found = [match for match in (signs.search(squeezed) for signs in STROKE_SIGNS) if match]
    sudden = SUDDENLY.search(squeezed) is not None
    if len(found) >= 2 or (found and sudden):
        if sudden or not LASTING.search(squeezed):
            last = max(found, key=lambda match: match.start())
            yield last.start(), last.end(), last.group()


def _gone(squeezed: str):
    """(start, end, evidence) of each word saying someone who cannot find their way home is gone."""
    at_risk = CANNOT_FIND_WAY.search(squeezed) or (
        (OLD_PERSON.search(squeezed) or _has_child(squeezed)) and LATE.search(squeezed)
    )
    if at_risk:
        for match in GONE.finditer(squeezed):
            if not GROWN_PARTNER.search(squeezed[max(0, match.start() - 10) : match.start()]):
                yield match.start(), match.end(), match.group()


# A partner gone ("สามีไม่กลับบ้าน") is not a missing person the rules should call danger.
GROWN_PARTNER = re.compile(r"สามี|ผัว|แฟน|เมีย|ภรรยา|ຜົວ|ເມຍ|ယောက်ျား|husband|wife|boyfriend|girlfriend")
CHILD_AGE = re.compile(r"อายุ(?:[1-9]|1[0-4])(?!\d)|\d(?:ขวบ|เดือน(?!ที่|ก่อน))")


def _has_child(squeezed: str) -> bool:
    return any(word in squeezed for word in CHILD_WORDS) or CHILD_AGE.search(squeezed) is not None


# Kinds with signs that only count together, and the function that finds them.
TOGETHER = {"medical": _stroke, "missing": _gone}


def _hits(kind: str, text: str, squeezed: str, english: str, scripts: tuple[str, ...]):
    """(start, end, evidence) in `squeezed` for every word or pattern of `kind`, in no set order."""
    for word in (word for script in scripts for word in WORDS_BY_SCRIPT[kind][script]):
        at = squeezed.find(word)
        while at >= 0:
            yield at, at + len(word), word
            at = squeezed.find(word, at + 1)
    pattern, english_pattern = COMPILED[kind]
    for match in pattern.finditer(squeezed):
        yield match.start(), match.end(), match.group()
    if kind in TOGETHER:
        yield from TOGETHER[kind](squeezed)
    if english:
        for match in english_pattern.finditer(english):
            if ENGLISH_NEGATED_BEFORE.search(english[max(0, match.start() - 30) : match.start()]):
                continue
            # the same place in the text without spaces, for the past and safe-now checks
            start = match.start() - english.count(" ", 0, match.start())
            yield start, start + len(match.group().replace(" ", "")), match.group()


# A bare cry for help said urgently ("ช่วยด้วยยยย", "help!!", "ช่วยด้วยด่วน"): danger of a kind not yet
# known ("cry"). A calm "ช่วยด้วย" or "help" is the report command, whose first question is the danger one.
URGENT_WORDS = re.compile(r"ด่วน(?:มาก|ๆ)?|urgent|emergency|\bsos\b|ດ່ວນ|အရေးပေါ်|အမြန်")
URGENT_MARKS = re.compile(r"!{2,}|([^\W\d_])\1{3,}\s*[!.]*\s*$|" + URGENT_WORDS.pattern)


def urgent_cry(raw: str, is_cry_for_help: Callable[[str], bool]) -> Danger | None:
    """A Danger for a message that is only a cry for help (`is_cry_for_help` of it without its urgency
    words), said with urgency marks (URGENT_MARKS)."""
    said = raw.lower()
    if not URGENT_MARKS.search(said) or not is_cry_for_help(URGENT_WORDS.sub(" ", said)):
        return None
    return Danger(("cry",), HOTLINE_ORDER["cry"], 0.5, raw.strip()[:40])


def _forms(text: str, squeezed: str) -> tuple[str, str, tuple[str, ...]]:
    """The English form of `text` (no apostrophes; "" without Latin letters), the text without spaces
    in step with it, and the scripts whose plain words to look for."""
    english = text.replace("'", "").replace("’", "") if _ASCII_WORD.search(text) else ""
    if english != text and english:
        squeezed = english.replace(" ", "")  # keep positions of the English matches in step
    scripts = ("th",) + (("lo",) if _LAO.search(text) else ()) + (("my",) if _BURMESE.search(text) else ())
    return english, squeezed, scripts


def said_safe(text: str, squeezed: str) -> bool:
    """Whether a danger word in `text` is there but negated, mild, past or followed by safe-now words:
    then the rules have read the message as calm on purpose."""
    english, squeezed, scripts = _forms(text, squeezed)
    if english and any(_english_negated(kind, english) for kind in KINDS):
        return True  # "not bleeding": _hits leaves such English hits out, so they are looked for here
    starts = _word_starts(english)
    return any(
        _cancelled(squeezed, start, end, starts)
        for kind in KINDS
        for start, end, _ in _hits(kind, text, squeezed, english, scripts)
    )


def _english_negated(kind: str, english: str) -> bool:
    return any(
        ENGLISH_NEGATED_BEFORE.search(english[max(0, match.start() - 30) : match.start()])
        for match in COMPILED[kind][1].finditer(english)
    )


def find_danger(text: str, squeezed: str) -> Danger | None:
    """The danger `text` (normalised) says someone is in now; `squeezed` is it without spaces."""
    english, squeezed, scripts = _forms(text, squeezed)
    if NOT_NOW_MESSAGE.search(squeezed) and not STILL_GOING_ON.search(squeezed):
        return None
    kinds: list[str] = []
    evidence = ""
    starts = _word_starts(english)
    for kind in KINDS:
        for start, end, word in _hits(kind, text, squeezed, english, scripts):
            if not _cancelled(squeezed, start, end, starts):
                kinds.append(kind)
                evidence = evidence or word
                break
    if not kinds:
        return None
    english_child = bool(english) and ENGLISH_CHILD.search(english) is not None
    if "child" in kinds and not english_child and not _has_child(squeezed):
        kinds.remove("child")  # "ทิ้งไว้" alone is not a child left alone
        if not kinds:
            return None
    small_child = english_child or any(word in squeezed for word in SMALL_CHILD_WORDS)
    if "missing" in kinds and small_child:
        kinds.remove("missing")  # a missing child is the children's line's
        if "child" not in kinds:
            kinds.append("child")
    if "attack" in kinds and "child" not in kinds and small_child:
        kinds.append("child")
    hotlines: list[str] = []
    for kind in kinds:
        hotlines += [number for number in HOTLINE_ORDER[kind] if number not in hotlines]
    return Danger(tuple(kinds), tuple(hotlines), 0.9 if len(kinds) > 1 else 0.8, evidence)


# The learnt model (dispatch/text_model.py) reads danger in words no rule names, and doubts a rule's
# hit in words it has learnt are calm. Both probabilities were chosen on cross-validated figures of the
# training files only (`bench/train_text_models.py --cv`): alone, the model counts from LIKELY, the
# lowest probability whose false alarms there stay at or under 0.02 (0.017; recall 0.82); a rule's hit
# is dropped only below DOUBTFUL, which cost no recall on those folds.
LIKELY = 0.65
DOUBTFUL = 0.1
LEARNT = "model"  # the evidence of a danger only the model read
# Below this many letters the model has too few n-grams to go on ("ไม่แน่ใจ", a one-word answer to a
# question scored 0.8): short messages are the rules' alone.
MODEL_MIN_LETTERS = 20
# Which kind a message the rules missed is, by the help group it reads as: its hotlines follow.
KIND_OF_GROUP = {"mental_health": "suicide", "violence": "attack", "child": "child"}


def danger_probability(text: str) -> float:
    """How likely the model finds it that `text` (normalised) says someone is at risk now."""
    return text_model.load("danger").probability(text)


def weigh_danger(ruled: Danger | None, text: str, group: str | None) -> Danger | None:
    """The rules' danger (`ruled`) weighed by the model; a danger the rules missed, its kind by `group`.
    A bare urgent cry for help is never doubted: it has no words to weigh. Nor is a danger word the
    rules read as negated, mild, past or over ("ไม่ได้หมดสติ"): the model does not overturn that."""
    squeezed = text.replace(" ", "")
    if len(squeezed) < MODEL_MIN_LETTERS:
        return ruled
    probability = danger_probability(text)
    if ruled is not None:
        return None if probability < DOUBTFUL and ruled.kinds != ("cry",) else ruled
    if probability < LIKELY or said_safe(text, squeezed):
        return None
    kind = KIND_OF_GROUP.get(group or "", "cry")
    return Danger((kind,), HOTLINE_ORDER[kind], round(probability, 2), LEARNT)
