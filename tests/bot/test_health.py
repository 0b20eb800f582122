"""GET /healthz is liveness only; GET /readyz checks the database, the schema version, the
workers' heartbeats and LINE's answer about the token, JSON per check, 503 when any fails."""

from __future__ import annotations

import os
from pathlib import Path

import requests
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tests.conftest import database_kind
from tests.helpers import TcpProxy, wait_until


def readiness(bot) -> tuple[int, dict]:  # noqa: ANN001 - the bot fixture
    response = requests.get(bot.url + "/readyz", timeout=10)
    return response.status_code, response.json()


def test_liveness_answers_without_asking_the_database(bot) -> None:
    response = requests.get(bot.url + "/healthz", timeout=5)
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_ready_when_everything_answers(bot) -> None:
    status, body = readiness(bot)
    assert status == 200, body
    assert body["status"] == "ready"
    assert set(body["checks"]) == {"database", "schema", "workers", "line"}
    assert all(check["ok"] for check in body["checks"].values())
    assert body["checks"]["schema"]["revision"] == body["checks"]["schema"]["head"]
    assert body["checks"]["workers"]["fresh"] == 1


def test_not_ready_while_the_database_is_gone_and_ready_again_after(make_bot, database_url: str) -> None:
    if database_kind() == "postgresql":
        url = make_url(database_url)
        proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
        bot = make_bot(database_url=url.set(port=proxy.port).render_as_string(hide_password=False))
        gone, back = proxy.cut, proxy.restore
    else:
        proxy = None
        path = Path(make_url(database_url).database or "")
        bot = make_bot()

        def gone() -> None:
            os.rename(path, path.with_suffix(".moved"))

        def back() -> None:
            os.rename(path.with_suffix(".moved"), path)

    try:
        assert readiness(bot)[0] == 200
        gone()
        status, body = readiness(bot)
        assert status == 503, body
        assert body["status"] == "not ready"
        assert body["checks"]["database"]["ok"] is False and body["checks"]["database"]["error"]
        assert body["checks"]["workers"]["ok"] is False
        assert body["checks"]["line"]["ok"] is True  # LINE itself is fine
        back()
        status, body = wait_until(lambda: (lambda answer: answer if answer[0] == 200 else None)(readiness(bot)))
        assert body["status"] == "ready"
    finally:
        if proxy:
            proxy.close()


def test_not_ready_without_a_worker_heartbeat(make_bot) -> None:
    bot = make_bot(start_workers=False)
    status, body = readiness(bot)
    assert status == 503
    assert body["checks"]["workers"] == {
        "ok": False,
        "fresh": 0,
        "stale": 0,
        "error": "no worker heartbeat in the last 60 s: is `flask --app app worker` running?",
    }
    bot.runtime.start()
    assert readiness(bot)[0] == 200
    bot.runtime.stop()  # a clean stop removes its heartbeat
    assert readiness(bot)[1]["checks"]["workers"]["fresh"] == 0


def test_a_stale_heartbeat_does_not_count(make_bot) -> None:
    # Three seconds, not less: on a loaded CI host the first request can come a second after the
    # worker's one heartbeat, and that first answer must still see it fresh.
    bot = make_bot(heartbeat_stale_seconds=3, heartbeat_seconds=3600)
    assert readiness(bot)[0] == 200
    status, body = wait_until(
        lambda: (lambda answer: answer if answer[0] == 503 else None)(readiness(bot)), timeout=20, interval=0.2
    )
    assert body["checks"]["workers"]["stale"] == 1 and body["checks"]["workers"]["newest_age_seconds"] >= 3


def test_not_ready_when_line_refuses_the_token(make_bot) -> None:
    bot = make_bot(line_channel_access_token="a-revoked-token")
    status, body = readiness(bot)
    assert status == 503
    assert body["checks"]["line"] == {"ok": False, "error": "LINE refused the access token (401)", "age_seconds": 0.0}
    assert body["checks"]["database"]["ok"] is True


def test_the_token_check_is_cached(bot) -> None:
    for _ in range(3):
        assert readiness(bot)[0] == 200
    assert bot.line.count_calls("/v2/bot/info") == 1


def test_not_ready_when_the_schema_is_behind(bot) -> None:
    with bot.sessions.begin() as session:
        head = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        session.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    try:
        status, body = readiness(bot)
        assert status == 503
        assert body["checks"]["schema"]["ok"] is False and body["checks"]["schema"]["revision"] == "0010"
        assert "db upgrade" in body["checks"]["schema"]["error"]
    finally:
        with bot.sessions.begin() as session:
            session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head})
