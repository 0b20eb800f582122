"""Which script a message is written in: Thai, Myanmar, Lao or Latin. Pure."""

from __future__ import annotations


def language_of(text: str) -> str | None:
    """The script the text is written in: th, my (Myanmar), lo (Lao), en (Latin); None when none."""
    counts = {"th": 0, "my": 0, "lo": 0, "en": 0}
    for char in text:
        point = ord(char)
        if 0x0E00 <= point <= 0x0E7F:
            counts["th"] += 1
        elif 0x0E80 <= point <= 0x0EFF:
            counts["lo"] += 1
        elif 0x1000 <= point <= 0x109F:
            counts["my"] += 1
        elif char.isascii() and char.isalpha():
            counts["en"] += 1
    best = max(counts, key=lambda key: counts[key])
    return best if counts[best] else None
