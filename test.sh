#!/usr/bin/env bash
# Install what the tests need, then run the whole suite on SQLite and on PostgreSQL.
# PostgreSQL: TEST_POSTGRESQL_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
# Without a reachable PostgreSQL its run is skipped with the reason, unless REQUIRE_POSTGRESQL=1.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/python-env.sh
prepare_venv requirements-dev.lock
.venv/bin/ruff check .
echo "== tests on SQLite =="
TEST_DATABASE=sqlite .venv/bin/python -m pytest -q "$@"
echo "== tests on PostgreSQL =="
TEST_DATABASE=postgresql .venv/bin/python -m pytest -q "$@"
