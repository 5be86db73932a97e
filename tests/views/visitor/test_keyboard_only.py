"""Every visitor flow with the keyboard alone: Tab to move, Enter (or Space) to press."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.views.visitor import navigation as nav


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot, window, target: QWidget, limit: int = 120) -> int:
    """Press Tab until ``target`` has the focus; the number of presses it took."""
    for presses in range(limit):
        if _focus() is target:
            return presses
        qtbot.keyClick(_focus() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}; stuck at {_focus()}")


def tab_cycle(qtbot, window) -> list[QWidget]:
    """Everything Tab visits, once round, starting from the focus."""
    first = _focus()
    seen: list[QWidget] = []
    for _ in range(300):
        qtbot.keyClick(_focus() or window, Qt.Key.Key_Tab)
        if _focus() is first:
            return [first, *seen]
        seen.append(_focus())
    raise AssertionError("Tab never came round")


def enter(qtbot, window) -> None:
    qtbot.keyClick(_focus() or window, Qt.Key.Key_Return)


def test_a_request_from_start_to_done_with_the_keyboard(qtbot, make_kiosk):
    window = make_kiosk()
    window.setFocus()
    start = window.start_screen
    tab_to(qtbot, window, start.language_button("fr"))
    enter(qtbot, window)
    assert window.language == "fr" and start.language_button("fr").isChecked()
    tab_to(qtbot, window, start.supplies)
    enter(qtbot, window)
    qtbot.waitUntil(lambda: window.current == nav.CATALOGUE)

    catalogue = window.get_screen(nav.CATALOGUE)
    chips = list(catalogue._chips.values())
    # Reading order: the filters come before the items, the action after them.
    tab_to(qtbot, window, chips[1])
    # An arrow moves to the next filter without applying it.
    qtbot.keyClick(chips[1], Qt.Key.Key_Right)
    assert catalogue._filter == "" and _focus() is chips[2] and not chips[2].isChecked()
    plus = catalogue.tiles["naloxone-nasal"].stepper.plus
    assert tab_to(qtbot, window, plus) > 0
    for _ in range(3):  # the limit is 2: the third press does nothing and the focus stays
        enter(qtbot, window)
        assert _focus() is plus
    assert window.basket.as_request() == [("naloxone-nasal", 2)]
    assert catalogue.tiles["naloxone-nasal"].limit.text() == "C'est le maximum pour une visite"
    # Reading order: the filters, the items as laid out, then the action.
    tab_to(qtbot, window, chips[0])
    cycle = tab_cycle(qtbot, window)
    shown = [tile.stepper.plus for tile in catalogue.tiles.values() if tile.isVisible()]
    positions = [cycle.index(widget) for widget in (*chips, *shown, catalogue.review)]
    assert positions == sorted(positions)
    tab_to(qtbot, window, catalogue.review)
    enter(qtbot, window)
    qtbot.waitUntil(lambda: window.current == nav.REVIEW)

    review = window.get_screen(nav.REVIEW)
    line = review.lines["naloxone-nasal"]
    # The list comes before "Add more" and "Send my request".
    tab_to(qtbot, window, line.stepper.minus)
    cycle = tab_cycle(qtbot, window)
    assert cycle.index(line.remove) < cycle.index(review.add_more) < cycle.index(review.send)
    tab_to(qtbot, window, review.send)
    enter(qtbot, window)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=10_000)

    confirmation = window.get_screen(nav.CONFIRMATION)
    tab_to(qtbot, window, confirmation.done)
    enter(qtbot, window)
    assert window.current == nav.START and window.language == window.default_language


def test_a_filter_is_chosen_with_enter_and_reached_with_tab(qtbot, make_kiosk):
    window = make_kiosk()
    window.open_catalogue()
    catalogue = window.get_screen(nav.CATALOGUE)
    window.setFocus()
    keys = list(catalogue._chips)
    tab_to(qtbot, window, catalogue._chips[keys[2]])
    enter(qtbot, window)
    assert catalogue._filter == keys[2]
    assert [c.isChecked() for c in catalogue._chips.values()].count(True) == 1
    tab_to(qtbot, window, catalogue._chips[keys[0]])
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    assert catalogue._filter == ""


def test_information_pages_and_back_with_the_keyboard(qtbot, make_kiosk):
    window = make_kiosk()
    window.setFocus()
    tab_to(qtbot, window, window.start_screen.information)
    enter(qtbot, window)
    info = window.get_screen(nav.INFORMATION)
    qtbot.waitUntil(lambda: bool(info.category_buttons))
    tab_to(qtbot, window, info.category_buttons["overdose"])
    enter(qtbot, window)
    tab_to(qtbot, window, info.page_buttons["overdose-signs"])
    enter(qtbot, window)
    assert info.current_page() is not None and info.current_page().id == "overdose-signs"
    tab_to(qtbot, window, window.top_bar.back)
    enter(qtbot, window)
    assert info.where[0] == "pages"
    tab_to(qtbot, window, window.top_bar.home)
    enter(qtbot, window)
    assert window.current == nav.START


def test_the_emergency_with_the_keyboard(qtbot, make_kiosk):
    window = make_kiosk()
    window.setFocus()
    tab_to(qtbot, window, window.top_bar.emergency)
    enter(qtbot, window)
    emergency = window.get_screen(nav.EMERGENCY)
    assert window.current == nav.EMERGENCY and _focus() is emergency.confirm
    tab_to(qtbot, window, emergency.cancel)
    enter(qtbot, window)
    assert window.current == nav.START
    tab_to(qtbot, window, window.top_bar.emergency)
    enter(qtbot, window)
    enter(qtbot, window)  # "Yes — get staff now"
    qtbot.waitUntil(lambda: emergency.state == "waiting", timeout=10_000)
    assert _focus() is emergency.steps


def test_text_size_contrast_and_quick_exit_with_the_keyboard(qtbot, make_kiosk):
    window = make_kiosk()
    window.setFocus()
    tab_to(qtbot, window, window.top_bar.text_size)
    enter(qtbot, window)
    assert window.appearance.text_step == 1
    tab_to(qtbot, window, window.top_bar.contrast)
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    assert window.appearance.high_contrast and window.top_bar.contrast.isChecked()
    tab_to(qtbot, window, window.top_bar.quick_exit)
    enter(qtbot, window)
    assert window.appearance.is_default and not window.top_bar.contrast.isChecked()
