"""Chaos benchmark: users chat with the bot while workers are killed, LINE fails and one user's event
always fails; prints what was lost, what arrived twice, and how long everyone else waited.

For SQLite and PostgreSQL (if reachable), three phases each on a fresh database:
  calm   - no kills, no faults, no poison: the baseline reply delays of this machine, in this run;
  poison - one user's event fails in the handler every time (parked after its retries) and that user
           goes on writing, while the others chat: do they wait for it?
  chaos  - the poison, and every few seconds a worker process is killed (SIGKILL) and a new one
           started, and LINE answers 500 or accepts a message and loses its answer (the bot's read
           times out), at random. Delays here include the workers' restarts.
Each user sends a message, waits for the answer (as people do), then the next. At the end the outbox
is compared with what the emulator delivered to each user, message by message:
  lost       - a message the bot meant to send that never arrived (or an event left unanswered);
  duplicated - a message that arrived more often than the bot meant to send it;
  delay      - from a user's message to the first answer to it, for users other than the poisoned one
               (one not answered within 30 s counts as 30 s, and as "unanswered").

Usage: python bench/chaos.py [--users 12] [--messages 20] [--kill-every 3.0] [--only sqlite|postgresql]
Everything runs on 127.0.0.1; every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.webhook import (  # noqa: E402
    POSTGRESQL_URL,
    SECRET,
    TOKEN,
    free_port,
    gunicorn,
    postgresql_reachable,
    prepare_database,
    start,
)

POISON_TEXT = "chaos-poison"
POISONED_USER = "Upoisoned000000000000000000000000"
ANSWER_TIMEOUT = 30.0
# "สวัสดี" gets the help answer, "ติดตาม" the list of reports: one reply each, nothing else changes.
SAYINGS = ("สวัสดีค่ะ", "ติดตาม")


def worker_main() -> None:
    """A worker process whose handler fails, every time, on the poison text."""
    from bot.handlers import make_event_handler
    from bot.line.line_client import LineClient
    from bot.services import Services
    from bot.workers.runtime import Runtime
    from config import settings_from_env
    from models.db import make_engine, make_session_factory

    settings = settings_from_env().with_overrides(
        {
            "run_scheduler": False,
            "delivery_lease_seconds": 5.0,
            "line_read_timeout_seconds": 1.0,
            "line_connect_timeout_seconds": 0.5,
            "delivery_retry_base_seconds": 0.5,
            "event_retry_base_seconds": 0.5,
            "event_max_attempts": 6,  # parked after 0.5+1+2+4+8 s: pending through most of a phase
        }
    )
    real = make_event_handler(Services(settings, LineClient(settings)))

    def handler(session, row, now):  # noqa: ANN001, ANN202
        if (row.payload.get("message") or {}).get("text") == POISON_TEXT:
            raise RuntimeError("poison")
        real(session, row, now)

    sessions = make_session_factory(make_engine(settings.database_url))
    Runtime(settings, sessions, handler=handler).start()
    threading.Event().wait()


class Workers:
    """Worker processes that can be killed and replaced."""

    def __init__(self, env: dict[str, str], count: int) -> None:
        self._env = env
        self.processes = [self._spawn() for _ in range(count)]
        self.kills = 0

    def _spawn(self) -> subprocess.Popen:
        return start([sys.executable, str(Path(__file__).resolve()), "--worker"], self._env)

    def kill_one(self, rng: random.Random) -> None:
        index = rng.randrange(len(self.processes))
        victim = self.processes[index]
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        self.kills += 1
        self.processes[index] = self._spawn()

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(20)


def inject_faults(emulator, rng: random.Random) -> str:  # noqa: ANN001
    path = rng.choice(["/v2/bot/message/reply", "/v2/bot/message/push"])
    if rng.random() < 0.5:
        emulator.fail_next(rng.randint(1, 3), status=500, path_prefix=path)
        return "500"
    # Accepted, but the answer comes after the bot's 1 s read timeout: the bot cannot know it arrived.
    emulator.fail_next(1, status=200, delay=1.5, path_prefix=path)
    return "lost_answer"


def converse(emulator, user: str, messages: int, delays: list[float], unanswered: list[str]) -> None:  # noqa: ANN001
    seen = len(emulator.messages_to(user))
    for number in range(messages):
        sent = time.time()
        emulator.send_text(user, SAYINGS[number % len(SAYINGS)])
        deadline = time.monotonic() + ANSWER_TIMEOUT
        while time.monotonic() < deadline:
            delivered = emulator.messages_to(user)
            if len(delivered) > seen:
                delays.append(delivered[seen]["time"] - sent)
                seen = len(delivered)
                break
            time.sleep(0.05)
        else:
            unanswered.append(f"{user}#{number}")
            delays.append(ANSWER_TIMEOUT)  # at least this long: counted, not left out of the figures
        time.sleep(random.uniform(0.3, 1.0))  # reading the answer, typing the next


def settle(url: str, timeout: float = 120.0) -> bool:
    from sqlalchemy import func, select

    from models.db import make_engine, make_session_factory
    from models.messaging import InboundEvent, InboundStatus, OutboundMessage, outbound_active

    engine = make_engine(url)
    sessions = make_session_factory(engine)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            with sessions() as session:
                inbox = session.scalar(
                    select(func.count()).select_from(InboundEvent).where(InboundEvent.status == InboundStatus.PENDING)
                )
                outbox = session.scalar(
                    select(func.count()).select_from(OutboundMessage).where(outbound_active(OutboundMessage.status))
                )
            if inbox == 0 and outbox == 0:
                return True
            time.sleep(0.25)
        return False
    finally:
        engine.dispose()


def compare(url: str, emulator, users: list[str]) -> dict:  # noqa: ANN001
    """What the bot meant to send each user against what arrived, message by message."""
    from sqlalchemy import select

    from models.db import make_engine, make_session_factory
    from models.messaging import InboundEvent, InboundStatus, OutboundMessage

    engine = make_engine(url)
    sessions = make_session_factory(engine)
    lost = duplicated = unconfirmed = 0
    why_lost: list[str] = []
    with sessions() as session:
        rows = session.scalars(select(OutboundMessage)).all()
        parked = session.scalars(select(InboundEvent).where(InboundEvent.status == InboundStatus.FAILED)).all()
        statuses = Counter(row.status for row in rows)
        unconfirmed = sum(1 for row in rows if (row.last_error or "").startswith("reply unconfirmed"))
        for user in users:
            meant = Counter(
                json.dumps(message, sort_keys=True)
                for row in rows
                if row.recipients == [user] and row.status != "dropped"
                for message in row.messages
            )
            got = Counter(json.dumps(item["message"], sort_keys=True) for item in emulator.messages_to(user))
            missing = meant - got
            lost += sum(missing.values())
            duplicated += sum((got - meant).values())
            why_lost.extend(
                f"{row.status} after {row.attempts} attempts: {row.last_error or row.last_status}"
                for row in rows
                if row.recipients == [user] and any(json.dumps(m, sort_keys=True) in missing for m in row.messages)
            )
    engine.dispose()
    return {
        "lost": lost,
        "why_lost": why_lost,
        "duplicated": duplicated,
        "reply_unconfirmed_rows": unconfirmed,
        "outbox": dict(statuses),
        "parked_events": len(parked),
    }


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def phase(kind: str, url: str, args: argparse.Namespace, name: str) -> dict:
    from line_emulator import EmulatorClient

    prepare_database(url)
    bot_port, emulator_port = free_port(), free_port()
    emulator_url = f"http://127.0.0.1:{emulator_port}"
    emulator_process = start(
        [sys.executable, "-m", "line_emulator", "--port", str(emulator_port), "--secret", SECRET, "--token", TOKEN]
        + ["--webhook", f"http://127.0.0.1:{bot_port}/callback"],
        dict(os.environ),
        emulator_port,
    )
    emulator = EmulatorClient(emulator_url)
    env = dict(os.environ) | {
        "DATABASE_URL": url,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "LINE_API_BASE_URL": emulator_url,
        "LINE_DATA_API_BASE_URL": emulator_url,
    }
    web = gunicorn("app:create_app()", bot_port, env)
    workers = Workers(env, args.workers if kind == "postgresql" else 1)
    rng = random.Random(args.seed)
    users = [f"Uchaos{index:027d}" for index in range(args.users)]
    delays: list[float] = []
    unanswered: list[str] = []
    faults: Counter[str] = Counter()
    stop = threading.Event()

    def make_trouble() -> None:
        while not stop.wait(args.kill_every * rng.uniform(0.5, 1.5)):
            workers.kill_one(rng)
            faults[inject_faults(emulator, rng)] += 1

    poisoned = name in ("poison", "chaos")
    try:
        settle(url)  # the web processes' warm-up events are answered before the clock starts
        if poisoned:
            emulator.send_text(POISONED_USER, POISON_TEXT)
            # The poisoned user goes on writing: those events must wait for the poison, nobody else.
            for number in range(80):
                emulator.send_text(POISONED_USER, f"ตามมา {number}")
        if name == "chaos":
            threading.Thread(target=make_trouble, daemon=True).start()
        threads = [
            threading.Thread(target=converse, args=(emulator, user, args.messages, delays, unanswered))
            for user in users
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stop.set()
        settled = settle(url)
        time.sleep(1.0)  # the last deliveries reach the emulator's record
        result = compare(url, emulator, users + ([POISONED_USER] if poisoned else []))
    finally:
        stop.set()
        workers.stop()
        web.terminate()
        web.wait(20)
        emulator_process.terminate()
        emulator_process.wait(20)
    return {
        "database": kind,
        "phase": name,
        "users": len(users),
        "messages": len(users) * args.messages,
        "kills": workers.kills,
        "faults": dict(faults),
        "settled": settled,
        "unanswered": len(unanswered),
        **result,
        "delay_s": {
            "p50": round(statistics.median(delays), 3) if delays else None,
            "p99": round(percentile(delays, 0.99), 3),
            "max": round(max(delays), 3) if delays else None,
        },
    }


def main() -> None:
    if "--worker" in sys.argv:
        worker_main()
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=12)
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2, help="worker processes on PostgreSQL (SQLite: one)")
    parser.add_argument("--kill-every", type=float, default=3.0, help="seconds between kills, on average")
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    kinds = []
    with tempfile.TemporaryDirectory() as folder:
        if args.only in (None, "sqlite"):
            kinds.append(("sqlite", f"sqlite:///{folder}/chaos.sqlite3"))
        if args.only in (None, "postgresql"):
            if postgresql_reachable():
                kinds.append(("postgresql", POSTGRESQL_URL))
            else:
                print(json.dumps({"database": "postgresql", "skipped": "not reachable"}))
        for kind, url in kinds:
            for name in ("calm", "poison", "chaos"):
                print(json.dumps(phase(kind, url, args, name), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
