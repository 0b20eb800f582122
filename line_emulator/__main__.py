"""python -m line_emulator --port 8001 --secret S --token T --webhook http://127.0.0.1:8000/callback"""

from __future__ import annotations

import argparse
import threading

from line_emulator import run_in_thread


def main() -> None:
    parser = argparse.ArgumentParser(description="A local LINE platform emulator.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--secret", required=True, help="channel secret used to sign webhooks")
    parser.add_argument("--token", default=None, help="the only access token accepted (default: any)")
    parser.add_argument("--webhook", default=None, help="the bot's webhook URL")
    args = parser.parse_args()
    running = run_in_thread(args.secret, args.token, args.webhook, host=args.host, port=args.port)
    print(f"LINE emulator on {running.base_url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        running.stop()


if __name__ == "__main__":
    main()
