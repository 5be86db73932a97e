"""Stock transfers between sites: one transaction, both movements audited, never below zero."""

from __future__ import annotations

import random
import threading

import pytest
from sqlalchemy import func, select

from kiosk.data.db import open_database
from kiosk.data.models import AuditEvent, StockMovement, Supply
from kiosk.data.sites import TRANSFER_IN, TRANSFER_OUT, SiteError, SiteService
from tests.conftest import SETUP

KEY = "condoms"


@pytest.fixture
def harbour(services):
    site = services.sites.add("Harbour", SETUP)
    services.sites.copy_catalogue(services.site_id, site.id, SETUP)
    services.at_site(site.id).inventory.restock(KEY, 30, SETUP)
    return site.id


def _ledger(db, site_id):
    """(stock, sum of movements) of the supply at one site."""
    with db.read_scope() as session:
        supply = session.scalar(select(Supply).where(Supply.site_id == site_id, Supply.key == KEY))
        moved = session.scalar(select(func.coalesce(func.sum(StockMovement.delta), 0)).where(
            StockMovement.supply_id == supply.id
        ))
        return supply.stock, moved


def test_a_transfer_moves_stock_out_and_in_with_an_audit_event_at_each_site(services, harbour):
    first = services.site_id
    before = services.inventory.supply(KEY).stock
    done = services.sites.transfer(KEY, 12, first, harbour, SETUP, note="van run")
    assert (done.from_stock, done.to_stock) == (before - 12, 42)
    assert services.inventory.supply(KEY).stock == before - 12
    assert services.at_site(harbour).inventory.supply(KEY).stock == 42
    assert [m.delta for m in services.inventory.movements(KEY) if m.reason == TRANSFER_OUT] == [-12]
    assert [m.delta for m in services.at_site(harbour).inventory.movements(KEY) if m.reason == TRANSFER_IN] == [12]
    with services.db.read_scope() as session:
        audited = session.execute(
            select(AuditEvent.site_id, AuditEvent.action).where(AuditEvent.action.in_((TRANSFER_OUT, TRANSFER_IN)))
        ).all()
    assert sorted(audited) == sorted([(first, TRANSFER_OUT), (harbour, TRANSFER_IN)])
    for site in (first, harbour):
        stock, moved = _ledger(services.db, site)
        assert stock == moved


def test_a_transfer_never_leaves_stock_below_zero_and_changes_nothing_when_refused(services, harbour):
    first = services.site_id
    with pytest.raises(SiteError):
        services.sites.transfer(KEY, 31, harbour, first, SETUP)
    assert services.at_site(harbour).inventory.supply(KEY).stock == 30
    with pytest.raises(SiteError):
        services.sites.transfer("no-such-thing", 1, harbour, first, SETUP)
    van = services.sites.add("Van", SETUP)  # no catalogue yet
    with pytest.raises(SiteError):
        services.sites.transfer(KEY, 1, harbour, van.id, SETUP)
    assert _ledger(services.db, harbour) == (30, 30)


def test_transfers_at_once_in_both_directions_keep_each_sites_stock_equal_to_its_movements(services, harbour, db_url):
    first = services.site_id
    total = services.inventory.supply(KEY).stock + 30
    refused = []
    errors = []
    start = threading.Barrier(4)

    def worker(seed: int) -> None:
        db = open_database(db_url)  # each station its own engine and connections
        try:
            sites = SiteService(db, first)
            rng = random.Random(seed)
            start.wait(10)
            for _ in range(12):
                source, target = (first, harbour) if rng.random() < 0.5 else (harbour, first)
                try:
                    sites.transfer(KEY, rng.randint(1, 25), source, target, SETUP)
                except SiteError:
                    refused.append(seed)  # not enough at the sending site: refused whole
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    assert not any(thread.is_alive() for thread in threads)
    stocks = []
    for site in (first, harbour):
        stock, moved = _ledger(services.db, site)
        assert stock == moved and stock >= 0
        stocks.append(stock)
    assert sum(stocks) == total
    with services.db.read_scope() as session:
        outs = session.scalar(select(func.count()).where(StockMovement.reason == TRANSFER_OUT))
        ins = session.scalar(select(func.count()).where(StockMovement.reason == TRANSFER_IN))
    assert outs == ins == 4 * 12 - len(refused)
