"""Typed Thai addresses matched with geothai."""

from __future__ import annotations

import pytest

from dispatch.address import describe, describe_codes, match_address, match_address_candidates


@pytest.mark.parametrize(
    ("typed", "level", "codes"),
    [
        ("123 หมู่ 4 ต.เกาะเต่า อ.เกาะพะงัน จ.สุราษฎร์ธานี", "subdistrict", ("840503", "8405", "84")),
        ("ตำบลในเมือง อำเภอเมืองขอนแก่น ขอนแก่น", "subdistrict", ("400101", "4001", "40")),
        ("ต.ในเมือง อ.เมือง จ.ขอนแก่น", "subdistrict", ("400101", "4001", "40")),
        ("ในเมือง เมืองขอนแก่น ขอนแก่น", "subdistrict", ("400101", "4001", "40")),
        ("บ้านเลขที่ 5 แขวงลุมพินี เขตปทุมวัน กรุงเทพฯ", "subdistrict", ("100704", "1007", "10")),
        ("Ko Tao, Ko Pha-ngan, Surat Thani", "subdistrict", ("840503", "8405", "84")),
        ("อำเภอแม่ริม เชียงใหม่", "district", (None, "5007", "50")),
        ("จังหวัดแพร่", "province", (None, None, "54")),
        ("ขอนแก่น", "province", (None, None, "40")),
    ],
)
def test_levels_reached(typed: str, level: str, codes: tuple) -> None:
    found = match_address(typed)
    assert found is not None
    assert found.level == level
    assert (found.subdistrict_code, found.district_code, found.province_code) == codes


def test_a_postal_code_offers_its_subdistricts() -> None:
    found = match_address_candidates("50180", limit=3)
    assert len(found) == 3 and all(m.district_code == "5007" for m in found)


def test_an_ambiguous_name_offers_candidates() -> None:
    found = match_address_candidates("ต.ในเมือง", limit=3)
    assert len(found) == 3 and len({m.province_code for m in found}) > 1


@pytest.mark.parametrize("typed", ["asdf", "", "   ", "บ้านเลขที่ 99"])
def test_nonsense_matches_nothing(typed: str) -> None:
    assert match_address_candidates(typed) == []


def test_descriptions_read_the_thai_way() -> None:
    assert describe(match_address("ต.เกาะเต่า อ.เกาะพะงัน จ.สุราษฎร์ธานี")) == "ต.เกาะเต่า อ.เกาะพะงัน จ.สุราษฎร์ธานี"
    assert describe_codes("100704", "1007", "10") == "แขวงลุมพินี เขตปทุมวัน กรุงเทพมหานคร"
