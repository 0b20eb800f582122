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
from functools import lru_cache

from rapidfuzz import fuzz, process

from dispatch.address import every_area
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
    "C": "ฉชซฌ",
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
    "S": "ศษส",
}
_KEY = str.maketrans({thai: sound for sound, letters in _SOUNDS.items() for thai in letters})
_SILENT = re.compile(r"[ก-ฮ][ิุ]?์")  # a letter under the killer mark: จันทร์, ราษฎร์
_CLUSTER_R = re.compile(r"(?<=[ก-ฮ])ร(?=[ะ-ฺเ-ไ็-๎])")  # พร้าว, ศรี: Lao drops the r
_FINAL_TR = re.compile(r"ทร(?=[ก-ฮ]|$)")  # สมุทร: said -ut
_FINAL_N = re.compile(r"[รลฬญ](?=[ก-ฮ]|$)(?<!^.)")  # สาคร, กาฬ, ธัญบุรี: said -n
_FINAL_AI = re.compile(r"ัย$")
LAO_WORD = re.compile(r"[\u0e80-\u0eff]+")
SHORTEST = 4  # consonant sounds in a name
FUZZY_CUTOFF = 85
MARKS = ("ແຂວງ", "ເຂດ", "ເມືອງ", "ຢູ່", "ທີ່", "ຂົວ", "ຈ.", "ອ.", "ຕ.")


def lao_as_thai(text: str) -> str:
    return text.translate(_LAO_AS_THAI)


def sound_key(thai: str) -> str:
    """The consonant sounds of a Thai spelling, as a Lao writer would spell them."""
    thai = _FINAL_N.sub("น", _FINAL_TR.sub("ด", _CLUSTER_R.sub("", _SILENT.sub("", thai))))
    thai = _FINAL_AI.sub("ั", thai)  # มีชัย ends in the vowel ai, Lao ມີໄຊ: no y
    return "".join(char for char in thai.translate(_KEY) if char.isascii())


@lru_cache(maxsize=1)
def _codes_by_key() -> dict[str, tuple[str, ...]]:
    names: dict[str, set[str]] = {}
    for area in every_area():
        names.setdefault(sound_key(area.name_th.removeprefix("เขต")), set()).add(area.code)
    return {key: tuple(sorted(codes)) for key, codes in names.items() if len(key) >= SHORTEST}


@lru_cache(maxsize=1)
def _keys_by_length() -> dict[int, list[str]]:
    lengths: dict[int, list[str]] = {}
    for key in _codes_by_key():
        lengths.setdefault(len(key), []).append(key)
    return lengths


def _codes_of(word: str) -> tuple[tuple[str, ...], bool] | None:
    """The places a Lao word names, and whether exactly: its key, else the one close key of about
    its length."""
    key = sound_key(lao_as_thai(word))
    if len(key) < SHORTEST:
        return None
    if key in _codes_by_key():
        return _codes_by_key()[key], True
    near = [other for length in (len(key) - 1, len(key), len(key) + 1) for other in _keys_by_length().get(length, ())]
    found = process.extract(key, near, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=2)
    if len(found) == 1 or (len(found) == 2 and found[0][1] > found[1][1]):
        return _codes_by_key()[found[0][0]], False
    return None


def _named(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    found = []
    for match in LAO_WORD.finditer(text):
        word = match.group()
        while word.startswith(MARKS):  # "ຢູ່ເຂດຫ້ວຍຂວາງ": at, district, Huai Khwang
            word = word.removeprefix(next(mark for mark in MARKS if word.startswith(mark)))
        if named := _codes_of(word):
            found.append((word, *named))
    return found


# A tambon or district marked as such (ຕ.ມີໄຊ, ອ.ທ່າບໍ່): short names count there, exactly spelt.
MARKED = re.compile(r"(ຕ|ອ)\.\s?([\u0e80-\u0eff]+)")
MARKED_SHORTEST = 2


def _marked_finer(text: str, best: str | None) -> str | None:
    """The tambon (ຕ.) or district (ອ.) a marked Lao name gives inside `best`, the place read so far."""
    finest = best
    for mark, word in MARKED.findall(text):
        key = sound_key(lao_as_thai(word))
        if len(key) < MARKED_SHORTEST:
            continue
        level = 6 if mark == "ຕ" else 4
        codes = [
            code
            for code in _codes_by_short_key().get(key, ())
            if len(code) == level and (finest is None or code.startswith(finest[: min(len(finest), level)]))
        ]
        if len(codes) == 1 and (finest is None or codes[0].startswith(finest)):
            finest = codes[0]  # finer than what was read, and inside it
    return finest


@lru_cache(maxsize=1)
def _codes_by_short_key() -> dict[str, tuple[str, ...]]:
    names: dict[str, set[str]] = {}
    for area in every_area():
        names.setdefault(sound_key(area.name_th.removeprefix("เขต")), set()).add(area.code)
    return {key: tuple(sorted(codes)) for key, codes in names.items()}


def lao_place(text: str, within: str | None = None) -> str | None:
    """The geothai code of the finest place the Lao words of the text pin down, if any. A province
    may stand alone; a district only when its name is long and exact; a tambon, and any name matched
    loosely, only inside another place named (everyday words sound like some tambon somewhere) or
    inside `within`, a place already read."""
    if not LAO_WORD.search(text):
        return None
    named = _named(text)
    best: str | None = None
    for said, codes, exact in named:
        others = {code for _, other, _ in named if other is not codes for code in other} | {within or ""}
        code = one_place(said, codes, others)
        if code is None or (within and not code.startswith(within)):
            continue
        # a tambon named like its district or province (มุกดาหาร) is the district or province
        code = next((coarse for coarse in sorted(codes, key=len) if code.startswith(coarse)), code)
        # a loose match only one level below the place that settles it: a district in a province
        settled = any(
            other and len(other) < len(code) and code.startswith(other) and (exact or len(code) == len(other) + 2)
            for other in others
        )
        alone = len(code) == 2 or (len(code) == 4 and exact and len(sound_key(lao_as_thai(said))) >= 5)
        if (settled or alone) and (best is None or (len(code) > len(best) and code.startswith(best[:2]))):
            best = code
    if best is None and not within:
        return None  # a marked name alone, with no province: too many tambons sound alike
    return _marked_finer(text, best or within) if "." in text else best
