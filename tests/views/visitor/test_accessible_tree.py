"""Every visitor screen, as a screen reader meets it: named controls, states, values, headings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from kiosk.data.dto import SubmitResult
from kiosk.views.visitor import navigation as nav
from tests.views.visitor.a11y_tree import INTERACTIVE, problems, walk
from tests.views.visitor.helpers import tap

R = QAccessible.Role


def _screens(window):
    """Put the window on each visitor screen in turn; yields the screen's name."""
    window.start_screen.set_alerts([])
    yield "start"
    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    yield "information"
    info.open_category("overdose")
    yield "information/pages"
    info.open_page("overdose-signs")
    yield "information/page"
    info.reset()
    info.open_topic(next(iter(window.content.pack.topic_words(window.language))))
    yield "information/topic"
    window.open_catalogue()
    catalogue = window.get_screen(nav.CATALOGUE)
    tap_plus = catalogue.tiles["naloxone-nasal"].stepper.plus
    tap_plus.click()
    tap_plus.click()
    yield "catalogue"
    window.flows.open_review()
    yield "review"
    confirmation = window.get_screen(nav.CONFIRMATION)
    confirmation.set_stay_seconds(75)
    confirmation.set_result(SubmitResult(0, "K7P", 3, 9, ("naloxone-training",)), window.content.pack, "en", True)
    window.show_screen(nav.CONFIRMATION)
    yield "confirmation"
    window.flows.open_emergency()
    yield "emergency"
    window.get_screen(nav.EMERGENCY).set_state("waiting")
    yield "emergency/steps"
    window.get_screen(nav.EMERGENCY).set_state("asking")
    window.warning.show_countdown(10)
    yield "idle-warning"
    window.warning.hide()
    window.flows.open_staff()
    yield "pin"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_visitor_screen_names_its_controls_states_and_values(qtbot, make_kiosk, lang):
    window = make_kiosk()
    window.set_language(lang)
    seen = []
    for name in _screens(window):
        QApplication.processEvents()
        found = problems(window)
        assert not found, f"{name}: " + "; ".join(found)
        interactive = [n for n in walk(window) if n.role in INTERACTIVE]
        assert len(interactive) >= 5, f"{name}: the walk met only {len(interactive)} controls"
        seen.append(name)
    assert len(seen) == 12


def _nodes(window, role):
    return [node for node in walk(window) if node.role == role]


def test_the_stepper_count_is_a_value_and_the_toggles_say_whether_they_are_on(qtbot, make_kiosk):
    window = make_kiosk()
    languages = {node.name: node for node in _nodes(window, R.RadioButton)}
    assert languages["English"].checked and not languages["Français"].checked
    tap(qtbot, window.start_screen.language_button("fr"))
    languages = {node.name: node for node in _nodes(window, R.RadioButton)}
    assert languages["Français"].checked and not languages["English"].checked

    contrast = next(n for n in walk(window) if n.widget is window.top_bar.contrast)
    assert contrast.checkable and not contrast.checked
    tap(qtbot, window.top_bar.contrast)
    contrast = next(n for n in walk(window) if n.widget is window.top_bar.contrast)
    assert contrast.checked
    size = next(n for n in walk(window) if n.widget is window.top_bar.text_size)
    assert size.name.endswith("normale")  # French: the current size is in the name
    tap(qtbot, window.top_bar.text_size)
    size = next(n for n in walk(window) if n.widget is window.top_bar.text_size)
    assert size.name.endswith("plus grande")

    window.open_catalogue()
    tile = window.get_screen(nav.CATALOGUE).tiles["naloxone-nasal"]
    tap(qtbot, tile.stepper.plus)
    counts = [n for n in _nodes(window, R.SpinBox) if n.widget is tile.stepper.value_box]
    assert counts and counts[0].value == 1 and counts[0].name.endswith(tile.supply.name("fr"))
    filters = [n for n in _nodes(window, R.RadioButton) if n.widget in window.get_screen(nav.CATALOGUE)._chips.values()]
    assert len(filters) >= 3 and [n.checked for n in filters].count(True) == 1


def test_headings_are_announced_and_pictures_and_the_staff_corner_are_not(qtbot, make_kiosk):
    window = make_kiosk()
    window.start_screen.set_alerts([])
    nodes = list(walk(window))
    assert any(n.role == R.Heading and n.widget is window.start_screen.site_title for n in nodes)
    assert not any(n.widget is window.top_bar.staff_corner for n in nodes)
    assert not any(n.role == R.Graphic for n in nodes)
    window.open_catalogue()
    headings = [n.name for n in walk(window) if n.role == R.Heading]
    catalogue = window.get_screen(nav.CATALOGUE)
    assert catalogue.title.text() in headings
    assert catalogue.tiles["naloxone-nasal"].name.text() in headings


def test_an_information_page_has_headings_and_numbered_steps(qtbot, make_kiosk):
    window = make_kiosk()
    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("overdose-signs")
    QApplication.processEvents()
    nodes = list(walk(window))
    headings = [n.name for n in nodes if n.role == R.Heading]
    page = window.content.pack.page("overdose-signs", "en")
    assert page.title in headings and "What to do now" in headings and "Signs of an opioid overdose" in headings
    steps = [n.name for n in nodes if n.name.startswith("1. ") or n.name.startswith("2. ")]
    assert steps[:2] == [
        "1. Shout their name. Rub your knuckles hard on the middle of their chest.",
        "2. No answer? Call emergency services. Say: someone is not breathing or will not wake up.",
    ]
