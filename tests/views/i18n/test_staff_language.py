"""Staff choose their own language; the back office speaks it from sign-in to sign-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt

from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.staff.people.language import STATION
from tests.conftest import SETUP
from tests.views.staff.conftest import PEER_NAME, PEER_PIN, sign_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def services(demo_services):
    demo_services.staff.add(PEER_NAME, PEER_PIN, by=SETUP)
    return demo_services


@pytest.fixture(autouse=True)
def _back_to_english(qapp):
    yield
    LanguageSwitcher.of(qapp).set_language("en")


def _staff_button(window):
    return window.workspace.staff_page.buttons["pin"]


def test_a_staff_member_signs_in_to_their_own_language_and_out_of_it(qtbot, services, make_window):
    peer = services.staff.sign_in(PEER_NAME, PEER_PIN)
    services.staff.set_language(peer.actor, "fr")
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    assert window.ctx.lang == "fr"
    assert _staff_button(window).text() == "Changer mon code PIN…"
    assert window.workspace.switch_button.text() == "Changer de personne"
    # Qt's own words come in the same language.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    window.sign_out("switch")
    assert window.ctx.lang == "en"
    assert window.signin.isVisible() and _staff_button(window).text() == "Change my PIN…"


def test_choosing_a_language_switches_at_once_and_is_kept(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    page = window.workspace.staff_page
    window.workspace.show_page("staff")
    qtbot.mouseClick(page.buttons["language"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.choices[STATION].isChecked()
    assert {button.text() for button in dialog.choices.values()} >= {"English", "Français", "Español"}
    assert all(button.height() >= 48 for button in dialog.choices.values())  # 10 mm touch targets
    spanish = dialog.choices["es"]
    qtbot.mouseClick(spanish, Qt.MouseButton.LeftButton, pos=QPoint(12, spanish.height() // 2))  # on its circle
    assert spanish.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.lang == "es", timeout=5_000)
    assert page.buttons["language"].text() == "Mi idioma…"
    assert window.notice_bar.isVisible()
    assert services.staff.sign_in(PEER_NAME, PEER_PIN).language == "es"
    window.sign_out("switch")
    assert window.ctx.lang == "en"


def test_the_services_refusals_reach_staff_in_their_language(qtbot, services, make_window):
    peer = services.staff.sign_in(PEER_NAME, PEER_PIN)
    services.staff.set_language(peer.actor, "fr")
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    request = services.queue.submit([("condoms", 1)])
    admin = next(s for s in services.staff.list() if s.is_admin)
    services.queue.claim(request.request_id, admin.actor)
    shown = []
    window.link.conflict.connect(shown.append)
    window.link.call(lambda s: s.queue.claim(request.request_id, peer.actor), lambda _r: None)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert shown == [f"{admin.name} s’occupe déjà de {request.pickup_code}."]
