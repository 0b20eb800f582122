"""Words found in one pass and alternations searched with only the patterns that can match
(dispatch/word_search.py): they find what a search per word and the whole alternation find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dispatch import danger_signals
from dispatch.understanding import GROUP_WORDS, normalise, squeeze
from dispatch.word_search import Alternation, Words, needed_words

LABELLED = Path(__file__).resolve().parents[1] / "data" / "understanding"
SENTENCES = [
    "ยายหมดสติอยู่ในห้องน้ำ ไม่หายใจ เรียกไม่ตอบ",
    "ผัวกำลังตีเมียอยู่ตอนนี้ ขู่ว่าจะฆ่า ช่วยด้วย",
    "ลูกบอกลาทุกคนแล้วปิดเครื่อง เขียนจดหมายขอโทษ",
    "เด็กอยู่ในรถคนเดียว ล็อคไว้ แม่ไปเล่นการพนัน",
    "ແມ່ເຖົ້າສະຫຼົບ ເອີ້ນບໍ່ຕື່ນ ຢູ່ເຮືອນຜູ້ດຽວ",
    "ကလေး အခန်းထဲမှာ သော့ခတ်ထားခဲ့တယ်",
    "grandma collapsed and is not breathing, please help",
    "ตาตาตา ยายยาย ตายตาย",  # overlapping and repeated words
    "",
]


def _labelled_texts(name: str, count: int) -> list[str]:
    lines = (LABELLED / name).read_text(encoding="utf-8").splitlines()
    return [line.split("|", 10)[10] for line in lines if line.strip() and not line.startswith("#")][:count]


TEXTS = SENTENCES + _labelled_texts("heldout_33.psv", 100) + _labelled_texts("training_2.psv", 100)


def _squeezed(text: str) -> str:
    return squeeze(normalise(text))


def _every_place(text: str, words: list[str]) -> list[tuple[int, str]]:
    """The places a search per word finds, overlapping ones too."""
    places = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            places.append((at, word))
            at = text.find(word, at + 1)
    return sorted(places)


def test_words_finds_every_place_a_search_per_word_finds():
    words = [word for words in danger_signals.WORDS.values() for word in words] + ["ตา", "ตาย", "ยาย"]
    search = Words(words)
    for text in TEXTS:
        squeezed = _squeezed(text)
        assert sorted(search.where(squeezed)) == _every_place(squeezed, list(dict.fromkeys(words)))
        assert search.found_in(squeezed) == {word for word in words if word in squeezed}


def test_no_words_find_nothing():
    assert Words([]).where("อะไรก็ได้") == []
    assert Words([""]).found_in("อะไรก็ได้") == set()


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("หมดสติ", {"หมดสติ"}),
        (r"(?:เรียก|ปลุก)\S{0,10}?(?:ไม่|บ่)ตอบ", {"เรียก", "ปลุก"}),
        (r"(?<!แม่)ตี(?:หัว)?", {"ตี"}),
        (r"ab|cd", {"ab", "cd"}),
        (r"x?y+zz", {"zz"}),  # the longest run a match must hold
        (r"[ab]c", {"c"}),
        (r"(?:ab)?", None),  # may match nothing
        (r"\d+", None),
        (r"(?i)help", None),  # case ignored: "HELP" holds no "help"
    ],
)
def test_needed_words(pattern, needed):
    assert needed_words(pattern) == (None if needed is None else frozenset(needed))


def test_every_match_of_a_danger_pattern_holds_a_word_it_needs():
    for kind in danger_signals.KINDS:
        for pattern in danger_signals.PATTERNS[kind]:
            needed = needed_words(pattern)
            for text in TEXTS:
                for match in re.finditer(pattern, _squeezed(text)):
                    assert needed is None or any(word in match.group() for word in needed), (pattern, text)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in matches]


def test_an_alternation_finds_what_the_whole_finds():
    for kind in danger_signals.KINDS:
        patterns = danger_signals.PATTERNS[kind]
        alternation, whole = Alternation(patterns), re.compile("|".join(patterns))
        for text in TEXTS:
            squeezed = _squeezed(text)
            assert _spans(alternation.finditer(squeezed)) == _spans(whole.finditer(squeezed)), (kind, text)


@pytest.mark.parametrize(
    "patterns",
    [
        ["ab", "abc", "b", "ca"],  # the first of those starting at one place; on from the end of a match
        ["c", "abcd", "bc"],
        [r"(a)\1", "b"],  # a group referred to by number: searched whole
        ["x?", "ab"],  # an empty match: searched whole
        [],
    ],
)
def test_an_alternation_keeps_the_order_of_its_patterns(patterns):
    whole = re.compile("|".join(patterns) or r"(?!)")
    for text in ("abcabcd", "aab ab", "", "cab"):
        assert _spans(Alternation(patterns).finditer(text)) == _spans(whole.finditer(text))


def test_danger_plain_words_are_found_in_the_order_a_search_per_word_gives():
    for text in TEXTS:
        normalised = normalise(text)
        _, squeezed, scripts = danger_signals._forms(normalised, squeeze(normalised))
        for kind in danger_signals.KINDS:
            searched = [
                (at, at + len(word), word)
                for script in scripts
                for word in danger_signals.WORDS_BY_SCRIPT[kind][script]
                for at, _ in _every_place(squeezed, [word])
            ]
            assert danger_signals._plain_word_hits(kind, squeezed, scripts) == searched


def test_no_group_word_holds_a_space():
    # find_group leaves out the words its one search did not find, also in the text with spaces blanked in
    assert not [word for words in GROUP_WORDS.values() for word in words if " " in word]
