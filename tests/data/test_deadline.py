"""Every unit of work on a server has a time limit; a long job can ask for more."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from kiosk.data.db import open_database
from kiosk.data.deadline import UNIT_DEADLINE_S
from kiosk.errors import DatabaseUnavailable

pytestmark = pytest.mark.slow


@pytest.fixture
def pg_db(pg_url):
    db = open_database(pg_url)
    yield db
    db.dispose()


def test_a_unit_that_runs_too_long_gives_up_and_stores_nothing(pg_db):
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable):
        with pg_db.session_scope() as session:
            session.execute(text("INSERT INTO sites (name, created_at) VALUES ('slow', now())"))
            session.execute(text(f"SELECT pg_sleep({UNIT_DEADLINE_S + 1})"))
    assert time.monotonic() - started < UNIT_DEADLINE_S + 1
    with pg_db.read_scope() as session:
        assert session.execute(text("SELECT count(*) FROM sites WHERE name = 'slow'")).scalar_one() == 0


def test_a_long_job_can_ask_for_more_time(pg_db):
    with pg_db.session_scope(time_limit_s=UNIT_DEADLINE_S + 5) as session:
        session.execute(text("INSERT INTO sites (name, created_at) VALUES ('long', now())"))
        session.execute(text(f"SELECT pg_sleep({UNIT_DEADLINE_S + 0.5})"))
    with pg_db.read_scope() as session:
        assert session.execute(text("SELECT count(*) FROM sites WHERE name = 'long'")).scalar_one() == 1
