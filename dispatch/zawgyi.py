"""Burmese typed in the Zawgyi font encoding, made Unicode before anything reads it.

Many phones in Myanmar still type Zawgyi: the same code points as Unicode Burmese, used for other
letters and in another order (ေ before its consonant, ္ as the killer), so Unicode rules and the
bot's Burmese words see nonsense. Google's detector (myanmartools) says how likely a text is Zawgyi;
python-myanmar's rules convert it. Text with no Myanmar letter is returned at once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from myanmar.converter import convert
from myanmartools import ZawgyiDetector

MYANMAR_BLOCK = range(0x1000, 0x10A0)
# Above this the detector's estimate leans to Zawgyi. Unicode Burmese mostly scores near 0, short
# Zawgyi like "မဂၤလာပါ" (hello) about 0.54; but one or two Unicode words can score high too
# ("အခြား" 0.74, "ဘာသာစကား" 0.95), so a text is converted only when it also shows a mark Unicode
# Burmese never has. Texts that read the same in both ("ကူညီပါ") are left alone, right either way.
ZAWGYI_LIKELY = 0.5
ZAWGYI_MARKS = re.compile(
    "[\u1060-\u1097]"  # Zawgyi's glyph variants (ၤ ၽ ႏ ႐ ႈ …); Burmese Unicode has no letters there
    "|(?:^|[^\u1000-\u109f])[\u1031\u103b]"  # ေ or ျ before its consonant, at the start of a word
    "|\u1039(?![\u1000-\u1021])"  # ္ as the killer, not stacking a consonant
)
# Zawgyi writes the ya-pin under a killed consonant (ယောက်ျား, "husband") as ္ then ်; the rules
# turn both into the Unicode killer ်, and two killers in a row never occur in Unicode.
DOUBLE_KILLER = ("\u103a\u103a", "\u103a\u103b")


@lru_cache(maxsize=1)
def _detector() -> ZawgyiDetector:
    return ZawgyiDetector()  # loads its model once


def zawgyi_probability(text: str) -> float:
    return _detector().get_zawgyi_probability(text)


def to_unicode(text: str) -> str:
    """`text` with any Zawgyi Burmese converted to Unicode; everything else unchanged."""
    if not any(ord(char) in MYANMAR_BLOCK for char in text):
        return text
    if not ZAWGYI_MARKS.search(text) or zawgyi_probability(text) <= ZAWGYI_LIKELY:
        return text
    return convert(text, "zawgyi", "unicode").replace(*DOUBLE_KILLER)
