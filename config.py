"""Settings read from the environment (and a `.env` file when present).

The variable names are a fixed interface (DESIGN.md section 5); everything else has a default that
suits the embedded SQLite setup and can be overridden by `create_app(config=...)`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent
INSTANCE_DIR = PROJECT_ROOT / "instance"


def default_database_url() -> str:
    return f"sqlite:///{INSTANCE_DIR / 'bot.sqlite3'}"


@dataclass(frozen=True)
class Settings:
    line_channel_secret: str | None = None
    line_channel_access_token: str | None = None
    line_api_base_url: str = "https://api.line.me"
    line_data_api_base_url: str = "https://api-data.line.me"
    database_url: str = field(default_factory=default_database_url)
    public_base_url: str = "http://localhost:8000"
    port: int = 8000

    # Workers (threads per process). Event batches need few threads; delivery waits on LINE more.
    # More threads than this only fight over the interpreter lock (measured in bench/webhook.py).
    event_threads: int = 2
    delivery_threads: int = 4
    idle_poll_seconds: float = 0.05
    event_max_attempts: int = 5
    event_retry_base_seconds: float = 1.0

    # Delivery: a reply token is "about a minute" old at most; keep well inside it.
    reply_token_fresh_seconds: float = 45.0
    delivery_retry_base_seconds: float = 2.0
    delivery_retry_cap_seconds: float = 600.0
    delivery_max_attempts: int = 15
    # LINE remembers retry keys for 24 h; stop retrying long before that.
    delivery_give_up_after_seconds: float = 6 * 3600.0
    delivery_lease_seconds: float = 60.0
    line_connect_timeout_seconds: float = 3.0
    line_read_timeout_seconds: float = 10.0

    # Webhook: LINE bodies are small; anything far larger is refused before it is read.
    max_webhook_body_bytes: int = 1024 * 1024

    run_scheduler: bool = True

    # Deadlines (DESIGN.md section 3): (urgency, hours to acknowledge, hours to the first visit).
    deadline_hours: tuple[tuple[str, float, float], ...] = (("urgent", 1, 24), ("high", 4, 72), ("normal", 24, 168))
    # Past a deadline the owner is reminded; past 2x, 4x, ... it the case goes up one of these levels.
    escalation_levels: tuple[str, ...] = ("district", "province")
    # Reminders of cases of other urgencies wait from the first hour to the second (Asia/Bangkok).
    quiet_hours: tuple[int, int] = (21, 7)
    quiet_hours_exempt: tuple[str, ...] = ("urgent",)
    deadline_sweep_seconds: float = 60.0

    # Routing (DESIGN.md section 7): no case goes to a center farther than this (a center's own
    # service_radius_km, when its import gives one, replaces it for that center); past it the case goes
    # to its area's supervisors, else to the unrouted queue.
    routing_max_km: float = 30.0
    # `centers import` refuses a center this far from the middle of its province's other centers.
    centers_province_check_km: float = 200.0

    # PDPA: personal data of closed cases is removed after this many days.
    retention_days: int = 365
    max_photo_bytes: int = 10 * 1024 * 1024

    # Volunteers: how long an offer waits for an answer (urgent cases, others), how far beyond the
    # case's own center volunteers are looked for, how often expired offers move on, and how long a
    # signed photo link stays valid.
    volunteer_offer_minutes_urgent: float = 30.0
    volunteer_offer_minutes: float = 240.0
    volunteer_radius_km: float = 25.0
    volunteer_sweep_seconds: float = 60.0
    photo_link_seconds: int = 3600

    # Daily digest (Asia/Bangkok hour; the sweep sends it once that hour has passed, same day only).
    digest_hour: int = 8
    digest_sweep_seconds: float = 300.0
    # Message budget: LINE's monthly quota is read at most this often; below either threshold of what
    # is left, only urgent cases, offers, escalations and digests are pushed, the rest is held.
    quota_check_seconds: float = 300.0
    quota_low_fraction: float = 0.1
    quota_low_remaining: int = 100

    @property
    def deadlines(self) -> dict[str, tuple[timedelta, timedelta]]:
        """Per urgency: how long to acknowledge, and to make the first visit."""
        return {urgency: (timedelta(hours=ack), timedelta(hours=visit)) for urgency, ack, visit in self.deadline_hours}

    @property
    def simulator_mode(self) -> bool:
        return not self.line_channel_access_token

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def with_overrides(self, overrides: dict[str, Any] | None) -> Settings:
        if not overrides:
            return self
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        return replace(self, **overrides)


_ENV_NAMES = {
    "line_channel_secret": "LINE_CHANNEL_SECRET",
    "line_channel_access_token": "LINE_CHANNEL_ACCESS_TOKEN",
    "line_api_base_url": "LINE_API_BASE_URL",
    "line_data_api_base_url": "LINE_DATA_API_BASE_URL",
    "database_url": "DATABASE_URL",
    "public_base_url": "PUBLIC_BASE_URL",
    "port": "PORT",
    "event_threads": "BOT_EVENT_THREADS",
    "delivery_threads": "BOT_DELIVERY_THREADS",
}


def settings_from_env(env: dict[str, str] | None = None) -> Settings:
    """Build settings from `env` (default: the process environment after loading `.env`)."""
    if env is None:
        load_dotenv(PROJECT_ROOT / ".env", override=False)
        env = dict(os.environ)
    values: dict[str, Any] = {}
    for name, variable in _ENV_NAMES.items():
        raw = env.get(variable)
        if raw is None or raw == "":
            continue
        values[name] = int(raw) if name in {"port", "event_threads", "delivery_threads"} else raw
    return Settings(**values)
