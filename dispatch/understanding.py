"""What a citizen's free text says: intent, help group, danger, age, phones, who reports, address.

Pure: text in, typed findings with a confidence out; no database, no LINE, no clock. Keyword rules
over a normalised form of the text (Thai has no spaces between words, so matching is on substrings
of the text with spaces removed), fuzzy place names with rapidfuzz over geothai's names. Thai and
English are covered fully; Burmese and Lao with a short list of words for danger, groups and
requests. Figures on a labelled set: bench/understanding.py (README, "Understanding free text").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

import geothai
from pythainlp.corpus import thai_words
from pythainlp.util import normalize as thai_normalize
from rapidfuzz import fuzz, process

from dispatch import text_model
from dispatch.address import BANGKOK, BEST_KNOWN_NAMESAKES, mueang_district
from dispatch.burmese_places import (
    burmese_place_within,
    burmese_province,
    burmese_tambon_within,
    burmese_town_tambon,
    burmese_township,
)
from dispatch.danger_signals import (
    GROWN_PARTNER,
    MODEL_MIN_LETTERS,
    Danger,
    blank_out,
    find_danger,
    found_again,
    letters_to_weigh,
    urgent_cry,
    weigh_danger,
)
from dispatch.lao_places import DOT_MARK as LAO_DOT_MARK
from dispatch.lao_places import WENT_TO as LAO_WENT_TO
from dispatch.lao_places import WORKS_AT as LAO_WORKS_AT
from dispatch.lao_places import best_known_tambon, lao_place, marked_tambon_sounds, marked_tambon_spellings
from dispatch.lao_places import build_tables as build_lao_tables
from dispatch.number_words import english_with_digits, with_digits
from dispatch.roman_places import MOST_CHOICES, one_place, roman_choices, roman_place, roman_tambon_within
from dispatch.scripts import language_of
from dispatch.validation import THAI_DIGITS, thai_phone
from dispatch.word_search import Words

# -- normalising ---------------------------------------------------------------------------------

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))
REPEATS = re.compile(r"([^\d\s])\1{2,}")  # ช่วยด้วยยยย -> ช่วยด้วย
POLITE_TAIL = re.compile(r"(?:นะ)?(?:คะ|ค่ะ|ค่า|คับ|ครับ|ครับผม|จ้า|จ้ะ|จ๊ะ|ค๊ะ|ฮะ|เด้อ|เด้|จ้ะ|please|pls)$")
SPACES = re.compile(r"\s+")
THAI_LETTER = re.compile(r"[\u0e01-\u0e7f]")


def normalise(raw: str) -> str:
    """Lower case, Arabic digits, no zero-width characters, long repeats cut, and Thai as PyThaiNLP
    normalises it: เเ written as แ, a doubled tone mark or vowel once ("ช่่วย"), marks in order."""
    text = unicodedata.normalize("NFC", raw).translate(ZERO_WIDTH).translate(THAI_DIGITS).lower()
    if THAI_LETTER.search(text):  # (a fifth of the time of a message; it changes nothing else)
        text = thai_normalize(text)
    return REPEATS.sub(r"\1", SPACES.sub(" ", text).strip())


def squeeze(text: str) -> str:
    """Without spaces: Thai words run together, so keywords are matched on this form."""
    return text.replace(" ", "")


# -- commands ------------------------------------------------------------------------------------

COMMANDS: dict[str, tuple[str, ...]] = {
    "report": (
        "แจ้งเหตุ",
        "แจ้งเรื่อง",
        "ขอความช่วยเหลือ",
        "แจ้งขอความช่วยเหลือ",
        "ช่วยด้วย",
        "ช่วยเหลือหน่อย",
        "ช่วยหน่อย",
        "อยากแจ้งเรื่อง",
        "help",
        "report",
        "ineedhelp",
        "helpme",
        "ຂໍຄວາມຊ່ວຍເຫຼືອ",
        "ຊ່ວຍແດ່",
        "အကူအညီလိုပါတယ်",
        "ကူညီပါ",
    ),
    "track": (
        "ติดตาม",
        "ติดตามเรื่อง",
        "ตามเรื่อง",
        "track",
        "status",
        "myreports",
        "ຕິດຕາມ",
        "ຕິດຕາມເລື່ອງ",
        "ကိစ္စများကြည့်ရန်",
        "စောင့်ကြည့်",
    ),
    "cancel": ("ยกเลิก", "cancel", "ຍົກເລີກ", "ပယ်ဖျက်"),
    # the language button's word in each language (bot/flows/language.py)
    "language": ("ภาษา", "เปลี่ยนภาษา", "language", "lang", "ဘာသာစကား", "ဘာသာ", "ພາສາ", "ປ່ຽນພາສາ"),
    "volunteer": ("สมัครอาสาสมัคร", "สมัครอาสา", "สมัครอพม", "สมัครอพม.", "volunteer"),
}
COMMAND_OF = {word: command for command, words in COMMANDS.items() for word in words}


def command_word(raw: str) -> str | None:
    """The command a short message means, tolerant of polite particles, spaces, case, Thai digits
    and one slipped letter in a longer word: `ขอความช่วยเหลือ ค่ะ`, `Help`, `ขอควมช่วยเหลือ`."""
    if len(raw) > 40:
        return None
    word = squeeze(normalise(raw)).strip("!?.,~")
    for _ in range(2):
        word = POLITE_TAIL.sub("", word) or word
    if word in COMMAND_OF:
        return COMMAND_OF[word]
    if len(word) >= 6:
        found = process.extractOne(word, COMMAND_OF.keys(), scorer=fuzz.ratio, score_cutoff=88)
        if found is not None:
            return COMMAND_OF[found[0]]
    return None


# -- findings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One thing understood: its value, how sure (0-1), and the words it came from."""

    value: str | int
    confidence: float
    evidence: str = ""


@dataclass(frozen=True)
class Place:
    """Address parts. Codes are geothai's; `corrected` lists (typed, meant) names fixed by fuzzy
    matching, to be said back ("ต.วังธอง → ต.วังทอง")."""

    house_number: str | None = None
    moo: str | None = None
    soi: str | None = None
    postcode: str | None = None
    subdistrict_code: str | None = None
    district_code: str | None = None
    province_code: str | None = None
    confidence: float = 0.0
    corrected: tuple[tuple[str, str], ...] = ()
    # a tambon named (ต.โนนสูง) that several places share and nothing else in the text settles: their
    # codes, to ask which (subdistrict_code is then None)
    subdistrict_choices: tuple[str, ...] = ()

    @property
    def level(self) -> str | None:
        if self.subdistrict_code:
            return "subdistrict"
        if self.district_code:
            return "district"
        return "province" if self.province_code else None


@dataclass(frozen=True)
class Understanding:
    language: str
    intent: str  # report, greeting, track, volunteer, question, cancel, unknown
    group: Finding | None = None
    danger: Danger | None = None
    age: Finding | None = None
    phones: tuple[str, ...] = ()
    reporter: Finding | None = None  # self, relative, neighbour, volunteer
    place: Place | None = None
    words: tuple[str, ...] = field(default=())


# -- groups --------------------------------------------------------------------------------------

# Signs of a drug psychosis (labelled mental health, with the weapon it brings): not an attack for money
DRUG_PSYCHOSIS = (
    "มีคนจะมาฆ่า", "มีคนตามฆ่า", "มีคนมาฆ่า", "เห็นผี",
    "ມີຄົນຈະມາຂ້າ", "ມີຄົນຊິມາຂ້າ", "ເຫັນແມງໄມ້", "ຫູແວ່ວ", "ເວົ້າຄົນດຽວ",
    "တစ်ယောက်ယောက်လိုက်သတ်", "အသံတွေကြား", "တစ်ယောက်ထဲစကားပြော", "တစ်ယောက်တည်းစကားပြော",
    "sees ghosts", "seeing ghosts", "seeing things", "coming to kill him", "coming to kill her", "talking to himself",
    "talking to herself",
)  # fmt: skip
GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "violence": (
        "ตีเมีย",
        "ผัวตี",
        "พ่อเลี้ยงตี",
        "แม่เลี้ยงตี",
        "ทำร้าย",
        "ซ้อม",
        "ทุบตี",
        "ตีกัน",
        "ข่มขู่",
        "ด่าทอ",
        "ไล่ฟัน",
        "ไล่ยิง",
        "บีบคอ",
        "มีดขู่",
        "ความรุนแรง",
        "กักขัง",
        "ข่มขืน",
        "ชกต่อย",
        "ทะเลาะวิวาท",
        "โดนตี",
        "ถูกตี",
        "ตีทุก",
        "กำลังจะตี",
        "กำลังตี",  # someone beating someone now: "แม่กำลังตีลูก", "ลูกชายเมาเอาไม้ตีอยู่"
        "เอาไม้ตี",
        "เอาเข็มขัดตี",
        "ตบตี",
        "ลักพาตัว",  # taken by force: "โดนผู้ชายแปลกหน้าลากขึ้นรถ"
        "ลากขึ้นรถ",
        "ฉุดขึ้นรถ",
        "ด่า",
        "กระทืบ",
        "ตบ",
        "ตบเมีย",
        "ลวนลาม",
        "ล่วงละเมิด",
        "ขู่ฆ่า",
        "ขู่จะฆ่า",
        "ทุบข้าวของ",
        "ฟาด",
        "วางมวย",
        "อนาจาร",
        "ชำเรา",
        "ค้ามนุษย์",
        "ยึดบัตร",
        "ยึดพาสปอร์ต",
        "ค้าประเวณี",
        "ลามก",
        "ขังไว้",
        "อย่าตี",
        "ตีเด็ก",  # a child beaten is violence, whoever beats it ("แม่เลี้ยงข้างบ้านตีเด็กเก้าขวบด้วยไม้")
        "ตีหลาน",
        "เฆี่ยน",  # a whipping
        "จี้บุหรี่",  # cigarette burns on a child
        "รอยบุหรี่",
        "ไหม้บุหรี่",
        "บวมช้ำ",  # a face beaten
        "ลูบคลำ",  # touched, groomed, taken: "พ่อเลี้ยงชอบมาจับตัวหนู", "ขึ้นรถผู้ชายที่คุยในเฟส"
        "มาจับตัว",
        "จับหน้าอก",
        "ผู้ชายที่คุยใน",
        "คุยกับผู้ชายใน",
        "จับตัวหนู",  # groped ("พ่อเลี้ยงเข้ามาในห้อง จับตัวหนู"), taken to a hotel, a child slapped, bullied
        "พาไปโรงแรม",
        "ຈະພາໄປໂຮງແຮມ",
        "ພາໄປໂຮງແຮມ",
        "ตบหัว",
        "ຕົບຫົວ",
        "รุมแกล้ง",
        "ขายตัวเธอ",  # a child sold
        "ขายตัวหนู",
        "ขายลูก",
        "ຕີເມຍ",
        "ຜົວຕີ",
        "ຕີຂ້ອຍ",
        "ທຸບຕີ",
        "ທຳຮ້າຍ",
        "ຕີກັນ",
        "ຂົ່ມຂືນ",
        "ຂູ່ຂ້າ",
        "ນາຍຈ້າງຕີ",
        "ຕີຫົວ",
        "ເອົາໄມ້ຕີ",
        "ရိုက်",
        "အနိုင်ကျင့်",
        "နှိပ်စက်",
        "အကြမ်းဖက်",
        "ခြိမ်းခြောက်",
        "မုဒိမ်း",
        "ລວນລາມ",
        "ຟາດ",
        "ຕີລູກ",
        "ຂົ່ມເຫັງ",
        "ມັດໄວ້",
        "ချုပ်ထား",
    ),
    "mental_health": (
        *(sign for sign in DRUG_PSYCHOSIS if not sign.isascii()),
        "ฆ่าตัวตาย",
        "อยากตาย",
        "ไปตาย",
        "ผูกคอ",
        "กรีดข้อมือ",
        "โดดตึก",
        "จะกระโดด",
        "เผาตัวเอง",
        "ไม่อยากอยู่แล้ว",
        "กินยาเกินขนาด",
        "กินยาตาย",
        "จิตเภท",
        "จิตเวช",
        "ป่วยจิต",
        "ไบโพลาร์",
        "หูแว่ว",
        "หวาดระแวง",
        "ทางจิต",
        "ซึมเศร้า",
        "เครียด",
        "นอนไม่หลับ",
        "เศร้า",
        "ดูซึม",
        "ซึมๆ",
        "พูดคนเดียว",
        "อาละวาด",
        "ติดยา",
        "ติดเหล้า",
        "อัลไซเมอร์",
        "จดหมายลา",
        "นักจิตวิทยา",  # someone asking for a counsellor, and the nightmares of an old wound
        "ฝันร้าย",
        "ฝันฮ้าย",
        "เลิกเหล้าไม่ได้",  # a drinking past the person's own control (not "เลิกยาไม่ได้", a daily medicine)
        "ติดการพนัน",  # gambling past control: "ຕິດການພະນັນອອນລາຍ", and ice ("ຕິດຢາໄອສ໌")
        "ติดพนัน",
        "ຕິດການພະນັນ",
        "ຕິດພະນັນ",
        "ຕິດຢາ",
        "ทำร้ายตัวเอง",
        "คิดสั้น",
        "จิตแพทย์",
        "คลั่งยา",
        "ภาพหลอน",
        "ประสาทหลอน",
        "ເຫັນພາບຫຼອນ",
        "เหนื่อยกับชีวิต",
        "อยากตาย",
        "ขอตาย",
        "ไม่อยากอยู่",
        "บ่อยากอยู่",
        "ເຈັບປ່ວຍທາງຈິດ",
        "ຂ້າຕົວຕາຍ",
        "ຢາກຕາຍ",
        "ຊຶມເສົ້າ",
        "ຄຽດ",
        "ໂຣກຈິດ",
        "ຈິດເພດ",
        "ຈິດເວດ",
        "ຄຸ້ມຄັ່ງ",
        "ເປັນບ້າ",
        "ນອນບໍ່ຫຼັບ",
        "ບໍ່ຢາກຢູ່",
        "သေချင်",
        "သတ်သေ",
        "မနေချင်တော့",
        "စိတ်ဓာတ်ကျ",
        "စိတ်ကျ",
        "စိတ်ဖိစီး",
        "စိတ်မနှံ့",
        "စိတ်ရောဂါ",
        "အိပ်မပျော်",
        "ယာဘ",  # yaba, and the ice and the drink a person cannot stop
        "ရေခဲစွဲ",
        "ဆေးစွဲ",
        "အရက်စွဲ",
        "အရက်ဖြတ်လို့မရ",
    ),
    "bedridden": (
        "ติดเตียง",
        "อัมพาต",
        "ນອນຕິດບ່ອນ",
        "อัมพฤกษ์",
        "สโตรก",
        "แผลกดทับ",
        "หายใจทางท่อ",
        "ให้อาหารทางสาย",
        "အိပ်ရာထဲ",
        "အိပ်ယာထဲ",
        "လေဖြတ်",
        "ຕິດຕຽງ",
        "ອຳມະພາດ",
    ),
    "disability": (
        "พิการ",
        "ตาบอด",
        "หูหนวก",
        "ออทิสติก",
        "ซีพี",
        "ดาวน์ซินโดรม",
        "ขาเทียม",
        "ภาษามือ",
        "ลูกพิเศษ",
        "โปลิโอ",
        "เด็กพิเศษ",
        "พิการทางสมอง",
        "สมองพิการ",
        "ลมชัก",
        "ລົມບ້າໝູ",
        "ສະໝອງພິການ",
        "ဝက်ရူးပြန်",
        "ພິການ",
        "นั่งวีลแชร์",
        "นั่งรถเข็น",
        "ใช้รถเข็น",
        "ใช้วีลแชร์",
        "หูตึง",
        "สายตาเลือนราง",
        "สมาธิสั้น",
        "ปัญญาอ่อน",
        "บกพร่องทาง",
        "ອໍທິສຶມ",
        "ອອທິສຕິກ",
        "ອໍທິສຕິກ",
        "ຕັດຂາ",  # a leg cut off, a leg made
        "ຂາທຽມ",
        "ຫູໜວກ",
        "ຕາບອດ",
        "မသန်စွမ်း",
        "ဒုက္ခိတ",
        "နားမကြား",
        "မျက်စိမမြင်",
        "ဉာဏ်ရည်မပြည့်",  # an intellectual disability; a leg that does not work
        "ခြေထောက်မသန်",
    ),
    "child": (
        "เด็ก",
        "ทารก",
        "นักเรียน",
        "หลาน",
        "หนูอายุ",
        "ขวบ",
        "ไม่ไปโรงเรียน",
        "ไม่ได้ไปโรงเรียน",
        "ลูกๆ",
        "ลูกเล็ก",
        "ลูกยังเล็ก",
        "ลูกอ่อน",
        "กำพร้า",
        "สูติบัตร",
        "ใบเกิด",
        "เข้าเรียน",
        "ทำการบ้าน",
        "ค่าเทอม",
        "โดนเพื่อนแกล้ง",
        "ถูกเพื่อนแกล้ง",
        "ติดเกม",
        "ကလေး",
        "ကျောင်း",
        "မွေးစာရင်း",
        "မိဘမဲ့",
        "ເດັກ",
        "ໂຮງຮຽນ",
        "ໃບແຈ້ງເກີດ",
        "ກຳພ້າ",
    ),
    "homeless": (
        "ไร้บ้าน",
        "ไม่มีบ้าน",
        "ไม่มีที่อยู่",
        "ไม่มีที่นอน",
        "ไม่มีที่ไป",
        "ນອນຢູ່ສາລາ",
        "ນອນຢູ່ປ້າຍລົດ",
        "ນອນໃຕ້ຂົວ",
        "ບໍ່ມີບ່ອນຢູ່",
        "ບໍ່ມີເຮືອນ",
        "အိမ်ခြေမဲ့",
        "คนเร่ร่อน",
        "ขอทาน",
        "นอนข้างทาง",
        "นอนวัด",
        "ใต้สะพาน",
        "ป้ายรถเมล์",
        "นอนข้างถนน",
        "นอนริมถนน",
        "ม้านั่ง",
        "สวนสาธารณะ",
        "ไม่มีที่พัก",
        "อยู่ข้างถนนมา",  # lived by the road for (years); not "ร้านอยู่ข้างถนน", a shop by it
        "นอนศาลา",
        "ບໍ່ມີບ່ອນຢູ່",
        "ບໍ່ມີບ່ອນນອນ",
        "ບໍ່ມີເຮືອນ",
        "ນອນຂ້າງທາງ",
        "ນອນຢູ່ສະຖານີ",
        "နေစရာမရှိ",
        "အိမ်မရှိ",
        "လမ်းဘေးမှာအိပ်",
        "လမ်းပေါ်မှာအိပ်",
        "တံတားအောက်မှာနေ",  # living or sleeping under a bridge, at a station
        "တံတားအောက်မှာအိပ်",
        "ဘူတာမှာအိပ်",
        "ဘူတာရုံမှာအိပ်",
    ),
    "elderly": (
        "ผู้สูงอายุ",
        "ผู้สูงวัย",
        "คนชรา",
        "อายุเยอะ",
        "คนแก่",
        "ผู้เฒ่า",
        "แม่เฒ่า",
        "ผส.",
        "ยาย",
        "ตา",
        "ย่า",
        "ปู่",
        "อุ๊ย",
        "แม่ใหญ่",
        "พ่อใหญ่",
        "ทวด",
        "สูงอายุ",
        "แก่แล้ว",
        "คนเฒ่า",
        "พ่อเฒ่า",
        "ป้อหลวง",
        "แม่หลวง",
        "အဘွား",
        "အဘိုး",
        "သက်ကြီး",
        "အသက်ကြီး",
        "ແມ່ເຖົ້າ",
        "ພໍ່ເຖົ້າ",
        "ແມ່ຕູ້",
        "ພໍ່ຕູ້",
        "ຄົນເຖົ້າ",
        "ຜູ້ເຖົ້າ",
        "ຜູ້ສູງອາຍຸ",
    ),
    "poverty": (
        "ยากจน",
        "จนมาก",
        "ไม่มีเงิน",
        "ตกงาน",
        "ไม่มีงาน",
        "ไม่มีข้าว",
        "ไม่มีอะไรกิน",
        "ถุงยังชีพ",
        "หนี้",
        "ค่าเช่า",
        "ค่าไฟ",
        "ค่าน้ำ",
        "ค่าเทอม",
        "รายได้",
        "น้ำท่วม",
        "หลังคา",
        "ทุนประกอบอาชีพ",
        "บัตรสวัสดิการ",
        "ไม่มีตังค์",
        "บ่มีเงิน",
        "บ่มีตังค์",
        "ค่าใช้จ่าย",
        "ไม่มีเงินซื้อ",
        "เงินหมด",
        "ไม่มีค่า",
        "ไม่มีทุน",
        "เสียหาย",
        "ပိုက်ဆံမရှိ",
        "အလုပ်မရှိ",
        "အလုပ်ပြုတ်",
        "လစာမပေး",
        "လစာမရ",
        "အိမ်လခ",
        "စားစရာမရှိ",
        "ဆေးဖိုးမရှိ",
        "ບໍ່ມີເງິນ",
        "ບໍ່ມີວຽກ",
        "ຕົກວຽກ",
        "ບໍ່ມີເຂົ້າກິນ",
        "ບໍ່ມີຫຍັງກິນ",
        "ທຸກຍາກ",
        "ຄ່າເຊົ່າ",
        "ບໍ່ຈ່າຍເງິນເດືອນ",
    ),
}
# With no word for a group, the danger itself says it: an attack is violence, suicidal talk mental
# health, a child left alone a child. With words, it weighs one word more for its group.
DANGER_GROUPS = {"suicide": "mental_health", "attack": "violence", "child": "child"}
# Ties go to the first group here: the more specific need before the broader one.
GROUP_PRIORITY = ("violence", "mental_health", "bedridden", "disability", "child", "elderly", "homeless", "poverty")
# Words that say what is needed more than who: they decide the group only when nothing else does.
WEAK_WORDS = {
    "disability": ("รถเข็น", "วีลแชร์", "ไม้ค้ำ", "ไม้เท้า", "wheelchair", "walker", "ລໍ້ເຂັນ", "ဘီးတပ်ကုလားထိုင်"),
    "homeless": ("เร่ร่อน",),
    "poverty": ("หิว",),
}
# A longer word that contains a group word but means something else.
NOT_WORDS = {
    "หลาน": ("ลูกหลาน",),
    "ด่า": ("ด่าน",),
    "ทำร้าย": ("ทำร้ายตัวเอง", "ไม่ได้ทำร้าย"),
    "เด็ก": ("ตั้งแต่เด็ก", "ตอนเด็ก", "สมัยเด็ก"),  # as a child, once: "เดินไม่ได้ตั้งแต่เด็ก"
    "มาจับตัว": ("ตำรวจมาจับตัว", "เจ้าหน้าที่มาจับตัว", "ทหารมาจับตัว", "ตม.มาจับตัว"),  # an arrest
    "ຕັດຂາ": ("ຕັດຂາດ",),  # cut off from someone, or a village cut off by water
    "ตีกัน": ("ลูกๆตีกัน", "เด็กๆตีกัน", "ทะเลาะตีกันเรื่องเกม"),
    "ตบ": ("ตบยุง", "ตบมือ", "ตบหลัง", "ตบไหล่"),
    "ฟาด": ("หัวฟาด", "ล้มฟาด"),  # a fall: หัวฟาดพื้น
    "ซ้อม": ("ซ้อมดนตรี", "ซ้อมบอล", "ซ้อมฟุตบอล", "ซ้อมกีฬา", "ซ้อมร้อง", "ซ้อมเต้น", "ซ้อมรำ", "ซ่อม"),
}
# Short kin words hide inside others: ตา in ตาย, ตาม, ดวงตา; ย่า in อย่าง; ยาย in ขยาย.
SHORT_KIN = ("ตา", "ยาย", "ย่า", "ปู่")
SHORT_KIN_AFTER = {"ตา": ("บอด", "ย", "ม", "ก", "ล", "ง", "ข"), "ย่า": ("ง",)}
SHORT_KIN_BEFORE = {"ตา": ("ดวง", "หน้า", "สาย", "น้ำ"), "ย่า": ("อ",), "ยาย": ("ข",)}


# Every group word found in a message in one pass; none holds a space, as the text searched has none.
GROUP_WORD_SEARCH = Words(word for words in GROUP_WORDS.values() for word in words)


def _count(squeezed: str, word: str) -> int:
    if word not in squeezed:
        return 0  # most words of most groups: the quick answer first
    if word not in SHORT_KIN:
        return max(0, squeezed.count(word) - sum(squeezed.count(other) for other in NOT_WORDS.get(word, ())))
    hits = 0
    start = squeezed.find(word)
    while start >= 0:
        after = squeezed[start + len(word) : start + len(word) + 3]
        before = squeezed[max(0, start - 4) : start]
        if not after.startswith(SHORT_KIN_AFTER.get(word, ())) and not before.endswith(SHORT_KIN_BEFORE.get(word, ())):
            hits += 1
        start = squeezed.find(word, start + 1)
    return hits


# English group words over the spaced text, with word boundaries ("rent" is not in "parents").
ENGLISH_GROUPS: dict[str, re.Pattern[str]] = {
    group: re.compile(r"\b(?:" + "|".join(words) + r")\b")
    for group, words in {
        "violence": (
            r"beat(?:s|ing)?",
            r"hit(?:s|ting)? (?:me|her|him|us)",
            r"abus\w*",
            r"violen\w*",
            r"rap(?:e|ed|ing)",
            r"threaten\w*",
            r"assault\w*",
            r"attack(?:ed|ing)?",
            r"stab(?:s|bed|bing)?",
            r"lock(?:s|ed)? me",
            r"molest\w*",
            r"knife",
            r"touch(?:es|ed|ing) (?:her|him|me)\b",
            r"(?:belt|whip|cane|stick) marks",
            r"traffick\w*",
            r"dragg(?:ing|ed) (?:a|the|her|him)",
            r"(?:took|takes|holds?|kept|keeps) (?:my|her|his|their) passports?",
            r"slapp?\w*",
            r"punch\w*",
            r"kick(?:s|ed|ing)? (?:me|her|him)(?! out)",
            r"burn marks",
            # a child hit, bruised, burnt or groomed: "hitting a little girl around 9 with a stick", "bruises on
            # his arms", "held it on the stove", "an older man online keeps asking her for photos"
            r"(?<!car )(?<!bike )(?<!motorbike )(?<!motorcycle )(?<!truck )(?<!bus )(?<!van )(?<!ball )(?<!taxi )"
            r"(?<!pickup )hit(?:s|ting)? (?:a|the|his|her) (?:little |small |young )?(?:girl|boy|child|kid|baby|son|daughter|wife)"
            r"(?! (?:and|then) (?:drove|sped|ran) (?:off|away))",
            r"bruises on (?:his|her|my) (?:arms?|back|legs?|face|body|neck)",
            r"held (?:it|his hand|her hand) (?:on|over|to) the (?:stove|fire|iron)",
            r"(?:man|guy|stranger|adult) (?:she|he) (?:met|meets|is chatting with|was chatting with) online",
            r"(?:met|meets) (?:a|an|some) (?:older |grown )?(?:man|guy|stranger) online",
            r"ask(?:s|ing|ed)? (?:her|him) for (?:photos|pictures|nudes|naked)",
            r"(?:he|she|boss|employer|husband|boyfriend|stepfather|owner|agent|captain)s? won'?t let (?:her|him|me|us) (?:leave|go)\b(?! (?:to school|home until|in))",
            r"tried to do something to (?:her|him|me)",
            # a child crying out under a beating, a belt heard; a girl taken to a hotel
            r"(?:stop|no) (?:daddy|dad|mommy|mummy|mum|mom|papa|mama|uncle)\b",
            r"hear(?:s|ing)? (?:a|the) belt",
            r"(?:taking|takes|take|took|bring(?:ing|s)?|brought) (?:her|him) to a (?:hotel|motel|short.?time)",
            r"pressed a pillow",
        ),
        "mental_health": (
            *(re.escape(sign) for sign in DRUG_PSYCHOSIS if sign.isascii()),
            r"depress\w*",
            r"suicid\w*",
            r"mental\w*",
            r"schizo\w*",
            r"bipolar",
            r"psychiatric",
            r"psychosis",
            r"paranoi\w*",
            r"hearing voices",
            r"hears voices",
            r"hears? a voice",
            r"voices? (?:telling|tells|told) (?:her|him|me)",
            r"hallucinat\w*",
            r"sleeping pills",
            r"psycho\w*",
            r"anxiety",
            r"(?:hurt|harm|cut)(?:s|ing)? (?:herself|himself|myself)",
            r"overdose",
            r"self.?harm",
            r"counsell?ing",
            r"want(?:s)? to die",
            r"dont want to live",
            r"(?:nervous|mental) breakdown",
            r"having a breakdown",
            r"addict(?:ed|ion) to (?:gambling|drugs|alcohol|drink|yaba|meth)",
            r"gambling (?:addict\w*|problem)",
            r"cr(?:ies|ying) all (?:the time|day)",
        ),
        "bedridden": (
            r"bed.?ridden",
            r"bed.?bound",
            r"paraly\w+",
            r"bed ?sores?",
            r"tube.?fed",
            r"bed.?rest",
            r"in bed all day",
            r"(?:feeding|nasogastric|ng) tube",
            r"tube feeding",
            r"air mattress",
            r"(?:lying|lies|lain|stays?|staying|stuck) in bed (?:for|since|all)",
            r"(?:cant|cannot|unable to) get out of bed",
            r"pressure sores?",
            r"\b(?:ate|eit|eik) ?yar ?(?:paw|pawr|hte|htae|htel|htal|mar|mhar)\b",  # Burmese in Latin letters: in bed
        ),
        "disability": (
            r"disab\w*",
            r"deaf",
            r"blind",
            r"autis\w*",
            r"cerebral palsy",
            r"epilep\w*",
            r"down syndrome",
            r"amputee",
            r"sign language",
            r"visually impaired",
            r"wheelchair user",
            r"(?:in|uses|using) a wheelchair",
            r"intellectual\w*",
        ),
        "child": (
            r"child",
            r"children",
            r"kids?",
            r"bab(?:y|ies)",
            r"toddlers?",
            r"infants?",
            r"orphan\w*",
            r"school",
            r"newborn",
        ),
        "homeless": (
            r"homeless",
            r"bus stop",
            r"sleep(?:s|ing)? (?:on the street|rough|outside|under)",
            r"no (?:place|where) to (?:stay|sleep|live)",
            r"nowhere to (?:stay|sleep|live|go)",
            r"(?:living|lives|live|sleeping|sleeps|staying) in (?:my|his|her|their|a|the) (?:car|tent|truck)",
            r"(?:live|lives|living|sleep|sleeps|sleeping) (?:in|at) (?:a |the )?(?:tent|atm)",
            r"\b(?:ein|eain|a ?khan) ma shi\b",  # Burmese in Latin letters: no home, no room
            r"sleep(?:s|ing)? (?:at|in) (?:the |a )?(?:train |bus )?station",
            r"(?:kicked|thrown|threw) (?:me |us |him |her |them )?out of (?:the|my|our|his|her) (?:house|home|room)",
            r"(?:kicked|threw) (?:me|us) out\b(?! of (?:school|class|the (?:school|class|game)))",
        ),
        "elderly": (
            r"elderly",
            r"old (?:lady|man|woman|people|person|couple|age)",
            r"(?:am|is|are|very|too) old",
            r"grand(?:ma|pa|mother|father|parents?)",
            r"aged",
        ),
        "poverty": (
            r"poor",
            r"no money",
            r"lost (?:my|his|her|our) jobs?",
            r"fired",
            r"unemployed",
            r"rent",
            r"debts?",
            r"hungry",
            r"(?:cant|cannot) pay",
            r"bills",
            r"no food",
            # Burmese in Latin letters: no work, no money, can't pay the room
            r"\b(?:a ?lote|lote) ma (?:shi|ya)\b",
            r"\b(?:ngwe|pite ?san) ma shi\b",
            r"\ba ?khan ?(?:ga|kha) ma pay",
        ),
    }.items()
}
_LATIN = re.compile(r"[a-z]")


# Groups that say what the need is, and groups that say who has it. A need named in words says more
# than who is in the message: a child hit is violence, a grandmother bedridden is bedridden, a
# father out of work with three kids is poverty (the labels of every training set agree).
WHAT_GROUPS = ("violence", "mental_health", "bedridden", "disability", "homeless")
MILD_VIOLENCE = ("ด่า", "ด่าทอ")  # words alone, a scolding; not a beating
# Locked in, alone: a child shut in while the parents are out is neglect, the child's case (the labels);
# locked in by someone who beats, rapes or traffics is violence, and those words are violence's own
CONFINEMENT = ("ขังไว้", "กักขัง")
SHUT_IN_HITS = ("ขัง", "ล็อ", "သော့ခတ်", "ပိတ်ထား", "ຂັງ", "ລັອກ", "lock")
# Moods alone, not an illness or a crisis: a sad, stressed or sleepless child or elder is their group's case
MILD_MENTAL = ("เครียด", "เศร้า", "ดูซึม", "ซึมๆ", "นอนไม่หลับ", "อาละวาด", "ຄຽດ")
WHO_GROUPS = ("child", "elderly")
# An illness of the mind named: what a threat or a weapon in the same message comes from.
PSYCHIATRIC = (
    "จิตเวช", "จิตเภท", "ป่วยจิต", "ทางจิต", "ไบโพลาร์", "หูแว่ว", "ໂຣກຈິດ", "ຈິດເພດ", "ຈິດເວດ", "စိတ်ရောဂါ",
    "စိတ်မနှံ့", "schizo", "psychiatric", "bipolar", "psychosis", "mental illness",
    "คลั่งยา", "ภาพหลอน", "ประสาทหลอน", "ເຫັນພາບຫຼອນ", "hallucinat", "hears voices", "hearing voices", "พูดคนเดียว",
    # a drug psychosis as people tell it: no sleep for days, someone coming to kill him, ghosts, voices
    *DRUG_PSYCHOSIS,
)  # fmt: skip


def find_group(squeezed: str, age: int | None = None, text: str = "", danger: Danger | None = None) -> Finding | None:
    """The help group the words point to most; an age of 60+ or under 18 counts as one word more, and
    so does the group the strongest danger says (an attack: violence; suicidal talk: mental health).
    A need named in words (WHAT_GROUPS) goes before who has it (WHO_GROUPS); between a child and an
    old person, the one the message speaks of first; a psychiatric illness before the violence it
    causes."""
    english = text.replace("'", "").replace("’", "") if _LATIN.search(text) else ""
    # suicidal talk says more about the group than the weapon in it ("จะยิงตัวตาย เอาปืนไปแล้ว")
    from_danger = next((DANGER_GROUPS[kind] for kind in DANGER_GROUPS if danger and kind in danger.kinds), None)
    scores: dict[str, tuple[float, int, str]] = {}  # group: (score, first position, evidence)
    worded: set[str] = set()
    mild_violence = mild_mental = shut_in = False
    present = GROUP_WORD_SEARCH.found_in(squeezed)  # a word not in it counts 0: left out of `hits`
    for group, words in GROUP_WORDS.items():
        hits = [(word, _count(squeezed, word)) for word in words if word in present]
        if group == "violence" and any(count for _, count in hits) and NO_ONE_HURT.search(squeezed):
            blanked = blank_out(NO_ONE_HURT, squeezed)  # spaces: it holds no word that squeezed did not
            hits = [(word, _count(blanked, word)) for word in words if word in present]
        said = [word for word, count in hits if count]
        if group == "violence":
            mild_violence = bool(said) and all(word in MILD_VIOLENCE for word in said)
            shut_in = bool(said) and all(word in CONFINEMENT for word in said)
        if group == "mental_health":
            mild_mental = bool(said) and all(word in MILD_MENTAL for word in said)
        score: float = sum(count for _, count in hits)
        evidence = next((word for word, count in hits if count), "")
        first = min((squeezed.find(word) for word, count in hits if count), default=len(squeezed))
        if english and (
            found := [m for m in ENGLISH_GROUPS[group].finditer(english) if not _denied_in_english(group, english, m)]
        ):
            score, evidence = score + len(found), evidence or found[0].group()
            first = min(first, len(squeeze(english[: found[0].start()])))
        if score:
            worded.add(group)
        if group == from_danger:
            score += 1
            if not (danger and "child" in danger.kinds):
                worded.add(group)  # suicidal talk of a teenager is mental health; a child in danger, a child
        if age is not None and ((group == "elderly" and age >= 60) or (group == "child" and age < 18)):
            score, evidence = score + 1, evidence or "age"
            first = min(first, _age_at(squeezed, age))
        weak = [word for word in WEAK_WORDS.get(group, ()) if word in squeezed]
        score += 0.4 * len(weak)
        evidence = evidence or (weak[0] if weak else "")
        if score:
            scores[group] = (score, first, evidence)
    if not scores:
        return None
    group = max(scores, key=lambda name: (scores[name][0], -GROUP_PRIORITY.index(name)))
    # a child scolded (ด่า) is still the child's case; beaten or abused, violence (the brief)
    needs = [
        name
        for name in WHAT_GROUPS
        if name in worded
        and (name, group, mild_violence) != ("violence", "child", True)
        and not (name == "mental_health" and group in WHO_GROUPS and mild_mental and name != from_danger)
    ]
    if group in WHO_GROUPS and needs:
        group = max(needs, key=lambda name: (scores[name][0], -GROUP_PRIORITY.index(name)))
    elif group in WHO_GROUPS and all(name in scores for name in WHO_GROUPS):
        group = min(WHO_GROUPS, key=lambda name: scores[name][1])  # "หลานอยู่กับยาย": the child
    if group == "violence" and "child" in scores and _left_shut_in(squeezed, english, danger, shut_in, worded):
        group = "child"  # "เด็ก 7 ขวบถูกขังไว้ในบ้านคนเดียว พ่อแม่ไปเที่ยว": left shut in, not beaten
    if group == "violence" and "mental_health" in worded and _psychiatric(squeezed, english, danger):
        group = "mental_health"  # "ผัวเป็นจิตเวช ขาดยา ถือมีดไล่ฟัน"; a knife turned on oneself
    if group == "violence" and "mental_health" in worded and not english and _violence_only_past(squeezed):
        group = "mental_health"  # "ตอนเด็กๆผมโดนพ่อตีทุกวัน … ยังฝันร้าย อยากคุยกับนักจิตวิทยา": the wound now
    score, _, evidence = scores[group]
    return Finding(group, round(min(0.4 + 0.2 * score, 0.95), 2), evidence)


# Violence said not to be: "ไม่มีใครทำร้ายผม", "ເດັກບໍ່ໄດ້ຖືກທຳຮ້າຍ", "no abuse", "no sign of abuse": the
# word is no sign of the group (a child hungry or bullied in words, not beaten)
NO_ONE_HURT = re.compile(
    r"(?:ไม่มีใคร|ไม่มีคน|ไม่ได้(?:ถูก|โดน)?|ไม่เคย(?:ถูก|โดน)?|ไม่เห็น(?:มี)?ใคร|ບໍ່ມີໃຜ|ບໍ່ໄດ້(?:ຖືກ|ເຫັນໃຜ)?|ບໍ່ເຄີຍ)"
    r"(?:ทำร้าย|ตี|ซ้อม|ທຳຮ້າຍ|ຕີ)"
)
ENGLISH_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|without)(?: (?:sign|signs|evidence) of)? (?:any )?$")


def _denied_in_english(group: str, english: str, match: re.Match[str]) -> bool:
    return group == "violence" and bool(
        ENGLISH_DENIED_BEFORE.search(english, max(0, match.start() - 30), match.start())
    )


def _left_shut_in(squeezed: str, english: str, danger: Danger | None, shut_in_words: bool, worded: set[str]) -> bool:
    """A child shut in and left, not attacked: the only violence words are confinement (or there are
    none and the danger's own hit is one: "ကလေး … သော့ခတ်ထား"), and no adult is held with them ("ผัวขัง
    หนูกับลูกไว้") nor an English violence word said."""
    danger_shut_in = "violence" not in worded and bool(danger) and any(hit in danger.evidence for hit in SHUT_IN_HITS)
    if not (shut_in_words or danger_shut_in):
        return False
    attacked = bool(english and ENGLISH_GROUPS["violence"].search(english)) or bool(GROWN_PARTNER.search(squeezed))
    return not attacked


# Said of a violence long over: "ตอนเด็กๆ", "เคย", "ตอนข้อยอายุ15"
VIOLENCE_IN_THE_PAST = re.compile(r"(?:ตอนเด็ก|สมัยเด็ก|ตอนเรียน|เคย|เมื่อก่อน|แต่ก่อน|ตอน\S{0,5}อายุ|ปีที่แล้ว|ປີກາຍ|ເຄີຍ)\S{0,24}$")


def _violence_only_past(squeezed: str) -> bool:
    """Every violence word in the message is told of a time long over."""
    hits = [at for word in GROUP_WORDS["violence"] if word in squeezed for at in _starts(squeezed, word)]
    return bool(hits) and all(VIOLENCE_IN_THE_PAST.search(squeezed, max(0, at - 30), at) for at in hits)


def _starts(squeezed: str, word: str) -> Iterator[int]:
    """Where `word` starts in `squeezed`, each occurrence after the end of the one before."""
    at = squeezed.find(word)
    while at >= 0:
        yield at
        at = squeezed.find(word, at + len(word))


def _psychiatric(squeezed: str, english: str, danger: Danger | None) -> bool:
    """An illness of the mind named, or suicidal talk with no attack on another."""
    if any(word in squeezed for word in PSYCHIATRIC) or any(word in english for word in PSYCHIATRIC):
        return True
    return bool(danger and "suicide" in danger.kinds and "attack" not in danger.kinds)


def _age_at(squeezed: str, age: int) -> int:
    at = squeezed.find(str(age))
    return at if at >= 0 else len(squeezed)


# The learnt model (dispatch/text_model.py) names the group when it is at least this sure, over the
# words above: on held-out folds of the training files it was right more often than they were
# (bench/train_text_models.py). Below it, the words decide, and the model only fills a gap.
GROUP_MODEL_SURE = 0.45
GROUP_MODEL_SURE_OVER_AGE = 0.7  # a group told by the age alone is a weak rule, but the model must be sure to undo it
GROUP_MODEL_GUESS = 0.3  # with no word for a group, a guess less sure than this is no finding
# A question the words place in no group is about someone in need when the model is this sure of a
# group (it guesses a group for any text: "อากาศวันนี้เป็นอย่างไร" 0.32, a restaurant 0.50).
INTENT_MODEL_SURE = 0.5
# The learnt intent model (what a message asks for) decides over the words from this probability, but
# never over a danger read nor a command word: out of file on the files no rule tuner had read, intent
# rose from 0.917 (the words alone) to 0.968 (bench/train_text_models.py --intents FILES; 6c-9d and
# heldout_5, each read by a model learnt without it).
INTENT_MODEL_DECIDES = 0.5
# ... and makes a message the words read otherwise a greeting (answered with a hello, not a report), with no
# word of hello or thanks in it, only from this: on every labelled file but the blind sets, the greetings
# it so read scored 0.8 or more and the three reports and questions it misread 0.6-0.8 (those files are
# its training data: a loose bound)
GREETING_MODEL_DECIDES = 0.8


# The model reads words, not numbers: "อายุ" is mostly said of old people, so it guesses elderly for a
# child of 13 or a roommate of 22. An age stated rules out the groups it contradicts.
ELDERLY_FROM, CHILD_UNDER = 60, 18


def fits_age(group: str, age: int | None) -> bool:
    if age is None:
        return True
    return not ((group == "elderly" and age < ELDERLY_FROM) or (group == "child" and age >= CHILD_UNDER))


def learnt_group(text: str, ruled: Finding | None, age: int | None = None) -> Finding | None:
    if letters_to_weigh(text) < MODEL_MIN_LETTERS:
        return ruled  # too few letters to weigh, as for danger ("ข้อความ 1" read as violence)
    label, probability = text_model.load("group").best(text)
    if not fits_age(label, age):
        return ruled
    if ruled is None and probability < GROUP_MODEL_GUESS:
        return None
    if ruled is not None and (ruled.value, label) == ("violence", "child"):
        return ruled  # a child beaten or abused is violence (the brief); older labels had named the child
    if ruled is not None and ruled.value == "mental_health" and label in WHO_GROUPS and ruled.evidence in PSYCHIATRIC:
        return ruled  # a psychosis named outweighs who has it: "ลุง… พูดคนเดียว… ถือมีด" is not the elderly's case
    sure = GROUP_MODEL_SURE_OVER_AGE if ruled is not None and ruled.evidence == "age" else GROUP_MODEL_SURE
    if ruled is None or (probability >= sure and label != ruled.value):
        return Finding(label, round(probability, 2), "model")
    return ruled


def learnt_intent(text: str, ruled: str, *, someone: bool, contact: bool) -> str:
    """The learnt intent over the words' (`ruled`) when sure, except where the words know better: the
    model knows no "unknown" (a message about nothing it has seen is not a report: "อากาศวันนี้เป็น
    อย่างไร"); a question with a phone or an address given is for someone to visit; a message about
    `someone` in need that mentions volunteers asks for a visit ("could a volunteer check on my
    grandmother")."""
    label, probability = text_model.load("intent").best(text)
    if label == "greeting" and _says_hello_or_thanks(text) and found_again(text.replace(" ", "")):
        return label  # "police found him this morning, thank you": thanks, whatever the model's doubt
    if probability < INTENT_MODEL_DECIDES or label == ruled:
        return ruled
    if label == "greeting" and probability < GREETING_MODEL_DECIDES and not _says_hello_or_thanks(text):
        return ruled  # "ผมตกงานครับ ภรรยาท้อง" (0.55) is no hello; "… เจอแล้วค่ะ ขอบคุณทุกคน" (0.64) is thanks
    if (ruled == "unknown" and label == "report") or (label == "question" and contact):
        return ruled
    if label == "volunteer" and someone:
        return ruled
    if label == "track" and ruled == "report" and WISH_TO_REPORT.search(text.replace(" ", "")):
        return ruled  # "ຂ້ອຍຢາກແຈ້ງເລື່ອງ": a report to make, not one made ("ແຈ້ງເລື່ອງ… ໄປແລ້ວ")
    return label


def _says_hello_or_thanks(text: str) -> bool:
    squeezed = text.lower().replace(" ", "")
    return any(word in squeezed for word in (*GREETINGS, *SMALL_TALK) if len(word) > 3)


WISH_TO_REPORT = re.compile(r"อยากแจ้ง|ขอแจ้ง|จะแจ้ง|ຢາກແຈ້ງ|ຂໍແຈ້ງ|ຈະແຈ້ງ|wanttoreport|wouldliketoreport|တိုင်ချင်")


def group_of_danger(danger: Danger | None) -> Finding | None:
    if danger is None:
        return None
    group = next((DANGER_GROUPS[kind] for kind in danger.kinds if kind in DANGER_GROUPS), None)
    return Finding(group, 0.5, danger.evidence) if group else None


# -- age, phones, reporter -----------------------------------------------------------------------

# Burmese words for the person a message is about, longest first: kin, a child, a man or woman.
BURMESE_CHILD_WORDS = ("ကလေးမလေး", "ကလေး", "သမီးလေး", "သားလေး", "မြေးလေး", "တူလေး")
BURMESE_YOUNG = (*BURMESE_CHILD_WORDS, "ကျောင်းသူ", "ကျောင်းသား")  # and pupils
BURMESE_PEOPLE = tuple(
    sorted(
        (
            *BURMESE_CHILD_WORDS,
            *("အဘိုးကြီး", "အဘွားကြီး", "အဖိုးကြီး", "အဖွားကြီး", "အဖွား", "အဘွား", "ဘွားဘွား", "အဖိုး", "အဘိုး", "ဘိုးဘိုး", "အမေ", "အဖေ"),
            *("မေမေ", "ဖေဖေ", "ညီမလေး", "ညီမ", "ညီလေး", "ညီ", "အစ်မ", "အစ်ကို", "မောင်လေး", "ယောက်ျား", "မိန်းမ"),
            *("ဇနီး", "ခင်ပွန်း", "သမီး", "သား", "ဦးလေး", "အဒေါ်", "တူမ", "မြေး", "အမျိုးသမီး", "အမျိုးသား"),
            *("ကျွန်မ", "ကျွန်တော်", "အလုပ်ဖော်", "အခန်းဖော်", "လူကြီး", "ဦး", "ဒေါ်", "ကောင်လေး", "ကောင်မလေး"),
            *("ဖွားဖွား", "ကျောင်းသူ", "ကျောင်းသား"),
        ),
        key=len,
        reverse=True,
    )
)
# Lao words for the person, then their age with no ອາຍຸ: "ຢາຍ84", "ຜົວ34", "ໝູ່ຂ້ອຍ13"
LAO_PEOPLE = (
    "ແມ່ເຖົ້າ", "ພໍ່ເຖົ້າ", "ແມ່ຕູ້", "ພໍ່ຕູ້", "ຢາຍ", "ຍາຍ", "ແມ່ໃຫຍ່", "ພໍ່ໃຫຍ່", "ຜົວ", "ເມຍ", "ໝູ່ຂ້ອຍ", "ໝູ່ສາວ",
    "ລູກຊາຍ", "ລູກສາວ", "ຫຼານຊາຍ", "ຫຼານສາວ", "ນ້ອງຊາຍ", "ນ້ອງສາວ", "ອ້າຍ", "ເອື້ອຍ",
)  # fmt: skip
# Short Burmese words (သား a son, ညီ, ဦး) end longer ones (ကျောင်းသား a pupil): only at a word's start.
_SHORT_BURMESE = ("သား", "ညီ", "ဦး", "ဒေါ်", "မြေး", "တူမ", "သမီး")
PEOPLE_BEFORE_AN_AGE = "|".join(
    [word for word in BURMESE_PEOPLE if word not in _SHORT_BURMESE]
    + [r"(?<![\u1000-\u109f])" + word for word in _SHORT_BURMESE]
    + sorted(LAO_PEOPLE, key=len, reverse=True)
)
# English words for the person an age is said of, in two of the patterns below.
ENGLISH_KIN_WORDS = (
    r"son|daughter|brother|sister|niece|nephew|cousin|student|pupil|boy|girl|grand(?:son|daughter|child|ma|pa)"
)
# After a number, what makes it not an age: a unit, a time, an ordinal, a count.
NOT_AN_AGE_AFTER = (
    r"(?![:./]\d)(?!\s?(?:km|kg|baht|min|minutes|mins|hours|days|weeks|months?|years? ago|am|pm|%|(?:th|st|nd|rd)\b"
    r"|people|kids|children|times|floor|storey|m\b|meters|metres|hundred|thousand|percent|degrees"
    r"|pills|tablets|bags|boxes|bottles|packs|meals|rooms|seats?|rows?|stops?|steps?|families|houses|workers"
    r"|days?\b|bucks|dollars|usd|cc\b|ml\b|stage|please|pls|doors?\b|houses? (?:down|away|up)\b|kilos?\b|kgs?\b|pounds?\b|lbs?\b|hrs?\b|hours?\b))"
)
ELDER_NUMBER_NOT_AN_AGE = (
    r"(?!\s?(?:บาท|วัน|เดือน|ครั้ง|คน|หลัง|นาที|โมง|ชั่วโมง|ชม|กม|กิโล|ตัว|ปีแล้ว|ปีก่อน|ปีที่แล้ว|ห้อง|ชั้น|องศา|เมตร|ม\.|หมู่|ซ(?:\.|อย|\s?\d)"
    r"|ພັນ|ໝື່ນ|ມື້|ຄົນ|ເດືອນ|ກີບ|ບາດ|ໂມງ|ຫ້ອງ|ໂຕ|ນາທີ|ຊົ່ວໂມງ|ປີແລ້ວ|ປີກ່ອນ|ໝູ່|ກິໂລ|ໂດລາ|baht|km|%|ไร่|มื้อ"
    r"|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา|ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย"
    r"|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค"
    r"|(?:กว่า\s?)?(?:พัน|หมื่น|ต้น(?!\s?ๆ)|ใบ|กก|ครอบครัว|หลังคา|เม็ด|ลิตร|ซม|ราย|แผง|บาท|คน|หลัง|ตัว|ครั้ง|หลังคาเรือน"
    r"|ถุง|โล|แพ็ค|แพค|งวด|กล่อง|ขวด|กระป๋อง|ชิ้น|ลัง|กระสอบ|แก้ว|วัน|อัน|ห่อ|ชุด|ผืน|ก้อน|แท่ง)))"
)  # what follows an elder's number, or a guess, when it is not their age: money, a count, a time, a room
# an elder's age right before the village: "แม่ใหญ่77 ม.2", "ยายเก้าสิบเอ็ด ม.3" (a house number would be
# after บ้าน or เลขที่, or with a slash; an address being written is left out in _age_in_patterns)
ELDER_BEFORE_THE_VILLAGE = re.compile(
    r"(?<![ก-ฮ])(?:แม่ใหญ่|พ่อใหญ่|ยาย|ตา|ปู่|ย่า|ลุง|ป้า|ป้อ|อุ๊ย)\s?([6-9]\d)\s?(?=ม\.\s?\d|หมู่)"
)
# an elder, their name or "my", then the age: "ลุงสม 75", "ป้าแดงเจ็ดสิบเจ็ด", "แม่ตู้ข้อย83", "ລຸງ 63"
ELDER_AGE = re.compile(
    r"(?<![ก-ฮ])(?:แม่ใหญ่|พ่อใหญ่|แม่ตู้|พ่อตู้|ป้อ(?!ง|น|ม)|(?<!ให้)(?<!กับ)(?<!แด่)(?<!ของ)(?<!แต่)(?:แก|ท่าน)(?=\s?\d)|ป๊ะ|ป๋า|เตี่ย|อาม่า|อากง|อาแปะ|ทวด|ลุง|ป้า(?!ย)|ยาย|ตา(?![ก-ฮ]์)|ปู่|ย่า|น้า|แม่(?!ค้า|น้ำ|บ้าน|ครัว)|พ่อ(?!ค้า|บ้าน)"
    r"|ແມ່ຕູ້|ພໍ່ຕູ້|ແມ່ໃຫຍ່|ພໍ່ໃຫຍ່|ຢາຍ|ຍາຍ|ຕາ|ປ້າ|ລຸງ|ແມ່|ພໍ່)"
    r"(?:(?!ความดัน|หนัก|หนี้|สาย|ซอย|เบอร์|ห้อง|ราคา|บ้านเลขที่|เลขที่|ปลูก|ขาย|ใช้)[ก-ฮะ-์\u0e81-\u0ecd]){0,12}?"
    r"\s?(\d{2,3})(?![\d/.:,-]\d|\d)" + ELDER_NUMBER_NOT_AN_AGE
)
# "วัน" after a number as a baby's days: at a clause's end, or before a word that goes on about the baby
# ("ทารกอายุ3วันไว้", "อายุ 15 วันนอนไม่หลับ"); not a day named or counted after an age ("อายุ 85 วันก่อน",
# "70 วันเว้นวัน", "68 วันละ 3 มื้อ", "วันสงกรานต์", "ມື້ຄືນ", last night)
DAYS_UNIT_END = (
    r"(?=$|[^ก-๙\u0e80-\u0eff]|ไว้|แล้ว|ตัว|ยัง|ถูก|ก็|นะ|ค่ะ|คะ|ครับ|เท่านั้น|เอง|กว่า|นอน|ร้อง|ไม่"
    r"|ໄວ້|ແລ້ວ|ຍັງ|ຖືກ|ເທົ່ານັ້ນ|ບໍ່|ນອນ|ຮ້ອງ|ໂຕ)"
)
AGE_PATTERNS = (
    # "age" then a number: Thai อายุ/วัย, Lao ອາຍຸ, Burmese အသက် (digits of all three are Arabic by now,
    # and numbers in words too: see find_age)
    re.compile(
        r"(?:อายุ|(?<!แม่)อาย(?=\s?\d)|อ\.ยุ|อ\.(?=\s?\d{1,3}\s?(?:ปี|ขวบ))|วัย|ອາຍຸ|အသက်(?:က)?|\ba[ -]?thet|\b(?:ayu|aayu)\b)\s?(?:ประมาณ|ราว|ราวๆ|สัก|ซัก|ก็|ได้|แค่|เพียง|ครบ|ປະມານ|ໄດ້|ພຽງແຕ່|ພຽງ|ແຕ່|ຄົບ)?\s*(\d{1,3})(?!\d)"
        r"(?!\s?လ(?![\u102b-\u103e]|မ်|[\u1000-\u1021]\u103a))"  # "ကလေး အသက် ၅ လ": five months (not လက်, an arm)
        r"(?!\s?(?:เดือน|ເດືອນ|สัปดาห์|อาทิตย์|ອາທິດ|months?|weeks?)(?!\s?(?:ก่อน|ກ່ອນ|ที่แล้ว|ທີ່ແລ້ວ|นี้|ນີ້|หน้า|ໜ້າ|ago)))"
        r"(?!\s?คน(?!พม่า|ลาว|กัมพูชา|เขมร|เดียว)|\s?ราย|\s?ຄົນ(?!ລາວ|ໄທ|ພະມ່າ|ດຽວ))"  # "20 คน": how many (not "คนเดียว")
        r"(?!\s?(?:วัน|ວັນ|ມື້)" + DAYS_UNIT_END + r")(?!\s?days?\b)"  # "ทารกอายุ ๓ วัน": a baby (DAYS_OLD)
        r"(?!\s?(?:-|–|ถึง|ເຖິງ)\s?\d)"  # "อายุ 20-50 ปี": several people's
        # a baby's months or days: "a-thet 7 la", "အသက် ၁၀ ရက်" (not "a thet 85 yet ka", days ago; "၆၅ ရက်ပိုင်း", within days)
        r"(?!(?:(?<=\b\d)|(?<=\b1[01]))\s?la\b)(?!\s?(?:ရက်|ပတ်)(?!ပိုင်း|ပေါင်း|တိုင်း|ကြာ|နေ့|အတွင်း|က\b))"
    ),
    # Burmese and Lao: who it is, then the age ("အဖွား ၇၅", "ကောင်လေး ၁၉လောက်", "ຢາຍ84", "ແມ່ເຖົ້າ 74"), not
    # a count, a time or money after it ("ကလေး ၄၀ အတွက်": for 40 children), nor the first of a range
    re.compile(
        r"(?:"
        + PEOPLE_BEFORE_AN_AGE
        # (a two-digit age may be followed by how long, "ဦးလေး ၆၄ ၂ရက်ရှိပြီ"; one digit then another is a range)
        + r")\s?(?:က\s)?(?:(\d{2,3})(?!\d|\s\d(?!\d?\s?(?:ရက်|နာရီ|ပတ်|မိနစ်)))|(\d)(?!\d|\s\d))(?!\s?(?:ရက်|နာရီ|မိနစ်|ယောက်(?!ျား)|ဦး|လ(?![\u102b-\u103e]|မ်)"
        r"|ကြိမ်|ခု|ပတ်|ဘတ်|ထောင်|သောင်း|ရာ|အတွက်|ကောင်|မိုင်|ကီလို|ထပ်|လွှာ|ခန်း|နံပါတ်|ကိုယ်|บาท|คน|วัน|ມື້|ເດືອນ|ຄົນ|ກີບ"
        r"|ບາດ|ໂມງ|ນາທີ|ຊົ່ວໂມງ|ອາທິດ|ກິໂລ|ໂຕ|ເທື່ອ|ຫ້ອງ|ມ\.|ໝູ່|ພັນ|ລ້ານ|ຄັ້ງ|ແກ້ວ|ໂທ|တန်း|ကျပ်|-|/|:))"
        r"(?!\s?(?:ປີ|နှစ်)\s?(?:ແລ້ວ|ມາແລ້ວ|ရှိပြီ|ကြာ))"  # "ລູກສາວ 3 ປີແລ້ວ ບໍ່ກັບບ້ານ": how long
    ),
    # a number then years: ปี/ขวบ, Lao ປີ, Burmese နှစ် (not "for 3 years": see DURATION_BEFORE/AFTER)
    # (romanised Burmese "5 nhit"; not ปีน/ປີນ, to climb)
    re.compile(
        r"(?<![\d/.-])(\d{1,3})\s*(?:ปี(?!น(?!ี้))|ขวบ|ປີ(?!ນ(?!ີ້))|ຂວບ|နှစ်|\s(?:nhit|hnit|nhic)\b)(?!ที่|ก่อน|ມາແລ້ວ|ກ່ອນ|ທີ່|\s?ago)"
    ),
    re.compile(r"(?<!\d)(\d{1,3})\s*(?:-\s*)?(?:years?|yrs?)[\s-]*old"),
    re.compile(r"\b(?:aged?|is)\s*:?\s+([1-9]\d{1,2})\b(?!\s?/|[.:]\d|\s\d)" + NOT_AN_AGE_AFTER),
    # a kin word, then the age alone: "grandpa 85", "ยาย 80 อยู่คนเดียว"
    re.compile(
        r"(?:grand(?:ma|pa|mother|father)|mom|mum|dad|mother|father|(?:old )?(?:man|woman|lady)"
        # (and aunts, uncles, a granny, where they live: "aunty next door 68 is stuck", "dad is bedridden 69")
        r"|(?:\b(?:aunty|auntie|aunt|uncle|granny|grandad|granddad)\b|\b(?:dad|mom|mum)\b(?: is)?(?: bedridden)?)"
        r"(?: next door| upstairs| downstairs| across the road)?"
        r"|แม่ใหญ่|พ่อใหญ่|แม่เฒ่า|พ่อเฒ่า|อุ๊ยชาย|อุ๊ยหญิง|ยาย|ตา|ปู่|ย่า|แม่|พ่อ|ลุง|ป้า|อุ๊ย|ແມ່ຕູ້|ພໍ່ຕູ້|ພໍ່|ແມ່|ປ້າ|ລຸງ|ປູ່|ຍ່າ|အဘွား|အဘိုး|အဖေ|အမေ)"
        r"\s?(\d{2,3})(?![\d/.-]|,\d)(?!\s?(?:บาท|baht|วัน|เดือน|ครั้ง|คน|หลัง|นาที|โมง|กม|km|ม\.|หมู่|ซ(?:\.|อย|\s?\d)"
        r"|min|hours?|hrs?|days?|weeks?|months?|years? ago|doors?|houses?|floors?|blocks?|streets?|rooms?))"
    ),
    # English shorthand: "87yo", "9 y/o", "87 y.o.", "20y non verbal", "my son 8yrs got lost"
    re.compile(
        r"(?<![\d.])(?<!for )(?<!since )(?<!past )(?<!last )(?<!bedridden )(?<!paralysed )(?<!paralyzed )(?<!married )(\d{1,3})\s?(?:yo|y/o|y\.o\.?|yr?s?\.? ?old|y(?=\s(?!ago|before|earlier))"
        r"|(?<=\d\d)y$|yrs?(?=[\s,.](?!\s?(?:ago|before|earlier))))(?![a-z])"
    ),
    # the age in brackets after who it is: "grandmother (87)", "ยาย(80)"
    re.compile(
        r"(?<=[a-zก-๛\u0e80-\u0eff\u1000-\u109f])(?<!room)(?<!floor)(?<!house)(?<!block)(?<!unit)"
        r"\s?\(\s?(?:(?:like|about|maybe|around|approx\.?)\s)?([1-9]\d{0,2})\s?[?!]?\s?\)"
        r"(?!\s?(?:(?:hours?|days?|weeks?|months?|years?\sago|minutes?|mins?|times|kids|children|people|persons"
        r"|workers|men|women|families|baht|km|kg)\b|คน|วัน|ชั่วโมง|ครั้ง|ຄົນ|ມື້))"
    ),  # "kid next door (9?)", "the youngest (about 2)"; not "(about 2) hours", "room (3?)"
    # set off by commas after who it is ("grandfather, 86, is bedridden"), or said of them ("she's 78")
    re.compile(r"(?<=[a-z]),\s?(\d{1,3})(?:,\s|\.(?:\s|$))"),
    re.compile(
        r"\b(?:(?:she|he)(?:\s?'s|s|\sis)|i(?:\s?'m|m|\sam))\s(?:now\s|only\s|just\s|about\s|around\s|maybe\s|probably\s|like\s)?"
        r"([1-9]\d{0,2})(?!\d)(?![:.,/]\d)(?!\s?(?:km|kg|baht|min|minutes|mins|hours|hrs?\b|days|weeks|months|am|pm|%|(?:th|st|nd|rd)\b))"
    ),  # not NOT_AN_AGE_AFTER: "im 29 m" is a man of 29
    # an old parent's age said of them: "Mum's 69, her dementia…", "my dad is 82 and lives alone" (not "dad's
    # 2 dogs", "mum is 20 minutes away")
    re.compile(
        r"\b(?:mum|mom|mother|dad|father|grand(?:ma|pa|mother|father)|granny)(?:\s?['’]s|\sis)\s(?:now\s|about\s|around\s)?"
        r"([4-9]\d|1[01]\d)(?=\s?[,.;!)]|\s?$|\s(?:and|but|now|with|has|years?|yrs?|y/?o)\b)"
    ),
    # broken English, the years said: "she 60 year", "my mama she 6O year" (a letter o for the zero)
    re.compile(
        r"\b(?:she|he)\s(?:is\s)?([1-9]\d)\s?(?:years?|yrs?)(?:\s?old)?"
        r"(?=\s?(?:[,.!?]|$)|\s(?:she|he|and|but|cannot|cant|can't|not|no|very|sick|now)\b)"
    ),
    # an English kin word, or a name after khun, then the age and what they do:
    # "my cousin 23 just sent me", "Khun Somsri 76 found on her kitchen floor", "she old 85"
    re.compile(
        r"\b(?:(?:my|our|his|her|the) (?:son|daughter|brother|sister|cousin|wife|husband|uncle|aunt(?:ie)?"
        r"|nephew|niece|friend|neighbou?r|grand(?:son|daughter|child)|(?:room|flat|house)mate|colleague|co-?worker"
        r"|tenant|boyfriend|girlfriend|partner|mum|mom|dad|mother|father)|khun [a-z]+|(?:she|he) old"
        r"|grand(?:pa|ma|father|mother) [a-z]+)"
        r"\s(\d{1,3})(?=\s?[,(]|\s(?:just|has|had|is|was|who|with|lives|living|can|cant|cannot|doesnt|isnt"
        r"|keeps|fell|found|took|tried|says|said|sent|ran|went|got|no|not|did|didnt|didn|hasnt|hasn|never"
        r"|cut|jumped|collapsed|swallowed|drank|overdosed|wants|needs|stays|lost|stopped|locked|left|hit|hurt"
        r"|threatened|attacked|disappeared)\b)"
    ),
    # a person guessed at: "a little boy maybe 4", "old lady around 75", "she looks about five"
    # or set off after a few words: "kid next door, maybe 7"
    re.compile(
        r"\b(?:boy|girl|kid|child|man|woman|lady|guy|person|baby|toddler|teen(?:ager)?|looks?)\b"
        r"(?:(?:\s[a-z]+){0,3},|\s(?:next door|upstairs|downstairs|across the (?:road|street|hall)))?"
        r"\s(?:(?:maybe|about|around|roughly|probably)(?:\s(?:about|around))?|only)\s(\d{1,3})\b" + NOT_AN_AGE_AFTER
    ),
    # a son, daughter or grandchild, then the age: "ลูกชาย 19 ขังตัวเอง", "ລູກຊາຍ 19 ຖືກຫຼອກ"
    re.compile(
        r"(?:ลูกชาย|ลูกสาว|หลานชาย|หลานสาว|น้องชาย|น้องสาว|พี่ชาย|พี่สาว|ລູກຊາຍ|ລູກສາວ|ຫຼານຊາຍ|ຫຼານສາວ|ນ້ອງຊາຍ|ນ້ອງສາວ)"
        r"\s?(\d{1,2})(?![\d/:.,]|\s?(?:คน|ຄົນ|เดือน|ເດືອນ|months?|mths?|วัน|ມື້|ปี|ປີ|บาท|ครั้ง|ชม|ชั่วโมง|นาที|โมง|ตัว|หลัง|กิโล|ม\.|หมู่|ซ(?:\.|อย|\s?\d)))"
    ),
    # a girl or young woman of herself: "หนู16 กรีดแขนอยู่", "หนูเพิ่ง 14 เองค่ะ"
    re.compile(
        r"หนู\s?(?:เพิ่ง|แค่|อายุ|อายุแค่|เพิ่งจะ)?\s?(1\d|2\d|[5-9])(?!\d|\s?(?:บาท|คน|วัน|เดือน|ตัว|ครั้ง|ชั่วโมง|ชม|นาที|โมง"
        r"|กิโล|ม\.|หมู่|ซ(?:\.|อย|\s?\d)|ปีก่อน|ปีที่แล้ว|ปีแล้ว|พัน|หมื่น|ครั้ง|กว่าครั้ง|:|/|-))"
    ),
    # English guesses with no person word before: "neighbour uncle maybe 70", "(about 10)", "she about 80",
    # "seventy-ish", "the 70-something lady"; not a time or a count ("at about 9", "for about 2 weeks")
    re.compile(
        r"(?<!\bat )(?<!\bfor )(?<!\bby )(?<!\bin )(?<!\bsince )(?<!\bwithin )\b(?:maybe\s([1-9]\d?)|(?:about|around|roughly"
        r"|approx\.?)\s([1-9]\d))\b(?=\s?[,.)!;]|\s?$|\s(?:years?|yrs?|y/?o|yo|i think|i guess|sleep\w*|lives?|living|walking"
        r"|sitting|lying|not|no|who|is|was|has|had|but)\b)"
    ),  # "about five" is as often a time ("closes about 5"): only "maybe" guesses one digit; and what
    # follows must be said of a person: "about 30 paracetamol", "about 10 elderly people" are counts
    re.compile(
        r"\b([1-9]0)(?:\s?-\s?|\s)?(?:ish|something)\b"
        r"(?!\s(?:thousand|hundred|people|persons|men|women|kids|children|families|baht|k\b|dollars|times|years ago))"
    ),
    # "my nephew, 10 years, was pulled", "turning 90 this week", "she just turned 60"
    re.compile(r"(?<=[a-z]),\s?(\d{1,3})\s?(?:years?|yrs?)\b(?!\s?ago)"),
    re.compile(r"\bturn(?:ing|ed|s)\s([1-9]\d{0,2})\b" + NOT_AN_AGE_AFTER),
    re.compile(
        r"\b(?:mum|mom|mother|dad|father|grand(?:ma|pa|mother|father)|granny|son|daughter|wife|husband|sister"
        r"|brother)['’]s\s([1-9]\d{0,2})(?:st|nd|rd|th)\sbirthday\b"
    ),  # "Mum's 72nd birthday today" (not a shop's 10th, nor "my 2nd birthday in Thailand")
    # a Thai "he/she" then the age and แล้ว: "แก88แล้ว", "ท่าน 90 แล้ว"
    re.compile(r"(?:แก|ท่าน)\s?(\d{2,3})\s?(?:ปี)?\s?(?:กว่า)?\s?แล้ว"),
    # a decade guessed: "a guy in his 60s", "in her early 80's", "maybe late 20s"
    re.compile(r"\b(?:in (?:his|her|their) |maybe |about |around )(?:early |mid[- ]?|late )?([1-9]0)'?s\b"),
    # ... or the decade alone with where in it, set off after who it is: "old man, mid-60s, sleeping",
    # "(late 70s)" (not "since the late 90s", "in the mid 30s today")
    re.compile(r"(?:(?<=[a-z]),\s?|\()(?:early|mid|late)[- ]?([1-9]0)'?s\b"),
    # the writer, or both parents, or a foreigner, then the age: "me 26 maid from myanmar", "both 64", "american 65";
    # and "he"/"she" then the age at the very end ("… holding scissors. he 23")
    re.compile(
        r"\b(?:me|both|american|british|german|english|australian|french|farang)\s([1-9]\d)\b"
        r"(?!\s?(?:am|pm|bucks|dollars|usd|please|pls)\b|\s(?:years?|yrs?)\s(?:married|together|ago|in|here|working))"
        + NOT_AN_AGE_AFTER
    ),
    re.compile(r"\b(?:he|she)\s([1-9]\d)\s?[.!]?\s*$"),
    # "34M, expat in Bangkok": age and sex at the start
    re.compile(r"^(\d{2})\s?[mf]\b"),
    # English, said of someone: "a girl of 15", "my son is 8", "aged 8", "Mrs Lek, 72",
    # "my mum (Alzheimer's, 83)"
    re.compile(
        r"\b(?:boy|girl|kid|child|man|woman|lady|guy|baby|son|daughter) of (?:about |around )?(\d{1,3})\b"
        r"(?!\s?(?:months?|mths?|weeks?))"
    ),
    re.compile(
        r"\b(?:" + ENGLISH_KIN_WORDS + r"|kid|child|baby|mum|mom|dad|mother|father)"
        r"\s(?:is|was|turned|turns)\s(?:now\s|only\s|just\s)?([1-9]\d{0,2})\b" + NOT_AN_AGE_AFTER
    ),
    re.compile(r"\baged?\s?:?\s([1-9]\d{0,2})\b" + NOT_AN_AGE_AFTER),
    re.compile(r"\b(?:mrs|mr|ms|miss|khun|auntie|aunty|uncle|granny)\.?\s[a-z]+,\s?([1-9]\d{0,2})\b(?![\d,.]\d)"),
    re.compile(r"\(\s?[a-z][^()]{0,30},\s?(\d{1,3})\s?\)"),
    re.compile(r"\(\s?(\d{1,3})\s?,\s?[a-z]"),
    # a kin word with no "my" before it, as people type in a hurry: "son 19 in wheelchair", "yai 83 high fever"
    re.compile(
        r"(?:^|[\s,.])(?:"
        + ENGLISH_KIN_WORDS
        + r"|aunt(?:ie|y)?|uncle|papa|mama|pa|yai|husband|wife|granny|gma|gpa|gramps|nana|client|patient|teen(?:ager)?"
        r"|(?:mum|mom|mother|dad|father)(?:[\s-]in[\s-]law)?)\s(\d{1,3})\b(?=\s?[a-z,])" + NOT_AN_AGE_AFTER
    ),
    # English: a title and a name, then the age and more words: "Mrs Boonmee 76 bedridden", "auntie noi 73 moo 5"
    re.compile(
        r"\b(?:mrs|mr|ms|miss|khun|auntie|aunty|uncle|granny|grandma|grandpa|yai|lung)\.?\s[a-z]{2,}"
        # before moo, only an elder's age: "auntie noi 73 moo 5", not a house number ("uncle boon 12 moo 3")
        r"\s([4-9]\d(?=\s(?:moo|m\.)\s)|[1-9]\d{1,2}(?!\d|\s(?:moo|m\.|soi|village)\b))\b(?![/.,:]\d)(?=\s[a-z]|,\s(?:his|her|he|she)\b)"
        + NOT_AN_AGE_AFTER
    ),
    # English: someone, where they are, then the age and what they do: "old lady next door 81 hasnt",
    # "one of my students 14 has", "my friend 23 posted"; one digit only for a child ("my son 3 pills")
    re.compile(
        r"\b(?:(?:my|our|his|her|the|a)\s)?(?:old\s|little\s|young\s)?(?:(?:lady|man|woman|guy|friend|neighbou?r|uncle|aunt(?:ie)?"
        r"|colleague|tenant|patient|yai|granny|grandma|grandpa)"
        r"\s?(?:n(?:e)?xt door|upstairs|downstairs|across the (?:road|street|hall))?\s([1-9]\d{1,2})"
        r"|(?:"
        + ENGLISH_KIN_WORDS
        + r"|kid|child|baby)s?\s?(?:next door|upstairs|downstairs|across the (?:road|street|hall))?"
        r"\s([1-9]\d?))\b(?![/.,:]\d)(?=\s[a-z])" + NOT_AN_AGE_AFTER
    ),
    # a child, a few words, then "is 7", "is about 9"
    re.compile(
        r"\b(?:boy|girl|kid|child|son|daughter|toddler|student|pupil|(?:older|oldest|elder|eldest|younger|youngest) one)\b"
        r"(?:\s[a-z]+){0,3}?\s(?:is|was)\s"
        r"(?:about\s|around\s|maybe\s|only\s|just\s|probably\s)?([1-9]\d?)\b(?![/.,:]\d)(?!\s(?:when|before)\b)"
        + NOT_AN_AGE_AFTER
    ),
    # a son or daughter, or a Lao or Isan "I", with the age right after: "ลูก๒๓พิการ", "ข้อย 58 ตาบอด", "ຂ້ອຍ 41 ຕົກງານ"
    re.compile(r"(?:ลูก(?=\s?\d)|ข้อย|ຂ້ອຍ)\s?([1-9]\d)(?![\d/.:,-]\d|\d)" + ELDER_NUMBER_NOT_AN_AGE),
    # Burmese, someone then a guess: "ကိုယ်ဝန်ဆောင် ၃၀ လောက်" (a pregnant woman about 30)
    re.compile(
        r"(?:အမျိုးသမီး|ကိုယ်ဝန်ဆောင်|အမျိုးသား|ယောက်ျားလေး|မိန်းကလေး|ဦးလေး|အဒေါ်)\s?(\d{2})\s?လောက်(?!\s?(?:ရက်|လ|နှစ်|ယောက်|ဘတ်|ကျပ်))"
    ),
    ELDER_AGE,
    # a Thai or Lao guess: "น่าจะหกสิบกว่า", "ป้าไร้บ้านประมาณเจ็ดสิบ", "ປະມານ70"; Burmese "၆၀ လောက် ဦးလေး"
    re.compile(
        r"(?:น่าจะ|ประมาณ|ราวๆ|ราว|ດູປະມານ|ປະມານ)\s?(?:สัก|ซัก)?\s?(\d{2})(?!\d)(?!\s?(?:-|–|กับ|ถึง|ກັບ|ເຖິງ)\s?\d)"
        + ELDER_NUMBER_NOT_AN_AGE
    ),  # not a range of several: "ประมาณ 13 กับ 14", "15-16"
    re.compile(r"(?<!\d)(\d{2})\s?လောက်\s?(?:ရှိတဲ့\s?)?(?:ဦးလေး|အဘိုး|အဘွား|အဒေါ်|အမျိုးသမီး|အမျိုးသား|လူ)"),
    # what they are now, after what they were: "พิการตั้งแต่อายุ 12 ปี ตอนนี้ 34 แล้ว", "(now 20)"
    # (or of themself: "ตอนนี้ผม 30 แล้ว", "ตอนนี้ข้อย30แล้ว")
    re.compile(
        r"(?:ตอนนี้|ຕອນນີ້|\bnow)\s?(?:ผม|หนู|ฉัน|เรา|ข้อย|ข้า|เขา|เค้า|แก|ຂ້ອຍ|ລາວ)?\s?(\d{1,3})\s?(?:ปี|ขวบ|ປີ)?\s?(?:แล้ว|ແລ້ວ|\))"
    ),
    # English: "~60", "28 f, bangkok", "deaf man here, 39.", "87 I think"
    re.compile(r"~\s?([1-9]\d)\b(?!\s?(?:km|kg|baht|min|hours|days|people|%))"),
    re.compile(r"(?<![\d.])([1-9]\d)\s?(?:[fm]|male|female)\b(?=\s?[,.)]|\s?$)"),
    # a guess by the look: "a girl who looks 15", "looks about 70"
    re.compile(
        r"\blooks?\s(?:like\s)?(?:about\s|around\s|maybe\s)?([1-9]\d)\b"
        r"(?!\s?(?:kg|km|baht|%|times|minutes|mins|hours|days|percent|bucks|dollars|years? older|years? younger))"
    ),
    re.compile(r"\bhere,\s?([1-9]\d)\b(?=[.,])"),
    re.compile(r"(?<![\d.])(?<!like )([1-9]\d),?\s(?:i think|i guess|i believe)\b"),
    ELDER_BEFORE_THE_VILLAGE,
    # a child, then the age alone: "มีเด็ก15 มาขอทำงาน", "เด็กชาย 9 หนีออกจากบ้าน" (not "เด็ก 15 คน", and a
    # single digit after เด็ก alone is a count as often: "มีเด็ก 3 ผู้ใหญ่ 2")
    re.compile(
        r"(?<!ผู้ใหญ่)(?:(?:เด็ก(?:ชาย|หญิง|ผู้ชาย|ผู้หญิง)|ด\.ช\.|ด\.ญ\.)\s?([1-9]|1[0-7])|เด็ก\s?(1[0-7]))"
        r"(?![\d/:.,-]|\s?(?:กว่า|คน|เดือน|วัน|ปี|ขวบ|บาท|ครั้ง|ราย|ชีวิต|แฝด|เทอม|สัปดาห์|อาทิตย์|ผู้ใหญ่|คู่|รุ่น|ห้อง|ชั้น"
        r"|ชม|ชั่วโมง|นาที|โมง|ตัว|หลัง|กิโล|ม\.|หมู่|ซ(?:\.|อย|\s?\d)|ถึง|กับ|และ|ๆ|พี่น้อง))"
    ),
    # English: a nationality, then the age: "she Myanmar 17 years", "from laos 19 years", "im filipino 31"
    # ("from" is where they are from here, not "since")
    re.compile(
        r"\b(?:from\s)?(?:myanmar|burmese|lao|laos|laotian|cambodian?|cambodia|khmer|filipino|filipina|vietnamese)"
        r"\s([1-9]\d)(?!\s?(?:years?|yrs?)\s(?:ago|in|here|now|already|of)\b)"
        r"(?:\s?(?:years?|yrs?)(?:\s?old)?)?\b(?![/.,:]\d)(?!\s(?:men|women|of|people|persons)\b)" + NOT_AN_AGE_AFTER
    ),
    # the age now, after what happened: "lost my leg in 2021, 55 now"
    re.compile(
        r"(?:(?<![\d.])(?:19|20)\d\d|[a-z](?<!people)(?<!persons)(?<!\bof))\s?,\s?([2-9]\d|1[3-9])\s?now\b"
        r"(?!\s?(?:baht|people|kids|times))"
    ),  # not "since 8. 10 now", "fever of 39, 40 now", "we were 10 people, 25 now"
    # the age as a sentence of its own: "we put her in the shade. 75 years. Moo 8"
    re.compile(r"(?:^|[.!?]\s)([5-9]\d|10\d)\s?(?:years?|yrs?)(?:\s?old)?\s?(?:[.!]|$)"),  # ("… 30 years.": how long)
    # "she's hard of hearing and 85." (an old person's age, not a reading: "bp is 180 and 95.")
    re.compile(
        r"\b(?:she|he|grand(?:ma|pa|mother|father)|granny|mum|mom|dad|mother|father|(?:old\s)?(?:man|lady|woman))"
        r"(?:'s|s|\sis)\b[^.,\d]{0,30}?\band\s([6-9]\d|10\d)(?=\s?[.!]|\s?$)"
    ),
    # "toddler, 2ish," (not "3ish months", "7ish pm", "4ish of them")
    re.compile(
        r"\b(?:toddler|baby|kid|child|boy|girl|son|daughter),?\s(?:maybe\s|about\s)?([1-9])\s?-?ish(?=\s?[,.!)]|\s?$)"
    ),
    # "a teenager, 16ish", "teen boy 15ish"
    re.compile(r"\bteen(?:ager)?(?:\s(?:boy|girl))?,?\s(?:maybe\s|about\s)?(1\d)\s?-?ish\b"),
    # Burmese, an elder then a guess: "ဦးလေးကြီး ၆၀ လောက်", "ကိုကြီး ငါးဆယ်လောက်", "အဘိုးကြီး… ၇၀ကျော်လောက်"
    re.compile(r"(?:ဦးလေး|ကို|အဘိုး|အဘွား|အဒေါ်)ကြီး\s?(\d{2})\s?(?:ကျော်\s?)?လောက်(?!\s?(?:ရက်|လ|နှစ်|ယောက်|ဘတ်|ကျပ်))"),
    # broken English, someone then "N year" (singular) with no "old": "my name Noi 45 year, husband die", "mother
    # 70 year" (not "my husband 30 years, he is 67": how long)
    re.compile(
        r"\b(?:name [a-z]+|i'?m|i am|my (?:mother|father|mom|mum|dad|wife|husband|son|daughter|grand(?:ma|pa|mother|father)))"
        r"\s(?:is\s)?([1-9]\d)\s?year\b(?=\s?[,.]|\s?$|\s(?:and|but|no|not|have|has|cannot|cant|can't|sick|alone)\b)",
        re.IGNORECASE,
    ),
    # Burmese in Latin letters, an elder or kin then the age, alone or guessed: "a phwar 80 lout", "a phoe 79,"
    re.compile(
        r"\b(?:a ?(?:phwar|phwa|phoe|pho|bwar|bwa|mae|may|phay|hpay)|u ?lay|daw ?daw|tha ?mee|tha|sa ?mee|kyama|kyun ?(?:ma|taw)|kya ?naw)"
        r"(?:\s(?:kyi|gyi|kyee))?\s([1-9]\d)\b(?=\s(?:lout|lauk)\b|\s?[,.]\s|\s?$)"
    ),
    # the age this year, after the year of birth: "ยายเกิดพ.ศ.2483 ปีนี้86"
    re.compile(
        r"เกิด[^\n]{0,25}?ปีนี้\s?(?:ก็|จะ)?\s?(?:อายุ\s?)?([1-9]\d|10\d)(?![\d,.])"
        r"(?!\s?(?:บาท|คน|ครั้ง|ไร่|ตัว|ราย|%|เปอร์|กว่า|เดือน|กิโล|ต้น|หน|ถัง))"
    ),
    # Burmese, a number "or so" (ဝန်းကျင်): "အဘိုးကြီး တစ်ယောက် ၇၀ ဝန်းကျင်လောက်", "ငါးဆယ်ဝန်းကျင်", "၅ နှစ်ဝန်းကျင်"
    # ... said of someone: not "အိမ်ခြေ ၅၀ ဝန်းကျင်" (houses), "မိနစ် ၃၀" (minutes), "လူ ၂၀" (people)
    re.compile(
        r"(?:ယောက်|အဘိုး|အဘွား|ဦးလေး|အဒေါ်|ကလေး|အမျိုးသား|အမျိုးသမီး|ကောင်လေး|ကောင်မလေး|ယောက်ျား|မိန်းမ|အမေ|အဖေ|ကြီး)"
        r"[^\d]{0,20}?(?<![\d.])(?:([1-9]\d|10\d)\s?|([1-9]\d?)\s?နှစ်\s?)ဝန်းကျင်"
        r"(?!\s?(?:ဘတ်|ကျပ်|ယောက်|ရက်|လ(?![\u102b-\u103e])))"
    ),
)
ADDRESS_BEFORE = re.compile(r"(?:ที่อยู่|ส่ง|ให้|ไปหา|ถึง|บ้าน|เลขที่)\S{0,8}\s?$")
PERSON_THEN_NUMBER, YEARS_AFTER, KIN_THEN_NUMBER, IN_BRACKETS, BETWEEN_COMMAS = 1, 2, 5, 7, 8
ELDER_THEN_NUMBER = AGE_PATTERNS.index(ELDER_AGE)
BEFORE_THE_VILLAGE = AGE_PATTERNS.index(ELDER_BEFORE_THE_VILLAGE)
# A baby's age in months, which staff note as whole years (0 under a year): "6 months old", "ลูกอายุ 7
# เดือน", "หลานเพิ่ง 9 เดือน", "ລູກ 3 ເດືອນ", "သမီးလေး ၆ လ"; and a year and some months.
MONTHS_OLD = (
    re.compile(r"(?<![\d.])(\d{1,2})[\s-]?(?:months?|mths?|mos?)[\s-]?(?:old|baby|infant)\b"),
    # broken English, the baby's months said of it: "for son, he 8 month", "my daughter 5 months"
    re.compile(
        r"(?:\b(?:son|daughter|baby)|ลูก(?:สาว|ชาย)?|หลาน(?:สาว|ชาย)?)\s?(?:is\s)?(\d{1,2})\s?(?:months?|mths?)\b"
        r"(?!\s?(?:ago|pregnant|preg|behind|late|overdue))"
        # "he 8 month." said alone of a baby (not "he 4 months no work", "she is 5 months behind on rent")
        r"|\b(?:he|she)\s(\d{1,2})\s?(?:months?|mths?)(?:\s?old)?(?=\s?[.,!)]|\s?$)"
    ),
    re.compile(
        r"\b(?:baby|infant|newborn)\s(?:is\s|of\s|looks\s|seems\s)?\(?(?:maybe\s|about\s|around\s|approx\.?\s)?(\d{1,2})\s?(?:months?|mths?)\b"
        r"(?!\s?ago)"
    ),
    re.compile(
        r"(?:อายุ|ລູກ|ลูก|หลาน|ทารก|ຫຼານ|ເດັກ|เด็ก|ອາຍຸ|ကလေး|သမီး(?:လေး)?|သား(?:လေး)?)(?:อ่อน|ອ່ອນ|น้อย|ນ້ອຍ|สาว|ชาย|ສາວ|ຊາຍ)?\s?"
        r"(?:เขา|เค้า|ผม|หนู|ฉัน|เรา|ข้อย|ຂ້ອຍ)?\s?"
        r"(?:(?:อายุ|ອາຍຸ|เพิ่ง|แค่|ได้|น่าจะ|ประมาณ|ราวๆ|ປະມານ|အသက်)\s?){0,2}(\d{1,2})(?:\s?-\s?\d{1,2})?\s?"
        r"(?:เดือน|ເດືອນ|လ(?![\u102b-\u103e]|မ်|\s?ကြာ))(?!\s?(?:ก่อน|ที่แล้ว|แล้ว|ມາແລ້ວ|ກ່ອນ|ago|ก็|จะ|ที(?!่)|ຈະ"
        r"|ไม่(?:ได้)?(?:กลับ|ส่ง|ไป|เจอ|มา|เห็น|ติดต่อ)|ບໍ່(?:ໄດ້)?(?:ກັບ|ສົ່ງ|ໄປ|ເຫັນ|ມາ)))"
    ),  # a baby's "၁၀ လ ရှိပြီ" is how old it is now
    # the baby's months ("ကလေးမွေးတာ ၃ လ"), not a mother's since giving birth ("ကလေးမွေးပြီး ၂ လ")
    re.compile(r"ကလေး(?:လေး)?(?:က|မွေးတာ)\s?(\d{1,2})\s?လ(?![\u102b-\u103e]|မ်|\s?ကြာ)"),
    # "၁၀လသားကလေး": a ten-month-old (not "လွန်ခဲ့တဲ့ ၂ လ သား ပျောက်သွားတယ်", two months ago the son went missing)
    re.compile(r"(?<!\d)(?<!တဲ့ )(?<!တဲ့)(\d{1,2})\s?လ\s?(?:သား|သမီး)(?!\s?(?:ချင်း|တွေ))"),
)
# "เมียท้องลูกเรา 7 เดือน": months of a pregnancy, not of a baby
PREGNANT_BEFORE = re.compile(r"(?:ท้อง|ตั้งครรภ์|ครรภ์|ຖືພາ|ທ້ອງ|ကိုယ်ဝန်|pregnant)\S{0,8}\s?$")
# A baby's age in days or weeks: under a year. "ทารกอายุ 3 วัน", "a 10-day-old baby", "ອາຍຸ 2 ອາທິດ"
DAYS_OLD = re.compile(
    # (not what expires: "พาสปอร์ตหมดอายุ 10 วันแล้ว", "วีซ่าเหลืออายุ 7 วัน", "ບັດໝົດອາຍຸ 20 ມື້")
    r"(?<!หมด)(?<!เหลือ)(?<!ต่อ)(?<!ໝົດ)(?<!ເຫຼືອ)(?:อายุ|ອາຍຸ|အသက်)\s?\d{1,2}\s?(?:วัน|สัปดาห์|อาทิตย์|ວັນ|ມື້|ອາທິດ)"
    + DAYS_UNIT_END
    + r"|(?<![\d.])\d{1,2}[\s-]?(?:days?|weeks?|wks?)[\s-]?old\b"
    + r"|အသက်\s?(?:[1-9]|[12]\d|3[01])\s?(?:ရက်|ပတ်)(?!ပိုင်း|ပေါင်း|တိုင်း|ကြာ|နေ့|အတွင်း)"
    # a son or daughter "only N weeks", "N weeks old" (not "၃ ပတ်လုံး ဆေးရုံမှာ", "၉ ရက် ပျောက်နေပြီ")
    + r"|(?:သမီးလေး|သားလေး|ကလေးလေး)\s?(?:[1-9]|[12]\d|3[01])\s?(?:ရက်|ပတ်)(?=ပဲ|သား|\s?ရှိ(?:ပြီ|သေး))"
    + r"|\b(?:baby|newborn|infant)\s(?:is\s)?(?:only\s|just\s)?\d{1,2}\s?(?:days?|weeks?)\b(?!\s?ago)"
    + r"|\b(?:a\s)?few\sdays\sold\b"
)
YEAR_AND_MONTHS = re.compile(
    r"(?<![\d.])(\d{1,2})\s?(?:years?|yrs?|ปี|ขวบ)\s?(?:and\s)?\d{1,2}\s?(?:months?|mths?|เดือน)"
)
# Ages in words with no number: a year-old ("ลูกขวบเดียว", "ขวบกว่าๆ", "ຂວບເຄິ່ງ"), a newborn, a decade
AGE_WORDS = (
    (re.compile(r"(?<![\d~])\s?(?:ขวบ|ຂວບ)(?:เดียว|นึง|หนึ่ง|กว่า|เศษ|ครึ่ง|ปาย|ເຄິ່ງ|ດຽວ|ປາຍ|\d{1,2}\s?(?:เดือน|ເດືອນ))"), 1),
    # (not the newborn grant or right, เงินอุดหนุน/ค่าเลี้ยงดู/สิทธิ/โครงการเด็กแรกเกิด)
    (
        re.compile(
            r"\bnew[\s-]?born\b|မွေးကင်းစ|ทารกแรกเกิด|(?<!อุดหนุน)(?<!อุดหนุน )(?<!เงิน)(?<!เงิน )(?<!ดู)(?<!สิทธิ)(?<!สิทธิ์)(?<!โครงการ)(?<!ทะเบียน)เด็กแรกเกิด"
        ),
        0,
    ),
    # a day, a week or a month old in words: "ອາຍຸໄດ້ເດືອນດຽວ", "ເກີດໄດ້ມື້ດຽວ", "อายุได้อาทิตย์เดียว"; Burmese born N
    # days ago: "မွေးတာ ၁ ရက်လောက်ပဲ"
    (
        re.compile(
            r"(?:(?:ອາຍຸ|อายุ)(?:ໄດ້|ได้)?|(?:ເກີດ|เกิด)(?:ໄດ້|ได้))\s?(?:ເດືອນ|ມື້|ອາທິດ|ວັນ|เดือน|วัน|อาทิตย์|สัปดาห์)"
            r"(?:ດຽວ|เดียว)(?!ກັນ|กัน)"
            r"|မွေးတာ\s?(?:[1-9]|[12]\d)\s?ရက်"
        ),
        0,
    ),
    # Burmese in Latin letters, a baby's months: "kalay 2 la", "kha lay 3 la pae", "thar lay 7 la", "thami 7 la"
    (re.compile(r"\b(?:(?:ka|kha|tha|thar|thami)\s?lay(?:\s?lay)?|thami|a[ -]?thet)\s[1-9]\d?\s?la\b(?!\s?kya)"), 0),
    # a mother who gave birth weeks or months ago, the baby then the one in need: "gave birth 3 weeks ago",
    # "had a baby 3 months ago", "ຄອດລູກແລ້ວ ໓ ເດືອນ", "ကလေးမွေးတာ ၂ ပတ်", "ကလေး မွေးထားတာ ၂ လ"
    (
        re.compile(
            r"(?:\b(?:gave birth|had (?:a|her|the) baby|delivered (?:a|her|the) baby)\s(?:about\s)?(?:[1-9]|1[01])\s?"
            r"(?:days?|weeks?|months?)\sago\b|ຄອດລູກ(?:ແລ້ວ|ໄດ້)\s?(?:[1-9]|1[01])\s?(?:ມື້|ອາທິດ|ເດືອນ)"
            r"|ကလေး\s?မွေး(?:တာ|ထားတာ)\s?(?:[1-9]|1[01])\s?(?:ရက်|ပတ်|လ(?![\u102b-\u103e]|မ်))"
            r"|မွေးပြီး\s?(?:[1-9]|[12]\d)\s?(?:ရက်|ပတ်))"
            # only where the baby is the worry (its papers, its milk, its feeding, keeping it): else the
            # mother is the one in need ("gave birth 2 months ago and now her husband beats her")
            r"(?=.*(?:birth (?:registration|certificate)|papers|milk|formula|feed|ນົມ|နို့|မွေးစာရင်း|ထိန်း))"
            r"(?!.*(?:depress|postpartum|post-partum|suicid|hurt herself|want(?:s)? to die))"
        ),
        0,
    ),
    # a baby found or left, just born ("เจอทารก… น่าจะเพิ่งคลอด"), not "เพิ่งเกิดเมื่อคืน" (it just happened)
    (
        re.compile(r"(?:ทารก|เด็ก(?!แรกเกิด)).{0,40}?เพิ่ง(?:จะ)?(?:คลอด|เกิด(?=ได้|ไม่|มา|\s|$)(?!\s?(?:เมื่อ|เรื่อง|ตอน|เหตุ)))"),
        0,
    ),
)
DECADE_WORDS = re.compile(
    r"\bin (?:his|her|their) (?:early |mid |late )?(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b"
)
# A round number of an old person's years and more, said in words and standing alone ("นอนใต้สะพาน
# หกสิบกว่าๆ ขาเจ็บ", "ติดเตียงเจ็ดสิบกว่า"), not a count, an amount or a reading ("หกสิบกว่าบาท", "สี่สิบกว่าคน",
# "ชีพจรเก้าสิบกว่า"); digits ("เหลือ 40 กว่า") are amounts as often
ROUND_TENS = {"สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
ROUND_AGE_AND_MORE = re.compile(
    r"(?<!ร้อย)(?<!พัน)(?<!หมื่น)(สี่|ห้า|หก|เจ็ด|แปด|เก้า)สิบ\s?กว่า\s?ๆ?(?!\s?(?:บาท|คน|วัน|เดือน|ปี\s?(?:แล้ว|มา|ก่อน)|กิโล|กม|หลัง|ครั้ง"
    r"|นาที|ชั่วโมง|ตัว|ราย|ครอบครัว|%|เมตร|ชั้น|ห้อง|ไร่|กล่อง|ถุง|ใบ|ลูก|หมู่|ปีที่|องศา|ชม|โล|พัน|หมื่น|แสน|ล้าน|สาย|ศพ"
    r"|ชีวิต|หลังคา|คัน|เม็ด|แผง|ขวด))"
)
# (a reading, an amount or a count said a few words before: "ชีพจรเต้นเร็ว เก้าสิบกว่า", "ได้วันละ สี่สิบกว่า")
NOT_AN_AGE_BEFORE = re.compile(
    r"(?:เหลือ|เงิน|ชีพจร|ความดัน|น้ำตาล|ออกซิเจน|หนี้|ค่า|วันละ|เดือนละ|จ่าย|คนงาน|เด็กกำพร้า)\S*\s?\S*\s?$"
    r"|(?:มา|ได้|คน|ผู้)\s?$"
)
DECADES = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
# An age that was: "พิการตั้งแต่อายุ 12 ปี", "since age 5", "when she was 14"
PAST_AGE_BEFORE = re.compile(
    r"(?:ตั้งแต่|ตอน(?:นั้น)?|เมื่อ|ຕັ້ງແຕ່|ຕອນ(?:ນັ້ນ)?|ເມື່ອ|since|when|from)\s?(?:ผม|หนู|ฉัน|ข้อย|เขา|เค้า|แก|ຂ້ອຍ|ລາວ)?\s?(?:อายุ|ອາຍຸ|age)?\s?$"
)  # (and "ตอนข้อยอายุ15", "ຕອນອາຍຸ 16": when I was)
DURATION_BEFORE = (
    "มา", "มาแล้ว", "ได้", "เป็น", "เกือบ", "เมื่อ", "ติดกัน", "ต่อกัน", "ติดเตียง", "ป่วย", "ມາ", "ມາແລ້ວ", "ໄດ້", "ເມື່ອ",
)  # fmt: skip
# After a number of years, how long or how long ago: "3 ປີແລ້ວ", "၃ နှစ်ရှိပြီ", "၃ နှစ်ကြာ",
# "၂ နှစ်လောက်က" (about two years ago), "၂၀ နှစ်တုန်းက" (when twenty).
DURATION_AFTER = re.compile(
    r"\s*(?:ແລ້ວ|ມາແລ້ວ|(?:ကျော်\s?)?(?:ရှိပြီ|နေတာ|နေပြီ)|အလုပ်\s?လုပ်|ကြာ|လောက်ရှိပြီ|လောက်က(?!ို)|တုန်းက|က(?=\s|$)|shi ?pyi|shi ?pi\b|shi ?byi|kyar|kya\b|lout ka"
    # (in bed for years, worked for years, slaved for years: "၂ နှစ် အိပ်ရာထဲ", "၁၅ နှစ် လုပ်ခဲ့တယ်", "၂ နှစ် ကျွန်လို")
    r"|အိပ်ရာထဲ|အိပ်ယာထဲ|လုပ်ခဲ့|ကျွန်လို)"
)
# "၇၈နှစ်ရှိပြီ" (78 years it is now) is an age: nobody has been waiting so long (but "ມາຢູ່ໄທ ໔໐ ປີແລ້ວ",
# forty years in Thailand, is how long)
YEARS_NO_ONE_HAS_WAITED = 40
IN_BED_OR_AT_WORK = ("အိပ်ရာထဲ", "အိပ်ယာထဲ", "လုပ်ခဲ့", "ကျွန်လို")
YEARS_IN_BED_OR_AT_WORK = 15


def _how_long(after: re.Match[str] | None, years: int, before: str) -> bool:
    """Whether the years a Burmese or Lao duration word follows are how long ("နေတာ ၄၅ နှစ်ရှိပြီ", the
    living is 45 years), not an age said so ("၇၈နှစ်ရှိပြီ")."""
    if not after:
        return False
    if any(word in after.group(0) for word in IN_BED_OR_AT_WORK):
        return years <= YEARS_IN_BED_OR_AT_WORK  # "၂ နှစ် အိပ်ရာထဲ"; but "သူ ၁၈ နှစ် အိပ်ရာထဲ" is an 18-year-old in bed
    said_as_an_age = years >= YEARS_NO_ONE_HAS_WAITED and "ရှိပြီ" in after.group(0)
    return not said_as_an_age or before.rstrip().endswith("တာ")


DURATION_UNDER = 25  # "ติดเตียง 3 ปี" is how long; "ยายติดเตียง 82 ปี" is her age
BURMESE_CHILDREN = ("သား", "သမီး", "တူလေး", "သားလေး", "သမီးလေး")  # son, daughter, nephew: an age follows
# A bound, not an age: "น่าจะไม่ถึง10ขวบ", "อายุเกิน 60", "under 5".
VAGUE_BEFORE = re.compile(
    r"(?:ไม่ถึง|ไม่เกิน|ไม่ต่ำกว่า|ต่ำกว่า|เกิน|มากกว่า|น้อยกว่า|ยังไม่ถึง|เกือบ|ເກືອບ|ເກີນ|ບໍ່ເກີນ|ບໍ່ຕ່ຳກວ່າ|ຕ່ຳກວ່າ|ຫຼາຍກວ່າ"
    r"|under|over|less than|more than|below|above|almost|nearly)\s?$"
)
# A bound, not the age: "80+", "70 ปีขึ้นไป", "60 and over". A guess is the age, as staff would write
# it down: "เจ็ดสิบกว่า" 70, "in his 60s" 60, "ประมาณ 4 ขวบ" 4. (Not "ຂຶ້ນໄປນັ່ງເທິງໂຕະ": climbed up to sit.)
VAGUE_AFTER = re.compile(
    r"\+|\s?(?:ปี|ປີ)?\s?(?:ขึ้นไป|ຂຶ້ນໄປ)(?!\s?(?:นั่ง|บน|ชั้น|หลังคา|ນັ່ງ|ເທິງ|ຊັ້ນ|ຫຼັງຄາ))"
    r"|(?: years?)? (?:and|or) (?:over|above|up)|\s?(?:နှစ်\s?)?(?:နီးပါး|နား\s?ရောက်)|\s(?:nee|ni)\s?pa[rh]?\b"
    r"|\s?(?:နှစ်\s?)?ကျော်(?!\s?လောက်)|\skyaw\b(?!\slout\b)|\s?(?:နှစ်\s?)?အထက်(?!ထပ်)"
    r"|\s?(?:နှစ်\s?)?ထက်\s?(?:ပို|ကျော်|ကြီး|မငယ်)|\sa\s?htet\b(?!\s?ka\b)"  # "၉၀ ထက် ပိုပြီ", "a thet 90 a htet": over 90
    r"|\s?(?:နှစ်\s?)?ပြည့်ရင်|\s(?:nhit\s)?pyae\s?yin\b"  # "၁၈ နှစ် ပြည့်ရင်", "60 pyae yin": when one turns 18, 60
)  # Burmese ကျော်, "and more", after digits is a bound as the writers label it ("အသက် ၈၀ ကျော်ပြီ", "a thet
# 90 kyaw"), except right after who it is ("ဦးလေး ၆၀ ကျော်"); after a number in words it is "seventy-odd",
# the guess ("ခုနစ်ဆယ်ကျော်", "khun na sal kyaw"): see TENS_IN_WORDS_AND_MORE
TENS_IN_WORDS_AND_MORE = re.compile(r"(ဆယ်)\s?ကျော်(?!သက်)|\b(sal|se|hse|sel)\skyaw\b")  # (ဆယ်ကျော်သက်: a teenager)
# Two ages, of two people: "อายุ 82 กับ 79", "7 กับ 10 ขวบ", "๘ขวบกับ๑๑ขวบ" (no one age is the message's)
SEVERAL_AGES_AFTER = re.compile(
    r"\s?(?:ปี|ขวบ|ປີ|ຂວບ|years?)?\s?(?:กับ|และ|ກັບ|ແລະ|and|&|,(?=\s?\d{1,3}\s?(?:,|ปี|ขวบ|ປີ|years|and\b|และ|กับ)))"
    r"\s?(?:อายุ|ອາຍຸ)?\s?(\d{1,3})(?!\d)"  # (a list goes on: "อายุ 66, 71, 84 ปี"; not "45, 2 kids")
    + ELDER_NUMBER_NOT_AN_AGE
    + r"(?!\s?(?:months?|weeks?|days?|hours?|kids|children|people|times)\b)"
)
SEVERAL_AGES_BEFORE = re.compile(
    r"(?<!\d)(\d{1,3})\s?(?:ปี|ขวบ|ປີ|ຂວບ|years?)?\s?(?:กับ|และ|ກັບ|ແລະ|and|&)\s?(?:อายุ|ອາຍຸ)?\s?$|(?<![\d.])(?<!soi )(?<!moo )(?<!room )(?<!block )(?<!apartment )(?<!building )(?<!no\. )(?<!ซอย )(?<!ซ\.)(?<!ม\.)(?<!หมู่ )(?<!ห้อง )(\d{1,3})\s?,\s?$"
)
# ... and Burmese, side by side: "ကလေး ၅ နှစ် ၇ နှစ်", "(၆ နှစ်၊ ၄ နှစ်)", "၁၃ ၁၄ နှစ်လောက်"
SEVERAL_BURMESE_AGES_AFTER = re.compile(
    # a second age after the first's နှစ် (a son or daughter maybe between), not how long after it ("၁၄ နှစ်၊ ၃ နှစ်လောက်
    # ကျောင်းမတက်ရ", "၁၂ နှစ်၊ ၅ နှစ်ကတည်းက"); or a bare range ("၁၃ ၁၄ နှစ်လောက်")
    r"\s?နှစ်\s?(?:၊|,|နဲ့|နှင့်)?\s?(?:(?:သား|သမီး|ကလေး)(?:လေး)?\s?)?(\d{1,3})\s?နှစ်"
    r"(?!\s?(?:ကတည်းက|လုံး|လောက်|ပြည့်|ရှိပြီ|ကြာ|က(?![\u102b-\u103e])))"
    r"|\s?(?:၊|,)?\s(\d{1,3})\s?နှစ်"
    r"|\s?နှစ်\s?(?:၊|,)?\s?(\d{1,3})\s?နှစ်\s?လောက်"  # "၁၃ နှစ် ၁၄ နှစ်လောက်": a range (RANGE_GROUP)
)
SEVERAL_BURMESE_AGES_BEFORE = re.compile(
    r"(?<![\d.])(\d{1,3})\s?(?:နှစ်)?\s?(?:၊|,|နဲ့|နှင့်)?\s?(?:(?:သား|သမီး|ကလေး)(?:လေး)?\s?)?$"
)
BURMESE_YEARS_AFTER = re.compile(r"\s?နှစ်")
SEVERAL_AGES_APART = 15  # two people's ages given together are near: a couple, siblings ("80 กับ 2 หลาน" is no pair)
RANGE_GROUP, RANGE_APART = 3, 2  # SEVERAL_BURMESE_AGES_AFTER's range, and how near its two ends are


def _another_age(match: re.Match[str] | None, value: int) -> bool:
    if not match:
        return False
    if match.lastindex == RANGE_GROUP:  # "N နှစ် M နှစ်လောက်": a range of ages only if near ("၁၃ နှစ် ၁၄ နှစ်လောက်")
        return abs(int(match.group(RANGE_GROUP)) - value) <= RANGE_APART
    return abs(int(next(group for group in match.groups() if group)) - value) <= SEVERAL_AGES_APART


# A letter o typed for a zero before years: "she 6O year"
TYPED_O_FOR_ZERO = re.compile(r"\b([1-9])o(?=\s?(?:years?|yrs?|yo|y/o)\b)")


# Burmese typed in Latin letters, its numbers in words after "a thet" (age): "a thet ko hnit" 9, "a thet
# khun na sal" 70, "a thet ko sal" 90
LATIN_BURMESE_DIGITS = {
    "tit": 1, "hnit": 2, "nhit": 2, "thone": 3, "thon": 3, "lay": 4, "nga": 5, "chauk": 6, "chout": 6,
    "khun na": 7, "khunna": 7, "khun hnit": 7, "shit": 8, "ko": 9, "kho": 9,
}  # fmt: skip
_LATIN_BURMESE_DIGIT = "|".join(sorted(LATIN_BURMESE_DIGITS, key=len, reverse=True))
LATIN_BURMESE_AGE = re.compile(
    rf"\b(a[ -]?thet)\s({_LATIN_BURMESE_DIGIT})\b(?:\s?(sal|se|hse|sel)\b(?:\s({_LATIN_BURMESE_DIGIT})\b)?)?"
    # hnit after a number is years; ko alone is the body as often ("a thet ko pyin pyin shu"): nine only
    # with more said
    r"(?:\s(?:hnit|nhit|nhic)\b)?(?<!\bko)(?<!\bkho)"
)


def _latin_burmese_age(match: re.Match[str]) -> str:
    first = LATIN_BURMESE_DIGITS[match.group(2)]
    if not match.group(3):
        return f"{match.group(1)} {first}"
    return f"{match.group(1)} {first * 10 + (LATIN_BURMESE_DIGITS[match.group(4)] if match.group(4) else 0)}"


# An old person's age in twelve-year cycles of the zodiac: "อายุครบ 7 รอบ" 84, "ลุงข้างบ้านหกรอบแล้ว" 72
# (not how many times: "ยายล้มไป 5 รอบแล้ว", "วันละ 4 รอบ")
ZODIAC_CYCLES = re.compile(
    r"(?<!ต่อ)อายุ\s?(?:ครบ\s?)?([5-9])\s?รอบ(?!\s?(?:ที่|แรก|แล้วนะ))"
    r"|(?<![ก-ฮ])(?<!หา)(?<!ถึง)(?<!ให้)(?<!กับ)(?<!ถาม)(?<!บอก)(?<!เรียก)(?<!ของ)"
    r"(?:ลุง|ป้า|ยาย|ตา|ปู่|ย่า|พ่อ|แม่|แก|ท่าน)(?:ข้างบ้าน|บ้านตรงข้าม|ข้างห้อง|ผม|หนู|ฉัน|เรา|ข้อย)?"
    r"\s?(?:ครบ\s?)?([5-9])\s?รอบ\s?(?:แล้ว|ปีนี้|พอดี)"
    # an elder's birthday of cycles just reached: "ตาบุญส่งเพิ่งครบ7รอบ", "ลุงบอกว่าปีนี้ครบ5รอบพอดี" (not "ครบ 6 รอบ
    # คีโม", "ปีนี้ครบ 5 รอบแล้วที่น้ำท่วม", "โทรไปเพิ่งครบ 5 รอบ")
    r"|(?<![ก-ฮ])(?:ลุง|ป้า|ยาย|ตา|ปู่|ย่า|พ่อ|แม่|แก|ท่าน|ทวด)(?:(?!คีโม|ฟอก|ฉาย|รักษา|โทร)[ก-๙]){0,12}?(?:เพิ่ง|ปีนี้)\s?ครบ\s?([5-9])\s?รอบ"
    r"(?!\s?(?:คีโม|ฟอก|ฉาย|ยา|ที่|การ|แล้วที่))"
)  # (not treatments counted, "ให้คีโมครบ 6 รอบ", "ฟอกไตครบ 8 รอบ"; not a visa renewed, "ต่ออายุ 5 รอบ";
# not a call made, "โทรหาแม่ 5 รอบแล้ว")
CYCLE_YEARS = 12
# A young carer's age, not the one cared for: "หลานสาวอายุ 15 ดูแลคนเดียว"
YOUNG_CARER_AFTER = re.compile(r"\s?(?:ปี|ขวบ)?\s?(?:เป็นคน|คอย|ต้อง)?ดูแล(?!ตัวเอง)")
YOUNG_CARER_UNDER = 25
# ... and a grown son or daughter who cares, at any age: "ยายอายุ 86 … ลูกสาวอายุ 60 ดูแลคนเดียว"
HARD_TO_CARE_FOR = re.compile(r"\s?(?:ปี|ขวบ)?\s?ดูแล(?:ไม่|ยาก|ลำบาก)")  # "ลูกชายอายุ 28 ดูแลไม่ได้แล้ว": the one in need
CHILD_BEFORE = re.compile(r"(?:ลูก|หลาน)(?:สาว|ชาย)(?:คนโต|คนเล็ก)?\s?$")


TREATMENT_BEFORE = re.compile(r"(?:คีโม|ฟอกไต|ฉายแสง|ฉีดยา|กายภาพ|รักษา)\S{0,8}\s?$")  # "ให้คีโมเพิ่งครบ 6 รอบ"


def _in_cycles(match: re.Match[str]) -> str:
    if TREATMENT_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return match.group(0)
    return f"อายุ {CYCLE_YEARS * int(next(group for group in match.groups() if group))} ปี "


# A child born days or weeks ago: "ลูกคลอดได้3อาทิตย์", "หลานเกิดได้ 12 วัน", "မွေးပြီး ၄ ရက်ပဲ ရှိသေးတဲ့ သမီးလေး",
# "ຫຼານເກີດໄດ້ 5 ມື້" (not a mother's days since giving birth: "เมียคลอดได้ 3 วัน ตกเลือด", "ลูกสาวคลอดได้ 5 วัน")
BORN_DAYS_AGO = re.compile(
    r"(?:(?:ลูก|หลาน|ทารก|เด็ก|ລູກ|ຫຼານ|ເດັກ)(?:ชาย|ຊາຍ)?\s?(?:คลอด|เกิด|ເກີດ)|(?:ลูก|หลาน|ລູກ|ຫຼານ)(?:สาว|ສາວ)\s?(?:เกิด|ເກີດ))"
    r"(?:ได้|มา|ໄດ້|ມາ)?\s?(?:[1-9]|[12]\d|3[01])\s?"
    r"(?:วัน|อาทิตย์|สัปดาห์|ມື້|ວັນ|ອາທິດ)"
    r"|မွေးပြီး\s?(?:[1-9]|[12]\d|3[01])\s?(?:ရက်|ပတ်)(?=[^။]{0,20}(?:သမီး|သား|ကလေး))"
)
_BABY = r"(?:ลูก|หลาน|ทารก|เด็ก|baby|newborn|infant|ကလေး|သမီးလေး|သားလေး|ລູກ|ຫຼານ|ເດັກ)"
BABY_BEFORE = re.compile(_BABY + r"\S{0,8}\s?$")
BABY_FIRST = re.compile(_BABY)
WRITER_OR_MOTHER = re.compile(
    r"(?:หนู|ผม|ฉัน|ข้อย|แม่เด็ก|แม่เขา|แม่เค้า|แม่ของเด็ก|แม่น้อง|\bi'?m\b|\bi am\b|\bmum\b|\bmom\b|\bmother\b"
    r"|ຂ້ອຍ|ແມ່ເດັກ|ကျွန်မ|ကလေးအမေ)",
    re.IGNORECASE,
)


def _baby_days_old(text: str) -> re.Match[str] | None:
    """A baby's days or weeks said right after the baby (DAYS_OLD with a baby word before it)."""
    for match in DAYS_OLD.finditer(text):
        if BABY_BEFORE.search(text, max(0, match.start() - 14), match.start()) or BABY_FIRST.match(match.group(0)):
            return match
    return None


THOUSANDS = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")
# tens as a digit and a word: "ลุงเค้า 7 สิบกว่าแล้ว" (seventy-odd), "ແມ່ 8 ສິບປີ"
TENS_AS_DIGIT_AND_WORD = re.compile(r"(?<![\d.,])([2-9])\s?(?:สิบ|ສິບ)(?=\s?(?:กว่า|ปี|แล้ว|ກວ່າ|ປີ|ແລ້ວ))")


def find_age(text: str) -> Finding | None:
    """The age of the person the message is about, written in digits or in Thai, Lao, Burmese or
    English words."""
    said = text
    text = with_digits(TENS_IN_WORDS_AND_MORE.sub(r"\1\2", TENS_AS_DIGIT_AND_WORD.sub(r"\g<1>0", text)))
    if _LATIN.search(text):
        text = TYPED_O_FOR_ZERO.sub(r"\g<1>0", english_with_digits(text))
        text = LATIN_BURMESE_AGE.sub(_latin_burmese_age, text)
    # an amount is no one's age: "ผู้สูงอายุ 3,000 บาท" is not 3
    text = THOUSANDS.sub(lambda amount: " " * len(amount.group(0)), text)
    # a phone is no one's age: "๐๘๑ ๕๐๙ ๓๓๗๖" is not 81 (found on the digits in ASCII, one for one)
    for phone in reversed(list(PHONE_CANDIDATE.finditer(text.translate(THAI_DIGITS)))):
        text = text[: phone.start()] + " " * (phone.end() - phone.start()) + text[phone.end() :]
    if "รอบ" in text:
        text = ZODIAC_CYCLES.sub(_in_cycles, text)
    found = _age_in_patterns(text)
    # a baby days or weeks old is the one in need over its mother or the writer ("หลานอายุ 20 วัน … แม่เขาอายุ
    # 17", "ลูกอายุ12วัน … หนูอายุ17"); not over someone else in need ("ยายอายุ 90 ล้ม … หลานเกิดได้ 10 วัน")
    baby = BORN_DAYS_AGO.search(text) or _baby_days_old(text)
    if baby and (found is None or WRITER_OR_MOTHER.search(text, max(0, found[1].start() - 20), found[1].end())):
        return Finding(0, 0.8, baby.group(0))
    if found:
        return found[0]
    if match := DAYS_OLD.search(text):
        return Finding(0, 0.8, match.group(0))
    for pattern in (*MONTHS_OLD, YEAR_AND_MONTHS):
        if (match := pattern.search(text)) and not PREGNANT_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            value = int(next(group for group in match.groups() if group))
            return Finding(value // 12 if pattern is not YEAR_AND_MONTHS else value, 0.8, match.group(0))
    for pattern, value in AGE_WORDS:
        if match := pattern.search(text):
            return Finding(value, 0.7, match.group(0))
    if match := DECADE_WORDS.search(text):
        return Finding(DECADES[match.group(1)], 0.7, match.group(0))
    if (match := ROUND_AGE_AND_MORE.search(said)) and not NOT_AN_AGE_BEFORE.search(
        said, max(0, match.start() - 24), match.start()
    ):
        return Finding(ROUND_TENS[match.group(1)] * 10, 0.6, match.group(0))
    return None


# Said of the one who cares, not the one in need: "her husband is 70 and can't lift her", "my dad is 58 and
# he takes care of grandma", "I am 64 … cannot turn him", "I am her husband, 70", "I'm 70 myself" (not "I'm
# 17" alone: the writer is as often the one in need)
CARER_AFTER = re.compile(
    r"[^.!?,\d]{0,45}?(?<!nobody )(?<!no one )(?<!not )(?<!noone )"
    r"(?:\b(?:can'?t|cannot|unable to) (?:lift|turn|carry) (?:her|him|them)\b|\b(?:takes?|taking) care of\b"
    r"|\bcar(?:es|ing) for\b|\blook(?:s|ing)? after\b|\bmyself\b)"
)  # (in the same clause, no comma between: "I am 72, my husband is 75, I cannot lift him" is his age)
CARER_BEFORE = re.compile(
    r"(?:\bi am (?:her|his|their) \w+,?\s?|\blook(?:s|ing)? after (?:her|him|them) is\s?|\bcar(?:es|ing) for (?:her|him|them) is\s?)$",
    re.IGNORECASE,
)


# The writer's own age, when the writer says elsewhere they care for someone: "I'm 81, my wife is 79 and has
# Parkinson's, I look after her alone"
WRITER_BEFORE = re.compile(r"\bi(?:'m|m| am)\s(?:now\s)?$", re.IGNORECASE)
WRITER_CARES = re.compile(
    r"\bi(?:'m|m| am)? (?:look(?:ing)? after|take care of|taking care of|car(?:e|ing) for|(?:can'?t|cannot|couldn'?t) (?:lift|turn|carry))\b",
    re.IGNORECASE,
)
# ... and in Thai, Lao and Burmese, the age said right with the one the writer cares for or reports ("ผมอายุ 65
# แล้ว ดูแลแม่อายุ 90 คนเดียว", "หนูอายุ 19 ค่ะ แจ้งเรื่องน้องชายต่างพ่ออายุ 7 ขวบ", "ຂ້ອຍອາຍຸ 70 ເບິ່ງແຍງເມຍອາຍຸ
# 68", "အမေကို ပြုစုနေရတယ် အမေ အသက် ၈၈"): not "ไม่ยอมดูแลพ่อ", not a customer (ลูกค้า), not one's own
# upbringing of a child (เลี้ยงลูก: a mother in need says it as often)
OWN_AGE_BEFORE = re.compile(
    r"(?:ผม|หนู|ฉัน|ดิฉัน|ข้อย)(?:เอง)?\s?(?:ก็)?\s?อายุ\s?$|ຂ້ອຍ\s?ອາຍຸ\s?$|(?:ကျွန်မ|ကျွန်တော်)\s?(?:က\s?)?အသက်\s?$"
)
_KIN_CARED_FOR = r"(?:แม่|พ่อ|ยาย|ตา(?!ม|ตัว)|ปู่|ย่า|ภรรยา|เมีย|สามี|ผัว|ลูก(?!ค้า)|หลาน|น้อง|พี่|ป้า|ลุง)"
CARED_FOR_AGE = re.compile(
    rf"(?<!ไม่)(?<!ไม่ได้)(?<!ไม่ยอม)(?<!ไม่มา)(?<!ไม่ค่อย)(?<!ไม่เคย)(?:ดูแล|เฝ้า|แจ้งเรื่อง|แจ้งแทน){_KIN_CARED_FOR}[^\d]{{0,14}}?อายุ\s?(\d{{1,3}})"
    r"|(?<!ບໍ່)(?:ເບິ່ງແຍງ|ດູແລ)(?:ແມ່|ພໍ່|ເມຍ|ຜົວ|ລູກ|ຫຼານ|ນ້ອງ|ຢາຍ|ແມ່ຕູ້|ພໍ່ຕູ້)[^\d]{0,14}?ອາຍຸ\s?(\d{1,3})"
    r"|(အမေ|အဖေ|အဘွား|အဖွား|အဘိုး|အဖိုး|ဇနီး|ယောက်ျား)(?:ကို)?\s?(?:ပြုစု|စောင့်ရှောက်)[^\d။]{0,24}?\3\s?(?:အသက်)?\s?(\d{1,3})"
)
# ... unless the writer is the one harmed or left: "หนูอายุ 15 แจ้งเรื่องพ่อค่ะ พ่ออายุ 45 … ตีหนู"
WRITER_HARMED = re.compile(r"(?:ตี|ทำร้าย|ซ้อม|ข่มขืน|ทิ้ง|ไล่|ขัง)(?:หนู|ผม|ฉัน|ข้อย)|(?:หนู|ผม|ฉัน|ข้อย)(?:ถูก|โดน)")


# A grown-up named right before a small number of years said as how long: not that one's age ("แม่ 3 ปีแล้ว
# ที่ติดเตียง"; but "แม่ 14 ปี ท้อง", a girl mother, and "her grandma, 9 years old", the child's)
GROWN_UP = 15
AGE_UNIT_AFTER = re.compile(r"\s?(?:ปี|ขวบ|ປີ|ຂວບ|နှစ်|years?|yrs?|yo\b|y/o)")  # (else "ယောက်ျား 1နေ့နေ့": one day)
HOW_LONG_AFTER = re.compile(
    r"\s?(?:(?:ปี|ປີ)\s?(?:แล้ว|มา|ที่|กว่า|ແລ້ວ|ມາ|ທີ່)|(?:years?|yrs?)\b(?!\s?old)|နှစ်\s?(?:လောက်|ရှိပြီ|ကြာ|ကတည်းက))"
)
ADULT_KIN_BEFORE = re.compile(
    r"(?:(?<!ลูก)แม่|(?<!ลูก)พ่อ|ยาย|ปู่|ย่า|สามี|ภรรยา|ผัว|เมีย|แม่ใหญ่|พ่อใหญ่|แม่เฒ่า|พ่อเฒ่า"
    r"|\b(?:my |her |his )?(?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|husband|wife)"
    r"|အမေ|အဖေ|အဘွား|အဖွား|အဘိုး|အဖိုး|ယောက်ျား|ແມ່|ພໍ່|ຜົວ|ເມຍ|ແມ່ຕູ້|ພໍ່ຕູ້|ແມ່ເຖົ້າ|ພໍ່ເຖົ້າ)"
    r"(?:\s?(?:ก็|เป็น|ໄດ້|is|has been|been))?[\s,:]{0,2}$"
)


def _age_in_patterns(text: str) -> tuple[Finding, re.Match[str]] | None:
    """The age the patterns read first, with the words it was read in; of several people's ages, not the
    carer's (CARER_AFTER, CARER_BEFORE) while the one cared for is given too. (The patterns after the first
    age are read only where that one is said of a carer.)"""
    first: tuple[Finding, re.Match[str]] | None = None
    # English names the one in need first and others after ("a girl of 15 … to marry a 50 year old man"):
    # of the ages read in a message in Latin letters, the first in the text, whichever pattern read it
    for finding, match, group in _ages_in_patterns(text, first_named=_english_with_several_numbers(text)):
        start, end = match.span(group)
        said_of_writer = WRITER_BEFORE.search(text, max(0, start - 8), start)
        if (
            OWN_AGE_BEFORE.search(text, max(0, start - 18), start)
            and (cared := CARED_FOR_AGE.search(text, end))
            and not WRITER_HARMED.search(text)
        ):
            return Finding(int(cared.group(1) or cared.group(2) or cared.group(4)), 0.8, cared.group(0)), cared
        if not (
            CARER_AFTER.match(text, end)
            or CARER_BEFORE.search(text, max(0, start - 30), start)
            or (said_of_writer and WRITER_CARES.search(text))
        ):
            return finding, match
        first = first or (finding, match)
    return first


SAID_AS_AN_AGE = re.compile(r"\b(?:y/?o|yo|old|aged?|is|was|turn(?:ed|ing|s)?|of|i'?m|am)\b|\d(?:yo|y)\b")


def _english_with_several_numbers(text: str) -> bool:
    """Written in Latin letters, and with more than one number (one number is the one age)."""
    return len(_NUMBERS.findall(text)) >= 2 and language_of(text) == "en"


_NUMBERS = re.compile(r"(?<!\d)\d{1,3}(?!\d)")


def _ages_in_patterns(text: str, first_named: bool = False) -> Iterator[tuple[Finding, re.Match[str], int]]:
    """Each age the patterns read, with its match and group, in their order (the first is the one a message
    states most plainly)."""
    carer: tuple[Finding, re.Match[str], int] | None = None
    read: list[tuple[Finding, re.Match[str], int]] = []  # first_named: all of them, to sort by position
    for number, pattern in enumerate(AGE_PATTERNS):
        for match in pattern.finditer(text):
            at = next(index for index, group in enumerate(match.groups(), 1) if group)  # the guess has two
            before = text[max(0, match.start() - 9) : match.start()].replace(" ", "")
            said_of = text[max(0, match.start() - 8) : match.start()].rstrip().endswith(BURMESE_CHILDREN)
            if (
                number == YEARS_AFTER
                and not said_of
                and (
                    (before.endswith(DURATION_BEFORE) and int(match.group(at)) < DURATION_UNDER)
                    or _how_long(DURATION_AFTER.match(text, match.end()), int(match.group(at)), text[: match.start()])
                )
            ):
                continue  # "ติดเตียงมา 3 ปี", "၃ နှစ်ရှိပြီ": how long, not how old (but "သမီး ၁၀နှစ်ရှိပြီ")
            if VAGUE_BEFORE.search(text, max(0, match.start(at) - 12), match.start(at)):
                continue
            if PAST_AGE_BEFORE.search(text, max(0, match.start() - 14), match.start()):
                continue
            if (vague := VAGUE_AFTER.match(text, match.end(at))) and not (
                number == PERSON_THEN_NUMBER and "ကျော်" in vague.group(0)
            ):
                continue
            value = int(match.group(at))
            if (
                number == 0
                and (
                    value < YOUNG_CARER_UNDER
                    or (
                        CHILD_BEFORE.search(text, max(0, match.start() - 10), match.start())
                        and not HARD_TO_CARE_FOR.match(text, match.end(at))
                    )
                )
                and YOUNG_CARER_AFTER.match(text, match.end(at))
            ):
                carer = carer or (Finding(value, 0.6, match.group(0)), match, at)
                continue  # the elder's age, if another is given; the carer's, if not (a child carer in need)
            if (
                value < GROWN_UP
                and ADULT_KIN_BEFORE.search(text, max(0, match.start(at) - 12), match.start(at))
                and (HOW_LONG_AFTER.match(text, match.end(at)) or not AGE_UNIT_AFTER.match(text, match.end(at)))
            ):
                continue  # "แม่ 3 ปีแล้วที่ติดเตียง", "အမေ ၃ နှစ်လောက် အိပ်ရာထဲ": how long, no mother's age
            before_it = SEVERAL_AGES_BEFORE.search(text, max(0, match.start(at) - 16), match.start(at))
            if (
                _another_age(SEVERAL_AGES_AFTER.match(text, match.end(at)), value)
                or _another_age(before_it, value)
                or _another_age(SEVERAL_BURMESE_AGES_AFTER.match(text, match.end(at)), value)
                or (
                    BURMESE_YEARS_AFTER.match(text, match.end(at))
                    and _another_age(
                        SEVERAL_BURMESE_AGES_BEFORE.search(text, max(0, match.start(at) - 20), match.start(at)), value
                    )
                )
            ):
                continue
            if number == BEFORE_THE_VILLAGE and ADDRESS_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                continue  # "ที่อยู่ค่ะ ตา 85 หมู่ 3", "ส่งของไปให้ยาย 88 หมู่ 2": where to, not how old
            if number == PERSON_THEN_NUMBER and match.group(0).startswith(BURMESE_YOUNG) and value > 17:
                continue  # "ကျောင်းသား ၄၀ လောက်": about forty pupils
            if (
                number in (KIN_THEN_NUMBER, ELDER_THEN_NUMBER, IN_BRACKETS, BETWEEN_COMMAS)
                and not (40 if number in (KIN_THEN_NUMBER, ELDER_THEN_NUMBER) else 1) <= value <= 110
            ):
                continue  # a bare number after a kin word is an age only if it could be an old person's
            if 0 < value <= 120:
                found = (Finding(value, 0.95 if number == 0 else 0.8, match.group(0)), match, at)
                if first_named:
                    read.append(found)
                else:
                    yield found
    if first_named:  # (a bare number after someone, "husband 30", ", 60,", only after the ages said as ages)
        yield from sorted(read, key=lambda item: (not SAID_AS_AN_AGE.search(item[1].group(0)), item[1].start(item[2])))
    if carer:
        yield carer


# A number as people type it: grouped any way ("081-222-3344", "(081) 555-0000"), or a digit at a time
# ("0 8 5 1 2 3 0 9 8 7", "0-8-6-9-9-1-4-5-3-2"), and not the tail of a longer number ("Room 1407. 095…").
PHONE_CANDIDATE = re.compile(
    r"(?<![\d+])(?:\+?66|\(?0)(?:(?:[\s\-–—.()]{0,3}|/)\d){7,19}(?!\d)"
)  # (– and / too: "086 – 321 – 7749", "087/665/1209"; a slash between spaces parts two numbers)
# Digits said in words, nine or ten in a row: "zero nine five, four four one, two two eight seven",
# "ศูนย์แปดสอง เก้าเก้า…", Lao "ສູນແປດ…", Burmese "သုည ရှစ် ကိုး…".
SPOKEN_DIGITS = {
    **dict.fromkeys(("zero", "oh"), "0"), "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
    "ศูนย์": "0", "หนึ่ง": "1", "สอง": "2", "โท": "2", "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6", "เจ็ด": "7",
    "แปด": "8", "เก้า": "9",
    "ສູນ": "0", "ໜຶ່ງ": "1", "ນຶ່ງ": "1", "ສອງ": "2", "ສາມ": "3", "ສີ່": "4", "ຫ້າ": "5", "ຫົກ": "6", "ເຈັດ": "7",
    "ແປດ": "8", "ເກົ້າ": "9",
    "သုည": "0", "တစ်": "1", "နှစ်": "2", "သုံး": "3", "လေး": "4", "ငါး": "5", "ခြောက်": "6", "ခုနစ်": "7",
    "ခုနှစ်": "7", "ရှစ်": "8", "ကိုး": "9",
}  # fmt: skip
_SPOKEN = "|".join(sorted(SPOKEN_DIGITS, key=len, reverse=True))
SPOKEN_NUMBER = re.compile(r"(?<![a-z])(?:(?:" + _SPOKEN + r")[\s,.\-၊]*){9,10}")
_SPOKEN_DIGIT = re.compile(_SPOKEN)


def _spoken_phones(text: str) -> list[str]:
    return [
        "".join(SPOKEN_DIGITS[word] for word in _SPOKEN_DIGIT.findall(match.group(0)))
        for match in SPOKEN_NUMBER.finditer(text)
    ]


# Not a phone: office hours ("09.00-12.00"), and what follows an account's or a Lao number's mark.
HOURS = re.compile(r"\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2}")
# (not "ເບີລາວ": ລາວ is "his" as often as "Lao", and a Lao number is told by its +856)
NOT_A_PHONE_BEFORE = re.compile(r"(?:บัญชี|account|a/c|\+856|856|ບັນຊີ)\W{0,3}$")
# after ເບີລາວ ("his number", or "a Lao number"), a landline-looking 02x/03x number is Vientiane's or
# another Lao town's, not Bangkok's; a Thai mobile is still his
LAO_NUMBER_BEFORE = re.compile(r"ເບີລາວ\W{0,3}$")
LAO_LANDLINE = re.compile(r"0[23]")
# A number the writer says not to call, right before it ("อย่าโทรเบอร์ 081…", "DON'T call my number 085…"),
# or after it with whose it is, someone who must not know ("… is HIS phone, dont call it", "เป็นของเถ้าแก่
# อย่าโทมา", "… က ယောက်ျားဖုန်း မဆက်ပါနဲ့", "แต่อย่าโทรมานะ เขาจะได้ยิน"). The reporter's own number with
# "don't call, text me" is still the reporter's (the brief's writers keep it), unless he would hear it.
_NO_CALL = r"(?:อย่าโทร|ห้ามโทร|อย่าโท|don'?t call|do not call|dont ring|ပြန်မခေါ်|မဆက်ပါနဲ့|မခေါ်ပါနဲ့|ຢ່າໂທ)"
_OWNER = (
    r"(?:(?:ของ|เครื่อง|เบอร์)(?:ผัว|สามี|แฟน|เถ้าแก่|นายจ้าง|เจ้านาย)|เขาถือ|เขาจะ(?:เห็น|ได้ยิน|รู้)|\bhis\b|husband'?s"
    r"|boss'?s|boss will|\bhe (?:will|checks|has)|ယောက်ျားဖုန်း|သူ့ဖုန်း|ຂອງຜົວ|ຂອງນາຍຈ້າງ|ລາວຈະໄດ້ຍິນ)"
)
_OWNERS = r"(?:ผัว|สามี|แฟน|เขา|เถ้าแก่|นายจ้าง|his |the boss'?s |my husband'?s )?"
NO_CALL_BEFORE = re.compile(
    _NO_CALL + r"\s?(?:เบอร์|เครื่อง|(?:my |this |the |his )?(?:number|phone))?\s?" + _OWNERS + r"[^\w\d]{0,3}$", re.I
)
# whose it is said before it, "don't call" after it: "ယောက်ျားဖုန်း ၀၈၁… မဆက်ပါနဲ့", "เบอร์ผัว 081… อย่าโทร"
OWNER_BEFORE = re.compile(
    r"(?:(?:เบอร์|เครื่อง)(?:ผัว|สามี|เถ้าแก่|นายจ้าง)|(?:his|husband'?s|boss'?s) (?:number|phone)|ယောက်ျားဖုန်း|သူ့ဖုန်း)"
    r"[^\d]{0,6}$",
    re.I,
)
NO_CALL_SOON = re.compile(rf"^[^\d]{{0,40}}?{_NO_CALL}", re.I)
NO_CALL_AFTER = re.compile(
    # (not when "don't call" goes on to another number: "โทร 081… ได้เลย อย่าโทรเบอร์ผัว 089…")
    rf"^[^\d]{{0,45}}?(?:{_NO_CALL}[^\d]{{0,40}}?{_OWNER}|{_OWNER}[^\d]{{0,30}}?{_NO_CALL})(?![^\d]{{0,12}}\d)"
    # ("… is his number" alone is the person's own: "my brother … 089 771 0348 is his number")
    r"|^[^\d]{0,20}?(?:ไม่ต้องโทร(?:แล้ว|ไป|หา)|is (?:his (?:phone|number),? not mine|(?:the boss'?s|my husband'?s) (?:phone|number)))",
    re.I,
)
# The number with "don't call" right after it and no other number named: the writer's own, to be texted and
# never called, which the brief labels no phone ("… 062 819 3350 อย่าโทรมานะคะ พิมพ์มา", "065 884 3310 please
# don't call, only message here"). Not when the "don't call" is about a time ("อย่าโทรมาตอนกลางคืน",
# "กลางคืนอย่าโทร", "ညဘက် မဆက်ပါနဲ့", "don't call in the evening"), another number ("อย่าโทรเบอร์บ้าน", "…
# เบอร์น้องอย่าโทร") or someone else to be called ("อย่าโทรแจ้งตำรวจ", "dont call police", "ຢ່າໂທຫາຜົວ").
_WHEN = (
    r"ตอน|เวลา|ช่วง|หลัง|ก่อน|กลางคืน|กลางวัน|เช้า|เย็น|ดึก|ค่ำ|โมง|ทุ่ม|วัน|เสาร์|อาทิตย์|ซ้ำ|นาน|บ่อย|พรุ่งนี้|ถ้า"
    r"|ຕອນ|ກາງຄືນ|ຄືນ|ແລງ|ເຊົ້າ|ມື້|ເວລາ|ຫຼັງ|ກ່ອນ|ည|မနက်|နေ့|အချိန်|ချိန်"
    r"|\b(?:at|when|after|before|in the|on|during|today|tonight|now|again|till|until|between|while|weekends?|night"
    r"|morning|evening|late|early|[ap]m)\b"
)
WHEN_BEFORE = re.compile(r"(?:ညဘက်|ည|မနက်|နေ့ခင်း|ညနေ)\s?$")  # Burmese says the time first: "ညဘက် မခေါ်ပါနဲ့"
OWN_NUMBER_NOT_TO_CALL = re.compile(
    # (atomic: "อย่าโทร" is not let go of to read "อย่าโท", "ร…" as no other number)
    rf"^(?:(?!เบอร์|number|ເບີ|{_WHEN})[^\d]){{0,25}}?(?>{_NO_CALL}|ไม่ต้องโทร|no call|မခေါ်နဲ့)"
    # (possessive: "อย่าโทรมา" is not let go of to read "า ตอน…" as no time)
    r"(?:\s?(?:มา|กลับ|it\b|me\b|this\b|หา(?:หนู|ฉัน|ผม)|ຫາຂ້ອຍ))?+"
    rf"(?!\s?(?:{_WHEN}|เข้า|เบอร์|เครื่อง|มือถือ|หา|แจ้ง|บอก|ไป|ตำรวจ|police|the\b|her\b|him\b|his\b|my\b|ເບີ|ຫາ|ແຈ້ງ|ບອກ|ໄປ))"
    r"(?![^\d]{0,40}\d)",
    re.I,
)
# Of several numbers, one the writer says not to call comes last, whoever's it is: "อย่าโทรเบอร์น้องนะคะ 081…
# ติดต่อพี่ 095…", "dont call my mother 081… call me 092…", "her number is 061… but please don't call her, …
# call me on 085…" (not "don't call" about a time, "อย่าโทรมาตอนดึก เบอร์ 081…", nor about the next number,
# "โทร 081… อย่าโทรเบอร์ผัว 089…")
# (nor "don't call the husband, call me on …", "don't call the police", a Burmese "don't call" with another
# person before it, "ယောက်ျားကို မခေါ်ပါနဲ့")
_CALL_ASKED = r"\bcall\b|โทร|ติดต่อ|contact|ໂທ|ဖုန်း"
SPURNED_BEFORE = re.compile(rf"(?>{_NO_CALL})(?:(?!{_WHEN}|{_CALL_ASKED}|ตำรวจ|police)[^\d]){{0,25}}$", re.I)
SPURNED_AFTER = re.compile(
    rf"^(?:(?!ကို)[^\d]){{0,20}}?(?>{_NO_CALL})"  # (atomic: "อย่าโทร" is not let go of to read "อย่าโท", "ร…")
    rf"(?!\s?(?:{_WHEN}|หา(?!เขา|เค้า|เธอ|มัน)|แจ้ง|ตำรวจ|police|ไป|บอก|the\b|my\b|your\b|to\b|ຫາ|ແຈ້ງ|ໄປ))"
    rf"(?![^\d]{{0,20}}\d)",
    re.I,
)
# A landline typed with a digit too many (054-123-4567) is kept as typed: a digit dropped would be a guess
LANDLINE_TOO_LONG = re.compile(r"0[4-7]\d{8}")  # not 02/03: Lao numbers start so too


def _not_to_call(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is one the writer says not to call (NO_CALL_BEFORE,
    NO_CALL_AFTER), or another person's named before it with "don't call" after (OWNER_BEFORE)."""
    after = text[end : end + 80]
    if NO_CALL_BEFORE.search(text, max(0, start - 40), start) or NO_CALL_AFTER.match(after):
        return True
    if OWN_NUMBER_NOT_TO_CALL.match(after):
        return True
    return bool(OWNER_BEFORE.search(text, max(0, start - 24), start) and NO_CALL_SOON.match(after))


def _spurned(text: str, start: int, end: int) -> bool:
    """Whether the writer says not to call the number at text[start:end], whoever's it is (SPURNED_BEFORE,
    SPURNED_AFTER; not a Burmese "don't call" with its time said first, WHEN_BEFORE)."""
    before = SPURNED_BEFORE.search(text, max(0, start - 40), start)
    if before and not WHEN_BEFORE.search(text, max(0, before.start() - 8), before.start()):
        return True
    return bool(SPURNED_AFTER.match(text[end : end + 80]))


SPOKEN_WORD = re.compile(r"(?<![a-z])(?:" + _SPOKEN + r")(?![a-z])")
# "06/05/2567 13.30", "08-04-2567 10.30" (a day and a month that exist, either first: "08-99-77-65-12" is a number
# in pairs)
DATE_IN = re.compile(
    r"(?:(?:0?[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01]))"
    r"[/-](?:\d{4}|\d{2})(?!\d)"
)  # (month first too: "06/13/2024 10:30")


def find_phones(text: str) -> tuple[str, ...]:
    found = _phones_in_figures(text)
    if not found:
        found = [phone for digits in _spoken_phones(text) if (phone := thai_phone(digits))]
    if not found and not PHONE_CANDIDATE.search(text) and SPOKEN_WORD.search(text):
        # some digits said, the rest typed: "zero-six-four, 221, 7788", "ศูนย์เก้าเจ็ด 123 4567"
        found = _phones_in_figures(SPOKEN_WORD.sub(lambda word: SPOKEN_DIGITS[word.group(0)], text).replace(",", " "))
    return tuple(found)


def _phones_in_figures(text: str) -> list[str]:
    found: list[str] = []
    last: list[str] = []  # numbers not to call, after the others
    for match in PHONE_CANDIDATE.finditer(text):
        raw = match.group(0)
        if DATE_IN.match(raw.translate(THAI_DIGITS)):
            continue  # a date and a time run together
        if HOURS.search(raw) or NOT_A_PHONE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if LAO_NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()) and LAO_LANDLINE.match(raw):
            continue
        if _not_to_call(text, match.start(), match.end()):
            continue
        spurned = _spurned(text, match.start(), match.end())
        phones = [thai_phone(raw)]
        digits = re.sub(r"[\s\-–—/.()]", "", raw)
        if phones[0] is None and len(digits) == 20:  # two mobile numbers run together
            phones = [thai_phone(digits[:10]), thai_phone(digits[10:])]
        elif phones[0] is None and not raw.isdigit():  # more digits after a number written in groups
            # its first ten; nine (a landline) only when no more than ten were typed: "020 5555 1234" is Lao
            phones = [thai_phone(digits[:10]) or (thai_phone(digits[:9]) if len(digits) <= 10 else None)]
            if LANDLINE_TOO_LONG.fullmatch(digits):
                phones = [digits]
        for phone in phones:
            if phone and phone not in found and phone not in last:
                (last if spurned else found).append(phone)
    return found + last


REPORTER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("volunteer", ("อพม", "อสม", "อาสา", "รพ.สต", "อบต", "ครูแจ้ง", "volunteer")),
    (
        "neighbour",
        (
            "ข้างบ้าน",
            "เพื่อนบ้าน",
            "บ้านตรงข้าม",
            "ข้างห้อง",
            "บ้านข้างๆ",
            "เฮือนใกล้",
            "บ้านติดกัน",
            "บ้านติดกั๋น",
            "neighbour",
            "neighbor",
            "nextdoor",
            "ເພື່ອນບ້ານ",
            "ຂ້າງບ້ານ",
            "အိမ်နီးချင်း",
        ),
    ),
)
SELF_WORDS = (
    "ฉัน",
    "ดิฉัน",
    "ผม",
    "หนู",
    "เรา",
    "ข้อย",
    "i'm",
    "iam",
    "ilost",
    "ineed",
    "me,",
    "myhusband",
    "myboyfriend",
    "ຂ້ອຍ",
    "ຂ້າພະເຈົ້າ",
    "ကျွန်မ",
    "ကျွန်တော်",
)
KIN_WORDS = (
    "พ่อ",
    "แม่",
    "ยายผม",
    "ลูก",
    "หลาน",
    "พี่",
    "น้อง",
    "ป้า",
    "ลุง",
    "ย่า",
    "คุณพ่อ",
    "คุณแม่",
    "คุณตา",
    "ตากับยาย",
    "ป๋า",
    "ยาย",
    "ตา",
    "ปู่",
    "อุ๊ย",
    "အမေ",
    "အဖေ",
    "ညီမ",
    "အစ်မ",
    "အစ်ကို",
    "သမီး",
    "သားလေး",
    "ນ້ອງ",
    "ພໍ່",
    "ລູກ",
    "ເອື້ອຍ",
    "ອ້າຍ",
    "ຫຼານ",
)
# "my" and a relative, in English ("my 78 year old mom"); "my friend" is not kin.
ENGLISH_KIN = re.compile(
    r"\bmy (?:\d+[ -]?(?:years?|yrs?)[ -]?old |old |elderly |little |baby |younger |older )?"
    r"(?:mom|mum|mother|dad|father|son|daughter|sister|brother|wife|grand\w+|parents?|uncle|aunt|child|children"
    r"|kids?|baby|niece|nephew|family)\b"
)
SPOUSE_WORDS = ("สามี", "แฟน", "husband")  # ผัว is "a husband" as often as "mine"
SELF_STARTS = ("ไม่มีเงิน", "ตกงาน", "ขอทุน", "อยากขึ้นทะเบียน", "ค้างค่า", "ติดยา", "ออกจากคุก", "โดนไล่")


def find_reporter(squeezed: str, text: str = "") -> Finding | None:
    for who, words in REPORTER_WORDS:
        for word in words:
            if word in squeezed:
                return Finding(who, 0.85, word)
    # The speaker's own pronoun wins over kin words: "หนูโดนพ่อตี", "ผมอายุ66 ลูกไม่เลี้ยงดู".
    has_self = next((word for word in SELF_WORDS if word in squeezed), None)
    if has_self:
        return Finding("self", 0.75, has_self)
    spouse = next((word for word in SPOUSE_WORDS if word in squeezed), None)
    kin = next((word for word in KIN_WORDS if _count(squeezed, word)), None)
    if kin is None and (english := ENGLISH_KIN.search(text)):
        kin = english.group()
    if kin is not None:
        return Finding("relative", 0.7, kin)
    if spouse is not None:
        return Finding("self", 0.6, spouse)
    if squeezed.startswith(SELF_STARTS):
        return Finding("self", 0.5, "")
    return None


# -- places --------------------------------------------------------------------------------------

# The marks before a name, with common slips (ตำบน, อำเพอ, จว.) and the abbreviation without its dot
# when a space follows it on its own ("ต วังทอง อ วังทอง").
_ALONE = r"(?<![ก-๙])"
# (not the ต. of รพ.สต., อบต. or ทต., nor the อ. of สสอ.: offices, not places)
# (not the ต. of a police rank: ด.ต., ร.ต.ต., จ.ส.ต., ส.ต.ต.)
SUBDISTRICT_MARK = r"ตำบล|ตำบน|(?<!ส)(?<!บ)(?<!ท)(?<![^ก-ฮ][ก-ฮ]\.)(?<!^[ก-ฮ]\.)ต\.(?!ต\.)|" + _ALONE + r"ต(?=\s)|แขวง"
DISTRICT_MARK = r"อำเภอ|อำเพอ|(?<!ส)อ\.|" + _ALONE + r"อ(?=\s)|เขต"
PROVINCE_MARK = r"จังหวัด|จว\.|จ\.|" + _ALONE + r"จ(?=\s)"
MARKS = "|".join((SUBDISTRICT_MARK, DISTRICT_MARK, PROVINCE_MARK))
NAME = (
    r"\s*([ก-ฮะ-์]+?(?:-[ก-ฮะ-์]+?)?)ฯ?(?=\s|,|$|\d|[\u1000-\u109f\u0e80-\u0eff!?()]|" + MARKS + r"|ค่ะ|คะ|ครับ|อยู่|ไม่|ไม่มี"
)
# a tambon's or district's name ends where the next word begins, run on or not: "อ.ปากช่องโทรหาแม่" (not a
# province's: "ต่างจังหวัดแม่โทรมา" is upcountry, and its mother)
NAME_RUN_ON = NAME + r"|โทร(?!ัด)|เบอร์|ติดต่อ|ด่วน|ตอนนี้|ช่วย|ซอย)"
NAME += ")"
SUBDISTRICT_AT = re.compile(r"(?:" + SUBDISTRICT_MARK + ")" + NAME_RUN_ON)
DISTRICT_AT = re.compile(r"(?:" + DISTRICT_MARK + ")" + NAME_RUN_ON)
PROVINCE_AT = re.compile(r"(?:" + PROVINCE_MARK + ")" + NAME)
HOUSE_AT = re.compile(r"(?:บ้านเลขที่|เลขที่)\s*(\d{1,4}(?:/\d{1,4})?)")
# (ม. after a school word is a grade: "เรียนม.2", "นักเรียนหญิงม.3", "จะขึ้นม.4", "ຮຽນຕໍ່ ມ.4")
MOO_AT = re.compile(
    r"(?<!เรียน)(?<!เรียน )(?<!นักเรียนหญิง)(?<!นักเรียนชาย)(?<!เด็กหญิง)(?<!เด็กชาย)(?<!เด็กหญิง )(?<!เด็กชาย )"
    r"(?<!ขึ้น)(?<!จบ)(?<!ชั้น)(?<!ต่อ)(?<!ຮຽນ)(?<!ຕໍ່ )(?<!ຕໍ່)"
    r"(?:หมู่ที่|หมู่|ม\.|\bmoo\.?|ມ\.|ໝູ່|ຫມູ່)\s*(\d{1,2})(?!\d)"
)  # Thai, English, Lao
SOI_AT = re.compile(r"(?:ซอย|ซ\.)\s*([^\s,]+(?:\s\d+)?)")
# Five digits are a postcode unless money is said beside them ("ဘတ် ၂၅၀၀၀", "25000 บาท", "฿25000").
POSTCODE_AT = re.compile(
    r"(?<![\d/-])(?<!ဘတ်\s)(?<!baht\s)(?<!฿)(?<!฿\s)([1-9]\d{4})(?![\d/-])(?!\s?(?:บาท|baht|thb|ဘတ်|ບາດ|ກີບ|฿|,-))"
)
PROVINCE_ALIASES = {
    "กทม": BANGKOK,
    "กทม.": BANGKOK,
    "กรุงเทพ": BANGKOK,
    "กรุงเทพฯ": BANGKOK,
    "bangkok": BANGKOK,
    "โคราช": "30",
    "อยุธยา": "14",
    "อุบล": "34",
    "อุดร": "41",
    "โคราด": "30",
    # the short forms people write (นนท์, กาญจน์, จันท์: the last letter killed), and northern speech
    "นนท์": "12",
    "กาญจน์": "71",
    "จันท์": "22",
    "สุพรรณ": "72",
    "นครศรี": "80",
    "แปดริ้ว": "24",
    "เจียงใหม่": "50",
    "เจียงฮาย": "57",
    # as Lao and Isan writers spell them in Thai letters (บางกอก; ร dropped, ด for ท)
    "บางกอก": BANGKOK,
    "สุราษฎร": "84",
    "สมุทรปาการ": "11",
    "สมุดปาการ": "11",
}


# Places named in another script: the places migrant workers name most, in Burmese and Lao (Latin
# letters: dispatch/roman_places.py). Value: a geothai code (2 digits a province, 4 a district, 6 a
# subdistrict).
FOREIGN_PLACES = {
    "ဘန်ကောက်": "10",
    "မဲဆောက်": "6306",
    "မဟာချိုင်": "740101",
    "ရနောင်း": "85",
    "ဖူးခက်": "83",
    "ချင်းမိုင်": "50",
    "ဇင်းမယ်": "50",  # Zinme, Chiang Mai's old Burmese name
    "အယုဒ္ဓယ": "14",  # Ayutthaya as Burmese writes it from Pali
    "အယုဒ္ဓယာ": "14",
    "အယွတ်ထယာ": "14",
    "ချင်းရိုင်": "57",
    "မဲဆိုင်": "5709",
    "ဟတ်ယိုင်": "9011",
    "ဆမွတ်ဆာခွန်": "74",
    "ဆမွတ်ပရာကန်": "11",
    "ပသွမ်ဓာနီ": "13",
    "နွန်ဘူရီ": "12",
    "ရယောင်း": "21",
    "ချုံဘူရီ": "20",
    "ပတ္တယား": "2004",
    "ကန်ချနဘူရီ": "71",
    "ဆူရတ်ဓာနီ": "84",
    "ဖန်ငါး": "82",
    "ချွမ်ဖုန်": "86",
    "ပတ္တာနီ": "94",
    "လမ်ဖွန်း": "51",
    "တာ့ခ်": "63",
    "ခလောင်တိုး": "1033",
    "ဘန်နာ": "1047",
    # more of the places Burmese migrant workers name, in the spellings they use (Tak's border districts,
    # the fishing, factory and farm towns)
    "ဖုဖရ": "6307",
    "ဖိုဖရာ": "6307",
    "ဖိုးဖရာ": "6307",
    "မဲရမတ်": "6304",
    "ထာဆောင်ယန်": "6305",
    "အုမ်ဖန်": "6308",
    "အုန်ဖန်": "6308",
    "မယ်ဆိုင်": "5709",
    "ချင်းဆိန်": "5708",
    "ဟန်းဒေါင်": "5015",
    "ဟတ်ရိုင်": "9011",
    "ဆောင်ခလာ": "90",
    "ဆုံခလာ": "90",
    "ဆူရတ်": "84",
    "တကွာပါ": "8205",
    "ကရဘီ": "81",
    "ခရာဘီ": "81",
    "ကရာဘီ": "81",
    "ကထုံဘန်": "7402",
    "ကရထုံဘန်": "7402",
    "ဘန်ဖလီ": "1103",
    "ဘန်ပလီ": "1103",
    "ဖရပြဒိန်": "1104",
    "ခလောင်လွင်": "1302",
    "ဆီရာချာ": "2007",
    "သီရာချာ": "2007",
    "ဆတ္တဟစ်": "2009",
    "ပလွက်ဒိန်": "2106",
    "နခွန်ပထုံ": "73",
    "ဆမ်ဖရန်": "7306",
    "သံခလဘူရီ": "7108",
    "ဆန်ခလာဘူရီ": "7108",
    "ဘန်ခွန်ထျန်း": "1021",
    "လတ်ကရဘန်": "1011",
    # where many Burmese workers live, named alone: ท่าฉลอม, ดอนเมือง, รังสิต, อ้อมน้อย, อ้อมใหญ่, มาบตาพุด,
    # ลาดพร้าว (not บางริ้น, ဘန်ရင်: "ပြန်ရင်", if one goes back, sounds the same)
    "ထာချလုံ": "740102",
    "ထာချလွမ်": "740102",
    "ဒွန်မောင်": "1036",
    "ဒုန်မောင်း": "1036",
    "ရန်စစ်": "130303",
    "ရန်ဆစ်": "130303",
    "အုမ်နွိုင်": "740202",
    "အုမ်ယိုင်": "730616",
    "မာပ်တာဖွတ်": "210114",
    "မက်တာဖွတ်": "210114",
    "မက်ထာဖွတ်": "210114",
    # ... and Mae Tao of Mae Sot, Bo Win of Si Racha, Rawai of Phuket
    "မဲတောင်": "630604",
    "မဲတော": "630604",
    "ဘော်ဝင်": "200708",
    "ဘိုဝင်": "200708",
    "ရာဝိုင်": "830107",
    # and the tambons Burmese workers name most, as they spell them: Patong, Om Noi, Na Di of Samut
    # Sakhon, Mae Pa of Mae Sot, Khlong Hae of Hat Yai
    "ပါတောင်": "830202",
    "ပတောင်": "830202",
    "အုံနွိုင်": "740202",
    "အိုမ်နွိုင်": "740202",
    "နာဒီ": "740109",
    "မဲပ": "630607",
    "ကလောင်ဟဲ": "901105",
    # ... and the border and resort districts themselves: Sadao (with Padang Besar), Bang Lamung; Krathum
    # Baen as it is also said
    "ဆဒေါင်း": "9010",
    "ပါဒန်ဘဆား": "901007",
    "ဘန်လမုန်း": "2004",
    "ကရသွမ်ဘန်း": "7402",
    # ... and the factory, industrial-estate and beach tambons of Samut Prakan and Phuket: Phraek Sa, Bang
    # Pu Mai, Karon
    "ပဲ့ခ်ဆာ": "110110",
    "ဖရက်ဆာ": "110110",
    "ဘန်ပူးမိုင်": "110108",
    "ကရွန်": "830108",
    "ကာရွန်": "830108",
    # ... and more spellings they use for the border, island, factory and port districts (Phop Phra, Ban
    # Phaeo, Pathum Wan, La-un, Huai Khwang, Samui, Pha Ngan, Pluak Daeng, Chumphon) and the tambons of Ranong's
    # town, Samut Sakhon and Mae Sot (Khao Niwet, Khok Kham, Tha Sai Luat, Mae Pa, Om Noi)
    "ဖော့ဖရ": "6307",
    "ဘန်းဖဲ့": "7403",
    "ပသုမ်ဝမ်": "1007",
    "လအွန်": "8502",
    "ဟွေ့ခွမ်": "1017",
    "ကော့စမွေ": "8404",
    "ကော့ဖန်ငန်": "8405",
    "ပလွက်ဒဲင်": "2106",
    "ချုမ်ဖွန်": "86",
    "ခေါင်နိဝက်": "850101",
    "ကုတ်ခမ်း": "740114",
    "သာဆိုင်လွတ်": "630606",
    "မဲပါ": "630607",
    "အုံနွိုက်": "740202",
    "လတ်ဖရောင်": "1038",
    "ချန်တဘူရီ": "22",
    "ရာယောင်း": "21",
    "အွမ်နွိုင်": "740202",
    "ဆန်ခလဘူရီ": "7108",
    "ဟာ့ဒ်ယိုင်": "9011",
    "ရတ်ချဘူရီ": "70",
    "ဖက်ချဘူရီ": "76",
    "ບາງກອກ": "10",
    "ກຸງເທບ": "10",
    "ອຸດອນ": "41",
    "ຂອນແກ່ນ": "40",
    "ໜອງຄາຍ": "43",
    "ຫນອງຄາຍ": "43",
    "ອຸບົນ": "34",
    "ຊຽງໃໝ່": "50",
    "ໂຄລາດ": "30",
    "ມຸກດາຫານ": "49",
    "ນະຄອນພະນົມ": "48",
    "ຊົນບຸລີ": "20",
    "ລະຍອງ": "21",
    # Isan provinces as Lao speakers shorten them
    "ສະກົນ": "47",
    "ໂຄຣາດ": "30",
    # Isan provinces Lao spells by its own sounds (ຮ for ร, ລ for a final ร or ฬ)
    "ຮ້ອຍເອັດ": "45",
    "ມະຫາສາລະຄາມ": "44",
    "ກາລະສິນ": "46",
    "ອະຍຸດທະຍາ": "14",
    "ອຳນາດ": "37",
    "ກາຍຈະນະບຸລີ": "71",
    "ການຈະນະບຸລີ": "71",
    "ອະຍຸທະຍາ": "14",
    "ສຸພັນບຸລີ": "72",
    # districts where many Lao workers live, spelt as said (ญ as ny, ร as ຮ)
    "ທັນຍະບູລີ": "1303",
    "ທັນຍະບຸລີ": "1303",
    "ນາງຮອງ": "3104",
    "ສີລາຊາ": "2007",  # Si Racha, its ศรี as said
    "ວາລິນ": "3415",  # Warin Chamrap said short, as in Thai (วาริน)
    "ເມືອງນົນ": "1201",  # the town of Nonthaburi said short, as Thai says นนท์
    # the best-known tambons where Lao workers live, as Lao writes them (not ມະຫາໄຊ, Mahaxay of Khammouane
    # and a surname, nor ນາເກືອ, salt fields)
    "ບາງແສນ": "200104",
    "ມາບຕາພຸດ": "210114",
}


def _foreign_alternative(name: str) -> str:
    """A name of FOREIGN_PLACES as a pattern; a Burmese tambon's only where a word ends, with at most a
    particle after it ("နေရာဝိုင်းပြီး" is no Rawai; Burmese runs the words before on: "ကျွန်မရာဝိုင်းမှာ"),
    and those that end everyday words only where a word starts too ("ကလေးပါတောင်", even the child)."""
    if len(FOREIGN_PLACES[name]) == 6 and BURMESE_WORD.match(name):
        start = r"(?<![\u1000-\u109f])" if name in BURMESE_WORD_START_NEEDED else ""
        return rf"{start}{re.escape(name)}(?=[း့]?(?:[\s၊။,.!?]|$|မှာ|က(?![\u102b-\u103e])|ရွာ|မြို့|ထဲ))"
    if name in BURMESE_WORD_START_NEEDED:
        return rf"(?<![\u1000-\u109f]){re.escape(name)}(?!လိုင်း)"
    return re.escape(name)


BURMESE_WORD_START_NEEDED = frozenset(
    ("ပါတောင်", "ပတောင်", "မဲပ", "မဲပါ", "နာဒီ", "လအွန်", "ရာယောင်း")
)  # (လ, a month, then အွန်လိုင်း)
# ... and ပါတောင် is "even" as a word of its own too ("အမေ ပါတောင် ဆေးရုံ တက်နေရတယ်"): Patong only where
# Phuket is named
# (ວາລິນ is a given name as often as Warin: only beside Ubon)
# (and မဲပါ is "vote, please" too: Mae Pa only beside Mae Sot; ရာယောင်း is close to နားယောင်, to mishear: as spelt)
SAID_WITH_THEIR_PROVINCE = {"ပါတောင်": "ဖူးခက်", "ပတောင်": "ဖူးခက်", "ວາລິນ": "ອຸບົນ", "မဲပါ": "မဲဆောက်"}


BURMESE_WORD = re.compile(r"[\u1000-\u109f]{3,}")
FOREIGN_PLACE_AT = re.compile("|".join(map(_foreign_alternative, sorted(FOREIGN_PLACES, key=len, reverse=True))))
# Burmese spells a Thai name by ear, so one place has several spellings (ချုံဘူရီ, ချွန်ဘူရီ; ဆူရတ်ဓာနီ,
# ဆူရတ်ထာနီ): letters said alike (aspirate or not, voiced or not) count as one, tone marks as none.
_BURMESE_ALIKE = str.maketrans(
    {"ထ": "တ", "ဓ": "တ", "ဒ": "တ", "သ": "တ", "ဖ": "ပ", "ဗ": "ပ", "ဘ": "ပ", "ခ": "က", "ဂ": "က", "ဆ": "စ", "ဇ": "စ"}
    | {"ံ": "န", "း": None, "့": None}
)
BURMESE_CUTOFF = 85
BURMESE_SHORTEST = 5
BURMESE_TAMBON_CLOSE = 8


def _burmese_sound(word: str) -> str:
    return word.replace("ုံ", "ွန်").replace("ုတ်", "ွတ်").translate(_BURMESE_ALIKE)  # สมุทร: စမုတ်, ဆမွတ်


@lru_cache(maxsize=1)
def _burmese_places() -> dict[str, str]:
    # short names (တာ့ခ်, Tak) start everyday words: only their own spelling counts
    names = {
        _burmese_sound(name): code
        for name, code in FOREIGN_PLACES.items()
        if BURMESE_WORD.fullmatch(name)
        and name not in SAID_WITH_THEIR_PROVINCE
        and name not in BURMESE_WORD_START_NEEDED
    }
    return {name: code for name, code in names.items() if len(name) >= BURMESE_SHORTEST}


BURMESE_MY = ("ကျမ", "ကျွန်မ", "ကျွန်တော်", "ကျနော်", "ငါ့", "သူ့")  # I, my; his, her


def _burmese_spellings(text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """(code, span) of each Burmese word that names a place of FOREIGN_PLACES in another spelling: said
    alike from its start (a particle may follow: ချွန်ဘူရီက), or close to it."""
    places = _burmese_places()
    for found in BURMESE_WORD.finditer(text):
        if found.group().startswith(BURMESE_MY):
            continue  # "ကျမဖုန်း", my phone, is close to ချွမ်ဖုန် (Chumphon)
        word = _burmese_sound(found.group())
        if said := [code for name, code in places.items() if word.startswith(name)]:
            yield said[0], found.span()
            continue
        close = process.extract(word, list(places), scorer=fuzz.ratio, score_cutoff=BURMESE_CUTOFF, limit=2)
        # (a tambon's short name only as spelt: "ပိုင်", a word of a longer name, is close to ဘိုဝင်)
        tambon_short = close and len(places[close[0][0]]) == 6 and len(close[0][0]) < BURMESE_TAMBON_CLOSE
        if close and len({places[name] for name, *_ in close}) == 1 and not tambon_short:
            yield places[close[0][0]], found.span()
        elif province := burmese_province(found.group()):
            yield province, found.span()


@lru_cache(maxsize=64)  # a Burmese message is looked at for its anchors and its finest place: one fuzzy pass
def _spelt_places(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    return tuple(_burmese_spellings(text))


def _burmese_anchors(text: str, province: str) -> list[tuple[int, int]]:
    """Where the text names a place in Burmese, `province` in any spelling: a district is read beside it."""
    spans = [found.span() for found in FOREIGN_PLACE_AT.finditer(text)]
    return spans + [
        span for code, span in _spelt_places(text) if code.startswith(province) and span not in spans
    ]  # (or a district of it: "ဘန်ခွန်သျန် ဆမဲဒမ်", Samae Dam of Bang Khun Thian)


def _foreign_place(text: str) -> str | None:
    """The geothai code of a place named in Latin letters, Burmese or Lao, if any."""
    if _LATIN.search(text) and (roman := roman_place(text)):
        return roman.code
    known = _named_abroad_style(text)
    found = lao_place(text, known)
    if found and found != known:
        return found
    # ຊຽງໃໝ່ inside ສີຊຽງໃໝ່ (ศรีเชียงใหม่, a district of Nong Khai), a district marked elsewhere than the
    # province named (ລູກຢູ່ບາງກອກ … ອ.ເຂື່ອງໃນ): a finer place read on its own
    alone = lao_place(text) if known else None
    return alone if alone and len(alone) >= 4 and not alone.startswith(known or "") else found or known


def _named_abroad_style(text: str) -> str | None:
    """The first of FOREIGN_PLACES the text names, not where someone went ("ລູກໄປເຮັດວຽກບາງກອກ"), nor
    where someone works when another such place is named."""
    usable = [
        found
        for found in FOREIGN_PLACE_AT.finditer(text)
        if (found.group() not in SAID_WITH_THEIR_PROVINCE or SAID_WITH_THEIR_PROVINCE[found.group()] in text)
        and not LAO_WENT_TO.search(text, 0, found.start())
        and not _marked_finer_than(text, found)  # ຕ.ຂອນແກ່ນ: a tambon named like a province
    ]
    not_work = [found for found in usable if not LAO_WORKS_AT.search(text, 0, found.start())]
    chosen = (not_work or usable)[:1]
    if chosen:
        first = FOREIGN_PLACES[chosen[0].group()]
        # a finer place inside it named after it: "ဆမွတ်ဆာခွန် ထာချလုံ" is Tha Chalom of Samut Sakhon
        finer = [FOREIGN_PLACES[found.group()] for found in not_work or usable]
        # ... or spelt otherwise: "ဟက်ယိုင် ဆောင်ခလာ" is Hat Yai of Songkhla
        finer += [code for code, _ in _spelt_places(text)] if BURMESE_WORD.search(text) else []
        return max((code for code in finer if code.startswith(first)), key=len)
    if not BURMESE_WORD.search(text):
        return None
    # spelt otherwise only: the province, and a finer place inside it ("ဘန်ဘိုင်း ချွန်ဘူရီ": not a place
    # of another province that ဘန်ဘိုင်း is close to)
    spelt = [code for code, _ in _spelt_places(text)]
    provinces = [code for code in spelt if len(code) == 2]
    if provinces:
        return max((code for code in spelt if code.startswith(provinces[0])), key=len)
    return spelt[0] if spelt else None


def _marked_finer_than(text: str, found: re.Match[str]) -> bool:
    """A place of FOREIGN_PLACES marked as a finer level than it is: ຕ.ຂອນແກ່ນ is a tambon, not the
    province (but ອ.ທັນຍະບູລີ is the district)."""
    mark = LAO_DOT_MARK.search(text, 0, found.start())
    return bool(mark) and len(FOREIGN_PLACES[found.group()]) < (6 if mark.group(1) == "ຕ." else 4)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    return {province.name_th: province.code for province in geothai.provinces()}


@lru_cache(maxsize=100)
def _districts(province_code: str) -> dict[str, str]:
    names = {}
    for district in geothai.districts(province_code):
        names[district.name_th] = district.code
        if "-" in district.name_th:  # สุไหงโก-ลก, typed สุไหงโกลก
            names[district.name_th.replace("-", "")] = district.code
        if district.name_th.startswith("เขต"):
            names[district.name_th[3:]] = district.code
    return names


@lru_cache(maxsize=1000)
def _subdistricts(district_code: str) -> dict[str, str]:
    return {area.name_th: area.code for area in geothai.subdistricts(district_code)}


@lru_cache(maxsize=1)
def _all_subdistricts() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for province_code in _provinces().values():
        for district_code in _districts(province_code).values():
            for name, code in _subdistricts(district_code).items():
                names.setdefault(name, []).append(code)
    for name, codes in names.items():
        names[name] = sorted(set(codes))
    return names


@lru_cache(maxsize=1)
def _unique_subdistricts() -> dict[str, str]:
    return {name: codes[0] for name, codes in _all_subdistricts().items() if len(codes) == 1}


@lru_cache(maxsize=100)
def _province_subdistricts(province_code: str) -> dict[str, str]:
    return {n: c for d in _districts(province_code).values() for n, c in _subdistricts(d).items()}


# A district named alone, anywhere in Thailand ("ที่หน้าสถานีรถไฟหาดใหญ่"): only a long name that is one
# district's, not a village's (บ้าน...), and not the start of a longer word (แม่อาย in แม่อายุ).
UNMARKED_DISTRICT_SHORTEST = 6
UNMARKED_AFTER_AT_SHORTEST = 4  # right after a word for "at": a shorter name is a place more often than a word
# (not หอพัก nor คอนโด: dormitories and condominiums bear names of their own, "หอพักบัวขาว")
AT_WORDS = "อยู่|แถว|ย่าน|ตลาด(?:นัด|สด)?|เทศบาล(?:เมือง|นคร|ตำบล)?|แฟลต|หาด"
# what a place name may run into with no space: polite and regional endings, "with", "alone", an address,
# "for (days)", "every", "many"
WORD_ENDS = (
    "ค่ะ|คะ|ครับ|นะ|เด้อ|จ้า|เจ้า|หนิ|เน้อ|แหละ|กับ|คนเดียว|ผู้เดียว|ตอนนี้|เบอร์|โทร|ม\\.|หมู่|ซอย|ต\\.|อ\\.|จ\\.|มา(?!ก)|ทุก|หลาย"
    "|เล่า|บอก|หลังวัด|ข้างวัด|ตั้งแต่"
)
# after these, a tambon's name that is a dictionary word or a given name is that word ("ที่ศิริราช",
# "บ้านเช่าสองชั้น", "ห้องเช่าเปลี่ยนเจ้าของ"), not the place (dormitories are named, so หอพัก is no such word)
CAREFUL_AT_WORDS = ("ที่", "ห้องเช่า", "บ้านเช่า", "ท่าเรือ", "บ้าน")
# ... and an intersection named after its tambon ("ใกล้แยกคอหงส์"; not a district's name: แยกนาดี is in Udon)
TAMBON_AT_WORDS = AT_WORDS + "|(?:ใกล้|หน้า|ตรง)แยก|(?<!พื้น)" + "|".join(CAREFUL_AT_WORDS)
UNMARKED_TAMBON_AFTER_AT_SHORTEST = 5  # tambons are many: a name of four letters is an everyday word as often
# a tambon named like an everyday place ("อยู่ท่าน้ำ", "อยู่บ้านนอก", "สนามบิน") counts only marked
EVERYDAY_PLACE_NOUNS = (
    "บ้าน", "ท่า", "ปาก", "ท้าย", "หัว", "ตลาด", "วัด", "สวน", "สนาม", "ร่ม", "หน้า", "ริม", "ใน", "กลาง", "แม่น้ำ", "ศาลา",
    "โรง", "ทุ่ง", "ป่า", "นา", "ไร่", "เกาะ", "หาด", "คลอง", "สะพาน", "ถนน", "ซอย",
)  # fmt: skip
SIDE_WORDS = ("ริม", "หน้า", "ใน", "กลาง", "ท้าย")
# the tambons no other shares whose names are everyday words starting with a place noun (PyThaiNLP's word
# list holds these, but also ป่าตอง, ท่ามะกา, นางรอง: places, so the list is written out)
EVERYDAY_TAMBON_WORDS = frozenset(
    "ถนนใหญ่ ท่าน้ำ ท้ายน้ำ นาปรัง นาสวน นาเมือง บ้านนอก บ้านเรือน ปากคลอง ปากทาง ศาลากลาง สนามบิน สวนดอกไม้"
    " หัวสะพาน หัวป่า แม่น้ำ ร่มเย็น คลองหนึ่ง คลองสาม คลองห้า".split()
)
_INSIDE_A_WORD = re.compile(r"[ะ-ฺ็-๎]")
STREET_MARKS = ("ซ.", "ซอย", "ถ.", "ถนน")


# a district as people shorten it ("ตลาดอรัญ", "โรงเกลือ อรัญ", "โกลก นราธิวาส", "อยู่วาริน")
DISTRICT_SHORT_NAMES = {
    "อรัญ": "2706", "โกลก": "9610", "สุไหงโกลก": "9610", "วาริน": "3415", "ตระการ": "3411", "พิบูล": "3419",
}  # fmt: skip
# districts whose names are everyday words, read only marked or beside their province: a pier, the pink
# card migrant workers carry
EVERYDAY_DISTRICT_NAMES = frozenset(("ท่าเรือ", "สีชมพู"))


def _short_name_of_a_district(squeezed: str, province_code: str) -> tuple[str | None, str]:
    """(code, name) of a district of the province named by the short name people use ("อรัญ สระแก้ว")."""
    for name, code in DISTRICT_SHORT_NAMES.items():
        if code.startswith(province_code) and name in squeezed:
            return code, name
    return None, ""


@cache
def _unique_districts(shortest: int = UNMARKED_DISTRICT_SHORTEST) -> dict[str, str]:
    names = {name: code for name, code in DISTRICT_SHORT_NAMES.items() if len(name) >= shortest}
    for name, codes in _all_districts().items():
        bare = name.removeprefix("เขต")
        if (
            len(codes) == 1
            and len(bare) >= shortest
            and not bare.startswith("บ้าน")
            and bare not in EVERYDAY_DISTRICT_NAMES
        ):
            names[bare] = codes[0]
    return names


@cache
def _unique_districts_by_start() -> dict[str, tuple[str, ...]]:
    """The names of _unique_districts() by their first two letters: the few that may start at a place."""
    starts: dict[str, list[str]] = {}
    for name in _unique_districts():
        starts.setdefault(name[:2], []).append(name)
    return {start: tuple(names) for start, names in starts.items()}


@cache
def _unique_district_places() -> dict[str, int]:
    """Each name of _unique_districts() and its place in it."""
    return {name: place for place, name in enumerate(_unique_districts())}


def _unique_districts_in(squeezed: str) -> set[str]:
    by_start = _unique_districts_by_start()
    return {
        name
        for at in range(len(squeezed) - 1)
        for name in by_start.get(squeezed[at : at + 2], ())
        if squeezed.startswith(name, at)
    }


def _unmarked_district(squeezed: str, text: str) -> str | None:
    named = _unique_districts_in(squeezed)  # (a look-up per letter, not a search per district name)
    districts = _unique_districts()
    for name in sorted(named, key=_unique_district_places().__getitem__):  # in the table's order, as before
        code = districts[name]
        at = squeezed.find(name)
        if at < 0 or WENT_TO.search(squeezed, 0, at) or _INSIDE_A_WORD.match(squeezed, at + len(name)):
            continue
        if squeezed.endswith(STREET_MARKS, 0, at):
            continue  # ซ.ลาดพร้าว 101: a street named after a district, anywhere in the city
        if AFTER_A_VILLAGE_NUMBER.search(squeezed, 0, at):
            continue  # "ม.๔ บ้านหนองไผ่": a village named like a district far away (not "อยู่บ้านบางกรวย")
        return code
    # a shorter name right after "at", as a word of its own ("อยู่บางแค", "หลานอยู่เบตงกับยาย"; not the
    # district สำโรง in "อยู่สำโรงใต้")
    for found in _district_after_at().finditer(text):
        if not WENT_TO.search(text, 0, found.start()):
            return _unique_districts(UNMARKED_AFTER_AT_SHORTEST)[found.group(1)]
    return _cut_short_with_the_mark(squeezed)


AFTER_A_VILLAGE_NUMBER = re.compile(r"(?:ม\.|หมู่(?:ที่)?)\d{1,2}บ้าน$")
# ฯ cuts a long name short: "วารินฯ" is วารินชำราบ (not ฯลฯ, "and so on")
CUT_SHORT_MARK = re.compile(r"(?<=[ก-๙])ฯ(?!ล)")
CUT_SHORT_SHORTEST = 4


def _cut_short_with_the_mark(squeezed: str) -> str | None:
    """The one district whose name the letters right before ฯ start (the longest such ending first)."""
    for mark in CUT_SHORT_MARK.finditer(squeezed):
        before = squeezed[max(0, mark.start() - 12) : mark.start()]
        for start in range(len(before) - CUT_SHORT_SHORTEST + 1):
            typed = before[start:]
            found = {code for name, code in _unique_districts().items() if name.startswith(typed) and name != typed}
            if len(found) == 1:
                return found.pop()
    return None


def _tambon_after_at(text: str) -> str | None:
    """A tambon no other shares (or the best known of its name), named right after "at" with no other place,
    as a word of its own
    ("อยู่สำโรงใต้ ", "แถวอ้อมน้อย.", "ที่ราไวย์"; not "แถวหัวลำโพง", a station, nor "ริมโขง", the riverside;
    after ที่ not a word of the dictionary: "ที่ศิริราช" is the hospital, "ที่เขื่อน" the dam)."""
    for found in _tambon_after_at_pattern().finditer(text):
        name = found.group(1)
        careful = text.startswith(CAREFUL_AT_WORDS, found.start()) and name not in BEST_KNOWN_NAMESAKES
        if name in EVERYDAY_NAMESAKES or (
            careful and (name in thai_words() or name in _given_names() or _named_like_a_district(name))
        ):
            continue  # (nor a tambon named like its district: "นอนอยู่ที่ท่าแพ" is the gate in Chiang Mai)
        if _names_more_than_a_tambon(name) and name not in BEST_KNOWN_NAMESAKES:
            continue  # "อยู่วาริน": วารินชำราบ said short, not the tambon วาริน of another district
        if not WENT_TO.search(text, 0, found.start()) and not _everyday_place(name):
            return _unique_subdistricts().get(name) or BEST_KNOWN_NAMESAKES[name]
    return None


def _tambon_at_the_end(text: str) -> str | None:
    """A tambon no other shares, the message's last word after a space, with at most a polite ending and a
    phone number after it ("… ยายเลี้ยงไม่ไหว ศาลายาค่ะ 063-771-9904"): where people sign off with a place."""
    found = LAST_THAI_WORD.search(text)
    word = found.group(1) if found else ""
    name = next((name for name in _without_an_ending(word) if name in _signing_off_tambons()), None)
    if found is None or name is None or _everyday_place(name) or name in thai_words() or name in _given_names():
        return None  # "ติดต่อ บุญเรือง 081…": a person's name
    if NAMED_BEFORE.search(text, 0, found.start()):
        return None  # "ผู้แจ้ง สายทอง", "ลูกชายไปทำงาน ศาลายา"
    before = PREVIOUS_THAI_WORD.search(text, 0, found.start())
    if before and (before.group(1) in _given_names() or NAMED_BEFORE.search(text, 0, before.start(1))):
        return None  # a surname after a given name: "ผู้แจ้ง สมศรี คำแก้ว โทร …"
    if _named_like_a_district(name):
        return None  # "… บางบัวทอง": a tambon named like its district is the district, read elsewhere
    return _unique_subdistricts()[name]


# the last Thai word after a space, before only digits and what a phone is written with (and "โทร", "เบอร์")
LAST_THAI_WORD = re.compile(r"\s([ก-๙]+)(?:\s+(?:โทร|เบอร์)[ก-๙]{0,8}(?=[\s\d]))?[\s\d().+\-]*$")
PREVIOUS_THAI_WORD = re.compile(r"([ก-๙]+)\s*$")
SIGN_OFF_ENDINGS = ("ค่ะ", "คะ", "ครับ", "นะ", "เด้อ", "จ้า", "เจ้า", "หนิ", "เน้อ", "แหละ")


def _without_an_ending(word: str) -> list[str]:
    return [word, *(word.removesuffix(ending) for ending in SIGN_OFF_ENDINGS if word.endswith(ending))]


@lru_cache(maxsize=1)
def _signing_off_tambons() -> frozenset[str]:
    return frozenset(name for name in _unique_subdistricts() if len(name) >= UNMARKED_TAMBON_AFTER_AT_SHORTEST)


# what introduces a name or where someone went, right before the last word ("ผู้แจ้ง สายทอง", "ไปทำงาน ศาลายา")
NAMED_BEFORE = re.compile(r"(?:ติดต่อ|ผู้แจ้ง|ชื่อ|คุณ|นาย|นาง|จาก|ไปทำงาน|ทำงาน|เฮ็ดงาน|เรียน|ไปอยู่)\s*$")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Thai given names (PyThaiNLP's lists): many are also some tambon's name (บุญเรือง, คำแก้ว)."""
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_female_names()) | frozenset(thai_male_names())


# what follows a place noun in an everyday place's name: a new temple, a Thai house, the middle island
GENERIC_AFTER_A_PLACE_NOUN = (
    "ใหม่", "เก่า", "ใหญ่", "น้อย", "กลาง", "ไทย", "ป่า", "ดอก", "แถว", "เหนือ", "ใต้", "ตะวันออก", "ตะวันตก", "นอก",
    "ใน", "บน", "ล่าง", "หลวง", "แก้ว", "ทอง", "หลัง", "หน้า", "ริม", "เดิม", "ท่า", "นา", "สวน", "ไร่",
    # ... or what grows there: an orange orchard, a cane field
    "ส้ม", "อ้อย", "พริก", "มะม่วง", "ยาง", "ทุเรียน", "ลำไย", "ข้าว", "มัน", "ผัก", "กล้วย", "มะพร้าว", "ปาล์ม", "ชา",
)  # fmt: skip


def _everyday_place(name: str) -> bool:
    """A tambon's name that reads as an everyday place: a side of something ("ริมโขง", the Mekong's bank), or
    an everyday word that starts with a place noun ("ท่าน้ำ"; not "ศาลายา", "ป่าตอง")."""
    if name.startswith(SIDE_WORDS) or name in COMMON_PLACE_WORDS or name in EVERYDAY_TAMBON_WORDS:
        return True
    noun = next((noun for noun in EVERYDAY_PLACE_NOUNS if name.startswith(noun)), None)
    return noun is not None and name[len(noun) :] in GENERIC_AFTER_A_PLACE_NOUN


# อบต. and ทต. (a tambon's council, its municipality) bear the tambon's name, run on or not: "อบต.แม่นาเติงบ่ไหว"
# ... and so do a tambon's health station (รพ.สต.) and its volunteers (อพม., อสม.): "รพ.สต.บ้านเป็ดค่ะ"
COUNCIL_AT = re.compile(r"(?:อบต|ทต|(รพ\.?สต|อพม|อสม))\.?\s?(?:ชุมชน|ต\.|ตำบล)?\s?(?=[ก-ฮเ-ไ])")
COUNCIL_NAME_SHORTEST = 4


def _tambon_of_a_council(text: str) -> str | None:
    """The tambon whose council (อบต.) or municipality (ทต.) the text names: the longest tambon name the
    words after it start with, the only one so named or the one its district named in the text settles."""
    for found in COUNCIL_AT.finditer(text):
        rest = text[found.end() : found.end() + 24]
        for length in range(len(rest), COUNCIL_NAME_SHORTEST - 1, -1):
            codes = _all_subdistricts().get(rest[:length])
            if codes and rest[:length] in thai_words():  # PyThaiNLP's own frozenset, built once
                break  # "อบต.ใจดีมาก", "อบต.ประกอบอาหาร": an everyday word that some tambon is named
            if codes and found.group(1) and (_named_like_a_district(rest[:length]) or _everyday_place(rest[:length])):
                break  # "อสม.ปากเกร็ดค่ะ": the district's volunteers as often; "อพม.ชุมชนวัดใหม่": a temple
            if codes:
                return codes[0] if len(codes) == 1 else _tambon_by_its_district(rest[:length], text)
    return None


SHORT_TAMBON_AT_WORDS = "อยู่|แถว|ย่าน|ที่"  # (not ตลาด, เทศบาล: "ตลาดใหม่" is a market's name)


@lru_cache(maxsize=128)
def _short_tambons_after_at(province_code: str) -> re.Pattern[str] | None:
    names: dict[str, list[str]] = {}
    for district in _districts(province_code).values():
        for name, code in _subdistricts(district).items():
            if len(name) == SHORTEST_UNMARKED_TAMBON:
                names.setdefault(name, []).append(code)
    # (not the province's own name, nor a district's: "ที่ยะลา" is the province)
    named_more = {geothai.province(province_code).name_th, *_districts(province_code)}
    unique = [
        name
        for name, codes in names.items()
        if len(codes) == 1 and name not in EVERYDAY_NAMESAKES and name not in named_more
    ]
    return _after_at(unique, SHORT_TAMBON_AT_WORDS) if unique else None


def _short_tambon_after_at(text: str, province_code: str) -> str | None:
    """A tambon of four letters, the only one so named in the province the text names, right after "at" as
    a word of its own ("แถวศิลา ขอนแก่น"): short names are everyday words and people's names as often, but
    not there."""
    pattern = _short_tambons_after_at(province_code)
    found = pattern.search(text) if pattern else None
    if found is None or _everyday_place(found.group(1)) or found.group(1) in EVERYDAY_PLACE_NOUNS:
        return None
    if (
        text.startswith("ที่", found.start())
        and found.group(1) in thai_words()
        and found.group(1) not in BEST_KNOWN_NAMESAKES
    ):
        return None  # "นอนที่ศาลา", "ทำงานที่ด่าน": a pavilion, a checkpoint (but "ที่ฉลอง ภูเก็ต")
    return _province_subdistricts(province_code)[found.group(1)]


def _foreign_tambon_within(text: str, within: str) -> str | None:
    """The tambon of FOREIGN_PLACES, named in Burmese or Lao, inside `within` (a province or district)."""
    burmese = BURMESE_WORD.search(text) is not None
    if not (burmese or LAO_LETTER.search(text)):
        return None
    named = [FOREIGN_PLACES[found.group()] for found in FOREIGN_PLACE_AT.finditer(text)]
    named += [code for code, _ in _spelt_places(text)] if burmese else []
    return next((code for code in named if len(code) == 6 and code.startswith(within)), None)


# Lao "in the town of …" run into the province's name: the town's own tambon named ในเมือง
LAO_IN_TOWN = re.compile(r"ໃນເມືອງ(?=[\u0e80-\u0eff])")
TOWN_CENTRE = "ในเมือง"


def _in_the_town_of(text: str, province_code: str) -> bool:
    """ "ໃນເມືອງ" run into the province read ("ຢູ່ໃນເມືອງອຸບົນ"; not ໃນເມືອງໄທ, in Thailand)."""
    return any(
        (named := FOREIGN_PLACE_AT.match(text, found.end())) and FOREIGN_PLACES[named.group()] == province_code
        for found in LAO_IN_TOWN.finditer(text)
    )


def _town_centre(province_code: str) -> str | None:
    """The tambon named ในเมือง of the province's town district, if it has one."""
    town = mueang_district(province_code)
    return _subdistricts(town).get(TOWN_CENTRE) if len(town) == 4 else None


def _best_known_after_moo(text: str, moo: re.Match[str]) -> str | None:
    """The best-known tambon of a name right after the village's number ("ม.3 หนองปรือ": Pattaya's, not the
    district of Kanchanaburi): after a village number people name the tambon (never a Bangkok แขวง)."""
    after = text[moo.end() :].lstrip()
    name = next((name for name in BEST_KNOWN_NAMESAKES if after.startswith(name)), None)
    if name is None or BEST_KNOWN_NAMESAKES[name].startswith(BANGKOK):
        return None  # Bangkok's แขวง have no villages: "ม.5 ลาดยาว" is Nakhon Sawan's
    return BEST_KNOWN_NAMESAKES[name] if NAME_ENDS.match(after, len(name)) else None


def _named_like_a_district(name: str) -> bool:
    return name in _all_districts() or "เขต" + name in _all_districts()


def _after_at(names: Iterable[str], at_words: str = AT_WORDS) -> re.Pattern[str]:
    """One of `names` right after a word for "at", as a word of its own (the longest name first)."""
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(f"(?:{at_words})\\s?({alternatives})(?=[\\s\\d.,!?]|$|{WORD_ENDS})")


@lru_cache(maxsize=1)
def _tambon_after_at_pattern() -> re.Pattern[str]:
    names = [name for name in _unique_subdistricts() if len(name) >= UNMARKED_TAMBON_AFTER_AT_SHORTEST]
    return _after_at(names + list(BEST_KNOWN_NAMESAKES), TAMBON_AT_WORDS)


@lru_cache(maxsize=1)
def _district_after_at() -> re.Pattern[str]:
    return _after_at(_unique_districts(UNMARKED_AFTER_AT_SHORTEST))


def _finer_in_latin(text: str, within: str | None) -> str | None:
    """A district or tambon named in Latin letters inside the place read in Thai ("ต.หนองปรือ Bang Lamung")."""
    roman = roman_place(text, within[:2] if within else None)
    if roman is None or not within or not roman.code.startswith(within) or len(roman.code) <= len(within):
        return roman_tambon_within(text, within) if within else None
    return roman.code


THAI_RUN = re.compile(r"[ก-๙]{3,}")
LAO_LETTER = re.compile(r"[\u0e80-\u0eff]")


def _thai_tambon_choices_among_foreign_words(text: str) -> tuple[str, ...]:
    """The tambons a Thai word standing alone in a message in another script may be, when it is only
    ever a tambon's name and 2 to MOST_CHOICES places share it ("แม่ปะ မှာ …": Tak's or Lampang's)."""
    if language_of(text) == "th":
        return ()
    for found in THAI_RUN.finditer(text):
        run = found.group()
        codes = _all_subdistricts().get(run, ())
        if not 2 <= len(codes) <= MOST_CHOICES or run in _all_districts() or _everyday_place(run) or len(run) < 5:
            continue
        # a word of its own, not in a Thai phrase ("บัตร ชมพู", the pink card; "ร้าน สว่าง")
        if THAI_NEAR.search(text, max(0, found.start() - 2), found.start()) or THAI_NEAR.match(text, found.end()):
            continue
        if run in _given_names():
            continue  # an employer or a friend: "သူဌေး ไพศาล က …"
        # a dictionary word (สามแยก, a junction; น้ำตก, a waterfall) only as the message's last word
        if run in thai_words() and not SIGNED_OFF.match(text, found.end()):
            continue
        return tuple(codes)
    return ()


THAI_NEAR = re.compile(r"\s?[ก-๙]")
SIGNED_OFF = re.compile(r"\s*(?:[.!?။၊]\s*)?$")


def _thai_name_among_foreign_words(text: str, within: str | None) -> str | None:
    """The finest place a Thai word standing alone in a message in another script names exactly: a
    tambon, district or province; a name many places share only inside another place named or
    `within`, the place already read."""
    if language_of(text) == "th":
        return None
    runs = [run.removeprefix("เขต").removeprefix("แขวง") for run in THAI_RUN.findall(text)]
    named = []
    for run in runs:
        if run in BEST_KNOWN_NAMESAKES and run not in _all_districts():  # "ตลาดกุ้ง มหาชัย": Samut Sakhon's
            named.append((run, (BEST_KNOWN_NAMESAKES[run],)))
            continue
        # (a tambon's name of three letters is an everyday word as often: "วัด mhar", at the temple)
        codes = set(_all_subdistricts().get(run, ()) if len(run) > 3 else ()) | set(_all_districts().get(run, ()))
        codes |= set(_all_districts().get("เขต" + run, ()))
        codes |= {_provinces()[run]} if run in _provinces() else set()
        if codes:
            named.append((run, tuple(sorted(codes))))
    best: str | None = None
    for said, codes in named:
        others = {code for _, other in named if other is not codes for code in other} | ({within} if within else set())
        code = one_place(said, codes, others)
        if code is None or (within and not code.startswith(within) and not within.startswith(code)):
            continue
        # a tambon named like its district (แม่สอด) is the district, unless a tambon is all it can be
        code = next((coarse for coarse in sorted(codes, key=len) if code.startswith(coarse)), code)
        if best is None or (len(code) > len(best) and code.startswith(best[:2])):
            best = code
    if best and within and len(best) <= len(within):
        return None
    return best


def warm_up() -> None:
    """Build the name tables and load the models and the Lao dictionary now (well under a second, once)
    rather than on a citizen's first message."""
    _unique_subdistricts()
    _unique_districts()
    _unique_district_places()
    build_lao_tables()
    roman_place("Mae Rim, Chiang Mai")
    understand("ยายอยู่คนเดียว ต.วังทอง อ.วังทอง จ.พิษณุโลก โทร 0812345678")
    understand("ยายอยู่เชียงใหม่คนเดียว อบต.แม่นาเติง วารินฯ")
    understand("ແມ່ເຖົ້າ ຢູ່ ທ່າບໍ່ ຄົນດຽວ")  # the Lao dictionary, read once
    understand("ယောက်ျားက ရိုက်နေတယ် ဟတ်ယိုင် ဘန်ဖရူး")


@lru_cache(maxsize=1)
def _all_districts() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for province_code in _provinces().values():
        for name, code in _districts(province_code).items():
            names.setdefault(name, []).append(code)
    return names


_ISAN_SPELLING = str.maketrans({"ซ": "ช"})


RUN_ON_SHORTEST, RUN_ON_REST = 3, 2


def _pick(typed: str, names: dict, cutoff: float = 75) -> tuple[str, float] | None:
    """The name `typed` means among `names`: exact, else the one name it cuts short, else the closest
    above `cutoff` (0-100)."""
    if typed in names:
        return typed, 1.0
    if len(typed) < 3:
        return None
    if (as_thai := typed.translate(_ISAN_SPELLING)) != typed and as_thai in names:
        return as_thai, 0.95  # "จ.ซลบุรี": Isan and Lao writers spell ช as it is said, ซ
    if shortened := _shortened(typed, names):
        return shortened, 0.9
    found = process.extractOne(typed, names.keys(), scorer=fuzz.ratio, score_cutoff=cutoff)
    if found:
        return found[0], found[1] / 100
    return (run_on, 0.9) if (run_on := _run_on(typed, names)) else None


def _run_on(typed: str, names: dict) -> str | None:
    """The longest of `names` that `typed` starts with, running on into the next words at a syllable's
    start ("อำเภอสารภีอาเจียนไม่หยุด": สารภี, then "vomiting")."""
    for length in range(len(typed) - RUN_ON_REST, RUN_ON_SHORTEST - 1, -1):
        name = typed[:length]
        if name in names and not _INSIDE_A_WORD.match(typed, length):
            return name
    return None


_SORTED_NAMES: dict[int, tuple[dict, list[str]]] = {}  # the name tables (built once) in order, by identity


def _starting_with(names: dict, start: str) -> list[str]:
    """The names of `names` that start with `start`: a range of them in order, found by bisection (a
    scan of the 7,000 tambon names was a millisecond a message)."""
    held = _SORTED_NAMES.get(id(names))
    if held is None or held[0] is not names:
        held = _SORTED_NAMES[id(names)] = (names, sorted(names))
    ordered = held[1]
    found = []
    for name in ordered[bisect_left(ordered, start) :]:
        if not name.startswith(start):
            break
        found.append(name)
    return found


def _shortened(typed: str, names: dict) -> str | None:
    """The only name of `names` that `typed` cuts short: its start (จ.สุราษ, อ.วาริน, อุบลฯ), or for a
    longer cut its end or middle (จ.อยุธยา for พระนครศรีอยุธยา)."""
    starting = [*_starting_with(names, typed), *_starting_with(names, "เขต" + typed)]
    if len(starting) == 1:
        return starting[0]
    if not starting and len(typed) >= 5:
        inside = [name for name in names if typed in name]
        if len(inside) == 1:
            return inside[0]
    return None


def _tambons_named(typed: str) -> dict[str, str]:
    """The tambons a name typed with no district or province may mean: itself or the one name it cuts
    short when only one tambon in Thailand is called so (ต.ท่าบ่อ), else every uniquely named one to
    fuzzy-match. A name many tambons share (บ้านใหม่) is not bent into a unique one: ask where instead."""
    everywhere = _all_subdistricts()
    named = typed if typed in everywhere else _shortened(typed, everywhere) or _run_on_to_a_request(typed)
    if named is None:
        return _unique_subdistricts()
    codes = everywhere[named]
    return {named: codes[0]} if len(codes) == 1 else {}


# what a tambon's name runs into when it is one: reporting, a polite ending, the next part of the address
CHOICE_RUN_ON_REST = re.compile(r"แจ้ง|ขอ|รายงาน|ค่ะ|คะ|ค่า|ครับ|จ้า|จ้ะ|นะ|เด้อ|หนิ|เจ้า|อำเภอ|อ\.|จ\.|จังหวัด|หมู่|ม\.|\d")


def _run_on_to_a_request(typed: str) -> str | None:
    """A tambon's name run on into a request or an ending ("อพม.ตำบลบ่อยางแจ้งค่ะ", "ต.โนนสูงขอความ
    ช่วยเหลือ"), not into any word ("ตำบลสามัคคีกันดีมาก", we get on well; "ต.บ่อผุต", misspelt)."""
    run_on = _run_on(typed, _all_subdistricts())
    return run_on if run_on and CHOICE_RUN_ON_REST.match(typed, len(run_on)) else None


def _places_sharing_the_name(typed: str, within: str | None) -> tuple[str, ...]:
    """The tambons (within the district or province read, if any) that a name marked as a tambon may be,
    when nothing else settled it: "ต.โนนสูง" alone is one of four, to be asked which. More than
    MOST_CHOICES: none (a list that long is no help)."""
    everywhere = _all_subdistricts()
    named = typed if typed in everywhere else _shortened(typed, everywhere) or _run_on_to_a_request(typed)
    codes = tuple(code for code in everywhere.get(named or "", ()) if code.startswith(within or ""))
    return codes if len(codes) <= MOST_CHOICES else ()


def _one_or_several(codes: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """(the tambon, when `codes` is one; else the choices to ask about, when 2 to MOST_CHOICES)."""
    if len(codes) == 1:
        return codes[0], ()
    return None, codes if len(codes) <= MOST_CHOICES else ()


LAO_TAMBON_MARKS = ("ຕ.", "ຕຳບົນ", "ຕາແສງ", "ແຂວງ")


def _lao_marked_tambon(text: str, within: str | None) -> tuple[str, ...]:
    """The tambons (inside `within`, if any) whose name a Lao name marked ຕ. spells letter for letter."""
    for spelt in marked_tambon_spellings(text):
        codes = tuple(code for code in _all_subdistricts().get(spelt, ()) if code.startswith(within or ""))
        if codes:
            return codes
    return marked_tambon_sounds(text, within)  # or spelt as said: ຕ.ຈໍຫໍ is จอหอ


# Where a tambon is named with no ต.: "ห้องเช่าแถวบางพลีใหญ่", "ตอนนี้อยู่คูคต", "ห้องเช่าตรงท่าฉลอม"
PLACE_WORD = re.compile(r"(?:แถว|อยู่|ตรง|ฝั่ง|ย่าน)\s?")
SHORTEST_UNMARKED_TAMBON = 4
# where the name must end: Thai runs words together, so "อยู่บ้านแม่" would read as the tambon บ้านแม
NAME_ENDS = re.compile(r"[\s,.!?()/]|$|ค่ะ|คะ|ครับ|นะ|จ้า|เด้อ|แล้ว|ค่า|เจ้า|หนิ|[0-9๐-๙]|เล่า|บอก|ทุก")


def _tambon_after_place_word(text: str) -> str | None:
    """The tambon named right after a word for where ("แถว", "อยู่"), longest name first: the one whose
    district the text also names, the best-known of its name, or a well-known quarter."""
    for place_word in PLACE_WORD.finditer(text):
        if WENT_TO.search(text[: place_word.end()].rstrip()) or WENT_TO.search(text, 0, place_word.start()):
            continue  # "ลูกไปทำงานอยู่มหาชัย": where someone went, not where the person is
        rest = text[place_word.end() : place_word.end() + 24]
        for length in range(len(rest), SHORTEST_UNMARKED_TAMBON - 1, -1):
            name = rest[:length]
            codes = _all_subdistricts().get(name)
            if not codes or not NAME_ENDS.match(rest, length):
                continue
            if name in COMMON_PLACE_WORDS:
                break
            if _names_more_than_a_tambon(name):
                # a district's or province's own name is read as such above, not as its tambon, unless
                # the tambon's own district is named apart from it: "แถวลาดยาว จตุจักร"
                return _tambon_by_its_district(name, text, district_apart=True)
            if code := _tambon_by_its_district(name, text) or BEST_KNOWN_NAMESAKES.get(name):
                return code
            # one of its name, and not an everyday word (อยู่ศาลา, อยู่แม่น้ำ, อยู่เขื่อน are tambons too)
            if len(codes) == 1 and name in WELL_KNOWN_TAMBONS:
                return codes[0]
            break  # the longest name after this word decides; try the next word for where
    return None


# Tambons people name alone, with no ต. and no district, that are no everyday word: city and factory
# quarters where the migrant workers and the poor live. Everyday words that are also some tambon's
# name (ศาลา, แม่น้ำ, ท่าน้ำ, เขื่อน, เหมือง) count only beside their district.
WELL_KNOWN_TAMBONS = frozenset(
    ("คูคต", "สีลม", "มักกะสัน", "อ้อมน้อย", "บางพลีใหญ่", "ท่าฉลอม", "ป่าตอง", "บางยี่ขัน", "คลองหนึ่ง", "บางปลา", "แพรกษา")
)


# (of them, everyday words too: "ชีวิตที่แสนสุข", a happy life; "ทำงานที่นาเกลือ", at the salt pans)
EVERYDAY_NAMESAKES = frozenset(("แสนสุข", "นาเกลือ"))
# A tambon several share, named alone, is most often the one people know by that name: the migrant
# workers' and the tourists' towns. The bot says the place back, so a wrong one is corrected there.


def _same_name_elsewhere(district: str, read: str | None, marked: bool) -> bool:
    """Whether `district` bears the name of the district `read` unmarked (จอมทอง is in Bangkok and in
    Chiang Mai): then the tambon before it says which ("ข่วงเปา จอมทอง")."""
    if marked or read is None or len(read) != 4 or read == district:
        return False
    return geothai.district(read).name_th.removeprefix("เขต") == geothai.district(district).name_th.removeprefix("เขต")


def _tambon_before_its_district(text: str) -> str | None:
    """A tambon named with no mark at the end of a word, right before its own district or province:
    "ควนลัง หาดใหญ่", "ยางเนิ้ง สารภี", "ห้องเช่าที่อ่างทอง เกาะสมุย", "ท่าวาสุกรี อยุธยา"."""
    words = text.split()
    for word, following in zip(words, words[1:], strict=False):
        for start in range(max(0, len(word) - 24), len(word) - SHORTEST_UNMARKED_TAMBON + 1):
            codes = _all_subdistricts().get(word[start:])
            if not codes:
                continue
            # a district's or province's own name (ธาตุพนม, อ่างทอง) is a tambon only before the tambon's
            # own district, named otherwise: "ที่อ่างทอง เกาะสมุย", not "ธาตุพนม นครพนม"
            # before its province alone, only a name no other tambon has ("ในเมือง อุตรดิตถ์" is "in town")
            only_district = _names_more_than_a_tambon(word[start:]) or len(codes) > 1
            fitting = [code for code in codes if _names_its_area(following, code, only_district)]
            if len(fitting) == 1:
                return fitting[0]
            break  # the longest name ending the word decides
    return None


def _names_its_area(word: str, code: str, only_district: bool = False) -> bool:
    """Whether a word starts with the name of the district (or province) of tambon `code`."""
    district = geothai.district(code[:4]).name_th.removeprefix("เขต")
    if only_district:
        return district != geothai.subdistrict(code).name_th and (
            word.startswith(district) or _cut_short_of(word, (district,))
        )
    province = geothai.province(code[:2]).name_th
    aliases = [
        alias for alias, alias_code in PROVINCE_ALIASES.items() if alias_code == code[:2] and not alias.isascii()
    ]
    names = (district, district.removeprefix("เมือง") or district, province, *aliases)
    return word.startswith(names) or _cut_short_of(word, names)


def _cut_short_of(word: str, names: Iterable[str]) -> bool:
    """Whether the word is one of `names` cut short with ฯ: "เมืองนราฯ", "ปทุมฯ"."""
    cut = word.partition("ฯ")[0] if "ฯ" in word else ""
    return (
        len(cut) >= 3
        and len(cut.removeprefix("เมือง")) >= 2
        and any(name.startswith(cut) and name != cut for name in names)
    )


def _names_more_than_a_tambon(name: str) -> bool:
    """A district's or province's name, or the start of one (ตระการ, of ตระการพืชผล)."""
    if name in _provinces() or name in PROVINCE_ALIASES:
        return True
    return any(district.startswith(name) for district in _all_districts())


_MARK_OR_SPACE_BEFORE = r"(?:^|[\s,(/]|อ\.|อำเภอ|เขต|จ\.|จังหวัด)"


def _named_as_a_place(name: str, text: str) -> bool:
    """Whether `name` stands in the text as a word of its own or after a mark (อ. จ. เขต)."""
    for found in re.finditer(_MARK_OR_SPACE_BEFORE + re.escape(name), text):
        if NAME_ENDS.match(text, found.end()):
            return True
    return False


def _tambon_by_its_district(typed: str, text: str, district_apart: bool = False) -> str | None:
    """The one of the tambons called `typed` whose district or province the text also names as a place
    (after a mark or as a word of its own: "ต.บางตลาด ปากเกร็ด", "ต.บ้านหลวง อ.จอมทอง": จอมทอง is in
    Bangkok too, its บ้านหลวง is not; not the เลย of "ไม่มีข้าวกินเลย"); `district_apart`: only by its
    district, named otherwise than the tambon."""
    rest = text.replace(typed, " ", 1)
    fitting = []
    for code in _all_subdistricts().get(typed, ()):
        district = geothai.district(code[:4]).name_th.removeprefix("เขต")
        if district_apart:
            if district != typed and _named_as_a_place(district, rest):
                fitting.append(code)
        elif (
            _named_as_a_place(district, rest)
            or _named_as_a_place(geothai.province(code[:2]).name_th, rest)
            or _cut_short_word(district, rest)
        ):
            fitting.append(code)
    return fitting[0] if len(fitting) == 1 else None


SHORTEST_CUT = 5  # letters of a name cut short with no ฯ ("วาริน", "พิบูล"): บ้าน, หนอง, บาง start too many


def _cut_short_word(name: str, text: str) -> bool:
    """Whether a word of the text cuts `name` short, as people say a long district ("ต.แสนสุข วาริน"); not a
    name many tambons and villages share (หนองบัว, บ้านนา)."""
    return any(
        SHORTEST_CUT <= len(word) <= len(name) - 2
        and name.startswith(word)
        and len(_all_subdistricts().get(word, ())) < 2
        for word in re.split(r"[\s,]+", text)
    )


class _ProvinceNamed(NamedTuple):
    code: str
    typed: str
    confidence: float
    marked: bool  # with จ. or จังหวัด: an unmarked one may be overruled by a district or tambon marked


def _province_in(text: str, squeezed: str) -> _ProvinceNamed | None:
    """The province the text names, marked with จ. or not."""
    marked = PROVINCE_AT.search(text)
    if marked:
        typed = marked.group(1)
        if typed in PROVINCE_ALIASES:
            return _ProvinceNamed(PROVINCE_ALIASES[typed], typed, 0.95, True)
        picked = _pick(typed, _provinces())
        if picked:
            return _ProvinceNamed(_provinces()[picked[0]], typed, picked[1], True)
    mentions = [(squeezed.find(alias), code, alias) for alias, code in PROVINCE_ALIASES.items() if not alias.isascii()]
    # Short names (เลย, ตาก, น่าน) are everyday words too: they count only after จ. or จังหวัด.
    mentions += [(squeezed.find(name), code, name) for name, code in _provinces().items() if len(name) > 4]
    # ... or right after เมือง, its town: "เมืองสตูล", "เมืองตาก"; or after ที่ and before the word ends
    mentions += [(squeezed.find("เมือง" + name), code, name) for name, code in _provinces().items() if len(name) <= 4]
    mentions += [
        (squeezed.find("ที่" + found.group(1)) + 3, _provinces()[found.group(1)], found.group(1))
        for found in SHORT_PROVINCE_AT.finditer(text)
        if found.group(1) in _provinces()
    ]
    # A place someone went to is not where the person is: "ลูกหลานไปทำงานกรุงเทพฯหมด"; nor a province's
    # name inside a district's or tambon's: "ศรีเชียงใหม่" is in Nong Khai.
    found = sorted(
        (at, code, name)
        for at, code, name in mentions
        if at >= 0 and not WENT_TO.search(squeezed, 0, at) and not _inside_a_longer_name(squeezed, at, name)
    )
    if found:
        at, code, name = found[0]
        return _ProvinceNamed(code, name, 0.8, False)
    return None


@lru_cache(maxsize=1)
def _province_after_a_word() -> re.Pattern[str]:
    names = sorted(
        {*_provinces(), *(alias for alias in PROVINCE_ALIASES if not alias.isascii())}, key=len, reverse=True
    )
    return re.compile(r"([ก-๙]+)\s(" + "|".join(map(re.escape, names)) + r")(?![ก-๙])")


def _pair_is_the_place(text: str, pair: str, marked: re.Match[str] | None) -> bool:
    """A district named before its province is the place, over a province named alone elsewhere, unless
    it is where someone works, studies or went ("หลานเรียนอยู่หาดใหญ่ สงขลา"), or the tambon `marked` in the
    text is not in it ("ต.ในเมือง ขอนแก่น ลูกอยู่ บางใหญ่ นนทบุรี")."""
    name = geothai.district(pair).name_th.removeprefix("เขต")
    at = text.find(name)
    if at < 0 or WORKS_BEFORE.search(text, max(0, at - 16), at):
        return False
    return not marked or _pick(marked.group(1), _subdistricts(pair), cutoff=80) is not None


WORKS_BEFORE = re.compile(r"(?:ทำงาน|เฮ็ดงาน|เฮ็ดเวียก|เรียน)(?:อยู่|ที่|ใน)?\s?$")
# what may stand before a district's name run on: "บ้านอยู่ลอง แพร่", "แถวปัว น่าน"
BEFORE_A_PAIRED_DISTRICT = ("อยู่", "ที่", "แถว", "อ.", "อำเภอ")


def _district_then_its_province(text: str) -> str | None:
    """A district named, unmarked, right before its own province: "ลอง แพร่", "อยู่ปัว น่าน". Short names
    on either side are everyday words alone; together each says which the other is."""
    for found in _province_after_a_word().finditer(text):
        province = PROVINCE_ALIASES.get(found.group(2)) or _provinces()[found.group(2)]
        word = found.group(1)
        for name, code in _districts(province).items():
            rest = word.removesuffix(name)
            if len(name) >= 3 and rest != word and (not rest or rest.endswith(BEFORE_A_PAIRED_DISTRICT)):
                return code
    return None


@lru_cache(maxsize=1)
def _names_holding_a_province() -> dict[str, tuple[str, ...]]:
    """Each province name of more than 4 letters (and alias of 4 or more), and the districts' and tambons'
    names that hold it after other letters (ศรีเชียงใหม่ holds เชียงใหม่; not เมืองเชียงใหม่, its own town)."""
    places = {name.removeprefix("เขต") for name in _all_districts()} | set(_all_subdistricts())
    provinces = [name for name in _provinces() if len(name) > 4]
    holding = {
        province: tuple(place for place in places if province in place and not place.startswith((province, "เมือง")))
        for province in provinces
    }
    # a short name also starts longer ones: ปทุม starts ปทุมวัน (in Bangkok), อุบล starts อุบลรัตน์ (in Khon Kaen)
    for alias, code in PROVINCE_ALIASES.items():
        if len(alias) >= 4 and not alias.isascii():
            full = geothai.province(code).name_th
            holding[alias] = tuple(
                place for place in places if alias in place and not place.startswith((full, "เมือง")) and place != alias
            )
    return holding


def _inside_a_longer_name(squeezed: str, at: int, name: str) -> bool:
    return any(
        squeezed.startswith(place, at - place.index(name)) for place in _names_holding_a_province().get(name, ())
    )


# "อยู่คนเดียวที่แพร่", "ครูที่ยะลาค่ะ": a short province name after ที่ where the word ends (not เลย)
SHORT_PROVINCE_AT = re.compile(r"ที่(แพร่|น่าน|ตาก|ยะลา|ตราด|สตูล|ชุมพร|ระนอง|พังงา|กระบี่|ลำพูน)(?=[^ก-๙]|ค่ะ|คะ|ครับ|$)")
# (nor where someone calls from: "ลูกโทรจากกทม.")
WENT_TO = re.compile(r"ไป(?:ทำงาน|เฮ็ดงาน|ทำงานที่|ทำงานอยู่|อยู่|เรียน|หาหมอ|รักษา|โรงพยาบาล|รพ\.?)?(?:ที่|ใน)?$|โทร(?:มา)?จาก$")


# Everyday words that are also tambon names: not taken as a place without ต./ตำบล before them.
COMMON_PLACE_WORDS = (
    "ในเมือง", "บ้านใหม่", "ในเวียง", "กลางเวียง", "ตลาด", "หัวเวียง", "บ้านกลาง", "บ้านเหนือ", "ริมโขง", "แม่น้ำ",
    "บางวัน", "ตลาดใหม่", "สามพี่น้อง", "ครึ่ง",
)  # fmt: skip


def _unmarked(
    squeezed: str, names: dict[str, str], known: set[str] | tuple, shortest: int = 4, inside_of: Iterable[str] = ()
) -> tuple[str | None, str]:
    """(code, name) of the longest of `names` written without its mark, at least `shortest` letters; not
    one written only inside one of `inside_of` ("อ.กบินทร์บุรี" holds the tambon กบินทร์)."""
    best = ""
    for name in names:
        bare = name[3:] if name.startswith("เขต") else name
        if len(bare) >= shortest and bare not in known and bare not in COMMON_PLACE_WORDS and bare in squeezed:
            if len(name) > len(best) and not _only_a_street(squeezed, bare) and bare + "ฯ" not in squeezed:
                if not _only_inside(squeezed, bare, inside_of):
                    best = name
    return (names[best], best) if best else (None, "")


def _only_inside(squeezed: str, name: str, holders: Iterable[str]) -> bool:
    """Whether each time `name` is written it is part of one of `holders` written there."""
    spans = [
        (at, at + len(holder))
        for holder in holders
        if len(holder) > len(name)
        for at in (found.start() for found in re.finditer(re.escape(holder), squeezed))
    ]
    return all(
        any(start <= at and at + len(name) <= end for start, end in spans)
        for at in (found.start() for found in re.finditer(re.escape(name), squeezed))
    )


CUT_SHORT = re.compile(r"([ก-ฮะ-ฺเ-์]{3,})ฯ")


def _cut_short(text: str, names: dict[str, str]) -> tuple[str, str] | None:
    """(code, name) of the one name of `names` that a word cut short with ฯ stands for: "อยู่วารินฯ"
    (Thai runs words together: the longest end of the run that starts one name only)."""
    for match in CUT_SHORT.finditer(text):
        run = match.group(1)
        for start in range(max(0, len(run) - 12), len(run) - 2):
            starting = [name for name in names if name.removeprefix("เขต").startswith(run[start:])]
            if len(starting) == 1:
                return names[starting[0]], starting[0]
    return None


def _only_a_street(squeezed: str, name: str) -> bool:
    """Whether each time the name is written it names a road or lane (ถนนมิตรภาพ, ซ.ลาดพร้าว 101):
    Thai roads carry the names of places far off."""
    at = squeezed.find(name)
    while at >= 0:
        if not squeezed.endswith(STREET_MARKS, 0, at):
            return False
        at = squeezed.find(name, at + 1)
    return True


def _tambons_anywhere(typed: str, text: str, marked: str) -> dict[str, str]:
    """The tambons a name marked as one may be, with no province read: Bangkok's for a แขวง, else
    the one it can only be, or the one its district named in the text settles."""
    if marked.startswith("แขวง"):
        return _province_subdistricts(BANGKOK)
    settled = _tambon_by_its_district(typed, text) or BEST_KNOWN_NAMESAKES.get(typed)
    return _tambons_named(typed) or ({typed: settled} if settled else {})


def _tambon_right_after_its_district(text: str, district_code: str) -> str | None:
    """A tambon of the district named right after the district's own name, as a word of its own
    ("ปากเกร็ด ท่าอิฐ", "ศรีราชา บ่อวิน"; not "หาดใหญ่ น้ำน้อยมาก", very little water, nor an everyday word)."""
    district = geothai.district(district_code).name_th.removeprefix("เขต")
    tambons = _subdistricts(district_code)
    for found in re.finditer(re.escape(district) + r"\s+([ก-๙]+)(?=[\s,.!?]|$)", text):
        word = found.group(1)
        if word in tambons and word != district and not _everyday_place(word) and word not in _given_names():
            # (not a dictionary word: ท้อแท้, discouraged; น้ำจืด, fresh water; but the well-known คูคต)
            if word not in thai_words() or word in WELL_KNOWN_TAMBONS:
                return tambons[word]
    return None


def _unmarked_tambon_of(squeezed: str, district_code: str, province_said: str = "") -> str | None:
    """A tambon of the district read, named without its mark. Not one named like the district or province
    ("อยู่หาดใหญ่" is the district), nor one inside their names as written ("อ.กบินทร์บุรี" holds the
    tambon กบินทร์)."""
    district = geothai.district(district_code).name_th.removeprefix("เขต")
    tambons = _subdistricts(district_code)
    known = {district, geothai.province(district_code[:2]).name_th} | ({province_said} if province_said else set())
    # (nor the tambon the district's name starts with: "อ.ตระการ" is ตระการพืชผล, not its tambon ตระการ)
    known |= {name for name in tambons if district.startswith(name)}
    return _unmarked(squeezed, tambons, known, inside_of=known)[0]


# ต or อ with no dot, run into a name after a space or a number: "ตบางม่วง", "ม5ตบ้านกลางอเมืองลำพูน"
BARE_MARK = re.compile(r"(?:^|(?<=[\s\d]))([ตอ])(?=[ก-ฮเ-ไ])")
# where a name read after a bare mark ends: a space, a mark, a number, a polite or place word
BARE_NAME_ENDS = re.compile(r"[\s,.!?()/]|$|\d|[ตอจ](?:\.|[ก-ฮเ-ไ])|ค่ะ|คะ|ครับ|เบอร์|โทร|ซอย|หมู่")


def _dot_bare_marks(text: str) -> str:
    """The text with a dot after ต or อ written bare before the name of a tambon or a district of four
    letters or more ("ตบางม่วง" is ต.บางม่วง; "ตลาด", "ตอน", "อยู่" name none)."""
    if not BARE_MARK.search(text):
        return text
    pieces, last = [], 0
    for mark in BARE_MARK.finditer(text):
        names = _all_subdistricts() if mark.group(1) == "ต" else _bare_district_names()
        if _a_word_from(text, mark.start(), names):
            continue  # "ตลาดใหญ่": the market (or the tambon so named), not ต.ลาดใหญ่
        rest = text[mark.end() : mark.end() + 20]
        if any(rest[:length] in names and BARE_NAME_ENDS.match(rest, length) for length in range(len(rest), 3, -1)):
            pieces += [text[last : mark.end()], "."]
            last = mark.end()
    return "".join(pieces) + text[last:] if pieces else text


def _a_word_from(text: str, at: int, names: dict | frozenset) -> bool:
    """Whether a dictionary word of three letters or more, or a place's name, starts at `at`."""
    return any(text[at : at + length] in thai_words() or text[at : at + length] in names for length in range(3, 12))


@lru_cache(maxsize=1)
def _bare_district_names() -> frozenset[str]:
    return frozenset(name.removeprefix("เขต") for name in _all_districts())


# A car's registration province is where the car is from, not the place: "ทะเบียนกทม", "ทะเบียน กข 1234 ชลบุรี"
@lru_cache(maxsize=1)
def _licence_plate() -> re.Pattern[str]:
    names = sorted((*_provinces(), *PROVINCE_ALIASES), key=len, reverse=True)
    return re.compile(
        r"(?<!ลง)(?<!ขึ้น)ทะเบียน(?:รถ)?\s?(?:\d?[ก-ฮ]{1,2}\s?-?\d{1,4}\s?)?(?:" + "|".join(map(re.escape, names)) + ")"
    )


def find_place(text: str) -> Place | None:
    if "ทะเบียน" in text:
        text = _licence_plate().sub(lambda plate: " " * len(plate.group()), text)
    text = _dot_bare_marks(text)
    squeezed = squeeze(text)
    corrected: list[tuple[str, str]] = []
    house = HOUSE_AT.search(text)
    moo = MOO_AT.search(text)
    soi = SOI_AT.search(text)
    postcode = POSTCODE_AT.search(text)
    province = _province_in(text, squeezed)
    province_code = province[0] if province else None
    confidence = province[2] if province else 0.0
    unmarked_province = bool(province) and not province.marked
    if province and province[2] < 1.0 and province[1] not in PROVINCE_ALIASES:
        name = geothai.province(province_code).name_th
        if name != province[1]:
            corrected.append((province[1], name))

    district_code = None
    district = DISTRICT_AT.search(text)
    if district:
        typed = district.group(1)
        if province_code and PROVINCE_ALIASES.get(typed.removeprefix("เมือง")) == province_code:
            typed = "เมือง"  # "อ.เมืองโคราช": the town district of the province named by its short name
        if typed == "เมือง" and province_code:
            candidates = {n: c for n, c in _districts(province_code).items() if n.startswith("เมือง")}
            district_code = next(iter(candidates.values()), None)
            confidence = max(confidence, 0.9)
        elif province_code:
            names = _districts(province_code)
            picked = _pick(typed, names) or _pick("เมือง" + typed, names)
            if picked:
                district_code = names[picked[0]]
                confidence = min(confidence or 1.0, picked[1])
                if picked[1] < 1.0 and not picked[0].startswith("เมือง" + typed) and picked[0] != "เขต" + typed:
                    corrected.append((typed, picked[0]))
        # no province, or one named unmarked that is not the district's ("อยู่อ.หล่มสัก หนูทำงานอยู่ระยอง"):
        # the district marked as such is the address
        if not district_code and typed != "เมือง" and (not province_code or unmarked_province):
            everywhere = _all_districts()
            picked = _pick(typed, everywhere, cutoff=85)
            if picked and len(everywhere[picked[0]]) == 1:
                district_code = everywhere[picked[0]][0]
                province_code = district_code[:2]
                confidence = picked[1] * 0.9
                if picked[1] < 1.0:
                    corrected.append((typed, picked[0]))

    subdistrict = SUBDISTRICT_AT.search(text)
    # a district right before its own province says more than a province named alone elsewhere
    # ("อยู่กันตัง ตรัง ลูกหลานทำงานภูเก็ต")
    if (
        not district_code
        and (pair := _district_then_its_province(text))
        and (
            pair.startswith(province_code or "") or (unmarked_province and _pair_is_the_place(text, pair, subdistrict))
        )
    ):
        district_code, province_code = pair, pair[:2]
        confidence = max(confidence, 0.8)

    subdistrict_code = None
    if subdistrict:
        typed = subdistrict.group(1)
        if province_code and not district_code:
            # "ต.หนองปรือ บางละมุง ชลบุรี": the district named without its mark says which หนองปรือ
            unmarked, _ = _unmarked(squeezed, _districts(province_code), (typed,))
            if unmarked and typed in _subdistricts(unmarked):
                district_code = unmarked
        if district_code:
            names = _subdistricts(district_code)
        elif province_code:
            names = _province_subdistricts(province_code)
        else:
            names = _tambons_anywhere(typed, text, subdistrict.group(0))
        picked = _pick(typed, names, cutoff=70 if district_code else 80)
        if not picked and unmarked_province and not district:
            # "ต.โพธิ์ชัย … ทำงานอยู่กรุงเทพ": the tambon marked as such, not the province named in passing
            names = _tambons_anywhere(typed, text, subdistrict.group(0))
            picked = _pick(typed, names, cutoff=80)
            province_code = names[picked[0]][:2] if picked else province_code
            if not picked and len(_places_sharing_the_name(typed, None)) > 1:
                province_code = None  # several tambons of the name, none there: ask which, not the province
        if (
            picked
            and not district_code
            and province_code
            and len(_places_sharing_the_name(picked[0], province_code)) > 1
        ):
            picked = None  # "ต.ผาสุก จ.อุดรธานี": two of them in the province, to ask which (not the first)
        if picked:
            subdistrict_code = names[picked[0]]
            district_code = district_code or subdistrict_code[:4]
            province_code = province_code or subdistrict_code[:2]
            confidence = min(confidence or 1.0, picked[1])
            if picked[1] < 1.0:
                corrected.append((typed, picked[0]))
    if province_code and not district_code:
        district_code, typed = _cut_short(text, _districts(province_code)) or _unmarked(
            squeezed, _districts(province_code), ()
        )
        if not district_code:
            district_code, typed = _short_name_of_a_district(squeezed, province_code)
        confidence = min(confidence or 1.0, 0.8) if district_code else confidence
    if province_code and not district_code and not subdistrict:
        known = {geothai.province(province_code).name_th, province[1] if province else ""}
        subdistrict_code, typed = _unmarked(squeezed, _province_subdistricts(province_code), known, shortest=5)
        subdistrict_code = subdistrict_code or _short_tambon_after_at(text, province_code)
        district_code = subdistrict_code[:4] if subdistrict_code else None
    elif district_code and not subdistrict_code and not subdistrict:
        subdistrict_code = _unmarked_tambon_of(squeezed, district_code, province[1] if province else "")
    if not province_code and not district and not subdistrict and moo and (code := _best_known_after_moo(text, moo)):
        subdistrict_code, district_code, province_code, confidence = code, code[:4], code[:2], 0.6
    if not province_code and not district and not subdistrict and (code := _unmarked_district(squeezed, text)):
        district_code, province_code, confidence = code, code[:2], 0.6
        subdistrict_code = _tambon_right_after_its_district(text, code)  # "ศรีราชา บ่อวิน"
    if (
        not province_code
        and not district
        and not subdistrict
        and (code := _tambon_after_at(text) or _tambon_at_the_end(text))
    ):
        subdistrict_code, district_code, province_code, confidence = code, code[:4], code[:2], 0.6
    if (
        not subdistrict_code
        and not subdistrict
        and (code := _tambon_of_a_council(text))
        and code.startswith(district_code or province_code or "")
    ):
        subdistrict_code, district_code, province_code, confidence = code, code[:4], code[:2], max(confidence, 0.7)
    if not province_code and (code := _foreign_place(text)):
        thai = _thai_name_among_foreign_words(text, None)
        if thai and not thai.startswith(code[:2]):
            code = thai  # a Thai name written out is the address, over a town named in passing
        if len(code) == 2:  # a Thai district written in a Burmese or Lao message: "ဘန်ကောက် บางนา"
            code = _unmarked(squeezed, _districts(code), ())[0] or code
        if len(code) <= 4 and BURMESE_WORD.search(text):
            anchors = _burmese_anchors(text, code[:2])
            if len(code) == 2:  # or in Burmese: "ဘန်ကောက် ဒွန်မောင်း"
                code = burmese_township(text, code) or burmese_place_within(text, code, anchors) or code
            if len(code) == 2:  # a tambon of its town: "ရနောင်း ပါကနမ်"
                code = burmese_town_tambon(text, code, anchors) or code
            if len(code) == 4:  # and its tambon after it: "မဲဆောက် ထာဆိုင်လွတ်"
                code = burmese_tambon_within(text, code, anchors) or code
        if len(code) <= 4 and _LATIN.search(text):
            code = roman_tambon_within(text, code) or code  # "Tambon Nai Mueang, Khon Kaen": one of many, one here
        province_code = code[:2]
        district_code = code[:4] if len(code) >= 4 else None
        subdistrict_code = code if len(code) == 6 else None
        confidence = 0.7
    elif (
        not subdistrict_code
        and _LATIN.search(text)
        and (finer := _finer_in_latin(text, district_code or province_code))
    ):
        district_code, subdistrict_code = finer[:4], finer if len(finer) == 6 else None
        confidence = min(confidence, 0.7)
    if not subdistrict_code and (finer := _thai_name_among_foreign_words(text, district_code or province_code)):
        # "แม่ปะ မှာ ...", "ท่าฉลอม มหาชัย": a Thai place name set in a Burmese, Lao or English message
        province_code, district_code = finer[:2], finer[:4] if len(finer) >= 4 else district_code
        subdistrict_code = finer if len(finer) == 6 else None
        confidence = 0.7
    if (
        not subdistrict_code
        and province_code
        and (tambon := _foreign_tambon_within(text, district_code or province_code))
    ):
        # "ระยอง မာပ်တာဖွတ်": a tambon migrants name in their own script, inside the place read in Thai
        subdistrict_code, district_code = tambon, tambon[:4]
        confidence = min(confidence or 1.0, 0.7)
    if (
        not subdistrict_code
        and province_code
        and district_code in (None, mueang_district(province_code))
        and _in_the_town_of(text, province_code)
        and (tambon := _town_centre(province_code))
    ):  # "ຢູ່ໃນເມືອງອຸບົນ": in the town of Ubon, its tambon ในเมือง
        subdistrict_code, district_code = tambon, tambon[:4]
        confidence = min(confidence or 1.0, 0.7)
    if (
        not subdistrict_code
        and LAO_LETTER.search(text)
        and (tambon := best_known_tambon(text))
        and tambon.startswith(district_code or province_code or "")
    ):  # "ຢູ່ມະຫາໄຊ", "ຫາດນາເກືອ ບາງລະມຸງ"
        subdistrict_code, district_code, province_code = tambon, tambon[:4], tambon[:2]
        confidence = min(confidence or 1.0, 0.7)
    if (
        not subdistrict_code
        and not subdistrict
        and (tambon := _tambon_after_place_word(text))
        and tambon.startswith(district_code or province_code or "")
    ):
        subdistrict_code, district_code, province_code = tambon, tambon[:4], tambon[:2]
        confidence = min(confidence or 1.0, 0.7)
    if not subdistrict_code and not subdistrict and (tambon := _tambon_before_its_district(text)):
        named_like_the_province = province_code and geothai.province(province_code).name_th == (
            geothai.subdistrict(tambon).name_th
        )  # "ที่อ่างทอง เกาะสมุย": the tambon of Samui, not the province
        if (
            named_like_the_province
            or tambon.startswith(district_code or province_code or "")
            or _same_name_elsewhere(tambon[:4], district_code, marked=bool(district or (province and province.marked)))
        ):
            subdistrict_code, district_code, province_code = tambon, tambon[:4], tambon[:2]
            confidence = min(confidence or 1.0, 0.7)
    if postcode and not province_code:
        found = geothai.by_postal_code(postcode.group(1))
        if found:
            province_code = found[0].province_code
            confidence = 0.6
    one: str | None = None
    choices: tuple[str, ...] = ()
    if subdistrict and not subdistrict_code:
        one, choices = _one_or_several(_places_sharing_the_name(subdistrict.group(1), district_code or province_code))
    if not subdistrict_code and not one and not choices and _LATIN.search(text):
        choices = roman_choices(text, district_code or province_code)
    if not province_code and not one and not choices:
        choices = _thai_tambon_choices_among_foreign_words(text)
    if not subdistrict_code and not one and not choices and any(mark in text for mark in LAO_TAMBON_MARKS):
        one, choices = _one_or_several(_lao_marked_tambon(text, district_code or province_code))  # ຕ.ບ້ານເລື່ອມ
    if one:
        subdistrict_code, district_code, province_code = one, one[:4], one[:2]
    if not any((house, moo, soi, postcode, province_code, choices)):
        return None
    return Place(
        house_number=house.group(1) if house else None,
        moo=moo.group(1) if moo else None,
        soi=soi.group(1) if soi else None,
        postcode=postcode.group(1) if postcode else None,
        subdistrict_code=subdistrict_code,
        district_code=district_code,
        province_code=province_code,
        confidence=round(confidence, 2),
        corrected=tuple(corrected),
        subdistrict_choices=choices,
    )


# -- intent --------------------------------------------------------------------------------------

GREETINGS = (
    "สวัสดี",
    "หวัดดี",
    "ดีค่ะ",
    "ดีครับ",
    "ดีจ้า",
    "สบายดี",
    "ฮัลโหล",
    "hello",
    "hi",
    "hey",
    "goodmorning",
    "goodafternoon",
    "goodevening",
    "sawasdee",
    "sawatdee",
    "sabaidee",
    "mingalarpar",
    "mingalaba",
    "မင်္ဂလာပါ",
    "ဟယ်လို",
    "มิงกะลาบา",
    "ສະບາຍດີ",
    "ทดสอบ",
    "test",
    "555",
    # thanks and an ok, said alone
    "ขอบคุณ",
    "ขอบใจ",
    "thank",
    "ok",
    "โอเค",
    "รับทราบ",
    "ดีค่า",
    "ดีคับ",
    "ကျေးဇူး",
    "ဟိုင်း",
    "ຂອບໃຈ",
)
# After a hello, thanks or a question about the language spoken still make a greeting.
SMALL_TALK = (
    "ขอบคุณ",
    "thank",
    "ขอคุยกับเจ้าหน้าที่",
    "คุยกับเจ้าหน้าที่",
    "talktostaff",
    "ကျေးဇူး",
    "ຂອບໃຈ",
    "english",
    "ภาษา",
    "မြန်မာလို",
    "ພາສາ",
)
# Taking a report back: "ขอยกเลิกเรื่องที่แจ้ง", "cancel my report", "ຂໍຍົກເລີກ", "ဖျက်ပေးပါ" (delete it,
# please), "ရုပ်သိမ်း" (withdraw). ยกเลิก alone may be a benefit someone lost: only these forms count.
CANCEL_AT = re.compile(
    r"^(?:แจ้ง|รบกวน|ขอ)?ยกเลิก|ขอยกเลิก|ยกเลิก(?:เรื่อง|การแจ้ง|แจ้ง|เคส|คำร้อง|คำขอ)|ถอนเรื่อง|แจ้งผิด|ยกเลิกได้|^ไม่ต้องแล้ว|หยุดส่งข้อความ"
    r"|^stop$|ဖျက်ချင်|မလိုတော့|^ບໍ່ເອົາແລ້ວ"
    r"|^cancel|(?:cancel|withdraw)(?:the|my|this|our)?(?:earlier|previous|last|old)?(?:report|case|request)"
    r"|^(?:ຂໍ)?ຍົກເລີກ|ຂໍຍົກເລີກ|ຍົກເລີກ(?:ເລື່ອງ|ແດ່)|ဖျက်ပေး|ရုပ်သိမ်း|ပယ်ဖျက်"
)
# Asking after a report made earlier: its progress, or a report mentioned with "yet?"
TRACK_PHRASES = (
    "ถึงไหน",
    "ยังไม่มีใครติดต่อ",
    "ตามเรื่อง",
    "ติดตามเรื่อง",
    "ความคืบหน้า",
    "ถึงขั้นไหน",
    "สถานะเป็น",
    "สถานะเรื่อง",
    "เลขเคส",
    "เรื่องยังอยู่ไหม",
    "ยังเงียบ",
    "myreport",
    "whathappened",
    "anyupdate",
    "updateon",
    "casenumber",
    "ຕິດຕາມ",
    "update",
    "followingup",
    "ติดตามเคส",
    "ยังไม่เห็นมา",
    "ໄປຮອດໃສ",
    "ขอติดตาม",
    "followup",
    "anynews",
    "callmeback",
    "calledmeback",
)
REPORTED_BEFORE = re.compile(
    r"(?:แจ้ง|ส่ง)(?:เรื่อง|เหตุ|เอกสาร)?.{0,30}?(?:ไว้|ไป(?:ตั้งแต่|เมื่อ|แล้ว|\d))|ที่ขอไป|ที่แจ้ง|ที่ส่งไป"
    r"|ที่(?:ผม|หนู|ฉัน|เรา|ดิฉัน)แจ้ง|(?:ยื่น|ขอ).{0,20}?(?:ไป|ไว้)"
    r"|(?:แจ้ง|เคส).{0,40}?(?:เมื่อวาน|เมื่อเช้า|วานซืน|ที่แล้ว)|(?:เมื่อวาน|เมื่อเช้า).{0,10}?แจ้ง"
    r"|(?:i|we)(?:reported|sentareport|madeareport|filed|sentinfo)|reported(?:last|yesterday|on|\d)"
    r"|ທີ່ແຈ້ງ|ແຈ້ງ.{0,20}?(?:ໄວ້|ໄປ|ມື້ວານ|ອາທິດກ່ອນ)|တိုင်ထား|ပို့ထား|ပြောထား"
)
STILL_WAITING = (
    "หรือยัง",
    "เมื่อไหร่",
    "เมื่อไร",
    "วันไหน",
    "ยังไม่มี",
    "ไม่มีใครมา",
    "yet",
    "noreply",
    "ແລ້ວບໍ່",
    "ເປັນແນວໃດ",
    "ຍັງບໍ່ມີໃຜ",
    "ဖြစ်သွားလဲ",
    "မလာသေး",
    "ပြီလား",
    "မဆက်သေး",
    "ဘယ်နေ့",
    "ຫຼືຍັງ",
    "ได้ยัง",
    "ผ่านยัง",
    "ไม่มีใครโทร",
    "ไม่มีใครติดต่อ",
    "whathappened",
    "didthe",
    "didanyone",
    "didsomeone",
)
VOLUNTEER_PHRASES = ("สมัครเป็นอพม", "สมัครอพม", "เป็นอาสาสมัคร", "สมัครอาสา", "tovolunteer", "beavolunteer")
# Offering to help: a wish to volunteer, not a volunteer reporting ("จิตอาสาชุมชนครับ ดูแลผู้ป่วย...").
VOLUNTEER_AT = re.compile(
    r"(?:อยาก|สนใจ)(?:จะ)?(?:เป็น|ช่วยงาน|ทำ|ร่วม)?(?:จิต)?อาสา|(?:เป็น|ทำ|ช่วยงาน|เรื่อง)จิตอาสา|ช่วยงานอาสา"
    r"|สมัคร(?:เป็น)?(?:จิต)?อาสา|ลงชื่อ(?:เป็น)?(?:จิต)?อาสา|อยาก(?:ไป)?ช่วย.{0,40}?(?:ลงชื่อ|อบรม|สมัคร)|(?:อยาก|ຢາກ)(?:จะ)?(?:สมัคร)?(?:เป็น|ເປັນ)(?:อสม|อพม|ອສມ|ອພມ)"
    r"|(?:อสม|อพม)\.?ဖြစ်ချင်|volunteerလုပ်ချင်"
    r"|ຢາກເປັນອາສາ|ຢາກຊ່ວຍງານ|စေတနာ့ဝန်ထမ်း.{0,30}?(?:လုပ်ချင်|ဝင်ချင်|လုပ်လို့ရ)|ကူညီချင်.{0,20}?လျှောက်"
)
ENGLISH_VOLUNTEER = re.compile(
    r"\b(?:can|could|want|wants|like|love|how|do)(?: (?:i|we|you|they|expats|foreigners|students|people))?"
    r" (?:to )?volunteer\b|\bvolunteer(?:ing)? (?:days?|opportunit\w+|work)\b|\bbecome a volunteer\b"
    r"|\bsign (?:up|on) as (?:a )?volunteers?\b|\bbecome (?:an? )?(?:อสม|อพม)"
)
QUESTION_MARKS = (
    "เท่าไหร่",
    "เท่าไร",
    "ที่ไหน",
    "ยังไง",
    "อย่างไร",
    "กี่โมง",
    "เบอร์อะไร",
    "ขอเบอร์",
    "ไหมคะ",
    "วันไหน",
    "เมื่อไหร่",
    "เมื่อไร",
    "?",
    "ແນວໃດ",
    "ຢູ່ໃສ",
    "ເທົ່າໃດ",
    "ໄດ້ບໍ່",
    "ရလား",
    "ရှိလား",
    "ရမလဲ",
    "လိုလဲ",
    "ตรงไหน",
    "แบบไหน",
    "หน่วยไหน",
    "ไหนคะ",
    "ไหนครับ",
    "ไหนได้",
    "ไหนบ้าง",
    "อะไรบ้าง",
    "คืออะไร",
    "ไหมครับ",
    "ได้ไหม",
    "ได้มั้ย",
    "มั้ยคะ",
    "มั้ยครับ",
    "หรือเปล่า",
    "รึเปล่า",
    "กี่บาท",
    "ຫຍັງແດ່",
    "ມື້ໃດ",
    "ແມ່ນເບີຫຍັງ",
    "ได้ยัง",
    "ทำไม",
    "ขอถาม",
    "อยากทราบ",
    "อยากถาม",
    "อยากรู้ว่า",
    "กี่ขวบ",
    "กี่ปี",
    "ເບີໃດ",
    "อะไรคะ",
    "อะไรครับ",
)
# A Lao question ends with ບໍ່ ("...ບໍ່"): inside a sentence the same word is "not".
QUESTION_ENDINGS = ("ບໍ່", "ບໍ", "ຫຍັງ")
# Asking what to do for someone in general, or about a case in the news: advice, not a report.
ASKING_FOR_OTHERS = (
    "ควรพูด",
    "อ่านข่าว",
    "ในข่าว",
    "shouldisay",
    "shouldido",
    "howcanihelpafriend",
    "inthenews",
    "ຄວນເວົ້າ",
    "ອ່ານຂ່າວ",
    "သတင်း",
    "ဘယ်လိုကူညီရမလဲ",
    # whether a kind of person may ask here at all: "can non-Thai people get help from this service?"
    "thisservice",
    "project",
    "howcanisupport",
    "ถ้าเห็น",
    "ถ้าเจอ",
    "ຖ້າເຫັນ",
    "nonthai",
    "ຢູ່ນີ້ໄດ້ບໍ່",
    "ဒီကိုအကူအညီ",
)
WELFARE_WORDS = (
    "เบี้ย",
    "บัตรคนจน",
    "บัตรสวัสดิการ",
    "เงินอุดหนุน",
    "เปิดกี่โมง",
    "เบอร์",
    "ลงทะเบียน",
    "allowance",
    "benefit",
    "documents",
    "apply",
    "shelter",
    "interpreter",
    "translator",
    "บ้านพักฉุกเฉิน",
    "ยื่นที่",
    "ເບ້ຍ",
    "ບັດ",
    "ເອກະສານ",
    "ບ້ານພັກ",
    "ຄົນແປ",
    "ဘာသာပြန်",
    "ကတ်",
    "บัตรคนพิการ",
    "ทำบัตร",
    "เอกสาร",
    "ขึ้นทะเบียน",
    "สวัสดิการ",
    "สงเคราะห์",
    "กองทุน",
    "ทุน",
    "สายด่วน",
    "บ้านพักคนชรา",
    "welfare",
    "hotline",
    "disabilitycard",
    "qualify",
    "eligible",
    "မွေးစာရင်း",
    "စာရွက်စာတမ်း",
    "ထောက်ပံ့ကြေး",
    "ແຈ້ງເກີດ",
    "ສາຍດ່ວນ",
    "ມີສິດ",
    "ฟรี",
    "มีศูนย์",
    "เบอร์ไหน",
    "ເບີໃດ",
    "whatnumber",
    "numbertocall",
    "เตียงลม",
    "နံပါတ်",
)
NEED_WORDS = ("อยากได้", "ต้องการ", "ไม่มี", "ไม่ได้", "ช่วย", "ขึ้นทะเบียนคนพิการ", "ຢາກໄດ້")
# Words that name reporting itself: asking how to report starts one ("how can i report a case?").
# An address given: ต.ท่าอิฐ, อ.เมือง (not the ต. of อบต.)
ADDRESS_GIVEN = re.compile(r"(?<![ก-๙])(?:ต\.|ตำบล|อ\.|อำเภอ|แขวง|เขต)\s?[ก-๙]{2,}")
# Asking where or how to get, register or apply for something: "ขอรถเข็นได้ที่ไหน"
WHERE_TO_GET = re.compile(
    r"(?:ขอ|ยืม|ทำบัตร|ต่อบัตร|สมัคร|ยื่น|ลงทะเบียน|ขึ้นทะเบียน|รับ).{0,25}?(?:ที่ไหน|ตรงไหน|หน่วยไหน|ยังไง|อย่างไร)"
)
REPORT_WORDS = ("report", "แจ้งเรื่อง", "แจ้งเหตุ", "ແຈ້ງເລື່ອງ", "တိုင်", "ช่วยด้วย", "ຊ່ວຍແດ່", "ကယ်ပါ")
REPORT_PHRASES = ("แจ้ง", "ช่วย", "ขอความช่วยเหลือ", "ปรึกษา", "help", "report", "ຊ່ວຍ", "ແຈ້ງ", "အကူအညီ", "ကူညီ", "တိုင်")


def find_intent(
    squeezed: str,
    group: Finding | None,
    danger: Danger | None,
    text: str,
    *,
    learnt: Finding | None,
    phones: tuple[str, ...],
) -> str:
    """What the message asks for: its words' reading (_intent_in_words), then the learnt intent model's
    where the words are unsure (learnt_intent), never over a danger read or a command word. `phones`
    are the text's, found once."""
    command = command_word(squeezed)
    contact = bool(phones or ADDRESS_GIVEN.search(text))
    ruled = _intent_in_words(squeezed, group, danger, text, learnt=learnt, command=command, contact=contact)
    if danger is None and command is None:
        return learnt_intent(text, ruled, someone=group is not None, contact=contact)
    return ruled


def _intent_in_words(
    squeezed: str,
    group: Finding | None,
    danger: Danger | None,
    text: str,
    *,
    learnt: Finding | None,
    command: str | None,
    contact: bool,
) -> str:
    """What the message asks for, read from its words. `group` is the group the words say; `learnt` the
    one the learnt model adds when it is sure: a message about someone the model places in a group is a
    report, not a question about something else nor "unknown" (English, Burmese and Lao have fewer group
    words than Thai: "is there emergency money? my family has no rice"). `contact`: a phone or an
    address is given."""
    for name, short in (("ศูนย์ช่วยเหลือสังคม", "ศูนย์"), ("เงินช่วยเหลือ", "เงินอุดหนุน"), ("ทุนช่วยเหลือ", "ทุน")):
        squeezed = squeezed.replace(name, short)  # a benefit's name, not a cry for help
    if danger is not None:
        return "report"
    if command in ("cancel", "track", "volunteer"):
        return command
    if CANCEL_AT.search(squeezed):
        return "cancel"
    if any(phrase in squeezed for phrase in VOLUNTEER_PHRASES) or VOLUNTEER_AT.search(squeezed):
        return "volunteer"
    if ENGLISH_VOLUNTEER.search(text):
        return "volunteer"
    if any(phrase in squeezed for phrase in TRACK_PHRASES) or _asks_after_a_report(squeezed):
        return "track"
    asks = any(mark in squeezed for mark in QUESTION_MARKS) or squeezed.endswith(QUESTION_ENDINGS)
    welfare = any(word in squeezed for word in WELFARE_WORDS) or bool(WHERE_TO_GET.search(squeezed))
    needs = any(word in squeezed for word in NEED_WORDS)
    # with a phone number or an address given, a question about benefits is for someone to visit
    if asks and ((welfare and not needs and not contact) or any(word in squeezed for word in ASKING_FOR_OTHERS)):
        return "question"  # about benefits, the center or what to do in general: answered, no report
    reports = any(phrase in squeezed for phrase in REPORT_PHRASES)
    if _a_greeting(squeezed) and group is None and not reports:
        return "greeting"
    if asks and group is None and learnt is None and not any(word in squeezed for word in REPORT_WORDS):
        return "unknown"  # a question about something else: the help message
    if command == "report" or group is not None or learnt is not None:
        return "report"
    if squeezed and not any(char.isalnum() for char in squeezed):
        return "greeting"  # an emoji or a sticker-like line
    if reports or len(squeezed) >= 15:
        return "report"  # a sentence about someone: a report, its group asked
    return "unknown"


def _asks_after_a_report(squeezed: str) -> bool:
    return bool(REPORTED_BEFORE.search(squeezed)) and any(word in squeezed for word in STILL_WAITING)


def _a_greeting(squeezed: str) -> bool:
    """A hello, maybe with thanks or "do you speak English?", and nothing said about anyone."""
    if not squeezed.startswith(GREETINGS):
        return False
    return len(squeezed) <= 30 or (len(squeezed) <= 60 and any(word in squeezed for word in SMALL_TALK))


@lru_cache(maxsize=512)
def understand(raw: str) -> Understanding:
    """Everything the text says that a report needs. Never raises on any input. Pure and cached:
    the handler asks about one message more than once (danger first, then what it is)."""
    text = normalise(raw[:5000])
    squeezed = squeeze(text)
    danger = find_danger(text, squeezed)
    if danger is None:
        danger = urgent_cry(raw, lambda bare: command_word(bare) == "report")
    age = find_age(text)
    ruled = find_group(squeezed, int(age.value) if age else None, text, danger) or group_of_danger(danger)
    group = learnt_group(text, ruled, int(age.value) if age else None)
    language = language_of(text) or "th"
    danger = weigh_danger(danger, text, str(group.value) if group else None, language)
    sure = group if group is not None and (group is ruled or group.confidence >= INTENT_MODEL_SURE) else None
    phones = find_phones(text)
    intent = find_intent(squeezed, ruled, danger, text, learnt=sure, phones=phones)
    reporting = intent == "report"
    return Understanding(
        language=language,
        intent=intent,
        group=group if reporting else None,
        danger=danger,
        age=age,
        phones=phones,
        reporter=find_reporter(squeezed, text) if reporting else None,
        place=find_place(text),
    )
