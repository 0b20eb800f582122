"""Backup and restore as the README says: pg_dump of a running bot's database, pg_restore into a
fresh database, and a bot started on the restored copy carries on with the same cases."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import select
from sqlalchemy.engine import URL, make_url

from models.cases import Case
from tests.bot.chat import Chat, report_for_family, settle
from tests.bot.scenes import KHON_KAEN, add_center
from tests.conftest import database_kind

REPORTER = "Ubackup00000000000000000000000001"


def libpq(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def restored_url(database_url: str) -> Iterator[URL]:
    """A fresh database beside the test database, dropped afterwards (after the bots on it stop)."""
    if database_kind() != "postgresql":
        pytest.skip("pg_dump backs up PostgreSQL; the embedded SQLite database is a single file")
    if not all(shutil.which(tool) for tool in ("pg_dump", "pg_restore", "psql")):
        pytest.skip("pg_dump, pg_restore or psql is not installed on this machine")
    url = make_url(database_url)
    restored = url.set(database=f"{url.database}_restored")
    admin = libpq(url)
    drop = f'DROP DATABASE IF EXISTS "{restored.database}" WITH (FORCE)'
    run("psql", admin, "-v", "ON_ERROR_STOP=1", "-c", drop)
    run("psql", admin, "-v", "ON_ERROR_STOP=1", "-c", f'CREATE DATABASE "{restored.database}"')
    yield restored
    run("psql", admin, "-v", "ON_ERROR_STOP=1", "-c", drop)


def test_a_dump_restored_into_a_fresh_database_carries_on(restored_url: URL, make_bot, database_url, tmp_path: Path):  # noqa: ANN001, ANN201
    original = make_bot()
    add_center(original.sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")
    report_for_family(Chat(original, REPORTER), KHON_KAEN, "นายสมชาย ใจดี", "70", "อยู่คนเดียว ไม่มีอาหาร", "0811111111")
    settle(original)
    with original.sessions() as session:
        reference = session.scalar(select(Case.reference))

    dump = tmp_path / "bot.dump"
    run("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", libpq(make_url(database_url)))
    run("pg_restore", "--no-owner", f"--dbname={libpq(restored_url)}", str(dump))

    restored = make_bot(database_url=restored_url.render_as_string(hide_password=False))  # LINE now calls this one
    ready = requests.get(restored.url + "/readyz", timeout=10)
    assert ready.status_code == 200, ready.text
    chat = Chat(restored, REPORTER)
    chat.seen = len(restored.line.messages_to(REPORTER))
    chat.say("ติดตาม")
    assert reference in chat.texts()
    with restored.sessions() as session:
        assert session.scalar(select(Case.person_name)) == "นายสมชาย ใจดี"
