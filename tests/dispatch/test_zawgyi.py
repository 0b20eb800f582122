"""Zawgyi Burmese made Unicode (dispatch/zawgyi.py), on strings typed the way Zawgyi phones type them."""

from __future__ import annotations

import pytest

from bot.speech.texts_my import TEXTS_MY
from dispatch.understanding import understand
from dispatch.zawgyi import to_unicode, zawgyi_probability

# (Zawgyi as typed, the same words in Unicode)
ZAWGYI = [
    ("ေသခ်င္တယ္", "သေချင်တယ်"),  # I want to die
    ("မဂၤလာပါ", "မင်္ဂလာပါ"),  # hello
    ("ျမန္မာ", "မြန်မာ"),  # Myanmar
    ("ေဆး႐ုံ", "ဆေးရုံ"),  # hospital
    ("ကၽြန္ေတာ္", "ကျွန်တော်"),  # I (male)
    ("ကြ်န္ေတာ္", "ကျွန်တော်"),  # the same, typed in the other order
    ("သတိလစ္ေနတယ္", "သတိလစ်နေတယ်"),  # unconscious
    ("ေသြးထြက္ေနတယ္", "သွေးထွက်နေတယ်"),  # bleeding
    ("ေက်ာင္း", "ကျောင်း"),  # school
    ("ရိုက္ႏွက္", "ရိုက်နှက်"),  # beat
    ("ေယာက္်ားက ရိုက္ေနတယ္ ကူညီပါ", "ယောက်ျားက ရိုက်နေတယ် ကူညီပါ"),  # my husband is beating me, help
    ("အကူအညီ လိုပါတယ္", "အကူအညီ လိုပါတယ်"),  # I need help
]


@pytest.mark.parametrize(("zawgyi", "unicode"), ZAWGYI)
def test_zawgyi_is_converted(zawgyi: str, unicode: str) -> None:
    assert zawgyi != unicode
    assert to_unicode(zawgyi) == unicode


@pytest.mark.parametrize(("zawgyi", "unicode"), ZAWGYI)
def test_unicode_burmese_is_left_alone(zawgyi: str, unicode: str) -> None:
    assert to_unicode(unicode) == unicode


def test_unicode_words_the_detector_takes_for_zawgyi_are_left_alone() -> None:
    for word in ("ဘာသာစကား", "အခြား"):  # "language", "other": short, and scored 0.95 and 0.74
        assert zawgyi_probability(word) > 0.5
        assert to_unicode(word) == word


def test_no_burmese_text_of_the_bot_looks_like_zawgyi() -> None:
    for key, value in TEXTS_MY.items():
        assert to_unicode(value) == value, key


def test_other_scripts_are_not_even_looked_at() -> None:
    for value in ("ยายอยู่คนเดียว", "ແມ່ເຖົ້າຢູ່ຄົນດຽວ", "help me", "🙏", ""):
        assert to_unicode(value) == value
    assert zawgyi_probability("ကူညီပါ") < 0.5, "spelled alike in both: left as it is, right either way"


def test_zawgyi_danger_is_understood_after_conversion() -> None:
    found = understand(to_unicode("ေသခ်င္တယ္"))
    assert found.danger is not None and found.danger.hotlines[0] == "1323"
    assert understand("ေသခ်င္တယ္").danger is None, "read as typed, the Zawgyi letters mean nothing"
