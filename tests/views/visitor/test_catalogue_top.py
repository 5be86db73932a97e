"""The catalogue opens at its top, where naloxone is, every time."""

from __future__ import annotations

import pytest

from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_first_visit_to_the_catalogue_opens_at_the_top(qtbot, make_kiosk, size):
    # The kiosk's own touch sizes, in the active window, as on a real kiosk:
    # there the tapped button holds the focus when its screen is hidden.
    window = make_kiosk(touch_px=None)
    window.resize(*size)
    window.activateWindow()
    qtbot.waitActive(window)
    # Screens are built after the first paint, while the visitor reads the start screen.
    qtbot.waitUntil(lambda: window.built(nav.CATALOGUE), timeout=10_000)
    catalogue = window.get_screen(nav.CATALOGUE)
    bar = catalogue.scroll_area.verticalScrollBar()
    for visit in range(2):
        with qtbot.assertNotEmitted(bar.valueChanged, wait=500):
            tap(qtbot, window.start_screen.supplies)
            assert window.current == nav.CATALOGUE
        assert bar.maximum() > 0 and bar.value() == 0, f"visit {visit + 1}"
        first = next(iter(catalogue.tiles.values()))
        assert not first.visibleRegion().isEmpty()
        tap(qtbot, window.top_bar.home)
        assert window.current == nav.START
