"""Stock, thresholds and what the visitor catalogue shows."""

from __future__ import annotations

import pytest

from kiosk.data.inventory import StockError
from tests.conftest import SETUP


def _keys(supplies):
    return {s.key for s in supplies}


def test_demo_catalogue_has_items_and_services_in_three_languages(services):
    supplies = services.inventory.supplies()
    assert len(supplies) >= 25
    assert {"item", "service"} == {s.kind for s in supplies}
    for supply in supplies:
        assert {"en", "fr", "es"} <= set(supply.names), supply.key
        assert supply.per_request_limit >= 1


def test_restock_and_adjust_write_movements(services):
    start = services.inventory.supply("socks").stock
    services.inventory.restock("socks", 10, SETUP)
    services.inventory.adjust("socks", -3, "damaged", SETUP, note="wet box")
    assert services.inventory.supply("socks").stock == start + 7
    movements = services.inventory.movements("socks")
    assert [m.delta for m in movements] == [start, 10, -3]
    assert movements[-1].reason == "damaged" and movements[-1].note == "wet box"


def test_stock_never_goes_below_zero(services):
    stock = services.inventory.supply("socks").stock
    with pytest.raises(StockError):
        services.inventory.adjust("socks", -(stock + 1), "count_correction", SETUP)
    assert services.inventory.supply("socks").stock == stock


@pytest.mark.parametrize("bad", [0, -5])
def test_restock_needs_a_positive_number(services, bad):
    with pytest.raises(StockError):
        services.inventory.restock("socks", bad, SETUP)


def test_adjust_needs_a_known_reason(services):
    with pytest.raises(StockError):
        services.inventory.adjust("socks", 1, "because", SETUP)


def test_low_stock_list_follows_thresholds(services):
    assert services.inventory.low_stock() == []
    services.inventory.update_supply("socks", SETUP, low_stock_at=10_000)
    assert _keys(services.inventory.low_stock()) == {"socks"}


def test_a_supply_with_no_stock_leaves_the_catalogue_by_itself(services):
    assert "socks" in _keys(services.inventory.catalogue())
    stock = services.inventory.supply("socks").stock
    services.inventory.adjust("socks", -stock, "given_outside_queue", SETUP)
    assert "socks" not in _keys(services.inventory.catalogue())
    services.inventory.restock("socks", 5, SETUP)
    assert "socks" in _keys(services.inventory.catalogue())


def test_deactivated_supplies_leave_the_catalogue(services):
    services.inventory.set_active("peer-worker", False, SETUP)
    assert "peer-worker" not in _keys(services.inventory.catalogue())
    assert "peer-worker" in _keys(services.inventory.supplies())


def test_add_supply_with_names_per_language(services):
    added = services.inventory.add_supply(
        "earplugs", {"en": "Earplugs", "fr": "Bouchons d'oreilles", "es": "Tapones para los oídos"},
        per_request_limit=4, stock=50, low_stock_at=10, by=SETUP,
    )
    assert added.name("fr") == "Bouchons d'oreilles" and added.stock == 50
    assert services.inventory.movements("earplugs")[0].delta == 50
    with pytest.raises(StockError):
        services.inventory.add_supply("earplugs", {"en": "Again"}, by=SETUP)


def test_services_have_no_stock(services):
    with pytest.raises(StockError):
        services.inventory.restock("peer-worker", 5, SETUP)
