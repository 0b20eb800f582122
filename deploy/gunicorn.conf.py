"""gunicorn settings for the web processes: `gunicorn -c deploy/gunicorn.conf.py 'app:create_app()'`.

Logs: gunicorn's own and its access lines in the app's JSON-lines format (bot/ops/logs.py), at
LOG_LEVEL. Metrics: with PROMETHEUS_MULTIPROC_DIR set (an empty folder writable by the service),
every process's counters are summed at /metrics; the folder is emptied at start and a dead
process's files are marked so its gauges drop out.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.ops.logs import GUNICORN_ACCESS_FORMAT, gunicorn_logconfig  # noqa: E402

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", "4"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# LINE wants an answer within 2 s; a request that takes 30 s is stuck.
timeout = 30
graceful_timeout = 20
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
logconfig_dict = gunicorn_logconfig(os.environ.get("LOG_LEVEL", "INFO"))
accesslog = "-"
# gunicorn's runtime control socket is one fixed path per user; not used here.
control_socket_disable = True
access_log_format = GUNICORN_ACCESS_FORMAT


def on_starting(server):  # noqa: ANN001, ANN201 - gunicorn's hook
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for stale in Path(folder).glob("*.db"):
            stale.unlink()


def child_exit(server, worker):  # noqa: ANN001, ANN201 - gunicorn's hook
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
