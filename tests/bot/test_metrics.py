"""GET /metrics: Prometheus text with the webhook, worker, delivery, LINE, job and database
figures, moving as the bot works; summed over processes when PROMETHEUS_MULTIPROC_DIR is set."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from dispatch.scheduler import Job, run_job
from models.base import utcnow
from models.centers import Center
from models.users import User
from tests.bot.chat import Chat, settle
from tests.bot.scenes import KHON_KAEN, add_center
from tests.factories import new_case

pytestmark = pytest.mark.in_process

PROJECT = Path(__file__).resolve().parents[2]


def scrape(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = requests.get(url + "/metrics", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.mark.live  # it reads the worker threads' liveness
def test_metrics_are_present_and_move_after_webhooks(bot) -> None:
    before = scrape(bot.url)
    for name in (
        "bot_inbox_backlog",
        "bot_inbox_oldest_age_seconds",
        "bot_outbox_backlog",
        "bot_outbox_oldest_age_seconds",
        "bot_cases_overdue",
        "bot_workers_alive",
        "bot_database_up",
    ):
        assert (name, ()) in before, name
    assert value(before, "bot_database_up") == 1 and value(before, "bot_workers_alive") == 1

    chat = Chat(bot, "Umetrics00000000000000000000000001")
    chat.say("สวัสดีค่ะ")
    chat.say("ติดตาม")
    first = bot.line.send_text(chat.user_id, "ติดตาม")["events"][0]
    bot.line.redeliver(first["webhookEventId"])
    bot.line.send_raw('{"events": []}', signature="bad")
    settle(bot)

    after = scrape(bot.url)
    moved = {
        ("bot_webhook_events_total", "received"): 4,
        ("bot_webhook_events_total", "stored"): 3,
        ("bot_webhook_events_total", "duplicate"): 1,
        ("bot_events_handled_total", "done"): 3,
    }
    for (name, outcome), delta in moved.items():
        assert value(after, name, outcome=outcome) - value(before, name, outcome=outcome) == delta, (name, outcome)
    assert (
        value(after, "bot_webhook_requests_total", status="400")
        - value(before, "bot_webhook_requests_total", status="400")
        == 1
    )
    sent = value(after, "bot_deliveries_total", outcome="sent", via="reply") - value(
        before, "bot_deliveries_total", outcome="sent", via="reply"
    )
    assert sent >= 3
    replies = value(after, "bot_line_call_seconds_count", call="/v2/bot/message/reply", status="2xx") - value(
        before, "bot_line_call_seconds_count", call="/v2/bot/message/reply", status="2xx"
    )
    assert replies == sent
    assert value(after, "bot_inbox_backlog") == 0 and value(after, "bot_outbox_backlog") == 0


def test_case_and_quota_gauges_are_read_from_the_database(bot) -> None:
    add_center(bot.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    now = utcnow()
    with bot.sessions.begin() as session:
        center = session.scalar(select(Center))
        reporter = User(line_user_id="Umetricsreporter0000000000000001", created_at=now)
        session.add(reporter)
        session.flush()
        new_case(session, center, reporter.id, "R-1")
        new_case(session, center, reporter.id, "R-2", ack_due_at=now - timedelta(hours=1))
        new_case(session, center, reporter.id, "R-3", status="closed", closed_at=now)
    bot.line.set_quota(1000, used=250)
    bot.runtime.delivery_worker.quota.low()  # the delivery worker's reading, recorded in the database
    samples = scrape(bot.url)
    assert value(samples, "bot_cases_open", status="assigned") == 2
    assert value(samples, "bot_cases_open", status="acknowledged") == 0
    assert ("bot_cases_open", (("status", "closed"),)) not in samples
    assert value(samples, "bot_cases_overdue") == 1
    assert value(samples, "bot_line_quota_messages", kind="limit") == 1000
    assert value(samples, "bot_line_quota_messages", kind="used") == 250


def test_job_runs_durations_and_failures_are_counted(bot) -> None:
    from bot.web.metrics import observe_job

    def fails(_session, _now):  # noqa: ANN001, ANN202
        raise RuntimeError("boom")

    before = scrape(bot.url)
    run_job(bot.sessions, Job("metrics_probe", timedelta(minutes=1), lambda _s, _n: 2), utcnow, observe_job)
    try:
        run_job(bot.sessions, Job("metrics_probe", timedelta(minutes=1), fails), utcnow, observe_job)
    except RuntimeError:
        pass
    after = scrape(bot.url)
    for outcome in ("ok", "failed"):
        runs = value(after, "bot_job_runs_total", job="metrics_probe", outcome=outcome)
        assert runs - value(before, "bot_job_runs_total", job="metrics_probe", outcome=outcome) == 1
    assert (
        value(after, "bot_job_duration_seconds_count", job="metrics_probe")
        - value(before, "bot_job_duration_seconds_count", job="metrics_probe")
        == 2
    )


def test_a_database_that_does_not_answer_gives_database_up_zero(bot) -> None:
    original = bot.app.extensions["bot_metrics_database"]
    from bot.web.metrics import database_registry
    from models.db import make_engine, make_session_factory

    dead = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    bot.app.extensions["bot_metrics_database"] = database_registry(make_session_factory(dead), 60)
    try:
        samples = scrape(bot.url)
    finally:
        bot.app.extensions["bot_metrics_database"] = original
        dead.dispose()
    assert value(samples, "bot_database_up") == 0
    assert ("bot_inbox_backlog", ()) not in samples


def test_counters_of_several_processes_are_summed(tmp_path: Path) -> None:
    """What gunicorn's workers do with PROMETHEUS_MULTIPROC_DIR: each writes, any scrape sums."""
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    count = "from bot.web.metrics import observe_webhook; observe_webhook(200, received=3, stored=2)"
    for _ in range(2):
        subprocess.run([sys.executable, "-c", count], env=env, cwd=PROJECT, check=True, timeout=60)
    show = "from prometheus_client import generate_latest; from bot.web.metrics import process_registry; " + (
        "print(generate_latest(process_registry()).decode())"
    )
    output = subprocess.run(
        [sys.executable, "-c", show], env=env, cwd=PROJECT, check=True, timeout=60, capture_output=True, text=True
    ).stdout
    samples = {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(output)
        for sample in family.samples
    }
    assert value(samples, "bot_webhook_events_total", outcome="received") == 6
    assert value(samples, "bot_webhook_events_total", outcome="stored") == 4
    assert value(samples, "bot_webhook_events_total", outcome="duplicate") == 2


def test_a_waiting_event_shows_in_the_backlog_with_its_age(make_bot) -> None:
    """Events not yet handled (no worker runs here) are counted, and the oldest one's age is read
    from what the database hands back (a naive text on SQLite, an aware time on PostgreSQL)."""
    import json

    from tests.conftest import CHANNEL_SECRET
    from tests.helpers import sign

    bot = make_bot(start_workers=False)
    body = json.dumps(
        {
            "events": [
                {
                    "type": "follow", "mode": "active", "timestamp": 1763800000000,
                    "source": {"type": "user", "userId": "Ubacklog00000000000000000000000001"},
                    "webhookEventId": "01MMMMMMMMMMMMMMMMMMMMMMMM", "deliveryContext": {"isRedelivery": False},
                    "replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
                }
            ]
        }
    ).encode()  # fmt: skip
    headers = {"X-Line-Signature": sign(body, CHANNEL_SECRET), "Content-Type": "application/json"}
    assert requests.post(bot.url + "/callback", data=body, headers=headers, timeout=10).status_code == 200
    samples = scrape(bot.url)
    assert value(samples, "bot_inbox_backlog") == 1
    assert 0 <= value(samples, "bot_inbox_oldest_age_seconds") < 600
