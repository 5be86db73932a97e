"""Property tests: whatever a kiosk sends, bad input writes nothing and stock adds up."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.data.models import Request, RequestLine, StockMovement, Supply
from kiosk.data.queue import QueueConflict, RequestRejected
from tests.conftest import SETUP

KEYS = ["naloxone-nasal", "condoms", "socks", "peer-worker", "sharps-container", "no-such-supply"]

lines_strategy = st.lists(
    st.tuples(st.sampled_from(KEYS), st.integers(min_value=-3, max_value=60)), min_size=0, max_size=14
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _counts(db) -> tuple[int, int, int]:
    with db.session_scope() as session:
        return (
            session.scalar(select(func.count()).select_from(Request)),
            session.scalar(select(func.count()).select_from(RequestLine)),
            session.scalar(select(func.count()).select_from(StockMovement)),
        )


@SETTINGS
@given(lines=lines_strategy)
def test_submit_either_stores_everything_or_nothing(services, lines):
    before = _counts(services.db)
    try:
        result = services.queue.submit(lines)
    except RequestRejected as error:
        assert error.message
        assert _counts(services.db) == before
        return
    stored = services.queue.status_of(result.request_id)
    assert [(line.supply_key, line.quantity) for line in stored.lines] == list(lines)
    for key, quantity in lines:
        supply = services.inventory.supply(key)
        assert supply.active and 1 <= quantity <= supply.per_request_limit
    after = _counts(services.db)
    assert after[0] == before[0] + 1 and after[1] == before[1] + len(lines)


def _stock_matches_movements(db) -> None:
    with db.session_scope() as session:
        for supply in session.scalars(select(Supply)):
            moved = session.scalar(
                select(func.coalesce(func.sum(StockMovement.delta), 0)).where(StockMovement.supply_id == supply.id)
            )
            assert supply.stock >= 0
            assert supply.stock == moved, supply.key


@SETTINGS
@given(
    stock=st.integers(min_value=0, max_value=6),
    asks=st.lists(st.integers(min_value=1, max_value=2), min_size=1, max_size=6),
    given_override=st.lists(st.one_of(st.none(), st.integers(min_value=-1, max_value=5)), min_size=6, max_size=6),
)
def test_fulfil_keeps_stock_equal_to_its_movements(services, stock, asks, given_override):
    admin = services.staff.sign_in("admin", "582046")
    current = services.inventory.supply("naloxone-nasal").stock
    if current:
        services.inventory.adjust("naloxone-nasal", -current, "count_correction", SETUP)
    ids = []
    if stock:
        services.inventory.restock("naloxone-nasal", stock, SETUP)
        ids = [services.queue.submit([("naloxone-nasal", ask)]).request_id for ask in asks]
    for request_id, override in zip(ids, given_override, strict=False):  # no ids without stock
        given_map = None if override is None else {"naloxone-nasal": override}
        try:
            services.queue.fulfil(request_id, admin.actor, given_map)
        except ValueError:
            assert override is not None and override < 0
        except QueueConflict:
            pytest.fail("a fresh request must be fulfillable")
    _stock_matches_movements(services.db)
