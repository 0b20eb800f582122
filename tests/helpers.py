"""Small helpers for tests: signing bodies, waiting for conditions, reading the database."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import socket
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def sign(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def wait_until(condition: Callable[[], T], timeout: float = 10.0, interval: float = 0.02) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s (last value: {value!r})")
        time.sleep(interval)


class TcpProxy:
    """A TCP relay to `target` on a port of its own; `cut()` makes the target unreachable through it
    (open connections dropped, new ones closed at once) until `restore()`. For database outages."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._cut = threading.Event()
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        self._cut.set()
        with self._lock:
            for connection in self._open:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
                connection.close()
            self._open.clear()

    def restore(self) -> None:
        self._cut.clear()

    def close(self) -> None:
        self.cut()
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._cut.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self._target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update((client, upstream))
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for connection in (source, sink):
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)


def loaded_image_width(image) -> int:  # noqa: ANN001 - a Playwright Locator
    """The natural width of an <img> once the browser has fetched and decoded it: the element can be in
    the page before its bytes arrive, so reading it at once races the fetch (CI saw `complete` false)."""
    handle = image.element_handle()
    handle.owner_frame().wait_for_function("image => image.complete && image.naturalWidth > 0", arg=handle)
    return handle.evaluate("image => image.naturalWidth")


def invoke(database_url: str, *args: str):  # noqa: ANN201 - click's Result
    """Run a `flask` command of the app against `database_url`."""
    from app import create_app

    app = create_app({"database_url": database_url})
    try:
        return app.test_cli_runner().invoke(args=list(args))
    finally:
        app.extensions["bot_engine"].dispose()
