"""Worker benchmark: what handling an event costs, without the webhook and the load generator.

Stores a backlog of events from as many users straight into the inbox (as the webhook would have),
starts one worker process (`flask --app app worker`) against the LINE emulator, and times it until
the emulator has every reply. Prints the rate and the CPU the worker process and the database
server used per event: the figures to watch when changing the event worker, the handlers or
delivery. The webhook benchmark (bench/webhook.py) measures the whole path.

Usage: python bench/workers.py [--events 3000] [--only sqlite|postgresql] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import webhook as rig  # noqa: E402 - the webhook benchmark's helpers (ports, signed bodies, CPU by process)

from line_emulator import EmulatorClient  # noqa: E402
from models.base import utcnow  # noqa: E402
from models.db import make_engine  # noqa: E402
from models.inbox import store_events  # noqa: E402


def process_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def store_backlog(url: str, emulator: EmulatorClient, count: int) -> None:
    users = [f"Uwork{index:027d}" for index in range(count)]
    tokens = emulator.issue_reply_tokens(users)
    events = [json.loads(rig.signed_body(user, tokens[user])[0])["events"][0] for user in users]
    engine = make_engine(url)
    with engine.begin() as connection:
        store_events(connection, events, utcnow())
    engine.dispose()


def drain(url: str, count: int) -> dict:
    rig.prepare_database(url)
    port = rig.free_port()
    emulator_url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "line_emulator", "--port", str(port), "--secret", rig.SECRET]
    emulator_process = rig.start([*command, "--token", rig.TOKEN], dict(os.environ), port)
    emulator = EmulatorClient(emulator_url)
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": url,
            "LINE_CHANNEL_SECRET": rig.SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": rig.TOKEN,
            "LINE_API_BASE_URL": emulator_url,
            "LINE_DATA_API_BASE_URL": emulator_url,
        }
    )
    try:
        store_backlog(url, emulator, count)
        worker = rig.start([str(rig.VENV_BIN / "flask"), "--app", "app", "worker"], env)
        try:
            # The clock and the CPU count start at the first reply: start-up (imports, connections)
            # is not what is measured.
            while emulator.count_calls("/v2/bot/message/reply") == 0:
                time.sleep(0.005)
            cpu_before = {"worker": process_cpu_seconds(worker.pid), **rig.cpu_by_component()}
            started = time.perf_counter()
            already = delivered = emulator.count_calls("/v2/bot/message/reply", status=200)
            deadline = time.monotonic() + 300
            while delivered < count and time.monotonic() < deadline:
                time.sleep(0.05)
                delivered = emulator.count_calls("/v2/bot/message/reply", status=200)
            elapsed = time.perf_counter() - started
            cpu_after = {"worker": process_cpu_seconds(worker.pid), **rig.cpu_by_component()}
        finally:
            worker.terminate()
            worker.wait(20)
    finally:
        emulator_process.terminate()
        emulator_process.wait(20)
    cpu = {name: cpu_after[name] - cpu_before[name] for name in ("worker", "database server", "LINE emulator")}
    return {"delivered": delivered, "measured": delivered - already, "seconds": elapsed, "cpu": cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    targets = []
    if args.only in (None, "sqlite"):
        targets.append(("sqlite", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"))
    if args.only in (None, "postgresql"):
        if rig.postgresql_reachable():
            targets.append(("postgresql", rig.POSTGRESQL_URL))
        else:
            print(f"PostgreSQL not reachable at {rig.POSTGRESQL_URL}: skipped")
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; one worker process")
    for kind, url in targets:
        for round_number in range(1, args.rounds + 1):
            result = drain(url, args.events)
            handled = max(result["measured"], 1)
            per_event = ", ".join(
                f"{name} {seconds / handled * 1000:.2f} ms" for name, seconds in result["cpu"].items()
            )
            print(
                f"{kind} round {round_number}: {result['delivered']}/{args.events} replies in "
                f"{result['seconds']:.2f} s = {handled / result['seconds']:.0f} events/s; "
                f"CPU per event: {per_event}"
            )


if __name__ == "__main__":
    main()
