"""Typed Thai addresses matched to subdistrict, district and province with the geothai package."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import geothai

BANGKOK = "10"
BANGKOK_ALIASES = ("กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ", "กทม.", "กทม", "bangkok")
SUBDISTRICT_MARK = re.compile(r"(?:ตำบล|ต\.|แขวง)\s*([^\s,]+)")
DISTRICT_MARK = re.compile(r"(?:อำเภอ|อ\.|(เขต))\s*([^\s,]+)")
PROVINCE_MARK = re.compile(r"(?:จังหวัด|จ\.)\s*([^\s,]+)")
POSTAL_CODE = re.compile(r"(?<!\d)(\d{5})(?!\d)")
# The place people mean by a tambon's name that several places share, where nothing else says which;
# read in Thai and in Latin letters alike. Value: a geothai tambon code.
BEST_KNOWN_NAMESAKES = {
    "มหาชัย": "740101",  # Samut Sakhon, not Nakhon Phanom's or Kamphaeng Phet's
    "แสนสุข": "200104",  # Bang Saen
    "หัวหิน": "770701",
    "นาเกลือ": "200408",  # Pattaya
    "หนองปรือ": "200402",  # Pattaya
    "ลาดยาว": "103001",  # Bangkok's Chatuchak, not the district of Nakhon Sawan
    "ห้วยขวาง": "101701",
    "ป่าตอง": "830202",  # Phuket's beach town
    "บางปู": "110112",  # Samut Prakan's seaside, not Pattani's
    "แม่ปะ": "630607",  # Mae Sot's, where migrant workers live, not Thoen's
    "ฉลอง": "830106",  # Phuket's
    "หนองหอย": "500111",  # Chiang Mai town's
    "ช้างเผือก": "500107",  # Chiang Mai town's, by the gate (not Roi Et's nor Narathiwat's)
}


def named_like_its_district(tambon_code: str) -> bool:
    """Whether a tambon bears its own district's name (ห้วยขวาง, หัวหิน): said alone, it is the district."""
    return geothai.subdistrict(tambon_code).name_th == geothai.district(tambon_code[:4]).name_th.removeprefix("เขต")


@dataclass(frozen=True)
class AddressMatch:
    """level: the finest level matched (subdistrict, district or province)."""

    level: str
    province_code: str
    district_code: str | None = None
    subdistrict_code: str | None = None


def _province_of(text: str) -> str | None:
    marked = PROVINCE_MARK.search(text)
    candidates = [marked.group(1)] if marked else []
    candidates += list(reversed(text.replace(",", " ").split()))
    for word in candidates:
        if word.lower() in BANGKOK_ALIASES or word.startswith("กรุงเทพ"):
            return BANGKOK
        for result in geothai.search(word, limit=5):
            if result.level == "province" and result.area.name_th in (word, word.removeprefix("จ.")):
                return result.area.code
    return None


def _district_name(text: str) -> str | None:
    marked = DISTRICT_MARK.search(text)
    if not marked:
        return None
    return ("เขต" + marked.group(2)) if marked.group(1) else marked.group(2)


def every_area() -> Iterator[geothai.Province | geothai.District | geothai.Subdistrict]:
    """Every province, district and subdistrict, each province followed by its districts and theirs."""
    for province in geothai.provinces():
        yield province
        for district in geothai.districts(province.code):
            yield district
            yield from geothai.subdistricts(district.code)


@lru_cache(maxsize=100)
def mueang_district(province_code: str) -> str:
    """The code of the district of a province's town (เมืองขอนแก่น), or the province's where it has none
    (Bangkok)."""
    towns = [district for district in geothai.districts(province_code) if district.name_th.startswith("เมือง")]
    if len(towns) > 1:  # Korat has เมืองยาง too: the town is the one named after the province
        towns = [town for town in towns if town.name_th == "เมือง" + geothai.province(province_code).name_th]
    return towns[0].code if len(towns) == 1 else province_code


def match_address_candidates(text: str, limit: int = 3) -> list[AddressMatch]:
    """The areas a typed address may mean, finest level first; empty when nothing fits."""
    text = " ".join(text.split())
    if not text:
        return []
    province_code = _province_of(text)
    province_name = geothai.province(province_code).name_th if province_code else None
    district_name = _district_name(text)
    postal = POSTAL_CODE.search(text)
    subdistrict = SUBDISTRICT_MARK.search(text)

    if subdistrict:
        for district in (district_name, None):
            found = geothai.match(
                subdistrict.group(1),
                district=district,
                province=province_name,
                postal_code=postal.group(1) if postal else None,
            )
            if found:
                return [_of_address(address) for address in found[:limit]]
    if district_name:
        districts = [
            result.area
            for result in geothai.search(district_name, limit=20)
            if result.level == "district"
            and result.area.name_th in (district_name, "เมือง" + district_name)
            and (province_code is None or result.area.province_code == province_code)
        ]
        if not districts and district_name.startswith("เมือง") and province_code:
            districts = [d for d in geothai.districts(province_code) if d.name_th.startswith("เมือง")]
        if districts:
            return [AddressMatch("district", d.province_code, d.code) for d in districts[:limit]]
    if postal and not province_code:
        found = geothai.by_postal_code(postal.group(1))
        if found:
            return [AddressMatch("subdistrict", s.province_code, s.district_code, s.code) for s in found[:limit]]
    finer = [
        m for m in _unmarked(text, limit, search=province_code is None) if province_code in (None, m.province_code)
    ]
    if finer or not province_code:
        return finer
    return [AddressMatch("province", province_code)]


def _unmarked(text: str, limit: int, search: bool = True) -> list[AddressMatch]:
    """Words without ต./อ./จ.: try them as subdistrict, district, province from the end."""
    words = [part.strip() for part in text.split(",")] if "," in text else text.split()
    for size in (3, 2):
        if len(words) >= size:
            tail = words[-size:]
            found = geothai.match(tail[0], district=tail[1] if size == 3 else None, province=tail[-1])
            if found:
                return [_of_address(address) for address in found[:limit]]
    if not search:
        return []
    results = [r for r in geothai.search(text, limit=limit) if r.level in ("subdistrict", "district")]
    matches = []
    for result in results:
        area = result.area
        if result.level == "subdistrict":
            matches.append(AddressMatch("subdistrict", area.province_code, area.district_code, area.code))
        else:
            matches.append(AddressMatch("district", area.province_code, area.code))
    return matches


def _of_address(address: geothai.Address) -> AddressMatch:
    return AddressMatch("subdistrict", address.province.code, address.district.code, address.subdistrict.code)


def match_address(text: str) -> AddressMatch | None:
    found = match_address_candidates(text, limit=1)
    return found[0] if found else None


def describe_codes(subdistrict_code: str | None, district_code: str | None, province_code: str | None) -> str:
    """ "ต.… อ.… จ.…" (Bangkok: "แขวง… เขต… กรุงเทพมหานคร"), as far as the codes go."""
    parts = []
    bangkok = province_code == BANGKOK
    if subdistrict_code and (area := geothai.subdistrict(subdistrict_code)):
        parts.append(("แขวง" if bangkok else "ต.") + area.name_th)
    if district_code and (area := geothai.district(district_code)):
        parts.append(area.name_th if bangkok else "อ." + area.name_th)
    if province_code and (area := geothai.province(province_code)):
        parts.append(area.name_th if bangkok else "จ." + area.name_th)
    return " ".join(parts)


def describe_in_english(subdistrict_code: str) -> str:
    """ "Mae Pa, Mae Sot, Tak": a tambon, its district and province by geothai's English names."""
    parts = [
        area.name_en
        for area in (
            geothai.subdistrict(subdistrict_code),
            geothai.district(subdistrict_code[:4]),
            geothai.province(subdistrict_code[:2]),
        )
        if area
    ]
    return ", ".join(parts)


def tambon_name(code: str, language: str) -> str:
    """A tambon as the person reads it: "ต.แม่ปะ" (แขวง in Bangkok), "Mae Pa" in English."""
    if language == "en" and (area := geothai.subdistrict(code)):
        return area.name_en
    return describe_codes(code, None, None)


def describe(match: AddressMatch) -> str:
    return describe_codes(match.subdistrict_code, match.district_code, match.province_code)
