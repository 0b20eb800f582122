"""The postback codec (bot/postbacks.py) and the command table (bot/commands/table.py): buttons already
in people's chats keep working, and every command a button can send has an answer."""

from __future__ import annotations

import pytest

from bot.commands.table import COMMANDS, command_of
from bot.flows.inputs import UserInput
from bot.line.rich_menus import MENUS
from bot.postbacks import Postback, decode

# Data strings exactly as the buttons of the first release wrote them (hand-built), one per kind.
WRITTEN_BY_VERSION_1 = {
    "action=report": Postback("report"),
    "action=track&case=KK-2611-0001": Postback("track", case="KK-2611-0001"),
    "action=case&case=KK-2611-0001": Postback("case", case="KK-2611-0001"),
    "action=ack&case=KK-2611-0001": Postback("ack", case="KK-2611-0001"),
    "action=status&case=KK-2611-0001&to=visiting": Postback("status", case="KK-2611-0001", to="visiting"),
    "action=status&case=KK-2611-0001&to=closed&outcome=helped": Postback(
        "status", case="KK-2611-0001", to="closed", outcome="helped"
    ),
    "action=status&case=KK-2611-0001&to=referred&agency=hospital": Postback(
        "status", case="KK-2611-0001", to="referred", agency="hospital"
    ),
    "action=transfer&case=KK-2611-0001&to=CM01": Postback("transfer", case="KK-2611-0001", to="CM01"),
    "action=merge&case=KK-2611-0002&into=KK-2611-0001": Postback("merge", case="KK-2611-0002", into="KK-2611-0001"),
    "action=not_dup&case=KK-2611-0002&of=KK-2611-0001": Postback("not_dup", case="KK-2611-0002", of="KK-2611-0001"),
    "action=rate&case=KK-2611-0001&stars=5": Postback("rate", case="KK-2611-0001", stars="5"),
    "action=cancel_case&case=KK-2611-0001&reason=solved": Postback("cancel_case", case="KK-2611-0001", reason="solved"),
    "action=new_cases&page=2": Postback("new_cases", page="2"),
    "action=search_page&q=สมชาย ใจดี&page=1": Postback("search_page", q="สมชาย ใจดี", page="1"),
    "action=vol_approve&v=12": Postback("vol_approve", v="12"),
    "action=vol_accept&offer=7": Postback("vol_accept", offer="7"),
    "action=vol_assign&case=KK-2611-0001&to=nearest": Postback("vol_assign", case="KK-2611-0001", to="nearest"),
    "action=vol_auto&center=KK01&on=1": Postback("vol_auto", center="KK01", on="1"),
}


@pytest.mark.parametrize(("data", "meant"), WRITTEN_BY_VERSION_1.items())
def test_buttons_written_by_version_1_still_decode(data: str, meant: Postback) -> None:
    assert decode(data) == meant


@pytest.mark.parametrize("meant", WRITTEN_BY_VERSION_1.values())
def test_what_is_encoded_decodes_to_the_same(meant: Postback) -> None:
    assert decode(meant.data) == meant


def test_plain_references_encode_as_version_1_wrote_them() -> None:
    """Byte for byte: the same button sent before and after this codec is one button."""
    for data, meant in WRITTEN_BY_VERSION_1.items():
        if " " not in data:
            assert meant.data == data


def test_characters_a_query_string_reads_survive_and_thai_stays_short() -> None:
    tapped = Postback("search_page", q="a&b=c+d 100% ลุงสมชาย", page=0)
    assert decode(tapped.data) == tapped
    assert "ลุงสมชาย" in tapped.data, "Thai is not percent-encoded (LINE allows 300 characters)"
    assert Postback("transfer", case="KK-1", to=None).data == "action=transfer&case=KK-1"


def test_a_flows_own_buttons_an_unknown_version_and_no_action_are_not_commands() -> None:
    assert decode("s=category&v=elderly") is None
    assert decode("flow=cancel") is None
    assert decode("pv=9&action=report") is None, "a format this version cannot read"
    assert decode("pv=1&action=report") == Postback("report")
    assert decode("") is None


def test_a_bad_page_number_is_page_zero() -> None:
    assert Postback("overdue", page="12").page() == 12
    assert Postback("overdue", page="-1").page() == 0
    assert Postback("overdue", page="99999").page() == 0
    assert Postback("overdue").page() == 0


def test_command_words_and_taps_name_the_same_commands() -> None:
    assert command_of(UserInput(kind="text", text="แจ้งเหตุ")) == Postback("report")
    assert command_of(UserInput(kind="text", text="ขอความช่วยเหลือค่ะ")) == Postback("report")
    assert command_of(UserInput(kind="text", text="งานของฉัน")) == Postback("vol_mine")
    assert command_of(UserInput(kind="text", text="สวัสดีค่ะ")) is None
    tap = "action=ack&case=KK-2611-0001"
    assert command_of(UserInput(kind="postback", text=tap)) == Postback("ack", case="KK-2611-0001")
    assert command_of(UserInput(kind="sticker")) is None


def test_every_rich_menu_button_and_every_version_1_action_has_a_command() -> None:
    actions = {button.action for menu in MENUS.values() for button in menu.buttons() if button.action}
    actions |= {meant.action for meant in WRITTEN_BY_VERSION_1.values()}
    assert actions - set(COMMANDS) == set()


def test_a_postback_reads_as_it_is_written_and_equal_ones_are_one() -> None:
    tapped = Postback("status", case="KK-2611-0001", to="visiting")
    assert repr(tapped) == "Postback('status', case='KK-2611-0001', to='visiting')"
    assert len({tapped, decode(tapped.data), Postback("status", case="KK-2611-0001")}) == 2
    assert tapped != tapped.data
