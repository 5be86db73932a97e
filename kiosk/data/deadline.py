"""A time bound on every unit of work against a database server.

A PostgreSQL server that stops answering (frozen, swapped out, behind a
network that drops packets silently) leaves a client waiting in ``recv()``
for as long as it stays that way: the kernel still acknowledges TCP, so
keepalives never fire. Each unit of work therefore gets a deadline on the
client's clock. A watchdog thread cuts the sockets of a unit that is still
running at its deadline (``shutdown()`` wakes the blocked call, which then
fails like a dropped connection) and the unit raises
:class:`~kiosk.errors.DatabaseUnavailable`.

Giving up is only honest if the work can no longer be stored afterwards: a
``COMMIT`` may already sit in the frozen server's socket buffer. So a unit
commits with a check the server runs right before ``COMMIT``, in the same
message: the commit goes through only while the server's clock is before a
deadline that, measured from the start of the transaction, falls before the
client's own. Once the client has given up, the server refuses that commit
whenever it wakes.

Why the server's deadline is earlier: the server starts the transaction
(``transaction_timestamp()``) before it answers the unit's first statement,
so if the client saw that answer at ``t1`` and will give up at ``G``, a
deadline of ``transaction_timestamp() + (G - t1 - margin)`` falls at least
``margin`` before ``G`` whatever the clocks read.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

UNIT_DEADLINE_S = 4.0
# Room for the two clocks' rates and the last round trip.
COMMIT_MARGIN_S = 0.25


class Unit:
    """One unit of work in flight: its deadline and the connections it holds."""

    __slots__ = ("deadline", "connections", "expired")

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.connections: list[Any] = []
        self.expired = False

    def commit_allowance_s(self, first_reply_at: float) -> float:
        """How long after its transaction began the server may still commit.

        ``first_reply_at`` is when the transaction's first statement was
        answered (on this clock): the server had begun the transaction by then.
        """
        return self.deadline - first_reply_at - COMMIT_MARGIN_S


class Watchdog:
    """Cuts the connections of units that outlive their deadline."""

    def __init__(self, budget_s: float = UNIT_DEADLINE_S) -> None:
        self.budget_s = budget_s
        self._units: set[Unit] = set()
        self._wake = threading.Condition()
        self._local = threading.local()
        self._thread: threading.Thread | None = None
        self._closed = False

    # -- the unit's side -------------------------------------------------

    @contextmanager
    def unit(self, budget_s: float | None = None) -> Iterator[Unit]:
        """Bound the work done inside on this thread; nested units share the outer deadline."""
        stack: list[Unit] = self._stack()
        if stack:
            stack.append(stack[-1])
            try:
                yield stack[-1]
            finally:
                stack.pop()
            return
        unit = Unit(time.monotonic() + (budget_s or self.budget_s))
        with self._wake:
            self._units.add(unit)
            self._ensure_thread()
            self._wake.notify()
        stack.append(unit)
        try:
            yield unit
        finally:
            stack.pop()
            with self._wake:
                self._units.discard(unit)

    def current(self) -> Unit | None:
        stack = self._stack()
        return stack[-1] if stack else None

    def attach(self, dbapi_connection: Any) -> Unit | None:
        """A connection taken from the pool by the current unit, if any."""
        unit = self.current()
        if unit is None:
            return None
        with self._wake:
            if unit.expired:
                _cut(dbapi_connection)
            else:
                unit.connections.append(dbapi_connection)
        return unit

    def detach(self, unit: Unit, dbapi_connection: Any) -> None:
        with self._wake:
            if dbapi_connection in unit.connections:
                unit.connections.remove(dbapi_connection)

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._wake.notify()

    # -- the watchdog's side --------------------------------------------

    def _stack(self) -> list[Unit]:
        stack: list[Unit] | None = getattr(self._local, "stack", None)
        if stack is None:
            stack = self._local.stack = []
        return stack

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._closed = False
            self._thread = threading.Thread(target=self._run, name="db-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        with self._wake:
            while not self._closed:
                now = time.monotonic()
                waiting = [u for u in self._units if not u.expired]
                for unit in waiting:
                    if unit.deadline <= now:
                        unit.expired = True
                        log.warning("a database call ran past %.1f s; cutting its connection", self.budget_s)
                        for connection in unit.connections:
                            _cut(connection)
                pending = [u.deadline for u in self._units if not u.expired]
                if not pending and not self._units:
                    # Nothing in flight: sleep until the next unit starts.
                    self._wake.wait()
                else:
                    self._wake.wait(max(0.0, min(pending) - now) if pending else None)


def _cut(dbapi_connection: Any) -> None:
    """Wake whoever waits on this connection's socket: it fails as a lost connection."""
    try:
        fd = dbapi_connection.fileno()
    except Exception:  # noqa: BLE001 - already closed: nothing to wake
        return
    try:
        sock = socket.socket(fileno=fd)
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        # The descriptor belongs to the driver: let go of it without closing it.
        sock.detach()


def commit_check_sql(allowance_s: float) -> str:
    """The statement sent with COMMIT: the server refuses it past the unit's deadline."""
    seconds = f"{max(0.0, allowance_s):.3f}"
    return (
        "DO $kiosk$ BEGIN "
        f"IF clock_timestamp() > transaction_timestamp() + make_interval(secs => {seconds}) THEN "
        "RAISE EXCEPTION 'the unit of work ran past its deadline; nothing was stored' "
        "USING ERRCODE = 'query_canceled'; "
        "END IF; END $kiosk$; COMMIT"
    )
