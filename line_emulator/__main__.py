"""python -m line_emulator --port 8001 --secret S --token T --webhook http://127.0.0.1:8000/callback"""

from __future__ import annotations

import argparse
import signal
import threading

from line_emulator.runner import run_in_thread


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m line_emulator", description="A local LINE platform emulator.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001, help="0 picks a free port")
    parser.add_argument("--secret", required=True, help="channel secret used to sign webhooks")
    parser.add_argument("--token", default=None, help="the only access token accepted (default: any non-empty)")
    parser.add_argument("--webhook", default=None, help="the bot's webhook URL, e.g. http://127.0.0.1:8000/callback")
    parser.add_argument("--reply-token-ttl", type=float, default=60.0, help="seconds a reply token stays valid")
    parser.add_argument("--quota", type=int, default=None, help="monthly push/multicast quota (default: unlimited)")
    args = parser.parse_args(argv)

    running = run_in_thread(
        args.secret, args.token, args.webhook, host=args.host, port=args.port, reply_token_ttl=args.reply_token_ttl
    )
    if args.quota is not None:
        running.emulator.state.set_quota(args.quota)
    print(f"LINE emulator on {running.base_url} (webhook: {args.webhook or 'none yet'})", flush=True)
    print(f"  set LINE_API_BASE_URL and LINE_DATA_API_BASE_URL to {running.base_url}", flush=True)
    stopped = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopped.set())
    stopped.wait()
    running.stop()


if __name__ == "__main__":
    main()
