"""Thai places written in Latin letters ("Rawai, Phuket", "Hang Dong", "Mae Rim, Chiang Mai", "Naklua"),
matched to geothai's English names of provinces, districts and subdistricts. Pure; used by
dispatch/understanding.py.

Romanisation varies (Mueang/Muang, Chiangmai, Na Kluea/Naklua, Khon Kaen/Kon Kaen), so names are
compared by a key that drops spaces, hyphens, the h of ph/th/kh and doubled letters. A name shared by
many places (Nong Prue, Ban Khok) counts only when another name in the text says which one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geothai

from dispatch.address import BANGKOK, BEST_KNOWN_NAMESAKES, every_area, mueang_district, named_like_its_district

# How people who write in English name places geothai spells otherwise, and the famous beach or town
# of a tambon named alike elsewhere. Value: a geothai code (2 digits a province, 4 a district, 6 a tambon).
ENGLISH_ALIASES = {
    "bkk": "10",
    "krung thep": "10",
    "korat": "30",
    "udon": "41",
    "ubon": "34",
    "ayutthaya": "14",
    "ayuthaya": "14",
    "khon kaen": "40",
    "nakhon si": "80",
    "mae sot": "6306",
    "mahachai": "740101",
    "hat yai": "9011",
    "pattaya": "2004",
    "si racha": "2007",
    "sriracha": "2007",
    "mae sai": "5709",
    "patong": "830202",
    "naklua": "200408",
    "jomtien": "200402",
    "samui": "8404",
    "koh samui": "8404",
    "phangan": "8405",
    "koh phangan": "8405",
    "koh tao": "840503",
    # everyday spellings of Khlong Toei (toey, not toei), and of Khlong Toei Nuea, a tambon of Watthana
    "klong toey": "1033",
    "khlong toey": "1033",
    "klong toei": "1033",
    "klong toey nuea": "103901",
    "khlong toey nuea": "103901",
    "klong toei nuea": "103901",
    # a province by its best-known town or beach
    "surat": "84",
    "bang saen": "20",
    "khao lak": "82",
    # Chatuchak as it is said and often written (j for ch)
    "jatujak": "1030",
    "jatujuk": "1030",
    "jatuchak": "1030",
    "on nut": "103402",  # อ่อนนุช of Suan Luang, known by the Sukhumvit soi and BTS station
    # the border town as the signs and the railway spell it (geothai: Padang Besa), and Sangkhla Buri's
    # everyday short name
    "padang besar": "901007",
    # Warin (Chamrap) of Ubon, not the tambon Warin of Si Mueang Mai
    "warin": "3415",
    "sangkhla": "7108",
}
# The place foreigners mean by a name several places share, where nothing else says which: the district Ban
# Pong (Ratchaburi's town), and the best-known tambons of BEST_KNOWN_NAMESAKES (Pattaya's Nong Prue, not the
# district of Kanchanaburi; Phuket's Chalong) by their English names.
BEST_KNOWN = {"ban pong": "7005"}
# One-word names that are also English or everyday romanised Thai ("Thanon Sukhumvit": a road).
NOT_PLACES = frozenset(
    ("thanon", "talat", "mueang", "muang", "wiang", "klang", "nuea", "thung", "tham", "tambon", "krung", "khao san")
    + ("vibhavadi",)
)  # krung: of Krung Thep and the road Charoen Krung, not the tambon Khrueng; Khao San: the road;
# Vibhavadi is Bangkok's road more than Surat Thani's district
# English words keyed like a place's name, as written ("passing" is keyed as Pha Sing is)
ENGLISH_WORDS_KEYED_LIKE_PLACES = frozenset(("passing",))
SHORTEST_KEY = 5  # shorter keys ("nan", "pai", "song") are English words or too many places
LONGEST_NAME = 4  # words in a name
_WORD = re.compile(r"[a-z]+")
_GAP = re.compile(r"[a-z\s-]*")  # between the words of one name: no comma, no full stop
# English words that start or end no place name: "married to Thai" is not the tambon To Thai.
NOT_IN_NAMES = frozenset("a an and at by for from he i in is it my near of on or she the to we with".split())
# A name right after soi or before road is a street's ("Soi Bua Khao" in Pattaya), not the place's.
STREET_BEFORE = re.compile(r"\b(?:soi|thanon|th\.|road|rd\.?)\s*$")  # not the rd of "afford."
# Short names that are no English word, read where a place is said: "in Nan", "Trat town", "Pai,".
SHORT_NAMES = {"trat": "23", "loi": "42", "prae": "54", "nan": "55", "tak": "63", "yala": "95", "pai": "5803"}
SHORT_NAMES |= {"katu": "8302", "cham": "7604", "tabo": "4302", "fang": "5009"}
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|around)\s$")
PLACE_AFTER = re.compile(r"\s?(?:,|\.|\?|!|$|\s(?:province|town|city|district|subdistrict|tambon))")
# in a Burmese or Lao message a name in Latin letters runs into the words around it ("Nong Hoi မှာ"): said as
# a place for the best-known tambons (a short name so written is as often a person's: "Daw Nan", "Ma Nan")
FOREIGN_SCRIPT_AFTER = re.compile(r"\s?[\u1000-\u109f\u0e80-\u0eff]")


def _said_as_a_place(text: str, start: int, end: int) -> bool:
    if re.search(r"\b(?:my|our|his|her|your)\s$", text[max(0, start - 6) : start]):
        return False  # "my nan": a grandmother
    return bool(PLACE_BEFORE.search(text, max(0, start - 8), start) or PLACE_AFTER.match(text, end))


# Where someone works or studies is not where the one in need is: "their kids work in Bangkok", "he is
# away working in Rayong"; nor where kin are apart ("her kids are in Bangkok and never call").
WORKS_IN = re.compile(
    r"\b(?:we|they|kids|children|parents|sons?|daughters?|husband|wife|family|brothers?|sisters?"
    r"|grand(?:sons?|daughters?|children|kids)|nephews?|nieces?|carers?|caregivers?)\s(?:\w+\s)?"
    r"(?:(?:work(?:s|ing|ed)?|study(?:ing)?|studies)\s(?:in|at)|(?<!we\s)(?<!we\sjust\s)moved?\s(?:to|in)|went\sto)\s$"
    # the one who cared and left for a job ("her carer (grandson) got a job in Bangkok"); not "my sister got
    # a job in Bangkok and the employer locks her in", where the one in need is
    r"|\b(?:kids|children|sons?|daughters?|grand(?:sons?|daughters?|children|kids)|carers?|caregivers?)"
    r"(?:\s\(\w+\))?\s(?:got|found|took)\sa\sjob\s(?:in|at)\s$"
    r"|\b(?:kids|children|sons|daughters)\s(?:are|live|living|stay)\s(?:in|at)\s$|\baway\s(?:working\s)?in\s$"
)  # "I work in Mahachai" is where the writer is, and the boss who hits
# Nor where someone is headed or came from: "wants to go home to Surin", "on the road to Chonburi", "her son
# moved away to Bangkok", "my mom go work Bangkok", "we moved to Chiang Rai from Bangkok" (where we moved
# to is where we are), nor where the writer is on the way from ("I am driving from Lamphun", "coming from
# Bangkok"; not "calling from Pattaya": the writer is often the one in need).
GOING_TO = re.compile(
    r"\b(?:go|goes|going|went|head(?:s|ing)?|road|way|moved\saway)\s(?:back\s|home\s)?to\s$"
    r"|\bgo(?:es)?\swork\s(?:in\s)?$|\b(?:moved|came|come|moving)\b[^.]{0,30}\bfrom\s$"
    r"|\b(?:driving|coming)\sfrom\s$"
)


VILLAGE_BEFORE = re.compile(r"\b(?:ban|wat)\s$")  # a village's name, or a temple's (Wat Chedi Luang)
STREET_AFTER = re.compile(r"\s*(?:road|rd\b|street|st\b)")
# A landmark named after its tambon (Lumpini park, a condo) says the district at most: people name it
# from afar, and tambons share their names with many others.
LANDMARK_AFTER = re.compile(r"\s*(?:park|condo|market|mall|gate|hospital|station|temple|plaza|tower|pier)\b")


_KOH = re.compile(r"\bkoh\b")
_SAID_CHERNG = re.compile(r"(?<=[bcdhnptw])er(?=n)")
_SAID_TALAY = re.compile(r"(?<=tal|sar)ay\b")  # (not the Burmese "lay", little: "a mae lay")
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_SRI = re.compile(r"\bsri")
_FINAL_D = re.compile(r"(?<=[lr]a)d\b")
# (no geothai name has a d before a consonant but Pali ones, dh and dr: Vadhana, Srinagarindra)
_D_CLOSING = re.compile(r"(?<=[aeiou])d(?=[bcfgjklmnpqstvwxyz])")
_NOT_A_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=8192)  # every run of up to four words of a message is keyed: the same few words recur
def roman_key(name: str) -> str:
    """A spelling-tolerant key: "Mueang Chiang Mai", "Muang Chiangmai" and "muangchiangmai" agree."""
    # Koh Chang is Ko Chang; Sathorn and Nakhorn are Sathon and Nakhon (a final r is said n)
    # Cherng Talay, Nern Phra, Bang Saray: เอิ spelt er, a final เ-ะ spelt ay (Choeng Thale, Noen Phra, Bang Sare)
    name = _SAID_TALAY.sub("e", _SAID_CHERNG.sub("oe", name.lower()))
    name = _KOH.sub("ko", name).replace("rn", "n")
    name = _FINAL_H.sub("", name)  # Mae Fah Luang is Mae Fa Luang: a final h is not said
    name = _SRI.sub("si", name)  # Sri Phum, Sri Racha: ศรี as people spell it, Si in geothai
    name = _FINAL_D.sub("t", name)  # Talad Yai, Lad Phrao: a final d is said t (not pad thai, had)
    name = _D_CLOSING.sub("t", name)  # Ladprao, Haadyai run together: a d before a consonant closes its syllable
    key = _NOT_A_LETTER.sub("", name).replace("mueang", "muang")
    for written, said in (("ue", "u"), ("oe", "o"), ("ph", "p"), ("th", "t"), ("kh", "k"), ("ee", "i"), ("oo", "u")):
        key = key.replace(written, said)
    return _DOUBLED.sub(r"\1", key)


ISLAND_NAME_SHORTEST = 8  # letters of a key an island's name without Ko has to have (lantayai; not chang, nor
# nangkam: Nang Kham is a woman's name)


@lru_cache(maxsize=1)
def _codes_after_tambon() -> dict[str, tuple[str, ...]]:
    """Every place by key, those whose names are everyday words (NOT_PLACES) too: right after "tambon"."""
    names: dict[str, set[str]] = {}
    for area in every_area():
        names.setdefault(roman_key(area.name_en), set()).add(area.code)
    # an island's tambon named without its Ko ("Koh Lanta, Lanta Yai"), where the rest is long and no other
    # place's name
    for area in every_area():
        rest = roman_key(area.name_en.removeprefix("Ko "))
        if area.name_en.startswith("Ko ") and len(rest) >= ISLAND_NAME_SHORTEST and rest not in names:
            names[rest] = {area.code}
    # after "tambon" an alias's own tambon too: "tambon Mae Sai, Mae Sai district"
    for name, code in ENGLISH_ALIASES.items():
        names.setdefault(roman_key(name), set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in names.items()}


@lru_cache(maxsize=1)
def _codes_by_key() -> dict[str, tuple[str, ...]]:
    """Every place by key but everyday words; an alias (Mae Sai: the district) stands for its name alone."""
    not_places = {roman_key(word) for word in NOT_PLACES}
    aliased = {roman_key(name): (code,) for name, code in ENGLISH_ALIASES.items()}
    return {key: aliased.get(key, codes) for key, codes in _codes_after_tambon().items() if key not in not_places}


@lru_cache(maxsize=1)
def _alias_keys() -> frozenset[str]:
    return frozenset(map(roman_key, ENGLISH_ALIASES))


def _a_street(text: str, start: int, end: int) -> bool:
    return bool(STREET_BEFORE.search(text, 0, start) or STREET_AFTER.match(text, end))


def _not_the_place(text: str, said: str, start: int, end: int) -> bool:
    """A street's name, a village's (Ban Nong Khai), where someone else works, "non-Thai", or an English
    word."""
    return bool(
        said.startswith("non-")
        or said in ENGLISH_WORDS_KEYED_LIKE_PLACES
        or VILLAGE_BEFORE.search(text, max(0, start - 4), start)
        or WORKS_IN.search(text, max(0, start - 40), start)
        or GOING_TO.search(text, max(0, start - 45), start)
        or _a_street(text, start, end)
    )


# The province's town district, said as such: "Mueang district, Udon", "(Mueang, Lampang)". Not "Trat
# town": people say so of the town and its surroundings alike.
MUEANG_BEFORE = re.compile(r"\b(?:mueang|muang)(?:\sdistrict)?[\s,(]*$")


def _the_town(text: str, province: str, said: str) -> str:
    """The province's town district when the text names it by "Mueang", else the province."""
    at = text.find(said)
    return mueang_district(province) if at >= 0 and MUEANG_BEFORE.search(text, max(0, at - 20), at) else province


@dataclass(frozen=True)
class RomanPlace:
    code: str  # the finest: 2 digits a province, 4 a district, 6 a tambon
    said: str


# The level a mark says: "tambon Nong Hoi", "Mae Fa Luang district", "amphoe Fang"
TAMBON_BEFORE = re.compile(r"\b(?:tambon|tumbon|subdistrict|khwaeng|t\.)\s$")
TAMBON_AFTER = re.compile(r"\s(?:subdistrict|tambon)\b")
DISTRICT_BEFORE = re.compile(r"\b(?:amphoe|amphur|amphor|a\.)\s$")
DISTRICT_AFTER = re.compile(r"\s(?:district|amphoe)\b")
MARKED_SHORTEST = 4  # letters of a key a name right after its level's mark may have (tambon Wiang)
MOO_BEFORE = re.compile(r"\bmoo\s?\d{1,2},?\s$")  # or after a village number: "Moo 7 Mu Si, Pak Chong"
EVERYDAY_AFTER_MOO = frozenset(("sala",))  # the village's pavilion


def _of_its_level(text: str, start: int, end: int, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The codes of the level a mark beside the name says, where it says one and some are of it."""
    if TAMBON_BEFORE.search(text, max(0, start - 12), start) or TAMBON_AFTER.match(text, end):
        level = 6
    elif DISTRICT_BEFORE.search(text, max(0, start - 8), start) or DISTRICT_AFTER.match(text, end):
        level = 4
    else:
        return codes
    return tuple(code for code in codes if len(code) == level) or codes


@lru_cache(maxsize=64)  # roman_place and roman_choices read the same message in turn
def _named(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(words, codes) of each place name in the text, longest name first where names overlap."""
    words = list(_WORD.finditer(text))
    found: list[tuple[str, tuple[str, ...]]] = []
    taken = -1
    every_key = _codes_after_tambon()
    for first in range(len(words)):
        if first <= taken or (words[first].group() in NOT_IN_NAMES and not _an_alias_at(text, words[first].start())):
            continue
        marked = None
        for last in range(min(len(words), first + LONGEST_NAME) - 1, first - 1, -1):
            gap = text[words[first].end() : words[last].start()]
            hyphened = gap.endswith("-")  # "Bang Pa-in": not the word "in"
            if last > first and (not _GAP.fullmatch(gap) or (words[last].group() in NOT_IN_NAMES and not hyphened)):
                continue  # a name does not run over a comma
            said = text[words[first].start() : words[last].end()]
            key = roman_key(said)
            if key not in every_key and key not in SHORT_NAMES:
                continue  # no place of any level: most runs of words (the checks below would find none)
            if marked is None:
                marked = TAMBON_BEFORE.search(text, max(0, words[first].start() - 12), words[first].start()) or False
            tambon = marked or bool(TAMBON_AFTER.match(text, words[last].end()))  # "Sila subdistrict"
            long_enough = len(key) >= SHORTEST_KEY or (
                len(key) >= MARKED_SHORTEST
                and (
                    tambon
                    or (
                        MOO_BEFORE.search(text, max(0, words[first].start() - 12), words[first].start())
                        and said not in EVERYDAY_AFTER_MOO
                    )
                    or _marked_a_district(text, words[first].start(), words[last].end())
                )
            )
            codes = every_key.get(key) if tambon else _codes_by_key().get(key)
            codes = codes if long_enough or key in _alias_keys() else None
            marked_tambon = tambon and codes and any(len(code) == 6 for code in codes)  # "Tambon Cha-am"
            if key in SHORT_NAMES and marked_tambon:  # its own tambon, not one keyed alike (ชำ for ชะอำ)
                codes = tuple(code for code in codes if code.startswith(SHORT_NAMES[key])) or codes
            elif key in SHORT_NAMES and (
                _said_as_a_place(text, words[first].start(), words[last].end())
                or (key != "nan" and FOREIGN_SCRIPT_AFTER.match(text, words[last].end()))  # "Fang က": Nan is a name
            ):
                codes = (SHORT_NAMES[key],)
            if codes and PERSON_TITLE_BEFORE.search(text, max(0, words[first].start() - 8), words[first].start()):
                taken = last  # "Mrs Lamai", "Khun Chalong": a person
                break
            if codes and _not_the_place(text, said, words[first].start(), words[last].end()):
                taken = last  # nor is a part of the name a place: Phanom of Nakhon Phanom Road
                break
            if codes and LANDMARK_AFTER.match(text, words[last].end()):
                codes = tuple(code for code in codes if len(code) < 6)
            if codes:
                found.append((said, _of_its_level(text, words[first].start(), words[last].end(), codes)))
                taken = last
                break
    return tuple(found)


_NEXT_WORD = re.compile(r" ([a-z]+)")


def _name_goes_on(text: str, end: int) -> bool:
    """Whether another word of a name follows (not "is", "and"...): "Ban Non Sung", a village's name."""
    after = _NEXT_WORD.match(text, end)
    return bool(after) and after.group(1) not in NOT_IN_NAMES


def _english_name(code: str) -> str:
    level = {2: geothai.province, 4: geothai.district, 6: geothai.subdistrict}[len(code)]
    return level(code).name_en


def _plain(name: str) -> str:
    return _NOT_A_LETTER.sub("", name.lower())


def _spelt_as_written(said: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """Of places keyed alike, those whose English name is spelt as written ("Ban Phru": บ้านพรุ, not
    บ้านปรือ, Ban Prue); all of them where none or all are."""
    exact = tuple(code for code in codes if _plain(_english_name(code)) == _plain(said))
    return exact if exact and len(exact) < len(codes) else codes


# an alias that starts with an English word ("on nut") is the place only where something says so after
# it ("On Nut soi 17", "On Nut BTS") or before it ("near On Nut")
ALIASES_STARTING_WITH_A_WORD = tuple(alias for alias in ENGLISH_ALIASES if alias.split()[0] in NOT_IN_NAMES)
ALIAS_SAID_AS_A_PLACE = re.compile(r"\s(?:soi|road|rd|station|bts|area|district)\b")
ALIAS_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|around)\s$")


def _an_alias_at(text: str, at: int) -> bool:
    """An alias starting with an English word said at `at` as a place: "On Nut soi 17", "near On Nut
    BTS", "live in On Nut" (not "choked on nut")."""
    return any(
        text.startswith(alias, at)
        and (ALIAS_SAID_AS_A_PLACE.match(text, at + len(alias)) or ALIAS_PLACE_BEFORE.search(text, max(0, at - 10), at))
        for alias in ALIASES_STARTING_WITH_A_WORD
    )


def roman_place(text: str, province_code: str | None = None) -> RomanPlace | None:
    """The finest place named in Latin letters that the text pins down: a name of one place, or of
    many of which one lies in another place named (Nong Prue, Bang Lamung) or in `province_code`."""
    named = _named(text)
    # A province the text names by itself says where the rest is: "Tha Phae gate ... Chiang Mai" is
    # the gate of Chiang Mai, not the district Tha Phae of Satun.
    places = []
    for said, codes in named:
        others = {code for _, other in named if other is not codes for code in other}
        others |= {province_code} if province_code else set()
        code = _best_known(text, said, codes, others) or one_place(said, codes, others)
        if code is None and not (said.startswith("ban ") and _name_goes_on(text, text.find(said) + len(said))):
            # nothing else says which: the one spelt as written ("Ban Phru", not Ban Prue; not "Ban Non" of the
            # village Ban Non Sung)
            code = one_place(said, _spelt_as_written(said, codes), others)
        places.append((said, code))
    places += _short_districts_beside(text, [code for _, code in places if code and len(code) == 2])
    # where the writer (or kin) is, away from the one in need, named beside another province ("We are in
    # Bangkok, she is alone in the house in Sisaket"): not the place
    if len({code[:2] for _, code in places if code}) > 1:
        places = [(said, code) for said, code in places if not _where_the_writer_is(text, said)]
    provinces = {code for _, code in places if code and len(code) == 2} | ({province_code} if province_code else set())
    # else a famous name (Samui, Pattaya) settles the province: "koh samui lamai" is not Lam Mai in Yala
    provinces = provinces or {code[:2] for said, code in places if code and roman_key(said) in _alias_keys()}
    best: RomanPlace | None = None
    for said, code in places:
        if code is None or (provinces and code[:2] not in provinces and not _said_to_be_a_district(text, said, code)):
            continue
        if best is None or len(code) > len(best.code):
            best = RomanPlace(code, said)
    if best and len(best.code) == 2:
        best = RomanPlace(_the_town(text, best.code, best.said), best.said)
    return best


MOST_CHOICES = 5  # tambons of one name offered to choose from; more, and the person is asked to type the district


# where a name is said to be a tambon: after a village number, "tambon" or "live in" (capitalised words are
# as often people's names: Prasong, Chomphu)
CHOICE_BEFORE = re.compile(
    r"\b(?:moo\s?\d+|tambon|t\.|(?:live|lives|living|stay|stays|staying)(?:\salone|\sby\s(?:her|him|my)self)?\sin)\s$"
)
# or a sentence of its own that ends the message, where people sign off with their place ("... can't get
# out. Nong Pla Lai")
SENTENCE_BEFORE = re.compile(r"[.!?]\s?$")
SIGNED_OFF_AFTER = re.compile(r"[\s.!?]*$")
# names that are islands, hills, waterfalls, temples and areas more than tambons: "staying in Khao Yai"
NOT_CHOICES = re.compile(r"(?:khao|ko|koh|doi|nam tok|wat|ban) |samet$|sala daeng$")


def roman_tambon_within(text: str, within: str) -> str | None:
    """The one tambon inside the district (or province) `within` a name marked as a tambon or village says
    ("Tambon Nai Mueang, Khon Kaen", "moo 4 Nong Hoi, Mueang Chiang Mai"): named alike elsewhere, but one here."""
    for said, codes in _named(text):
        at = text.find(said)
        marked = TAMBON_BEFORE.search(text, max(0, at - 12), at)
        after_moo = MOO_BEFORE.search(text, max(0, at - 12), at) and all(len(code) == 6 for code in codes)
        if not (marked or after_moo):
            continue  # (after a village number, a district's own name is the district: "moo 7 Ban Pong")
        inside = [
            code
            for code in _codes_after_tambon().get(roman_key(said), codes)
            if len(code) == 6 and code.startswith(within)
        ]
        if len(inside) == 1:
            return inside[0]
    return None


def roman_choices(text: str, within: str | None = None) -> tuple[str, ...]:
    """The tambons a name in Latin letters may be when it is only ever a tambon's, 2 to MOST_CHOICES
    of them, said after a village number or "tambon" with nothing in the text to settle which ("Moo 7
    Mae Pa": Tak's or Lampang's), or inside the province or district `within` the text names ("Nong
    Rawiang, Korat": the town's or Phimai's): to ask."""
    for said, codes in _named(text):
        if within:
            codes = tuple(code for code in codes if code.startswith(within))
        if len(codes) > MOST_CHOICES:
            codes = _spelt_as_written(said, codes)  # "Tambon Tha Lat": the three ท่าลาด, not ท่าราษฎร์ too
        if not 2 <= len(codes) <= MOST_CHOICES or any(len(code) != 6 for code in codes):
            continue
        at = text.find(said)
        if NOT_CHOICES.match(said) and not within and not TAMBON_BEFORE.search(text, max(0, at - 12), at):
            continue  # (Ban ...: a village's name, villages share names all over the country; but "tambon Ban Du")
        signed_off = (
            " " in said  # (a one-word sign-off is as often the writer's name: "Thanks. Chomphu")
            and SENTENCE_BEFORE.search(text, max(0, at - 3), at)
            and SIGNED_OFF_AFTER.match(text, at + len(said))
        )
        if (within or CHOICE_BEFORE.search(text, max(0, at - 16), at) or signed_off) and not _starts_a_province(said):
            return codes
    return ()


# a title before a name: a person's ("Mrs Lamai" is no tambon Lam Mai)
PERSON_TITLE_BEFORE = re.compile(r"\b(?:mrs|mr|ms|miss|khun)\.?\s$")
# a person's name, not a place's: "my friend Chalong", "my name is Chalong", "Khun Chalong"
PERSON_BEFORE = re.compile(
    r"\b(?:name is|named|called|friend|mr\.?|mrs\.?|ms\.?|khun|uncle|auntie|aunt|son|daughter|brother|sister|husband"
    r"|wife|grandpa|grandma|dad|mom|mum|father|mother|neighbou?r|i'?m|p')\W*$"
)
PERSON_AFTER = re.compile(
    r"\W*(?:\(\d|\d{1,3}\s*(?:years?|yrs?|y/?o)\b|is\b|was\b|has\b|my\b|drinks|beats|hits|left|missing)"
)


def _best_known(text: str, said: str, codes: tuple[str, ...], others: set[str]) -> str | None:
    """The best-known of the places a name may be (BEST_KNOWN), when no other place named says which
    and the name is no person's."""
    code = _best_known_by_key().get(roman_key(said))
    if code is None or any(c.startswith(other) for c in codes for other in others if other):
        return None
    at = text.find(said)
    if PERSON_BEFORE.search(text, max(0, at - 12), at) or PERSON_AFTER.match(text, at + len(said)):
        return None
    after_moo = MOO_BEFORE.search(text, max(0, at - 12), at)
    if after_moo and code.startswith(BANGKOK):
        return None  # Bangkok's แขวง have no villages: "Moo 5 Lat Yao" is Nakhon Sawan's
    said_so = _said_as_a_place(text, at, at + len(said)) or FOREIGN_SCRIPT_AFTER.match(text, at + len(said))
    return code if said_so or after_moo or STREET_BEFORE.search(text, 0, at) else None


@lru_cache(maxsize=1)
def _best_known_by_key() -> dict[str, str]:
    tambons = {
        roman_key(geothai.subdistrict(code).name_en): code
        for code in BEST_KNOWN_NAMESAKES.values()
        if not named_like_its_district(code)  # "Huai Khwang" is the district
    }
    return tambons | {roman_key(name): code for name, code in BEST_KNOWN.items()}


def _starts_a_province(said: str) -> bool:
    """ "Pathum": Pathum Thani said short, not the tambons named Pathum."""
    return any(name.startswith(said + " ") for name in _province_names_in_english())


@lru_cache(maxsize=1)
def _province_names_in_english() -> tuple[str, ...]:
    return tuple(province.name_en.lower() for province in geothai.provinces())


# one or two words right before or after a province's name, with at most a comma between: "lampang ko kha",
# "Pua district, Nan", "phuket, kathu near the big c"
_WORDS_AFTER = re.compile(r"\A[,\s]+([a-z]+(?:[\s-][a-z]+)?)")
_WORDS_BEFORE = re.compile(r"([a-z]+(?:[\s-][a-z]+)?)(?:\sdistrict)?[,\s]+\Z")


def _short_districts_beside(text: str, provinces: list[str]) -> list[tuple[str, str]]:
    """(words, code) of each district whose name is too short to stand alone, said right beside its own
    province: together each says which the other is."""
    found = []
    for province in provinces:
        for name in _province_names(province):
            at = text.find(name)
            if at < 0:
                continue
            for near in (_WORDS_AFTER.match(text[at + len(name) :]), _WORDS_BEFORE.search(text[:at])):
                for said in _ends(near.group(1)) if near else ():
                    if said in ENGLISH_WORDS_NAMING_DISTRICTS:
                        continue  # "Phrae, long time no job", "Chiang Mai, hot season"
                    key = roman_key(said)
                    districts = [code for code in _codes_after_tambon().get(key, ()) if len(code) == 4]
                    districts = [code for code in districts if code.startswith(province)]
                    if len(key) < 3 or len(districts) != 1:
                        continue
                    # an English word beside a province ("chiang mai hot weather") is no district: a short
                    # name counts set off by a comma or marked as one
                    if len(key) >= 5 or "," in near.group(0) or _said_to_be_a_district(text, said, districts[0]):
                        found.append((said, districts[0]))
    return found


ENGLISH_WORDS_NAMING_DISTRICTS = frozenset("long song hot thai bang wang sai ban tha nam mae phan chang".split())


def _ends(words: str) -> tuple[str, ...]:
    """Both words, then each alone: "ko kha" may be the name, or "kathu near" its first word."""
    parts = re.split(r"[\s-]", words)
    return (words, parts[0], parts[-1]) if len(parts) > 1 else (words,)


@lru_cache(maxsize=100)
def _province_names(province: str) -> tuple[str, ...]:
    own = geothai.province(province).name_en.lower()
    return (own, *(alias for alias, code in ENGLISH_ALIASES.items() if code == province))


# (not "we live in": the writer's household, the one in need's as often; nor "my grandma lives in")
WRITER_IS_IN = re.compile(
    r"\b(?:i|we|(?:my|her|his|our)\s[a-z]+(?:\sand\si)?)\s(?:both\s|all\s|now\s)?(?:work(?:s|ing)?|study|studies)\sin\s$"
    r"|\b(?:i'm|im|i\sam)\s(?:now\s|still\s|stuck\s)?in\s$|\bhospital\sin\s$"
    r"|\b(?:\d{1,2}|cousin|friend|sister|brother|girl|boy|man|woman|lady|guy|worker|workers|family|people|maid|wife"
    r"|husband|son|daughter|nephew|niece|mother|father|mum|mom|dad|he'?s|she'?s|he\sis|she\sis|they\sare|comes?|came"
    r"|originally)\sfrom\s$"
)  # nor where someone is from ("my cousin 22 from Chaiyaphum … near Kho Hong, Hat Yai"; not "hello from Phuket",
# "reporting from", where the writer is with the one in need as often)


def _where_the_writer_is(text: str, said: str) -> bool:
    at = text.find(said)
    return at >= 0 and bool(WRITER_IS_IN.search(text, max(0, at - 40), at))


def _marked_a_district(text: str, start: int, end: int) -> bool:
    """ "Hang Dong district", "amphoe Fang": the words text[start:end] said to be a district."""
    return bool(DISTRICT_AFTER.match(text, end) or DISTRICT_BEFORE.search(text, max(0, start - 8), start))


def _said_to_be_a_district(text: str, said: str, code: str) -> bool:
    """A district marked as one ("Hang Dong district", "amphoe Fang"): where the person is, though the
    writer names another province too ("… Hang Dong district. i'm in Bangkok")."""
    at = text.find(said)
    return (
        len(code) == 4
        and at >= 0
        and _marked_a_district(text, at, at + len(said))
        and not FORMERLY_OR_WORK.search(text, max(0, at - 30), at)
    )


# where someone came from, used to live, or works: "she is from Mae Sot district originally", "I work in
# Sattahip district"
FORMERLY_OR_WORK = re.compile(r"\b(?:from|used\sto\s(?:live|stay)\sin|lived\sin|work(?:s|ed|ing)?\sin)\s$")


def one_place(said: str, codes: tuple[str, ...], others: set[str]) -> str | None:
    """The one place of those a name may mean: the only one, or the only one inside another place
    named; else a district, the better known, over tambons of the same name (Hang Dong, Hua Hin),
    unless the name is a village's (Ban ...): villages share names all over the country."""
    if len(codes) == 1:
        return codes[0]
    depth = {
        code: max((len(o) for o in others if len(o) < len(code) and code.startswith(o)), default=0) for code in codes
    }
    inside = [code for code in codes if depth[code]]
    if len(inside) == 1:
        return inside[0]
    deepest = [code for code in inside if depth[code] == max(depth.values())]
    if len(deepest) == 1:  # Nong Prue of Bang Lamung, Chonburi: not the one elsewhere in Chonburi
        return deepest[0]
    districts = [code for code in codes if len(code) == 4]
    if len(districts) == 1 and all(code.startswith(districts[0]) for code in codes):
        return districts[0]  # Ban Phaeo: the district and its own tambon so named, nowhere else
    for level in (2, 4):  # a province, then a district, over tambons named alike (Chiang Mai, Hua Hin)
        coarse = [code for code in (inside or codes) if len(code) == level]
        if len(coarse) == 1 and (inside or not said.startswith("ban ")):
            return coarse[0]
    return None
