#!/usr/bin/env bash
# Install what the tests need, then run the whole suite on SQLite, and on PostgreSQL every test that
# touches a database (tests/conftest.py leaves out those that run the same code on either).
# PostgreSQL: TEST_POSTGRESQL_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
# Without a reachable PostgreSQL its run is skipped with the reason, unless REQUIRE_POSTGRESQL=1.
# Each run is spread over TEST_WORKERS processes (pytest-xdist; default 2, one per core of the
# machine it is measured on; 0 runs in this process); on PostgreSQL each worker gets its own database,
# the configured one's name with the worker's id (test_gw0, test_gw1), created by the suite itself.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/python-env.sh
prepare_venv requirements-dev.lock
.venv/bin/ruff check .
workers=(-n "${TEST_WORKERS:-2}")
echo "== tests on SQLite =="
TEST_DATABASE=sqlite .venv/bin/python -m pytest -q "${workers[@]}" "$@"
echo "== tests on PostgreSQL =="
TEST_DATABASE=postgresql .venv/bin/python -m pytest -q "${workers[@]}" "$@"
