"""LINE-shaped error answers, and reading request bodies the way LINE refuses them."""

from __future__ import annotations

import json
from typing import Any

from flask import g, request

AUTHENTICATION_FAILED = "Authentication failed. Confirm that the access token in the authorization header is valid."
NOT_FOUND = "Not found"
MAX_JSON_BODY = 2 * 1024 * 1024  # LINE refuses request bodies over 2 MB with 413


class LineError(Exception):
    """Raised in a view: the app answers `status` with `body` (always with an x-line-request-id)."""

    def __init__(self, status: int, message: str, details: list[dict[str, str]] | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body: dict[str, Any] = {"message": message}
        if details:
            self.body["details"] = details
        self.body.update(extra)


def invalid(problems: list[dict[str, str]]) -> LineError:
    """A 400 listing every problem, as LINE does: "The request body has N error(s)"."""
    return LineError(400, f"The request body has {len(problems)} error(s)", problems)


def read_body(limit: int) -> bytes:
    if (request.content_length or 0) > limit:
        raise LineError(413, "Request Entity Too Large")
    data = request.get_data(cache=True)
    if len(data) > limit:
        raise LineError(413, "Request Entity Too Large")
    return data


def read_json(limit: int = MAX_JSON_BODY) -> dict[str, Any]:
    """The request's JSON object; 413 when too large, 400 when not a JSON object."""
    data = read_body(limit)
    try:
        body = json.loads(data)
    except ValueError:
        raise LineError(400, "The request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise LineError(400, "The request body must be a JSON object")
    g.json_body = body  # for the call record, without parsing twice
    return body
