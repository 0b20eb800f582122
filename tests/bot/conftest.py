"""Fixtures for the bot's tests: a bot with two centers and their staff enrolled through LINE."""

from __future__ import annotations

import pytest

from tests.bot.scenes import with_centers_and_staff


@pytest.fixture
def staffed_bot(bot):  # noqa: ANN001, ANN201 - the bot fixture's own type
    return with_centers_and_staff(bot)
