"""Fixtures for the bot's tests: a bot with two centers and their staff enrolled through LINE (and the
same with links under an https base, for the volunteer tests)."""

from __future__ import annotations

import pytest

from bot.speech import texts as catalogue
from tests.bot.scenes import OTHER_CENTER_STAFF, STAFF_A, STAFF_B, with_centers_and_staff  # noqa: F401 - the staff's ids, imported from here by tests written before they moved


@pytest.fixture
def staffed_bot(bot):  # noqa: ANN001, ANN201 - the bot fixture's own type
    return with_centers_and_staff(bot)


@pytest.fixture
def volunteer_bot(make_bot):  # noqa: ANN001, ANN201 - the fixture's own type
    """Two centers and their staff (as staffed_bot), links under an https base as in production."""
    return with_centers_and_staff(make_bot(public_base_url="https://bot.example.go.th"))


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every (key, language) the bot looked up while the test ran (the workers run in this process)."""
    seen: list[tuple[str, str]] = []
    original = catalogue.variant

    def recording(key: str, language: str) -> str:
        seen.append((key, language))
        return original(key, language)

    monkeypatch.setattr(catalogue, "variant", recording)
    return seen
