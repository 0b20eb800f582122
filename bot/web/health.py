"""GET /healthz (liveness: the process answers) and GET /readyz (readiness: this instance can do its
work). Readiness is JSON with one entry per check and 503 when any fails:

- database: a fresh connection answers within `readiness_timeout_seconds`;
- schema: the database is at the migrations' head (`flask --app app db upgrade` otherwise);
- workers: at least one worker process (or the in-process runtime of `python app.py`) wrote its
  heartbeat within `heartbeat_stale_seconds`;
- line: LINE accepts the access token (asked at most every `line_token_check_seconds`; LINE not
  answering is reported but does not fail readiness: webhooks are still stored and wait for it).
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from flask import Blueprint, Response, current_app, jsonify
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from config import Settings
from models.base import utcnow
from models.db import make_probe_engine
from models.operations import heartbeats
from models.schema import head_revision

blueprint = Blueprint("health", __name__)
# A failed token check is asked again sooner than a good one.
LINE_RETRY_SECONDS = 30.0


@blueprint.get("/healthz")
def healthz() -> Response:
    return jsonify(status="ok")


@blueprint.get("/readyz")
def readyz() -> tuple[Response, int]:
    checks = current_app.extensions["bot_readiness"].check()
    ready = all(check["ok"] for check in checks.values())
    return jsonify(status="ready" if ready else "not ready", checks=checks), 200 if ready else 503


@dataclass
class _TokenCheck:
    checked: float = 0.0
    valid_for: float = 0.0
    result: dict[str, Any] = field(default_factory=dict)


class Readiness:
    def __init__(self, settings: Settings, clock: Any = utcnow) -> None:
        self.settings = settings
        self.clock = clock
        self._probe: Engine = make_probe_engine(settings.database_url, settings.readiness_timeout_seconds)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="readyz")
        self._head = head_revision()
        self._line_lock = threading.Lock()
        self._token = _TokenCheck()
        self._line: Any = None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._probe.dispose()
        if self._line:
            self._line.close()

    def check(self) -> dict[str, dict[str, Any]]:
        checks = self._database_checks()
        checks["line"] = self._line_check()
        return checks

    # -- database, schema, workers: one fresh connection ------------------------------------------

    def _database_checks(self) -> dict[str, dict[str, Any]]:
        timeout = self.settings.readiness_timeout_seconds
        started = time.perf_counter()
        future = self._pool.submit(self._read_database, self.clock())
        try:
            revision, beats = future.result(timeout=timeout)
        except FutureTimeout:
            failure = {"ok": False, "error": f"no answer within {timeout:g} s"}
        except Exception as error:  # noqa: BLE001 - any failure to read means not ready
            # The type only: a driver's message may quote connection details.
            failure = {"ok": False, "error": type(getattr(error, "orig", None) or error).__name__}
        else:
            ms = round((time.perf_counter() - started) * 1000, 1)
            return {
                "database": {"ok": True, "ms": ms},
                "schema": self._schema(revision),
                "workers": self._workers(beats),
            }
        unknown = {"ok": False, "error": "database unreachable"}
        return {"database": failure, "schema": dict(unknown), "workers": dict(unknown)}

    def _read_database(self, now: datetime) -> tuple[str | None, list[datetime]]:
        with self._probe.connect() as connection:
            if connection.dialect.name == "postgresql":
                timeout_ms = int(self.settings.readiness_timeout_seconds * 1000)
                connection.execute(text(f"SET statement_timeout = {timeout_ms}"))
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            with Session(bind=connection) as session:
                beats = [beat.beat_at for beat in heartbeats(session)]
        return revision, beats

    def _schema(self, revision: str | None) -> dict[str, Any]:
        result: dict[str, Any] = {"ok": revision == self._head, "revision": revision, "head": self._head}
        if revision != self._head:
            result["error"] = "the schema is not at the latest version: run `flask --app app db upgrade`"
        return result

    def _workers(self, beats: list[datetime]) -> dict[str, Any]:
        now = self.clock()
        stale_after = timedelta(seconds=self.settings.heartbeat_stale_seconds)
        fresh = [beat for beat in beats if now - beat <= stale_after]
        result: dict[str, Any] = {"ok": bool(fresh), "fresh": len(fresh), "stale": len(beats) - len(fresh)}
        if beats:
            result["newest_age_seconds"] = round((now - max(beats)).total_seconds(), 1)
        if not fresh:
            result["error"] = (
                f"no worker heartbeat in the last {self.settings.heartbeat_stale_seconds:g} s: "
                "is `flask --app app worker` running?"
            )
        return result

    # -- LINE ---------------------------------------------------------------------------------------

    def _line_check(self) -> dict[str, Any]:
        if self.settings.simulator_mode:
            return {"ok": True, "skipped": "no LINE_CHANNEL_ACCESS_TOKEN (simulator mode)"}
        with self._line_lock:
            now = time.monotonic()
            if self._token.result and now - self._token.checked < self._token.valid_for:
                return {**self._token.result, "age_seconds": round(now - self._token.checked, 1)}
            if self._line is None:
                # Imported here: the SDK's API modules take about 2 s to import, which the web
                # processes otherwise never need (measured).
                from bot.line.line_client import LineClient

                self._line = LineClient(self.settings)
            answer = self._line.token_accepted()
            if answer.ok:
                result: dict[str, Any] = {"ok": True}
            elif answer.status in (401, 403):
                result = {"ok": False, "error": f"LINE refused the access token ({answer.status})"}
            else:
                # LINE down or slow: not this instance's fault; webhooks are still stored meanwhile.
                status = answer.status or "no answer"
                result = {"ok": True, "unverified": f"LINE could not check the token ({status})"}
            trusted = self.settings.line_token_check_seconds
            self._token = _TokenCheck(now, trusted if answer.ok else min(LINE_RETRY_SECONDS, trusted), result)
            return {**result, "age_seconds": 0.0}
