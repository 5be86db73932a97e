"""Staff are told when this PC can't play the emergency sound, and why."""

from __future__ import annotations

import logging

import pytest

from kiosk.views.common.sounds import SoundBoard
from tests.views.staff.conftest import sign_in
from tests.views.staff.test_staff_pages import _page


def _no_pulse() -> object:
    raise ImportError("libpulse.so.0: cannot open shared object file: No such file or directory")


def test_a_missing_audio_library_is_named_with_its_package(qapp, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk.views.common.sounds"):
        board = SoundBoard(tmp_path, load_multimedia=_no_pulse)
    assert board.problem is not None
    assert "libpulse.so.0" in board.problem and "libpulse0" in board.problem
    assert any("libpulse" in r.getMessage() for r in caplog.records)
    # It still answers an emergency, with the system beep.
    board.play("alarm")
    assert board.plays["alarm"] == 1


def test_a_silent_board_reports_no_problem(qapp):
    assert SoundBoard(None, silent=True).problem is None


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_stations_page_says_the_sound_cannot_play(qtbot, services, make_window, tmp_path):
    window = make_window(services, sounds=SoundBoard(tmp_path, load_multimedia=_no_pulse))
    sign_in(qtbot, window)
    page = _page(qtbot, window, "stations")
    assert page.sound_problem.isVisible()
    assert page.sound_problem.text().startswith("On this PC: The emergency sound can't play")
    assert "libpulse0" in page.sound_problem.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_no_warning_when_the_sound_works(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    page = _page(qtbot, window, "stations")
    assert not page.sound_problem.isVisible()
