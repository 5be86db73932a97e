"""The whole visitor journey on the demo database, with real taps."""

from __future__ import annotations

from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap, touch_tap


def test_journey_from_start_to_stored_request_and_idle_reset(qtbot, make_kiosk, demo_services):
    window = make_kiosk(idle_quiet_ms=60_000, idle_warning_ms=300)
    assert window.current == nav.START

    touch_tap(window.start_screen.supplies)
    qtbot.waitUntil(lambda: window.current == nav.CATALOGUE)
    catalogue = window.get_screen(nav.CATALOGUE)
    naloxone = catalogue.tiles["naloxone-nasal"]
    tap(qtbot, naloxone.stepper.plus)
    tap(qtbot, naloxone.stepper.plus)
    assert naloxone.stepper.at_limit  # the limit is 2
    strips = catalogue.tiles["fentanyl-test-strips"]
    for _ in range(3):
        tap(qtbot, strips.stepper.plus)
    tap(qtbot, strips.stepper.minus)
    assert window.basket.as_request() == [("naloxone-nasal", 2), ("fentanyl-test-strips", 2)]
    assert "2 × Naloxone nasal spray" in catalogue.summary.text()

    tap(qtbot, catalogue.review)
    review = window.get_screen(nav.REVIEW)
    assert window.current == nav.REVIEW
    assert list(review.lines) == ["naloxone-nasal", "fentanyl-test-strips"]
    tap(qtbot, review.lines["fentanyl-test-strips"].remove)
    tap(qtbot, review.send)

    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
    code = window.get_screen(nav.CONFIRMATION).code.text()
    stored = demo_services.queue.open_requests()
    assert [(r.pickup_code, r.status) for r in stored] == [(code, "pending")]
    assert [(line.supply_key, line.quantity) for line in stored[0].lines] == [("naloxone-nasal", 2)]
    assert window.basket.empty

    # The visitor walks away: warning, then everything is cleared.
    window.set_idle_times(150, 300)
    with qtbot.waitSignal(window.visit_reset, timeout=5_000):
        qtbot.waitUntil(lambda: window.warning.isVisible(), timeout=3_000)
    assert window.current == nav.START
    assert not window.warning.isVisible()
    assert window.get_screen(nav.CONFIRMATION).code.text() == ""
