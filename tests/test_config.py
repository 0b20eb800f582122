"""Every setting comes from the environment (or .env), is parsed by its type and checked at start;
a bad one stops the start with its name. The README's table and .env.example are generated from
the settings class and kept in step here."""

from __future__ import annotations

import os
import subprocess
import sys
import typing
from dataclasses import fields
from pathlib import Path

import pytest

from config import (
    DESCRIPTIONS,
    ENV_NAMES,
    Settings,
    SettingsError,
    _format,
    _parser,
    env_name,
    settings_env_example,
    settings_from_env,
    settings_markdown,
)

PROJECT = Path(__file__).resolve().parents[1]
BEGIN, END = "<!-- settings:begin (python config.py --markdown) -->\n", "<!-- settings:end -->"


def test_every_setting_has_a_variable_a_description_and_reads_back_its_default() -> None:
    names = [env_name(item.name) for item in fields(Settings)]
    assert len(names) == len(set(names))
    assert set(DESCRIPTIONS) == {item.name for item in fields(Settings)}
    hints = typing.get_type_hints(Settings)
    defaults = Settings()
    for item in fields(Settings):
        default = getattr(defaults, item.name)
        if default is None:
            continue
        assert _parser(hints[item.name])(_format(default)) == default, item.name


def test_the_fixed_names_are_kept() -> None:
    assert ENV_NAMES == {
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


def test_values_are_read_by_type() -> None:
    settings = settings_from_env(
        {
            "PORT": "9000",
            "RETENTION_DAYS": "30",
            "RUN_SCHEDULER": "false",
            "QUIET_HOURS": "22, 6",
            "QUIET_HOURS_EXEMPT": "urgent,high",
            "DEADLINE_HOURS": "urgent:0.5:12,high:2:48,normal:24:168",
            "ESCALATION_LEVELS": "province",
            "QUOTA_LOW_FRACTION": "0.2",
            "LOG_LEVEL": "debug",
            "LINE_CHANNEL_SECRET": "s",
            "DIGEST_HOUR": "",  # empty: the default
        }
    )
    assert settings.port == 9000 and settings.retention_days == 30 and settings.run_scheduler is False
    assert settings.quiet_hours == (22, 6) and settings.quiet_hours_exempt == ("urgent", "high")
    assert settings.deadline_hours == (("urgent", 0.5, 12.0), ("high", 2.0, 48.0), ("normal", 24.0, 168.0))
    assert settings.escalation_levels == ("province",) and settings.quota_low_fraction == 0.2
    assert settings.log_level == "DEBUG" and settings.line_channel_secret == "s" and settings.digest_hour == 8


@pytest.mark.parametrize(
    ("variable", "raw", "says"),
    [
        ("PORT", "eighty", "invalid literal"),
        ("PORT", "70000", "port number"),
        ("DIGEST_HOUR", "25", "an hour, 0-23"),
        ("RETENTION_DAYS", "0", "more than 0"),
        ("BOT_EVENT_THREADS", "0", "at least 1"),
        ("RUN_SCHEDULER", "maybe", "true or false"),
        ("QUIET_HOURS", "21", "2 values"),
        ("DEADLINE_HOURS", "urgent:1:24", "urgent, high, normal"),
        ("QUIET_HOURS_EXEMPT", "urgnet", "urgencies are"),
        ("LOG_LEVEL", "LOUD", "one of DEBUG"),
        ("PUBLIC_BASE_URL", "bot.example.go.th", "http"),
        ("DATABASE_URL", "mysql://bot:s3cret@db/bot", "SQLAlchemy URL"),
    ],
)
def test_a_bad_value_is_refused_with_its_name(variable: str, raw: str, says: str) -> None:
    with pytest.raises(SettingsError) as refused:
        settings_from_env({variable: raw})
    assert str(refused.value).startswith(f"invalid settings: {variable}=")
    assert says in str(refused.value)
    assert "s3cret" not in str(refused.value)


def test_every_bad_value_is_named_at_once() -> None:
    with pytest.raises(SettingsError) as refused:
        settings_from_env({"PORT": "x", "DIGEST_HOUR": "99", "RETENTION_DAYS": "365"})
    assert [problem.split("=")[0] for problem in refused.value.problems] == ["PORT", "DIGEST_HOUR"]


def test_overrides_keep_their_behaviour() -> None:
    settings = Settings().with_overrides({"retention_days": 7})
    assert settings.retention_days == 7
    with pytest.raises(ValueError, match="unknown settings"):
        Settings().with_overrides({"retention_day": 7})


@pytest.mark.parametrize("command", [["app.py"], ["-m", "flask", "--app", "app", "init-db"]])
def test_a_bad_setting_stops_the_start_with_its_name(command: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "DIGEST_HOUR": "25", "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}"}
    started = subprocess.run(
        [sys.executable, *command], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=60
    )
    assert started.returncode != 0
    assert "invalid settings: DIGEST_HOUR='25': must be an hour, 0-23" in started.stderr
    assert "Traceback" not in started.stderr
    assert not (tmp_path / "bot.sqlite3").exists()  # stopped before touching anything


def test_the_readme_table_and_env_example_are_generated_from_the_settings() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert BEGIN in readme and END in readme
    table = readme.split(BEGIN, 1)[1].split(END, 1)[0]
    assert table == settings_markdown(), "run: python config.py --markdown, and paste it into README.md"
    example = (PROJECT / ".env.example").read_text(encoding="utf-8")
    assert example == settings_env_example(), "run: python config.py --env > .env.example"
