"""Webhook benchmark: acknowledgement latency/throughput and end-to-end rate, beside a bare endpoint.

Runs, for SQLite and for PostgreSQL (if reachable), in one go:
  1. gunicorn serving the bot's web part and, on another port, a bare Flask endpoint that only checks
     the signature; concurrent clients post signed single-event webhooks:
       - at a fixed rate (default 200 events/s) -> p50/p99 acknowledgement latency;
       - as fast as they can (closed loop)     -> events/s, for the bot and the bare endpoint, in
         alternating rounds so that both meet the same drift of the host's speed.
  2. end to end: the bot's workers (`flask --app app worker`) handle a burst of events from many users
     and reply through the LINE emulator; the rate is events / time until the emulator has every reply.

Usage: python bench/webhook.py [--seconds 10] [--rate 200] [--clients 16] [--rounds 5] [--burst 3000] [--text WORDS] [--only sqlite|postgresql]
                              [--workers 2] [--web-processes 4] [--web-threads 4]
Everything runs on 127.0.0.1; loops are bounded in count and time.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SECRET = "benchsecret0123456789abcdef01234"
TOKEN = "bench-token"
POSTGRESQL_URL = os.environ.get("BENCH_POSTGRESQL_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# What every benchmark user writes; `--text` sets another (a report sentence exercises the understanding).
MESSAGE = {"text": "สวัสดี"}


def signed_body(user: str, reply_token: str | None = None) -> tuple[bytes, str]:
    event = {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user},
        "webhookEventId": uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": False},
        "replyToken": reply_token or uuid.uuid4().hex,
        "message": {"id": str(uuid.uuid4().int)[:18], "type": "text", "quoteToken": "q", "text": MESSAGE["text"]},
    }
    body = json.dumps({"destination": "Ubench", "events": [event]}).encode()
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    return body, signature


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listening on {port}")


def start(command: list[str], env: dict[str, str], port: int | None = None) -> subprocess.Popen:
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if port:
        wait_for_port(port)
    return process


WEB_PROCESSES, WEB_THREADS = 4, 4  # set from the command line; the same for the bot and the bare endpoint


def gunicorn(app: str, port: int, env: dict[str, str]) -> subprocess.Popen:
    command = [str(VENV_BIN / "gunicorn"), "-w", str(WEB_PROCESSES), "-k", "gthread", "--threads", str(WEB_THREADS)]
    command += ["-b", f"127.0.0.1:{port}"]
    process = start([*command, "--log-level", "warning", app], env, port)
    warm_up(port)
    return process


def warm_up(port: int, seconds: float = 2.0) -> None:
    """The port opens before gunicorn's workers have loaded the app: wait until every worker has
    answered, so that boot time is not measured as request latency."""
    deadline = time.monotonic() + 60
    client = Client(port)
    while time.monotonic() < deadline:
        try:
            if client.post("Uwarmup")[0] == 200:
                break
        except OSError:
            client = Client(port)
        time.sleep(0.1)
    closed_loop(port, seconds, 16)


# Which processes count as which part of the system, by command line.
COMPONENTS = {
    "webhook (gunicorn)": lambda args: "gunicorn" in args and "app:create_app()" in args,
    "event + delivery workers": lambda args: "flask" in args and " worker" in args,
    "LINE emulator": lambda args: "line_emulator" in args,
    "database server": lambda args: args.startswith("postgres"),
}


def cpu_by_component() -> dict[str, float]:
    """CPU seconds used so far, per component, from /proc (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    totals = dict.fromkeys([*COMPONENTS, "load generator (this script)"], 0.0)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds = (int(fields[11]) + int(fields[12])) / ticks
        if int(entry.name) == os.getpid():
            totals["load generator (this script)"] += seconds
            continue
        for name, matches in COMPONENTS.items():
            if matches(args):
                totals[name] += seconds
                break
    return totals


class Client:
    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    def post(self, user: str, reply_token: str | None = None) -> tuple[int, float]:
        body, signature = signed_body(user, reply_token)
        started = time.perf_counter()
        self.connection.request(
            "POST", "/callback", body, {"Content-Type": "application/json", "X-Line-Signature": signature}
        )
        response = self.connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started


def fixed_rate(port: int, rate: float, seconds: float, clients: int) -> dict:
    """Open loop: each client sends on a schedule, so latency is measured at the offered load."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    interval = clients / rate
    start_at = time.perf_counter() + 0.2

    def run(index: int) -> None:
        nonlocal errors
        client = Client(port)
        next_send = start_at + index * (interval / clients)
        end = start_at + seconds
        while next_send < end:
            delay = next_send - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            status, latency = client.post(f"Ubench{index:04d}{int(next_send * 1000) % 997:03d}")
            with lock:
                latencies.append(latency)
                errors += status != 200
            next_send += interval

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summarise(latencies, errors, seconds)


def closed_loop(port: int, seconds: float, clients: int) -> dict:
    latencies, errors = closed_loop_latencies(port, seconds, clients)
    return summarise(latencies, errors, seconds)


def alternating_closed_loops(ports: tuple[int, int], seconds: float, clients: int, rounds: int) -> list[dict]:
    """Closed loops against each port in turn, `rounds` times: the host's speed drifts (by a factor
    of up to three over a day here), and alternating short rounds lets both endpoints meet the same
    drift instead of one running on a faster host than the other. Returns one summary per port over
    all its rounds, with the ratio of each round (first port over second)."""
    latencies_by_port: list[list[float]] = [[] for _ in ports]
    errors_by_port = [0 for _ in ports]
    ratios = []
    for _ in range(rounds):
        counts = []
        for index, port in enumerate(ports):
            latencies, errors = closed_loop_latencies(port, seconds / rounds, clients)
            latencies_by_port[index].extend(latencies)
            errors_by_port[index] += errors
            counts.append(len(latencies))
        ratios.append(round(counts[0] / max(counts[1], 1), 2))
    summaries = [summarise(*pair, seconds) for pair in zip(latencies_by_port, errors_by_port, strict=True)]
    summaries[0]["round_ratios"] = ratios
    return summaries


def closed_loop_latencies(port: int, seconds: float, clients: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    end = time.perf_counter() + seconds

    def run(index: int) -> None:
        nonlocal errors
        client = Client(port)
        while time.perf_counter() < end:
            status, latency = client.post(f"Uclosed{index:04d}")
            with lock:
                latencies.append(latency)
                errors += status != 200

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def summarise(latencies: list[float], errors: int, seconds: float) -> dict:
    ordered = sorted(latencies)
    return {
        "events": len(ordered),
        "events_per_s": round(len(ordered) / seconds, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 2) if ordered else None,
        "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 2) if ordered else None,
        "errors": errors,
    }


def prepare_database(url: str) -> None:
    """Schema up to date and every table empty (servers may already hold connections)."""
    from models.base import Base
    from models.db import make_engine
    from models.schema import upgrade_database

    engine = make_engine(url)
    upgrade_database(engine)
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()


def end_to_end(env: dict[str, str], bot_port: int, emulator, burst: int, workers: int) -> dict:  # noqa: ANN001
    """A burst of events from many users; time until the emulator has every reply."""
    emulator.reset()
    users = [f"Ue2e{index:028d}" for index in range(burst)]
    clients = 16
    per_client = [users[i::clients] for i in range(clients)]

    tokens = emulator.issue_reply_tokens(users)  # as LINE issues one per event

    def post_all(batch: list[str]) -> None:
        client = Client(bot_port)
        for user in batch:
            client.post(user, tokens[user])

    worker_processes = [start([str(VENV_BIN / "flask"), "--app", "app", "worker"], env) for _ in range(workers)]
    # let the workers connect, and build their tables (understanding.warm_up, about 1.3 s of CPU on this
    # host), before the clock starts: a worker pays that once in its life, not per burst
    time.sleep(4.0)
    cpu_before = cpu_by_component()
    started = time.perf_counter()
    threads = [threading.Thread(target=post_all, args=(batch,)) for batch in per_client]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    posted = time.perf_counter() - started
    deadline = time.monotonic() + 300
    delivered = 0
    while time.monotonic() < deadline:
        # A count, not the calls: copying thousands of recorded calls four times a second would cost
        # the machine more CPU than the emulator's own work.
        delivered = emulator.count_calls("/v2/bot/message/reply", status=200)
        delivered += emulator.count_calls("/v2/bot/message/push", status=200)
        if delivered >= burst:
            break
        time.sleep(0.25)
    elapsed = time.perf_counter() - started
    cpu_after = cpu_by_component()
    for worker in worker_processes:
        worker.terminate()
        worker.wait(20)
    return {
        "events": burst,
        "delivered": delivered,
        "post_s": round(posted, 2),
        "events_per_s": round(delivered / elapsed, 1),
        "seconds": round(elapsed, 2),
        "cpu_seconds": {name: round(cpu_after[name] - cpu_before[name], 2) for name in cpu_after},
    }


def run_for(kind: str, url: str, args: argparse.Namespace) -> dict:
    from line_emulator import EmulatorClient

    prepare_database(url)
    bot_port, bare_port = free_port(), free_port()
    emulator_port = free_port()
    emulator_url = f"http://127.0.0.1:{emulator_port}"
    # Its own process, so that the load generator here does not slow the platform down.
    emulator_process = start(
        [sys.executable, "-m", "line_emulator", "--port", str(emulator_port), "--secret", SECRET, "--token", TOKEN],
        dict(os.environ),
        emulator_port,
    )
    emulator = EmulatorClient(emulator_url)
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": url,
            "LINE_CHANNEL_SECRET": SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
            "LINE_API_BASE_URL": emulator_url,
            "LINE_DATA_API_BASE_URL": emulator_url,
        }
    )
    bot = gunicorn("app:create_app()", bot_port, env)
    bare = gunicorn("bench.bare_app:app", bare_port, env)
    try:
        result = {
            "database": kind,
            "bot_fixed_rate": fixed_rate(bot_port, args.rate, args.seconds, args.clients),
        }
        result["bot_max"], result["bare_max"] = alternating_closed_loops(
            (bot_port, bare_port), args.seconds, args.clients, args.rounds
        )
        prepare_database(url)
        workers = args.workers if kind == "postgresql" else 1  # SQLite: one process
        result["end_to_end"] = end_to_end(env, bot_port, emulator, args.burst, workers)
    finally:
        for process in (bot, bare, emulator_process):
            process.terminate()
            process.wait(20)
    return result


def postgresql_reachable() -> bool:
    from sqlalchemy import text

    from models.db import make_engine

    try:
        engine = make_engine(POSTGRESQL_URL)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=200.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument(
        "--rounds", type=int, default=5, help="alternating bot/bare rounds the closed loops are split into"
    )
    parser.add_argument("--burst", type=int, default=3000)
    parser.add_argument("--text", default=MESSAGE["text"], help="the message every user sends")
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--workers", type=int, default=2, help="worker processes for the PostgreSQL end-to-end run")
    parser.add_argument("--web-processes", type=int, default=4, help="gunicorn processes (bot and bare alike)")
    parser.add_argument("--web-threads", type=int, default=4, help="gunicorn threads per process")
    args = parser.parse_args()
    MESSAGE["text"] = args.text
    global WEB_PROCESSES, WEB_THREADS  # noqa: PLW0603 - one setting for every server this run starts
    WEB_PROCESSES, WEB_THREADS = args.web_processes, args.web_threads

    targets = []
    if args.only in (None, "sqlite"):
        targets.append(("sqlite", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"))
    if args.only in (None, "postgresql"):
        if postgresql_reachable():
            targets.append(("postgresql", POSTGRESQL_URL))
        else:
            print(f"PostgreSQL not reachable at {POSTGRESQL_URL}: skipped")
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print(f"gunicorn: {WEB_PROCESSES} processes x {WEB_THREADS} threads (bot and bare endpoint alike)")
    for kind, url in targets:
        result = run_for(kind, url, args)
        workers = 1 if kind == "sqlite" else args.workers
        fixed, bot_max, bare_max, e2e = (
            result["bot_fixed_rate"],
            result["bot_max"],
            result["bare_max"],
            result["end_to_end"],
        )
        print(f"\n== {kind} ==")
        print(
            f"ack at {args.rate:.0f} events/s offered: {fixed['events_per_s']} events/s, "
            f"p50 {fixed['p50_ms']} ms, p99 {fixed['p99_ms']} ms, errors {fixed['errors']}"
        )
        ratios = bot_max["round_ratios"]
        print(
            f"ack max throughput ({args.rounds} alternating rounds of {args.seconds / args.rounds:g} s each): "
            f"bot {bot_max['events_per_s']} events/s (p99 {bot_max['p99_ms']} ms) | "
            f"bare endpoint {bare_max['events_per_s']} events/s (p99 {bare_max['p99_ms']} ms) | "
            f"ratio {bot_max['events_per_s'] / max(bare_max['events_per_s'], 1):.2f} "
            f"(rounds {min(ratios):.2f}-{max(ratios):.2f})"
        )
        print(
            f"end to end (webhook -> handled -> reply at the emulator): {e2e['events_per_s']} events/s "
            f"({e2e['delivered']}/{e2e['events']} replies; {workers} worker process(es))"
        )
        cpu = ", ".join(f"{name} {seconds:.1f}" for name, seconds in e2e["cpu_seconds"].items())
        print(
            f"  CPU seconds used during those {e2e['seconds']} s ({os.cpu_count()} cores = {os.cpu_count() * e2e['seconds']:.1f}): {cpu}"
        )


if __name__ == "__main__":
    main()
