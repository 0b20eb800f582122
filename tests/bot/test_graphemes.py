"""Grapheme clusters as LINE counts them (bot/line/graphemes.py, regex's \\X in place of `grapheme`)."""

from __future__ import annotations

import bot.line.graphemes as grapheme
from bot.speech.texts import TEXTS
from line_emulator.limits import grapheme_length


def test_thai_marks_and_emoji_are_one_cluster_each() -> None:
    assert grapheme.length("ที่") == 1 and grapheme.length("น้ำ") == 1 and grapheme.length("กำ") == 1
    assert grapheme.length("ผู้สูงอายุ") == 6
    assert grapheme.length("🇹🇭") == 1 and grapheme.length("👨‍👩‍👧") == 1
    assert grapheme.length("a\r\nb") == 3 and grapheme.length("abc") == 3


def test_slice_never_cuts_a_cluster() -> None:
    assert grapheme.slice("ที่นี่", 0, 1) == "ที่"
    assert grapheme.slice("ผู้สูงอายุ", 0, 2) == "ผู้สู"
    assert grapheme.slice("ผู้สูงอายุ", 4) == "ายุ"


def test_the_bot_and_the_emulator_count_alike() -> None:
    for variants in TEXTS.values():
        for value in variants.values():
            assert grapheme.length(value) == grapheme_length(value)
