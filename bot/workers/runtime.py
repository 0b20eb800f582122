"""Runs the event workers, delivery workers and scheduler as threads of one process."""

from __future__ import annotations

import functools
import itertools
import json
import logging
import threading
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from bot.handlers import BatchPrefetch, make_event_handler
from bot.jobs import scheduled_jobs
from bot.line.line_client import LineClient
from bot.services import Services
from bot.web.metrics import observe_job
from bot.workers.delivery import DeliveryWorker
from bot.workers.event_worker import EventHandler, EventWorker
from bot.workers.menu_links import MenuLinkWorker
from config import Settings
from dispatch.scheduler import HOST, build_scheduler
from dispatch.understanding import warm_up
from models.base import utcnow
from models.operations import record_heartbeat, remove_heartbeat

log = logging.getLogger("bot.workers.runtime")
MENU_POLL_SECONDS = 1.0
DELIVERY_BATCH = 10
_RUNTIMES = itertools.count(1)


class Nudge:
    """Wakes one waiting thread per set(), where an Event would wake every delivery thread to race
    for the same few rows (all but one claiming nothing: a wasted query and context switches)."""

    def __init__(self, most: int) -> None:
        self._condition = threading.Condition()
        self._pending = 0
        self._most = most

    def set(self) -> None:
        with self._condition:
            self._pending = min(self._pending + 1, self._most)
            self._condition.notify()

    def wake_all(self) -> None:
        with self._condition:
            self._pending = self._most
            self._condition.notify_all()

    def wait(self, timeout: float) -> bool:
        with self._condition:
            if not self._pending:
                self._condition.wait(timeout)
            if not self._pending:
                return False
            self._pending -= 1
            return True

    def clear(self) -> None:
        """Nothing to clear: wait() takes its own wake-up."""


class Runtime:
    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        wakeup: threading.Event | None = None,
        clock: Callable[[], datetime] = utcnow,
        handler: EventHandler | None = None,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.clock = clock
        # Heartbeats: one row per runtime, for readiness (bot/web/health.py).
        self.worker_id = f"{HOST}:{next(_RUNTIMES)}"[:160]
        self.started_at = clock()
        self.line = LineClient(settings)
        self.events_wakeup = wakeup or threading.Event()
        self.delivery_wakeup = Nudge(most=settings.delivery_threads)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._heartbeat: threading.Thread | None = None
        # SQLite lets one transaction write at a time: more event threads would only queue on its
        # lock (and starve each other); one thread taking lanes round-robin keeps users fair.
        self.event_threads = 1 if settings.is_sqlite else settings.event_threads
        self.event_worker = EventWorker(
            sessions,
            handler or make_event_handler(Services(settings, self.line)),
            settings,
            clock,
            parallelism=self.event_threads,
            hooks=BatchPrefetch() if handler is None else None,
        )
        self.delivery_worker = DeliveryWorker(sessions, self.line, settings, clock)
        self.menu_wakeup = threading.Event()
        self.menu_worker = MenuLinkWorker(sessions, self.line, settings, clock)
        self.scheduler = (
            build_scheduler(sessions, clock, scheduled_jobs(settings), observe=observe_job)
            if settings.run_scheduler
            else None
        )

    def start(self) -> None:
        # the place tables and Lao dictionary (about 0.3 s once) are built now, not on a citizen's first message
        threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
        for index in range(self.event_threads):
            self._spawn(f"events-{index}", self._event_loop)
        for index in range(self.settings.delivery_threads):
            self._spawn(f"delivery-{index}", self._delivery_loop)
        self._spawn("menu-links", self._menu_loop)
        if self.scheduler:
            self.scheduler.start()
        self._beat()
        self._heartbeat = threading.Thread(target=self._heartbeat_loop, name="heartbeat", daemon=True)
        self._heartbeat.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self.events_wakeup.set()
        self.delivery_wakeup.wake_all()
        self.menu_wakeup.set()
        for thread in self._threads:
            thread.join(timeout)
        if self._heartbeat is not None:
            self._heartbeat.join(timeout)
            try:
                with self.sessions.begin() as session:
                    remove_heartbeat(session, self.worker_id)
            except Exception:  # noqa: BLE001 - a stale row is pruned later; stopping must go on
                log.warning(json.dumps({"heartbeat": "not removed", "worker": self.worker_id}))
        if self.scheduler and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.line.close()

    def alive(self) -> bool:
        """Every worker thread is running, and the scheduler when this process runs it."""
        threads_alive = bool(self._threads) and all(thread.is_alive() for thread in self._threads)
        return threads_alive and (self.scheduler is None or self.scheduler.running)

    def _heartbeat_loop(self) -> None:
        while not self._stop.wait(self.settings.heartbeat_seconds):
            self._beat()

    def _beat(self) -> None:
        if not self.alive():
            log.error(json.dumps({"heartbeat": "skipped", "reason": "a worker thread or the scheduler stopped"}))
            return
        try:
            with self.sessions.begin() as session:
                record_heartbeat(session, self.worker_id, self.started_at, self.clock())
        except Exception as error:  # noqa: BLE001 - a database outage must not stop the heartbeat
            log.warning(json.dumps({"heartbeat": "failed", "error": type(error).__name__}))

    def _spawn(self, name: str, loop: Callable[[], None]) -> None:
        thread = threading.Thread(target=loop, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _event_loop(self) -> None:
        self._loop(self.event_worker.run_once, self.events_wakeup, on_work=self._events_handled)

    def _events_handled(self, _handled: int) -> None:
        self.delivery_wakeup.set()
        self.menu_wakeup.set()  # an enrolment's menu is linked at once, not at the next poll

    def _menu_loop(self) -> None:
        # Role changes are rare: woken by handled events, else a slow poll for retries.
        self._loop(self.menu_worker.run_once, self.menu_wakeup, idle=MENU_POLL_SECONDS)

    def _delivery_loop(self) -> None:
        # Only a full batch suggests that more is waiting: then another thread is brought in and this
        # one claims again. After a partial batch the next claim would mostly find nothing; the
        # thread waits until handled events nudge it (or the idle poll, for retries coming due).
        self._loop(
            functools.partial(self.delivery_worker.run_once, DELIVERY_BATCH),
            self.delivery_wakeup,
            on_work=lambda _attempted: self.delivery_wakeup.set(),
            again_after=DELIVERY_BATCH,
        )

    def _loop(
        self,
        step: Callable[[], int],
        wakeup: threading.Event | Nudge,
        on_work: Callable[[int], None] | None = None,
        idle: float | None = None,
        again_after: int = 1,
    ) -> None:
        idle = max(idle or 0.0, self.settings.idle_poll_seconds)
        while not self._stop.is_set():
            try:
                done = step()
            except Exception:  # noqa: BLE001 - a database outage must not kill the worker
                log.exception("worker step failed; retrying")
                self._stop.wait(1.0)
                continue
            if done >= again_after:
                if on_work:
                    on_work(done)
                continue
            wakeup.wait(idle)
            wakeup.clear()
