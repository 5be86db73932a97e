"""The log files help a technician and hold no PIN and nothing a visitor asked for."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN
from kiosk.errors import KioskError
from kiosk.log import setup_logging
from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.views.visitor.helpers import tap

WRONG_PIN = "403927"


@pytest.fixture
def log_dir(tmp_path):
    """The kiosk's own log set-up, at its most talkative (--verbose), removed afterwards."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    setup_logging(tmp_path, "kiosk", verbose=True)
    yield tmp_path / "logs"
    for handler in root.handlers:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def _all_logs(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.iterdir()))


def _type_pin(qtbot, pad, pin: str) -> None:
    for digit in pin:
        tap(qtbot, pad.keys[digit])
    tap(qtbot, pad.ok)


def test_a_visit_a_sign_in_and_an_unlock_leave_only_a_pickup_code(qtbot, make_kiosk, demo_services, log_dir):
    # At the staff PC: a wrong PIN, then a sign-in.
    with pytest.raises(KioskError):
        demo_services.staff.sign_in(DEMO_ADMIN_NAME, WRONG_PIN)
    demo_services.staff.sign_in(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN)

    window = make_kiosk(lockdown=True, staff_hold_ms=60)
    window.open_catalogue()
    catalogue = window.get_screen(nav.CATALOGUE)
    tap(qtbot, catalogue.tiles["naloxone-nasal"].stepper.plus)
    tap(qtbot, catalogue.tiles["fentanyl-test-strips"].stepper.plus)
    tap(qtbot, catalogue.review)
    tap(qtbot, window.get_screen(nav.REVIEW).send)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
    code = window.get_screen(nav.CONFIRMATION).code.text()

    # Staff unlock the kiosk with a wrong PIN, then the right one.
    corner = window.top_bar.staff_corner
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=corner.rect().center())
    qtbot.waitUntil(lambda: window.current == nav.PIN, timeout=2_000)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=corner.rect().center())
    pad = window.get_screen(nav.PIN)
    _type_pin(qtbot, pad, WRONG_PIN)
    qtbot.waitUntil(pad.message.isVisible, timeout=5_000)
    window.backend.run(lambda services: services.staff.reset_station(window.backend.station_id, SETUP))
    qtbot.waitUntil(lambda: not window.backend.link.busy)
    _type_pin(qtbot, pad, DEMO_ADMIN_PIN)
    qtbot.waitUntil(lambda: window.current == nav.STAFF, timeout=5_000)
    # The unlock's own change can start one more refresh: let it finish before reading.
    window.shutdown()
    qtbot.waitUntil(lambda: not window.backend.link.busy, timeout=5_000)

    text = _all_logs(log_dir)
    assert f"request {code} stored" in text  # the technician can follow a request by its code
    assert "kiosk" in text and "starting" in text and "failed sign-in" in text
    for secret in (DEMO_ADMIN_PIN, WRONG_PIN):
        assert secret not in text
    for asked in ("naloxone", "Naloxone", "fentanyl", "test strips", "test-strips"):
        assert asked not in text, f"the log tells what a visitor asked for: {asked}"
    assert "INSERT" not in text and "parameters" not in text.lower()


def test_the_log_rotates_and_keeps_a_few_older_parts(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path, "staff", max_bytes=2_000, backups=2)
        for n in range(200):
            logging.getLogger("kiosk.test").info("line %d of a long day", n)
    finally:
        for handler in root.handlers:
            if handler not in before:
                handler.close()
                root.removeHandler(handler)
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names == ["staff.log", "staff.log.1", "staff.log.2"]
    assert all((tmp_path / "logs" / n).stat().st_size <= 2_200 for n in names)
    assert "line 199 of a long day" in (tmp_path / "logs" / "staff.log").read_text()
