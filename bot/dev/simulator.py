"""`python app.py`: schema, workers, scheduler and web in one process (and the LINE emulator
beside them when no LINE credentials are configured)."""

from __future__ import annotations

import json
import secrets
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from flask import Flask
from werkzeug.serving import make_server

from config import INSTANCE_DIR, Settings

SIMULATOR_FILE = INSTANCE_DIR / "simulator.json"
PEOPLE_FILE = INSTANCE_DIR / "simulator_people.json"  # people made in the web simulator
CHAT_COMMAND = ".venv/bin/flask --app app chat"


def run_everything(settings: Settings, create_app: Callable[[dict[str, Any]], Flask]) -> None:
    """`create_app`: app.py's factory (passed in: app.py runs this, and bot/ does not import app.py)."""
    from bot.workers.runtime import Runtime
    from models.schema import upgrade_database

    emulator = None
    if settings.simulator_mode:
        settings, emulator = _start_emulator(settings)
    elif not settings.line_channel_secret:
        sys.exit("LINE_CHANNEL_SECRET is required when LINE_CHANNEL_ACCESS_TOKEN is set")

    overrides = {name: getattr(settings, name) for name in settings.__dataclass_fields__}
    app = create_app(overrides)
    upgrade_database(app.extensions["bot_engine"])
    _after_schema(app)
    runtime = Runtime(settings, app.extensions["bot_sessions"], wakeup=app.extensions["bot_wakeup"])
    runtime.start()
    server = make_server("0.0.0.0", settings.port, app, threaded=True)

    stopped = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopped.set())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Bot listening on http://127.0.0.1:{settings.port} (webhook: POST /callback)", flush=True)
    if emulator:
        _prepare_simulator(settings, app, emulator)
    stopped.wait()
    server.shutdown()
    runtime.stop()
    if emulator:
        emulator.stop()


def _after_schema(app: object) -> None:
    """Hook for data the embedded default loads on an empty database (demo centers)."""
    from bot.dev.demo import load_demo_data_if_empty

    load_demo_data_if_empty(app)


def _prepare_simulator(settings: Settings, app: object, emulator: object) -> None:
    """Rich menus on the emulator, the simulator's people enrolled, its hooks plugged in."""
    from bot.dev.simulator_people import SimulatorPeople
    from bot.line.line_client import LineClient
    from bot.line.rich_menu_sync import SyncError, sync_rich_menus
    from bot.workers.runtime import scheduled_jobs

    sessions = app.extensions["bot_sessions"]
    line = LineClient(settings)
    try:
        sync_rich_menus(sessions, line)
    except SyncError as error:
        print(f"  Rich menus could not be drawn ({error}): the simulator shows none", flush=True)
    finally:
        line.close()
    people = SimulatorPeople(settings, sessions, emulator.client, scheduled_jobs(settings), PEOPLE_FILE)
    people.start()
    emulator.simulator.hooks = people.hooks()
    print(f"  Simulator ready: {emulator.base_url}/simulator/", flush=True)


def _start_emulator(settings: Settings) -> tuple[Settings, object]:
    from line_emulator import run_in_thread

    secret = settings.line_channel_secret or secrets.token_hex(16)
    token = "simulator-" + secrets.token_hex(16)
    emulator = run_in_thread(
        channel_secret=secret,
        access_token=token,
        webhook_url=f"http://127.0.0.1:{settings.port}/callback",
        port=settings.port + 1,
        login_channel_id=settings.line_login_channel_id or "2000000001",
        login_channel_secret=settings.line_login_channel_secret,
    )
    settings = replace(
        settings,
        line_channel_secret=secret,
        line_channel_access_token=token,
        line_api_base_url=emulator.base_url,
        line_data_api_base_url=emulator.base_url,
        line_login_channel_id=emulator.login.channel_id,
        line_login_channel_secret=emulator.login.channel_secret,
        line_login_base_url=emulator.base_url,
    )
    INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
    SIMULATOR_FILE.write_text(json.dumps({"emulator_url": emulator.base_url}))
    print("Simulator mode: no LINE_CHANNEL_ACCESS_TOKEN, so a LINE emulator runs beside the bot.", flush=True)
    print(f"  Web simulator (phones side by side, operator panel): {emulator.base_url}/simulator/", flush=True)
    print(f"  LINE emulator: {emulator.base_url}", flush=True)
    print(f"  Talk to the bot from another terminal:  {CHAT_COMMAND}", flush=True)
    console = f"{settings.public_base_url.rstrip('/')}/console/"
    print(f"  Web console (sign in through the emulator's LINE Login): {console}", flush=True)
    return settings, emulator
