"""The rules of one visit, in plain Python: no Qt, no widgets, no database.

A :class:`Visit` holds what the visitor did (the basket, a request being
sent, an emergency call and whether staff answered it) and a generation that
moves on at every reset, so an answer that comes back for a visitor who has
gone is dropped. It calls out what to show through the narrow
:class:`VisitView` interface and reaches the database through
:class:`VisitCalls`; the window implements the first, the kiosk's backend
the second, and the tests use fakes of both (as Mu's editor is tested
against a mock view).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.views.visitor.basket import Basket

if TYPE_CHECKING:
    from kiosk.data.dto import RequestView, SubmitResult

log = logging.getLogger(__name__)

#: What the emergency screen shows, step by step.
ASKING, SENDING, WAITING, COMING, FAILED = "asking", "sending", "waiting", "coming", "failed"
_ANSWER_TOPICS = frozenset({"requests", "*"})


class VisitView(Protocol):
    """What a visit can ask the screen to show."""

    def show_sending(self, sending: bool) -> None:
        """The review screen's "sending..." state."""

    def show_confirmation(self, result: SubmitResult) -> None:
        """The request is stored: its pickup code and place in the queue."""

    def show_outage(self) -> None:
        """The calm "can't be sent right now" (database gone or too slow)."""

    def show_rejection(self, reason: str, supply_key: str, limit: int | None) -> None:
        """The request was refused (``reason``); the basket was already corrected."""

    def show_emergency_state(self, state: str) -> None:
        """One of ASKING, SENDING, WAITING, COMING, FAILED."""

    def show_responder(self, name: str) -> None:
        """Who from staff is coming (before the COMING state)."""

    def refresh_data(self) -> None:
        """Read the catalogue again (after a refusal that says it changed)."""


class VisitCalls(Protocol):
    """The database calls a visit makes; callbacks come back later, on the GUI thread."""

    def submit(
        self,
        lines: list[tuple[str, int]],
        on_success: Callable[[Any], None],
        on_failure: Callable[[KioskError], None],
        *,
        emergency: bool = False,
        prepare: Callable[[Any], Any] | None = None,
        language: str | None = None,
        for_others: int = 0,
    ) -> None: ...

    def run(
        self,
        fn: Callable[[Any], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[KioskError], None] | None = None,
    ) -> None: ...


class Visit:
    """One visitor's session, from the first tap to the reset."""

    def __init__(self, view: VisitView, calls: VisitCalls, basket: Basket | None = None) -> None:
        self._view = view
        self._calls = calls
        self.basket = basket if basket is not None else Basket()
        self.generation = 0
        self.submitting = False
        self.emergency_sending = False
        self.emergency_id: int | None = None
        self.emergency_acknowledged = False
        #: The language the visitor reads in, kept with a request for reprints and reports.
        self.language: str | None = None
        #: Information pages opened, and whether anything was asked: a visit
        #: that only read is counted as such, never linked to anything.
        self.pages_read = 0
        self.asked = False

    # -- the whole visit -------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A request or an emergency call is under way: the visit is not pristine."""
        return self.submitting or self.emergency_sending or self.emergency_id is not None

    def reset(self) -> bool:
        """Forget everything; answers still on their way for this visit will be dropped.

        True when the visit only read information (pages opened, nothing asked).
        """
        only_read = self.pages_read > 0 and not self.asked
        self.pages_read, self.asked = 0, False
        self.generation += 1
        self.submitting = False
        self.emergency_sending = False
        self.emergency_id = None
        self.emergency_acknowledged = False
        self.basket.clear()
        return only_read

    def read_page(self) -> None:
        self.pages_read += 1

    def stop(self) -> None:
        """The kiosk is closing: drop every answer still on its way."""
        self.generation += 1

    def may_reset_when_idle(self) -> bool:
        """No idle reset while staff are being called and haven't answered yet."""
        waiting = self.emergency_id is not None and not self.emergency_acknowledged
        return not (self.emergency_sending or waiting)

    # -- a request ---------------------------------------------------------------------

    def submit(self, prepare: Callable[[Any], Any] | None = None) -> bool:
        """Send the basket; False when there is nothing to send or a send is under way."""
        if self.submitting or self.basket.empty:
            return False
        self.submitting = True
        self.asked = True
        generation, lines = self.generation, self.basket.as_request()
        self._view.show_sending(True)
        self._calls.submit(
            lines,
            lambda result: self._on_submitted(generation, result),
            lambda error: self._on_submit_failed(generation, error),
            prepare=prepare,
            language=self.language,
            for_others=self.basket.for_others,
        )
        return True

    def _on_submitted(self, generation: int, result: SubmitResult) -> None:
        if generation != self.generation:
            return
        self.submitting = False
        self.basket.clear()
        self._view.show_sending(False)
        self._view.show_confirmation(result)

    def _on_submit_failed(self, generation: int, error: KioskError) -> None:
        if generation != self.generation:
            return
        self.submitting = False
        self._view.show_sending(False)
        if isinstance(error, DatabaseUnavailable):
            self._view.show_outage()
            return
        reason = getattr(error, "reason", "")
        details = getattr(error, "details", {}) or {}
        key = str(details.get("supply", ""))
        limit = details.get("limit")
        if reason == "over_limit" and key:
            limits = {line.key: self.basket.limit(line.key) for line in self.basket.lines()}
            self.basket.set_limits({**limits, key: int(limit or 0)})
        elif reason in ("out_of_stock", "unavailable", "unknown_supply") and key:
            self.basket.remove(key)
        self._view.show_rejection(reason, key, int(limit) if limit is not None else None)
        self._view.refresh_data()

    # -- an emergency ---------------------------------------------------------------------

    def send_emergency(self) -> None:
        self.emergency_sending = True
        self.asked = True
        generation = self.generation
        self._view.show_emergency_state(SENDING)
        self._calls.submit(
            [],
            lambda result: self._on_emergency_sent(generation, result),
            lambda error: self._on_emergency_failed(generation, error),
            emergency=True,
            language=self.language,
        )

    def _on_emergency_sent(self, generation: int, result: SubmitResult) -> None:
        if generation != self.generation:
            return
        self.emergency_sending = False
        self.emergency_id = result.request_id
        self.emergency_acknowledged = False
        self._view.show_emergency_state(WAITING)
        self.check_acknowledged()

    def _on_emergency_failed(self, generation: int, error: KioskError) -> None:
        log.error("an emergency call could not be stored: %s", error)
        if generation != self.generation:
            return
        self.emergency_sending = False
        self._view.show_emergency_state(FAILED)

    def on_changed(self, topics: frozenset[str]) -> None:
        """Another station changed something: perhaps staff answered the call."""
        if self.emergency_id is not None and not self.emergency_acknowledged and topics & _ANSWER_TOPICS:
            self.check_acknowledged()

    def check_acknowledged(self) -> None:
        request_id, generation = self.emergency_id, self.generation
        if request_id is None:
            return
        self._calls.run(
            lambda services: services.queue.status_of(request_id),
            lambda view: self._on_status(generation, view),
            lambda error: log.warning("checking the emergency call failed: %s", error),
        )

    def _on_status(self, generation: int, request: RequestView) -> None:
        if generation != self.generation or request.id != self.emergency_id or self.emergency_acknowledged:
            return
        if request.acknowledged_at is not None:
            self.emergency_acknowledged = True
            self._view.show_responder(request.responders[0] if request.responders else request.claimed_by or "")
            self._view.show_emergency_state(COMING)
