"""The one module that calls the LINE Messaging API (through line-bot-sdk v3)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import urllib3
from linebot.v3.messaging import (
    ApiClient,
    ApiException,
    Configuration,
    MessagingApi,
    MessagingApiBlob,
    ShowLoadingAnimationRequest,
)

from config import Settings

TRANSPORT_FAILURE = 0  # no HTTP status: timeout, refused connection, reset


@dataclass(frozen=True)
class SendResult:
    status: int
    request_id: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class ContentUnavailable(Exception):
    """LINE no longer has the content (404/410) or could not be reached."""


def _configuration(host: str, token: str) -> Configuration:
    configuration = Configuration(host=host, access_token=token)
    # Retries belong to the outbox (with retry keys), not to urllib3.
    configuration.retries = False
    return configuration


def _error_text(error: ApiException) -> str:
    body = error.body
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    try:
        parsed = json.loads(body or "")
    except ValueError:
        return (body or str(error.reason or ""))[:500]
    message = parsed.get("message", "") if isinstance(parsed, dict) else ""
    details = parsed.get("details") if isinstance(parsed, dict) else None
    return (f"{message} {json.dumps(details, ensure_ascii=False)}" if details else message)[:500]


def _header(headers: Any, name: str) -> str | None:
    if not headers:
        return None
    for key, value in dict(headers).items():
        if key.lower() == name:
            return value
    return None


class LineClient:
    def __init__(self, settings: Settings) -> None:
        token = settings.line_channel_access_token or ""
        self._timeout = (settings.line_connect_timeout_seconds, settings.line_read_timeout_seconds)
        self._api_client = ApiClient(_configuration(settings.line_api_base_url, token))
        self._data_client = ApiClient(_configuration(settings.line_data_api_base_url, token))
        self._api = MessagingApi(self._api_client)
        self._blob = MessagingApiBlob(self._data_client)

    def close(self) -> None:
        self._api_client.close()
        self._data_client.close()

    def _send(self, call: Any, *args: Any, **kwargs: Any) -> SendResult:
        try:
            response = call(*args, _request_timeout=self._timeout, **kwargs)
        except ApiException as error:
            return SendResult(
                error.status or TRANSPORT_FAILURE, _header(error.headers, "x-line-request-id"), _error_text(error)
            )
        except (urllib3.exceptions.HTTPError, OSError) as error:
            return SendResult(TRANSPORT_FAILURE, None, type(error).__name__)
        return SendResult(response.status_code, _header(response.headers, "x-line-request-id"))

    def _post_messages(self, path: str, body: dict[str, Any], retry_key: str | None = None) -> SendResult:
        """Send already-rendered message JSON. The SDK's typed request models would re-validate what
        the renderer built within LINE's limits, at a CPU cost larger than the rest of delivery."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if retry_key:
            headers["X-Line-Retry-Key"] = retry_key
        return self._send(
            self._api_client.call_api,
            path,
            "POST",
            header_params=headers,
            body=body,
            response_types_map={},
            auth_settings=["Bearer"],
        )

    def reply(self, reply_token: str, messages: list[dict[str, Any]]) -> SendResult:
        return self._post_messages("/v2/bot/message/reply", {"replyToken": reply_token, "messages": messages})

    def push(self, to: str, messages: list[dict[str, Any]], retry_key: str) -> SendResult:
        return self._post_messages("/v2/bot/message/push", {"to": to, "messages": messages}, retry_key)

    def multicast(self, to: list[str], messages: list[dict[str, Any]], retry_key: str) -> SendResult:
        return self._post_messages("/v2/bot/message/multicast", {"to": to, "messages": messages}, retry_key)

    def show_loading(self, user_id: str, seconds: int = 5) -> SendResult:
        request = ShowLoadingAnimationRequest(chatId=user_id, loadingSeconds=seconds)
        return self._send(self._api.show_loading_animation_with_http_info, request)

    def message_content(self, message_id: str) -> tuple[bytes, str]:
        try:
            response = self._blob.get_message_content_with_http_info(message_id, _request_timeout=self._timeout)
        except ApiException as error:
            raise ContentUnavailable(f"LINE answered {error.status}") from error
        except (urllib3.exceptions.HTTPError, OSError) as error:
            raise ContentUnavailable(type(error).__name__) from error
        content_type = _header(response.headers, "content-type") or "application/octet-stream"
        return bytes(response.data), content_type

    def _profile(self, user_id: str) -> Any:
        """The user's LINE profile, or None when LINE cannot tell (blocked, unknown, unreachable)."""
        try:
            return self._api.get_profile(user_id, _request_timeout=self._timeout)
        except (ApiException, urllib3.exceptions.HTTPError, OSError):
            return None

    def profile_language(self, user_id: str) -> str | None:
        profile = self._profile(user_id)
        return profile.language if profile else None

    def display_name(self, user_id: str) -> str | None:
        profile = self._profile(user_id)
        return profile.display_name if profile else None

    def remaining_quota(self) -> int | None:
        """Messages left this month, or None when the plan has no limit."""
        quota = self._api.get_message_quota(_request_timeout=self._timeout)
        if quota.type != "limited" or quota.value is None:
            return None
        used = self._api.get_message_quota_consumption(_request_timeout=self._timeout).total_usage
        return max(quota.value - used, 0)
