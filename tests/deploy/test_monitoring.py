"""The Grafana dashboard and the Prometheus alert rules in deploy/ use only metrics the bot
exposes (a renamed metric would leave a panel empty and an alert silent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}


def exposed_names(url: str) -> set[str]:
    names = set()
    for family in text_string_to_metric_families(requests.get(url + "/metrics", timeout=10).text):
        names.update(family.name + suffix for suffix in SUFFIXES.get(family.type, ("",)))
    return names


def used_names(text: str) -> set[str]:
    return set(re.findall(r"\bbot_[a-z_]+\b", text))


def test_dashboard_and_alerts_use_exposed_metrics(bot) -> None:
    exposed = exposed_names(bot.url)
    dashboard = json.loads((DEPLOY / "grafana" / "line-help-bot.json").read_text())
    expressions = [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]
    alerts = (DEPLOY / "prometheus" / "alerts.yml").read_text()
    assert used_names(" ".join(expressions)) - exposed == set()
    assert used_names(alerts) - exposed == set()
    # every alert the issue asks for is there
    for alert in ("BotInboxBacklogOld", "BotOutboxBacklogOld", "BotDeliveryFailures", "BotOverdueGrowing"):
        assert f"alert: {alert}" in alerts
    assert len(used_names(alerts)) >= 8
