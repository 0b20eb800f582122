"""The Emulator object and running it on a real port in a background thread."""

from __future__ import annotations

import secrets
import threading
from functools import cached_property
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from line_emulator.client import EmulatorClient
from line_emulator.login import LoginState
from line_emulator.server import create_app
from line_emulator.simulator.hooks import Simulator
from line_emulator.state import PlatformState

DEFAULT_LOGIN_CHANNEL_ID = "2000000001"


class Emulator:
    """One emulated LINE channel: its thread-safe state (`state`) and its WSGI app (`wsgi_app`)."""

    def __init__(
        self,
        channel_secret: str,
        access_token: str | None = None,
        webhook_url: str | None = None,
        reply_token_ttl: float = 60.0,
        login_channel_id: str = DEFAULT_LOGIN_CHANNEL_ID,
        login_channel_secret: str | None = None,
        **options: Any,
    ) -> None:
        """`options`: retry_key_ttl (s, default 24 h), webhook_timeout (s, default 10), history_limit
        (calls and deliveries kept, default 100,000), webhook_session (the requests.Session webhooks
        go through). The LINE Login channel (`login`) has its own id and secret (random unless given)."""
        self.state = PlatformState(channel_secret, access_token, webhook_url, reply_token_ttl, **options)
        self.login = LoginState(login_channel_id, login_channel_secret or secrets.token_hex(16))
        self.simulator = Simulator()  # the web simulator's hooks, set by the application behind it
        self.wsgi_app = create_app(self.state, self.login, self.simulator)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        return self.wsgi_app(environ, start_response)

    @property
    def reply_token_ttl(self) -> float:
        return self.state.reply_token_ttl

    @reply_token_ttl.setter
    def reply_token_ttl(self, seconds: float) -> None:
        self.state.reply_token_ttl = seconds

    @property
    def webhook_url(self) -> str | None:
        return self.state.webhook_url

    @webhook_url.setter
    def webhook_url(self, url: str | None) -> None:
        self.state.webhook_url = url

    def issue_reply_token(self, user_id: str) -> str:
        """A reply token as if `user_id` had just sent an event (for benchmarks that build events)."""
        return self.state.issue_reply_token(user_id)

    def messages_to(self, user_id: str, include_undelivered: bool = False) -> list[dict[str, Any]]:
        return self.state.messages_to(user_id, include_undelivered)

    def calls(self, path_prefix: str | None = None) -> list[dict[str, Any]]:
        return self.state.recorded_calls(path_prefix)

    def reset(self) -> None:
        self.state.reset()

    def close(self) -> None:
        """Wake requests sleeping on an injected delay (they then answer at once)."""
        self.state.stopping.set()


class _QuietHandler(WSGIRequestHandler):
    """No access log: per-request terminal output would dominate a benchmark."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


class RunningEmulator:
    """An Emulator serving HTTP on `base_url` from a background thread."""

    def __init__(self, emulator: Emulator, server: BaseWSGIServer, thread: threading.Thread, host: str) -> None:
        self.emulator = emulator
        self.server = server
        self.thread = thread
        self._host = "127.0.0.1" if host in {"0.0.0.0", ""} else host  # connect locally to a wildcard bind

    @property
    def login(self) -> LoginState:
        """The LINE Login channel: `channel_id`, `channel_secret`."""
        return self.emulator.login

    @property
    def simulator(self) -> Simulator:
        """The web simulator (/simulator/): set `.hooks` to plug the application in."""
        return self.emulator.simulator

    @property
    def port(self) -> int:
        return self.server.server_port

    @property
    def base_url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    @cached_property
    def client(self) -> EmulatorClient:
        return EmulatorClient(self.base_url)

    def set_webhook_url(self, url: str | None) -> None:
        self.emulator.webhook_url = url

    def stop(self) -> None:
        """Stop serving and release the port (delayed requests are woken first)."""
        self.emulator.close()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
        if "client" in self.__dict__:
            self.client.close()

    def __enter__(self) -> RunningEmulator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def run_in_thread(
    channel_secret: str,
    access_token: str | None = None,
    webhook_url: str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    **kw: Any,
) -> RunningEmulator:
    """Start an emulator on host:port (0: a free port) in a daemon thread; `kw` go to Emulator."""
    emulator = Emulator(channel_secret, access_token, webhook_url, **kw)
    server = make_server(host, port, emulator.wsgi_app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"line-emulator-{server.port}", daemon=True
    )
    thread.start()
    return RunningEmulator(emulator, server, thread, host)
