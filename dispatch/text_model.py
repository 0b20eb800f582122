"""A logistic-regression model over a message's letters: which n-grams it holds, weighed. Part of
dispatch/understanding.py (pure: normalised text in, probabilities out).

Thai, Lao and Burmese run words together, so the features are the letter n-grams (2 to 4 letters)
of the text without spaces (every number written #), plus English words and word pairs, the 3 to 5
letter pieces of each English word ("bleeding" shares "<blee" with "bleed"), and Burmese syllables and
syllable pairs (a syllable is often longer than four letters). The last two were kept because, out of
file on that round's fresh files, they raised English and Burmese recall at the same false alarms. The
weights are learnt offline by bench/train_text_models.py with scikit-learn from the labelled messages
in tests/data/understanding/ and stored beside this module as JSON; scoring here is a sum of weights,
with no numeric library at run time.
"""

from __future__ import annotations

import json
import math
import re
import struct
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent / "text_models"
STORED = ("danger", "group", "intent")
GRAM_SIZES = (2, 3, 4)
WORD_PIECE_SIZES = (3, 4, 5)
_LATIN_WORD = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")
_BURMESE_RUN = re.compile(r"[\u1000-\u109f]+")
# A Burmese syllable starts at a consonant (or independent vowel, digit, mark) that is neither killed by
# asat (်) nor stacked under the one before (္).
_BURMESE_SYLLABLE_START = re.compile(r"(?<!္)([က-အဣ-ဧဩဪဿ၀-၉၌-၏])(?![်္])")


def burmese_syllables(run: str) -> list[str]:
    return _BURMESE_SYLLABLE_START.sub(r" \1", run).split()


@lru_cache(maxsize=64)  # the danger, group and intent models weigh the same message one after the other
def features(text: str) -> frozenset[str]:
    """The n-grams of `text` (normalised, see understanding.normalise) that a model can weigh."""
    squeezed = _DIGITS.sub("#", text.replace(" ", ""))  # a number is a number: "081" is no sign of danger
    found = {squeezed[at : at + size] for size in GRAM_SIZES for at in range(len(squeezed) - size + 1)}
    words = _LATIN_WORD.findall(text)
    found.update("w:" + word for word in words)
    found.update(f"w:{first}_{second}" for first, second in zip(words, words[1:], strict=False))
    for word in words:
        marked = f"<{word}>"
        found.update("c:" + marked[at : at + size] for size in WORD_PIECE_SIZES for at in range(len(marked) - size + 1))
    for run in _BURMESE_RUN.findall(text):
        syllables = burmese_syllables(run)
        found.update("y:" + syllable for syllable in syllables)
        found.update(f"y:{first}_{second}" for first, second in zip(syllables, syllables[1:], strict=False))
    return frozenset(found)


@dataclass(frozen=True)
class TextModel:
    """One vector of weights per class (a single one for a yes/no model: the weight of yes). A stored
    model keeps its weights in the shared table (`columns` its place there); one built in a test keeps
    its own."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]] = field(default_factory=dict)
    columns: range | None = None

    def _sums(self, text: str) -> list[float]:
        if self.columns is not None:
            sums, scale = _stored_column_sums(text)
            return [
                intercept + scale * sums[column]
                for intercept, column in zip(self.intercepts, self.columns, strict=True)
            ]
        sums, scale = _column_sums(self.weights, features(text), len(self.intercepts))
        return [intercept + scale * total for intercept, total in zip(self.intercepts, sums, strict=True)]

    def probability(self, text: str) -> float:
        """For a yes/no model: the probability of yes."""
        return 1.0 / (1.0 + math.exp(-self._sums(text)[0]))

    def best(self, text: str) -> tuple[str, float]:
        """For a model of several classes: the likeliest class and its probability (softmax)."""
        sums = self._sums(text)
        top = max(sums)
        exps = [math.exp(value - top) for value in sums]
        index = exps.index(max(exps))
        return self.classes[index], exps[index] / sum(exps)


def _column_sums(
    weights: dict[str, tuple[float, ...]], grams: frozenset[str], width: int
) -> tuple[tuple[float, ...], float]:
    """Each column's sum over the n-grams present, and the scale that L2-normalises a message's features
    (as when learnt)."""
    present = [row for row in map(weights.get, grams) if row is not None]  # one look-up a gram
    scale = 1.0 / math.sqrt(len(grams) or 1)
    if not present:
        return (0.0,) * width, scale
    return tuple(sum(column) for column in zip(*present, strict=True)), scale  # zip and sum run in C


@dataclass(frozen=True)
class _Table:
    """Every stored model's weights under one key per n-gram, side by side: a message's n-grams are
    looked up once for the three models rather than once each, the look-ups being a third of the time
    of a long message. A model without an n-gram has 0.0 there, which leaves its sums exactly as they were.
    Each row is packed as doubles in one bytes object: as a tuple its fifteen floats lay scattered over
    some 50 MB, and fetching them from memory took longer than the sums."""

    rows: dict[str, bytes]
    width: int
    models: dict[str, TextModel]


@cache
def _table() -> _Table:
    stored = {name: json.loads((MODELS / f"{name}.json").read_text(encoding="utf-8")) for name in STORED}
    width = sum(len(data["intercepts"]) for data in stored.values())
    rows: dict[str, list[float]] = {}
    models: dict[str, TextModel] = {}
    first = 0
    for name, data in stored.items():
        size = len(data["intercepts"])
        for gram, row in data["weights"].items():
            rows.setdefault(gram, [0.0] * width)[first : first + size] = row
        models[name] = TextModel(
            classes=tuple(data["classes"]), intercepts=tuple(data["intercepts"]), columns=range(first, first + size)
        )
        first += size
    packed = struct.Struct(f"{width}d").pack
    return _Table({gram: packed(*row) for gram, row in rows.items()}, width, models)


@lru_cache(maxsize=64)  # the danger, group and intent models weigh the same message one after the other
def _stored_column_sums(text: str) -> tuple[tuple[float, ...], float]:
    """As _column_sums, over the packed rows: each column summed in the same order, so to the same bit."""
    table = _table()
    grams = features(text)
    present = [row for row in map(table.rows.get, grams) if row is not None]
    scale = 1.0 / math.sqrt(len(grams) or 1)
    if not present:
        return (0.0,) * table.width, scale
    weights = memoryview(b"".join(present)).cast("d")  # one row after another
    return tuple(sum(weights[column :: table.width]) for column in range(table.width)), scale


def load(name: str) -> TextModel:
    return _table().models[name]
