"""Engines: queries are planned for the data there is now, not the data there was when first run."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, text

from bot.workers.delivery import claim_due
from models.base import utcnow
from models.db import make_session_factory


def test_no_query_keeps_a_plan_made_for_an_empty_outbox(engine: Engine) -> None:
    """Prepared after its fifth run on an empty outbox, the delivery claim kept a plan that scanned
    the outbox once per waiting row: 625 ms a claim once 3,000 rows waited (measured in psql), and
    the workers fell behind just when a burst came in."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite plans every statement afresh")
    with make_session_factory(engine).begin() as session:
        for _ in range(10):
            assert claim_due(session, utcnow(), 10, timedelta(seconds=60)) == []
        prepared = session.connection().execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one()
    assert prepared == 0
