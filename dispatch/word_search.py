"""Many words looked for in a message in one pass (an Aho-Corasick automaton, pyahocorasick), and long
alternations of patterns searched only with the patterns that can match it. Pure: text in, places out.

A search per word, or a regular expression of a hundred alternatives tried at every letter, costs a
long message a fraction of a millisecond each; the automaton reads the message once whatever the
number of words. An alternation keeps its meaning exactly: the patterns left out are those that need a
word the message does not hold, which cannot match anywhere in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from re import _constants as sre  # the parser's opcodes
from re import _parser  # the parser re.compile reads a pattern with, so the same reading
from typing import Any

import ahocorasick

# A character class of up to this many letters still counts as words needed (one of its letters).
CLASS_LETTERS_MAX = 10
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_BACK_REFERENCES = (sre.GROUPREF, sre.GROUPREF_EXISTS)


class Words:
    """Where each of some words is in a text, found in one pass."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            if word:
                self._automaton.add_word(word, word)
        self._empty = len(self._automaton) == 0
        self._automaton.make_automaton()

    def where(self, text: str) -> list[tuple[int, str]]:
        """(start, word) of every occurrence of every word, overlapping ones too, in the order they end."""
        if self._empty:
            return []
        return [(end - len(word) + 1, word) for end, word in self._automaton.iter(text)]

    def found_in(self, text: str) -> set[str]:
        """The words that `text` holds."""
        if self._empty:
            return set()
        return {word for _, word in self._automaton.iter(text)}


@cache  # an alternation's patterns recur in others (one for each set of scripts)
def needed_words(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of `pattern` holds, or None when no such words are known
    (e.g. a pattern that can match without any fixed letters, or one that ignores case)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _needed_in_sequence(list(parsed))


def _needed_in_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most telling words a sequence needs: a run of letters, or what one of its items needs."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, argument in items:
        if op is sre.LITERAL:
            run += chr(argument)
            continue
        if run:
            choices.append(frozenset((run,)))
            run = ""
        if (needed := _needed_in_item(op, argument)) is not None:
            choices.append(needed)
    if run:
        choices.append(frozenset((run,)))
    return max(choices, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _needed_in_item(op: Any, argument: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = argument
        return None if add_flags & re.IGNORECASE else _needed_in_sequence(list(inner))
    if op is sre.ATOMIC_GROUP:
        return _needed_in_sequence(list(argument))
    if op is sre.BRANCH:
        alternatives = [_needed_in_sequence(list(branch)) for branch in argument[1]]
        if any(needed is None for needed in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in _REPEATS:
        least, _, inner = argument
        return _needed_in_sequence(list(inner)) if least >= 1 else None
    if op is sre.IN:
        if 0 < len(argument) <= CLASS_LETTERS_MAX and all(kind is sre.LITERAL for kind, _ in argument):
            return frozenset(chr(letter) for _, letter in argument)
    return None


@cache
def _searchable_alone(pattern: str) -> bool:
    """Whether `pattern` compiled alone matches as it does as one alternative of a longer one: no
    reference to a group by number, no empty match (finditer's rule after one)."""
    parsed = _parser.parse(pattern)
    return parsed.getwidth()[0] > 0 and not _has_back_reference(list(parsed))


def _has_back_reference(items: list[tuple[Any, Any]]) -> bool:
    for op, argument in items:
        if op in _BACK_REFERENCES:
            return True
        for part in argument if isinstance(argument, tuple | list) else (argument,):
            if isinstance(part, _parser.SubPattern) and _has_back_reference(list(part)):
                return True
            if isinstance(part, list) and any(
                isinstance(branch, _parser.SubPattern) and _has_back_reference(list(branch)) for branch in part
            ):
                return True
    return False


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class Alternation:
    """`re.compile("|".join(patterns))`, whose finditer finds the same matches in a text, searched with
    only the patterns whose needed words (needed_words) the text holds."""

    def __init__(self, patterns: Sequence[str], never: str = r"(?!)") -> None:
        alone = [_compiled(pattern) for pattern in patterns]
        self._prunable = all(_searchable_alone(pattern) for pattern in patterns) and len({r.flags for r in alone}) <= 1
        self._whole = None if self._prunable else re.compile("|".join(patterns) or never)
        needs = [needed_words(pattern) for pattern in patterns]
        self._always = tuple(index for index, needed in enumerate(needs) if needed is None)
        self._by_word: dict[str, tuple[int, ...]] = {}
        for index, needed in enumerate(needs):
            for word in needed or ():
                self._by_word[word] = (*self._by_word.get(word, ()), index)
        self._words = Words(self._by_word)
        self._alone = alone

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._whole is not None:
            return self._whole.finditer(text)
        able = set(self._always)
        for word in self._words.found_in(text):
            able.update(self._by_word[word])
        return _leftmost_first([self._alone[index] for index in sorted(able)], text)


def _leftmost_first(alternatives: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches finditer of the alternatives joined by "|" gives: the leftmost, of the first
    alternative there when several start at the same place, then on from its end (none is empty)."""
    upcoming = [regex.search(text) for regex in alternatives]
    while True:
        best: re.Match[str] | None = None
        for match in upcoming:
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        end = best.end()
        upcoming = [
            regex.search(text, end) if match is not None and match.start() < end else match
            for regex, match in zip(alternatives, upcoming, strict=True)
        ]
