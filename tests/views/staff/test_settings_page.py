"""The Settings page: admins only, every setting with its meaning, refused values explained, live elsewhere."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from kiosk.data.setting_rules import SETTING_SPECS
from tests.views.staff.conftest import PEER_NAME, PEER_PIN, sign_in

LEFT = Qt.MouseButton.LeftButton


def _settings_page(qtbot, window):
    window.workspace.show_page("settings")
    page = window.workspace.settings_page
    assert window.workspace.current_page() is page
    return page


def test_every_setting_is_shown_with_its_meaning(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    page = _settings_page(qtbot, window)
    assert set(page.editors) == set(SETTING_SPECS)
    for name in SETTING_SPECS:
        assert page.titles[name].text() and page.titles[name].text() != name, name
        assert len(page.meanings[name].text()) > 20, name
    qtbot.waitUntil(lambda: page.editors["emergency_number"].value() == services.settings.load().emergency_number)


def test_settings_changed_here_apply_on_another_station_within_a_second(qtbot, services, make_window):
    here = make_window(services)
    there = make_window(services, "staff-pc-2", own_database=True)
    sign_in(qtbot, here)
    sign_in(qtbot, there, PEER_NAME, PEER_PIN)
    page = _settings_page(qtbot, here)
    page.editors["expiry_warning_days"].spin.setValue(45)
    page.editors["emergency_number"].line.setText("")
    qtbot.keyClicks(page.editors["emergency_number"].line, "112")
    assert "not saved yet: 2" in page.status.text()
    with qtbot.waitSignal(here.ctx.settings_changed, timeout=5_000):
        qtbot.mouseClick(page.save_button, LEFT)
    saved = time.monotonic()
    assert services.settings.load().expiry_warning_days == 45
    qtbot.waitUntil(
        lambda: (there.ctx.settings.expiry_warning_days, there.ctx.settings.emergency_number) == (45, "112"),
        timeout=1_000,
    )
    assert time.monotonic() - saved < 1.0
    assert "Saved" in page.status.text()


def test_a_refused_value_says_why_and_saves_nothing(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    page = _settings_page(qtbot, window)
    before = services.settings.load()
    page.editors["idle_timeout_s"].spin.setValue(19)
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.problems["idle_timeout_s"].isVisible()
    assert "from 20 to 900" in page.problems["idle_timeout_s"].text()
    assert "Not saved" in page.status.text()
    assert services.settings.load() == before
    qtbot.mouseClick(page.undo_button, LEFT)
    assert page.editors["idle_timeout_s"].value() == before.idle_timeout_s
    assert not page.problems["idle_timeout_s"].isVisible()


def test_the_page_is_for_admins_only(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    workspace = window.workspace
    row = list(workspace.pages).index("settings")
    assert workspace.navigation.item(row).isHidden()
    workspace.show_page("settings")
    assert workspace.current_page() is not workspace.settings_page
    # Reached some other way, saving is refused before anything is sent.
    page = workspace.settings_page
    page.editors["max_lines"].spin.setValue(3)
    page.save()
    assert "Only an admin" in window.notice_bar.message.text()
