"""Numbers written as words, 1-999, in Thai, Lao and Burmese, as people write an age in a message
("อายุแปดสิบเอ็ดปี", "ອາຍຸເຈັດສິບປີ", "အသက် ရှစ်ဆယ့်နှစ်နှစ်"). Pure; used by dispatch/understanding.py.

The three build a number alike: [digit] ten [digit], [digit] hundred, with a word of their own for
the one after a ten (Thai เอ็ด, Lao ເອັດ) and for twenty (Thai ยี่สิบ, Lao ຊາວ). Burmese writes ten
ဆယ့် when a digit follows and ဆယ် when none does, which tells "eighty" + "years" (ရှစ်ဆယ်နှစ်) from
eighty-two (ရှစ်ဆယ့်နှစ်): နှစ် is both two and year.
"""

from __future__ import annotations

from dataclasses import dataclass

DIGIT, TEN, TEN_THEN_DIGIT, TWENTY, ONE_AFTER_TEN, HUNDRED = "digit", "ten", "ten+", "twenty", "one", "hundred"

_THAI = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_LAO = {"ໜຶ່ງ": 1, "ຫນຶ່ງ": 1, "ນຶ່ງ": 1, "ສອງ": 2, "ສາມ": 3, "ສີ່": 4, "ຫ້າ": 5, "ຫົກ": 6, "ເຈັດ": 7, "ແປດ": 8, "ເກົ້າ": 9}
_BURMESE = {"တစ်": 1, "နှစ်": 2, "သုံး": 3, "လေး": 4, "ငါး": 5, "ခြောက်": 6, "ခုနစ်": 7, "ခုနှစ်": 7, "ရှစ်": 8, "ကိုး": 9}
WORDS: dict[str, tuple[str, int]] = {
    **{word: (DIGIT, value) for digits in (_THAI, _LAO, _BURMESE) for word, value in digits.items()},
    "สิบ": (TEN, 10), "ສິບ": (TEN, 10), "ဆယ့်": (TEN_THEN_DIGIT, 10), "ဆယ်": (TEN, 10),
    "ยี่สิบ": (TWENTY, 20), "ຊາວ": (TWENTY, 20),
    "เอ็ด": (ONE_AFTER_TEN, 1), "ເອັດ": (ONE_AFTER_TEN, 1),
    "ร้อย": (HUNDRED, 100), "ຮ້ອຍ": (HUNDRED, 100), "ရာ": (HUNDRED, 100),
}  # fmt: skip
# Longest first, so ยี่สิบ is read before สิบ and ဆယ့် before ဆယ်.
BY_LENGTH = sorted(WORDS, key=len, reverse=True)
FIRST_LETTERS = frozenset(word[0] for word in WORDS)
# A vowel or tone mark right after a number word means it is part of another word: สาม in สามี, สามารถ.
_INSIDE_A_WORD = frozenset(
    chr(point)
    for low, high in ((0x0E30, 0x0E3A), (0x0E47, 0x0E4E), (0x0EB0, 0x0EBC), (0x0EC8, 0x0ECD))
    for point in range(low, high + 1)
)
_LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
# Words that start like a number and are not one: a chair, a mall, the province Roi Et.
NOT_NUMBERS = ("เก้าอี้", "ห้าง", "ร้อยเอ็ด", "ร้อยเอ็ต")
YEAR_IN_BURMESE = "နှစ်"  # also the word for two


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int


def _word_at(text: str, at: int) -> str | None:
    word = next((word for word in BY_LENGTH if text.startswith(word, at)), None)
    if word is None or text[at + len(word) : at + len(word) + 1] in _INSIDE_A_WORD:
        return None
    return word


def number_at(text: str, start: int) -> Number | None:
    """The number written in words that starts at `start`, read as far as it goes; None if none."""
    if (start and text[start - 1] in _LEADING_VOWELS) or text.startswith(NOT_NUMBERS, start):
        return None
    value, pending, at, end = 0, None, start, start
    has_ten = has_hundred = False
    while at < len(text):
        word = _word_at(text, at)
        if word is None:
            break
        kind, worth = WORDS[word]
        if kind == DIGIT:
            if pending is not None:
                break  # two digits in a row: a range, read elsewhere
            pending = worth
        elif kind == HUNDRED and not has_hundred and not has_ten:
            value, pending, has_hundred = value + 100 * (pending or 1), None, True
        elif kind in (TEN, TEN_THEN_DIGIT) and not has_ten:
            value, pending, has_ten = value + 10 * (pending or 1), None, True
        elif kind == TWENTY and pending is None and not has_ten:
            value, has_ten = value + 20, True
        elif kind == ONE_AFTER_TEN and has_ten and pending is None:
            value, pending = value + 1, None
            at = end = at + len(word)
            break
        else:
            break
        at = end = at + len(word)
        if pending is not None and has_ten or (kind == TEN and word == "ဆယ်"):
            break  # the digit after a ten ends a number, and so does Burmese ဆယ် (no digit follows it)
    value += pending or 0
    return Number(value, start, end) if value and end > start else None


def _is_range(text: str, number: Number) -> bool:
    """ "สองสามขวบ", "เจ็ดแปดสิบ": two numbers back to back are a guess between them."""
    following = _word_at(text, number.end)
    return following is not None and following != YEAR_IN_BURMESE


def with_digits(text: str) -> str:
    """The text with each number in words written in digits; a range (สองสามขวบ) becomes "~"."""
    if not FIRST_LETTERS.intersection(text):
        return text
    parts: list[str] = []
    at = copied = 0
    while at < len(text):
        number = number_at(text, at) if text[at] in FIRST_LETTERS else None
        if number is not None and text[at : number.end] == YEAR_IN_BURMESE and text[:at].rstrip()[-1:].isdigit():
            number = None  # "၂ နှစ်": years after digits
        if number is None:
            at += 1
            continue
        parts.append(text[copied:at])
        if _is_range(text, number):
            following = number_at(text, number.end)
            stop = following.end if following else number.end
            parts.append("~")
        else:
            stop = number.end
            parts.append(str(number.value))
            if text.startswith(YEAR_IN_BURMESE, stop):
                parts.append(YEAR_IN_BURMESE)  # "years" after the number, not two
                stop += len(YEAR_IN_BURMESE)
        at = copied = stop
    parts.append(text[copied:])
    return "".join(parts)
