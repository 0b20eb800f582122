"""Data the embedded default loads into an empty database (see dispatch/demo_centers.md)."""

from __future__ import annotations

import logging

from flask import Flask

from dispatch.centers_import import load_demo_centers
from models.base import utcnow

log = logging.getLogger("bot.dev.demo")


def load_demo_data_if_empty(app: Flask) -> None:
    with app.extensions["bot_sessions"].begin() as session:
        added = load_demo_centers(session, utcnow())
    if added:
        print(f"Loaded {added} demo centers (approximate coordinates; see dispatch/demo_centers.md)", flush=True)
