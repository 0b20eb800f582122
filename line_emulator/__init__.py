"""A local stand-in for the LINE platform: the Messaging API the bot calls, with LINE's limits,
retry-key memory and error answers, plus a control API to act as users and inject failures.

The bot reaches it only through LINE_API_BASE_URL / LINE_DATA_API_BASE_URL.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from werkzeug.serving import BaseWSGIServer, make_server

from line_emulator.client import EmulatorClient
from line_emulator.limits import validate_messages, validate_rich_menu
from line_emulator.server import create_app
from line_emulator.state import PlatformState
from line_emulator.webhooks import signature


class Emulator:
    def __init__(
        self,
        channel_secret: str,
        access_token: str | None = None,
        webhook_url: str | None = None,
        reply_token_ttl: float = 60.0,
    ) -> None:
        self.state = PlatformState(channel_secret, access_token, webhook_url, reply_token_ttl)
        self.wsgi_app = create_app(self.state)

    @property
    def reply_token_ttl(self) -> float:
        return self.state.reply_token_ttl

    @reply_token_ttl.setter
    def reply_token_ttl(self, seconds: float) -> None:
        self.state.reply_token_ttl = seconds


@dataclass
class RunningEmulator:
    emulator: Emulator
    server: BaseWSGIServer
    thread: threading.Thread

    @property
    def port(self) -> int:
        return self.server.server_port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def client(self) -> EmulatorClient:
        return EmulatorClient(self.base_url)

    def set_webhook_url(self, url: str) -> None:
        self.emulator.state.webhook_url = url

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(5)


def run_in_thread(
    channel_secret: str,
    access_token: str | None = None,
    webhook_url: str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    reply_token_ttl: float = 60.0,
) -> RunningEmulator:
    emulator = Emulator(channel_secret, access_token, webhook_url, reply_token_ttl)
    server = make_server(host, port, emulator.wsgi_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="line-emulator", daemon=True)
    thread.start()
    return RunningEmulator(emulator, server, thread)


__all__ = [
    "Emulator",
    "EmulatorClient",
    "RunningEmulator",
    "run_in_thread",
    "signature",
    "validate_messages",
    "validate_rich_menu",
]
