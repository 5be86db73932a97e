"""Site settings: the submit check follows a change at once, on this station or another."""

from __future__ import annotations

from sqlalchemy import event

from kiosk.data.services import Services
from kiosk.data.submit import RequestRejected
from tests.conftest import SETUP, fast_hasher

THREE_THINGS = [("condoms", 1), ("lube", 1), ("socks", 1)]


def _refused_reason(services, lines) -> str | None:
    try:
        services.queue.submit(lines)
    except RequestRejected as refusal:
        return refusal.reason
    return None


def test_a_change_on_this_station_holds_for_the_very_next_submit(services):
    assert _refused_reason(services, THREE_THINGS) is None  # the settings are now kept
    services.settings.update(by=SETUP, max_lines=2)
    assert _refused_reason(services, THREE_THINGS) == "too_many_lines"
    services.settings.update(by=SETUP, max_lines=3)
    assert _refused_reason(services, THREE_THINGS) is None


def test_a_change_on_another_station_holds_once_the_feed_tells(services):
    kiosk = services
    staff_pc = Services.build(services.db, services.site_id, hasher=fast_hasher())
    assert _refused_reason(kiosk, THREE_THINGS) is None

    staff_pc.settings.update(by=SETUP, max_lines=2)
    kiosk.settings.forget()  # what the kiosk does when the change feed names "settings"
    assert _refused_reason(kiosk, THREE_THINGS) == "too_many_lines"


def test_the_kiosk_reading_new_settings_is_enough(services):
    """The screens and the submit check use the same copy: reading it for one updates both."""
    kiosk = services
    staff_pc = Services.build(services.db, services.site_id, hasher=fast_hasher())
    assert _refused_reason(kiosk, THREE_THINGS) is None
    staff_pc.settings.update(by=SETUP, max_lines=2)
    assert kiosk.settings.load().max_lines == 2
    assert _refused_reason(kiosk, THREE_THINGS) == "too_many_lines"


def test_kept_settings_are_not_read_again_for_each_submit(services):
    services.queue.submit([("condoms", 1)])
    reads = []

    def count(_conn, _cursor, statement, *_args):  # noqa: ANN001 - SQLAlchemy event signature
        # (On SQLite each commit also counts its topic in a "~changes." row:
        # that is the change feed's bookkeeping, not a settings read.)
        if "site_settings" in statement and statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        for _ in range(3):
            services.queue.submit([("condoms", 1)])
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count)
    assert reads == []


def test_a_read_overtaken_by_a_change_is_not_kept(services):
    """forget() during a read (another thread) must not leave the old values kept."""
    settings = services.settings
    engine = services.db.engine
    forgot: list[bool] = []
    reads: list[str] = []

    def forget_during_the_read(_conn, _cursor, statement, *_args):
        if "site_settings" in statement and not forgot:
            forgot.append(True)
            settings.forget()

    def count(_conn, _cursor, statement, *_args):  # noqa: ANN001 - SQLAlchemy event signature
        # (On SQLite each commit also counts its topic in a "~changes." row:
        # that is the change feed's bookkeeping, not a settings read.)
        if "site_settings" in statement and statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    event.listen(engine, "after_cursor_execute", forget_during_the_read)
    try:
        settings.load()
    finally:
        event.remove(engine, "after_cursor_execute", forget_during_the_read)
    assert forgot
    event.listen(engine, "before_cursor_execute", count)
    try:
        services.queue.submit([("condoms", 1)])
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert reads, "the overtaken read was kept"
