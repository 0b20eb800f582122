"""HTTP clients answered by a WSGI app in the calling thread: no socket, no server thread.

`WsgiAdapter` serves a `requests.Session` (the emulator's control client, the emulator's webhook
POSTs); `WsgiPoolManager` stands in for the urllib3 pool of line-bot-sdk's REST client. Requests,
headers and bodies are the ones the real transports send, so the apps see what they see over HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from http.client import HTTPMessage
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
import urllib3
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from werkzeug.test import Client

WsgiApp = Callable[..., Any]


def _call(app: WsgiApp, method: str, url: str, headers: dict[str, str], body: bytes | None) -> Any:
    parts = urlsplit(url)
    client = Client(app, use_cookies=False)  # the caller (a requests session) keeps the cookies
    return client.open(
        parts.path or "/",
        method=method,
        query_string=parts.query,
        headers=list(headers.items()),
        data=body or b"",
        base_url=f"{parts.scheme}://{parts.netloc}",
    )


class WsgiAdapter(BaseAdapter):
    """A requests transport adapter that hands each request to `app`; mount it on a base URL."""

    def __init__(self, app: WsgiApp, after: Callable[[requests.PreparedRequest], None] | None = None) -> None:
        super().__init__()
        self._app = app
        self._after = after

    def send(self, request: requests.PreparedRequest, **_options: Any) -> requests.Response:  # type: ignore[override]
        body = request.body.encode() if isinstance(request.body, str) else request.body
        answer = _call(self._app, request.method or "GET", request.url or "/", dict(request.headers), body)
        response = requests.Response()
        response.status_code = answer.status_code
        response.headers = CaseInsensitiveDict(answer.headers.items())
        response._content = answer.get_data()
        response._content_consumed = True
        response.raw = _raw_with_headers(answer.headers.items())
        response.url = request.url or ""
        response.request = request
        response.encoding = "utf-8"
        if self._after is not None:
            self._after(request)
        return response

    def close(self) -> None:
        return None


def _raw_with_headers(headers: Any) -> SimpleNamespace:
    """What requests reads of a response's raw urllib3 answer to keep its cookies (the Set-Cookie
    headers of http.client's message), so a session signs in and stays signed in as over HTTP."""
    message = HTTPMessage()
    for name, value in headers:
        message[name] = value  # appends: several Set-Cookie headers stay several
    return SimpleNamespace(_original_response=SimpleNamespace(msg=message))


def wsgi_session(
    base_url: str, app: WsgiApp, after: Callable[[requests.PreparedRequest], None] | None = None
) -> requests.Session:
    session = requests.Session()
    session.mount(base_url.rstrip("/") + "/", WsgiAdapter(app, after))
    return session


class WsgiPoolManager:
    """What line-bot-sdk's RESTClientObject asks of its urllib3 PoolManager, answered by `app`."""

    def __init__(self, app: WsgiApp) -> None:
        self._app = app

    def request(
        self,
        method: str,
        url: str,
        body: bytes | str | None = None,
        fields: dict[str, Any] | None = None,
        encode_multipart: bool = True,
        headers: dict[str, str] | None = None,
        **_options: Any,
    ) -> urllib3.HTTPResponse:
        headers = dict(headers or {})
        if fields and method in {"GET", "HEAD", "DELETE"}:
            url = f"{url}{'&' if '?' in url else '?'}{urlencode(fields)}"
        elif fields and encode_multipart:
            body, headers["Content-Type"] = urllib3.encode_multipart_formdata(fields)
        elif fields:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        encoded = body.encode() if isinstance(body, str) else body
        answer = _call(self._app, method, url, headers, encoded)
        return urllib3.HTTPResponse(
            body=answer.get_data(),
            headers=dict(answer.headers.items()),
            status=answer.status_code,
            reason=answer.status.partition(" ")[2],
            preload_content=True,
        )

    def clear(self) -> None:
        return None


class InProcessHosts:
    """Made-up host names (http://bot.in-process, http://line.in-process) answered by WSGI apps in
    this thread for every `requests` call in the process: the tests' own `requests.get(bot.url)`,
    a browser-like session signing in to the console, and the bot's calls to LINE Login (authlib's
    session, the token revocation). Other URLs still go to the network."""

    def __init__(self) -> None:
        self._routes: dict[str, WsgiAdapter] = {}
        self._original: Any = None

    def route(self, base_url: str, adapter: WsgiAdapter) -> None:
        self._routes[base_url.rstrip("/").lower() + "/"] = adapter
        if self._original is None:
            self._install()

    def _install(self) -> None:
        original = self._original = requests.Session.get_adapter
        routes = self._routes

        def get_adapter(session: requests.Session, url: str) -> BaseAdapter:
            mounted = original(session, url)
            if isinstance(mounted, WsgiAdapter):  # a session of the driver's own (its own hooks)
                return mounted
            lowered = url.lower()
            for prefix, adapter in routes.items():
                if lowered.startswith(prefix):
                    return adapter
            return mounted

        requests.Session.get_adapter = get_adapter  # type: ignore[method-assign]

    def close(self) -> None:
        if self._original is not None:
            requests.Session.get_adapter = self._original  # type: ignore[method-assign]
            self._original = None
        self._routes.clear()
