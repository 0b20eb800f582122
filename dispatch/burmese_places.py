"""Thai districts and tambons written in Burmese script inside a province already read ("ဘန်ကောက်
ဒွန်မောင်း": Bangkok, Don Mueang; "ချင်းမိုင် ဟန်းဒေါင်": Chiang Mai, Hang Dong). Pure; used by
dispatch/understanding.py.

Burmese writers spell a Thai name by ear, each in their own way: aspirates or not, န် for a final -ng
(ဟန်း for หาง), ရ written out in a cluster (ဆမ်ဖရန် for สามพราน). So both spellings are brought down to a
coarse key of consonant sounds (one letter for k/kh, one for t/th/d, one for p/ph/b, n for any final
nasal but m), and a word counts as a place only right after the province the message named, and only
when its key is exactly one of that province's districts' keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import geothai

from dispatch.address import mueang_district
from dispatch.lao_places import sound_key

# the Lao module's sound classes, made coarser: Burmese does not tell them apart the way Thai does
_COARSE = str.maketrans({"K": "k", "C": "c", "S": "c", "d": "t", "T": "t", "b": "p", "P": "p", "f": "p", "g": "n"})
_CONSONANTS = {
    **dict.fromkeys("ကခဂဃ", "k"),
    "င": "n",
    **dict.fromkeys("စဆဇဈ", "c"),
    **dict.fromkeys("ညယ", "y"),
    **dict.fromkeys("ဋဌဍဎတထဒဓသ", "t"),
    **dict.fromkeys("ဏန", "n"),
    **dict.fromkeys("ပဖဗဘ", "p"),
    "မ": "m",
    **dict.fromkeys("ရလဠ", "l"),
    "ဝ": "w",
    "ဟ": "h",
}
_WORD = re.compile(r"[\u1000-\u1049\u104c-\u109f]+")  # not the marks ၊ ။ that end a clause
# particles Burmese sets after a place: at, from, in
_PARTICLES = ("မှာ", "ကနေ", "က", "တွင်", "ထဲ")
SHORTEST = 2  # sounds in a word that may be a name, right after its province
LONGER = 3  # before it
# words written right after a place that sound like a district of some province: phone (ฝาง, บางนา)
EVERYDAY_WORDS = ("ဖုန်း", "မြို့နယ်", "ပြည်နယ်", "ဟုတ်", "ဟိုတယ်")  # township and state; yes, hotel
# ... and the words said after a place as often as its tambon: today, last night, yesterday, this morning,
# nearby, bank, ward, Thai, monk, fisherman
EVERYDAY_WORDS += ("ဒီနေ့", "မနေ့", "ဒီမနက်", "မနက်", "ညက", "ဘေးနား", "ဘဏ်", "ရပ်ကွက်", "ထိုင်း", "ဘုန်းကြီး", "တံငါ")
# and the places where people work and live, said after the province as often as a district: monastery or
# school, farms and gardens, compound, apartment, sea, hall, business, house, market, pier, factory, pagoda,
# work, river, dormitory (not ခြံ alone, nor shop, ဆိုင်, nor hill, တောင်: Burmese spells ฉาง, สาย and ทอง so)
EVERYDAY_PARTS = (
    "ကျောင်း", "ဝက်ခြံ", "ကြက်ခြံ", "ပန်းခြံ", "ငါးခြံ", "ဒူးရင်းခြံ", "ရော်ဘာခြံ", "ခြံဝင်း", "တိုက်ခန်း", "ပင်လယ်", "ရုံ",
    "လုပ်ငန်း", "အိမ်", "ဈေး", "ဆိပ်", "စက်ရုံ", "ဘုရား", "အလုပ်", "မြစ်", "ဆိုက်", "အဆောင်",
)  # fmt: skip


# finer classes to choose between names the coarse key cannot tell apart (บางบ่อ, บางพลี): Burmese writes
# Thai b with its own voiced letters (ဘ, ဗ) more often than not (its d as often with တ, at a syllable's end)
_FINE_BURMESE = dict.fromkeys("ဗဘ", "b")
_FINE_THAI = str.maketrans({"K": "k", "C": "c", "S": "c", "T": "t", "d": "t", "P": "p", "f": "p", "g": "n"})
# ိုင် is ai (ဟတ်ယိုင်, หาดใหญ่), ောင် as often ao (ဖရောင်, พร้าว) as -ong (ဒွန်မောင်, ดอนเมือง)
_LONG_A = ("ာ", "ါ")


FINAL_STOPS = ("k", "t")  # a syllable's final stop, which Burmese writes by the vowel it makes
# What a killed final stop may stand for: a k or t says the vowel more than the Thai final (ခုတ် -ok for
# โคก, ဆမွတ် for สมุทร), so either; a p is the stop Burmese says short, for Thai's t or k as well
# (လပ်ဖရောင် for ลาดพร้าว)
FINAL_STOP_KEYS = {"k": FINAL_STOPS, "t": FINAL_STOPS, "p": ("p", *FINAL_STOPS)}
_SONORANTS = "နမရလဝယငည"


def burmese_keys(word: str, fine: bool = False, as_written: bool = False) -> set[str]:
    """The consonant sounds a Burmese spelling may stand for, coarse (or `fine`): more than one where
    Burmese letters say two Thai sounds (ံ ends -m as well as -n; ိုင် and ောင် may be vowels); `as_written`,
    a final မ် only as m."""
    keys = [""]
    for index, char in enumerate(word):
        sound = _FINE_BURMESE.get(char) if fine else None
        sound = sound or _CONSONANTS.get(char)
        if sound is None:
            if char == "ံ":
                keys = [key + final for key in keys for final in ("n", "m")]
            elif char == "\u1037" and word[index - 1 : index] in _LONG_A:
                keys = [key + final for key in keys for final in ("", "k")]  # ပါ့ for ปาก: a creaky a, cut short by a k
            continue
        following = word[index + 1 : index + 2]
        if sound == "k" and following in "ျြ":
            sound = "c"  # ချ, ကျ: ch
        if char == "ဟ" and following in _SONORANTS and word[index + 2 : index + 3] != "်":
            continue  # ဆင်ဟနခွန် for สิงหนคร: the h Thai writes silent before a sonorant, Burmese writes too
        if sound in FINAL_STOP_KEYS and following == "်" and index > 0:
            keys = [key + final for key in keys for final in FINAL_STOP_KEYS[sound]]
            continue
        if char == "မ" and following == "်" and index > 0 and not as_written:
            keys = [key + final for key in keys for final in ("m", "n")]  # မ် is said -n as often (ဆွမ်လွမ်, สวนหลวง)
            continue
        if sound == "l" and index > 0 and word[index - 1] in _CONSONANTS:
            continue  # ဖရန်: a cluster's r, which Thai spelling keeps and sound keys drop
        if char == "လ" and index > 0 and word[index - 1] in "ျြ":
            keys = [key + said for key in keys for said in ("l", "n")]  # ချလောင်: ฉลอง's ล, which Thai keys read n
            continue
        if (
            char == "င"
            and following == "်"
            and word[:index].endswith(_LONG_A)
            and "ေ" in word[max(0, index - 5) : index]
        ):
            keys = [key + final for key in keys for final in ("n", "")]  # ောင်: -aung, or ao
            continue
        if char == "င" and following == "်" and word[:index].endswith("ို"):
            keys = [key + final for key in keys for final in ("", "n")]
            continue
        keys = [key + sound for key in keys]
    return {_plain(key) for key in keys}


def _plain(key: str) -> str:
    """A key without its glides (y, w: vowels as often as consonants) and with each run of one sound
    once (คลอง's ล is read as a final n beside its ง)."""
    key = key.replace("y", "").replace("w", "")
    return "".join(char for index, char in enumerate(key) if index == 0 or key[index - 1] != char)


# พลี, ถลาง: Burmese drops the l after a consonant as it drops the r, but not after a final (บางละมุง)
_CLUSTER_L = re.compile(r"(?<=[ก-ฮ])(?<![งนมยวรลอห])ล(?=[ะ-ฺเ-ไ็-๎])")


# ห said as h (not the silent one before a sonorant: หนอง, หมู่), and ฮ: Burmese writes ဟ for them
# (ခလောင်ဟဲ for คลองแห); the Lao key has no h, so it is set in as a Latin letter, which the key keeps
_SAID_H = re.compile(r"ห(?![งญนมยรลว])|ฮ")


def _thai_sounds(name: str) -> str:
    # ำ ends in m, which Burmese writes (လမ်လူးကာ, ลำลูกกา) and Lao keeps in its own vowel
    return sound_key(_SAID_H.sub("h", _CLUSTER_L.sub("", name.removeprefix("เขต")).replace("ำ", "ัม")))


def thai_key(name: str) -> str:
    return _plain(_thai_sounds(name).translate(_COARSE))


def thai_fine_key(name: str) -> str:
    return _plain(_thai_sounds(name).translate(_FINE_THAI))


Areas = tuple[tuple[str, str, str, str], ...]  # (coarse key, fine key, last vowel, code) of each


def _keyed(places: Iterable[geothai.District | geothai.Subdistrict]) -> Areas:
    return tuple(
        (thai_key(place.name_th), thai_fine_key(place.name_th), _last_thai_vowel(place.name_th), place.code)
        for place in places
    )


@lru_cache(maxsize=100)
def _districts_of(province: str) -> Areas:
    """The districts of a province (its tambons are many, and everyday Burmese words sound like some of
    them)."""
    return _keyed(geothai.districts(province))


@lru_cache(maxsize=200)
def _tambons_of(district: str) -> Areas:
    return _keyed(geothai.subdistricts(district))


def _one_named(word: str, areas: Areas, shortest: int, rivals: Areas = ()) -> str | None:
    """The one area whose sounds the word has exactly, `shortest` or more of them: by the coarse key, or
    where several share it, by the fine key and the last vowel (ဘန်ပူ is บางปู, a tambon among `rivals`;
    ဘန်ဖလီ is บางพลี), and then not when one of `rivals` (a finer level) remains."""
    keys = {key for key in burmese_keys(word) if len(key) >= shortest}
    exact = [code for key, _, _, code in areas if key in keys]
    if len(exact) <= 1:
        return exact[0] if exact else None
    fine_keys, vowel = burmese_keys(word, fine=True), _last_vowel(word)
    closed_u = bool(_CLOSED_U_LAST.search(word))
    close = [
        (key, code)
        for key, fine, last, code in (*areas, *rivals)
        if key in keys and fine in fine_keys and (_vowels_agree(last, vowel) or (closed_u and last == "u"))
    ]
    if len(close) > 1:  # ဘုန်းကုမ်: its မ် as written (m) tells บึงกุ่ม from the names said -n
        close = [(key, code) for key, code in close if key in burmese_keys(word, as_written=True)]
    return close[0][1] if len(close) == 1 and close[0][1] in exact else None


# a last vowel ု closed by a final, which _last_vowel reads o ("ခုတ်", "khok") but Burmese also writes for a
# Thai u closed by m or n ("ဘုန်းကုမ်", บึงกุ่ม)
_CLOSED_U_LAST = re.compile(r"(?<!ိ)ု[\u1000-\u1021]\u103a[\u1038\u1037]?$")


# a last syllable of a consonant and a final with no vowel sign: a final င် or စ် says i (ဝင်း is "win",
# ရင် "yin"), another a (ခမ် is "kham", not the u of ခုတ် before it)
_BARE_LAST_SYLLABLE = re.compile(r"[\u1000-\u1021]([\u1000-\u1021])\u103a[\u1038\u1037]?$")
CLOSED_AFTER = re.compile(r"[\u1000-\u1021]\u103a")  # a final consonant closing the syllable


def _last_vowel(burmese: str) -> str:
    """i, u or another vowel, the last a Burmese spelling says (ို is o, ိုင် ai: neither i nor u)."""
    if bare := _BARE_LAST_SYLLABLE.search(burmese):
        return "i" if bare.group(1) in "ငစ" else "a"
    for index in range(len(burmese) - 1, -1, -1):
        char = burmese[index]
        if char in "ုူ":
            # ု closed by a final is o (ခုတ် "khok", ဘုန်း "bon"), as ို is
            closed = CLOSED_AFTER.match(burmese, index + 1)
            return "a" if burmese[index - 1 : index] == "ိ" or closed else "u"
        if char in "ိီ":
            return "a" if burmese[index + 1 : index + 2] == "ု" else "i"
        if char == "\u103d" and CLOSED_AFTER.match(burmese, index + 1):
            return "u"  # ွ closed by a final is u (ဖွတ် "phut", ဆမွတ် "samut")
        if char in "ာါေဲ":
            return "a"
    return "a"


def _last_thai_vowel(thai: str) -> str:
    """i, u, ue or another vowel, the last a Thai spelling says."""
    if thai.endswith("ือ"):
        return "ue"  # its อ is the vowel's, not a vowel of its own
    for char in reversed(thai):
        if char in "ุู":
            return "u"
        if char in "ิี":
            return "i"
        if char in "ึื":
            return "ue"
        if char in "ะาำัเแโใไอ็":
            return "a"
    return "a"


def _vowels_agree(thai: str, burmese: str) -> bool:
    """Whether a Thai last vowel and a Burmese one agree: Burmese has no ue, and writes it u as often as a
    (နောင်ပရူး for หนองปรือ)."""
    return thai == burmese or (thai == "ue" and burmese in ("u", "a"))


def _town_tambons(province: str) -> Areas:
    town = mueang_district(province)
    return _tambons_of(town) if len(town) == 4 else ()


def _everyday(word: str) -> bool:
    return word.startswith(EVERYDAY_WORDS) or any(part in word for part in EVERYDAY_PARTS)


# "at" and what follows it written on ("ဖန်းထောင်မှာနေတယ်", lives at Phan Thong), and "side" at the end
# ("ဆဒေါဘက်က", from the Sadao side): the name is what comes before
_GLUED_TAIL = re.compile(r"(?:မှာ|ကနေ|တွင်)[\u1000-\u109f]*$|ဘက်(?:က|မှာ)?$")


def _bare(word: str) -> str:
    if tail := _GLUED_TAIL.search(word, 3):
        word = word[: tail.start()]
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 2:
            return word[: -len(particle)]
    return word


def _next_word(text: str, end: int) -> tuple[str, int] | None:
    """The Burmese word after a space at `end`, and where it ends: a word, not the rest of the one
    before (ဆူရတ် of ဆူရတ်ဌာနီ)."""
    while text[end : end + 1] in TONE_MARKS and end < len(text):
        end += 1  # "ထာဆောင်ယန်း မယ်အူဆူ": the name matched without its tone mark
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return (after.group(), after.end()) if after else None


TONE_MARKS = ("း", "့")


_WORD_BEFORE = re.compile(r"(?<![\u1000-\u109f])([\u1000-\u1049\u104c-\u109f]+)[၊,]? ?$")  # "ဖရပရဒဲင်၊ စမုတ်ပရာကန်"


def _beside(text: str, anchors: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The Burmese word right after each anchor (a province named), then the one right before it: a
    district follows its province ("ဘန်ကောက် ဒွန်မောင်း") or, as in an address, comes first ("ကရထုံဘန်
    ဆမွတ်ဆာခွန်"); the words farther off are everyday words more often than not, and some of them sound
    like a tambon. Each with whether a short name may count there: after the province ("ချင်းမိုင်
    ဖန်း", "ဘန်ကောက် ဘန်နာ က"), not before it ("အစ်မ ဘန်ကောက်", an elder sister)."""
    words = []
    for _, end in anchors:
        after = _next_word(text, end)
        words += [(after[0], True)] if after else []
    for start, _ in anchors:
        before = _WORD_BEFORE.search(text, 0, start)
        words += [(before.group(1), False)] if before else []
    return [(word, after) for word, after in words if not _everyday(word)]


def burmese_place_within(text: str, province: str, anchors: list[tuple[int, int]]) -> str | None:
    """The district of `province` that the Burmese word after one of `anchors` names: said with the
    same sounds as it and no other."""
    areas = _districts_of(province)
    for word, after in _beside(text, anchors):
        # the same sounds exactly, and no other district's: a near match is as often an everyday word
        # ("ဘန်ကောက် ဆေးရုံမှာ", at a Bangkok hospital)
        if found := _one_named(_bare(word), areas, SHORTEST if after else LONGER, _town_tambons(province)):
            return found
    return None


def burmese_tambon_within(text: str, area: str, anchors: list[tuple[int, int]]) -> str | None:
    """The tambon of `area` (a district) that the Burmese word right after a place the message named
    names: "ဟတ်ယိုင် ဘန်ဖရူး" (Hat Yai, Ban Phru), "မဲဆောက် မယ်ကာဆာ": the same sounds as it, 3 or more, no
    other tambon's there, and not a district's (ချွန်ဘူရီ ဖန်ထောင် is the district Phan Thong, not its
    tambon so named). understanding.py asks it only inside a district read: inside a whole province a
    landmark's name (ဟွာလမ်ဖုန်း, Hua Lamphong) sounds like some tambon (ลุมพินี); and a word further on
    (after the district's name) was an orchard as often as a tambon."""
    tambons = _tambons_of(area)
    districts = _districts_of(area[:2])  # the district named is not its tambon so named
    for _, end in anchors:
        first = _next_word(text, end)
        # the word after "township" ("ရနောင်း မြို့နယ် ဘန်ရင်း") or after the district in an address
        # ("ချုံဘူရီ စီရာချာ ဘော့ဝင်း"): a tambon of 3 sounds or more only, no word of two (today, nearby)
        further = bool(first) and first[0] == TOWNSHIP_WORD
        first = _next_word(text, first[1]) if first and further else first
        if first is None or _everyday(first[0]):
            continue
        word = _bare(first[0]).removesuffix(TOWNSHIP_WORD)  # "ဖန်းမြို့နယ်": the township, Fang
        if _names_the_district(word, area, districts) and (second := _next_word(text, first[1])):
            first, word, further = second, _bare(second[0]).removesuffix(TOWNSHIP_WORD), True
            if _everyday(first[0]):
                continue
        found = _one_named(word, tambons, LONGER)
        if found and _said_unlike_the_district(word, found, area, tambons, districts):
            return found  # "ဘန်ဖလီ ဘန်ဖလီယိုင်": บางพลีใหญ่, its last vowel not บางพลี's
        if _one_named(word, districts, LONGER, _town_tambons(area[:2])):
            continue
        if found:
            return found
        if (district := _one_named(word, districts, SHORTEST)) and _said_alike(word, district, districts):
            continue  # "ဖူးခက် ကသူ": the district Kathu said again, not its tambon so named
        if not further and (found := _short_and_spelt_alike(word, tambons)):
            return found
    return None


def _said_alike(word: str, code: str, areas: Areas) -> bool:
    """Whether the word's last vowel is the area's (ဘော့ဖွတ်, "bo phut", is no พระแสง of the same sounds)."""
    return any(_vowels_agree(last, _last_vowel(word)) for _, _, last, area in areas if area == code)


def _said_unlike_the_district(word: str, tambon: str, district: str, tambons: Areas, districts: Areas) -> bool:
    """Whether the word's last vowel is the tambon's and not its district's, whose sounds are the same."""
    vowel = _last_vowel(word)
    tambon_vowel = next(last for _, _, last, code in tambons if code == tambon)
    district_vowel = next((last for _, _, last, code in districts if code == district), vowel)
    return tambon_vowel == vowel != district_vowel  # (strictly: ue heard as u is too loose to set aside a district)


def _names_the_district(word: str, area: str, districts: Areas) -> bool:
    return area in (_one_named(word, districts, SHORTEST), _one_named(word, districts, LONGER))


def _short_and_spelt_alike(word: str, tambons: Areas) -> str | None:
    """A tambon of two sounds right after its district, the only one of them with those sounds, finer
    sounds and last vowel ("မဲဆောက် မယ်တော်": Mae Sot, Mae Tao)."""
    if word.startswith(_PARTICLES):
        return None  # "မဲဆောက် မှာပါ" (at Mae Sot), "… ကနေ" (from): no name
    keys = {key for key in burmese_keys(word) if len(key) == SHORTEST}
    fine_keys, vowel = burmese_keys(word, fine=True), _last_vowel(word)
    # (of two with those sounds, the one whose finer sounds and last vowel are the word's: ဘော့ဝင်း,
    # "bo win", is บ่อวิน, not บางพระ)
    alike = [
        (key, code)
        for key, fine, last, code in tambons
        if key in keys and fine in fine_keys and _vowels_agree(last, vowel)
    ]
    if len(alike) > 1:  # ခုတ်ခမ်: โคกขาม, its မ် said m as written, over a tambon said -n
        alike = [(key, code) for key, code in alike if key in burmese_keys(word, as_written=True)]
    return alike[0][1] if len(alike) == 1 else None


def burmese_town_tambon(text: str, province: str, anchors: list[tuple[int, int]]) -> str | None:
    """A tambon of the province's own town, where migrants work, right after the province: "ရနောင်း
    ပါကနမ်" (Pak Nam, Ranong)."""
    town = mueang_district(province)
    return burmese_tambon_within(text, town, anchors) if len(town) == 4 else None


# မြို့နယ် (township) after a name marks a district, as อ. does in Thai: "ဖူးခက်ပြည်နယ် ကသူမြို့နယ်"
TOWNSHIP_WORD = "မြို့နယ်"
TOWNSHIP = re.compile(r"([\u1000-\u1049\u104c-\u109f]+?) ?" + TOWNSHIP_WORD)
PROVINCE_WORD = "ပြည်နယ်"  # "state": a province's word, never a district's name

# a district's word after its name, inside the province named: ခရိုင် (the word many writers use for อำเภอ)
# and อำเภอ itself by ear ("ဆန်ဆိုင် အမ်ဖော ချင်းမိုင်"). Not anywhere: as many name their home district in
# Myanmar so ("ရေနံချောင်းခရိုင်က လာတာ"), which sounds like some Thai district.
DISTRICT_WORD = re.compile(r"([\u1000-\u1049\u104c-\u109f]+?) ?(?:ခရိုင်|အမ်ဖော|အမ်ဖိုး|အမ်ဖို|အံဖော)")


def burmese_township(text: str, province: str) -> str | None:
    """The district of `province` a name marked as a township (မြို့နယ်) or a district (DISTRICT_WORD)
    names: the one whose sounds it has (2 or more, the mark says what it is), or the province's own town
    when the name is the province's ("ရနောင်း မြို့နယ်": the town district of Ranong)."""
    areas = _districts_of(province)
    own = thai_key(geothai.province(province).name_th)
    for found in TOWNSHIP.finditer(text):
        if found.group(1).endswith(PROVINCE_WORD):
            continue
        if own in burmese_keys(found.group(1)):
            return mueang_district(province)
        if named := _one_named(found.group(1), areas, SHORTEST):
            return named
    for found in DISTRICT_WORD.finditer(text):  # "ဆန်ဆိုင် အမ်ဖော ချင်းမိုင်" (not "ချင်းမိုင် ခရိုင်", the province)
        word = _bare(found.group(1))
        if own not in burmese_keys(word) and not _everyday(word) and (named := _one_named(word, areas, SHORTEST)):
            return named
    return None


PROVINCE_SHORTEST = 5  # sounds of a province's name read anywhere in a message: shorter keys are everyday words
# ... and longer everyday words that still sound like one: back or again (ပြန်ရုပ်သိမ်း, to withdraw, is
# Ubon's), which (ဘယ်အချိန်လောက်, about what time, Phitsanulok's), a plate (ပန်းကန်ဆေး, washing up, Ayutthaya's);
# a shop (နှိပ်နယ်ဆိုင်, a massage shop, Nakhon Sawan's)
PROVINCE_EVERYDAY_STARTS = ("ပြန်", "ဘယ်", "ပန်းကန်")
PROVINCE_EVERYDAY_PARTS = ("ဆိုင်",)


# ... and only a word that has a part of a province's name as Burmese spells it: -buri, -thani, nakhon-,
# samut-, mae- (people's names have five sounds or more as often: ကျော်ခိုင်ခိုင်, Kyaw Khaing Khaing, sounds
# like Sakon Nakhon)
PROVINCE_PART = re.compile(r"(?:ဘူရီ|ဗူရီ|ပူရီ|ဘူလီ|ဘူးရီ|ဘုရီ|ဓာနီ|ထာနီ|သာနီ|တာနီ|ဒါနီ|ဓနီ|ထနီ)$|^(?:နခွန်|နာခွန်|နကွန်|ဆမွတ်|စမွတ်|ဆမုတ်|စမုတ်|မဲ|မယ်)")


@lru_cache(maxsize=1)
def _provinces() -> Areas:
    return _keyed(geothai.provinces())


def burmese_province(word: str) -> str | None:
    """The province a Burmese word names by its sounds alone, anywhere in a message (ပသုမ်ဓာနီ,
    ปทุมธานี; FOREIGN_PLACES in dispatch/understanding.py holds the spellings that differ more): five
    sounds or more, exactly one province's, and its last vowel too; not an everyday word."""
    if _everyday(word) or word.startswith(PROVINCE_EVERYDAY_STARTS) or any(p in word for p in PROVINCE_EVERYDAY_PARTS):
        return None
    bare = _bare(word)
    if not PROVINCE_PART.search(bare):
        return None
    named = _provinces_sounding(burmese_keys(bare))
    if len(named) > 1:  # ဆမွတ်ဆောင်ခရမ်: its မ် as written (m) tells Samut Songkhram from Samut Sakhon (-n)
        named = _provinces_sounding(burmese_keys(bare, as_written=True))
    if len(named) == 1 and _vowels_agree(named[0][1], _last_vowel(bare)):
        return named[0][0]
    return None


def _provinces_sounding(keys: set[str]) -> list[tuple[str, str]]:
    """(code, last vowel) of each province one of the keys, PROVINCE_SHORTEST sounds or more, names."""
    return [(code, last) for key, _, last, code in _provinces() if key in keys and len(key) >= PROVINCE_SHORTEST]
