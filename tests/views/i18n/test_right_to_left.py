"""Right to left with the pseudo-locale: every screen of the three windows mirrored, nothing overlapping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.views.common.i18n import LanguageSwitcher
from tests.views.i18n.layout_checks import not_mirrored, overlapping
from tests.views.i18n.walk import walk_board, walk_staff, walk_visitor


class Checks:
    def __init__(self) -> None:
        self.screens = 0
        self.not_mirrored: list[str] = []
        self.overlapping: list[str] = []

    def look(self, window, screen: str) -> None:
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft, screen
        self.screens += 1
        for found, into in (
            (not_mirrored(window, screen), self.not_mirrored),
            (overlapping(window, screen), self.overlapping),
        ):
            into.extend(item for item in found if item not in into)

    def assert_clean(self) -> None:
        assert self.screens > 0
        assert not self.not_mirrored, "\n".join(self.not_mirrored)
        assert not self.overlapping, "\n".join(self.overlapping)


@pytest.fixture
def rtl_pseudo(pseudo_locale, right_to_left):
    return None


def test_kiosk_screens(qtbot, rtl_pseudo, monkeypatch, demo_services, content_pack, tmp_path):
    checks = Checks()
    switcher = LanguageSwitcher()
    try:
        walk_visitor(monkeypatch, demo_services, content_pack, switcher, tmp_path, checks.look)
    finally:
        switcher.set_language("en")
        switcher.deleteLater()
    checks.assert_clean()


def test_staff_screens(qtbot, rtl_pseudo, monkeypatch, tmp_path):
    checks = Checks()
    walk_staff(monkeypatch, tmp_path, checks.look)
    checks.assert_clean()


def test_board_screens(qtbot, rtl_pseudo, monkeypatch, tmp_path):
    checks = Checks()
    walk_board(monkeypatch, tmp_path, checks.look)
    checks.assert_clean()
