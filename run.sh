#!/usr/bin/env bash
# Run the bot on the embedded default (SQLite, workers and scheduler in one process).
# Without LINE credentials it starts the LINE emulator beside the bot (simulator mode).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec .venv/bin/python app.py
