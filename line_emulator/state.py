"""The emulated platform's memory: users, reply tokens, retry keys, deliveries, calls, failures."""

from __future__ import annotations

import itertools
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any


@dataclass
class InjectedFailure:
    remaining: int
    status: int
    delay: float
    path_prefix: str | None
    body: dict[str, Any] | None


@dataclass
class Profile:
    user_id: str
    display_name: str
    language: str = "th"
    blocked: bool = False


@dataclass
class RichMenu:
    menu_id: str
    definition: dict[str, Any]
    image: bytes | None = None
    image_type: str | None = None


@dataclass
class PlatformState:
    channel_secret: str
    access_token: str | None
    webhook_url: str | None
    reply_token_ttl: float = 60.0
    lock: threading.RLock = field(default_factory=threading.RLock)
    users: dict[str, Profile] = field(default_factory=dict)
    reply_tokens: dict[str, tuple[str, float]] = field(default_factory=dict)
    retry_keys: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    deliveries: list[dict[str, Any]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)
    failures: list[InjectedFailure] = field(default_factory=list)
    contents: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    expired_contents: set[str] = field(default_factory=set)
    sent_events: dict[str, dict[str, Any]] = field(default_factory=dict)
    quota_limit: int | None = None
    quota_used: int = 0
    rich_menus: dict[str, RichMenu] = field(default_factory=dict)
    user_menus: dict[str, str] = field(default_factory=dict)
    default_menu: str | None = None
    aliases: dict[str, str] = field(default_factory=dict)
    menu_creations: list[float] = field(default_factory=list)
    _sequence: itertools.count = field(default_factory=lambda: itertools.count(1))
    _last_timestamp: int = 0

    def next_seq(self) -> int:
        return next(self._sequence)

    def next_timestamp(self) -> int:
        with self.lock:
            self._last_timestamp = max(self._last_timestamp + 1, int(time.time() * 1000))
            return self._last_timestamp

    def profile(self, user_id: str) -> Profile:
        with self.lock:
            if user_id not in self.users:
                self.users[user_id] = Profile(user_id, f"ผู้ใช้ {user_id[-4:]}")
            return self.users[user_id]

    def issue_reply_token(self, user_id: str) -> str:
        token = secrets.token_hex(16)
        with self.lock:
            self.reply_tokens[token] = (user_id, time.monotonic())
        return token

    def take_reply_token(self, token: str) -> str | None:
        """The user a token was issued for, if it is unused and unexpired; it is used up either way."""
        with self.lock:
            issued = self.reply_tokens.pop(token, None)
        if issued is None:
            return None
        user_id, issued_at = issued
        if time.monotonic() - issued_at > self.reply_token_ttl:
            return None
        return user_id

    def take_failure(self, path: str) -> InjectedFailure | None:
        with self.lock:
            for failure in self.failures:
                if failure.remaining > 0 and (failure.path_prefix is None or path.startswith(failure.path_prefix)):
                    failure.remaining -= 1
                    return failure
            self.failures = [failure for failure in self.failures if failure.remaining > 0]
        return None

    def deliver(self, user_id: str, messages: list[dict[str, Any]], via: str, request_id: str) -> list[dict[str, str]]:
        sent = []
        with self.lock:
            blocked = self.profile(user_id).blocked
            for message in messages:
                message_id = str(uuid.uuid4().int)[:18]
                sent.append({"id": message_id, "quoteToken": secrets.token_hex(8)})
                self.deliveries.append(
                    {
                        "to": user_id,
                        "via": via,
                        "request_id": request_id,
                        "message": message,
                        "id": message_id,
                        "delivered": not blocked,
                        "time": time.time(),
                    }
                )
        return sent

    def reset(self) -> None:
        with self.lock:
            self.users.clear()
            self.reply_tokens.clear()
            self.retry_keys.clear()
            self.deliveries.clear()
            self.calls.clear()
            self.failures.clear()
            self.contents.clear()
            self.expired_contents.clear()
            self.sent_events.clear()
            self.quota_limit, self.quota_used = None, 0
            self.rich_menus.clear()
            self.user_menus.clear()
            self.aliases.clear()
            self.default_menu = None
            self.menu_creations.clear()
