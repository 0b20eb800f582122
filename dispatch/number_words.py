"""Numbers written as words, 1-999, in Thai, Lao and Burmese, as people write an age in a message
("อายุแปดสิบเอ็ดปี", "ອາຍຸເຈັດສິບປີ", "အသက် ရှစ်ဆယ့်နှစ်နှစ်"), and in English from ten up ("eighty-two",
"she's ninety"). Pure; used by dispatch/understanding.py.

The three build a number alike: [digit] ten [digit], [digit] hundred, with a word of their own for
the one after a ten (Thai เอ็ด, Lao ເອັດ) and for twenty (Thai ยี่สิบ, Lao ຊາວ). Burmese writes ten
ဆယ့် when a digit follows and ဆယ် when none does, which tells "eighty" + "years" (ရှစ်ဆယ်နှစ်) from
eighty-two (ရှစ်ဆယ့်နှစ်): နှစ် is both two and year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGIT, TEN, TEN_THEN_DIGIT, TWENTY, ONE_AFTER_TEN, HUNDRED = "digit", "ten", "ten+", "twenty", "one", "hundred"

_THAI = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_LAO = {"ໜຶ່ງ": 1, "ຫນຶ່ງ": 1, "ນຶ່ງ": 1, "ສອງ": 2, "ສາມ": 3, "ສີ່": 4, "ຫ້າ": 5, "ຫົກ": 6, "ເຈັດ": 7, "ແປດ": 8, "ເກົ້າ": 9}
_BURMESE = {"တစ်": 1, "နှစ်": 2, "သုံး": 3, "လေး": 4, "ငါး": 5, "ခြောက်": 6, "ခုနစ်": 7, "ခုနှစ်": 7, "ရှစ်": 8, "ကိုး": 9}
WORDS: dict[str, tuple[str, int]] = {
    **{word: (DIGIT, value) for digits in (_THAI, _LAO, _BURMESE) for word, value in digits.items()},
    "สิบ": (TEN, 10), "ສິບ": (TEN, 10), "ဆယ့်": (TEN_THEN_DIGIT, 10), "ဆယ်": (TEN, 10),
    "ยี่สิบ": (TWENTY, 20), "ຊາວ": (TWENTY, 20), "ซาว": (TWENTY, 20),  # ซาว: Isan and Lao in Thai letters
    "เอ็ด": (ONE_AFTER_TEN, 1), "เอ็ต": (ONE_AFTER_TEN, 1), "ເອັດ": (ONE_AFTER_TEN, 1),  # (เอ็ต: as often typed)
    "ร้อย": (HUNDRED, 100), "ຮ້ອຍ": (HUNDRED, 100), "ရာ": (HUNDRED, 100),
}  # fmt: skip
# Longest first (an alternation tries its words in order), so ยี่สิบ is read before สิบ and ဆယ့် before ဆယ်.
ANY_WORD = re.compile("|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))))
FIRST_LETTERS = frozenset(word[0] for word in WORDS)
# A vowel or tone mark right after a number word means it is part of another word: สาม in สามี, สามารถ.
_INSIDE_A_WORD = frozenset(
    chr(point)
    for low, high in ((0x0E30, 0x0E3A), (0x0E47, 0x0E4E), (0x0EB0, 0x0EBC), (0x0EC8, 0x0ECD))
    for point in range(low, high + 1)
)
_LEADING_VOWELS = frozenset("เแโใไເແໂໃໄ")
# Words that start like a number and are not one: a chair, a mall, the province Roi Et, to fall
# ("ยายแปดสิบเอ็ดหกล้ม": 81, then she fell), to string garlands.
NOT_NUMBERS = (
    "เก้าอี้", "ห้าง", "ร้อยเอ็ด", "ร้อยเอ็ต", "หกล้ม", "ซาวด์", "ซาวน่า",
    # ร้อย is also to string: garlands, flowers, beads ("รับจ้างร้อยพวงมาลัย")
    "ร้อยพวงมาลัย", "ร้อยมาลัย", "ร้อยดอกไม้", "ร้อยลูกปัด",
    # ငါး is five and a fish: fishing, a fish pond, a fish stall, fish paste, dried fish, fried fish, a fish
    # pier, carrying fish
    "ငါးဖမ်း", "ငါးကန်", "ငါးတန်း", "ငါးပိ", "ငါးခြောက်", "ငါးကြော်", "ငါးဈေး", "ငါးမျှား", "ငါးဆိပ်", "ငါးသယ်",
)  # fmt: skip
YEAR_IN_BURMESE = "နှစ်"  # also the word for two
# Burmese writes words without spaces, and လေး (four) is also "little" after a noun: ကလေး a child,
# သားလေး a little son. လေး right after a Burmese letter is part of a word, unless it follows
# အသက် (age); other number words after a word are numbers ("အဘွားရှစ်ဆယ်": grandma, eighty).
_BURMESE_FOUR = "လေး"
_BURMESE_HUNDRED = "ရာ"
_BURMESE_LETTER = re.compile(r"[\u1000-\u109f]")
_BURMESE_BEFORE_A_NUMBER = ("အသက်",)

_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNIT = "|".join(_EN_UNITS)
# From ten up: "eighty two", "eighty-two", "a hundred and one". A unit alone (one..nine) only before
# "year(s) old" or ending what is said of someone: "two kids", "three days", "he is one of them" are
# no ages.
ENGLISH_NUMBER = re.compile(
    r"\b(?:(?:a|one)\s+hundred(?:\s+and)?\s+)?(?:"
    r"(?P<tens>" + "|".join(_EN_TENS) + r")(?:[\s-](?P<unit>" + _UNIT + r"))?"
    r"|(?P<teen>" + "|".join(_EN_TEENS) + r")"
    r"|(?P<alone>" + _UNIT + r")(?=[\s-]+(?:years?|yrs?)[\s-]+old)"
    # or said of someone at the end of a clause: "he is nine.", "she looks about five", "aged seven,"
    r"|(?:(?<=\bis )|(?<=about )|(?<=aged ))(?P<said>" + _UNIT + r")(?=\s?[.,!;)]|\s+(?:and|but|now|years?|yrs?)\b|$)"
    r")\b"
    r"|\b(?:a|one)\s+hundred\b"
)


def _english_value(match: re.Match[str]) -> str:
    value = 100 if "hundred" in match.group(0) else 0
    if match.group("tens"):
        value += _EN_TENS[match.group("tens")] + _EN_UNITS.get(match.group("unit") or "", 0)
    elif match.group("teen"):
        value += _EN_TEENS[match.group("teen")]
    elif match.group("alone") or match.group("said"):
        value += _EN_UNITS[match.group("alone") or match.group("said")]
    return str(value)


def english_with_digits(text: str) -> str:
    """The (lower-case) text with English number words from ten up written in digits."""
    return ENGLISH_NUMBER.sub(_english_value, text) if "e" in text or "y" in text else text


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int


def _word_at(text: str, at: int) -> str | None:
    match = ANY_WORD.match(text, at)
    word = match.group() if match else None
    if word is None or text.startswith(NOT_NUMBERS, at) or text[at + len(word) : at + len(word) + 1] in _INSIDE_A_WORD:
        return None
    return word


def number_at(text: str, start: int) -> Number | None:
    """The number written in words that starts at `start`, read as far as it goes; None if none."""
    if (start and text[start - 1] in _LEADING_VOWELS) or text.startswith(NOT_NUMBERS, start):
        return None
    if (
        text.startswith(_BURMESE_FOUR, start)
        and start
        and _BURMESE_LETTER.match(text, start - 1)
        and not text.endswith(_BURMESE_BEFORE_A_NUMBER, 0, start)
    ):
        return None  # ကလေး: a child, not four
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
        elif kind == HUNDRED and word == _BURMESE_HUNDRED and pending is None:
            break  # ရာ alone is inside a word (အိပ်ရာ, a bed): a hundred is written တစ်ရာ
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
