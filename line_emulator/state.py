"""The emulated platform's memory: users, reply tokens, retry keys, quota, deliveries, calls, failures,
content and rich menus. Every method is thread-safe (one re-entrant lock, held only for dict work)."""

from __future__ import annotations

import itertools
import secrets
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import requests

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RETRY_KEY_ACCEPTED = "The retry key is already accepted"
MONTHLY_LIMIT = "You have reached your monthly limit."
INVALID_REPLY_TOKEN = "Invalid reply token"
USER_LOG_LIMIT = 1000  # events kept per user for the simulator's chat history


@dataclass
class InjectedFailure:
    """The next `remaining` Messaging-API calls under `path_prefix` wait `delay` seconds, then answer
    `status` with `body`; `status` None means they answer normally after the delay (a slow LINE)."""

    remaining: int
    status: int | None
    delay: float = 0.0
    path_prefix: str | None = None
    body: Any = None


@dataclass
class Profile:
    user_id: str
    display_name: str
    language: str = "th"
    picture_url: str | None = None
    blocked: bool = False

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"userId": self.user_id, "displayName": self.display_name}
        if self.picture_url:
            body["pictureUrl"] = self.picture_url
        body["language"] = self.language
        return body


@dataclass
class RichMenu:
    menu_id: str
    definition: dict[str, Any]
    image: bytes | None = None
    image_type: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"richMenuId": self.menu_id, **self.definition}


@dataclass
class RichMenus:
    menus: dict[str, RichMenu] = field(default_factory=dict)
    user_links: dict[str, str] = field(default_factory=dict)
    default_menu: str | None = None
    aliases: dict[str, str] = field(default_factory=dict)
    creations: deque[float] = field(default_factory=deque)
    deletions: deque[float] = field(default_factory=deque)


def _ulid_text(value: int) -> str:
    return "".join(CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


class PlatformState:
    def __init__(
        self,
        channel_secret: str,
        access_token: str | None = None,
        webhook_url: str | None = None,
        reply_token_ttl: float = 60.0,
        *,
        retry_key_ttl: float = 24 * 3600.0,
        webhook_timeout: float = 10.0,
        history_limit: int = 100_000,
        webhook_session: requests.Session | None = None,
    ) -> None:
        # configuration (survives reset)
        self.channel_secret = channel_secret
        self.access_token = access_token
        self.webhook_url = webhook_url
        self.reply_token_ttl = reply_token_ttl
        self.retry_key_ttl = retry_key_ttl
        self.webhook_timeout = webhook_timeout
        self.history_limit = history_limit
        # Webhooks go through this session when given (tests hand one that calls the bot in-process).
        self.webhook_session = webhook_session
        self.bot_user_id = "U" + secrets.token_hex(16)  # the webhook `destination`
        # machinery
        self.lock = threading.RLock()
        self.stopping = threading.Event()  # set on stop: wakes requests sleeping on an injected delay
        self._sequence = itertools.count(1)
        self._message_ids = itertools.count(500_000_000_000_000_000 + secrets.randbelow(10**17))
        self._last_timestamp = 0
        self._last_ulid = 0
        self.calls_recorded = 0  # calls ever recorded, across resets: the simulator's cursor into `calls`
        self._clear()

    def _clear(self) -> None:
        self.users: dict[str, Profile] = {}
        self.reply_tokens: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self.retry_keys: OrderedDict[str, tuple[float, list[dict[str, str]]]] = OrderedDict()
        self.quota_limit: int | None = None
        self.quota_used = 0
        self.deliveries: deque[dict[str, Any]] = deque(maxlen=self.history_limit)
        self.deliveries_by_user: dict[str, deque[dict[str, Any]]] = {}
        self.calls: deque[dict[str, Any]] = deque(maxlen=self.history_limit)
        self.failures: list[InjectedFailure] = []
        self.contents: dict[str, tuple[bytes, str]] = {}
        self.expired_contents: set[str] = set()
        self.sent_events: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.rich_menus = RichMenus()
        self.user_events: dict[str, deque[dict[str, Any]]] = {}  # what each user sent, for the simulator

    def reset(self) -> None:
        """Forget everything but the configuration (ids and timestamps keep increasing)."""
        with self.lock:
            self._clear()

    # -- identifiers -----------------------------------------------------------------------------------

    def next_seq(self) -> int:
        return next(self._sequence)

    def new_message_id(self) -> str:
        return str(next(self._message_ids))

    def next_timestamp(self) -> int:
        """Milliseconds since the epoch, strictly increasing across all events of this emulator."""
        with self.lock:
            self._last_timestamp = max(self._last_timestamp + 1, int(time.time() * 1000))
            return self._last_timestamp

    def new_event_id(self) -> str:
        """A 26-character ULID (48-bit ms time + 80 random bits), monotonic so never repeated."""
        with self.lock:
            candidate = (int(time.time() * 1000) << 80) | secrets.randbits(80)
            self._last_ulid = max(candidate, self._last_ulid + 1)
            return _ulid_text(self._last_ulid)

    # -- users -----------------------------------------------------------------------------------------

    def authorized(self, token: str) -> bool:
        return bool(token) and (not self.access_token or secrets.compare_digest(token, self.access_token))

    def profile(self, user_id: str) -> Profile:
        """The user's profile, registered with a default name and language "th" on first sight."""
        with self.lock:
            profile = self.users.get(user_id)
            if profile is None:
                profile = self.users[user_id] = Profile(user_id, f"ผู้ใช้ {user_id[-4:]}")
            return profile

    def known_profile(self, user_id: str) -> Profile | None:
        with self.lock:
            return self.users.get(user_id)

    def add_user(self, user_id: str, display_name: str, language: str = "th", picture_url: str | None = None) -> None:
        with self.lock:
            profile = self.profile(user_id)
            profile.display_name, profile.language, profile.picture_url = display_name, language, picture_url

    def set_blocked(self, user_id: str, blocked: bool) -> bool:
        """Mark the user as having blocked (unfollowed) or followed the bot; returns the previous state."""
        with self.lock:
            profile = self.profile(user_id)
            previous, profile.blocked = profile.blocked, blocked
            return previous

    # -- reply tokens ----------------------------------------------------------------------------------

    def issue_reply_token(self, user_id: str) -> str:
        """A fresh single-use reply token for a webhook event of `user_id`."""
        token = secrets.token_hex(16)
        now = time.monotonic()
        with self.lock:
            while self.reply_tokens:  # drop expired tokens, oldest first
                oldest = next(iter(self.reply_tokens.values()))
                if now - oldest[1] <= self.reply_token_ttl:
                    break
                self.reply_tokens.popitem(last=False)
            self.reply_tokens[token] = (user_id, now)
        return token

    def reply_token_owner(self, token: str) -> str | None:
        """The user a reply token was issued for (used or not, while remembered), without spending it."""
        with self.lock:
            issued = self.reply_tokens.get(token)
        return issued[0] if issued else None

    def take_reply_token(self, token: str) -> str | None:
        """The user the token was issued for if it is unused and unexpired; using it spends it."""
        with self.lock:
            issued = self.reply_tokens.pop(token, None)
        if issued is None or time.monotonic() - issued[1] > self.reply_token_ttl:
            return None
        return issued[0]

    # -- failure injection -----------------------------------------------------------------------------

    def add_failure(self, failure: InjectedFailure) -> None:
        with self.lock:
            self.failures.append(failure)

    def take_failure(self, path: str) -> InjectedFailure | None:
        """The first queued failure matching `path`, with one use spent."""
        if not self.failures:  # cheap check without the lock on the hot path
            return None
        with self.lock:
            for failure in self.failures:
                if failure.path_prefix is None or path.startswith(failure.path_prefix):
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        self.failures.remove(failure)
                    return failure
        return None

    # -- sending ---------------------------------------------------------------------------------------

    def reply(self, token: str, messages: list[dict[str, Any]], request_id: str, **flags: Any) -> tuple[int, dict]:
        user_id = self.take_reply_token(token)
        if user_id is None:
            return 400, {"message": INVALID_REPLY_TOKEN}
        with self.lock:
            sent = self._deliver(user_id, messages, "reply", request_id, flags)
        return 200, {"sentMessages": sent}

    def send(
        self,
        via: str,
        recipients: list[str],
        messages: list[dict[str, Any]],
        request_id: str,
        retry_key: str | None,
        **flags: Any,
    ) -> tuple[int, dict]:
        """A push or multicast, atomically: retry-key check, quota charge, delivery, key memory."""
        now = time.monotonic()
        with self.lock:
            while self.retry_keys:  # LINE remembers accepted keys for 24 hours
                if now - next(iter(self.retry_keys.values()))[0] <= self.retry_key_ttl:
                    break
                self.retry_keys.popitem(last=False)
            if retry_key is not None and retry_key in self.retry_keys:
                body: dict[str, Any] = {"message": RETRY_KEY_ACCEPTED}
                if self.retry_keys[retry_key][1]:
                    body["sentMessages"] = self.retry_keys[retry_key][1]
                return 409, body
            if self.quota_limit is not None and self.quota_used + len(recipients) > self.quota_limit:
                return 429, {"message": MONTHLY_LIMIT}
            self.quota_used += len(recipients)
            sent: list[dict[str, str]] = []
            for user_id in recipients:
                sent = self._deliver(user_id, messages, via, request_id, flags)
            if via == "multicast":
                sent = []
            if retry_key is not None:
                self.retry_keys[retry_key] = (now, sent)
        return 200, ({"sentMessages": sent} if via != "multicast" else {})

    def _deliver(
        self, user_id: str, messages: list[dict[str, Any]], via: str, request_id: str, flags: dict[str, Any]
    ) -> list[dict[str, str]]:
        """Record the messages for the user (as undelivered when the user blocked the bot); lock held."""
        profile = self.users.get(user_id)
        delivered = not (profile is not None and profile.blocked)
        mine = self.deliveries_by_user.get(user_id)
        if mine is None:
            mine = self.deliveries_by_user[user_id] = deque(maxlen=self.history_limit)
        sent = []
        now = time.time()
        for message in messages:
            message_id = self.new_message_id()
            quote_token = secrets.token_urlsafe(24)
            sent.append({"id": message_id, "quoteToken": quote_token})
            record = {
                "seq": self.next_seq(),
                "time": now,
                "to": user_id,
                "via": via,
                "request_id": request_id,
                "id": message_id,
                "quoteToken": quote_token,
                "delivered": delivered,
                "notificationDisabled": bool(flags.get("notificationDisabled", False)),
                "message": message,
            }
            mine.append(record)
            self.deliveries.append(record)
        return sent

    def messages_to(self, user_id: str | None, include_undelivered: bool = False) -> list[dict[str, Any]]:
        with self.lock:
            records = list(self.deliveries if user_id is None else self.deliveries_by_user.get(user_id, ()))
        return [record for record in records if include_undelivered or record["delivered"]]

    def set_quota(self, limit: int | None, used: int = 0) -> None:
        with self.lock:
            self.quota_limit, self.quota_used = limit, used

    # -- calls -----------------------------------------------------------------------------------------

    def record_call(self, call: dict[str, Any]) -> None:
        with self.lock:
            self.calls.append(call)
            self.calls_recorded += 1

    def calls_after(self, recorded: int) -> tuple[list[dict[str, Any]], int]:
        """Calls recorded after the first `recorded` ones (in the order they finished), and the new total."""
        with self.lock:
            fresh = min(self.calls_recorded - recorded, len(self.calls))
            return (list(self.calls)[len(self.calls) - fresh :] if fresh > 0 else []), self.calls_recorded

    def recorded_calls(self, path_prefix: str | None = None) -> list[dict[str, Any]]:
        """Calls in arrival order (seq), those still in progress excluded."""
        with self.lock:
            calls = [call for call in self.calls if not path_prefix or call["path"].startswith(path_prefix)]
        calls.sort(key=lambda call: call["seq"])
        return calls

    def count_calls(self, path_prefix: str | None = None, status: int | None = None) -> int:
        """How many calls recorded_calls would list (with this answer status, if given), without
        copying them: cheap enough to poll while thousands are being recorded."""
        with self.lock:
            return sum(
                1
                for call in self.calls
                if (not path_prefix or call["path"].startswith(path_prefix))
                and (status is None or call["status"] == status)
            )

    def clear_calls(self) -> None:
        with self.lock:
            self.calls.clear()

    # -- content and events ----------------------------------------------------------------------------

    def store_content(self, message_id: str, content: bytes, content_type: str) -> None:
        with self.lock:
            self.contents[message_id] = (content, content_type)

    def content(self, message_id: str) -> tuple[bytes, str] | int:
        """(bytes, content type), or the status LINE answers: 404 unknown, 410 gone."""
        with self.lock:
            if message_id in self.expired_contents:
                return 410
            return self.contents.get(message_id, 404)

    def expire_content(self, message_id: str) -> bool:
        with self.lock:
            if message_id not in self.contents:
                return False
            self.expired_contents.add(message_id)
            return True

    def remember_events(self, events: list[dict[str, Any]], display_texts: dict[str, str] | None = None) -> None:
        """Keep events for redelivery, and in each user's own log (with the text a tap showed in the chat)."""
        with self.lock:
            for event in events:
                if isinstance(event, dict) and isinstance(event.get("webhookEventId"), str):
                    self.sent_events[event["webhookEventId"]] = event
                    user_id = (event.get("source") or {}).get("userId")
                    if isinstance(user_id, str):
                        mine = self.user_events.setdefault(user_id, deque(maxlen=USER_LOG_LIMIT))
                        shown = (display_texts or {}).get(event["webhookEventId"])
                        mine.append({"seq": self.next_seq(), "event": event, "displayText": shown})
            while len(self.sent_events) > self.history_limit:
                self.sent_events.popitem(last=False)

    def events_from(self, user_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.user_events.get(user_id, ()))

    def sent_event(self, event_id: str) -> dict[str, Any] | None:
        with self.lock:
            return self.sent_events.get(event_id)
