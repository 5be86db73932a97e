"""The kiosk's visitor-voice flows: "I used naloxone", the naloxone refill and "have your say".

The screens hold the taps; this turns a finished report or a "Send" into one
service call over the station link. An answer that comes back after the
visit was reset is dropped, and nothing is sent for a flow left half done.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.views.visitor import messages
from kiosk.views.visitor import navigation as nav

if TYPE_CHECKING:
    from kiosk.data.dto import SubmitResult
    from kiosk.data.services import Services
    from kiosk.views.visitor.screens.feedback import FeedbackScreen
    from kiosk.views.visitor.screens.reversal import ReversalScreen
    from kiosk.views.visitor.window import VisitorWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class VoiceFlows(QObject):
    """Wires the voice screens to the services; no signals."""

    def __init__(self, window: VisitorWindow) -> None:
        super().__init__(window)
        self.w = window
        self._generation = 0
        window.visit_reset.connect(self._on_reset)

    # -- screens -------------------------------------------------------------------

    def connect_screen(self, name: str, screen: Any) -> None:
        w = self.w
        if name == nav.REVERSAL:
            screen.answered.connect(self.report_reversal)
            screen.talk_requested.connect(lambda: w.open_catalogue("services"))
            screen.refill_requested.connect(self.refill)
            screen.done_requested.connect(w.reset_visit)
        elif name == nav.FEEDBACK:
            screen.send_requested.connect(self.send_feedback)
            screen.done_requested.connect(w.reset_visit)
        elif name == nav.CONFIRMATION:
            screen.feedback_requested.connect(self.open_feedback)
        elif name == nav.INFORMATION:
            screen.page_view.reversal_requested.connect(self.open_reversal)

    def connect_start(self) -> None:
        start = self.w.start_screen
        start.reversal_requested.connect(self.open_reversal)
        start.feedback_requested.connect(self.open_feedback)

    def open_reversal(self) -> None:
        screen = cast("ReversalScreen", self.w.get_screen(nav.REVERSAL))
        screen.start()
        self.w.show_screen(nav.REVERSAL)

    def open_feedback(self) -> None:
        screen = cast("FeedbackScreen", self.w.get_screen(nav.FEEDBACK))
        screen.start()
        self.w.show_screen(nav.FEEDBACK)

    # -- calls ---------------------------------------------------------------------

    def report_reversal(self, answers: dict[str, str]) -> None:
        """The last question was answered or skipped: count the report (tallies only)."""
        from kiosk.data.voice import ReversalAnswers

        report = ReversalAnswers(**answers)
        generation = self._generation
        self.w.backend.run(
            lambda services: services.voice.report_reversal(report),
            None,
            lambda error: self._on_reversal_failed(generation, error),
        )

    def refill(self) -> None:
        """One naloxone kit, as a new request; the confirmation shows its pickup code."""
        w, generation = self.w, self._generation
        screen = cast("ReversalScreen", w.get_screen(nav.REVERSAL))
        station_id, language = w.backend.station_id, w.language
        screen.set_refilling(True)
        w.flows.visit.asked = True

        def call(services: Services) -> SubmitResult:
            return services.voice.refill_naloxone(station_id=station_id, language=language)

        w.backend.run(
            call,
            lambda result: self._on_refilled(generation, result),
            lambda error: self._on_refill_failed(generation, error),
        )

    def send_feedback(self, choices: tuple[str | None, tuple[str, ...], tuple[str, ...]]) -> None:
        from kiosk.data.voice import Feedback

        rating, missing, wanted = choices
        feedback = Feedback(rating=rating, missing=missing, wanted=wanted)
        screen = cast("FeedbackScreen", self.w.get_screen(nav.FEEDBACK))
        generation = self._generation
        self.w.backend.run(
            lambda services: services.voice.give_feedback(feedback),
            lambda _: self._on_feedback_sent(generation, screen),
            lambda error: self._on_feedback_failed(generation, screen, error),
        )

    # -- answers -------------------------------------------------------------------

    def _on_reset(self) -> None:
        self._generation += 1

    def _on_reversal_failed(self, generation: int, error: KioskError) -> None:
        log.warning("a reversal report was not counted: %s", error)
        if generation == self._generation:
            cast("ReversalScreen", self.w.get_screen(nav.REVERSAL)).set_not_counted()

    def _on_refilled(self, generation: int, result: SubmitResult) -> None:
        if generation != self._generation:
            return
        cast("ReversalScreen", self.w.get_screen(nav.REVERSAL)).set_refilling(False)
        self.w.flows.show_confirmation(result)

    def _on_refill_failed(self, generation: int, error: KioskError) -> None:
        log.info("a naloxone refill was not stored: %s", error)
        if generation != self._generation:
            return
        screen = cast("ReversalScreen", self.w.get_screen(nav.REVERSAL))
        if isinstance(error, DatabaseUnavailable):
            screen.set_refilling(False, messages.database_down())
            return
        screen.set_refill_possible(False)
        screen.set_refilling(False, translate("VoiceFlows", "Naloxone has run out for now. Please ask at the window."))
        self.w.backend.refresh()

    def _on_feedback_sent(self, generation: int, screen: FeedbackScreen) -> None:
        if generation == self._generation:
            screen.show_sent()

    def _on_feedback_failed(self, generation: int, screen: FeedbackScreen, error: KioskError) -> None:
        log.warning("feedback was not counted: %s", error)
        if generation == self._generation:
            screen.show_sent(counted=False)  # nothing for the visitor to fix; staff see it in the log
