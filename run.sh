#!/usr/bin/env bash
# Run the bot on the embedded default (SQLite, workers and scheduler in one process).
# Without LINE credentials it starts the LINE emulator beside the bot (simulator mode).
set -euo pipefail
cd "$(dirname "$0")"
source deploy/python-env.sh
# The development lock: the app and the LINE emulator of simulator mode (production: requirements.lock).
prepare_venv requirements-dev.lock
exec .venv/bin/python app.py
