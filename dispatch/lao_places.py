"""Thai places written in Lao script ("ລຳລູກກາ ປະທຸມທານີ", "ແຂວງຫົວໝາກ ບາງກະປິ"), matched to geothai's
Thai names. Pure; used by dispatch/understanding.py.

Lao letters sit 0x80 above their Thai cousins, but Lao spells by sound: no silent letters (ปทุมธานี is
ປະທຸມທານີ), one letter for several Thai ones (ທ for ท ธ ถ), clusters dropped (ลาดพร้าว, ລາດພ້າວ) and
finals written as said (สมุทรสาคร, ສະໝຸດສາຄອນ). So both are compared by a key of consonant sounds, with
a little fuzziness left for the rest. Short keys match too many words: names need 4 sounds, and a name
many places share counts only when another place in the text says which one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from dispatch.address import BEST_KNOWN_NAMESAKES, every_area, mueang_district, named_like_its_district
from dispatch.roman_places import one_place

_LAO_AS_THAI = {point: point - 0x80 for point in range(0x0E81, 0x0EDC)}
# ຍ is a y, as Thai ย (its cousin by code, ญ, is said n at the end of a word: ธัญบุรี)
_LAO_AS_THAI |= {ord("ໜ"): "หน", ord("ໝ"): "หม", ord("ຼ"): "ล", ord("ຽ"): "ย", ord("ົ"): None, ord("ຍ"): "ย"}
# Thai letters said alike share a class; vowels, tone marks and the silent ห อ ฮ drop out.
_SOUNDS = {
    "k": "ก",
    "K": "ขฃคฅฆ",
    "g": "ง",
    "c": "จ",
    "C": "ชซฌ",
    "y": "ญย",
    "d": "ฎด",
    "t": "ฏต",
    "T": "ฐฑฒถทธ",
    "n": "ณน",
    "b": "บ",
    "p": "ป",
    "P": "ผพภ",
    "f": "ฝฟ",
    "m": "ม",
    "l": "รลฬ",
    "w": "ว",
    "S": "ฉศษส",  # ฉ too: Lao writes it ສ (ฉะเชิงเทรา, ສະເຊີງເທົາ)
}
_KEY = str.maketrans({thai: sound for sound, letters in _SOUNDS.items() for thai in letters})
_SILENT = re.compile(r"[ก-ฮ][ิุ]?์")  # a letter under the killer mark: จันทร์, ราษฎร์
# พร้าว, ศรี: Lao drops the r of a cluster; not an r after a final (บางริ้น, ບາງລິ້ນ)
_CLUSTER_R = re.compile(r"(?<=[ก-ฮ])(?<![งนมยวรลอห])ร(?=[ะ-ฺเ-ไ็-๎])")
# ... and the l of a cluster as often as not (บ่อพลอย ບໍ່ພອຍ, but บางพลี ບາງພລີ): names are keyed both ways
_CLUSTER_L = re.compile(r"(?<=[กขคปพผ])ล(?=[ะ-ฺเ-ไ็-๎]|อ|ว)")
_FINAL_TR = re.compile(r"ทร(?=[ก-ฮ]|$)")  # สมุทร: said -ut
# สาคร, กาฬ, ธัญบุรี: said -n (not เลย; nor before ว, a vowel there: ลวด, ท่าสายลวด)
_FINAL_N = re.compile(r"[รลฬญ](?=(?!ว)[ก-ฮ]|[เ-ไ]|$)(?<!^.)(?<![เ-ไ].)")
# a stop after a vowel, before another syllable or the end, is said -t: ภูเก็ต ພູເກັດ, อำนาจ ອຳນາດ
_FINAL_T = re.compile(r"(?<=[ัาำ็])[จชซศษสฎฏฐฑฒตถทธ](?=[ก-ฮเ-ไ]|$)")
# ... and in a Thai name (not a Lao word, whose ຊຽງ has no final) after a short vowel, พืชผล, สุทโธ, or after
# a consonant under a leading vowel, เดชอุดม: Lao writes them ພືດ, ສຸດ, ເດດ
_FINAL_T_INSIDE = re.compile(r"(?:(?<=[ิีึืุู])|(?<=[เแโ][ก-ฮ]))[จชซศษสฎฏฐฑฒตถทธ](?=[ก-ฮเ-ไ])")
_FINAL_AI = re.compile(r"ัย$")
# ธาตุ is said "that" (ທາດ), and a stop that ends a name is said -t (ประเวศ ປະເວດ, เขมราฐ ເຂມະລາດ)
_FINAL_TU = re.compile(r"(?<=า)ตุ(?=[ก-ฮเ-ไ]|$)")
_FINAL_T_END = re.compile(r"(?<=[ก-ฮะ-ู็-๋])[จชซศษสฎฏฐฑฒตถทธ]$")
# (not the repeat mark ໆ: "ໄວໆແດ່", quickly please, is no place)
LAO_WORD = re.compile(r"[\u0e80-\u0ec5\u0ec7-\u0eff]+")
SHORTEST = 4  # consonant sounds in a name
FUZZY_CUTOFF = 85
# Words Lao runs together with the name after them ("ເຮັດວຽກໂຮງງານປາຢູ່ສະມຸດສາຄອນ": works at the fish
# factory at Samut Sakhon): at, around, bridge, and the marks of a province, district or tambon (ຕາແສງ
# is Lao's own word for a tambon, ຈັງຫວັດ the Thai word for a province in Lao letters).
MARKS = ("ແຂວງ", "ເຂດ", "ເມືອງ", "ອຳເພີ", "ຕຳບົນ", "ຕາແສງ", "ຈັງຫວັດ", "ຢູ່", "ທີ່", "ແຖວ", "ຂົວ")
MARK_AT = re.compile("|".join(MARKS))
# Right after the mark of its level a short name counts, exactly spelt (ແຂວງນ່ານ, ອຳເພີຊຸມແພ, ຢູ່ກະບີ່):
# the levels (2 digits a province, 4 a district, 6 a tambon) each mark may stand before.
LEVELS_AFTER = {
    "ຈ.": (2,), "ຈັງຫວັດ": (2,), "ແຂວງ": (2, 6), "ເຂດ": (4,), "ເມືອງ": (4,), "ອຳເພີ": (4,), "ຕຳບົນ": (6,), "ຕາແສງ": (6,),
    "ຢູ່": (2,), "ທີ່": (2,), "ອ.": (4,), "ຕ.": (6,),
}  # fmt: skip
# Two short names that say each other's place (ແມ່ສອດ ຕາກ: Mae Sot, Tak) count with no mark; after
# "at" a province needs 3 sounds (ຢູ່ໜ້າເຮືອນ, "in front of the house", sounds like น่าน).
PAIRED_SHORTEST = 2
SHORTEST_AFTER_AT = 3
# "at", "around": a district named right after them may stand alone with 4 sounds, exactly spelt
# (ຢູ່ບາງກະປິ), unless it starts with ບ້ານ, "home" (ຢູ່ບ້ານຂ້ອຍ, "at my home", sounds like บ้านค่าย)
AT_MARKS = ("ຢູ່", "ທີ່", "ແຖວ")
# Where someone went to work or study is not where the one in need is: "ລູກໄປເຮັດວຽກບາງກອກບໍ່ກັບມາ";
# where someone works is, unless another place is named: "ຂ້ອຍເຮັດວຽກຢູ່ບາງກອກ ... ແມ່ຢູ່ອຸບົນ".
WENT_TO = re.compile(r"ໄປ(?:ເຮັດວຽກ|ຮຽນ)?(?:ຢູ່|ທີ່)?\s?$")
WORKS_AT = re.compile(r"ເຮັດວຽກ(?:ຢູ່|ທີ່)?\s?$")


def lao_as_thai(text: str) -> str:
    return text.translate(_LAO_AS_THAI)


# ทร before a vowel is said s (สันทราย, ສັນຊາຍ); two l sounds in a row are one (กันทรลักษ์, ກັນທະລັກ)
_TR_AS_S = re.compile(r"ทร(?=[ะ-ฺเ-ไ็-๎])")
_RUNS_OF_L = re.compile(r"l{2,}")
_SILENT_FINAL_R = re.compile(r"(?<=ั[ก-ฮ])ร$")  # not ชุมพร, said -phon
_FINAL_NY = re.compile(r"(?<=[ก-ฮ]ั)ญ(?=[ก-ฮ])")
_TR_SPELT_OUT = re.compile(r"(?<=[ก-ฮ]ั[นมง])ทร")
_THON = re.compile(r"(?<=า)ทร$")


def _keys_of(name: str) -> set[str]:
    """A Thai name's keys: as spelt, without the l of a cluster, with ทร said s, and with one l for two."""
    keys = {sound_key(name), sound_key(_CLUSTER_L.sub("", name)), sound_key(_TR_AS_S.sub("ซ", name))}
    keys.add(sound_key(_SILENT_FINAL_R.sub("", name)))  # จตุจักร, ຈະຕຸຈັກ: the last ร is not said
    keys.add(sound_key(_FINAL_NY.sub("นย", name)))  # ธัญบุรี, ທັນຍະບູລີ: a final ญ said n, then y again
    keys.add(sound_key(_TR_SPELT_OUT.sub("ทล", name)))  # กันทรวิชัย, ກັນທະລະວິໄຊ: ทร after a final said tha-ra
    keys.add(sound_key(_THON.sub("ทอน", name)))  # สาทร, ສາທອນ: a last ทร after า said thon (not สมุทร's -ut)
    return keys | {_RUNS_OF_L.sub("l", key) for key in keys}


def _key_with_final_t(name: str) -> set[str]:
    """A final t inside a Thai name said t (พืชผล, ພືດຜົນ), where that is another key: looked up exactly only
    (a key of four sounds so made, อุตรดิตถ์'s, is near everyday words: ເຮັດແນວໃດດີ)."""
    key = sound_key(_FINAL_T_INSIDE.sub("ด", name))
    return {key} if len(key) >= SHORTEST and key not in _keys_of(name) else set()


def _keys_said_once(name: str) -> set[str]:
    """A name's keys with any sound twice in a row said once: what a Lao spelling that writes a sound
    twice (ສຸວັນນະພູມ, ສັດຕະຫີບ) is looked up by."""
    return {_once(key) for key in _keys_of(name)}


def _key_with_final_l(name: str) -> set[str]:
    """An l before a consonant said as a syllable of its own (เสลภูมิ, ເສລະພູມ), where that is another key."""
    key = sound_key(name, final_l=True)
    return {key} if len(key) >= SHORTEST and key not in _keys_of(name) else set()


# สุวรรณภูมิ, ສຸວັນນະພູມ; นิคมพัฒนา, ນິຄົມພັດທະນາ: a sound written twice, or a final t before a t, said once
_TWICE = re.compile(r"(.)\1+|(?<=d)[tT]")
# ... where the Lao spelling writes a final again as the next syllable's start (not ນອນລົມ, "non-lom")
WRITTEN_TWICE = re.compile(r"([\u0e81-\u0eae])\1ະ|ດ[ຕທ]ະ")


def _once(key: str) -> str:
    return _TWICE.sub(lambda run: run.group(1) or "", key)


def sound_key(thai: str, final_l: bool = False) -> str:
    """The consonant sounds of a Thai spelling, as a Lao writer would spell them (with `final_l`, an l
    before a consonant kept, not said n)."""
    thai = _FINAL_TR.sub("ด", _CLUSTER_R.sub("", _SILENT.sub("", thai)))
    thai = thai if final_l else _FINAL_N.sub("น", thai)
    thai = _FINAL_T_END.sub("ด", _FINAL_T.sub("ด", _FINAL_TU.sub("ด", thai)))
    thai = _FINAL_AI.sub("ั", thai)  # มีชัย ends in the vowel ai, Lao ມີໄຊ: no y
    return "".join(char for char in thai.translate(_KEY) if char.isascii())


@lru_cache(maxsize=1)
def _codes_by_key() -> dict[str, tuple[str, ...]]:
    return {key: codes for key, codes in _codes_by_short_key().items() if len(key) >= SHORTEST}


@lru_cache(maxsize=1)
def _keys_by_length() -> dict[int, list[str]]:
    lengths: dict[int, list[str]] = {}
    for key in _codes_by_key():
        lengths.setdefault(len(key), []).append(key)
    return lengths


@lru_cache(maxsize=64)
def _keys_near_in_length(length: int) -> tuple[str, ...]:
    """The keys one sound shorter, as long, or one longer: the only ones near enough to match."""
    return tuple(other for near in (length - 1, length, length + 1) for other in _keys_by_length().get(near, ()))


def _codes_of(word: str) -> tuple[tuple[str, ...], bool] | None:
    """The places a Lao word names, and whether exactly: its key, else the one close key of about
    its length."""
    key = sound_key(lao_as_thai(word))
    if len(key) < SHORTEST:
        return None
    if key in _codes_by_key():
        return _codes_by_key()[key], True
    # ຮ written for ร, as Lao says it (ເຝົ້າໄຮ່, เฝ้าไร่)
    if "ຮ" in word and (said_r := sound_key(lao_as_thai(word.replace("ຮ", "ຣ")))) in _codes_by_key():
        return _codes_by_key()[said_r], True
    # a final t written and said again (ສັດຕະຫີບ for สัตหีบ), a sound written twice (ສຸວັນນະພູມ)
    if WRITTEN_TWICE.search(word) and (single := _once(key)) in _codes_by_keys_of(_keys_said_once):
        return _codes_by_keys_of(_keys_said_once)[single], True
    if key in _codes_by_keys_of(_key_with_final_l):
        return _codes_by_keys_of(_key_with_final_l)[key], True
    if key in _codes_by_keys_of(_key_with_final_t):
        return _codes_by_keys_of(_key_with_final_t)[key], True
    found = process.extract(key, _keys_near_in_length(len(key)), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=2)
    if len(found) == 1 or (len(found) == 2 and found[0][1] > found[1][1]):
        return _codes_by_key()[found[0][0]], False
    return None


@dataclass(frozen=True)
class _Named:
    said: str
    codes: tuple[str, ...]
    exact: bool
    short: bool = False  # fewer sounds than a name alone needs: counts after a mark or beside its pair
    at_work: bool = False  # after "works at": only when no other place is named
    mark: str = ""  # the mark right before it, if any
    start: int = 0
    end: int = 0

    def beside(self, other: _Named) -> bool:
        return 0 <= other.start - self.end <= 2 or 0 <= self.start - other.end <= 2


PROVINCE_DOT = re.compile(r"ຈ\.\s?$")
TAMBON_DOT = re.compile(r"ຕ\.\s?$")
# Laos itself named (a province of Laos, a home town, "from"): a town or a last word may be Lao, not Thai
IN_LAOS = re.compile(
    r"ຫຼວງພະບາງ|ວຽງຈັນ|ສະຫວັນນະເຂດ|ຈຳປາສັກ|ຄຳມ່ວນ|ບໍລິຄຳໄຊ|ຫົວພັນ|ຊຽງຂວາງ|ອຸດົມໄຊ|ຫຼວງນ້ຳທາ|ບໍ່ແກ້ວ|ຜົ້ງສາລີ"
    r"|ໄຊຍະບູລີ|ສາລະວັນ|ເຊກອງ|ອັດຕະປື|ໄຊສົມບູນ|ປະເທດລາວ|ບ້ານເກີດ|ມາຈາກ"
)


def _candidates(text: str, run: str, at: int) -> list[tuple[int, str]]:
    """(offset, mark before) of each place a name may start in a run of Lao letters, longest first:
    the run, and what follows each mark in it (ເມືອງ kept too: ເມືອງໜອງຄາຍ is a district's name)."""
    starts = [] if run.startswith(MARKS) else [(0, "")]
    if starts and PROVINCE_DOT.search(text, 0, at):
        starts = [(0, "ຈ.")]  # ຈ.ເລີຍ: the province
    for mark in MARK_AT.finditer(run):
        if mark.group() == "ເມືອງ":
            starts.append((mark.start(), "ເມືອງ…"))
        if not run.startswith(MARKS, mark.end()):
            starts.append((mark.end(), mark.group()))
    return starts


def _short_codes(word: str, mark: str, marked_elsewhere: bool = False) -> tuple[tuple[str, ...], str]:
    """(codes, mark) of a name too short to stand alone: the places of its level right after a level's
    mark, or a province after "at" (ຢູ່ກະບີ່); else provinces and districts that need their pair
    beside them (mark "": ຢູ່ທ່າບໍ່ ໜອງຄາຍ)."""
    key = sound_key(lao_as_thai(word))
    if len(key) < PAIRED_SHORTEST or len(key) >= SHORTEST:
        return (), ""
    codes = _codes_by_short_key().get(key, ())
    if (
        mark in AT_MARKS
        and len(key) >= SHORTEST_AFTER_AT
        and (word not in _lao_words() or word.startswith("ບາງ"))
        and not marked_elsewhere  # "ລົງນ້ຳຢູ່ໜອງໃຫຍ່ … ອ.ສີສົງຄາມ": the district marked is the place
    ):
        # a short district spelt nearly letter for letter right after "at": "ຢູ່ບາງໃຫຍ່", "ແຖວປະເວດ" (ບາງໃຫຍ່ is
        # Lao words too, "some big", but not after "at"; ໜອງໃຫຍ່ after it is "a big pond"), with the tambons
        # so spelt, of which one inside another place named is the place ("ຢູ່ໜອງປຣືອ ບາງພລີ")
        spelt = lao_as_thai(word)
        alike = tuple(code for code in codes if _likeness(spelt, code) >= SHORT_DISTRICT_LIKENESS)
        if sum(len(code) == 4 for code in alike) == 1:
            return alike, mark
    if mark in LEVELS_AFTER and (len(key) >= SHORTEST_AFTER_AT or mark not in AT_MARKS):
        marked = tuple(code for code in codes if len(code) in LEVELS_AFTER[mark])
        if marked:
            return marked, mark
    # a tambon needs 3 sounds and its province beside it: ປ່າຕອງ ພູເກັດ
    return tuple(code for code in codes if len(code) in (2, 4) or len(key) >= SHORTEST_AFTER_AT), ""


SHORT_DISTRICT_LIKENESS = 85


# a mark written apart from its name: "ຢູ່ ລຳລູກກາ", "ອຳເພີ ໂພນພິໄສ"
MARK_APART = re.compile(f"(?:^|[^\u0e80-\u0eff])({'|'.join(MARKS)})\\s$")
# the Thai abbreviations in Lao letters: ອ.ກຸດຈັບ (a district), ຕ.ຫາດຄຳ (a tambon)
# (also right after "at" written on: "ຢູ່ອ.ແກ່ງຄອຍ"; not ທີ່, "that" as often: "ທີ່ອ.ສີສະຫວາດ ສອນ", what teacher
# Sisavat teaches, ອ. for ອາຈານ)
DOT_MARK = re.compile(r"(?:^|[^\u0e80-\u0eff]|ຢູ່|ແຖວ)([ອຕ]\.)\s?$")
# marks that say one level only: the length of its codes
LEVEL_MARKS = {"ອ.": 4, "ອຳເພີ": 4, "ຕ.": 6, "ຕຳບົນ": 6, "ຕາແສງ": 6}


@lru_cache(maxsize=64)  # lao_place reads one message up to three times (with and without a place known)
def _named(text: str) -> tuple[_Named, ...]:
    found = []
    for match in LAO_WORD.finditer(text):
        run = match.group()
        for offset, mark in _candidates(text, run, match.start()):
            word, at = run[offset:], match.start() + offset
            if not mark and (apart := MARK_APART.search(text, 0, at) or DOT_MARK.search(text, 0, at)):
                mark = apart.group(1)
            if WENT_TO.search(text, 0, at):
                break
            at_work = bool(WORKS_AT.search(text, 0, at))
            named = _codes_of(word)
            if named is None and mark in DISTRICT_MARKS and (near := district_spelt_near(word)):
                named = ((near,), True)  # "ອ.ເຂົາສະມິງ": Lao writes the vowels Thai leaves unwritten
            if named and mark == "ເມືອງ…":  # ເມືອງເພັນ is the district เพ็ญ, not the tambon เมืองพาน
                named = (tuple(code for code in named[0] if len(code) == 4), named[1])
            elif named and mark in LEVEL_MARKS:  # ອ.ໂພນທອງ: the district, not the tambons so named
                named = (tuple(code for code in named[0] if len(code) == LEVEL_MARKS[mark]) or named[0], named[1])
            if named and len(named[0]) > 1:  # ໜອງຫານ is หนองหาน letter for letter, not หนองหิน
                named = (_spelt_alike(word, named[0]), named[1])
            if named and named[0]:
                found.append(_Named(word, *named, at_work=at_work, mark=mark, start=at, end=match.end()))
                break
            codes, marked = _short_codes(word, mark, bool(MARKED.search(text)))
            codes = _spelt_alike(word, codes)
            if codes:
                found.append(_Named(word, codes, True, True, at_work, marked, at, match.end()))
                break
    return tuple(found)


def _short_district_within(text: str, name: _Named, code: str, within: str | None) -> bool:
    """A short district name, its sounds and most of its letters the district's (not an everyday Lao
    word: "ຢູ່ນອກ", outside, sounds like นาแก), inside the province already read, right after "at" or
    standing as a word of its own (ບາງນາ ບາງກອກ, ເກາະຊ້າງ ตราด): its province named there says which."""
    alone = (name.start == 0 or text[name.start - 1].isspace()) and not LAO_WORD.match(text, name.end)
    return bool(
        within
        and len(within) == 2
        and len(code) == 4
        and code.startswith(within)
        and name.exact
        and _spelt_like(name.said, code)
        and len(sound_key(lao_as_thai(name.said))) >= SHORTEST_AFTER_AT
        and (AT_BEFORE.search(text, 0, name.start) or alone)
    )


def _spelt_like(word: str, code: str) -> bool:
    """Most letters of `word` in Thai letters are the place's, as spelt or as said (ປະເວດ, ประเวศ)."""
    return _likeness(lao_as_thai(word), code) >= SLOT_LIKENESS


def _likeness(spelt: str, code: str) -> float:
    """How near Lao letters read as Thai are the place's name, as spelt or with a cluster's r or l dropped."""
    name = _names_by_code()[code]
    return max(
        fuzz.ratio(spelt, name),
        fuzz.ratio(spelt, _CLUSTER_R.sub("", name)),
        fuzz.ratio(spelt, _CLUSTER_L.sub("", name)),
    )


def _spelt_alike(word: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """Of several districts whose names sound like `word`, the one spelt letter for letter as it is (with
    the tambons of the same name, its own or elsewhere: ໜອງຈອກ is หนองจอก, not หนองจิก); all of them else."""
    if sum(len(code) == 4 for code in codes) < 2:
        return codes
    spelt = lao_as_thai(word)
    alike = tuple(code for code in codes if _names_by_code()[code] == spelt)
    if sum(len(code) == 4 for code in alike) == 1:
        return alike
    # none spelt so: the one district spelt nearest, clearly (ບຸ່ງຄ້າ is บุ่งคล้า, not บางคล้า nor บางแค)
    likeness = {code: _likeness(spelt, code) for code in codes if len(code) == 4}
    ranked = sorted(likeness.values(), reverse=True)
    if ranked[0] >= SLOT_LIKENESS and ranked[0] - ranked[1] >= SPELT_CLOSEST_BY:
        nearest = next(code for code, value in likeness.items() if value == ranked[0])
        return tuple(code for code in codes if _names_by_code()[code] == _names_by_code()[nearest])
    return codes


# The town district marked as a district, its province named apart ("ອຳເພີເມືອງ ແຂວງນະຄອນພະນົມ",
# "ອ.ເມືອງ ບຸລີລຳ"): the province's own district (ເມືອງ alone is "town" or a Lao district, not this)
TOWN_MARKED = re.compile(r"(?:ອ\.|ອຳເພີ)\s?ເມືອງ")
# A tambon or district marked as such (ຕ.ມີໄຊ, ອ.ທ່າບໍ່): short names count there, exactly spelt.
MARKED = re.compile(r"(ຕ|ອ)\.\s?([\u0e80-\u0eff]+)")
MARKED_SHORTEST = 2


def _marked_finer(text: str, best: str | None) -> str | None:
    """The tambon (ຕ.) or district (ອ.) a marked Lao name gives inside `best`, the place read so far."""
    finest = best
    for mark, word in sorted(MARKED.findall(text), reverse=True):  # the district (ອ.) first
        if mark == "ອ" and word.startswith("ເມືອງ") and finest and len(finest) == 2:
            finest = mueang_district(finest)  # ອ.ເມືອງ ຂອນແກ່ນ: the province's own district
            continue
        spelt = lao_as_thai(word)
        level = 6 if mark == "ຕ" else 4
        # Lao writes ร as ຮ as often as ລ (ຕ.ຫົວເຮືອ, หัวเรือ): after a mark, inside the place read, both
        keys = {sound_key(spelt)} | ({sound_key(spelt.replace("ฮ", "ร"))} if finest else set())
        keys = {key for key in keys if len(key) >= MARKED_SHORTEST}
        codes = [
            code
            for key in keys
            for code in _codes_by_short_key().get(key, ())
            if len(code) == level and (finest is None or code.startswith(finest[: min(len(finest), level)]))
        ]
        if len(codes) == 1 and (finest is None or codes[0].startswith(finest)):
            finest = codes[0]  # finer than what was read, and inside it
    return finest


def marked_tambon_spellings(text: str) -> list[str]:
    """The Thai spelling, letter for letter, of each Lao name marked ຕ. (ຕ.ບ້ານເລື່ອມ: บ้านเลื่อม)."""
    return [lao_as_thai(word) for mark, word in MARKED.findall(text) if mark == "ຕ"]


TAMBON_MARKED = re.compile(r"(ຕ\.|ຕຳບົນ|ຕາແສງ|ແຂວງ)\s?([\u0e80-\u0ec5\u0ec7-\u0eff]+)")  # ຕາແສງ: Lao's own word
BANGKOK = "10"  # where ແຂວງ (a Lao province) is the แขวง, Bangkok's tambon
SOUNDED_TAMBON_SHORTEST = 3  # sounds of a name marked ຕ. read by its sound alone, with no place around it


def marked_tambon_sounds(text: str, within: str | None) -> tuple[str, ...]:
    """The tambons (inside `within`, if any) whose name sounds as a Lao name marked ຕ., ຕຳບົນ or ຕາແສງ is spelt:
    ຕ.ຈໍຫໍ (จอหอ: ໍ for อ), ຕ.ຂາມໃຫຍ່ (ญ written ຍ), ຕຳບົນວັດທາດ (วัดธาตุ); in Bangkok, marked ແຂວງ too
    (ແຂວງທ່າແຮ້ງ ເຂດບາງເຂນ)."""
    for mark, word in TAMBON_MARKED.findall(text):
        # ແຂວງ with no place read: Bangkok's แขวง only if spelt nearly letter for letter (ແຂວງຫົວໝາກ)
        bangkok_alone = mark == "ແຂວງ" and not within and not IN_LAOS.search(text)
        if mark == "ແຂວງ" and not (within or "").startswith(BANGKOK) and not bangkok_alone:
            continue
        spelt = lao_as_thai(word)
        key = sound_key(spelt)
        if not key:
            continue
        short = (len(key) < SOUNDED_TAMBON_SHORTEST and not within) or bangkok_alone
        inside = BANGKOK if bangkok_alone else within or ""
        # Lao writes ร as ຮ as often as ລ (ແຂວງທ່າແຮ້ງ, ท่าแร้ง): inside a place read, both
        keys = {key} | ({sound_key(spelt.replace("ฮ", "ร"))} if inside else set())
        codes = tuple(
            code
            for each in keys
            for code in _codes_by_short_key().get(each, ())
            if len(code) == 6 and code.startswith(inside)
        )
        # of names keyed alike, those spelt near enough and closest (ขามใหญ่ for ຂາມໃຫຍ່, not คึมใหญ่; not
        # สุรศักดิ์ for ແສນສຸກ); Lao ໍ is the vowel Thai writes อ
        likeness = {code: fuzz.ratio(spelt.replace("ํ", "อ"), _names_by_code()[code]) for code in codes}
        best = max(likeness.values(), default=0)
        # (a short name with no place around it only spelt nearly letter for letter: ຕ.ນາເກືອ, นาเกลือ)
        near_enough = SPELT_NEARLY if short else SPELT_NEAR_ENOUGH
        codes = tuple(code for code in codes if likeness[code] >= max(near_enough, best - SPELT_CLOSEST_BY))
        if codes:
            return codes
    return ()


SPELT_NEAR_ENOUGH = 60
SPELT_NEARLY = 80
SPELT_CLOSEST_BY = 10


def _codes_by_short_key() -> dict[str, tuple[str, ...]]:
    return _codes_by_keys_of(_keys_of)


@lru_cache(maxsize=8)
def _codes_by_keys_of(keys_of: Callable[[str], set[str]]) -> dict[str, tuple[str, ...]]:
    names: dict[str, set[str]] = {}
    for area in every_area():
        for key in keys_of(area.name_th.removeprefix("เขต")):
            names.setdefault(key, set()).add(area.code)
    return {key: tuple(sorted(codes)) for key, codes in names.items()}


@lru_cache(maxsize=1)
def _lao_words() -> frozenset[str]:
    """Everyday Lao words (LaoNLP's dictionaries): ລົ້ມ (to fall), ແຈ້ງ (to tell) are no place, though
    they sound like some district."""
    from laonlp.corpus import lao_dictionary, lao_spellcheckdict

    return frozenset(lao_dictionary()) | frozenset(lao_spellcheckdict())


# Where Lao writers put a place, as a word of its own: after the village's number ("ໝູ່ 6 ດ່ານຊ້າຍ"),
# after "at" written apart ("ຢູ່ ທ່າບໍ່"), right before the phone ("ບາງນາ 096…", "ສາຍໄໝ ເບີຂ້ອຍ"). (Not
# merely last: a message ends as often with how it is, "ໜ້າຂຽວ", "ໄວໆແດ່", which sound like some district.)
AFTER_MOO = re.compile(r"(?:ໝູ່|หมู่|ม\.|moo)\s?\d{1,3}\s$")
AT_BEFORE = re.compile(r"(?:ຢູ່|ທີ່|ແຖວ)\s?$")
AT_RUN_IN = re.compile(r"(?:ຢູ່|ແຖວ)$")
AT_APART = re.compile(r"(?:^|\s)(?:ຢູ່|ທີ່|ແຖວ)\s$")
BEFORE_PHONE = re.compile(r"\s(?:ໂທ|ເບີ|(?:\+66|0)(?:[\s.-]?\d){8,9}(?!\d))")
# ບ້ານ, "home", before whose: "ຢູ່ ບ້ານເພິ່ນ" is "at his home", not a district named บ้าน…
WHOSE_HOME = re.compile(r"ບ້ານ(?:ຂ້ອຍ|ເຮົາ|ລາວ|ເຂົາ|ເພິ່ນ|ໝູ່|ເກີດ|ເຈົ້າ|ພໍ່|ແມ່|ນາຍ)")
# The key keeps only consonants: in a slot the vowels must agree too (ໜອງແກ is หนองแก, not หนองกี่).
SLOT_LIKENESS = 75


def _slot(text: str, name: _Named) -> str:
    """Which place slot the name stands in: "after" (a village number or "at"), "phone" (right before
    it) or "" (none, or inside a run of letters: "ຂ້ອຍອາຍຸ", "I, age", sounds like a district)."""
    if name.start and LAO_WORD.match(text, name.start - 1):
        # inside a run of letters only right after "at" run into it ("ຢູ່ທ່າບໍ່")
        return "after" if AT_RUN_IN.search(text, 0, name.start) else ""
    if AFTER_MOO.search(text, 0, name.start) or AT_APART.search(text, 0, name.start):
        return "after"
    return "phone" if BEFORE_PHONE.match(text, name.end) else ""


DISTRICT_MARKS = ("ອ.", "ອຳເພີ", "ເຂດ")
SPELT_NEAR = 90  # likeness of a name after a district's mark to the one district spelt so, as Thai letters
SPELT_NEAR_BY = 10  # ... and by how much more than any other district
_UNWRITTEN_A = re.compile(r"(?<=[ก-ฮ])ะ(?=[ก-ฮ])")
_TONES_AND_SHORT_A = re.compile(r"[่้๊๋็์ั]")
_WRITTEN_AI = re.compile(r"ไ([ก-ฮ])$")


def _as_thai_spells(thai: str) -> str:
    """Lao letters read as Thai, brought to what Thai spelling keeps: no tone marks, no written short a
    that Thai leaves out (ມະຫາ, มหา), ໍ as อ."""
    return _UNWRITTEN_A.sub("", _TONES_AND_SHORT_A.sub("", thai).replace("ํ", "อ"))


@lru_cache(maxsize=1)
def _districts_as_spelt() -> dict[str, str]:
    return {code: _as_thai_spells(name) for code, name in _names_by_code().items() if len(code) == 4}


def district_spelt_near(word: str) -> str | None:
    """The one district a Lao name after a district's mark is spelt nearly as (ອ.ມະຫາຊະນະໄຊ, มหาชนะชัย:
    its ໄຊ is Thai's ชัย), when its sounds matched none."""
    thai = lao_as_thai(word)
    spellings = {_as_thai_spells(thai), _as_thai_spells(_WRITTEN_AI.sub(r"\1ัย", thai))}
    likeness = sorted(
        ((max(fuzz.ratio(spelt, name) for spelt in spellings), code) for code, name in _districts_as_spelt().items()),
        reverse=True,
    )
    (best, code), (second, _) = likeness[0], likeness[1]
    return code if best >= SPELT_NEAR and best - second >= SPELT_NEAR_BY else None


@lru_cache(maxsize=1)
def _names_by_code() -> dict[str, str]:
    return {area.code: area.name_th.removeprefix("เขต") for area in every_area()}


def _slot_place(text: str, named: list[_Named], within: str | None) -> str | None:
    """The one district an exactly spelt word names, standing where Lao writers put a place; after a
    village number or "at", with no district of that name, the one tambon (4 sounds or more)."""
    for name in named:
        if not name.exact or name.said in _lao_words() or WHOSE_HOME.match(name.said) or name.at_work:
            continue
        slot = _slot(text, name)
        if not slot or any(len(code) == 2 for code in name.codes):  # ບຶງການ is the province
            continue
        spelt = lao_as_thai(name.said)
        codes = [
            code
            for code in name.codes
            if (not within or code.startswith(within)) and fuzz.ratio(spelt, _names_by_code()[code]) >= SLOT_LIKENESS
        ]
        districts = [code for code in codes if len(code) == 4]
        tambons = [code for code in codes if len(code) == 6]
        if len(districts) == 1:
            return districts[0]
        if slot == "after" and not districts and len(tambons) == 1 and len(sound_key(spelt)) >= SHORTEST:
            return tambons[0]
    return None


# Where a Lao writer names a well-known place: after "at" or "near", on a beach, at a market (not after
# ທີ່, "that" as often as "at": "ທີ່ມາຊື້", who comes to buy)
BEST_KNOWN_AT = re.compile(r"(?:ຢູ່|ແຖວ|ໃກ້|ຫາດ|ຕະຫຼາດ)\s?")
BEACH_OR_MARKET = ("ຫາດ", "ຕະຫຼາດ")
# ... but names that are everyday Lao after "at" (ໜອງຫອຍ a snail pond, ນາເກືອ salt fields, ປ່າຕອງ a forest,
# ຫ້ວຍ a stream, ຫົວ a head) only on a beach or at a market ("ຫາດນາເກືອ"); nor a home one goes back to
EVERYDAY_LAO_STARTS = ("ໜອງ", "ນາ", "ປ່າ", "ຫ້ວຍ", "ຫົວ", "ບາງ")
HOME_AT = re.compile(r"(?:ບ້ານ(?:ຂ້ອຍ|ເຮົາ|ເກີດ)|ເຮືອນ(?:ຂ້ອຍ|ເຮົາ))\s?$")
BEST_KNOWN_LIKENESS = 60  # Lao letters read as Thai against the Thai spelling (ມະຫາໄຊ, มหาชัย: 67)


def best_known_tambon(text: str) -> str | None:
    """The best-known tambon of its name (BEST_KNOWN_NAMESAKES) a Lao word names, said as it sounds and
    right after a word for where ("ຢູ່ມະຫາໄຊ", "ຫາດນາເກືອ", "ຫາດປ່າຕອງ"): alone, ມະຫາໄຊ is also a
    Lao town and a surname; a Thai place where someone is at (not in Laos)."""
    if IN_LAOS.search(text):
        return None
    for at in BEST_KNOWN_AT.finditer(text):
        run = LAO_WORD.match(text, at.end())
        if run is None or HOME_AT.search(text, 0, at.start()):
            continue  # "ບ້ານຂ້ອຍຢູ່ມະຫາໄຊ … ຢາກກັບບ້ານ": home, in Laos
        if run.group().startswith(EVERYDAY_LAO_STARTS) and at.group().strip() not in BEACH_OR_MARKET:
            continue
        for name, code, keys in _best_known_keyed():
            # the name and what runs on after it: the letters of about its length
            for length in range(len(name) - 1, min(len(run.group()), len(name) + 2) + 1):
                spelt = lao_as_thai(run.group()[:length])
                if sound_key(spelt) in keys and fuzz.ratio(spelt, name) >= BEST_KNOWN_LIKENESS:
                    return code
    return None


@lru_cache(maxsize=1)
def _best_known_keyed() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(name, code, keys) of each best-known tambon but those named like their district (ຫ້ວຍຂວາງ: the
    district, read as such)."""
    return tuple(
        (name, code, frozenset(_keys_of(name)))
        for name, code in BEST_KNOWN_NAMESAKES.items()
        if not named_like_its_district(code)
    )


def build_tables() -> None:
    """Build the name tables and read the Lao dictionary now, not on the first Lao message (a quarter
    of a second)."""
    _keys_by_length()
    _codes_by_keys_of(_keys_said_once)
    _codes_by_keys_of(_key_with_final_l)
    _codes_by_keys_of(_key_with_final_t)
    _names_by_code()
    _lao_words()
    _best_known_keyed()


def lao_place(text: str, within: str | None = None) -> str | None:
    """The geothai code of the finest place the Lao words of the text pin down, if any. A province
    may stand alone; a district only when its name is long and exact; a tambon, and any name matched
    loosely, only inside another place named (everyday words sound like some tambon somewhere) or
    inside `within`, a place already read."""
    if not LAO_WORD.search(text):
        return None
    named = _named(text)
    laos = bool(IN_LAOS.search(text))
    # where someone works gives way to another place named apart from it (not its province beside it)
    elsewhere = [name for name in named if not name.at_work and (name.mark or not name.short)]
    named = [name for name in named if not name.at_work or not any(not o.beside(name) for o in elsewhere)]
    best: str | None = None
    for name in named:
        # a short name with no mark says nothing of the names away from it (ໜ້າຫ້ອງ, "before the room")
        others = {
            code
            for other in named
            if other is not name and (other.mark or not other.short or other.beside(name))
            for code in other.codes
        }
        others |= {within or ""}
        # a district and its own tambon so named (ຄອງເຕີຍ: คลองเตย, both): the district
        coarsest = min(name.codes, key=len)
        codes = (coarsest,) if all(code.startswith(coarsest) for code in name.codes) else name.codes
        code = one_place(name.said, codes, others)
        if code is None or (within and not code.startswith(within)):
            continue
        # a tambon named like its district or province (มุกดาหาร) is the district or province
        code = next((coarse for coarse in sorted(name.codes, key=len) if code.startswith(coarse)), code)
        # a loose match only one level below the place that settles it: a district in a province
        settled = any(
            other and len(other) < len(code) and code.startswith(other) and (name.exact or len(code) == len(other) + 2)
            for other in others
        )
        long_enough = len(sound_key(lao_as_thai(name.said))) >= 5
        # a name of 4 sounds standing last, a word of its own: where people put the place ("... ໂພນພິໄສ")
        last_word = (
            not LAO_WORD.search(text, name.end)
            and (name.start == 0 or text[name.start - 1].isspace())
            and not name.said.startswith("ບ້ານ")  # ບ້ານຂ້ອຍ, "my home", sounds like บ้านค่าย
            and not laos
        )
        after_at = name.mark in AT_MARKS and not name.said.startswith("ບ້ານ")
        # (after ເມືອງ, Lao's word for a district: "ຢູ່ເມືອງກະນວນ"; not where Laos is named, whose own
        # districts are ເມືອງ too, "ເມືອງ ປາກຊ່ອງ ແຂວງຈຳປາສັກ")
        after_level = len(code) in LEVELS_AFTER.get(name.mark, ()) and name.mark not in AT_MARKS
        # ... unless Laos is named (ເມືອງ may be one of its own districts), or the name is two sounds
        # ("ເມືອງຊົນ", the town of Chonburi)
        after_level = after_level and not (name.mark == "ເມືອງ" and (laos or len(sound_key(lao_as_thai(name.said))) < 3))
        # ເມືອງ run into a Thai province's name is that province's town district (ເມືອງເລີຍ: เมืองเลย)
        # (not a tambon so named: "ຕ.ເມືອງເພຍ" is เมืองเพีย, not เมืองพะเยา)
        town = (
            name.mark == "ເມືອງ…"
            and code == mueang_district(code[:2])
            and not TAMBON_DOT.search(text, 0, name.start)
            and not laos
        )
        alone = len(code) == 2 or (
            len(code) == 4 and name.exact and (long_enough or after_at or after_level or last_word or town)
        )
        # a tambon marked as one (ຕ.ກວນວັນ, ຕຳບົນເວຽງຄຸກ) whose sounds no other tambon has
        alone = alone or (len(code) == 6 and name.exact and after_level and name.codes == (code,) and long_enough)
        if name.short and not name.mark:
            # a short name with no mark: only beside its pair, a district beside its province (ແມ່ສອດ ຕາກ)
            pair = {code for other in named if other.beside(name) for code in other.codes}
            inside = any(len(other) > len(code) and other.startswith(code) for other in pair)
            holder = any(len(other) < len(code) and code.startswith(other) for other in pair)
            # or right after "at" inside the province already read: "ຢູ່ບາງນາ ບາງກອກ", "ຢູ່ ປະເວດ" in Bangkok
            holder = holder or _short_district_within(text, name, code, within)
            settled, alone = len(code) >= 4 and holder, len(code) == 2 and inside
        if (settled or alone) and (best is None or (len(code) > len(best) and code.startswith(best[:2]))):
            best = code
    if (best is None or len(best) == 2) and not laos:
        in_slot = _slot_place(text, named, best or within)
        best = in_slot if in_slot and (best is None or in_slot.startswith(best)) else best
    if best is None and not within:
        return None  # a marked name alone, with no province: too many tambons sound alike
    if best and len(best) == 2 and TOWN_MARKED.search(text):
        best = mueang_district(best)  # "ອຳເພີເມືອງ ແຂວງອຸດອນທານີ": the province's own district
    return _marked_finer(text, best or within) if "." in text else best
