"""Receiving with source, donor, lot and expiry; history; lots first-expiry-first-out; notices; outlook."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.data.audit import find_events
from kiosk.data.inventory import Receipt, StockError
from kiosk.data.lots import LotView, first_expiry_first, lots_on_hand
from kiosk.data.lots import Receipt as LotReceipt
from kiosk.data.queue import RequestRejected
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from tests.conftest import SETUP, fast_hasher

NOW = dt.datetime(2030, 3, 4, 15, 0, tzinfo=dt.UTC)  # after the demo catalogue is loaded
TODAY = NOW.date()


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def timed(db, clock) -> Services:
    """The demo site with a clock the test moves."""
    site_id = ensure_site(db)
    built = Services.build(db, site_id, clock=clock, hasher=fast_hasher())
    load_demo(db, staff=built.staff)
    return built


def _admin(services: Services):
    return services.staff.sign_in("admin", "582046").actor


def test_a_delivery_keeps_where_it_came_from_and_its_lot(timed):
    admin = _admin(timed)
    expiry = TODAY + dt.timedelta(days=400)
    timed.inventory.restock(
        "naloxone-nasal", 24, admin, "box of 12 x2",
        Receipt(source="donation", donor="Health unit", lot="NX-2291", expires_on=expiry),
    )
    last = timed.inventory.history("naloxone-nasal")[-1]
    assert (last.delta, last.reason, last.source, last.donor, last.lot, last.expires_on) == (
        24, "restock", "donation", "Health unit", "NX-2291", expiry
    )
    assert last.staff_name == "admin" and last.note == "box of 12 x2"
    event = find_events(timed.db, timed.site_id, by=admin, kinds=["stock"])[0]
    assert event.action == "restock" and event.subject == "supply naloxone-nasal"
    assert event.detail == {
        "quantity": 24, "source": "donation", "donor": "Health unit", "lot": "NX-2291",
        "expires_on": expiry.isoformat(),
    }


@pytest.mark.parametrize(
    ("receipt", "words"),
    [
        (Receipt(source="gift"), "came from"),
        (Receipt(lot="L" * 41), "lot number"),
        (Receipt(donor="D" * 121), "donor"),
        (Receipt(expires_on=TODAY - dt.timedelta(days=1)), "expiry date has passed"),
    ],
)
def test_a_delivery_with_a_bad_receipt_changes_nothing(timed, receipt, words):
    before = timed.inventory.supply("naloxone-nasal").stock
    with pytest.raises(StockError, match=words):
        timed.inventory.restock("naloxone-nasal", 5, SETUP, receipt=receipt)
    assert timed.inventory.supply("naloxone-nasal").stock == before


def test_the_database_refuses_an_unknown_source(timed):
    from sqlalchemy import exc, update

    from kiosk.data.models import StockMovement

    with pytest.raises(exc.IntegrityError, match="source_known"):
        with timed.db.session_scope() as session:
            session.execute(update(StockMovement).values(source="gift"))


def test_lots_are_shared_out_first_expiry_first_and_suggested_in_that_order(timed):
    admin = _admin(timed)
    key = "fentanyl-test-strips"
    start = timed.inventory.supply(key).stock
    if start:
        timed.inventory.adjust(key, -start, "count_correction", admin)
    soon, later = TODAY + dt.timedelta(days=30), TODAY + dt.timedelta(days=300)
    timed.inventory.restock(key, 10, admin, receipt=Receipt(source="purchase", lot="LATE", expires_on=later))
    timed.inventory.restock(key, 5, admin, receipt=Receipt(source="purchase", lot="SOON", expires_on=soon))
    assert [(lot.lot, lot.on_hand) for lot in timed.inventory.lots(key)] == [("SOON", 5), ("LATE", 10)]
    picks = timed.inventory.pick_lots(key, 7)
    assert [(p.lot, p.quantity) for p in picks] == [("SOON", 5), ("LATE", 2)]
    # Seven handed out: the shelf is taken to have lost the earliest lot first.
    timed.inventory.adjust(key, -7, "given_outside_queue", admin)
    assert [(lot.lot, lot.on_hand) for lot in timed.inventory.lots(key)] == [("SOON", 0), ("LATE", 8)]
    assert [(p.lot, p.quantity) for p in timed.inventory.pick_lots(key, 3)] == [("LATE", 3)]


def test_untracked_supplies_get_no_lot_suggestion(timed):
    assert timed.inventory.pick_lots("socks", 2) == []


def test_low_and_expiring_notices_follow_the_site_setting(timed, clock):
    admin = _admin(timed)
    key = "fentanyl-test-strips"
    timed.inventory.restock(key, 4, admin, receipt=Receipt(lot="A1", expires_on=TODAY + dt.timedelta(days=50)))
    expiring = [n for n in timed.inventory.notices() if n.kind == "expiring"]
    assert [(n.supply_key, n.lot, n.quantity) for n in expiring] == [(key, "A1", 4)]
    timed.settings.update(by=admin, expiry_warning_days=30)
    assert not [n for n in timed.inventory.notices() if n.kind == "expiring"]
    clock.now = NOW + dt.timedelta(days=25)
    assert [n.lot for n in timed.inventory.notices() if n.kind == "expiring"] == ["A1"]

    naloxone = timed.inventory.supply("naloxone-nasal")
    timed.inventory.adjust("naloxone-nasal", naloxone.low_stock_at - naloxone.stock, "count_correction", admin)
    low = [n for n in timed.inventory.notices() if n.kind == "low"]
    assert "naloxone-nasal" in {n.supply_key for n in low}
    assert all(timed.inventory.supply(n.supply_key).is_low for n in low)


def test_the_outlook_counts_four_weeks_of_use(timed, clock):
    admin = _admin(timed)
    timed.inventory.restock("socks", 100, admin)
    stock = timed.inventory.supply("socks").stock
    clock.now = NOW - dt.timedelta(days=40)  # outside the four weeks: not counted
    timed.inventory.adjust("socks", -20, "given_outside_queue", admin)
    clock.now = NOW - dt.timedelta(days=10)
    timed.inventory.adjust("socks", -28, "given_outside_queue", admin)
    timed.inventory.adjust("socks", -5, "damaged", admin)  # not use
    clock.now = NOW
    outlook = timed.inventory.outlook().outlooks["socks"]
    assert outlook.used == 28 and outlook.per_day == 1.0
    assert outlook.days_left == stock - 53
    assert timed.inventory.outlook().outlooks["condoms"].days_left is None


HISTORY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
changes = st.lists(
    st.tuples(
        st.sampled_from(["restock", "adjust", "fulfil"]),
        st.integers(min_value=-40, max_value=40),
        st.sampled_from(["", "L1", "L2"]),
        st.integers(min_value=0, max_value=500),
    ),
    max_size=12,
)


@HISTORY
@given(steps=changes)
def test_history_adds_up_to_what_is_on_the_shelf(timed, steps):
    key = "naloxone-nasal"
    worker = _admin(timed)  # a system actor works no queue
    for action, amount, lot, days in steps:
        try:
            if action == "restock":
                receipt = Receipt(lot=lot, expires_on=TODAY + dt.timedelta(days=days) if lot else None)
                timed.inventory.restock(key, abs(amount) or 1, SETUP, receipt=receipt)
            elif action == "adjust":
                timed.inventory.adjust(key, amount, "count_correction", SETUP)
            else:
                limit = timed.inventory.supply(key).per_request_limit
                done = timed.queue.submit([(key, min(limit, max(1, abs(amount))))])
                timed.queue.fulfil(done.request_id, worker)
        except (StockError, RequestRejected):
            pass  # refused (stock below zero, out of stock): nothing moved
    entries = timed.inventory.history(key)
    stock = timed.inventory.supply(key).stock
    assert sum(e.delta for e in entries) == stock
    assert (entries[-1].balance if entries else 0) == stock
    assert all(e.balance >= 0 for e in entries)
    assert sum(lot.on_hand for lot in timed.inventory.lots(key)) in (0, stock)


@settings(max_examples=200, deadline=None)
@given(
    receipts=st.lists(
        st.tuples(st.sampled_from(["", "A", "B", "C"]), st.integers(0, 60), st.integers(1, 50)), max_size=8
    ),
    stock=st.integers(0, 300),
    wanted=st.integers(0, 300),
)
def test_lot_arithmetic_never_invents_stock(receipts, stock, wanted):
    rows = [
        LotReceipt(lot, TODAY + dt.timedelta(days=days) if lot else None, quantity, NOW)
        for lot, days, quantity in receipts
    ]
    lots = lots_on_hand(rows, stock)
    assert sum(lot.on_hand for lot in lots) == stock
    assert all(0 <= lot.on_hand for lot in lots)
    assert all(lot.on_hand <= lot.received for lot in lots if lot.tracked)
    picks = first_expiry_first(lots, wanted)
    assert sum(p.quantity for p in picks) == min(wanted, stock)
    dates = [p.expires_on or dt.date.max for p in picks]
    assert dates == sorted(dates)


def test_an_empty_lot_is_not_picked():
    lots = [LotView("A", TODAY, 5, 0), LotView("B", TODAY + dt.timedelta(days=1), 5, 5)]
    assert [(p.lot, p.quantity) for p in first_expiry_first(lots, 3)] == [("B", 3)]
