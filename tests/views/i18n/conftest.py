"""Fixtures for the translation tests: the pseudo-locale, right to left, the screens to walk."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk.views.common.pseudo import PseudoTranslator
from tests.views.staff.conftest import make_window  # noqa: F401 - the back office's window fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def pytest_collection_modifyitems(config, items):
    """The offscreen platform warns about every top-level window it shows."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture
def pseudo_locale(qapp) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator(qapp)
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    translator.deleteLater()


@pytest.fixture
def right_to_left(qapp) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(scope="session")
def content_pack():
    """The shipped content pack, loaded once for the whole session."""
    from kiosk.content import ContentPack

    return ContentPack.load()


# The kiosk window fixture and its language switcher, as the visitor tests build them.
from tests.views.visitor.conftest import languages, make_kiosk  # noqa: E402, F401
