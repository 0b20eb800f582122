"""python -m line_emulator --port 8001 --secret S --token T --webhook http://127.0.0.1:8000/callback

Standalone, the emulator is served by waitress, which keeps connections alive between requests as
LINE's servers do (werkzeug's server, used for the in-process emulator of the tests, closes every
connection, and the bot would spend its time opening new ones).
"""

from __future__ import annotations

import argparse
import signal

import waitress

from line_emulator.runner import Emulator


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m line_emulator", description="A local LINE platform emulator.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001, help="0 picks a free port")
    parser.add_argument("--secret", required=True, help="channel secret used to sign webhooks")
    parser.add_argument("--token", default=None, help="the only access token accepted (default: any non-empty)")
    parser.add_argument("--webhook", default=None, help="the bot's webhook URL, e.g. http://127.0.0.1:8000/callback")
    parser.add_argument("--reply-token-ttl", type=float, default=60.0, help="seconds a reply token stays valid")
    parser.add_argument("--quota", type=int, default=None, help="monthly push/multicast quota (default: unlimited)")
    parser.add_argument("--login-channel-id", default="2000000001", help="LINE Login channel ID (the console's)")
    parser.add_argument("--login-secret", default=None, help="LINE Login channel secret (default: random, printed)")
    parser.add_argument("--threads", type=int, default=8, help="requests handled at once")
    args = parser.parse_args(argv)

    emulator = Emulator(
        args.secret,
        args.token,
        args.webhook,
        reply_token_ttl=args.reply_token_ttl,
        login_channel_id=args.login_channel_id,
        login_channel_secret=args.login_secret,
    )
    if args.quota is not None:
        emulator.state.set_quota(args.quota)
    server = waitress.create_server(
        emulator.wsgi_app, host=args.host, port=args.port, threads=args.threads, ident="line-emulator"
    )
    base_url = f"http://{args.host}:{server.effective_port}"
    print(f"LINE emulator on {base_url} (webhook: {args.webhook or 'none yet'})", flush=True)
    print(f"  Web simulator: {base_url}/simulator/", flush=True)
    print(f"  set LINE_API_BASE_URL, LINE_DATA_API_BASE_URL and LINE_LOGIN_BASE_URL to {base_url}", flush=True)
    print(f"  LINE Login: LINE_LOGIN_CHANNEL_ID={emulator.login.channel_id}", flush=True)
    print(f"  LINE Login: LINE_LOGIN_CHANNEL_SECRET={emulator.login.channel_secret}", flush=True)

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.close()
        server.close()


if __name__ == "__main__":
    main()
