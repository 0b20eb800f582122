"""Which script a message is written in: Thai, Myanmar, Lao or Latin. Pure."""

from __future__ import annotations

import re

# One letter of each script (Thai's block holds its digits and marks too).
LETTERS = {
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "my": re.compile(r"[\u1000-\u109f]"),
    "lo": re.compile(r"[\u0e80-\u0eff]"),
    "en": re.compile(r"[A-Za-z]"),
}


def language_of(text: str) -> str | None:
    """The script the text is written in: th, my (Myanmar), lo (Lao), en (Latin); None when none."""
    counts = {script: len(letter.findall(text)) for script, letter in LETTERS.items()}
    best = max(counts, key=lambda key: counts[key])
    return best if counts[best] else None
