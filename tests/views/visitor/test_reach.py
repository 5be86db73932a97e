"""What the kiosk counts about reading: page views and sessions that only read, never who."""

from __future__ import annotations

import datetime as dt

from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.views.visitor.helpers import tap


def _today(services):
    today = dt.datetime.now(dt.UTC).date()
    return services.reports.build(today, today, "day", asked_by=SETUP)


def test_pages_read_and_a_session_that_asked_nothing(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    window.set_language("fr")
    tap(qtbot, window.start_screen.information)
    info = window.get_screen(nav.INFORMATION)
    tap(qtbot, info.category_buttons["overdose"])
    tap(qtbot, info.page_buttons["overdose-signs"])
    qtbot.waitUntil(lambda: _today(demo_services).value("page_views") == 1, timeout=5_000)
    assert _today(demo_services).value("page_views", "overdose-signs|fr") == 1

    window.reset_visit()
    qtbot.waitUntil(lambda: _today(demo_services).value("information_only_sessions") == 1, timeout=5_000)


def test_a_request_remembers_the_language_and_is_no_reading_only_session(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    window.set_language("es")
    tap(qtbot, window.start_screen.information)
    info = window.get_screen(nav.INFORMATION)
    tap(qtbot, info.category_buttons["overdose"])
    tap(qtbot, info.page_buttons["overdose-signs"])
    window.show_screen(nav.CATALOGUE)
    catalogue = window.get_screen(nav.CATALOGUE)
    tap(qtbot, catalogue.tiles["condoms"].stepper.plus)
    tap(qtbot, catalogue.review)
    tap(qtbot, window.get_screen(nav.REVIEW).send)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
    [stored] = demo_services.queue.open_requests()
    assert stored.language == "es"

    window.reset_visit()
    qtbot.waitUntil(lambda: not window.backend.link.busy, timeout=5_000)
    report = _today(demo_services)
    assert report.value("information_only_sessions") == 0
    assert report.value("encounters_by_language", "es") == 1
