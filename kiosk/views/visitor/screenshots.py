"""``kiosk --demo --screenshot DIR``: every visitor screen as PNG files, then exit.

A centre previews its content pack this way, and the README shows some of
the pictures. Nothing is written to the database: the confirmation and the
emergency screens show sample data.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication

from kiosk.data.dto import AlertView, SubmitResult
from kiosk.languages import LANGUAGES
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.visitor import messages
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.backend import VisitorBackend
from kiosk.views.visitor.content_source import ContentSource
from kiosk.views.visitor.slips import SlipPrinting
from kiosk.views.visitor.window import VisitorWindow

log = logging.getLogger(__name__)

SIZES = ((1920, 1080), (1280, 800))
SAMPLE_CHOICES = (("naloxone-nasal", 2), ("fentanyl-test-strips", 5), ("syringe-1ml", 20), ("peer-worker", 1))
SAMPLE_PAGE = "overdose-signs"
#: Shown as "out today" on the "have your say" screen (the demo has everything in stock).
SAMPLE_OUT_TODAY = ("syringe-1ml", "glass-stems")
SAMPLE_RESOURCES = ("naloxone-training", "naloxone-locator", "drug-checking")
#: Screens rendered in every language; the rest in English only.
EVERY_LANGUAGE = (
    "start", "catalogue", "page", "confirmation", "print-failed", "emergency", "emergency-steps", "emergency-coming",
    "review-for-others", "reversal", "reversal-care", "feedback",
)
#: A staff display name for the emergency screen's second stage (a role, not a person).
SAMPLE_RESPONDER = "Peer worker"


def settle(condition: Callable[[], bool] = lambda: True, timeout_s: float = 10.0) -> bool:
    """Run the event loop until ``condition`` holds (and a little after, for layouts)."""
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    for _ in range(5):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return condition()


def sample_alert() -> AlertView:

    now = dt.datetime.now(dt.UTC)
    texts = {
        "en": {
            "title": "Strong opioids in pills sold as benzos",
            "body": "People have overdosed this week. Test first, start low, and don't use alone.",
        },
        "fr": {
            "title": "Opioïdes puissants dans des comprimés vendus comme benzos",
            "body": "Des personnes ont fait une surdose cette semaine. Testez d'abord, commencez petit, "
            "et ne consommez pas seul.",
        },
        "es": {
            "title": "Opioides fuertes en pastillas vendidas como benzos",
            "body": "Esta semana hubo sobredosis. Haga la prueba primero, empiece con poco y no consuma solo.",
        },
    }
    return AlertView(0, "danger", texts, now, None)


def sample_result() -> SubmitResult:

    return SubmitResult(0, "K7P", 3, 9, SAMPLE_RESOURCES)


class Shooter:
    """Puts the window in each state and saves it."""

    def __init__(self, window: VisitorWindow, out_dir: Path) -> None:
        self.window = window
        self.out_dir = out_dir
        self.saved: list[Path] = []

    def save(self, name: str) -> None:
        settle()
        size = self.window.size()
        path = self.out_dir / f"visitor-{size.width()}x{size.height()}-{name}.png"
        if not self.window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)

    def visit(self, lang: str, every: bool) -> None:
        w = self.window
        w.reset_visit()
        w.set_language(lang)
        w.start_screen.set_alerts([sample_alert()])
        wanted = EVERY_LANGUAGE if not every else None

        def shot(name: str) -> None:
            if wanted is None or name in wanted:
                self.save(f"{lang}-{name}")

        shot("start")
        w.show_screen(nav.INFORMATION)
        shot("information")
        w.get_screen(nav.INFORMATION).open_page(SAMPLE_PAGE)
        shot("page")
        w.open_catalogue()
        catalogue = w.get_screen(nav.CATALOGUE)
        for key, quantity in SAMPLE_CHOICES:
            w.basket.set(key, quantity)
        catalogue.refresh()
        shot("catalogue")
        w.warning.show_countdown(12)
        shot("idle-warning")
        w.warning.hide()
        w.flows.open_review()
        shot("review")
        w.get_screen(nav.REVIEW).for_whom.choose(2)
        shot("review-for-others")
        confirmation = w.get_screen(nav.CONFIRMATION)
        confirmation.set_stay_seconds(75)
        confirmation.set_result(sample_result(), w.content.pack, w.language, True)
        w.show_screen(nav.CONFIRMATION)
        shot("confirmation")
        from kiosk.printing.cups import PrinterState, PrintFailed

        no_paper = PrintFailed(PrinterState("out_of_paper", "Printer 'receipt' is out of paper."))
        confirmation.set_printing(False, messages.printing_failed(no_paper))  # the printer's fallback
        shot("print-failed")
        confirmation.set_printing(False)
        w.flows.open_emergency()
        shot("emergency")
        emergency = w.get_screen(nav.EMERGENCY)
        emergency.set_state("waiting")
        shot("emergency-steps")
        emergency.set_responder(SAMPLE_RESPONDER)
        emergency.set_state("coming")
        shot("emergency-coming")
        emergency.set_responder("")
        emergency.set_state("asking")
        self.voice(shot)

    def voice(self, shot: Callable[[str], None]) -> None:
        """The visitor-voice screens, shown without sending anything."""
        import dataclasses

        from kiosk.views.visitor.screens.feedback import FeedbackScreen
        from kiosk.views.visitor.screens.reversal import ReversalScreen

        w = self.window
        w.voice.open_reversal()
        reversal = w.get_screen(nav.REVERSAL)
        assert isinstance(reversal, ReversalScreen)
        shot("reversal")
        reversal.show_ending()
        shot("reversal-care")
        w.voice.open_feedback()
        feedback = w.get_screen(nav.FEEDBACK)
        assert isinstance(feedback, FeedbackScreen)
        if w.snapshot is not None and not w.snapshot.out_today:
            sample = [s for s in w.snapshot.catalogue if s.key in SAMPLE_OUT_TODAY]
            feedback.set_out_today([dataclasses.replace(s, stock=0) for s in sample])
        shot("feedback")
        feedback.start()

    def accessibility(self) -> None:
        w = self.window
        w.reset_visit()
        w.start_screen.set_alerts([sample_alert()])
        w.appearance.set(high_contrast=True)
        self.save("en-high-contrast-start")
        w.open_catalogue()
        for key, quantity in SAMPLE_CHOICES:
            w.basket.set(key, quantity)
        w.get_screen(nav.CATALOGUE).refresh()
        self.save("en-high-contrast-catalogue")
        w.reset_visit()
        w.start_screen.set_alerts([sample_alert()])
        w.appearance.set(text_step=2)
        self.save("en-largest-text-start")
        w.show_screen(nav.INFORMATION)
        w.get_screen(nav.INFORMATION).open_page(SAMPLE_PAGE)
        self.save("en-largest-text-page")
        w.flows.open_emergency()
        w.get_screen(nav.EMERGENCY).set_state("waiting")
        self.save("en-largest-text-emergency-steps")
        w.get_screen(nav.EMERGENCY).set_state("asking")
        w.reset_visit()


def render_all(
    backend: VisitorBackend,
    content: ContentSource,
    languages: LanguageSwitcher,
    slips: SlipPrinting | None,
    out_dir: Path,
) -> int:
    """Render every screen at each size; 0 on success, 1 if the database was unreachable."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # Qt's test voice (English only) puts "Read aloud" where a real voice would.
    window = VisitorWindow(
        backend, languages, content, slips, warm_up=False, idle_quiet_ms=3_600_000, speech_engine="mock",
        speech_when_quiet_ms=0,
    )
    window.resize(*SIZES[0])
    window.show()
    settle(lambda: backend.known and content.pack is not None, 30.0)
    window.idle.stop()
    shooter = Shooter(window, out_dir)
    try:
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            for lang in LANGUAGES:
                shooter.visit(lang, every=lang == "en")
            shooter.accessibility()
    finally:
        window.shutdown()
        window.close()
        if backend.services is not None:
            backend.services.db.dispose()
    for path in shooter.saved:
        print(path)
    QApplication.processEvents()
    return 0 if backend.available else 1
