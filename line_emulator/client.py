"""Talking to a running emulator: act as LINE users, inject failures, read what the bot sent."""

from __future__ import annotations

import base64
import time
from typing import Any

import requests


class EmulatorClient:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = requests.Session()

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self._http.post(f"{self.base_url}/_emulator/{path}", json=body, timeout=60)
        response.raise_for_status()
        return response.json()

    def _get(self, path: str, **params: Any) -> dict[str, Any]:
        response = self._http.get(f"{self.base_url}/_emulator/{path}", params=params, timeout=30)
        response.raise_for_status()
        return response.json()

    # -- acting as users ------------------------------------------------------------------------------

    def send(self, user_id: str, kind: str, **fields: Any) -> dict[str, Any]:
        return self._post("webhook", {"userId": user_id, "type": kind, **fields})

    def send_text(self, user_id: str, text: str) -> dict[str, Any]:
        return self.send(user_id, "text", text=text)

    def send_postback(self, user_id: str, data: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        return self.send(user_id, "postback", data=data, params=params)

    def send_location(
        self, user_id: str, latitude: float, longitude: float, title: str | None = None, address: str | None = None
    ) -> dict[str, Any]:
        return self.send(user_id, "location", latitude=latitude, longitude=longitude, title=title, address=address)

    def send_image(self, user_id: str, content: bytes, content_type: str = "image/jpeg") -> dict[str, Any]:
        encoded = base64.b64encode(content).decode()
        return self.send(user_id, "image", content_base64=encoded, content_type=content_type)

    def send_sticker(self, user_id: str, package_id: str = "446", sticker_id: str = "1988") -> dict[str, Any]:
        return self.send(user_id, "sticker", packageId=package_id, stickerId=sticker_id)

    def follow(self, user_id: str, is_unblocked: bool = False) -> dict[str, Any]:
        return self.send(user_id, "follow", isUnblocked=is_unblocked)

    def unfollow(self, user_id: str) -> dict[str, Any]:
        return self.send(user_id, "unfollow")

    def send_events(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        """Several events in one webhook POST: short specs ({"userId", "type", ...}) or full events."""
        return self._post("webhook", {"events": events})

    def redeliver(self, event: dict[str, Any]) -> dict[str, Any]:
        return self._post("webhook", {"redeliver": event})

    def send_raw(self, body: str) -> dict[str, Any]:
        return self._post("webhook", {"raw": body})

    # -- platform behaviour ---------------------------------------------------------------------------

    def fail_next(self, count: int, status: int = 500, delay: float = 0.0, path_prefix: str | None = None) -> None:
        self._post("fail", {"count": count, "status": status, "delay": delay, "path_prefix": path_prefix})

    def set_quota(self, limit: int | None, used: int = 0) -> None:
        self._post("quota", {"limit": limit, "used": used})

    def add_user(self, user_id: str, display_name: str, language: str = "th") -> None:
        self._post("users", {"userId": user_id, "displayName": display_name, "language": language})

    def configure(self, **settings: Any) -> None:
        self._post("config", settings)

    def reset(self) -> None:
        self._post("reset", {})

    # -- what happened --------------------------------------------------------------------------------

    def calls(self, path_prefix: str | None = None) -> list[dict[str, Any]]:
        params = {"path_prefix": path_prefix} if path_prefix else {}
        return self._get("calls", **params)["calls"]

    def clear_calls(self) -> None:
        self._http.delete(f"{self.base_url}/_emulator/calls", timeout=30).raise_for_status()

    def messages_to(self, user_id: str) -> list[dict[str, Any]]:
        return self._get("messages", to=user_id)["messages"]

    def wait_for_messages(self, user_id: str, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while True:
            messages = self.messages_to(user_id)
            if len(messages) >= count:
                return messages
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(messages)} of {count} messages arrived for {user_id}: {messages}")
            time.sleep(0.02)
