"""Settings read from the environment (and a `.env` file when present).

Every field of `Settings` has an environment variable: its name in capitals (`retention_days` is
`RETENTION_DAYS`), except the names in `ENV_NAMES`, which are a fixed interface (DESIGN.md
section 5). Values are parsed by the field's type and checked at start; a bad one stops the start
with a message naming the variable. Every field is described in `DESCRIPTIONS`, from which the
README's settings table and `.env.example` are generated (`python config.py --markdown|--env`;
tests/test_config.py keeps them in step).
"""

from __future__ import annotations

import logging
import os
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent
INSTANCE_DIR = PROJECT_ROOT / "instance"


def default_database_url() -> str:
    return f"sqlite:///{INSTANCE_DIR / 'bot.sqlite3'}"


# Thai public holidays of 2026 and 2027 (substitute days included); the Buddhist ones are lunar.
THAI_PUBLIC_HOLIDAYS = (
    "2026-01-01", "2026-03-03", "2026-04-06", "2026-04-13", "2026-04-14", "2026-04-15", "2026-05-01",
    "2026-05-04", "2026-05-31", "2026-06-01", "2026-06-03", "2026-07-28", "2026-07-29", "2026-07-30",
    "2026-08-12", "2026-10-13", "2026-10-23", "2026-12-05", "2026-12-07", "2026-12-10", "2026-12-31",
    "2027-01-01", "2027-02-20", "2027-02-22", "2027-04-06", "2027-04-13", "2027-04-14", "2027-04-15",
    "2027-05-01", "2027-05-03", "2027-05-04", "2027-05-20", "2027-06-03", "2027-07-18", "2027-07-19",
    "2027-07-28", "2027-08-12", "2027-10-13", "2027-10-23", "2027-10-25", "2027-12-05", "2027-12-06", "2027-12-10",
    "2027-12-31",
)  # fmt: skip


@dataclass(frozen=True)
class Settings:
    line_channel_secret: str | None = None
    line_channel_access_token: str | None = None
    line_api_base_url: str = "https://api.line.me"
    line_data_api_base_url: str = "https://api-data.line.me"
    database_url: str = field(default_factory=default_database_url)
    public_base_url: str = "http://localhost:8000"
    port: int = 8000
    # Web console (web/): LINE Login channel (OpenID Connect), its authorize host, and how long an
    # idle console session lasts.
    line_login_channel_id: str | None = None
    line_login_channel_secret: str | None = None
    line_login_base_url: str = "https://access.line.me"
    console_idle_minutes: float = 30.0
    # The console's maps (Leaflet): a tile server, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png
    # (respect its usage policy). Empty: no tiles; markers are drawn on a plain background.
    map_tile_url: str = ""
    map_tile_attribution: str = "© OpenStreetMap contributors"

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

    # The household register (dispatch/register.py): check-in rhythm by need (weekly for these groups
    # and for people living alone from this age, else monthly), how long an unanswered check-in waits
    # before the buddy is reminded again and again before the center's staff are told, and how often
    # the check-in sweep runs.
    check_in_weekly_days: int = 7
    check_in_monthly_days: int = 30
    check_in_weekly_groups: tuple[str, ...] = ("bedridden",)
    check_in_weekly_alone_age: int = 80
    check_in_grace_hours: float = 48.0
    check_in_sweep_seconds: float = 60.0

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

    # Per-user limits (dispatch/limits.py), far above what a genuine reporter does: beyond the message
    # rate one "please slow down" per window and no answer to the rest; beyond the report limits a
    # polite refusal with the 1300 hotline. The emergency numbers are never limited.
    message_rate_limit: int = 60
    message_rate_window_seconds: float = 60.0
    report_limit_per_hour: int = 5
    report_limit_per_day: int = 20

    # Operations: log level of every process; readiness (GET /readyz): how long the database may take
    # to answer, how often a worker process writes its heartbeat and when one counts as stale, how
    # long LINE's answer about the access token is trusted.
    log_level: str = "INFO"
    readiness_timeout_seconds: float = 2.0
    heartbeat_seconds: float = 10.0
    heartbeat_stale_seconds: float = 60.0
    line_token_check_seconds: float = 300.0

    # Open311 GeoReport v2 (web/open311): the contact its discovery document gives, and requests per
    # window allowed from one partner key, or from one address without a key.
    open311_contact: str = "สายด่วน 1300 (กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์)"
    open311_rate_limit: int = 120
    open311_rate_window_seconds: float = 60.0
    # Public statistics and open data (web/public): how many Bangkok months they cover, how long a
    # computed page or file is served from memory, how often the materialised sums are brought up to
    # date (dispatch/stats_refresh.py), and the licence open data is published under.
    stats_months: int = 12
    stats_cache_seconds: float = 60.0
    stats_refresh_seconds: float = 60.0
    open_data_licence: str = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"

    # E-referral (issue 23): an agency acknowledges a referral within this many working days (Bangkok
    # calendar, weekends and these public holidays off) or the referring staff member is reminded;
    # its signed link works this many days. Buddhist holidays follow the lunar calendar: set the
    # year's list from the Cabinet's announcement.
    referral_ack_working_days: int = 2
    thai_public_holidays: tuple[str, ...] = THAI_PUBLIC_HOLIDAYS
    referral_link_days: int = 30
    # Email of referral packages (the PDF attached) through this SMTP server; unset: no email.
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_starttls: bool = False
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "referrals@localhost"

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


ENV_NAMES = {
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
SECRETS = frozenset(
    {"line_channel_secret", "line_channel_access_token", "database_url", "line_login_channel_secret", "smtp_password"}
)

DESCRIPTIONS = {
    "line_channel_secret": "verifies webhook signatures (required outside simulator mode)",
    "line_channel_access_token": "bearer token for the Messaging API (unset: simulator mode)",
    "line_api_base_url": "Messaging API base",
    "line_data_api_base_url": "content/upload base",
    "database_url": "SQLAlchemy URL (default: SQLite file under `instance/`)",
    "public_base_url": "https base for links and images the bot sends",
    "port": "port of `python app.py`",
    "line_login_channel_id": "LINE Login channel ID of the web console (simulator: the emulator's)",
    "line_login_channel_secret": "LINE Login channel secret: checks ID tokens, signs console sessions",
    "line_login_base_url": "LINE Login authorize host",
    "console_idle_minutes": "a console session ends after this long without a request",
    "map_tile_url": "tile server of the console's maps, with {z}/{x}/{y} (empty: markers without tiles)",
    "map_tile_attribution": "the tile server's attribution, shown on the maps",
    "event_threads": "event worker threads per process (one on SQLite)",
    "delivery_threads": "delivery worker threads per process",
    "idle_poll_seconds": "how often an idle worker thread looks for work",
    "event_max_attempts": "tries of a failing webhook event before it is set aside",
    "event_retry_base_seconds": "first wait before an event is tried again (doubles)",
    "reply_token_fresh_seconds": "how long a reply token is used before a push instead",
    "delivery_retry_base_seconds": "first wait before a delivery is tried again (doubles)",
    "delivery_retry_cap_seconds": "longest wait between delivery tries",
    "delivery_max_attempts": "tries of a message before it is given up",
    "delivery_give_up_after_seconds": "age at which a message is given up",
    "delivery_lease_seconds": "how long a claimed message is held by one worker",
    "line_connect_timeout_seconds": "connect timeout of LINE API calls",
    "line_read_timeout_seconds": "read timeout of LINE API calls",
    "max_webhook_body_bytes": "larger webhook bodies are refused (413)",
    "run_scheduler": "run the scheduled sweeps in this process (`true`/`false`)",
    "deadline_hours": "per urgency, hours to acknowledge and to the first visit (`urgency:ack:visit,...`)",
    "escalation_levels": "levels an overdue case goes up, in order (comma-separated)",
    "quiet_hours": "Bangkok hours from,to when non-urgent reminders wait (`21,7`)",
    "quiet_hours_exempt": "urgencies reminded in quiet hours too (comma-separated)",
    "deadline_sweep_seconds": "how often deadlines are checked",
    "retention_days": "days after closing before a case's (or a registered person's) personal data is removed",
    "check_in_weekly_days": "days between check-ins for people who need them weekly",
    "check_in_monthly_days": "days between check-ins for everyone else on the register",
    "check_in_weekly_groups": "register groups checked in on weekly (comma-separated)",
    "check_in_weekly_alone_age": "people living alone from this age are checked in on weekly",
    "check_in_grace_hours": "hours an unanswered check-in waits before the buddy is reminded again, and again before the center's staff are told",
    "check_in_sweep_seconds": "how often due check-ins are looked for",
    "max_photo_bytes": "largest photo kept",
    "volunteer_offer_minutes_urgent": "how long a volunteer offer of an urgent case waits",
    "volunteer_offer_minutes": "how long other volunteer offers wait",
    "volunteer_radius_km": "how far beyond its center volunteers are looked for",
    "volunteer_sweep_seconds": "how often expired offers move on",
    "routing_max_km": "farthest a case goes to a center (a center's import may give its own radius); beyond, to supervisors",
    "centers_province_check_km": "`centers import` refuses a center this far from its province's other centers",
    "photo_link_seconds": "how long a signed photo link is valid",
    "digest_hour": "Bangkok hour of the daily digest",
    "digest_sweep_seconds": "how often the digest sweep runs",
    "quota_check_seconds": "how often LINE's monthly message quota is read",
    "quota_low_fraction": "below this fraction of the quota left, only important pushes go",
    "quota_low_remaining": "below this many messages left, only important pushes go",
    "message_rate_limit": "messages or taps from one user per window before one \"please slow down\" and silence",
    "message_rate_window_seconds": "the window of `MESSAGE_RATE_LIMIT`",
    "report_limit_per_hour": "reports one user may make in an hour (then a polite refusal with 1300)",
    "report_limit_per_day": "reports one user may make in a day",
    "log_level": "DEBUG, INFO, WARNING or ERROR, for every process",
    "readiness_timeout_seconds": "how long `/readyz` waits for the database",
    "heartbeat_seconds": "how often a worker process writes its heartbeat",
    "heartbeat_stale_seconds": "age at which a heartbeat no longer counts for `/readyz`",
    "line_token_check_seconds": "how long LINE's answer about the access token is trusted by `/readyz`",
    "open311_contact": "who partners reach about the Open311 API (its discovery document's `contact`)",
    "open311_rate_limit": "Open311 requests per window from one partner key, or from one address without a key",
    "open311_rate_window_seconds": "the window of `OPEN311_RATE_LIMIT`",
    "stats_months": "how many months (Bangkok calendar, this one included) public statistics and open data cover",
    "stats_cache_seconds": "how long computed public statistics are served from memory before they are read again",
    "stats_refresh_seconds": "how often the worker brings the materialised public statistics up to date with changed cases",
    "open_data_licence": "the licence open data is published under (shown on the data dictionary and in each file)",
    "referral_ack_working_days": "working days an agency has to acknowledge a referral before the referring staff is reminded",
    "thai_public_holidays": "days off besides weekends when counting working days (`YYYY-MM-DD,...`; default: 2026-2027)",
    "referral_link_days": "how long an agency's signed referral link works",
    "smtp_host": "SMTP server that emails referral packages (unset: no email)",
    "smtp_port": "its port",
    "smtp_starttls": "use STARTTLS (`true`/`false`)",
    "smtp_username": "SMTP user name, if the server wants one",
    "smtp_password": "SMTP password",
    "smtp_from": "the sender address of referral emails",
}


class SettingsError(ValueError):
    """One or more variables are invalid; the message names each of them."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid settings: " + "; ".join(problems))
        self.problems = problems


def env_name(field_name: str) -> str:
    return ENV_NAMES.get(field_name, field_name.upper())


def _parse_bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected true or false")


def _parser(hint: Any) -> Callable[[str], Any]:
    """A function from the variable's text to a value of the field's type."""
    if hint is bool:
        return _parse_bool
    if hint in (str, int, float):
        return lambda raw: hint(raw.strip())
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _parser(inner)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _item_parser(args[0])
            return lambda raw: tuple(item(part) for part in _split(raw, ","))
        items = [_item_parser(arg) for arg in args]
        return lambda raw: _fixed_tuple(raw, ",", items)
    raise TypeError(f"no parser for settings of type {hint!r}")


def _item_parser(hint: Any) -> Callable[[str], Any]:
    if typing.get_origin(hint) is tuple:  # an item of a list: its parts are separated by ":"
        items = [_parser(arg) for arg in typing.get_args(hint)]
        return lambda raw: _fixed_tuple(raw, ":", items)
    return _parser(hint)


def _split(raw: str, separator: str) -> list[str]:
    return [part.strip() for part in raw.split(separator) if part.strip()]


def _fixed_tuple(raw: str, separator: str, items: list[Callable[[str], Any]]) -> tuple[Any, ...]:
    parts = _split(raw, separator)
    if len(parts) != len(items):
        raise ValueError(f"expected {len(items)} values separated by {separator!r}")
    return tuple(item(part) for item, part in zip(items, parts, strict=True))


def _format(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(
            ":".join(_format(part) for part in item) if isinstance(item, tuple) else _format(item) for item in value
        )
    return "" if value is None else str(value)


URGENCIES = ("urgent", "high", "normal")
LEVELS = ("district", "province")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_UNIT_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "_seconds": (lambda value: value > 0, "must be more than 0"),
    "_minutes": (lambda value: value > 0, "must be more than 0"),
    "_km": (lambda value: value > 0, "must be more than 0"),
    "_bytes": (lambda value: value > 0, "must be more than 0"),
    "_days": (lambda value: value > 0, "must be more than 0"),
    "_threads": (lambda value: value >= 1, "must be at least 1"),
    "_attempts": (lambda value: value >= 1, "must be at least 1"),
}
_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "port": (lambda value: 0 < value < 65536, "must be a port number, 1-65535"),
    "digest_hour": (lambda value: 0 <= value <= 23, "must be an hour, 0-23"),
    "quiet_hours": (lambda value: all(0 <= hour <= 23 for hour in value), "must be two hours, 0-23"),
    "quota_low_fraction": (lambda value: 0 <= value <= 1, "must be a fraction, 0-1"),
    "quota_low_remaining": (lambda value: value >= 0, "must be 0 or more"),
    "message_rate_limit": (lambda value: value >= 1, "must be at least 1"),
    "report_limit_per_hour": (lambda value: value >= 1, "must be at least 1"),
    "report_limit_per_day": (lambda value: value >= 1, "must be at least 1"),
    "open311_rate_limit": (lambda value: value >= 1, "must be at least 1"),
    "open311_contact": (lambda value: bool(value.strip()), "must not be empty"),
    "stats_months": (lambda value: 1 <= value <= 60, "must be 1-60"),
    "stats_refresh_seconds": (lambda value: value >= 1, "must be at least 1"),
    "open_data_licence": (lambda value: bool(value.strip()), "must not be empty"),
    "thai_public_holidays": (lambda value: all(_is_date(day) for day in value), "must be dates, YYYY-MM-DD"),
    "smtp_port": (lambda value: 0 < value < 65536, "must be a port number, 1-65535"),
    "smtp_from": (lambda value: "@" in value, "must be an email address"),
    "log_level": (lambda value: value.upper() in LOG_LEVELS, f"must be one of {', '.join(LOG_LEVELS)}"),
    "escalation_levels": (lambda value: set(value) <= set(LEVELS), f"levels are {', '.join(LEVELS)}"),
    "quiet_hours_exempt": (lambda value: set(value) <= set(URGENCIES), f"urgencies are {', '.join(URGENCIES)}"),
    "check_in_weekly_groups": (lambda value: _register_groups(value), "must be register groups (dispatch/register.py)"),
    "check_in_grace_hours": (lambda value: value > 0, "must be more than 0"),
    "check_in_weekly_alone_age": (lambda value: 0 < value < 130, "must be an age, 1-129"),
    "deadline_hours": (
        lambda value: sorted(row[0] for row in value) == sorted(URGENCIES) and all(min(row[1:]) > 0 for row in value),
        "needs each of urgent, high, normal once, with hours more than 0",
    ),
    "database_url": (
        lambda value: _is_database_url(value),
        "must be an SQLAlchemy URL (sqlite:///... or postgresql+psycopg://...)",
    ),
    "line_api_base_url": (
        lambda value: value.startswith(("http://", "https://")),
        "must start with http:// or https://",
    ),
    "line_data_api_base_url": (
        lambda value: value.startswith(("http://", "https://")),
        "must start with http:// or https://",
    ),
    "public_base_url": (lambda value: value.startswith(("http://", "https://")), "must start with http:// or https://"),
    "line_login_base_url": (
        lambda value: value.startswith(("http://", "https://")),
        "must start with http:// or https://",
    ),
    "map_tile_url": (
        lambda value: value.startswith(("http://", "https://")) and all(part in value for part in ("{z}", "{x}", "{y}")),
        "must start with http:// or https:// and hold {z}, {x} and {y}",
    ),
}


def _register_groups(value: tuple[str, ...]) -> bool:
    from dispatch.register import GROUPS

    return set(value) <= set(GROUPS)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _is_database_url(value: str) -> bool:
    from sqlalchemy.engine import make_url

    try:
        url = make_url(value)
    except Exception:  # noqa: BLE001 - any failure to parse is the answer
        return False
    return url.get_backend_name() in {"sqlite", "postgresql"}


def _check(name: str, value: Any) -> str | None:
    rule = _CHECKS.get(name) or next((check for unit, check in _UNIT_CHECKS.items() if name.endswith(unit)), None)
    if rule is None or value is None:
        return None
    check, message = rule
    return None if check(value) else message


def settings_from_env(env: dict[str, str] | None = None) -> Settings:
    """Build settings from `env` (default: the process environment after loading `.env`). Raises
    SettingsError naming every variable that cannot be read or is out of range."""
    if env is None:
        load_dotenv(PROJECT_ROOT / ".env", override=False)
        env = dict(os.environ)
    hints = typing.get_type_hints(Settings)
    values: dict[str, Any] = {}
    problems: list[str] = []
    for item in fields(Settings):
        variable = env_name(item.name)
        raw = env.get(variable)
        if raw is None or raw.strip() == "":
            continue
        shown = "(hidden)" if item.name in SECRETS else repr(raw)
        try:
            value = _parser(hints[item.name])(raw)
        except ValueError as error:
            problems.append(f"{variable}={shown}: {error}")
            continue
        if item.name == "log_level":
            value = value.upper()
        message = _check(item.name, value)
        if message:
            problems.append(f"{variable}={shown}: {message}")
            continue
        values[item.name] = value
    if problems:
        raise SettingsError(problems)
    return Settings(**values)


def _default(item: Any) -> Any:
    return item.default_factory() if item.default is MISSING else item.default


def settings_markdown() -> str:
    """The README's table of settings."""
    lines = ["| variable | meaning | default |", "|---|---|---|"]
    for item in fields(Settings):
        default = "" if item.name == "database_url" else _format(_default(item))
        lines.append(f"| `{env_name(item.name)}` | {DESCRIPTIONS[item.name]} | {f'`{default}`' if default else ''} |")
    return "\n".join(lines) + "\n"


def settings_env_example() -> str:
    """`.env.example`: every variable, commented out, at its default."""
    lines = ["# Settings of the bot: uncomment and change what you need (see README, Settings).", ""]
    for item in fields(Settings):
        lines.append(f"# {DESCRIPTIONS[item.name]}")
        default = "" if item.name in SECRETS else _format(_default(item))
        lines.append(f"# {env_name(item.name)}={default}")
    return "\n".join(lines) + "\n"


def describe(settings: Settings) -> dict[str, str]:
    """Each variable's value as the process sees it, secrets masked (for operators)."""
    return {
        env_name(item.name): ("***" if getattr(settings, item.name) else "")
        if item.name in SECRETS
        else _format(getattr(settings, item.name))
        for item in fields(settings)
    }


def log_level(settings: Settings) -> int:
    return logging.getLevelName(settings.log_level.upper())


if __name__ == "__main__":
    if sys.argv[1:] == ["--markdown"]:
        sys.stdout.write(settings_markdown())
    elif sys.argv[1:] == ["--env"]:
        sys.stdout.write(settings_env_example())
    else:
        sys.exit("usage: python config.py --markdown | --env")
