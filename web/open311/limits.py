"""Requests per window from one partner key or one address (OPEN311_RATE_LIMIT): a fixed window
counted in this process. Several web processes each keep their own count, so the limit a client
meets is at most the setting times the number of processes — enough to stop a scraper or a runaway
partner script, not an exact quota."""

from __future__ import annotations

import threading
from datetime import datetime


class WindowLimiter:
    def __init__(self, limit: int, window_seconds: float, max_clients: int = 100_000) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self.max_clients = max_clients
        self._counts: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str, now: datetime) -> bool:
        """Count one request from `client`; False once it is over the limit in the current window."""
        moment = now.timestamp()
        window = moment - moment % self.window_seconds
        with self._lock:
            started, count = self._counts.get(client, (window, 0))
            if started != window:
                started, count = window, 0
            if len(self._counts) >= self.max_clients and client not in self._counts:
                self._counts = {key: value for key, value in self._counts.items() if value[0] == window}
            self._counts[client] = (started, count + 1)
            return count + 1 <= self.limit
