"""The web processes as deployed: gunicorn with deploy/gunicorn.conf.py. Every line it writes (its
own, the access log, the app's) is one JSON object, and /metrics sums the counters of all its
processes through PROMETHEUS_MULTIPROC_DIR."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from models.db import make_engine
from models.schema import upgrade_database
from tests.helpers import wait_until

PROJECT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn(tmp_path: Path):  # noqa: ANN201
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    engine = make_engine(url)
    upgrade_database(engine)
    engine.dispose()
    port = free_port()
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("LINE_", "DATABASE_URL"))},
        "DATABASE_URL": url,
        "LINE_CHANNEL_SECRET": "0" * 32,
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "LOG_LEVEL": "INFO",
    }
    log = (tmp_path / "gunicorn.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "app:create_app()"],
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return requests.get(base + "/healthz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    try:
        wait_until(up, timeout=30, interval=0.2)
        yield base, process, log
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        log.close()


def test_gunicorn_logs_json_lines_and_sums_metrics_over_processes(gunicorn) -> None:
    base, process, log = gunicorn
    for _ in range(12):  # new connections: gunicorn's processes take turns
        answer = requests.post(base + "/callback", data=b'{"events": []}', headers={"x-line-signature": "x"}, timeout=5)
        assert answer.status_code == 400
    samples = {}
    for family in text_string_to_metric_families(requests.get(base + "/metrics", timeout=5).text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    assert samples[("bot_webhook_requests_total", (("status", "400"),))] == 12
    assert samples[("bot_database_up", ())] == 1

    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    log.seek(0)
    lines = [line for line in log.read().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is JSON
    assert all({"time", "level", "logger", "process"} <= set(entry) for entry in entries)
    loggers = {entry["logger"] for entry in entries}
    assert {"gunicorn.error", "gunicorn.access", "bot.web.webhook"} <= loggers
    access = [entry for entry in entries if entry["logger"] == "gunicorn.access"]
    callbacks = [entry for entry in access if entry.get("access") == "POST /callback"]
    assert len(callbacks) == 12 and {entry["status"] for entry in callbacks} == {400}
    refused = [entry for entry in entries if entry.get("webhook") == "refused"]
    assert len(refused) == 12 and refused[0]["reason"] == "invalid signature"
