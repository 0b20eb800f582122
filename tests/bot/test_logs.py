"""One log format: every line a process writes to standard error is a JSON object with time,
level, logger and process; the app's own events are merged in as fields; LOG_LEVEL applies;
APScheduler's per-job chatter is gone and jobs carry their names."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from bot.ops.logs import JsonLines, configure_logging
from models.operations import WorkerHeartbeat
from tests.helpers import wait_until

PROJECT = Path(__file__).resolve().parents[2]


def record(message: str, level: int = logging.INFO, exc: bool = False) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise ValueError("detail")
        except ValueError:
            exc_info = sys.exc_info()
    return logging.LogRecord("bot.test", level, __file__, 1, message, None, exc_info)


def test_an_event_logged_as_json_becomes_fields_of_the_line() -> None:
    line = json.loads(JsonLines().format(record(json.dumps({"event": "e1", "ms": 1.5, "level": "spoof"}))))
    assert line["event"] == "e1" and line["ms"] == 1.5
    assert line["level"] == "INFO" and line["logger"] == "bot.test" and "message" not in line
    assert line["time"].endswith("+00:00") and line["process"] == os.getpid()


def test_plain_text_and_tracebacks_stay_one_json_line() -> None:
    text = JsonLines().format(record("ข้อความ {not json", logging.ERROR, exc=True))
    assert "\n" not in text
    line = json.loads(text)
    assert line["message"] == "ข้อความ {not json" and "ValueError: detail" in line["exc_info"]


def test_log_level_applies_and_apscheduler_is_quiet() -> None:
    root = logging.getLogger()
    previous = root.level
    try:
        configure_logging("warning")
        assert root.level == logging.WARNING
        configure_logging("DEBUG")
        assert root.level == logging.DEBUG
        assert logging.getLogger("apscheduler").getEffectiveLevel() == logging.WARNING
        assert sum(handler.get_name() == "bot-json" for handler in root.handlers) == 1
    finally:
        root.setLevel(previous)


def test_the_worker_process_writes_only_json_lines_with_named_jobs(database_url: str, sessions, tmp_path: Path) -> None:
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("LINE_")},
        "DATABASE_URL": database_url,
        "LINE_CHANNEL_SECRET": "0" * 32,
        "LINE_CHANNEL_ACCESS_TOKEN": "token",
        "LINE_API_BASE_URL": "http://127.0.0.1:9",  # nothing is sent in this test
        "DEADLINE_SWEEP_SECONDS": "0.5",
        "HEARTBEAT_SECONDS": "0.5",
        "LOG_LEVEL": "INFO",
    }
    log = (tmp_path / "worker.log").open("w+")
    worker = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "app", "worker"], cwd=PROJECT, env=env, stdout=log, stderr=log
    )
    try:

        def ran() -> bool:
            log.seek(0)
            return '"job": "deadline_alerts"' in log.read()

        def beat() -> bool:
            with sessions() as session:
                return bool(session.scalars(select(WorkerHeartbeat)).all())

        wait_until(ran, timeout=60, interval=0.2)
        # the heartbeat is its own job: it may come a moment after the first sweep has logged
        wait_until(beat, timeout=30, interval=0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
    log.seek(0)
    lines = [line for line in log.read().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]
    assert worker.returncode == 0
    assert not any("Added job" in line or "run_job" in line for line in lines)
    jobs = [entry for entry in entries if entry.get("job") == "deadline_alerts"]
    assert jobs and jobs[0]["logger"] == "dispatch.scheduler" and jobs[0]["error"] is None
    assert any(entry.get("worker") == "started" for entry in entries)
    assert any(entry.get("worker") == "stopped" for entry in entries)
    with sessions() as session:
        assert session.scalars(select(WorkerHeartbeat)).all() == []  # removed on a clean stop
