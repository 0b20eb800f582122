"""EmulatorClient: drive a running emulator over HTTP (act as users, inject failures, read deliveries)."""

from __future__ import annotations

import base64
import threading
import time
from typing import Any

import requests

Result = dict[str, Any]


class EmulatorError(RuntimeError):
    """The emulator's control API refused a request (the message says why)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


class EmulatorClient:
    """Every `send_*` returns {"status": bot's HTTP status or None, "body": its text, "events": [...]}."""

    def __init__(self, base_url: str, timeout: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._local = threading.local()  # one requests.Session per thread

    @property
    def _http(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def close(self) -> None:
        session = getattr(self._local, "session", None)
        if session is not None:
            session.close()
            self._local.session = None

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None, **params: Any) -> Any:
        response = self._http.request(
            method, f"{self.base_url}/_emulator/{path}", json=body, params=params or None, timeout=self.timeout
        )
        if response.status_code >= 400:
            try:
                message = response.json().get("message", response.text)
            except ValueError:
                message = response.text
            raise EmulatorError(response.status_code, message)
        return response.json()

    # -- acting as users -------------------------------------------------------------------------------

    def send(self, user_id: str, kind: str, **fields: Any) -> Result:
        """One event of `kind` (text, image, location, sticker, postback, follow, unfollow) from the user."""
        spec = {"userId": user_id, "type": kind, **{k: v for k, v in fields.items() if v is not None}}
        return self._call("POST", "webhook", spec)

    def send_text(self, user_id: str, text: str) -> Result:
        return self.send(user_id, "text", text=text)

    def send_postback(self, user_id: str, data: str, params: dict[str, str] | None = None) -> Result:
        return self.send(user_id, "postback", data=data, params=params)

    def send_location(
        self,
        user_id: str,
        latitude: float,
        longitude: float,
        title: str | None = None,
        address: str | None = None,
    ) -> Result:
        return self.send(user_id, "location", latitude=latitude, longitude=longitude, title=title, address=address)

    def send_image(self, user_id: str, content: bytes, content_type: str = "image/jpeg") -> Result:
        encoded = base64.b64encode(content).decode("ascii")
        return self.send(user_id, "image", content_base64=encoded, content_type=content_type)

    def send_sticker(self, user_id: str, package_id: str = "446", sticker_id: str = "1988") -> Result:
        return self.send(user_id, "sticker", packageId=package_id, stickerId=sticker_id)

    def follow(self, user_id: str, is_unblocked: bool = False) -> Result:
        return self.send(user_id, "follow", isUnblocked=is_unblocked)

    def unfollow(self, user_id: str) -> Result:
        return self.send(user_id, "unfollow")

    def send_events(self, events: list[dict[str, Any]]) -> Result:
        """Several events in one webhook POST: short specs ({"userId", "type", ...}) or raw event dicts."""
        return self._call("POST", "webhook", {"events": events})

    def redeliver(self, event: dict[str, Any] | str) -> Result:
        """Send a previously sent event (or its webhookEventId) again with isRedelivery true."""
        return self._call("POST", "webhook", {"redeliver": event})

    def send_raw(self, body: str | bytes, signature: str | None = None) -> Result:
        """POST exactly `body` to the bot, signed correctly unless `signature` is given."""
        payload: dict[str, Any] = (
            {"raw": body} if isinstance(body, str) else {"raw_base64": base64.b64encode(body).decode("ascii")}
        )
        if signature is not None:
            payload["signature"] = signature
        return self._call("POST", "webhook", payload)

    # -- platform behaviour ----------------------------------------------------------------------------

    def fail_next(
        self,
        count: int,
        status: int | str = 500,
        delay: float = 0.0,
        path_prefix: str | None = None,
        body: dict[str, Any] | str | None = None,
    ) -> None:
        """The next `count` Messaging-API calls (under `path_prefix`) wait `delay` s, then answer `status`.
        Status 0, "timeout" or any 2xx: after the delay the call is handled normally (a slow LINE)."""
        self._call(
            "POST",
            "fail",
            {"count": count, "status": status, "delay": delay, "path_prefix": path_prefix, "body": body},
        )

    def set_quota(self, limit: int | None, used: int = 0) -> None:
        """Monthly message quota; None: unlimited (GET quota answers type "none")."""
        self._call("POST", "quota", {"limit": limit, "used": used})

    def add_user(self, user_id: str, display_name: str, language: str = "th", picture_url: str | None = None) -> None:
        self._call(
            "POST",
            "users",
            {"userId": user_id, "displayName": display_name, "language": language, "pictureUrl": picture_url},
        )

    def configure(self, **settings: Any) -> dict[str, Any]:
        """webhook_url, reply_token_ttl, retry_key_ttl, webhook_timeout; returns the configuration."""
        return self._call("POST", "config", settings)

    def expire_content(self, message_id: str) -> None:
        """Content of that message answers 410 from now on."""
        self._call("POST", f"content/{message_id}/expire", {})

    def issue_reply_tokens(self, user_ids: list[str]) -> dict[str, str]:
        """One fresh reply token per user, for webhook bodies built outside the emulator."""
        return self._call("POST", "reply_tokens", {"userIds": user_ids})["tokens"]

    def reset(self) -> None:
        self._call("POST", "reset", {})

    def health(self) -> dict[str, Any]:
        return self._call("GET", "health")

    # -- what happened ---------------------------------------------------------------------------------

    def calls(self, path_prefix: str | None = None) -> list[dict[str, Any]]:
        params = {"path_prefix": path_prefix} if path_prefix else {}
        return self._call("GET", "calls", **params)["calls"]

    def count_calls(self, path_prefix: str | None = None, status: int | None = None) -> int:
        params: dict[str, Any] = {"path_prefix": path_prefix} if path_prefix else {}
        if status is not None:
            params["status"] = status
        return self._call("GET", "calls/count", **params)["count"]

    def clear_calls(self) -> None:
        self._call("DELETE", "calls")

    def messages_to(self, user_id: str, include_undelivered: bool = False) -> list[dict[str, Any]]:
        params = {"to": user_id, **({"all": "1"} if include_undelivered else {})}
        return self._call("GET", "messages", **params)["messages"]

    def wait_for_messages(self, user_id: str, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Poll until at least `count` messages were delivered to the user; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            messages = self.messages_to(user_id)
            if len(messages) >= count:
                return messages
            if time.monotonic() >= deadline:
                texts = [m["message"].get("text") or m["message"].get("type") for m in messages]
                raise TimeoutError(f"{len(messages)} of {count} messages arrived for {user_id} in {timeout} s: {texts}")
            time.sleep(0.02)
