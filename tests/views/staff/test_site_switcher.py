"""An organisation admin switches the back office between sites; nobody else sees the picker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import SETUP
from tests.views.staff.conftest import PEER_NAME, PEER_PIN, queue_codes, sign_in

ORG_NAME, ORG_PIN = "organisation", "739261"


def _harbour(services):
    site = services.sites.add("Harbour", SETUP)
    services.sites.copy_catalogue(services.site_id, site.id, SETUP)
    services.at_site(site.id).inventory.restock("condoms", 20, SETUP)
    services.staff.add(ORG_NAME, ORG_PIN, by=SETUP, org_admin=True)
    return site.id


def test_only_an_organisation_admin_gets_the_site_picker(qtbot, services, make_window):
    _harbour(services)
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    assert not window.site_switcher.isVisible()
    window.sign_out()
    sign_in(qtbot, window, ORG_NAME, ORG_PIN)
    switcher = window.site_switcher
    assert switcher.isVisible()
    qtbot.waitUntil(lambda: switcher.sites.count() == 2, timeout=5_000)
    assert switcher.sites.currentText() == "Drop-in centre"
    assert switcher.sites.height() >= 64


def test_switching_shows_the_other_sites_queue_and_signing_out_comes_home(qtbot, services, make_window):
    harbour = _harbour(services)
    home_code = services.queue.submit([("condoms", 1)]).pickup_code
    window = make_window(services)
    sign_in(qtbot, window, ORG_NAME, ORG_PIN)
    qtbot.waitUntil(lambda: home_code in queue_codes(window), timeout=5_000)
    switcher = window.site_switcher
    qtbot.waitUntil(lambda: switcher.sites.count() == 2, timeout=5_000)

    index = switcher.sites.findData(harbour)
    switcher.sites.setCurrentIndex(index)
    with qtbot.waitSignal(switcher.site_switched, timeout=5_000) as switched:
        switcher.sites.activated.emit(index)
    assert switched.args == [harbour]
    qtbot.waitUntil(lambda: home_code not in queue_codes(window), timeout=5_000)
    # A kiosk at the harbour sends a request: the switched window hears that site now.
    there = services.at_site(harbour).queue.submit([("condoms", 2)]).pickup_code
    qtbot.waitUntil(lambda: queue_codes(window) == [there], timeout=5_000)

    qtbot.mouseClick(window.workspace.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.link.services.site_id == services.site_id, timeout=5_000)
    qtbot.waitUntil(lambda: home_code in [r.pickup_code for r in window.feed.requests], timeout=5_000)
