"""The bot and the LINE emulator in the test's own thread: the fast driver for flow and command tests.

The same code runs as over the network: the emulator builds and signs each webhook, the bot's
POST /callback verifies and stores it, the event worker handles it and the delivery worker sends
the outbox rows through line-bot-sdk to the emulator, which validates them as LINE does. Only the
transport differs: every HTTP request is handed to the other side's WSGI app in the same thread
(tests/wsgi_transport.py), and the workers run synchronously after each webhook until everything
is handled and delivered, so a test never waits on threads or polls.

Tests opt in with the `in_process` marker (the `bot`, `make_bot` and `emulator` fixtures then give
these); tests about the transport itself (webhook timing, races, crashes, worker threads, timeouts)
stay on the real HTTP servers and threads.
"""

from __future__ import annotations

import time
from typing import Any

import requests
from sqlalchemy import func, select

from bot.line.line_client import LineClient
from bot.web.inbox_writer import InboxWriter, StoreFailed
from bot.workers.runtime import DELIVERY_BATCH, Runtime
from line_emulator.client import EmulatorClient
from line_emulator.login import LoginState
from line_emulator.runner import Emulator
from models.messaging import InboundEvent, InboundStatus, OutboundMessage, OutboundStatus
from tests.wsgi_transport import InProcessHosts, WsgiAdapter, WsgiPoolManager, wsgi_session

EMULATOR_URL = "http://line.in-process"
BOT_URL = "http://bot.in-process"


class InlineInbox(InboxWriter):
    """Stores a webhook's events in the request's own thread (the web app's writer thread batches
    concurrent requests; one test thread has none to batch)."""

    def store(self, events: list[dict[str, Any]], timeout: float) -> int:  # noqa: ARG002 - nothing waits
        try:
            new_ids = self._store(events)
        except Exception as error:
            raise StoreFailed(type(error).__name__) from error
        return sum(1 for event in events if event["webhookEventId"] in new_ids)


class InProcessEmulatorClient(EmulatorClient):
    """The emulator's control client over an in-process session."""

    def __init__(self, session: requests.Session) -> None:
        super().__init__(EMULATOR_URL)
        self._session = session

    @property
    def _http(self) -> requests.Session:
        return self._session

    def close(self) -> None:
        self._session.close()


class InProcessEmulator:
    """What tests use of a RunningEmulator (base_url, client, login, emulator, set_webhook_url)."""

    def __init__(self, channel_secret: str, access_token: str) -> None:
        self._bots: list[InProcessBot] = []
        self.emulator = Emulator(channel_secret, access_token)
        self.base_url = EMULATOR_URL
        self.client = InProcessEmulatorClient(wsgi_session(EMULATOR_URL, self.emulator.wsgi_app, self._after_call))
        # The emulator's LINE Login pages and the bot's console are also reached by plain `requests`
        # (a browser-like session, authlib's token exchange), as over the network.
        self.hosts = InProcessHosts()
        self.hosts.route(EMULATOR_URL, WsgiAdapter(self.emulator.wsgi_app, self._after_call))
        # LINE clients the app makes for itself (`flask richmenu sync`) reach the emulator too.
        self._line_client_init = LineClient.__init__
        wsgi_app, made = self.emulator.wsgi_app, self._line_client_init

        def line_client_init(client: LineClient, settings: Any, *args: Any, **kwargs: Any) -> None:
            made(client, settings, *args, **kwargs)
            if settings.line_api_base_url.startswith(EMULATOR_URL):
                for api_client in (client._api_client, client._data_client):
                    api_client.rest_client.pool_manager = WsgiPoolManager(wsgi_app)

        LineClient.__init__ = line_client_init  # type: ignore[method-assign]

    @property
    def login(self) -> LoginState:
        return self.emulator.login

    def attach(self, bot: InProcessBot) -> None:
        """LINE now sends this bot's webhooks (as set_webhook_url does for a bot on a port)."""
        self._bots.append(bot)
        self.hosts.route(BOT_URL, WsgiAdapter(bot.app, self._after_bot_request))
        self.emulator.state.webhook_url = BOT_URL + "/callback"
        self.emulator.state.webhook_session = wsgi_session(BOT_URL, bot.app)

    def set_webhook_url(self, url: str | None) -> None:
        self.emulator.webhook_url = url

    def _after_call(self, request: requests.PreparedRequest) -> None:
        # A user acted (or LINE redelivered): the bot works until it has nothing left, as its
        # threads would, before the test reads what was sent.
        if request.method == "POST" and (request.path_url or "").startswith("/_emulator/webhook"):
            for bot in self._bots:
                if bot.running:
                    bot.work()

    def _after_bot_request(self, _request: requests.PreparedRequest) -> None:
        # A console action may have queued messages: the bot's threads would deliver them now.
        for bot in self._bots:
            if bot.running:
                bot.work()

    def stop(self) -> None:
        LineClient.__init__ = self._line_client_init  # type: ignore[method-assign]
        self.hosts.close()
        self.client.close()
        self.emulator.close()


class InProcessBot:
    """What tests use of BotUnderTest (app, settings, sessions, runtime, emulator, line), driven
    synchronously: `work()` runs the event, delivery and menu-link workers until nothing is left."""

    def __init__(self, app: Any, settings: Any, emulator: InProcessEmulator, handler: Any, start: bool) -> None:
        self.url = BOT_URL
        self.app = app
        self.settings = settings
        self.sessions = app.extensions["bot_sessions"]
        self.emulator = emulator
        self.running = start
        app.extensions["bot_inbox"] = InlineInbox(app.extensions["bot_engine"])
        self.runtime = Runtime(settings, self.sessions, wakeup=app.extensions["bot_wakeup"], handler=handler)
        emulator.attach(self)

    @property
    def line(self) -> EmulatorClient:
        return self.emulator.client

    def work(self, timeout: float = 15.0) -> None:
        """Handle every event and deliver every message, waiting only for retries coming due."""
        deadline = time.monotonic() + timeout
        runtime = self.runtime
        while True:
            done = runtime.event_worker.run_once()
            done += runtime.delivery_worker.run_once(DELIVERY_BATCH)
            done += runtime.menu_worker.run_once()
            if done:
                continue
            if not self.waiting():
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"events or messages still waiting after {timeout} s")
            time.sleep(0.01)

    def waiting(self) -> bool:
        with self.sessions() as session:
            pending_in = session.scalar(
                select(func.count()).select_from(InboundEvent).where(InboundEvent.status == InboundStatus.PENDING)
            )
            pending_out = session.scalar(
                select(func.count())
                .select_from(OutboundMessage)
                .where(OutboundMessage.status.in_([OutboundStatus.PENDING, OutboundStatus.SENDING]))
            )
        return bool(pending_in or pending_out)

    def close(self) -> None:
        self.running = False
        self.runtime.line.close()
        self.app.extensions["bot_engine"].dispose()
