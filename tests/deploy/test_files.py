"""deploy/, Dockerfile and compose file stay in step with the app: the systemd units pass
`systemd-analyze verify`, every command they run exists, every variable they set is a setting (or
a documented library variable) and is in the README. No Docker daemon runs here, so the container
files are checked as text."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from dataclasses import fields
from pathlib import Path

import click
import pytest

from config import Settings, env_name

PROJECT = Path(__file__).resolve().parents[2]
DEPLOY = PROJECT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
INSTALL_DIR = "/opt/line-help-bot"
# Variables that are not the bot's settings: read by gunicorn.conf.py, prometheus-client, the
# PostgreSQL image, or Python itself. The first group must be documented in the README.
LIBRARY_VARIABLES = {"PROMETHEUS_MULTIPROC_DIR", "WEB_CONCURRENCY", "GUNICORN_THREADS", "GUNICORN_BIND", "FORWARDED_ALLOW_IPS"}
OTHER_VARIABLES = {
    "POSTGRES_PASSWORD",
    "POSTGRES_USER",
    "POSTGRES_DB",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONUNBUFFERED",
    "PIP_DISABLE_PIP_VERSION_CHECK",
    "MAINPID",
}
README = (PROJECT / "README.md").read_text(encoding="utf-8")


def setting_names() -> set[str]:
    return {env_name(item.name) for item in fields(Settings)}


def deployment_texts() -> dict[str, str]:
    files = [*UNITS, DEPLOY / "compose.yaml", PROJECT / "Dockerfile", DEPLOY / "gunicorn.conf.py"]
    return {path.name: path.read_text(encoding="utf-8") for path in files}


def commands() -> list[list[str]]:
    """Every command line the deployment files run."""
    found = []
    for name, text in deployment_texts().items():
        if name.endswith(".service"):
            found += [shlex.split(line.split("=", 1)[1]) for line in text.splitlines() if line.startswith("ExecStart")]
        for listed in re.findall(r'(?:command:|CMD) (\[.*\])', text):
            found.append([part.strip().strip('"') for part in listed.strip("[]").split(",")])
    return [[part.removeprefix(f"{INSTALL_DIR}/.venv/bin/") for part in command] for command in found]


def test_systemd_units_verify(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed on this machine")
    assert {unit.name for unit in UNITS} == {"line-help-bot-web.service", "line-help-bot-worker.service"}
    copies = []
    for unit in UNITS:  # installed at this checkout instead of /opt, so that ExecStart exists
        copy = tmp_path / unit.name
        copy.write_text(unit.read_text().replace(INSTALL_DIR, str(PROJECT)))
        copies.append(str(copy))
    verified = subprocess.run(
        ["systemd-analyze", "verify", *copies], capture_output=True, text=True, timeout=60
    )
    assert verified.returncode == 0, verified.stderr
    assert verified.stderr.strip() == "", verified.stderr


def test_every_command_exists_and_is_documented() -> None:
    from app import create_app

    app = create_app()
    context = click.Context(app.cli)
    runs = commands()
    assert len(runs) >= 6
    for command in runs:
        if command[0] == "gunicorn":
            assert command[1:] == ["-c", "deploy/gunicorn.conf.py", "app:create_app()"], command
            continue
        assert command[:3] == ["flask", "--app", "app"], command
        found = app.cli.get_command(context, command[3])
        assert found is not None, command
        if isinstance(found, click.Group):
            assert found.get_command(context, command[4]) is not None, command
        assert f"flask --app app {' '.join(command[3:5] if isinstance(found, click.Group) else command[3:4])}" in README
    app.extensions["bot_engine"].dispose()
    assert "gunicorn -c deploy/gunicorn.conf.py 'app:create_app()'" in README


def test_every_variable_is_a_setting_or_documented() -> None:
    settings = setting_names()
    for name, text in deployment_texts().items():
        used = set(re.findall(r"\$\{?([A-Z][A-Z0-9_]+)", text))
        used |= set(re.findall(r"^\s+([A-Z][A-Z0-9_]+):", text, re.MULTILINE))  # compose environment keys
        used |= set(re.findall(r"Environment=([A-Z][A-Z0-9_]+)=", text))
        used |= set(re.findall(r"""environ(?:\.get)?\(["']([A-Z][A-Z0-9_]+)["']""", text))
        used |= set(re.findall(r"^\s*(?:ENV )?([A-Z][A-Z0-9_]+)=", text, re.MULTILINE))  # Dockerfile ENV
        unknown = used - settings - LIBRARY_VARIABLES - OTHER_VARIABLES
        assert unknown == set(), f"{name}: {sorted(unknown)}"
    for variable in LIBRARY_VARIABLES | {"POSTGRES_PASSWORD"}:
        assert f"`{variable}`" in README, variable


def test_the_container_runs_the_supported_python_and_the_runtime_requirements_only() -> None:
    dockerfile = (PROJECT / "Dockerfile").read_text()
    assert "FROM python:3.11" in dockerfile and "Python 3.11" in README
    assert "pip install --no-cache-dir --require-hashes -r requirements.lock" in dockerfile
    assert "requirements-dev" not in dockerfile and "requirements-emulator" not in dockerfile
    ignored = (PROJECT / ".dockerignore").read_text().split()
    assert {".venv/", ".env", "instance/"} <= set(ignored)
