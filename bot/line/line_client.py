"""The one module that calls the LINE Messaging API (through line-bot-sdk v3)."""

from __future__ import annotations

import json
import time
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

from bot.web.metrics import endpoint_label, observe_line_call
from config import Settings

TRANSPORT_FAILURE = 0  # no HTTP status: timeout, refused connection, reset


@dataclass(frozen=True)
class SendResult:
    status: int
    request_id: str | None = None
    error: str | None = None
    # No answer although the request may have reached LINE (a read timeout, a reset): LINE may have
    # acted on it. False when the connection was never made, or when LINE answered.
    unanswered: bool = False

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class ContentUnavailable(Exception):
    """LINE no longer has the content (404/410) or could not be reached."""


class LineApiError(Exception):
    """A Messaging API call that did not succeed; `result` says how (status 0: no answer)."""

    def __init__(self, what: str, result: SendResult) -> None:
        request = f", request id {result.request_id}" if result.request_id else ""
        answer = f"LINE answered {result.status}" if result.status else "LINE did not answer"
        super().__init__(f"{what}: {answer}{request}: {result.error or ''}".rstrip(": "))
        self.result = result


def _may_have_been_sent(error: BaseException) -> bool:
    """False only when the connection was never made, so LINE cannot have seen the request."""
    if isinstance(error, urllib3.exceptions.MaxRetryError) and error.reason is not None:
        error = error.reason
    return not isinstance(error, urllib3.exceptions.ConnectTimeoutError | ConnectionRefusedError)


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
        return self._call(call, *args, **kwargs)[0]

    def _call(self, call: Any, *args: Any, **kwargs: Any) -> tuple[SendResult, Any]:
        """Make one SDK call, timed for /metrics; the result, and the response when there is one."""
        started = time.perf_counter()
        result, response = self._answer(call, *args, **kwargs)
        name = endpoint_label(args[0]) if call == self._api_client.call_api else call.__name__
        observe_line_call(name, result.status, time.perf_counter() - started)
        return result, response

    def _answer(self, call: Any, *args: Any, **kwargs: Any) -> tuple[SendResult, Any]:
        try:
            response = call(*args, _request_timeout=self._timeout, **kwargs)
        except ApiException as error:
            return SendResult(
                error.status or TRANSPORT_FAILURE, _header(error.headers, "x-line-request-id"), _error_text(error)
            ), None
        except (urllib3.exceptions.HTTPError, OSError) as error:
            return SendResult(
                TRANSPORT_FAILURE, None, type(error).__name__, unanswered=_may_have_been_sent(error)
            ), None
        return SendResult(response.status_code, _header(response.headers, "x-line-request-id")), response

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

    def token_accepted(self) -> SendResult:
        """Whether LINE accepts the access token: GET /v2/bot/info answers 200, or 401 when not."""
        return self._json_call("GET", "/v2/bot/info")[0]

    def show_loading(self, user_id: str, seconds: int = 5) -> SendResult:
        request = ShowLoadingAnimationRequest(chatId=user_id, loadingSeconds=seconds)
        return self._send(self._api.show_loading_animation_with_http_info, request)

    def message_content(self, message_id: str) -> tuple[bytes, str]:
        result, response = self._call(self._blob.get_message_content_with_http_info, message_id)
        if response is None:
            raise ContentUnavailable(f"LINE answered {result.status}" if result.status else str(result.error))
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

    # -- rich menus ------------------------------------------------------------------------------
    # Raw JSON, not the SDK's models: they count code points where LINE counts graphemes, and refuse
    # a valid Thai chatBarText of 14 graphemes.

    def _json_call(self, method: str, path: str, body: Any = None, expect_body: bool = False) -> tuple[SendResult, Any]:
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        result, response = self._call(
            self._api_client.call_api,
            path,
            method,
            header_params=headers,
            body=body,
            response_types_map={},
            auth_settings=["Bearer"],
        )
        if response is None:
            return result, None
        if not expect_body:
            return result, None
        try:
            return result, json.loads(response.raw_data or b"{}")
        except ValueError:
            return SendResult(result.status, result.request_id, "the answer is not JSON"), None

    def _checked(self, what: str, method: str, path: str, body: Any = None) -> Any:
        result, parsed = self._json_call(method, path, body, expect_body=True)
        if not result.ok or parsed is None:
            raise LineApiError(what, result if not result.ok else SendResult(0, result.request_id, result.error))
        return parsed

    def list_rich_menus(self) -> dict[str, str]:
        """Every rich menu of the channel: id -> name."""
        found = self._checked("list rich menus", "GET", "/v2/bot/richmenu/list")
        return {menu["richMenuId"]: menu.get("name", "") for menu in found.get("richmenus", [])}

    def create_rich_menu(self, definition: dict[str, Any]) -> str:
        return str(self._checked("create rich menu", "POST", "/v2/bot/richmenu", definition)["richMenuId"])

    def upload_rich_menu_image(self, rich_menu_id: str, image: bytes, content_type: str) -> None:
        # The image goes to the data host, and the SDK needs the Content-Type set by hand.
        result = self._send(
            self._blob.set_rich_menu_image_with_http_info,
            rich_menu_id,
            image,
            _headers={"Content-Type": content_type},
        )
        if not result.ok:
            raise LineApiError(f"upload the image of rich menu {rich_menu_id}", result)

    def delete_rich_menu(self, rich_menu_id: str) -> None:
        self._checked(f"delete rich menu {rich_menu_id}", "DELETE", f"/v2/bot/richmenu/{rich_menu_id}")

    def default_rich_menu(self) -> str | None:
        result, parsed = self._json_call("GET", "/v2/bot/user/all/richmenu", expect_body=True)
        if result.status == 404:
            return None
        if not result.ok or parsed is None:
            raise LineApiError("read the default rich menu", result)
        return parsed.get("richMenuId")

    def set_default_rich_menu(self, rich_menu_id: str) -> None:
        self._checked(f"make {rich_menu_id} the default rich menu", "POST", f"/v2/bot/user/all/richmenu/{rich_menu_id}")

    def bulk_link_rich_menu(self, rich_menu_id: str, user_ids: list[str]) -> None:
        """Link up to 500 users to a menu (LINE applies it asynchronously)."""
        body = {"richMenuId": rich_menu_id, "userIds": user_ids}
        self._checked(f"link {len(user_ids)} user(s) to {rich_menu_id}", "POST", "/v2/bot/richmenu/bulk/link", body)

    def link_rich_menu(self, user_id: str, rich_menu_id: str) -> SendResult:
        return self._json_call("POST", f"/v2/bot/user/{user_id}/richmenu/{rich_menu_id}")[0]

    def unlink_rich_menu(self, user_id: str) -> SendResult:
        return self._json_call("DELETE", f"/v2/bot/user/{user_id}/richmenu")[0]

    def message_quota(self) -> tuple[int | None, int]:
        """This month's (limit, used) of paid messages (push, multicast: one per recipient); limit None
        when the plan has none. Raises LineApiError when LINE does not tell."""
        quota = self._checked("read the message quota", "GET", "/v2/bot/message/quota")
        used = self._checked("read the message consumption", "GET", "/v2/bot/message/quota/consumption")
        limit = quota.get("value") if quota.get("type") == "limited" else None
        return (int(limit) if limit is not None else None), int(used.get("totalUsage") or 0)

    def remaining_quota(self) -> int | None:
        """Messages left this month, or None when the plan has no limit."""
        limit, used = self.message_quota()
        return None if limit is None else max(limit - used, 0)
