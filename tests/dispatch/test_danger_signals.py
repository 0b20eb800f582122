"""Danger in free text (dispatch/danger_signals.py), through understand() as the handler asks it:
how people build it, in four languages, and what takes it back (negation, the past, safe now)."""

from __future__ import annotations

import pytest

from dispatch.danger_signals import find_danger
from dispatch.understanding import normalise, squeeze, understand


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


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # someone who cannot find their way home, gone now
        ("พ่อเป็นสมองเสื่อม เดินออกจากบ้านไปตั้งแต่เที่ยง ยังหาไม่เจอ", "missing"),
        ("ยายอายุ 84 ออกไปเก็บผักแล้วยังไม่กลับ ตอนนี้สามทุ่มแล้ว", "missing"),
        ("ลูกชายออทิสติก 6 ขวบ วิ่งออกไปนอกหมู่บ้าน ตามหาอยู่", "child"),
        ("ພໍ່ຕູ້ຂີ້ຫຼົງຂີ້ລືມ ອອກຈາກເຮືອນແຕ່ເຊົ້າ ຊອກບໍ່ພົບ", "missing"),
        ("အဘွား သူငယ်ပြန်နေတယ် မနက်က ထွက်သွားပြီး ပြန်မလာဘူး", "missing"),
        ("my uncle has alzheimers and wandered off from the market 3 hours ago", "missing"),
        # water
        ("ลุงตกลงไปในบ่อปลา ตะโกนเรียกแล้วไม่ขึ้นมาเลย", "medical"),
        ("รถกระบะพุ่งลงคลองข้างถนน คนยังอยู่ในรถ", "medical"),
        ("น้ำขึ้นเร็วมาก ยายนอนติดเตียงอยู่ชั้นล่าง ย้ายไม่ได้", "medical"),
        ("ນ້ຳຖ້ວມສູງແລ້ວ ພໍ່ພິການ ຍ້າຍອອກບໍ່ໄດ້", "medical"),
        ("a boy fell into the canal near the school and cant swim", "medical"),
        # stroke now, breath, poison, a blow to the head
        ("แม่ปากเบี้ยว พูดไม่ชัด เพิ่งเป็นเมื่อครู่", "medical"),
        ("ແມ່ປາກບ້ຽວ ເວົ້າບໍ່ຊັດ ຫາກໍ່ເປັນ", "medical"),
        ("grandpa suddenly cant speak properly and his face is drooping", "medical"),
        ("ลุงนอนติดเตียง ริมฝีปากม่วง ออกซิเจนวัดได้ 78", "medical"),
        ("หลานกลืนถ่านนาฬิกาเข้าไป ร้องไห้ไม่หยุด", "medical"),
        ("ยายหัวฟาดพื้นห้องน้ำ ตอนนี้อ้วกแล้วง่วงซึม", "medical"),
        ("the toddler swallowed a magnet and is turning blue", "medical"),
        # on an edge, farewell
        ("ตอนนี้นั่งอยู่บนสะพานแล้ว ขอโทษทุกคนนะ", "suicide"),
        ("แฟนโพสต์ว่าลาก่อน แล้วปิดเครื่องไป", "suicide"),
        ("im standing on the roof of my dorm, sorry mom", "suicide"),
        ("ເພື່ອນໂພສວ່າລາກ່ອນທຸກຄົນ ແລ້ວປິດໂທລະສັບ", "suicide"),
        # violence heard or seen now, held against their will
        ("ได้ยินเสียงตบกับเสียงผู้หญิงร้องจากห้องข้างๆ", "attack"),
        ("ผัวจับหัวเมียกระแทกกับกำแพง", "attack"),
        ("มีคนเอาน้ำมันสาดใส่แฟนแล้วถือไฟแช็ก", "attack"),
        ("หนูแอบพิมพ์อยู่ในห้องน้ำ เขาขังไว้", "attack"),
        ("ຍິນສຽງຕີ ແລະ ເດັກຮ້ອງຢູ່ເຮືອນຂ້າງ", "attack"),
        ("ယောက်ျားက ရေနွေးနဲ့ ပက်လိုက်တယ်", "attack"),
        ("a gang of teens is kicking a man, he is being kicked on the ground", "attack"),
        # a child on the wrong side of the rail
        ("เด็กเล็กปีนออกไปนอกหน้าต่างชั้น 6 ไม่มีผู้ใหญ่อยู่", "child"),
        ("a toddler is sitting on the balcony railing, nobody home", "child"),
        # animals
        ("ตาโดนช้างป่าเหยียบที่ไร่ข้าวโพด", "medical"),
    ],
)
def test_danger_in_the_wording_of_newer_writers(message, kind):
    assert kind in kinds(message)


@pytest.mark.parametrize(
    "message",
    [
        # negation at a distance
        "น้องเครียดเรื่องเรียน ไม่ได้พูดว่าจะทำร้ายตัวเอง แต่อยากให้มีคนคุยด้วย",
        "พ่อขี้บ่นแต่ไม่เคยมีท่าทีทำร้ายใคร",
        "my brother is sad but not talking about hurting himself",
        "ကျွန်တော် သေချင်တာ မဟုတ်ပါဘူး အလုပ်ရှာချင်တာပါ",
        # the past and treated, a lasting condition
        "ลูกตกจักรยานหัวแตกเมื่อวาน ไปเย็บมาแล้ว อยากขอค่ารถไปตัดไหม",
        "พ่อปากเบี้ยวพูดไม่ชัดมาหลายปีแล้ว เป็นอัมพฤกษ์ อยากได้รถเข็น",
        "ลุงขาขาดจากรถชน อยากได้ขาเทียม",
        "grandma fell down last week, x-ray says nothing broken, she is walking fine",
        # a story, a question, a dying wish
        "ถ้าลูกพูดว่าอยากตาย พ่อแม่ควรตอบยังไง",
        "เห็นข่าวเด็กถูกทิ้งในรถ อยากรู้ว่าจะป้องกันยังไง",
        "ยายป่วยระยะสุดท้าย บอกว่าอยากตายที่บ้าน ขอพยาบาลมาเยี่ยม",
        "my dad has cancer and wants to die at home, can a nurse visit",
        "ຖ້າລູກເວົ້າວ່າຢາກຕາຍ ຂ້ອຍຄວນເຮັດແນວໃດ",
        # an earlier report that is over
        "แจ้งยกเลิกค่ะ ยายที่หายไปกลับมาบ้านแล้ว",
        "ที่แจ้งไว้เรื่องผัวทำร้าย ตอนนี้ย้ายไปอยู่กับแม่แล้ว ปลอดภัย",
        # left in someone's care is not left alone
        "แม่ไปทำงานต่างจังหวัด ทิ้งไว้กับยาย ขอทุนการศึกษาให้หลาน",
        # someone who cannot find their way home, found
        "ตาเป็นอัลไซเมอร์ ออกจากบ้านไปเมื่อเช้า ตอนนี้เจอแล้ว",
    ],
)
def test_danger_said_of_no_one_now_is_calm(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        # English: lying on the floor, a broken hip, the chest, a stroke, water, a road or a railway
        ("my aunt fell in the bathroom last night and couldnt get up, she is cold now", "medical"),
        ("found him lying on the kitchen floor, been there for hours he says", "medical"),
        ("grandma slipped, she says her hip is broken and screams when we move her", "medical"),
        ("the man at the bus stop is clutching his chest and sweating", "medical"),
        ("dad suddenly cant see from one eye and his words came out wrong", "medical"),
        ("the boy went under at the reservoir and hasnt come up", "medical"),
        ("an old man in a wheelchair is stuck on the railway crossing and a train is due", "medical"),
        ("the water is rising fast and my mother is bedridden, we cant carry her", "medical"),
        ("my uncle seized for ten minutes and the fit wont stop", "medical"),
        ("the baby is going purple and grabbing her throat", "medical"),
        ("an old woman is wandering along the highway, confused, trucks everywhere", "medical"),
        # English: a farewell with a way to die, a threat now, a child alone
        ("i dont want to be alive anymore. rope is ready. i just wanted someone to know", "suicide"),
        ("she texted goodbye and thanks for everything and now she is not answering", "suicide"),
        ("someone is standing on the outside of the bridge railing", "suicide"),
        ("he sent a photo of a pile of pills and wrote sorry", "suicide"),
        ("some men are beating a homeless guy outside the market", "attack"),
        ("her drunk father is at the gate trying to drag her home", "attack"),
        ("a 3 year old is locked in a car in the sun", "child"),
        ("a 4 yr old is climbing the balcony railing, parents not home", "child"),
        # Lao and Burmese
        ("ພໍ່ເຖົ້າລົ້ມຢູ່ເດີ່ນ ຢືນບໍ່ໄດ້ ນອນຢູ່ນັ້ນຕັ້ງແຕ່ເຊົ້າ", "medical"),
        ("ແມ່ຕູ້ຈັບໜ້າເອິກ ເຫື່ອອອກຫຼາຍ", "medical"),
        ("ນ້ອງຊັກມາຫ້ານາທີແລ້ວບໍ່ເຊົາ", "medical"),
        ("ເດັກນ້ອຍຈົມລົງໄປໃນໜອງ ບໍ່ເຫັນຂຶ້ນມາ", "medical"),
        ("ຜູ້ຊາຍຖືພ້າໄລ່ຟັນເມຍຢູ່ໜ້າເຮືອນ", "attack"),
        ("ເດັກນ້ອຍຍ່າງຢູ່ຖະໜົນຄົນດຽວ ລົດແລ່ນໄວ", "child"),
        ("ເພື່ອນໂພສຮູບເຊືອກ ແລ້ວບໍ່ຮັບໂທລະສັບ", "suicide"),
        ("အဘွား ရင်ဘတ်ကိုင်ပြီး ချွေးတွေ ထွက်နေတယ်", "medical"),
        ("ကလေး ရေကန်ထဲ နစ်သွားပြီး ပြန်မပေါ်လာဘူး", "medical"),
        ("ဘေးအိမ်က ရိုက်သံတွေ ကြားနေရတယ်", "attack"),
        ("အမေ မှတ်ဉာဏ်ချို့ယွင်းတယ် မနက်ကတည်းက ထွက်သွားပြီး ပြန်မလာဘူး", "missing"),
        ("ngar ko dar kai htar tal", "attack"),
        # Thai: farewells, wandering in traffic, fallen for hours, a drunk or raging person with a knife
        ("พี่ส่งไลน์มาบอกลาแม่ แล้วโทรไม่ติดเลย", "suicide"),
        ("ขอบคุณที่เคยช่วยนะ ตอนนี้อยู่บนดาดฟ้า", "suicide"),
        ("ตาเป็นอัลไซเมอร์ เดินงงๆอยู่กลางถนน รถวิ่งผ่านเยอะมาก", "missing"),
        ("ยายล้มในห้องน้ำตั้งแต่เช้า เรียกแล้วตอบเสียงเบา", "medical"),
        ("ผมเป็นอัมพาต ตกเตียงนอนอยู่บนพื้นมาสองชั่วโมงแล้ว", "medical"),
        ("ลุงเมาคลั่งถือมีดพร้า ตะโกนจะฟันเมีย", "attack"),
        ("พ่อเมามารับลูกที่โรงเรียน จะพาเด็กซ้อนมอไซค์ไป", "child"),
        ("เด็กๆ อยู่บ้านกันเองมาสามวันแล้ว ไม่มีข้าวกิน", "child"),
        # locked in by an employer, a farewell and then silence, no answer through a door
        ("the boss took our passports and locks the gate at night, we cant leave", "attack"),
        ("my sister wrote this is my last post, sorry everyone, and went offline", "suicide"),
        ("he locked himself in his room an hour ago, no sound, and he has razors", "suicide"),
        ("a man is sitting on the railing of the bridge with one leg over the side", "suicide"),
        ("neighbour yelling ill kill you and a woman screaming next door", "attack"),
        ("ဘေးအိမ်က အဘိုးကြီး ခေါ်လည်း မထူးဘူး", "medical"),
        ("သူဌေးက ဂိုဒေါင်ထဲ ပိတ်ထားတယ် ရေလည်း မပေးဘူး", "attack"),
        ("သူငယ်ချင်း ကျေးဇူးတင်တယ် သွားတော့မယ် လို့ တင်ပြီး ဖုန်းပိတ်ထားတယ်", "suicide"),
        ("ອ້າຍສົ່ງຂໍ້ຄວາມວ່າ ເບິ່ງແຍງແມ່ແດ່ ອ້າຍໄປກ່ອນ ແລ້ວບໍ່ຮັບສາຍ", "suicide"),
        ("ແມ່ຕູ້ຂ້າງບ້ານບໍ່ເຫັນອອກມາຕັ້ງແຕ່ມື້ວານ ເຄາະກໍບໍ່ມີສຽງ", "medical"),
        # Thai: a sick person who no longer answers, breath rattling, a will and a closed door
        ("ลุงติดเตียงตัวร้อนมาก ซึม เรียกไม่ค่อยตอบ", "medical"),
        ("ยายหายใจครืดๆ หน้าเริ่มคล้ำ", "medical"),
        ("โดนผึ้งต่อย ปากบวม หายใจไม่สะดวก", "medical"),
        ("พ่อนั่งอยู่ดีๆ พูดไม่ออก มือซ้ายจับแก้วไม่ได้", "medical"),
        ("พี่สาวเขียนพินัยกรรมเสร็จ แล้วเข้าห้องปิดประตูเงียบไป", "suicide"),
        ("ได้ยินเด็กร้องว่าพ่ออย่าตี ดังมาจากบ้านตรงข้าม", "attack"),
        ("ทารกร้องอยู่ในกล่องหน้าตลาด ไม่เห็นใครเลย", "child"),
        # common English emergencies said in other words
        ("i think my dad is having a stroke", "medical"),
        ("her waters broke and she is alone in the hut with no car", "medical"),
        ("a man keeps following me home from the bus stop", "attack"),
        ("i cant find my son at the night market", "child"),
        ("he says he has nothing to live for", "suicide"),
        ("ko ko thway htwet nay tal", "medical"),
        # Burmese and Thai typed in Latin letters
        ("lin ka ngar ko yike nay tal", "attack"),
        ("a phay a thet ma shu tot bu", "medical"),
        ("kalay ko tho khat htar tal", "child"),
        ("mae mod sati yoo nai hong nam", "medical"),
        ("phuean bok wa yak tai", "suicide"),
        # everyday English for emergencies
        ("my husband pushed me down the stairs", "attack"),
        ("she threw boiling water at her son", "attack"),
        ("grandpa hit his head and now he is vomiting and confused", "medical"),
        ("he has a fever and a stiff neck", "medical"),
        ("my neighbour left the baby alone in the car", "child"),
        ("ເພື່ອນຄິດສັ້ນ", "suicide"),
        # the worst headache of a life is not a condition from birth; a second sign that comes and goes is a fit
        ("พ่ออาเจียน ปวดหัวแรงที่สุดตั้งแต่เกิดมา คอแข็ง", "medical"),
        ("ยายตัวร้อนจี๋ ตาลอย กระตุกเป็นพักๆ", "medical"),
        ("พ่อใช้เครื่องช่วยหายใจ ไฟดับทั้งซอย แบตเหลือไม่ถึงชั่วโมง", "medical"),
    ],
)
def test_danger_read_in_english_lao_burmese_and_thai_families(message, kind):
    assert kind in kinds(message)


@pytest.mark.parametrize(
    "message",
    [
        # the past, treated or safe now
        "my son fell off his bike yesterday, just a scratch, all good",
        "he threatened me with a knife two weeks ago, i moved out and she's safe with us now",
        "I thought about suicide when I was 20 but I'm good now, I want to volunteer",
        "ยายตกบันไดเมื่อวาน แผลถลอกนิดหน่อย ทำแผลแล้ว",
        "ယောက်ျား လှေပေါ်က ပြုတ်ကျပြီး ခြေထောက်ကျိုးခဲ့တာ ပြီးခဲ့တဲ့လ အခု ဆေးရုံက ဆင်းပြီ",
        "အိမ် မီးလောင်သွားတယ် ပြီးခဲ့တဲ့လ ဘယ်သူမှ မထိခိုက်ဘူး",
        # a joke, a question, a fear, the news
        "my friend keeps joking he will jump off the roof lol, how do I talk to him",
        "ເພື່ອນເວົ້າຫຼິ້ນວ່າ ວຽກໜັກຈົນຢາກຕາຍ",
        "ເບີໂທສາຍດ່ວນ ຖ້າຖືກຜົວຕີ ແມ່ນເບີຫຍັງ",
        "ถ้าเห็นเด็กถูกทำร้ายในคลิป ต้องแจ้งที่ไหน",
        "ไม่แน่ใจว่าเด็กโดนทำร้ายหรือเปล่า อยากให้นักสังคมช่วยดู",
        "အဘိုး သစ်ပင်တက်တုန်း ပြုတ်ကျမှာ စိုးရိမ်တယ်",
        "ເຫັນຂ່າວແມ່ບ້ານຖືກນາຍຈ້າງຕີ ຖາມແທນໝູ່",
        "i feel trapped in this job",
        "following up on my report about the kids home alone, nobody called me back",
        # everyday words near the new ones
        "ဓာတ်ဆီဆိုင် နောက်မှာ မိသားစု တဲထိုးနေတယ် အားလုံး ကျန်းမာတယ်",
        "ແມ່ນອນຕິດຕຽງ ລຸກບໍ່ໄດ້ ຕ້ອງການຜ້າອ້ອມ",
        "ยายจำชื่อหลานไม่ได้ อยากพาไปตรวจความจำ",
        "grandma cant remember her own name sometimes, we want a memory clinic",
        "หัวหน้าที่ทำงานลวนลามทุกวัน อยากรู้ว่าร้องเรียนที่ไหน",
        "ติดเตียงจากอุบัติเหตุตกต้นมะพร้าว ขอเบี้ยคนพิการ",
        "grandpa fell off his bike this morning, we helped him up, hes ok just scratched",
        "ယောက်ျား ပြုတ်ကျပြီး ကျောရိုးကျိုးသွားတာ ၃လ ရှိပြီ အလုပ်မလုပ်နိုင်ဘူး",
        "my mother takes a lot of pills for her heart every day",
        "ลูกเป็นลมชักแต่คุมยาได้ ไม่ชักมาปีนึงแล้ว อยากขอบัตรคนพิการ",
        "ลูกออทิสติกชอบหนีออกจากบ้านแต่กลับเองทุกครั้ง อยากได้ที่ฝึกอาชีพ",
        "หลานตกบันไดเมื่อเช้า ตอนนี้วิ่งเล่นปกติ พ่อแม่ทิ้งไว้กับฉัน",
        "น้ำท่วมปีก่อนติดอยู่บ้านสามวัน ปีนี้อยากลงทะเบียนไว้ก่อน",
        "พ่อผมไม่ตอบไลน์เลย ซึมๆ ตั้งแต่ตกงาน อยากหาที่ปรึกษา",
    ],
)
def test_calm_counterparts_of_the_new_danger_families(message):
    assert kinds(message) == ()


def test_an_english_safe_word_counts_only_as_a_whole_word():
    # "someone to know" is not "ok now", "snow" not "now"
    assert "suicide" in kinds("i dont want to be alive anymore, i just wanted someone to know")


@pytest.mark.parametrize(
    "message",
    [
        "the company went under and I lost my job",
        "police seized his car last month",
        "grandma is too weak to walk to the market, need a wheelchair",
        "my son is paralysed and cant move his legs, need a wheelchair",
        "my mum is bedridden and cant sit up by herself, we need a hospital bed",
        "the landlord hasnt answered for 3 days about the leak",
        "I was walking along the highway to work, need a bicycle",
        "my son called the office and nobody answered",
        "thanks for everything! I live alone and need a volunteer",
        "her hair turned grey this year",
        "been sleeping on the floor since the flood, need a mattress",
        "จ้างคนมาเก็บขยะหน้าบ้าน",
        "บริจาคของเล่นเด็กในกล่อง",
        "บ้านพังเพราะพายุ ติดต่อได้ที่เบอร์นี้",
        "ฝนตกหนัก รถติดขยับไม่ได้",
        "คนถือไม้กวาดมาทำความสะอาด",
        "ဘာလုပ်ရမလဲ နေရာ မရှိဘူး",
        "she had a stroke last year, we need a wheelchair",
        "he is following me on instagram and posting about me",
        "i cant find my sons birth certificate",
        "that may be a problem for the rent",
        "i like thai tea and the market",
        "she fainted last week, the doctor says she is fine now",
        "my son hit his head on the door last month, nothing broken",
    ],
)
def test_the_keyword_rules_leave_everyday_sentences_near_the_new_patterns_alone(message):
    text = normalise(message)
    assert find_danger(text, squeeze(text)) is None


# Found by a review of this round's rules: readings of "if", "feel" and ถ้า/หาก that hid real danger.
@pytest.mark.parametrize(
    "text",
    [
        "i feel suicidal tonight",
        "he said if i leave he will kill me",
        "ผัวบอกถ้าไปแจ้งตำรวจจะฆ่าให้ตาย",
        "ลูกไปหากบริมคลองแล้วตกน้ำ ช่วยด้วย",
        "ถ้าไม่รีบมา แม่หยุดหายใจแล้ว",
    ],
)
def test_a_condition_or_a_feeling_does_not_hide_danger(text: str) -> None:
    assert understand(text).danger is not None


@pytest.mark.parametrize(
    "text",
    [
        "i feel trapped in this job, so bored",
        "ถ้าแม่หยุดหายใจต้องทำยังไงคะ",
        "how to prevent heat stroke in summer?",
        "what if she falls and cant get up",
    ],
)
def test_what_if_and_prevention_stay_calm(text: str) -> None:
    assert understand(text).danger is None


@pytest.mark.parametrize(
    "text",
    [
        "ผิวลอกเพราะไปเที่ยวทะเลโดนแดดมา",
        "เมื่อคืนทำงานดึก ฟุบคาโต๊ะไปเลย",
        "นั่งรถเมล์หลับหัวพับ",
        "วิ่งเสร็จหายใจหอบ",
        "ได้ยินเสียงหมาร้องโหยหวนทั้งคืน",
        "ทำจานหล่น เสียงจานแตก แม่บ่นใหญ่เลย",
        "police started seizing motorbikes without helmets",
        "traffic is barely moving on sukhumvit today",
    ],
)
def test_everyday_sentences_near_danger_words_are_no_rule_hit(text: str) -> None:
    text = normalise(text)
    assert find_danger(text, squeeze(text)) is None


@pytest.mark.parametrize(
    "text",
    ["ยายฟุบไปกับโต๊ะ เรียกไม่ตอบ", "ได้ยินเสียงผู้หญิงร้องโหยหวนห้องข้างๆ", "the baby started seizing", "ลูกหายใจหอบ ปากเขียว"],
)
def test_the_same_words_with_a_person_in_trouble_are(text: str) -> None:
    text = normalise(text)
    assert find_danger(text, squeeze(text)) is not None


@pytest.mark.parametrize(
    "message",
    [
        "แม่แก่แล้ว ลืมปิดแก๊สบ่อยๆ กลัววันหนึ่งไฟไหม้บ้าน",
        "ແມ່ໃຫຍ່ຂີ້ລືມ ບາງເທື່ອລືມປິດແກັສ ຂ້ອຍຢ້ານວ່າມື້ໃດມື້ໜຶ່ງໄຟຈະໄໝ້ເຮືອນ",
        "အကယ်၍ အခန်းမှာ မီးလောင်ရင် ဘယ်နံပါတ်ဆက်ရမလဲ",
    ],
)
def test_a_fear_of_some_day_or_a_burmese_what_if_is_calm(message):
    text = normalise(message)
    assert find_danger(text, squeeze(text)) is None


def test_burmese_beating_going_on_now_is_danger_though_it_happened_before_too():
    message = "ပထွေးက ကောင်လေး ၉ နှစ်ကို ခါးပတ်နဲ့ ရိုက်နေတယ် အော်ငိုသံ ၁၀ မိနစ်လောက်ရှိပြီ အရင်ကလည်း ရိုက်ဖူးတယ်"
    text = normalise(message)
    found = find_danger(text, squeeze(text))
    assert found is not None and "attack" in found.kinds


# Found by a review: a game, a fear or a "what if" in one clause must not hide danger in the next.
@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("ลูกกรีดแขนเพราะแพ้ในเกม", "suicide"),
        ("he threatened to kill my son in the game and now he is at our door", "attack"),
        ("what if she dies what should i do she took 40 sleeping pills", "suicide"),
        ("กลัวสักวันลูกจะตาย ลูกกินยาเกินขนาดไปแล้ว", "suicide"),
        ("What if my dad dies, what do I do, he collapsed and is not breathing", "medical"),
    ],
)
def test_danger_next_to_a_game_a_fear_or_a_what_if_is_still_danger(message, kind):
    assert kind in kinds(message)


def test_digits_do_not_count_as_letters_for_the_model():
    assert understand("ห้อง 0905 ชั้น 9 อาคาร 2 0812345678").danger is None


@pytest.mark.parametrize(
    "message",
    [
        "ขอสอบถามเรื่องเบี้ยยังชีพผู้สูงอายุค่ะ แฟนเอามีดจ่อคอ ขู่จะฆ่า",
        "อยากขอถุงยังชีพกับเงินช่วยเหลือค่ะ บ้านอยู่หมู่ 4 ลูกชายบอกว่าจะผูกคอตายคืนนี้",
        "I want to ask about the elderly allowance. my boyfriend held a knife to my throat and said he would kill me",
        "I want to ask about the elderly allowance for my grandmother, she fell down the stairs and is unconscious",
        "ຂໍຖາມເລື່ອງເງິນຊ່ວຍເຫຼືອຜູ້ສູງອາຍຸ ລູກຊາຍບອກວ່າຢາກຕາຍ ຈະກິນຢາ",
        "ဆရာ ပင်စင်အကြောင်း မေးချင်လို့ပါ အဘွား အခု သတိမရတော့ဘူး",
    ],
)
def test_a_welfare_question_before_the_danger_does_not_hide_it(message):
    assert kinds(message), "the veto must weigh the words round the danger, not only the polite question"


@pytest.mark.parametrize(
    "message",
    [
        "บ้านเลขที่ 5 ม.2 ต.หนองควาย อ.หางดง จ.เชียงใหม่",
        "เลขที่ 14/2 หมู่ 6 ตำบลบ้านกลาง อำเภอสันป่าตอง",
        "ບ້ານເລກທີ 9 ໝູ່ 3 ຕ.ໂພນສະຫວ່າງ ອ.ເມືອງ",
    ],
)
def test_an_address_sent_alone_is_no_danger(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "เมื่อคืนฝันว่าพ่อหมดสติ ตื่นมาใจไม่ดีเลย อยากรู้เบอร์ฉุกเฉินไว้ค่ะ",
        "ดูละครหลังข่าว นางเอกถูกแทงเลือดไหลไม่หยุด ชีวิตจริงต้องโทรเบอร์ไหนคะ",
        "I had a nightmare that my son drowned, what number do I call if it ever happens?",
        "ကလေးတွေ လမ်းပေါ်မှာ တစ်ယောက်တည်း ကစားနေတယ် အရေးပေါ်တော့ မဟုတ်ဘူး စိုးရိမ်လို့ပါ",
    ],
)
def test_a_dream_a_drama_or_no_emergency_said_is_calm(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "ຫຼານ 2 ຂວບ ຊັກ ຕາຄ້າງ ຢູ່ເຮືອນ",
        "ພໍ່ຫາຍໃຈບໍ່ອອກ ປາກມ່ວງແລ້ວ",
        "ตาตกลงไปในบ่อ ติดอยู่ข้างล่างขึ้นไม่ได้",
        "ยายไม่มีข้าวกินมาสามวันแล้ว ตอนนี้นอนซม ลุกไม่ไหว",
    ],
)
def test_fits_blue_lips_stuck_down_a_well_and_weak_from_hunger_are_danger(message):
    assert kinds(message) != ()


@pytest.mark.parametrize(
    "message",
    [
        # a reviewer's sentences: a game, a drama or a hedge before a real emergency
        "ลูกชายติดเกม เล่นเกมอยู่ดีๆก็ล้มหมดสติ ไม่หายใจ",
        "ยายนั่งดูนางเอกร้องไห้ อยู่ๆก็ชักเกร็ง",
        "ลุงข้างบ้านในหมู่บ้านนอนอยู่ในบ้านไม่ออกมาหลายวันได้กลิ่นเหม็น",
        "He is still conscious but bitten by a cobra on his leg, the leg is swelling fast",
        "အရေးပေါ်မဟုတ်ဘူးလား ကလေး သတိလစ်နေတယ် အသက်မရှူဘူး",
        "ບໍ່ແມ່ນເລື່ອງດ່ວນບໍ ລູກຈົມນ້ຳ ບໍ່ຫາຍໃຈ",
        "พ่อหายใจไม่ออก เจ็บหน้าอกมาก เบอร์ลูกสาวจดไว้เผื่อติดต่อ 0812345678",
        "I reported earlier about my neighbour, now I see smoke coming from her house and she is inside",
    ],
)
def test_a_cue_of_calm_does_not_hide_an_emergency_told_with_it(message):
    assert kinds(message) != ()


@pytest.mark.parametrize(
    "message",
    [
        "ຂໍໂທດຖ້າລົບກວນ ຜົວຂ້ອຍປີນຫຼັງຄາ ແປງຫຼັງຄາຮົ່ວ",
        "ພໍ່ນັ່ງຢູ່ລະບຽງ ເບື່ອອາຫານ ບໍ່ກິນເຂົ້າ",
        "ແມ່ຊັກເຄື່ອງຢູ່ ລູກນ້ອຍຕົວຮ້ອນໜ້ອຍໜຶ່ງ",
        "ລູກຂໍປາກກາສີມ່ວງ ໄປໂຮງຮຽນ",
        "ພໍ່ບໍ່ໄດ້ກິນເຫຼົ້າສອງມື້ ບໍ່ມີແຮງ ເຮັດວຽກ",
        "เงินติดอยู่ในตู้ ATM ถอนขึ้นไม่ได้",
    ],
)
def test_lao_washing_a_purple_pen_no_liquor_and_a_stuck_atm_are_calm(message):
    assert "medical" not in kinds(message) and "suicide" not in kinds(message)


@pytest.mark.parametrize(
    "message",
    [
        "အစ်မရဲ့ ယောက်ျားက ခဏခဏ ရိုက်တယ် ခွဲနေချင်တယ် ဘယ်မှာ အကူအညီ ရမလဲ",  # often hits: a habit
        "ကလေး ၁၀ နှစ်ကို အဒေါ်က ထားခဲ့ပြီး ရွာပြန်သွားတယ် အခု ဘုန်းကြီးကျောင်းမှာ နေတယ်",  # left with monks
    ],
)
def test_a_burmese_habit_or_a_child_left_in_care_is_calm(message):
    text = normalise(message)
    assert find_danger(text, squeeze(text)) is None


@pytest.mark.parametrize(
    "message",
    [
        "ယောက်ျားက အခု ရိုက်နေတယ် ကယ်ပါ",  # hitting now
        "ကလေး ၃ နှစ်ကို အခန်းထဲ သော့ခတ်ပြီး ထားခဲ့တယ် ငိုနေတယ်",  # a small child locked in and left
    ],
)
def test_burmese_beating_now_and_a_child_locked_in_and_left_stay_danger(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "hi again, I sent a message yesterday about the old man in soi 5, has anyone visited?",  # a follow-up
        "အဖေ ဆေးရုံတက်နေတယ် ဆေးဖိုး မရှိဘူး",  # admitted to hospital, not a fit
    ],
)
def test_english_and_burmese_calm_counterparts_from_training_12a(message):
    text = normalise(message)
    assert find_danger(text, squeeze(text)) is None


def test_a_farewell_by_phone_is_still_danger():
    assert understand("ညီလေး ဖုန်းဆက်ပြီး ကိုယ့်ကိုယ်ကိုသတ်မယ်လို့ နှုတ်ဆက်သွားတယ် အခု ဖုန်းမကိုင်တော့ဘူး").danger is not None


@pytest.mark.parametrize(
    "message",
    [
        # a reviewer's emergencies that rules tried this round would have read as calm (all withdrawn)
        "I sent a message earlier, my father is not breathing please hurry",
        "any update on the ambulance? my dad stopped breathing",
        "ယောက်ျားက မြန်မာပြည်မှာ ပြန်လာပြီ အခု ရိုက်နေတယ် ကယ်ပါ",  # back from Myanmar, beating now
        "ကလေး အသက်မရှူတော့ဘူးလို့ထင်တယ်",  # I think the child is not breathing
        "please dont let him kill me",
        "sorry if my english bad my husband beating me now",
        "My grandma was in Yangon last year, today she fell and cannot get up, lying on the floor",
    ],
)
def test_emergencies_after_a_follow_up_a_place_abroad_i_think_or_an_if_stay_danger(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "ยายข่อยอายุเจ็ดสิบแปด ยู่ผู้เดียว โทรหาบ่รับ สามมื้อแล้ว",  # alone, calls unanswered for days
        "น้องสาวส่งไลน์มาว่าขอโทษ แล้วกินยานอนหลับไป 30 เม็ด",  # an overdose counted in pills
        "เบื่อแล้ว บ่อยากยู่แล้ว จะเดินลงน้ำ",  # Isan: do not want to live
        "if i see him outside he will kill me",  # a threat, not someone else some day
        # a reviewer's emergencies that rules tried this round would have read as calm (withdrawn or narrowed)
        "I'm not in danger but my sister is, her husband is beating her with a belt in the next room",
        "we are not in danger now but the old man next door is lying on the floor unconscious, hes not breathing",
        "if you see this im being beaten please help",
        "if anyone hears me im trapped in the flood water rising on the roof",
        "if you find this note i have taken all my sleeping pills",
        "neighbour leaves baby home alone every night, baby crying non stop for hours, parents not home",
        "ကလေးကို ညတိုင်း တစ်ယောက်တည်း ထားခဲ့တယ် ယခု ငိုနေတယ်",  # left every night, crying now
        "ทิ้งลูกไว้คนเดียวทุกวัน ยังไม่กลับมาเลย",
        "she is being kicked outside our room",
    ],
)
def test_alone_unanswered_pills_counted_and_the_reviewers_emergencies_are_danger(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "what number do i call if i see a little boy begging alone on the street at midnight?",
        "my 16 year old got kicked out of the house by his dad, he sleeps at a friend's place",
    ],
)
def test_someone_else_some_day_or_kicked_out_is_calm_for_the_rules(message):
    assert find_danger(normalise(message), squeeze(normalise(message))) is None


@pytest.mark.parametrize(
    "message",
    [
        "แม่เดินไม่ได้มาหลายปีแล้ว อยากได้รถเข็น",
        "ตาลุกไม่ได้มา3เดือน ขอแพมเพิส",
    ],
)
def test_a_state_of_months_or_years_is_not_an_emergency_by_the_model_alone(message):
    assert kinds(message) == ()


def test_a_long_standing_state_with_a_sign_today_is_still_an_emergency():
    assert kinds("พ่อลุกไม่ได้มาสองปี วันนี้เรียกไม่ตื่น") != ()


@pytest.mark.parametrize(
    "message",
    [
        "แม่ใหญ่หายใจบ่ทัน ปากเขียว ลูกบ่อยู่ ขอรถด่วน",  # Isan บ่อยู่ holds บ่อย (often), and is not it
        "พ่อถือมีดไล่ฟันแม่ หนูหนีมาอยู่บ้านป้าแล้ว แต่น้องยังอยู่ในบ้าน",  # got away, but someone still there
        "เพื่อนส่งไลน์มาว่าลาก่อน แล้วปิดเครื่อง เมื่อก่อนเคยบอกว่าไม่อยากอยู่",  # a new clause on the past
        "အဖေ အိပ်ရာထဲ ၅ နှစ်ရှိပြီ ဘေးအိမ် မီးလောင်နေတယ်",  # bedridden five years, and a fire next door
        "dont let him kill me",
        "he wont stop hitting me",
        # a reviewer's: a state of years, then a sign now (the model weighs the rest)
        "ยายลุกไม่ได้มาหลายปี ตัวเหลือง ท้องโต อาเจียนออกมาดำๆ",
        "ตาเดินไม่ได้มา 2 ปี เพิ่งกลืนยาทั้งกระปุก",
        # บ่อยู่ at the edge of the window after the hit
        "ลูกเขยเอาปืนมาขู่ยิงแม่ บ่อยู่บ้าน ตำรวจบ่มา",
        # safe, but someone still inside
        "ไฟไหม้บ้าน หนีมาอยู่บ้านป้าแล้ว แต่ยายที่ติดเตียงยังอยู่ในบ้าน",
        "ไฟไหม้บ้าน ลูกๆปลอดภัยแล้ว แต่ยายยังอยู่ในบ้าน",
        "fire in the house, we are safe now but grandpa is still inside",
        # a film word does not make a drowning calm; a denial does not make a locked room calm
        "ရုပ်ရှင်ကြည့်ရင်း ကလေး ရေနစ်",
        "my boss he dont hit me but keeps me in a locked room no food, cant get out, help",
    ],
)
def test_emergencies_beside_words_that_once_made_them_calm(message):
    assert kinds(message) != ()


@pytest.mark.parametrize(
    "message",
    [
        "ผัวตีหนูเมื่อคืน ตอนนี้หนีมาอยู่บ้านแม่แล้ว",
        # safe, and still in debt or not staying long: nobody left inside
        "ไฟไหม้ร้าน หนีออกมาปลอดภัย แต่ยังติดหนี้ธนาคาร ขอคำปรึกษาเรื่องหนี้",
        "ถูกสามีทำร้าย ตอนนี้หนีมาอยู่บ้านน้าแล้ว แต่ยังอยู่ได้ไม่นาน อยากหางานทำ",
        # a past word that dates the hit, then เคย
        "ลูกจมน้ำตอนเด็ก เคยฟื้นฟู ตอนนี้เรียนไม่ทันเพื่อน อยากหาครูสอนพิเศษ",
        "โดนสามีตีจนเลือดออกสมัยก่อน เคยหนีไปบ้านพักฉุกเฉิน อยากรู้ว่ายังรับอยู่ไหม",
    ],
)
def test_away_and_safe_or_not_hit_is_calm(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "ดูละครอยู่ แม่ก็ล้มหมดสติไป",
        "ເບິ່ງຂ່າວຢູ່ ພໍ່ກໍລົ້ມສະຫຼົບ",
        "သတင်းကြည့်နေတုန်း အမေ ရင်ဘတ်အောင့်ပြီး လဲကျသွားတယ်",
    ],
)
def test_an_emergency_while_watching_the_news_or_a_drama(message):
    assert kinds(message) != ()


def test_a_drama_or_the_news_itself_is_calm():
    assert kinds("ดูละครที่นางเอกโดนตบ แล้วสงสารมาก") == ()
    assert kinds("เห็นข่าวคนฆ่าตัวตาย เลยเป็นห่วงเพื่อน") == ()


@pytest.mark.parametrize(
    "message",
    [
        # a second review's: someone still inside, said otherwise
        "ไฟไหม้บ้าน พวกเราปลอดภัยแล้ว แต่คุณยายยังอยู่ในบ้าน ช่วยด้วย",
        "Fire in our building, we are safe now but my neighbor is still inside",
        "ໄຟໄໝ້ເຮືອນ ພວກເຮົາປອດໄພແລ້ວ ແຕ່ແມ່ຍັງຢູ່ໃນເຮືອນ",
        # a past word, then เคย: a clause on the past, not the hit's time
        "แม่ชักเกร็ง ตาเหลือก ปีที่แล้วเคยเป็นครั้งนึง ช่วยด้วย",
        "ผัวกำลังจะฆ่าฉัน เมื่อก่อนก็เคยทำร้าย ช่วยด้วย",
        # while watching, then something happened
        "ดูละครกันอยู่ดีๆ พ่อก็ล้มหมดสติ",
        "ဇာတ်ကားထဲက လိုပဲ ယောက်ျားက ဓားနဲ့ ထိုးတယ်",
    ],
)
def test_emergencies_a_second_review_wrote(message):
    assert kinds(message) != ()


@pytest.mark.parametrize(
    "message",
    [
        # safe, and still in hospital or with the police: nobody in danger
        "แม่หมดสติ ตอนนี้ปลอดภัยแล้ว แต่แม่ยังอยู่ในโรงพยาบาล ขอข้อมูลค่าใช้จ่าย",
        "Mum collapsed, she is okay now but she is still in the ward. How do I apply for carer allowance?",
        # the news or a drama being watched
        "ดูข่าวอยู่ เห็นน้ำท่วมที่เชียงราย มีคนติดอยู่บนหลังคา อยากบริจาคของ",
        "ดูละครอยู่ นางเอกโดนแทง น่ากลัวมาก",
        "ရုပ်ရှင်ထဲမှာ လူတစ်ယောက် ဓားနဲ့ထိုးခံရတယ် ကြောက်စရာကောင်းတယ်",
    ],
)
def test_calm_messages_a_second_review_wrote(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "ยายอยู่บ้านคนเดียวที่พิมาย โทรหาสามวันแล้วไม่รับสายเลย",  # days, then no answer
        "พ่อติดเตียง สายให้อาหารหลุด หายใจครืดคราด ใส่กลับเองไม่ได้",  # cannot put it back: no safe word
        "မွေးကင်းစ ကလေး နို့ မစို့တော့ဘူး အရမ်းငြိမ်နေတယ်",  # a newborn no longer feeding
        "သမီးလေး ပွဲထဲမှာ ပျောက်သွားတာ ၂ နာရီ ရှိပြီ",  # a child lost for hours
        "ပထွေးက ညတိုင်း အခန်းထဲ ဝင်လာတယ် ဒီည လည်း လာမယ်တဲ့",  # he comes in at night, and tonight
        "มันถือขวานไล่ฟันแม่อยู่หน้าบ้าน",
        # a third review's: "testing" said of something else is no test of the bot
        "ไม่ใช่แค่ทดสอบนะ พ่อหมดสติ ไม่หายใจ ช่วยด้วย",
        "We were testing this generator and my son got electrocuted, he is unconscious",
    ],
)
def test_emergencies_from_this_rounds_read_sets(message):
    assert kinds(message) != ()


@pytest.mark.parametrize(
    "message",
    [
        "ผัวเป็นอัมพฤกษ์ซีกขวานอนติดเตียงมาสามปี ขอผ้าอ้อม",  # the right side, then lying: no axe
        "สามีทำร้ายร่างกายเมื่อคืน ตอนนี้หนีมาอยู่โรงแรมแล้ว อยากปรึกษาเรื่องหย่า",
        "ကလေးမွေးပြီး တစ်နှစ်ရှိပြီ နို့မစို့တော့ဘူး ဘာကျွေးရမလဲ",  # weaned at a year, not a newborn
    ],
)
def test_calm_messages_from_this_rounds_read_sets(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        "ตาอยู่บ้านคนเดียว โทรหาตั้งแต่เมื่อวานไม่รับสายเลย",  # since a day gone by, for someone alone
        "ໂທຫາພໍ່ຕັ້ງແຕ່ວັນຈັນ ບໍ່ຮັບເລີຍ ພໍ່ຢູ່ເຮືອນຄົນດຽວ",
        "ลูกศิษย์ ป.3 บอกครูว่าแม่จะขายให้นายหน้าพรุ่งนี้เช้า",  # a child to be handed over for money
    ],
)
def test_emergencies_from_set_21_and_22s_misses(message):
    assert kinds(message) != ()


@pytest.mark.parametrize(
    "message",
    [
        "ยายอยู่คนเดียวแต่แข็งแรง โทรหาทุกวันตั้งแต่เมื่อวานก็คุยกันปกติ",
        "วันนี้ขายให้แม่ค้าได้เงินมาแล้ว ลูกชายชวนไปเที่ยวข้ามแดน",
    ],
)
def test_calm_messages_beside_set_21_and_22s_rules(message):
    assert kinds(message) == ()


# A review wrote these: the call since yesterday went unanswered, but not by the one living alone.
@pytest.mark.parametrize(
    "message",
    [
        "ยายอยู่คนเดียว ต้องการรถเข็น โทรหาอบต.ตั้งแต่เมื่อวาน ไม่รับสายเลย",
        "ໂທຫາລູກຕັ້ງແຕ່ມື້ວານ ບໍ່ຮັບ ລູກບໍ່ສົ່ງເງິນ ແມ່ຢູ່ຄົນດຽວ",
        "ยายอยู่คนเดียว โทรหาหมอตั้งแต่วันศุกร์ไม่รับ อยากเลื่อนนัด",
    ],
)
def test_an_unanswered_call_to_someone_else_is_no_emergency(message):
    assert "medical" not in kinds(message)


@pytest.mark.parametrize(
    "message",
    ["โทรหาคุณแม่ตั้งแต่เมื่อวานไม่รับสายเลยค่ะ แม่อยู่บ้านคนเดียว", "ໂທໄປຫາແມ່ຕັ້ງແຕ່ມື້ວານ ບໍ່ຮັບ ຢູ່ຄົນດຽວ"],
)
def test_a_call_to_mother_by_any_wording_unanswered_since_yesterday(message):
    assert "medical" in kinds(message)


@pytest.mark.parametrize(
    "message",
    [
        "the baby stopped crying once we fed her, thank you, just need milk powder for next month",
        "ท้อง 8 เดือน ใกล้คลอดแล้ว ไม่มีเงินค่าคลอด อยากขอความช่วยเหลือค่ะ",  # due soon, not in labour now
        # a review wrote these: animals, a birth due later, a baby calm now
        "แมวจรจะคลอดลูกหลังห้าง ใครช่วยรับไปเลี้ยงได้ไหม",
        "เมียจะคลอดปลายปี ตอนนี้ขายของหลังห้างโลตัส ขอสิทธิ์บัตรทอง",
        "newborn is fine now and not crying anymore, we just need diapers",
        "she doesn't even cry when she is hungry, is that normal?",
        "ภรรยาจะคลอดสัปดาห์หน้า เราเคยเป็นคนไร้บ้าน ตอนนี้มีห้องเช่าแล้ว",
        "อยากสอบถามว่าคนไร้บ้านจะคลอดต้องทำยังไง",
    ],
)
def test_calm_messages_near_labour_and_a_quiet_baby(message):
    assert kinds(message) == ()


@pytest.mark.parametrize(
    "message",
    [
        # a danger word the rules read as past, where the model is sure the danger goes on
        "အမေ့ကို မနက်ကနှိုးတာ မနိုးဘူး ခေါ်လည်းမထူး ၇၈နှစ်ရှိပြီ 0891234567",  # woken this morning, not waking
        "Our neighbour's domestic worker just signalled to me from an upstairs window and held up a paper"
        " saying HELP LOCKED IN. The family went on holiday 3 days ago. There are bars on all the windows.",
    ],
)
def test_a_past_danger_word_the_model_is_sure_goes_on(message):
    assert understand(message).danger is not None


def test_a_past_danger_word_in_a_calm_story_stays_calm():
    assert understand("พ่อเคยล้มหัวฟาดพื้นเลือดออกเยอะเมื่อปีที่แล้ว ตอนนี้หายดีแล้ว อยากได้ราวจับในห้องน้ำค่ะ").danger is None


@pytest.mark.parametrize(
    "message",
    [
        # a reviewer's (round 17): fainted or collapsed, and said to be fine now
        "my mum fainted in the bathroom this morning, she is fine now",
        "He collapsed on the street an hour ago, ambulance took him already, he's ok",
        "ยายล้มหมดสติในห้องน้ำเมื่อเช้า ตอนนี้ฟื้นแล้ว ไม่ต้องมาค่ะ",
        # a few words, which the model scores round 0.5 whatever they say
        "San Sai, Chiang Mai, bedridden granny",
        "บ้านเช่าน้ำซึมทุกครั้งที่ฝนตก ลูกเล็กไม่สบาย",
    ],
)
def test_said_to_be_fine_now_or_a_few_calm_words_is_no_danger(message):
    assert understand(message).danger is None


@pytest.mark.parametrize(
    "message",
    [
        # what to call if it happened some day: a question, not an emergency
        "ถ้าพ่อชักแล้วหมดสติ ควรโทรหาเบอร์ไหนก่อนคะ",
        "สมมติว่าเพื่อนบ้านไฟไหม้แล้วยายติดอยู่ข้างใน ต้องโทรเบอร์อะไร",
        "ຖ້າແມ່ຕູ້ລົ້ມລຸກບໍ່ໄດ້ ໂທເບີໃດດີ",
        "if my grandfather collapsed at night, who do I call, 1669 or 191?",
    ],
)
def test_what_to_call_if_is_no_danger(message):
    assert understand(message).danger is None


@pytest.mark.parametrize(
    "message",
    [
        "ยายล้มหัวแตกเลือดไหลไม่หยุด ถ้าจะโทรต้องโทรเบอร์ไหนคะ",  # "if I am to call": it is happening
        "ถ้าโทร 1669 ต้องบอกอะไรบ้าง ตอนนี้พ่อหมดสติอยู่",
        "if i call 191 will they come? he is hitting her right now",
        # a reviewer's: the emergency outside the what-if clause still counts
        "แม่หมดสติ หายใจไม่ออก ถ้าจะเรียกรถพยาบาลต้องโทรเบอร์ไหนคะ",
        "ช่วยด้วย ผัวเมากำลังตีฉัน ถ้าแจ้งตำรวจต้องโทรเบอร์ไหน",
        "what number do I call? my mum collapsed and I don't know if she is breathing",
        "Baby not breathing, what number if I'm in Thailand?",
        "ຜົວກຳລັງຕີຂ້ອຍ ຖ້າແຈ້ງຕຳຫຼວດໂທຫາໃຜ",
    ],
)
def test_what_to_call_while_it_happens_is_danger(message):
    assert understand(message).danger is not None


def test_how_long_someone_with_dementia_has_been_gone_is_no_past_that_is_over():
    found = understand("my father has alzheimer's, he walked off three days ago and nobody has seen him").danger
    assert found is not None and "missing" in found.kinds


@pytest.mark.parametrize(
    "message",
    [
        "ยายความจำไม่ดี เดินออกจากบ้านไปเมื่อวาน ตำรวจพามาส่งบ้านแล้วค่ะ อยากได้สร้อยข้อมือชื่อ",
        "grandpa with dementia wandered off on Sunday, a neighbour found him and brought him back, how do we stop it",
    ],
)
def test_someone_found_or_brought_back_is_not_missing(message):
    assert understand(message).danger is None


@pytest.mark.parametrize(
    "message",
    [
        "ตาเป็นอัลไซเมอร์ ควายกลับมาแล้ว ตายังไม่กลับ มืดแล้ว",
        "my husband returned from searching, no sign of our son (autistic, 8), it is dark now",
    ],
)
def test_something_else_back_while_the_missing_one_is_not(message):
    assert understand(message).danger is not None


def test_someone_else_back_is_not_the_missing_one_back():
    found = understand("ลูกชาย 8 ขวบไปเล่นน้ำกับเพื่อน เพื่อนกลับมาแล้วแต่ลูกยังไม่กลับ มืดแล้ว").danger
    assert found is not None


@pytest.mark.parametrize(
    "message",
    [
        "ถ้ามีคนถูกรถชนอยู่ตรงหน้าแล้วยังไม่ขยับ ต้องโทรเบอร์ไหน เพิ่งชนเมื่อกี้",  # it just happened
        "my friend took a whole bottle of pills, I dont know if she will wake up, what number should we call",
    ],
)
def test_a_what_if_with_the_emergency_outside_it_or_just_happened_is_danger(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "ลูกสาว 3 เดือน ไม่มีเงินซื้อนมมาสองวัน ให้กินน้ำต้มข้าว ตอนนี้ลูกซึม ตาลึก",
        "หลานผู้ชายสัก 5 ขวบวิ่งลงทะเลคนเดียว พ่อแม่ไม่อยู่ คลื่นสูงมาก",
        "ລຸງຂ້າງຫ້ອງ ບໍ່ໄດ້ກິນເຂົ້າ 4 ມື້ແລ້ວ ດຽວນີ້ລຸກບໍ່ໄດ້ ຕົວສັ່ນ",
    ],
)
def test_a_baby_weakening_without_milk_a_child_in_rough_sea_and_hunger_with_weakness(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "ไม่มีเงินซื้อนมให้ลูกเลยค่ะ ขอความช่วยเหลือเรื่องนมผงได้ไหม",  # poor, the baby well
        "ลูกชอบวิ่งลงทะเลคนเดียวตอนไปเที่ยว เลยอยากให้เรียนว่ายน้ำ",  # no rough water said
    ],
)
def test_poor_for_milk_or_a_child_who_likes_the_sea_is_no_emergency(message):
    assert understand(message).danger is None


def test_stroke_signs_told_one_after_another_are_not_negated_by_the_one_before():
    # "หยิบแก้วไม่ได้" ends its own sign; it does not negate "ปากเบี้ยว" after it
    found = understand("ตาอยู่ดีๆพูดไม่ชัด มือซ้ายหยิบแก้วไม่ได้ ปากเบี้ยว").danger
    assert found is not None and "medical" in found.kinds


def test_a_stroke_sign_truly_denied_still_leaves_one_sign_only():
    assert understand("พ่อพูดไม่ค่อยชัดมาหลายปีแล้ว แต่ไม่ได้ปากเบี้ยวนะคะ").danger is None


def test_nothing_happened_as_no_response_is_still_an_emergency():
    found = understand("I shook grandma and called her name but nothing happened, she is not breathing").danger
    assert found is not None


@pytest.mark.parametrize(
    "message",
    [
        "အဖေ ထမင်း မစားရတာ ၅ ရက် ရှိပြီ ခု မထနိုင်တော့ဘူး",  # no rice for five days, cannot get up now
        "หลาน 3 เดือน บ่มีนมกินมาทั้งวัน ปากแห้ง บ่ค่อยไห้แล้ว",  # no milk, lips dry, hardly crying
    ],
)
def test_hunger_with_weakness_in_burmese_and_a_baby_without_milk_weakening(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "found an old man on the footbridge at 2am, barefoot, he cant tell us where he lives",
        "my sister has no milk for her baby since yesterday, baby is very sleepy now",
    ],
)
def test_an_elder_found_lost_at_night_and_a_baby_without_milk_in_english(message):
    assert understand(message).danger is not None


def test_no_money_and_no_milk_with_the_baby_fading_stays_an_emergency():
    message = "mother has no money and no milk, baby 4 months has had nothing for 2 days and is very quiet now"
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        # a reviewer's: "nothing has happened" said beside an emergency now
        "I shook him and shouted, nothing has happened, he won't wake up and his lips are blue",
        "ผัวถือมีดยืนอยู่หน้าห้อง ยังไม่เกิดอะไรขึ้น แต่หนูกลัวมาก",
        "flood water is rising, nothing has happened yet but we are stuck on the roof with 2 kids",
        # a sign after "X ไม่ได้" that is no sign of its own
        "พ่ออยู่ดีๆ จับช้อนไม่ได้ ปากเบี้ยว พูดไม่ชัด",
        # reading, not a film; something happening while a film is on
        "น้องดูหนังสือพิมพ์อยู่แล้วหมดสติไป",
        "ดูหนังกันอยู่ แฟนเมาแล้วบีบคอหนู ช่วยด้วย",
        "ເບິ່ງລະຄອນຢູ່ ແມ່ລົ້ມບໍ່ຮູ້ສຶກຕົວ ຊ່ວຍແດ່",
    ],
)
def test_a_reviewers_emergencies_stay_emergencies(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "we found out dad cant remember his address anymore, is this dementia?",
        "no milk for baby, i am very weak after giving birth, can the government help with formula",
        "အလုပ်များလို့ ထမင်း မစားရတာ ၂ ရက် ညဘက် ငိုက်နေတယ်",
    ],
)
def test_a_reviewers_calm_messages_stay_calm(message):
    assert understand(message).danger is None


@pytest.mark.parametrize(
    "message",
    [
        # a stroke: the worst headache of a life with a weak side, or one sign minutes ago
        "แม่ปวดหัวแบบไม่เคยเป็นมาก่อน แขนซ้ายยกไม่ขึ้น",
        "ตาอายุ 80 แขนขวาอ่อนแรงเมื่อห้านาทีก่อน",
        # a threat to beat to death tonight, on a condition
        "ลูกศิษย์บอกว่าแม่เลี้ยงขู่ว่าถ้ากลับบ้านดึกจะตีให้ตาย เด็กไม่กล้ากลับ",
        # no waking, a bed long kept: the years date the bed
        "ปลุกพ่อไม่ตื่นเลยค่ะ ตัวเย็น พ่อนอนติดเตียงมาห้าปีแล้ว",
        # Burmese: woken and not moving; fallen, hours on the floor, cannot get up
        "အဘိုး ကို နှိုးတော့ မလှုပ်ဘူး အသက်ရှူလား မသိဘူး",
        "အမေ ချော်လဲပြီး ခါးနာလို့ ကြမ်းပြင်ပေါ်မှာ ၂ နာရီလောက် ရှိပြီ အခုထိ မထနိုင်ဘူး",
        # romanised Burmese: fell and cannot get up
        "a phoe lae kya tal ma hta nine bu",
        # Lao: a farewell letter written (not one of leave or resignation)
        "ຂ້ອຍຂຽນຈົດໝາຍລາແລ້ວ ເຊືອກກຽມໄວ້ໃນຫ້ອງ",
    ],
)
def test_this_rounds_emergencies(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        "ลูกเล่นเกมยิงกันทั้งคืน ตะโกนว่าจะฆ่าทุกคนในเกม ควรทำยังไงดีคะ",
        "ดูละครเมื่อคืน ตัวร้ายบีบคอพระเอกจนหมดสติ ลูกสาวกลัวจนนอนไม่หลับ",
        "ຂ້ອຍຂຽນຈົດໝາຍລາອອກຈາກວຽກແລ້ວ ນາຍຈ້າງບໍ່ຈ່າຍເງິນ",
        "ສອງເດືອນກ່ອນຂ້ອຍຕົກລົດ ຂາຫັກ ເມື່ອເດືອນກ່ອນໄດ້ຖອດເຫຼັກແລ້ວ ຢາກໄດ້ວຽກເຮັດ",
        "သားက ဂိမ်းဆော့ရင်း အော်နေတယ် ဖုန်းသိမ်းရင် စိတ်ဆိုးတယ်",
    ],
)
def test_this_rounds_calm_messages(message):
    assert understand(message).danger is None


def test_lol_is_a_joke_only_as_a_word_of_its_own():
    text = "a phwar lae kya tal ma hta nine bu bal lo lote ya ma lal"
    assert find_danger(text, squeeze(text)) is not None  # the rules' hit stands (the model weighs it after)
    assert understand("grandpa fell off his chair again lol he is fine").danger is None


@pytest.mark.parametrize(
    "message",
    [
        "เมื่อคืนเล่นเกมโดนแทงตายไปห้ารอบ 555 อยากถามเรื่องเบี้ยผู้พิการค่ะ",
        "แฟนบอกจะเอาไม้กวาดตีหัวถ้ากลับบ้านดึกอีก 5555 มุกประจำบ้าน อยากถามเรื่องอื่นค่ะ",
    ],
)
def test_a_danger_word_laughed_off_is_calm(message):
    assert understand(message).danger is None


@pytest.mark.parametrize(
    "message",
    [
        "ผัวตีหนูทุกวัน 555 ไม่ได้ล้อเล่นนะคะ ตอนนี้ตีอยู่",
        "พ่อหมดสติ ไม่หายใจ โทร 081 555 1234",
    ],
)
def test_laughter_said_not_to_be_a_joke_and_a_phones_fives_stay_danger(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        # a reviewer's: nervous laughter, a house number, a kilometre post of 555
        "น้องกินยาพาราไปหมดแผง 555 เครียดมาก ไม่รู้จะทำไง",
        "เพื่อนบอกจะโดดตึกตาย 555 เรื่องจริงนะ มันเงียบไปแล้ว",
        "ไฟไหม้บ้านเลขที่ 555 หมู่ 3 ต.บ้านเป็ด ขอนแก่น",
        "มีคนโดนยิงที่ปั๊ม กม.555 ถนนมิตรภาพ",
        # a what-if first, an emergency after it; "just asking" before a beating now
        "ถ้าวันนึงแม่ตายไป หนูจะอยู่ยังไง แม่ไม่หายใจแล้ว ตัวเย็นมาก",
        "ถ้าวันหนึ่งเขาฆ่าหนูตาย ให้รู้ว่าเป็นฝีมือผัว เมื่อคืนเขาเอามีดจ่อคอหนู",
        "ຖາມເຜື່ອ ຜົວກຳລັງຕີຂ້ອຍ ຂ້ອຍຢູ່ໃນຫ້ອງນ້ຳ",
        "သိချင်ရုံ မဟုတ်ဘူး ယောက်ျား ဓားနဲ့ ထိုးနေတယ်",
        # fed, and still in danger
        "หลานโดนพ่อเลี้ยงซ้อมจนสลบ ให้ข้าวกินแล้ว ตอนนี้ซึมไม่พูด",
        "i want to die hahaha no seriously i have the pills in my hand",
    ],
)
def test_a_second_reviewers_emergencies_stay_emergencies(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    "message",
    [
        # a reviewer's: rats, a snake, a parent's hyperbole, an alarm clock, a child asleep, a letter of leave
        "บ้านมีหนูเยอะมาก พ่อบอกจะตีมันให้ตายให้หมด",
        "แม่บอกว่าถ้ากลับดึกอีกจะตีให้ตายเลย",
        "မနက် နှိုးစက်မြည်ပေမယ့် နှိုးလို့မနိုးလို့ အလုပ်နောက်ကျတယ်",
        "nhoe lo ma ya lo alote nout kya tal",
        "ຂໍຈົດໝາຍລາພັກ 3 ມື້ ເພາະແມ່ບໍ່ສະບາຍ",
        "ກຽມເຊືອກມັດເຄື່ອງ ຈະຍ້າຍຫ້ອງມື້ອື່ນ",
        "i want to die hahaha this homework",
    ],
)
def test_a_second_reviewers_calm_messages_stay_calm(message):
    assert understand(message).danger is None


@pytest.mark.parametrize(
    "message",
    [
        "a lote phaw ko kyaw a thet 40 lout dat lite p lae kya tal, a thet shu lar ma shu lar ma thi bu, myan myan",
        "kuu nyi par, nga a thet 35, alote shin ka thay nat nae chein nay tal, la kha taung lo",
        "ကျမ ၁၆ နှစ် အဒေါ့်ယောက်ျားက အရက်မူးပြီး ကျမအခန်း တံခါးကို ကန်နေတယ်",
    ],
)
def test_burmese_electrocuted_threatened_or_a_door_kicked_in_is_danger(message):
    assert understand(message).danger is not None


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("a phay thway a myar gyi", True),  # bleeding a lot
        ("kalay ye htae kya tal", True),  # fell in the water
        ("why u do dat like dat lol", False),
        ("a chein nay pay par, kalay kyaung", False),  # a chein: time
        ("သော့ပျောက်လို့ တံခါးကို ကန်ဖွင့်ရတယ်", False),  # a door kicked open to get in
    ],
)
def test_latin_burmese_danger_words_and_their_look_alikes(message, danger):
    assert (understand(message).danger is not None) == danger
