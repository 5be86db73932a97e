"""The catalogue: limits, items that are out of stock or switched off, rejections."""

from __future__ import annotations

from kiosk.errors import DatabaseUnavailable
from kiosk.views.visitor import messages
from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.views.visitor.helpers import tap


def _empty_stock(services, key: str) -> None:
    stock = services.inventory.supply(key).stock
    services.inventory.adjust(key, -stock, "count_correction", SETUP)


def test_out_of_stock_and_switched_off_items_are_absent(qtbot, make_kiosk, demo_services):
    _empty_stock(demo_services, "condoms")
    demo_services.inventory.set_active("lube", False, SETUP)
    window = make_kiosk()
    tap(qtbot, window.start_screen.supplies)
    catalogue = window.get_screen(nav.CATALOGUE)
    assert "condoms" not in catalogue.tiles
    assert "lube" not in catalogue.tiles
    assert "naloxone-nasal" in catalogue.tiles

    # Staff switch one off while the visitor looks: it disappears.
    demo_services.inventory.set_active("naloxone-nasal", False, SETUP)
    qtbot.waitUntil(lambda: "naloxone-nasal" not in catalogue.tiles, timeout=5_000)


def test_limits_and_the_number_of_different_things(qtbot, make_kiosk, demo_services):
    demo_services.settings.update(by=SETUP, max_lines=2)
    window = make_kiosk()
    window.open_catalogue()
    tiles = window.get_screen(nav.CATALOGUE).tiles
    tourniquets = tiles["tourniquets"].stepper
    tap(qtbot, tourniquets.plus)
    tap(qtbot, tourniquets.plus)
    assert tourniquets.value == 2 and not tourniquets.can_add
    tap(qtbot, tiles["socks"].stepper.plus)
    # Two different things already: a third can't be started.
    assert not tiles["condoms"].stepper.can_add
    assert window.basket.as_request() == [("tourniquets", 2), ("socks", 1)]


def test_staff_help_opens_the_services(qtbot, make_kiosk):
    window = make_kiosk()
    tap(qtbot, window.start_screen.staff_help)
    catalogue = window.get_screen(nav.CATALOGUE)
    shown = {key for key, tile in catalogue.tiles.items() if tile.isVisible()}
    assert shown == {"peer-worker", "nurse-wound-check", "drug-checking", "housing-help"}
    assert catalogue.tiles["peer-worker"].stepper.value == 0


def test_an_item_that_ran_out_is_explained_in_the_visitors_language(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    tap(qtbot, window.start_screen.language_button("fr"))
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["socks"].stepper.plus)
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    tap(qtbot, window.get_screen(nav.CATALOGUE).review)
    _empty_stock(demo_services, "socks")
    review = window.get_screen(nav.REVIEW)
    tap(qtbot, review.send)
    qtbot.waitUntil(lambda: review.message.isVisible(), timeout=5_000)
    assert review.message.text() == messages.rejection("out_of_stock", "Chaussettes")
    assert review.message.text().startswith("Désolé")
    assert window.basket.as_request() == [("condoms", 1)]
    assert demo_services.queue.open_requests() == []


def test_database_down_on_submit_shows_a_calm_message_and_nothing_sent(qtbot, make_kiosk, demo_services, monkeypatch):
    window = make_kiosk()
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    tap(qtbot, window.get_screen(nav.CATALOGUE).review)

    def unreachable(*args, **kwargs):
        raise DatabaseUnavailable("The database can't be reached right now.")

    monkeypatch.setattr(demo_services.queue, "submit", unreachable)
    review = window.get_screen(nav.REVIEW)
    tap(qtbot, review.send)
    qtbot.waitUntil(lambda: review.message.isVisible(), timeout=5_000)
    assert review.message.text() == "Requests can't be sent right now — please ask at the window."
    assert window.current == nav.REVIEW
    assert window.basket.as_request() == [("condoms", 1)]
    assert not window.built(nav.CONFIRMATION) or window.get_screen(nav.CONFIRMATION).result is None
    assert demo_services.queue.open_requests() == []
    # The kiosk noticed and says so on the start screen too, until it reconnects.
    assert window.start_screen.offline.isVisibleTo(window.start_screen) or window.backend.available


def test_settings_changed_at_the_staff_pc_hold_for_the_next_submit(qtbot, make_kiosk, demo_services):
    """The basket and the submit check never disagree about the settings, not even for a minute."""
    import pytest

    from kiosk.data.services import Services
    from kiosk.data.submit import RequestRejected

    window = make_kiosk()
    two_things = [("condoms", 1), ("lube", 1)]
    demo_services.queue.submit(two_things)  # the kiosk now keeps the settings it checked against
    staff_pc = Services.build(demo_services.db, demo_services.site_id)
    staff_pc.settings.update(by=SETUP, max_lines=1)

    qtbot.waitUntil(lambda: window.snapshot.settings.max_lines == 1, timeout=5_000)
    with pytest.raises(RequestRejected) as caught:
        window.backend.services.queue.submit(two_things)
    assert caught.value.reason == "too_many_lines"
