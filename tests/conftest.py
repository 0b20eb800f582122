"""Fixtures shared by the whole suite.

The database under test is chosen by TEST_DATABASE (`sqlite`, the default, or `postgresql`). Tests
marked `in_process` drive the bot without HTTP servers or threads (tests/in_process.py).
PostgreSQL is found at TEST_POSTGRESQL_URL (default: the local `test` database); when it cannot be
reached its run is skipped with the reason, unless REQUIRE_POSTGRESQL=1 (as in CI) makes that a failure.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool
from werkzeug.serving import make_server

from config import Settings
from models.base import Base
from models.db import make_engine, make_session_factory
from models.schema import upgrade_database
from tests import app_caches

app_caches.install()

POSTGRESQL_URL = os.environ.get("TEST_POSTGRESQL_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CHANNEL_SECRET = "8c570fa6dd201bb328f1c1eac23a96d8"
ACCESS_TOKEN = "test-access-token"


def database_kind() -> str:
    return os.environ.get("TEST_DATABASE", "sqlite")


def _worker_database(url: str) -> str:
    """Under pytest-xdist (test.sh runs two workers) each worker has its own database, named after
    the configured one with the worker's id (test_gw0, test_gw1), created on first use."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{worker}").render_as_string(hide_password=False)


def _create_database(url: str) -> None:
    """CREATE DATABASE, issued from the configured database (no other database is touched)."""
    name = make_url(url).database
    admin = create_engine(POSTGRESQL_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            exists = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name})
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()


def _postgresql_engine() -> Engine:
    url = _worker_database(POSTGRESQL_URL)
    # Pre-ping: a test drops every server connection on purpose, and the suite's own must survive.
    engine = make_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)
    try:
        if url != POSTGRESQL_URL:
            _create_database(url)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001
        engine.dispose()
        reason = f"PostgreSQL is not reachable at {POSTGRESQL_URL}: {type(error).__name__}"
        if os.environ.get("REQUIRE_POSTGRESQL") == "1":
            pytest.fail(reason + " (REQUIRE_POSTGRESQL=1)", pytrace=False)
        pytest.skip(reason)
    return engine


def reset_postgresql_schema(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


_TABLES_IN_USE = text(
    " UNION ALL ".join(
        f"SELECT '{table.name}' WHERE EXISTS (SELECT 1 FROM \"{table.name}\")" for table in Base.metadata.sorted_tables
    )
)
_RESTART_SEQUENCES = text(
    "SELECT count(setval(oid, 1, false)) FROM pg_class WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace"
)


def empty_postgresql_tables(engine: Engine) -> None:
    """Every table emptied and every id sequence restarted, as TRUNCATE ... RESTART IDENTITY would;
    but a TRUNCATE of all tables costs most of a second on this machine, where deleting the few
    rows a test left (children first) and restarting the sequences takes milliseconds."""
    with engine.begin() as connection:
        used = {name for (name,) in connection.execute(_TABLES_IN_USE)}
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in used:
                connection.execute(table.delete())
        connection.execute(_RESTART_SEQUENCES)


_DATABASE_FIXTURES = {"database_url", "postgresql_engine"}
_READS_THE_DATABASE_KIND = ("database_kind", "POSTGRESQL_URL", "TEST_DATABASE")


@functools.cache
def _picks_its_database(module_file: str) -> bool:
    source = Path(module_file).read_text(encoding="utf-8")
    return any(word in source for word in _READS_THE_DATABASE_KIND)


def _touches_no_database(item: pytest.Item) -> bool:
    """Neither a database fixture (directly or through another fixture) nor a module that picks its
    database itself: such a test runs the same code whichever database is under test."""
    if _DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())):
        return False
    module = getattr(item, "module", None)
    return not (module and module.__file__ and _picks_its_database(module.__file__))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL run leaves out the tests that touch no database: the SQLite run has run exactly
    them already. TEST_EVERY_TEST_ON_POSTGRESQL=1 keeps them (e.g. to run PostgreSQL alone)."""
    if database_kind() != "postgresql" or os.environ.get("TEST_EVERY_TEST_ON_POSTGRESQL") == "1":
        return
    kept, left_out = [], []
    for item in items:
        (left_out if _touches_no_database(item) else kept).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@pytest.fixture(scope="session")
def postgresql_engine() -> Iterator[Engine]:
    engine = _postgresql_engine()
    reset_postgresql_schema(engine)
    upgrade_database(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of the kind under test."""
    if database_kind() == "postgresql":
        engine = request.getfixturevalue("postgresql_engine")
        empty_postgresql_tables(engine)
        return engine.url.render_as_string(hide_password=False)
    path = tmp_path / "bot.sqlite3"
    shutil.copyfile(request.getfixturevalue("migrated_sqlite_file"), path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite database migrated once, copied for each test (migrating costs a quarter second)."""
    path = tmp_path_factory.mktemp("template") / "bot.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    engine.dispose()
    assert not path.with_name(path.name + "-wal").exists(), "the template must be whole in one file"
    return path


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


def test_settings(database_url: str, emulator_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "line_channel_secret": CHANNEL_SECRET,
        "line_channel_access_token": ACCESS_TOKEN,
        "line_api_base_url": emulator_url,
        "line_data_api_base_url": emulator_url,
        "database_url": database_url,
        "event_threads": 4,
        "delivery_threads": 2,
        "idle_poll_seconds": 0.02,
        "event_retry_base_seconds": 0.05,
        "delivery_retry_base_seconds": 0.05,
        "line_read_timeout_seconds": 1.0,
        "run_scheduler": False,
        # Tests chat at machine speed (two whole reports in seconds); tests/bot/test_limits.py sets
        # the limits it checks.
        "message_rate_limit": 10_000,
        "report_limit_per_hour": 1_000,
        "report_limit_per_day": 1_000,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


class ServerThread:
    """A real HTTP server for a WSGI app, on a free port, in a background thread."""

    def __init__(self, app: object) -> None:
        self._server = make_server("127.0.0.1", 0, app, threaded=True)
        self.port = self._server.server_port
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(5)


@dataclass
class BotUnderTest:
    """The bot over real HTTP with its workers running, and the LINE emulator it talks to."""

    url: str
    app: object
    settings: Settings
    sessions: sessionmaker[Session]
    runtime: object
    emulator: object

    @property
    def line(self):  # noqa: ANN201 - the emulator's client
        return self.emulator.client


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run",
]  # fmt: skip


@pytest.fixture
def browser():  # noqa: ANN201 - playwright's Browser
    """Debian's Chromium driven by Playwright (no browser download)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def in_process(request: pytest.FixtureRequest) -> bool:
    """Tests marked `in_process` get the bot and the emulator in their own thread (tests/in_process.py);
    `live` keeps a test of such a module on real HTTP servers and worker threads. TEST_TRANSPORT=live
    runs every test over HTTP (to compare, or to rule the driver out)."""
    if os.environ.get("TEST_TRANSPORT") == "live":
        return False
    node = request.node
    return node.get_closest_marker("in_process") is not None and node.get_closest_marker("live") is None


@pytest.fixture
def emulator(request: pytest.FixtureRequest) -> Iterator[object]:
    if in_process(request):
        from tests.in_process import InProcessEmulator

        running: object = InProcessEmulator(CHANNEL_SECRET, ACCESS_TOKEN)
    else:
        from line_emulator import run_in_thread

        running = run_in_thread(channel_secret=CHANNEL_SECRET, access_token=ACCESS_TOKEN)
    yield running
    running.stop()


@pytest.fixture
def make_bot(request: pytest.FixtureRequest, database_url: str, emulator: object) -> Iterator[object]:
    """Start the bot (web + workers) against the emulator; call with setting overrides."""
    if in_process(request):
        yield from _in_process_bots(database_url, emulator)
        return
    from app import create_app
    from bot.workers.runtime import Runtime

    started: list[tuple[ServerThread, Runtime, object]] = []

    def start(handler: object = None, start_workers: bool = True, **overrides: object) -> BotUnderTest:
        # database_url may be overridden: the same database through another address (a proxy).
        settings = test_settings(str(overrides.pop("database_url", database_url)), emulator.base_url, **overrides)
        app = create_app({name: getattr(settings, name) for name in settings.__dataclass_fields__})
        server = ServerThread(app)
        emulator.set_webhook_url(server.url + "/callback")
        runtime = Runtime(
            settings, app.extensions["bot_sessions"], wakeup=app.extensions["bot_wakeup"], handler=handler
        )
        if start_workers:
            runtime.start()
        started.append((server, runtime, app))
        return BotUnderTest(server.url, app, settings, app.extensions["bot_sessions"], runtime, emulator)

    yield start
    for server, runtime, app in started:
        server.stop()
        runtime.stop()
        app.extensions["bot_inbox"].close()
        app.extensions["bot_engine"].dispose()


def _in_process_bots(database_url: str, emulator: object) -> Iterator[object]:
    from app import create_app
    from tests.in_process import InProcessBot

    started: list[InProcessBot] = []

    def start(handler: object = None, start_workers: bool = True, **overrides: object) -> InProcessBot:
        settings = test_settings(str(overrides.pop("database_url", database_url)), emulator.base_url, **overrides)
        app = create_app({name: getattr(settings, name) for name in settings.__dataclass_fields__})
        started.append(InProcessBot(app, settings, emulator, handler, start_workers))
        return started[-1]

    yield start
    for bot in started:
        bot.close()


@pytest.fixture
def bot(make_bot: object) -> BotUnderTest:
    return make_bot()
