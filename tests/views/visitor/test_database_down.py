"""An unreachable database: the kiosk still starts, says so calmly, and recovers."""

from __future__ import annotations

import threading

from kiosk.config import load_config
from kiosk.data.services import open_services
from kiosk.views.visitor import messages
from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap

UNREACHABLE = "postgresql+psycopg://kiosk@127.0.0.1:1/none"


def test_starts_offline_and_recovers_without_a_restart(qtbot, make_kiosk, demo_services):
    config = load_config(database=UNREACHABLE)
    attempts = []

    def opener():
        attempts.append(1)
        if len(attempts) < 3:
            return open_services(config.database_url)  # raises DatabaseUnavailable
        return demo_services

    window = make_kiosk(opener=opener, wait_ready=False)
    qtbot.waitUntil(lambda: window.backend.known, timeout=10_000)
    assert not window.backend.available
    assert window.current == nav.START and window.isVisible()
    offline = window.start_screen.offline
    assert offline.isVisible()
    assert offline.text() == "Requests can't be sent right now — please ask at the window."

    # Information works without the database; requests say so.
    tap(qtbot, window.start_screen.information)
    assert window.get_screen(nav.INFORMATION).category_buttons

    # The retry timer keeps trying in the background and the kiosk recovers.
    qtbot.waitUntil(lambda: window.backend.available, timeout=10_000)
    assert len(attempts) == 3
    assert not offline.isVisible()
    window.open_catalogue()
    assert "naloxone-nasal" in window.get_screen(nav.CATALOGUE).tiles
    assert [s.name for s in demo_services.stations.stations()] == ["kiosk-test"]


def test_a_frozen_database_gets_the_outage_message_and_its_late_answer_is_dropped(
    qtbot, make_kiosk, demo_services, monkeypatch
):
    window = make_kiosk(backend_options={"submit_timeout_ms": 300})
    release = threading.Event()
    real_submit = demo_services.queue.submit

    def frozen_submit(*args, **kwargs):
        release.wait(10)  # the server hangs, then answers after all
        return real_submit(*args, **kwargs)

    monkeypatch.setattr(demo_services.queue, "submit", frozen_submit)
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    tap(qtbot, window.get_screen(nav.CATALOGUE).review)
    review = window.get_screen(nav.REVIEW)
    tap(qtbot, review.send)
    qtbot.waitUntil(lambda: review.message.text() == messages.database_down(), timeout=5_000)
    assert window.current == nav.REVIEW

    release.set()  # the late answer arrives: the visitor is not moved on by it
    qtbot.waitUntil(lambda: not window.backend.link.busy, timeout=10_000)
    qtbot.waitUntil(lambda: window.backend.available, timeout=10_000)
    assert window.current == nav.REVIEW
    assert window.get_screen(nav.REVIEW).message.text() == messages.database_down()
