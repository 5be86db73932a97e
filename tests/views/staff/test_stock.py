"""Stock edits: restock, adjust with a reason, admin edits, and who may do what."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.views.staff.stock.model import LowRole
from tests.conftest import SETUP
from tests.views.staff.conftest import PEER_NAME, PEER_PIN, sign_in

LEFT = Qt.MouseButton.LeftButton


def _stock_page(qtbot, window):
    window.workspace.show_page("stock")
    page = window.workspace.stock_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)
    return page


def _save(qtbot, page, dialog):
    with qtbot.waitSignal(page.stock_changed, timeout=5_000) as blocker:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    return blocker.args[0]


def test_restock_and_adjust_with_a_reason(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    page = _stock_page(qtbot, window)
    before = services.inventory.supply("naloxone-nasal").stock

    assert page.select_supply("naloxone-nasal")
    qtbot.mouseClick(page.buttons["restock"], LEFT)
    dialog = page.dialog
    dialog.quantity.setValue(24)
    assert dialog.windowTitle() == dialog.title_label.text() == "Receive Naloxone nasal spray"
    assert _save(qtbot, page, dialog) == "naloxone-nasal"
    assert services.inventory.supply("naloxone-nasal").stock == before + 24
    assert window.notice_bar.message.text() == f"Naloxone nasal spray: 24 added. {before + 24} on the shelf now."

    qtbot.waitUntil(lambda: page.select_supply("naloxone-nasal"), timeout=5_000)
    qtbot.mouseClick(page.buttons["adjust"], LEFT)
    dialog = page.dialog
    assert dialog.chosen_reason() == "count_correction"  # the usual reason, chosen already
    qtbot.mouseClick(dialog.ok_button, LEFT)  # no change yet: refused, the dialog stays
    assert dialog.isVisible() and "other than zero" in dialog.problem_label.text()
    dialog.delta.setValue(-4)
    dialog.reason.setCurrentIndex(dialog.reason.findData("damaged"))
    _save(qtbot, page, dialog)
    assert services.inventory.supply("naloxone-nasal").stock == before + 20
    movements = services.inventory.movements("naloxone-nasal")
    assert (movements[-1].delta, movements[-1].reason) == (-4, "damaged")


def test_low_stock_is_highlighted_and_filterable(qtbot, services, make_window):
    supply = services.inventory.supply("fentanyl-test-strips")
    services.inventory.adjust(supply.key, supply.low_stock_at - supply.stock, "count_correction", SETUP)
    window = make_window(services)
    sign_in(qtbot, window)
    page = _stock_page(qtbot, window)
    row = page.model.row_of_key(supply.key)
    assert page.model.index(row, 0).data(LowRole) is True
    assert "(low)" in page.model.index(row, 2).data()
    page.low_only.setChecked(True)
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert supply.name("en") in shown
    assert all(page.proxy.index(r, 0).data(LowRole) for r in range(page.proxy.rowCount()))


def test_admin_edits_limits_adds_and_turns_off(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    page = _stock_page(qtbot, window)
    assert page.buttons["add"].isVisible() and page.buttons["edit"].isVisible()

    assert page.select_supply("naloxone-nasal")
    qtbot.mouseClick(page.buttons["edit"], LEFT)
    dialog = page.dialog
    dialog.limit.setValue(4)
    dialog.others_cap.setValue(10)
    dialog.low_at.setValue(12)
    _save(qtbot, page, dialog)
    supply = services.inventory.supply("naloxone-nasal")
    assert (supply.per_request_limit, supply.others_cap, supply.low_stock_at) == (4, 10, 12)

    qtbot.mouseClick(page.buttons["edit"], LEFT)  # back to no cap: the limit grows with each person
    dialog = page.dialog
    dialog.others_cap.setValue(0)
    _save(qtbot, page, dialog)
    assert services.inventory.supply("naloxone-nasal").others_cap is None

    qtbot.mouseClick(page.buttons["add"], LEFT)
    dialog = page.dialog
    qtbot.keyClicks(dialog.names["en"], "Lip balm")
    assert dialog.key.text() == "lip-balm"
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "every language" in dialog.problem_label.text()
    # QTest can't type accents: put them in as an input method would.
    dialog.names["fr"].insert("Baume à lèvres")
    dialog.names["es"].insert("Bálsamo labial")
    dialog.stock.setValue(40)
    _save(qtbot, page, dialog)
    added = services.inventory.supply("lip-balm")
    assert added.names == {"en": "Lip balm", "fr": "Baume à lèvres", "es": "Bálsamo labial"}
    assert added.stock == 40

    qtbot.waitUntil(lambda: page.select_supply("lip-balm"), timeout=5_000)
    qtbot.mouseClick(page.buttons["toggle"], LEFT)
    qtbot.waitUntil(lambda: not services.inventory.supply("lip-balm").active, timeout=5_000)


def test_admin_actions_hidden_and_refused_for_staff(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    page = _stock_page(qtbot, window)
    for name in ("edit", "toggle", "add"):
        assert not page.buttons[name].isVisible()
    # Even if the button were reached some other way, the check runs again.
    page._on_button("add")
    assert page.dialog is None
    assert "Only an admin" in window.notice_bar.message.text()
    staff_page = window.workspace.staff_page
    for name in ("add", "toggle", "unlock"):
        assert not staff_page.buttons[name].isVisible()
