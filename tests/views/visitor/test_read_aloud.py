"""Read aloud, through Qt's "mock" speech engine (English voices only, no speech server)."""

from __future__ import annotations

import logging

from kiosk.data.dto import SubmitResult
from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap


def _ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.top_bar.read_aloud.isVisible(), timeout=5_000)


def _read(qtbot, window) -> str:
    tap(qtbot, window.top_bar.read_aloud)
    assert window.speech.speaking
    text, lang = window.speech.last_spoken
    assert lang == window.language
    return text


def test_the_start_screen_is_read_and_stopped_and_read_again(qtbot, make_kiosk):
    window = make_kiosk()
    _ready(qtbot, window)
    text = _read(qtbot, window)
    start = window.start_screen
    for part in (start.site_title.text(), start.welcome.text(), start.supplies.title(), "naloxone"):
        assert part in text
    assert window.top_bar.read_aloud.isChecked() and window.top_bar.read_aloud.text() == "Stop"
    tap(qtbot, window.top_bar.read_aloud)
    assert not window.speech.speaking and window.top_bar.read_aloud.text() == "Read aloud"
    assert _read(qtbot, window) == text  # replay from the top


def test_each_screen_reads_what_it_shows(qtbot, make_kiosk):
    window = make_kiosk()
    _ready(qtbot, window)
    window.open_catalogue()
    catalogue = window.get_screen(nav.CATALOGUE)
    tap(qtbot, catalogue.tiles["naloxone-nasal"].stepper.plus)
    text = _read(qtbot, window)
    assert catalogue.title.text() in text and "Naloxone nasal spray" in text and "1 chosen" in text

    window.flows.open_review()
    text = _read(qtbot, window)
    assert "Check your request" in text and "1 × Naloxone nasal spray" in text

    confirmation = window.get_screen(nav.CONFIRMATION)
    confirmation.set_stay_seconds(75)
    confirmation.set_result(SubmitResult(0, "K7P", 3, 9, ()), window.content.pack, "en", False)
    window.show_screen(nav.CONFIRMATION)
    text = _read(qtbot, window)
    assert "Your pickup code: K, 7, P." in text and "75 seconds" in text

    window.flows.open_emergency()
    emergency = window.get_screen(nav.EMERGENCY)
    emergency.set_state("waiting")
    text = _read(qtbot, window)
    assert "Staff have been told" in text and "Call 911" in text
    for index, step in enumerate(emergency.step_labels, start=1):
        assert f"{index}. {step.text()}" in text

    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("overdose-signs")
    text = _read(qtbot, window)
    page = window.content.pack.page("overdose-signs", "en")
    assert text.startswith(page.title) and "What to do now" in text


def test_navigation_quick_exit_and_the_idle_reset_stop_the_voice(qtbot, make_kiosk):
    window = make_kiosk(idle_quiet_ms=300, idle_warning_ms=200)
    _ready(qtbot, window)
    _read(qtbot, window)
    tap(qtbot, window.start_screen.information)
    assert not window.speech.speaking
    info = window.get_screen(nav.INFORMATION)
    qtbot.waitUntil(lambda: bool(info.category_buttons))
    _read(qtbot, window)
    tap(qtbot, info.category_buttons["overdose"])  # moving inside the information stops it too
    assert not window.speech.speaking
    _read(qtbot, window)
    tap(qtbot, window.top_bar.quick_exit)
    assert not window.speech.speaking and window.current == nav.START
    window.open_catalogue()
    _read(qtbot, window)
    with qtbot.waitSignal(window.visit_reset, timeout=5_000):
        pass
    assert not window.speech.speaking


def test_no_voice_for_the_language_no_button_and_one_log_line(qtbot, make_kiosk, caplog):
    window = make_kiosk()
    _ready(qtbot, window)
    with caplog.at_level(logging.INFO, logger="kiosk.views.visitor.speech"):
        window.set_language("fr")  # the mock engine has no French voice
        assert not window.top_bar.read_aloud.isVisible()
        window.open_catalogue()
        window.show_screen(nav.START)
        assert not window.top_bar.read_aloud.isVisible()
    why = [r for r in caplog.records if "no voice" in r.getMessage()]
    assert len(why) == 1 and "fr" in why[0].getMessage()
    # What would be read is in French all the same.
    assert "Bienvenue" in window.start_screen.spoken_text()
    window.set_language("en")
    assert window.top_bar.read_aloud.isVisible()


def test_without_a_speech_engine_there_is_no_button(qtbot, make_kiosk, caplog):
    with caplog.at_level(logging.INFO, logger="kiosk.views.visitor.speech"):
        window = make_kiosk(speech_engine="")
        qtbot.waitUntil(lambda: window.speech._started, timeout=5_000)
    assert not window.top_bar.read_aloud.isVisible()
    assert any("read aloud is off" in r.getMessage() for r in caplog.records)


def test_the_default_engine_is_never_the_test_engine_nor_a_speechd_without_its_library(monkeypatch):
    import ctypes.util

    from kiosk.views.visitor import speech

    assert speech.default_engine(["mock"]) == ""
    monkeypatch.setattr(speech.sys, "platform", "linux")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert speech.default_engine(["speechd", "mock"]) == ""
    assert speech.default_engine(["speechd", "flite"]) == "flite"
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: "libspeechd.so.2")
    assert speech.default_engine(["mock", "speechd"]) == "speechd"


def test_the_speech_engine_is_made_only_once_nobody_has_touched_the_settled_kiosk_for_a_while(qtbot, make_kiosk):
    # Making Qt's speech-dispatcher engine freezes the window for a second or more:
    # never before the kiosk has settled, never while a visitor is tapping.
    window = make_kiosk(pack=None, speech_when_quiet_ms=2_000)  # the pack loads now
    seen: list[tuple[str, int]] = []  # and how long nobody had touched the kiosk by then
    window.settled.connect(lambda: seen.append(("settled", window.idle.quiet_for_ms())))
    window.speech.availability_changed.connect(lambda: seen.append(("speech", window.idle.quiet_for_ms())))
    for _ in range(15):  # a visitor tapping whenever the kiosk has been quiet for 0.2 s, longer than the quiet time
        tap(qtbot, window.top_bar.text_size)
        qtbot.waitUntil(lambda: window.idle.quiet_for_ms() >= 200, timeout=5_000)
        assert not window.speech._started
    qtbot.waitUntil(lambda: window.speech._started, timeout=10_000)
    assert [name for name, _ in seen] == ["settled", "speech"]
    assert seen[1][1] >= 2_000
    _ready(qtbot, window)
