"""Helpers for the emulator tests: a stand-in bot, the Messaging API as the bot calls it, test images."""

from __future__ import annotations

import struct
import threading
import zlib
from typing import Any

import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

SECRET = "8c570fa6dd201bb328f1c1eac23a96d8"  # LINE's published test-vector secret
TOKEN = "emulator-test-token"


class Receiver:
    """A throwaway bot: records every webhook POST (raw body and headers) and answers `status`."""

    def __init__(self) -> None:
        self.requests: list[tuple[bytes, dict[str, str]]] = []
        self.status = 200
        self._lock = threading.Lock()

        @Request.application
        def app(request: Request) -> Response:
            with self._lock:
                self.requests.append((request.get_data(), dict(request.headers)))
            return Response("OK" if self.status == 200 else "nope", status=self.status)

        self._server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}/callback"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
        self.status = 200

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class Api:
    """The Messaging API of the emulator, called as the bot calls it (bearer token)."""

    def __init__(self, base_url: str, token: str = TOKEN) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        if body is not None:
            kwargs["json"] = body
        return self.session.post(self.base_url + path, timeout=10, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.get(self.base_url + path, timeout=10, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.delete(self.base_url + path, timeout=10, **kwargs)

    def push(self, to: str = "Uuser", messages: list | None = None, key: str | None = None) -> requests.Response:
        headers = {"X-Line-Retry-Key": key} if key else {}
        return self.post(
            "/v2/bot/message/push", {"to": to, "messages": [text()] if messages is None else messages}, headers=headers
        )

    def reply(self, token: str, messages: list | None = None, **headers: str) -> requests.Response:
        return self.post(
            "/v2/bot/message/reply",
            {"replyToken": token, "messages": [text()] if messages is None else messages},
            headers=headers,
        )


def text(body: str = "สวัสดีค่ะ", **extra: Any) -> dict[str, Any]:
    return {"type": "text", "text": body, **extra}


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


def jpeg(width: int, height: int) -> bytes:
    """A JPEG's headers: SOI, a JFIF APP0 segment, a baseline SOF0 frame header, EOI."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"
