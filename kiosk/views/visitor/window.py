"""The visitor kiosk's window: the top bar, the screens, idle reset and lockdown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, overload

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.languages import LANGUAGES
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.a11y import InputMode, install_factory
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.backend import Snapshot, VisitorBackend
from kiosk.views.visitor.basket import Basket
from kiosk.views.visitor.chrome import TopBar
from kiosk.views.visitor.content_source import ContentSource
from kiosk.views.visitor.idle import IdleMonitor
from kiosk.views.visitor.lockdown import Lockdown, WindowedExit, WindowGuard
from kiosk.views.visitor.screens.idle_warning import IdleWarning
from kiosk.views.visitor.screens.screen import Screen
from kiosk.views.visitor.screens.start import StartScreen
from kiosk.views.visitor.slips import SlipPrinting
from kiosk.views.visitor.speech import ReadAloud, ScreenReading
from kiosk.views.visitor.visit import VisitFlows
from kiosk.views.visitor.voice_flows import VoiceFlows

if TYPE_CHECKING:
    from kiosk.content import ContentPack
    from kiosk.views.visitor.screens.catalogue import CatalogueScreen
    from kiosk.views.visitor.screens.confirmation import ConfirmationScreen
    from kiosk.views.visitor.screens.emergency import EmergencyScreen
    from kiosk.views.visitor.screens.information import InformationScreen
    from kiosk.views.visitor.screens.review import ReviewScreen
    from kiosk.views.visitor.screens.staff import PinPad, StaffMenu

log = logging.getLogger(__name__)

#: Load the information pack by then even if the database has not answered yet.
CONTENT_AT_THE_LATEST_MS = 2_000
#: Make the speech engine once nobody has touched the kiosk for this long (and
#: the screens are built): Qt's speech-dispatcher engine lists every voice
#: while it holds the interpreter lock, which freezes the window for a second
#: or more on a slow PC.
SPEECH_WHEN_QUIET_MS = 2_000
#: Make it by then even if the window never settled (the pack failed to load, say).
SPEECH_AT_THE_LATEST_MS = 30_000
#: Build the first screens by then even if the pack has not been shown yet.
WARM_AT_THE_LATEST_MS = 1_000


class VisitorWindow(QWidget):
    """Signals:
    screen_changed(str): the name of the screen now showing (see navigation.py).
    visit_reset(): everything the visitor did was cleared.
    exit_requested(): staff chose to leave the kiosk.
    settled(): start-up is over: the pack is shown and every warmed-up screen is built (once).
    """

    screen_changed = Signal(str)
    visit_reset = Signal()
    exit_requested = Signal()
    settled = Signal()

    def __init__(
        self,
        backend: VisitorBackend,
        languages: LanguageSwitcher,
        content: ContentSource | None = None,
        slips: SlipPrinting | None = None,
        *,
        lockdown: bool = False,
        idle_quiet_ms: int | None = None,
        idle_warning_ms: int | None = None,
        staff_hold_ms: int = 3_000,
        touch_px: int | None = None,
        warm_up: bool = True,
        speech_engine: str | None = None,
        speech_when_quiet_ms: int = SPEECH_WHEN_QUIET_MS,
    ) -> None:
        """``speech_when_quiet_ms``: make the speech engine once nobody has touched the
        settled window for this long (0: right after the first paint, as tests do with
        Qt's instant test engine)."""
        super().__init__()
        install_factory()
        self.setObjectName("VisitorWindow")
        self.setWindowTitle("Drop-in kiosk")
        self.backend = backend
        self.languages = languages
        self.content = content or ContentSource(self)
        self.slips = slips or SlipPrinting(self)
        self._idle_override = (idle_quiet_ms, idle_warning_ms)
        self._warm_up = warm_up
        self._screens: dict[str, Screen] = {}
        self._widgets: dict[str, QWidget] = {}  # the same screens, as widgets
        self._current = nav.START
        self._shut = False
        self._loading_started = False
        self.default_language = "en"
        self.snapshot: Snapshot | None = None

        self.appearance = Appearance(self, touch_px)
        self.input_mode = InputMode(self.appearance, self)
        self.speech = ReadAloud(speech_engine, self)
        self._speech_quiet_ms = speech_when_quiet_ms
        self._speech_timer = QTimer(self)
        self._speech_timer.setSingleShot(True)
        self._speech_timer.timeout.connect(self._start_speech_when_quiet)
        self._warming = False
        self._warm_early_started = False
        self._settled = False
        self._since_first_paint = QElapsedTimer()
        self.basket = Basket()
        self.top_bar = TopBar(self.appearance, staff_hold_ms, self)
        self.reading = ScreenReading(
            self.speech, self.top_bar, lambda: self._widgets.get(self._current), lambda: self.language, self
        )
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # A screen that does not fit is clipped (and shows in the screenshots),
        # never allowed to push a full-screen window past the screen's edge.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        start = StartScreen(self.appearance, self)
        self._add_screen(nav.START, start)
        self.start_screen = start
        self.warning = IdleWarning(self.appearance, self)
        self.flows = VisitFlows(self)
        self.voice = VoiceFlows(self)

        self.idle = IdleMonitor(self, *self._idle_times(None))
        self.lockdown = Lockdown(self)
        self.lockdown.set_enabled(lockdown)
        self.guard = WindowGuard(self, self.lockdown)
        self.windowed_exit = None if lockdown else WindowedExit(self)
        self.first_paint = nav.FirstPaint(self)

        self.appearance.apply()
        self._connect()
        self._show(nav.START)
        self.start_screen.set_languages(LANGUAGES, self.languages.language)
        self.start_screen.set_available(True)
        if not self.backend.known:
            # Until the database has answered, the catalogue would be empty.
            for entry in (self.start_screen.supplies, self.start_screen.staff_help):
                entry.setEnabled(False)

    # -- wiring ----------------------------------------------------------------------

    def _connect(self) -> None:
        bar, start = self.top_bar, self.start_screen
        bar.back_requested.connect(self.go_back)
        bar.home_requested.connect(self.go_start)
        bar.read_aloud_requested.connect(self.reading.toggle)
        bar.text_size_requested.connect(self.appearance.next_text_size)
        bar.contrast_requested.connect(self.appearance.toggle_contrast)
        bar.quick_exit_requested.connect(self.quick_exit)
        bar.emergency_requested.connect(self.flows.open_emergency)
        bar.staff_requested.connect(self.flows.open_staff)
        start.language_chosen.connect(self.set_language)
        start.supplies_requested.connect(lambda: self.open_catalogue())
        start.information_requested.connect(lambda: self.show_screen(nav.INFORMATION))
        start.staff_help_requested.connect(lambda: self.open_catalogue("services"))
        self.voice.connect_start()
        self.languages.language_changed.connect(self._on_language_changed)
        self.backend.snapshot_changed.connect(self._on_snapshot)
        self.backend.availability_changed.connect(self._on_availability)
        self.backend.availability_changed.connect(self._on_backend_known)
        self.content.pack_changed.connect(self._on_pack)
        self.idle.went_idle.connect(self._on_idle)
        self.idle.countdown.connect(self.warning.show_countdown)
        self.idle.warning_cancelled.connect(self.warning.hide)
        self.idle.timed_out.connect(self.reset_visit)
        self.warning.still_here.connect(self.idle.restart)
        self.appearance.changed.connect(self._on_appearance)

        self.first_paint.painted.connect(self._on_first_paint)
        if self.windowed_exit is not None:
            self.windowed_exit.confirmed.connect(self.leave_kiosk)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.first_paint.done:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_first_paint(self) -> None:
        """The start screen is up: connect first, then build the rest and load the pack.

        One thing at a time: the workers and the GUI thread share one
        interpreter lock, so the database, which the start screen's alerts
        need, goes first.
        """
        self.backend.start()  # nothing new when the launcher started it already
        self.idle.start()
        self._since_first_paint.start()
        self._speech_timer.start(self._speech_quiet_ms)
        if self.backend.known:
            QTimer.singleShot(0, self._after_connect_attempt)
        else:
            self.backend.availability_changed.connect(self._after_connect_attempt)
        # A remote database can take seconds to answer (or time out): don't wait for it.
        QTimer.singleShot(CONTENT_AT_THE_LATEST_MS, self._after_connect_attempt)

    def _after_connect_attempt(self) -> None:
        """The pack loads on its worker first; then the screens are built here, one per turn.

        Building the catalogue takes longer than reading the saved pack, and
        both need the interpreter lock: the pack goes first, the screens
        follow when it is shown (or after ``WARM_AT_THE_LATEST_MS``).
        """
        if self._loading_started or self._shut:
            return
        self._loading_started = True
        self.content.load()
        if self._warm_up:
            # The snapshot is on the screens already (it comes before availability).
            QTimer.singleShot(WARM_AT_THE_LATEST_MS, self._warm_early)

    def _warm_early(self) -> None:
        if not self._warm_early_started:
            self._warm_early_started = True
            self._warm([n for n in nav.WARM_EARLY if n not in self._screens])

    def _start_speech_when_quiet(self) -> None:
        """Make the speech engine now if the kiosk is settled and untouched, else look again later."""
        if self._shut:
            return
        quiet = self.idle.quiet_for_ms()
        # Settled: the data and the pack are shown and the screens built (a kiosk
        # without the warm-up waits for the database's first answer only).
        settled = self._settled if self._warm_up else self.backend.known
        if not settled and self._since_first_paint.elapsed() > SPEECH_AT_THE_LATEST_MS:
            settled = not self._warming
        if self._speech_quiet_ms > 0 and (not settled or quiet < self._speech_quiet_ms):
            self._speech_timer.start(max(100, self._speech_quiet_ms - quiet))
            return
        self.speech.start()

    def _on_backend_known(self) -> None:
        """The first answer from the database (data or an outage): the ways in open."""
        for entry in (self.start_screen.supplies, self.start_screen.staff_help):
            entry.setEnabled(True)

    def _warm(self, names: list[str], then: Callable[[], None] | None = None) -> None:
        """Build one screen per turn of the event loop, so taps stay quick."""
        if self._shut:
            return
        self._warming = bool(names)
        if not names:
            if then is not None:
                then()
            return
        self.get_screen(names[0])
        QTimer.singleShot(0, lambda: self._warm(names[1:], then))

    # -- screens ---------------------------------------------------------------------

    @overload
    def get_screen(self, name: Literal["start"]) -> StartScreen: ...
    @overload
    def get_screen(self, name: Literal["information"]) -> InformationScreen: ...
    @overload
    def get_screen(self, name: Literal["catalogue"]) -> CatalogueScreen: ...
    @overload
    def get_screen(self, name: Literal["review"]) -> ReviewScreen: ...
    @overload
    def get_screen(self, name: Literal["confirmation"]) -> ConfirmationScreen: ...
    @overload
    def get_screen(self, name: Literal["emergency"]) -> EmergencyScreen: ...
    @overload
    def get_screen(self, name: Literal["pin"]) -> PinPad: ...
    @overload
    def get_screen(self, name: Literal["staff"]) -> StaffMenu: ...
    @overload
    def get_screen(self, name: str) -> QWidget: ...

    def get_screen(self, name: str) -> QWidget:
        """The screen called ``name`` (its class is ``nav.SCREENS[name]``), built on first use."""
        if name not in self._widgets:
            spec = nav.SCREENS[name]
            cls = nav.screen_class(name)
            widget = cls(self.appearance, self.basket, self) if spec.needs_basket else cls(self.appearance, self)
            self._add_screen(name, widget)
            self.flows.connect_screen(name, widget)
            self.voice.connect_screen(name, widget)
        return self._widgets[name]

    def built(self, name: str) -> bool:
        return name in self._widgets

    def _add_screen(self, name: str, widget: QWidget) -> None:
        if not isinstance(widget, Screen):
            raise TypeError(f"the {name} screen lacks the Screen methods")
        self._screens[name] = widget
        self._widgets[name] = widget
        self.stack.addWidget(widget)

    @property
    def current(self) -> str:
        return self._current

    def show_screen(self, name: str) -> None:
        widget = self.get_screen(name)
        self._show(name)
        if widget is not self.stack.currentWidget():
            self.stack.setCurrentWidget(widget)

    def _show(self, name: str) -> None:
        self.speech.stop()
        self._current = name
        at_start = name == nav.START
        staff = name in (nav.PIN, nav.STAFF)
        self.top_bar.set_navigation(back=not at_start and name != nav.CONFIRMATION, home=not at_start)
        self.top_bar.set_emergency_visible(not staff)
        self.top_bar.set_site_name("" if at_start else self.site_name())
        self.reading.refresh()
        self.screen_changed.emit(name)

    def open_catalogue(self, category: str = "") -> None:
        catalogue = self.get_screen(nav.CATALOGUE)
        catalogue.show_category(category)
        self.show_screen(nav.CATALOGUE)

    def go_start(self) -> None:
        """The top bar's "Start": the start screen, keeping the visitor's language and list.

        Only Quick exit, Done and the idle reset end a visit; leaving staff's
        screens or an emergency already sent ends it too, as their own way back does.
        """
        if self._current in (nav.PIN, nav.STAFF) or self.flows.emergency_id is not None:
            self.reset_visit()
            return
        self.show_screen(nav.START)

    def go_back(self) -> None:
        current = self._current
        if current == nav.INFORMATION and self.get_screen(nav.INFORMATION).can_go_back():
            self.get_screen(nav.INFORMATION).go_back()
        elif current == nav.REVIEW:
            self.show_screen(nav.CATALOGUE)
        elif current == nav.EMERGENCY:
            self.flows.leave_emergency()
        else:
            self.show_screen(nav.START)

    # -- the visit -----------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.languages.set_language(lang)

    @property
    def language(self) -> str:
        return self.languages.language

    def is_pristine(self) -> bool:
        """Nothing to clear: the start screen as the last visitor never touched it."""
        info = self.get_screen(nav.INFORMATION) if self.built(nav.INFORMATION) else None
        return (
            self._current == nav.START
            and self.basket.empty
            and self.language == self.default_language
            and self.appearance.is_default
            and (info is None or not info.can_go_back())
            and not self.flows.busy
        )

    def quick_exit(self) -> None:
        """Wipe everything at once and show the start screen."""
        self.reset_visit()

    def reset_visit(self) -> None:
        """Clear everything the visitor did; the start screen in the site's language.

        The one place a visit ends: the visit state forgets (and drops late
        answers), then every screen built so far resets itself.
        """
        self.warning.hide()
        self.flows.reset()
        for screen in self._screens.values():
            screen.reset()
        self.languages.set_language(self.default_language)
        self.appearance.reset()
        self.show_screen(nav.START)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.restart()
        self.visit_reset.emit()

    def recover_from_bug(self) -> None:
        """The crash handler's way back: start over as if the visitor had left."""
        try:
            self.reset_visit()
        except Exception:  # already handling a bug
            log.exception("could not reset the kiosk after a bug")

    # -- data --------------------------------------------------------------------------

    def set_idle_times(self, quiet_ms: int | None, warning_ms: int | None) -> None:
        """Fixed idle times instead of the site's settings (None: the site's)."""
        self._idle_override = (quiet_ms, warning_ms)
        self.idle.set_times(*self._idle_times(self.snapshot))

    def _idle_times(self, snapshot: Snapshot | None) -> tuple[int, int]:
        quiet, warning = self._idle_override
        settings = snapshot.settings if snapshot else None
        quiet = quiet if quiet is not None else (settings.idle_timeout_s if settings else 60) * 1000
        warning = warning if warning is not None else (settings.idle_warning_s if settings else 15) * 1000
        return quiet, warning

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        settings = snapshot.settings
        self.default_language = settings.default_language
        self.idle.set_times(*self._idle_times(snapshot))
        self.top_bar.set_site_name("" if self._current == nav.START else self.site_name())
        languages = [lang for lang in settings.languages if self.languages.has_catalogue(lang)]
        self.start_screen.set_languages(languages or ["en"], self.language)
        self.slips.set_pdf_folder(settings.pdf_folder)
        self.basket.max_lines = settings.max_lines
        self.content.set_overrides(snapshot.overrides)
        for screen in self._screens.values():
            screen.apply_snapshot(snapshot)
        self.flows.on_snapshot(snapshot)
        if self.is_pristine() and self.language != self.default_language:
            self.languages.set_language(self.default_language)

    def _on_availability(self, available: bool) -> None:
        self.start_screen.set_available(available)

    def _on_pack(self, pack: ContentPack) -> None:
        if self.built(nav.INFORMATION):
            self.get_screen(nav.INFORMATION).set_pack(pack)
        if self.built(nav.CONFIRMATION):
            self.get_screen(nav.CONFIRMATION).set_pack(pack)
        if self._warm_up:
            self._warm_early_started = True
            QTimer.singleShot(
                0,
                lambda: self._warm(
                    [n for n in (*nav.WARM_EARLY, *nav.WARM_LATE) if n not in self._screens], self._on_settled
                ),
            )

    def _on_settled(self) -> None:
        if not self._settled:
            self._settled = True
            self.settled.emit()

    def site_name(self) -> str:
        """The site's name in the visitor's language (staff may set one per language)."""
        snapshot = self.snapshot
        return snapshot.settings.site_name_in(self.language, snapshot.site_name) if snapshot else ""

    def _on_language_changed(self, lang: str) -> None:
        self.speech.stop()
        self.top_bar.set_site_name("" if self._current == nav.START else self.site_name())
        for screen in self._screens.values():
            screen.set_language(lang)
        self.reading.refresh()

    def _on_appearance(self) -> None:
        if self.built(nav.CATALOGUE):
            self.get_screen(nav.CATALOGUE).relayout()

    # -- idle and closing -------------------------------------------------------------

    def _on_idle(self) -> None:
        if self.is_pristine() or self.flows.emergency_in_progress():
            self.idle.restart()
            return
        self.warning.show_countdown(self.idle.seconds_left())
        self.idle.begin_warning()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.warning.isVisible():
            self.warning.setGeometry(self.rect())

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.lockdown.enabled
            and not self.lockdown.allows_close()
            and not self.windowState() & Qt.WindowState.WindowFullScreen
        ):
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.lockdown.allows_close():
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def leave_kiosk(self) -> None:
        """Staff's "exit kiosk": let the window close for real."""
        self.lockdown.grant_exit()
        self.exit_requested.emit()
        self.close()

    def shutdown(self) -> None:
        """Stop timers, the change feed and the workers (on close, and in tests)."""
        if self._shut:
            return
        self._shut = True
        self.idle.stop()
        self.input_mode.stop()
        self._speech_timer.stop()
        self.speech.stop_engine()
        self.lockdown.set_enabled(False)
        self.flows.stop()
        self.backend.stop()
        self.content.stop()
        self.slips.stop()
