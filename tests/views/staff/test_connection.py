"""A database outage: a banner, no crash, and the window comes back by itself."""

from __future__ import annotations

from kiosk.errors import DatabaseUnavailable
from tests.views.staff.conftest import queue_codes, sign_in


def test_outage_banner_then_recovery_without_restart(qtbot, services, make_window, monkeypatch):
    window = make_window(services)
    sign_in(qtbot, window)
    queue, settings = window.ctx.services.queue, window.ctx.services.settings
    real_open, real_load = queue.staff_queue, settings.load
    down = {"now": True}

    def unless_down(call):
        def wrapped(*args, **kwargs):
            if down["now"]:
                raise DatabaseUnavailable("The database can't be reached right now.")
            return call(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(queue, "staff_queue", unless_down(real_open))
    monkeypatch.setattr(settings, "load", unless_down(real_load))
    window.feed.refresh()
    qtbot.waitUntil(window.connection_banner.isVisible, timeout=5_000)
    assert "Can't reach the database" in window.connection_banner.message.text()
    assert window.workspace.isVisible()  # still signed in, nothing closed

    code = services.queue.submit([("naloxone-nasal", 1)]).pickup_code
    down["now"] = False
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: code in queue_codes(window), timeout=5_000)


def test_feed_losing_the_database_shows_the_banner(qtbot, services, make_window, monkeypatch):
    window = make_window(services)
    monkeypatch.setattr(
        window.ctx.services.settings, "load", lambda: (_ for _ in ()).throw(DatabaseUnavailable("down"))
    )
    window.link.notifier.connection_changed.emit(False)
    assert window.connection_banner.isVisible()
    monkeypatch.undo()
    window.link.notifier.connection_changed.emit(True)
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=5_000)
