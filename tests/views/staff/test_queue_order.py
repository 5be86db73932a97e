"""The queue's order and markings on a fixed set of requests, and how a load is applied."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace as dataclass_replace

import pytest
from PySide6.QtCore import QObject, Qt

from kiosk.data.dto import LineView, RequestView
from kiosk.views.staff import style
from kiosk.views.staff.queue.model import (
    CALLED,
    NOT_PICKED_UP,
    OVER_TARGET,
    STATUS,
    WAITING,
    MarkRole,
    QueueFilter,
    QueueModel,
    minutes_text,
    queue_order,
)

NOW = dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC)
LUBE = LineView(1, "lube", {"en": "Lube"}, "item", 6, None, 40)


def ago(minutes: float) -> dt.datetime:
    return NOW - dt.timedelta(minutes=minutes)


def request(
    id_: int, code: str, status: str, created: float, *, ready: float | None = None, called: float | None = None,
    closed: float | None = None, emergency: bool = False,
) -> RequestView:
    return RequestView(
        id=id_, pickup_code=code, status=status, priority="emergency" if emergency else "normal",
        created_at=ago(created), claimed_at=None, ready_at=ago(ready) if ready is not None else None,
        closed_at=ago(closed) if closed is not None else None, acknowledged_at=None, claimed_by=None,
        claimed_by_id=None, cancel_reason=None, version=1, lines=() if emergency else (LUBE,),
        called_at=ago(called) if called is not None else None,
    )


# A busy afternoon, in the order it came in.
DAY = [
    request(1, "RDY", "ready", 65, ready=45),  # at the window 45 min: not picked up
    request(2, "W40", "pending", 40),  # over the 15 min target
    request(3, "PRG", "in_progress", 50, called=3),
    request(4, "RD2", "ready", 30, ready=2),
    request(5, "W05", "pending", 5),
    request(6, "OD1", "pending", 1, emergency=True),
    request(7, "DNE", "fulfilled", 90, closed=60),
    request(8, "W12", "pending", 12),
    request(9, "CNL", "cancelled", 20, closed=10),
    request(10, "PR2", "in_progress", 20),
]
# Written by hand: the emergency; waiting oldest first; in progress oldest first;
# ready, longest at the window first; then closed, latest first.
EXPECTED = ["OD1", "W40", "W12", "W05", "PRG", "PR2", "RDY", "RD2", "CNL", "DNE"]


@pytest.fixture
def model(qapp):
    owner = QObject()
    built = QueueModel("en", owner, clock=lambda: NOW)
    built.set_targets(15, 10)
    built.set_requests(queue_order(DAY))
    yield built
    owner.deleteLater()


def _status(model, code):
    return model.index(model.row_of_code(code), STATUS)


def test_the_queue_reads_in_the_order_of_what_to_do_next(model):
    assert [r.pickup_code for r in model.rows()] == EXPECTED


def test_rows_that_need_a_look_are_marked_in_colour_and_words(model):
    marks = {r.pickup_code: model.index(row, 0).data(MarkRole) for row, r in enumerate(model.rows())}
    assert marks == {
        "OD1": "", "W40": OVER_TARGET, "W12": "", "W05": "", "PRG": CALLED, "PR2": "",
        "RDY": NOT_PICKED_UP, "RD2": "", "CNL": "", "DNE": "",
    }
    assert _status(model, "W40").data() == "Waiting\nOver the 15 min target"
    assert _status(model, "RDY").data() == "Ready\nNot picked up for 45 min"
    assert _status(model, "PRG").data() == "In progress\nCalled 3 min ago"
    assert _status(model, "W12").data() == "Waiting"
    background = Qt.ItemDataRole.BackgroundRole
    assert _status(model, "W40").data(background).color().name().upper() == style.OVER_TARGET_BG
    assert _status(model, "RDY").data(background).color().name().upper() == style.NOT_PICKED_UP_BG
    assert _status(model, "RD2").data(background).color().name().upper() == style.READY_BG


def test_waiting_reads_in_minutes(model):
    assert model.index(model.row_of_code("W40"), WAITING).data() == "40 min"
    assert model.index(model.row_of_code("RDY"), WAITING).data() == "1 h 05 min"
    assert model.index(model.row_of_code("DNE"), WAITING).data() == "30 min"  # until it closed
    assert minutes_text(59) == "under 1 min"


def test_the_site_target_moves_the_marking(model):
    model.set_targets(45, 10)
    assert _status(model, "W40").data() == "Waiting"
    model.set_targets(10, 10)
    assert _status(model, "W12").data() == "Waiting\nOver the 10 min target"


def test_a_change_updates_the_rows_it_touches_without_a_reset(qtmodeltester, model):
    qtmodeltester.check(model)
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"insert {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(f"remove {first}-{last}"))
    model.rowsMoved.connect(lambda *_a: events.append("move"))
    model.dataChanged.connect(lambda top, bottom, _r: events.append(f"change {top.row()}-{bottom.row()}"))

    arrived = request(11, "NEW", "pending", 0.5)
    model.set_requests(queue_order([*DAY, arrived]))
    assert events == ["insert 4-4"]  # after the three waiting longer
    events.clear()

    handed = [r for r in DAY if r.pickup_code != "RDY"]
    handed.append(request(1, "RDY", "fulfilled", 65, ready=45, closed=0))
    model.set_requests(queue_order([*handed, arrived]))
    assert "reset" not in events and "move" in events
    assert [r.pickup_code for r in model.rows()][-3:] == ["RDY", "CNL", "DNE"]

    events.clear()
    model.set_requests(queue_order([r for r in DAY if r.pickup_code != "CNL"] + [arrived]))
    assert events[0].startswith("remove") and "reset" not in events
    qtmodeltester.check(model)


def test_a_request_that_closes_leaves_the_open_list(model, qapp):
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_mode("open")
    codes = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert "W05" in codes and "DNE" not in codes
    cancelled = [r for r in DAY if r.pickup_code != "W05"] + [request(5, "W05", "cancelled", 5, closed=0)]
    model.set_requests(queue_order(cancelled))
    assert "W05" not in [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_the_queue_wakes_only_when_a_time_on_screen_is_due_to_change(qapp):
    """Times read in minutes: the next look is when one of them moves on, and only its cells are announced."""
    owner = QObject()
    clock = [NOW]
    model = QueueModel("en", owner, clock=lambda: clock[0])
    model.set_targets(15, 10)
    seconds = dt.timedelta(seconds=1)
    long_wait = dataclass_replace(request(1, "LNG", "pending", 40), created_at=NOW - 2410 * seconds)  # 40 min 10 s
    short_wait = dataclass_replace(request(2, "SHT", "pending", 12), created_at=NOW - 770 * seconds)  # 12 min 50 s
    done = request(3, "DNE", "fulfilled", 90, closed=60)
    model.set_requests([long_wait, short_wait, done])
    assert model.next_change_s() == pytest.approx(10)  # "12 min" becomes "13 min" first
    assert model.next_change_s([2]) is None  # a closed request's time never moves on
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom, roles: changed.extend(range(top.row(), bottom.row() + 1)))
    model.tick()
    changed.clear()
    clock[0] = NOW + 9 * seconds
    model.tick()
    assert changed == []  # nothing reads differently yet
    clock[0] = NOW + 10 * seconds
    model.tick()
    assert changed == [model.row_of_code("SHT")]
    assert model.index(model.row_of_code("SHT"), WAITING).data() == "13 min"
    assert model.index(model.row_of_code("LNG"), WAITING).data() == "40 min"
    assert model.next_change_s() == pytest.approx(40)  # "40 min" becomes "41 min" next
    # Crossing the site's target marks the row when it happens, not at the next whole minute.
    clock[0] = NOW + 130 * seconds  # SHT has waited 15 min: over the target one second later
    model.tick()
    assert model.next_change_s([model.row_of_code("SHT")]) == pytest.approx(1)
    clock[0] = NOW + 131 * seconds
    model.tick()
    assert _status(model, "SHT").data() == "Waiting\nOver the 15 min target"
    owner.deleteLater()
