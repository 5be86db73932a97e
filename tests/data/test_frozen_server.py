"""A frozen PostgreSQL server: every call gives up in time, and nothing it gave up on is stored.

SIGSTOP on the postmaster and its backends is the nasty case: the kernel
still acknowledges TCP, so keepalives never notice, and a COMMIT the client
already sent waits in the socket buffer until the server wakes.
"""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session

from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from kiosk.errors import DatabaseUnavailable
from tests.conftest import fast_hasher
from tests.data.private_pg import private_cluster, unavailable_reason

pytestmark = pytest.mark.slow

GIVE_UP_WITHIN_S = 5.0


@pytest.fixture(scope="module")
def cluster():
    reason = unavailable_reason()
    if reason is not None:
        if os.environ.get("KIOSK_TEST_REQUIRE_PG") == "1":
            pytest.fail(f"KIOSK_TEST_REQUIRE_PG=1 but no private PostgreSQL cluster can start: {reason}")
        pytest.skip(reason)
    with private_cluster() as running:
        yield running


@pytest.fixture
def services(cluster):
    db = open_database(cluster.url)
    site_id = ensure_site(db)
    built = Services.build(db, site_id, hasher=fast_hasher())
    load_demo(db, staff=built.staff)
    yield built
    db.dispose()


def _stored_requests(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM requests")).scalar_one())
    finally:
        engine.dispose()


def _wait_for_abandoned_backends(url: str, timeout_s: float = 20.0) -> None:
    """Until the backends of the frozen station have read what was sent to them and exited."""
    engine = create_engine(url)
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            with engine.connect() as connection:
                left = connection.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dropin-kiosk'")
                ).scalar_one()
            if left == 0:
                return
            assert time.monotonic() < deadline, f"{left} abandoned backends still running"
            time.sleep(0.05)
    finally:
        engine.dispose()


def _submit_while_frozen(services, cluster, freeze_before_commit: bool) -> float:
    frozen: list[int] = []

    def freeze(_session) -> None:
        if not frozen:
            frozen.extend(cluster.freeze())

    if freeze_before_commit:
        # Everything but COMMIT is done; the COMMIT goes into a frozen server's buffer.
        event.listen(Session, "before_commit", freeze)
    else:
        frozen.extend(cluster.freeze())
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseUnavailable) as raised:
            services.queue.submit([("condoms", 1)])
        elapsed = time.monotonic() - started
    finally:
        if freeze_before_commit:
            event.remove(Session, "before_commit", freeze)
        cluster.thaw(frozen)
    assert frozen, "the server was never frozen"
    assert "in time" in raised.value.message
    return elapsed


@pytest.mark.parametrize("freeze_before_commit", [False, True], ids=["frozen-before", "frozen-at-commit"])
def test_a_submit_to_a_frozen_server_fails_in_time_and_is_never_stored(services, cluster, freeze_before_commit):
    services.queue.submit([("condoms", 1)])  # a warm pool, as on a kiosk in use
    before = _stored_requests(cluster.url)

    elapsed = _submit_while_frozen(services, cluster, freeze_before_commit)

    assert elapsed < GIVE_UP_WITHIN_S
    _wait_for_abandoned_backends(cluster.url)
    assert _stored_requests(cluster.url) == before, "a submit the kiosk gave up on was stored"
    # And the station carries on once the server is back.
    assert services.queue.submit([("condoms", 1)]).pickup_code
    assert _stored_requests(cluster.url) == before + 1


def test_a_read_from_a_frozen_server_fails_in_time(services, cluster):
    services.queue.open_requests()
    frozen = cluster.freeze()
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseUnavailable):
            services.queue.open_requests()
        elapsed = time.monotonic() - started
    finally:
        cluster.thaw(frozen)
    assert elapsed < GIVE_UP_WITHIN_S
    assert len(services.queue.open_requests()) == _stored_requests(cluster.url)
