"""Data the embedded default loads into an empty database."""

from __future__ import annotations


def load_demo_data_if_empty(app: object) -> None:
    """Demo centers arrive with the report-intake work; nothing to load yet."""
