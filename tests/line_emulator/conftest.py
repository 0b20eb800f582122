"""One emulator and one stand-in bot per test module; every test starts from a reset platform."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from line_emulator import RunningEmulator, run_in_thread
from tests.line_emulator.support import SECRET, TOKEN, Api, Receiver


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    yield receiver
    receiver.stop()


@pytest.fixture(scope="module")
def running(receiver: Receiver) -> Iterator[RunningEmulator]:
    running = run_in_thread(SECRET, access_token=TOKEN, webhook_url=receiver.url)
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def fresh_platform(request: pytest.FixtureRequest) -> None:
    """Reset the module's emulator (if the test uses one) and its configuration before each test."""
    if "running" not in request.fixturenames:
        return
    running: RunningEmulator = request.getfixturevalue("running")
    receiver: Receiver = request.getfixturevalue("receiver")
    running.client.reset()
    running.client.configure(webhook_url=receiver.url, reply_token_ttl=60.0, retry_key_ttl=86400.0)
    receiver.clear()


@pytest.fixture
def api(running: RunningEmulator) -> Api:
    return Api(running.base_url)
