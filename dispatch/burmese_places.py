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
}
_WORD = re.compile(r"[\u1000-\u1049\u104c-\u109f]+")  # not the marks ၊ ။ that end a clause
# particles Burmese sets after a place: at, from, in
_PARTICLES = ("မှာ", "ကနေ", "က", "တွင်", "ထဲ")
SHORTEST = 2  # sounds in a word that may be a name, right after its province
LONGER = 3  # before it
# words written right after a place that sound like a district of some province: phone (ฝาง, บางนา)
EVERYDAY_WORDS = ("ဖုန်း", "မြို့နယ်", "ပြည်နယ်")  # and the words for township and state


def burmese_key(word: str) -> str:
    """The coarse consonant sounds of a Burmese spelling."""
    sounds = []
    for index, char in enumerate(word):
        sound = _CONSONANTS.get(char)
        if sound is None:
            if char == "ံ":
                sounds.append("n")
            continue
        following = word[index + 1 : index + 2]
        if sound == "k" and following in "ျြ":
            sound = "c"  # ချ, ကျ: ch
        if sound == "l" and sounds and index > 0 and word[index - 1] in _CONSONANTS:
            continue  # ဖရန်: a cluster's r, which Thai spelling keeps and sound keys drop
        sounds.append(sound)
    return _plain("".join(sounds))


def _plain(key: str) -> str:
    """A key without its glides (y, w: vowels as often as consonants) and with each run of one sound
    once (คลอง's ล is read as a final n beside its ง)."""
    key = key.replace("y", "").replace("w", "")
    return "".join(char for index, char in enumerate(key) if index == 0 or key[index - 1] != char)


_CLUSTER_L = re.compile(r"(?<=[ก-ฮ])ล(?=[ะ-ฺเ-ไ็-๎])")  # พลี: Burmese drops the l as it drops the r


def thai_key(name: str) -> str:
    # ำ ends in m, which Burmese writes (လမ်လူးကာ, ลำลูกกา) and Lao keeps in its own vowel
    return _plain(sound_key(_CLUSTER_L.sub("", name.removeprefix("เขต")).replace("ำ", "ัม")).translate(_COARSE))


@lru_cache(maxsize=100)
def _districts_of(province: str) -> tuple[tuple[str, str], ...]:
    """(coarse key, code) of each district of a province (its tambons are many, and everyday Burmese
    words sound like some of them)."""
    return tuple((thai_key(district.name_th), district.code) for district in geothai.districts(province))


def _bare(word: str) -> str:
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 2:
            return word[: -len(particle)]
    return word


def _next_word(text: str, end: int) -> tuple[str, int] | None:
    """The Burmese word after a space at `end`, and where it ends: a word, not the rest of the one
    before (ဆူရတ် of ဆူရတ်ဌာနီ)."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return (after.group(), after.end()) if after else None


_WORD_BEFORE = re.compile(r"(?<![\u1000-\u109f])([\u1000-\u1049\u104c-\u109f]+) ?$")


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
    return [(word, after) for word, after in words if not word.startswith(EVERYDAY_WORDS)]


def burmese_place_within(text: str, province: str, anchors: list[tuple[int, int]]) -> str | None:
    """The district of `province` that the Burmese word after one of `anchors` names: said with the
    same sounds as it and no other."""
    areas = _districts_of(province)
    for word, after in _beside(text, anchors):
        key = burmese_key(_bare(word))
        if len(key) < (SHORTEST if after else LONGER):
            continue
        # the same sounds exactly, and no other district's: a near match is as often an everyday word
        # ("ဘန်ကောက် ဆေးရုံမှာ", at a Bangkok hospital)
        exact = [code for area_key, code in areas if area_key == key]
        if len(exact) == 1:
            return exact[0]
    return None


@lru_cache(maxsize=200)
def _tambons_of(district: str) -> tuple[tuple[str, str], ...]:
    """(coarse key, code) of each tambon of a district."""
    return tuple((thai_key(tambon.name_th), tambon.code) for tambon in geothai.subdistricts(district))


def burmese_tambon_within(text: str, area: str, anchors: list[tuple[int, int]]) -> str | None:
    """The tambon of `area` (a district) that the Burmese word right after a place the message named
    names: "ဟတ်ယိုင် ဘန်ဖရူး" (Hat Yai, Ban Phru), "မဲဆောက် မယ်ကာဆာ": the same sounds as it, 3 or more, no
    other tambon's there, and not a district's (ချွန်ဘူရီ ဖန်ထောင် is the district Phan Thong, not its
    tambon so named). understanding.py asks it only inside a district read: inside a whole province a
    landmark's name (ဟွာလမ်ဖုန်း, Hua Lamphong) sounds like some tambon (ลุมพินี); and a word further on
    (after the district's name) was an orchard as often as a tambon."""
    tambons = _tambons_of(area)
    districts = {key for key, _ in _districts_of(area[:2])}  # the district named is not its tambon so named
    for _, end in anchors:
        first = _next_word(text, end)
        if first is None or first[0].startswith(EVERYDAY_WORDS):
            continue
        key = burmese_key(_bare(first[0]).removesuffix("မြို့နယ်"))  # "ဖန်းမြို့နယ်": the township, Fang
        if len(key) < LONGER or key in districts:
            continue
        exact = [code for tambon_key, code in tambons if tambon_key == key]
        if len(exact) == 1:
            return exact[0]
    return None


# မြို့နယ် (township) after a name marks a district, as อ. does in Thai: "ဖူးခက်ပြည်နယ် ကသူမြို့နယ်"
TOWNSHIP = re.compile(r"([\u1000-\u1049\u104c-\u109f]+?) ?မြို့နယ်")
PROVINCE_WORD = "ပြည်နယ်"  # "state": a province's word, never a district's name


def burmese_township(text: str, province: str) -> str | None:
    """The district of `province` a name marked as a township (မြို့နယ်) names: the one whose sounds it
    has (2 or more, the mark says what it is), or the province's own town when the name is the
    province's ("ရနောင်း မြို့နယ်": the town district of Ranong)."""
    areas = _districts_of(province)
    own = thai_key(geothai.province(province).name_th)
    for found in TOWNSHIP.finditer(text):
        if found.group(1).endswith(PROVINCE_WORD):
            continue
        key = burmese_key(found.group(1))
        if len(key) < SHORTEST:
            continue
        if key == own:
            return mueang_district(province)
        exact = [code for area_key, code in areas if area_key == key]
        if len(exact) == 1:
            return exact[0]
    return None
