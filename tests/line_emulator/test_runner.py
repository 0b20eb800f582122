"""Starting and stopping the emulator, the Python API, the client helpers and `python -m line_emulator`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from line_emulator import Emulator, create_app, run_in_thread
from tests.line_emulator.support import TOKEN, Api, text

PROJECT = Path(__file__).resolve().parents[2]


def test_starts_fast_and_stops_cleanly_releasing_the_port() -> None:
    started = time.monotonic()
    running = run_in_thread("secret", TOKEN)
    assert time.monotonic() - started < 1.0
    assert running.client.health()["status"] == "ok"
    port = running.port
    stopping = time.monotonic()
    running.stop()
    assert time.monotonic() - stopping < 1.0
    assert not running.thread.is_alive()
    with socket.socket() as probe:
        # as a server rebinding would: a connection of the health check left in TIME_WAIT does not hold the
        # port, a socket still listening does (without this the test failed now and then in CI)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))  # the port is free again
        probe.listen()


def test_stop_wakes_a_request_sleeping_on_an_injected_delay() -> None:
    running = run_in_thread("secret", TOKEN)
    running.client.fail_next(1, status=500, delay=60)
    answered: list[float] = []

    def slow_call() -> None:
        started = time.monotonic()
        try:
            Api(running.base_url).push()
        except requests.RequestException:
            pass
        answered.append(time.monotonic() - started)

    caller = threading.Thread(target=slow_call)
    caller.start()
    time.sleep(0.2)
    running.stop()
    caller.join(5)
    assert answered and answered[0] < 5


def test_create_app_serves_an_emulator_in_process() -> None:
    emulator = Emulator("secret", TOKEN, reply_token_ttl=30.0)
    client = create_app(emulator).test_client()
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = client.post("/v2/bot/message/push", json={"to": "Uwsgi", "messages": [text()]}, headers=headers)
    assert response.status_code == 200 and response.headers["x-line-request-id"]
    assert [d["via"] for d in emulator.messages_to("Uwsgi")] == ["push"]
    assert emulator.reply_token_ttl == 30.0
    token = emulator.issue_reply_token("Uwsgi")
    reply = client.post("/v2/bot/message/reply", json={"replyToken": token, "messages": [text()]}, headers=headers)
    assert reply.status_code == 200
    assert [call["path"] for call in emulator.calls()] == ["/v2/bot/message/push", "/v2/bot/message/reply"]


def test_wait_for_messages_returns_them_or_says_what_arrived(running, api: Api) -> None:
    timer = threading.Timer(0.2, lambda: api.push("Uwait", [text("มาแล้ว")]))
    timer.start()
    (arrived,) = running.client.wait_for_messages("Uwait", 1, timeout=5)
    assert arrived["message"]["text"] == "มาแล้ว"
    with pytest.raises(TimeoutError, match="1 of 2 messages arrived"):
        running.client.wait_for_messages("Uwait", 2, timeout=0.2)


def test_reset_clears_state_but_keeps_configuration(running, api: Api, receiver) -> None:
    running.client.configure(reply_token_ttl=5.0)
    running.client.set_quota(1, used=1)
    running.client.add_user("Ukept", "Kept")
    api.push("Ugone")
    running.client.reset()
    assert running.client.calls() == [] and running.client.messages_to("Ugone") == []
    assert api.get("/v2/bot/message/quota").json() == {"type": "none"}
    assert api.get("/v2/bot/profile/Ukept").status_code == 404
    config = running.client.configure()
    assert config["reply_token_ttl"] == 5.0 and config["webhook_url"] == receiver.url


def test_command_line_runs_a_standalone_emulator() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "line_emulator", "--port", str(port), "--secret", "S", "--token", "T"],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        first_line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}" in first_line
        response = Api(f"http://127.0.0.1:{port}", token="T").push("Ucli")
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(10)
    assert process.returncode == 0


def test_reply_tokens_can_be_issued_for_self_built_webhooks() -> None:
    from line_emulator import run_in_thread

    with run_in_thread("secret", access_token="token") as running:
        tokens = running.client.issue_reply_tokens(["Ubench1", "Ubench2"])
        assert set(tokens) == {"Ubench1", "Ubench2"} and len(set(tokens.values())) == 2
        assert running.emulator.state.take_reply_token(tokens["Ubench1"]) == "Ubench1"
