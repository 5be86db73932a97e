"""The public "now ready" board: codes being prepared and codes ready at the window.

Nothing else about a request is shown. The board follows the change feed,
chimes (if the site wants) when a code becomes ready, and rides out a database
outage: it says so in large type, dims the last codes (they may be out of
date) and carries on by itself when the database is back.

Nobody can switch a public board's language, so its headings and its outage
notice are in every language the site offers at once: the site's default
language large, the others under it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.data.dto import RequestView
from kiosk.data.services import Services
from kiosk.data.settings import SiteSettings
from kiosk.views.board.widgets import BOARD_BG, PREPARING_INK, READY_ACCENT, READY_INK, CodeGrid
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP, LanguageSwitcher
from kiosk.views.common.link import StationLink
from kiosk.views.common.reload import Reload
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.common.timings import StationTimings

FRESH_FOR_MS = 20_000
OUTAGE_BG = "#F4B183"
OUTAGE_INK = "#101828"
_CONTEXT = "BoardWindow"
PREPARING = QT_TRANSLATE_NOOP("BoardWindow", "Being prepared")
READY = QT_TRANSLATE_NOOP("BoardWindow", "Ready at the window")
LOST = QT_TRANSLATE_NOOP("BoardWindow", "This board has lost its connection.")
STALE = QT_TRANSLATE_NOOP("BoardWindow", "The codes may be out of date: please ask at the window.")


class BoardWindow(QWidget):
    """Signals:
        codes_shown(list, list): codes being prepared and ready, after each update.
    """

    codes_shown = Signal(list, list)

    def __init__(
        self,
        opener: Callable[[], Services],
        config: Config,
        timings: StationTimings | None = None,
        sounds: SoundBoard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.timings = timings or StationTimings()
        self.sounds = sounds or SoundBoard(config.data_dir, self)
        if self.sounds.parent() is None:
            self.sounds.setParent(self)
        self.link = StationLink(opener, config.station_name, "display", self, timings=self.timings)
        self.settings = SiteSettings()
        self._codes = Reload(self.link, lambda services: services.queue.board(), self._on_board)
        self._emergency_lines = Reload(
            self.link, lambda services: services.emergency.open_emergencies(), self._on_emergencies
        )
        # Codes staff called to the window: lit up with a chime, like a new ready code.
        self._calls = Reload(self.link, lambda services: services.queue.board_calls(), self._on_calls)
        self._called: dict[str, object] | None = None
        self._preparing: list[str] = []
        self._loaded = False
        self._ready: list[str] = []
        self._fresh: set[str] = set()
        self._shut = False

        self.setObjectName("board")
        self.setStyleSheet(
            f"QWidget#board {{ background: {BOARD_BG}; }}"
            f"QLabel {{ color: {READY_INK}; background: transparent; }}"
        )
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 20)
        outer.setSpacing(16)
        # For staff walking past: where an open emergency is (never who).
        self.emergency_note = QLabel()
        self.emergency_note.setObjectName("BoardEmergency")
        self.emergency_note.setWordWrap(True)
        self.emergency_note.setStyleSheet(
            "background: #B00020; color: white; font-size: 34px; font-weight: 700;"
            " padding: 12px 20px; border-radius: 10px;"
        )
        self.emergency_note.hide()
        outer.addWidget(self.emergency_note)
        self._emergencies: list[RequestView] = []
        # The outage notice: large, on top, in every language of the site.
        self.note = QLabel()
        self.note.setObjectName("BoardOutage")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            f"background: {OUTAGE_BG}; color: {OUTAGE_INK}; font-size: 34px; font-weight: 700;"
            " padding: 14px 22px; border-radius: 10px;"
        )
        self.note.hide()
        outer.addWidget(self.note)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        self.preparing_title = QLabel()
        self.ready_title = QLabel()
        self.preparing_others = QLabel()
        self.ready_others = QLabel()
        self.preparing = CodeGrid(PREPARING_INK)
        self.ready = CodeGrid(READY_INK)
        columns.addLayout(
            self._column(self.preparing_title, self.preparing_others, self.preparing, PREPARING_INK, "#2A3550"), 2
        )
        columns.addLayout(
            self._column(self.ready_title, self.ready_others, self.ready, READY_ACCENT, READY_ACCENT), 3
        )
        outer.addLayout(columns, 1)
        self._fresh_timer = QTimer(self)
        self._fresh_timer.setSingleShot(True)
        self._fresh_timer.setInterval(FRESH_FOR_MS)
        self._fresh_timer.timeout.connect(self._on_fresh_over)
        self.retranslate_ui()

    @staticmethod
    def _column(title: QLabel, others: QLabel, grid: CodeGrid, ink: str, rule: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(12)
        title.setStyleSheet(f"color: {ink}; font-size: 46px; font-weight: 700;")
        title.setWordWrap(True)
        column.addWidget(title)
        others.setStyleSheet(f"color: {ink}; font-size: 26px; font-weight: 600;")
        others.setWordWrap(True)
        column.addWidget(others)
        line = QFrame()
        line.setFixedHeight(6)
        line.setStyleSheet(f"background: {rule}; border: none;")
        column.addWidget(line)
        column.addWidget(grid, 1)
        return column

    def languages(self) -> list[str]:
        """The site's languages this board can show, its default language first."""
        switcher = self._switcher()
        wanted = [self.settings.default_language, *self.settings.languages]
        found: list[str] = []
        for lang in wanted:
            if lang not in found and switcher.has_catalogue(lang):
                found.append(lang)
        return found or [self.settings.default_language]

    def _switcher(self) -> LanguageSwitcher:
        app = QCoreApplication.instance()
        assert app is not None
        return LanguageSwitcher.of(app)

    def _in_each(self, text: str) -> list[str]:
        switcher = self._switcher()
        return [switcher.translate_in(lang, _CONTEXT, text) for lang in self.languages()]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Now ready"))
        for title, others, text in (
            (self.preparing_title, self.preparing_others, PREPARING),
            (self.ready_title, self.ready_others, READY),
        ):
            first, *rest = self._in_each(text)
            title.setText(first)
            others.setText("\n".join(rest))
            others.setVisible(bool(rest))
        lost, stale = self._in_each(LOST), self._in_each(STALE)
        self.note.setText("\n".join(f"{a} {b}" for a, b in zip(lost, stale, strict=True)))
        self.preparing.setAccessibleName(self.tr("Codes being prepared"))
        self.ready.setAccessibleName(self.tr("Codes ready at the window"))
        self._show_emergencies()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- life -------------------------------------------------------------

    def start(self) -> None:
        """Open the database in the background and show codes once it answers.

        While it can't be reached (at start-up or later) the board keeps its
        last codes up with a small "reconnecting" note, and carries on by
        itself when the database is back.
        """
        self.link.online_changed.connect(self._on_online_changed)
        self.link.changed.connect(self._on_changed)
        self.link.start()

    @property
    def reloads(self) -> int:
        """How many times the codes were loaded (for benchmarks)."""
        return self._codes.count

    def show_reconnecting(self) -> None:
        """Say the database is lost, and dim the codes that may be stale."""
        self._set_online(False)

    def _set_online(self, online: bool) -> None:
        self.note.setVisible(not online)
        self.preparing.set_stale(not online)
        self.ready.set_stale(not online)

    def shutdown(self) -> None:
        if self._shut:
            return
        self._shut = True
        self._fresh_timer.stop()
        self.link.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- data -------------------------------------------------------------

    def refresh(self) -> None:
        self._codes.request()
        self._emergency_lines.request()
        self._calls.request()

    def _on_emergencies(self, emergencies: list[RequestView]) -> None:
        self._emergencies = emergencies
        self._show_emergencies()

    def _show_emergencies(self) -> None:
        lang = self.settings.default_language
        lines = [
            self.tr("Staff: overdose at {place}, call {code}.").format(
                place=r.place(lang) or self.tr("a kiosk"), code=r.pickup_code
            )
            for r in self._emergencies
        ]
        self.emergency_note.setText("\n".join(lines))
        self.emergency_note.setVisible(bool(lines))

    def _on_board(self, codes: tuple[list[str], list[str]]) -> None:
        preparing, ready = codes
        new_ready = [code for code in ready if code not in self._ready]
        if self._loaded and new_ready:
            self._fresh |= set(new_ready)
            self._fresh_timer.start()
            if self.settings.board_chime:
                self.sounds.play("chime")
        self._fresh &= set(ready) | set(preparing)
        self._ready = list(ready)
        self._preparing = list(preparing)
        self._loaded = True
        self.preparing.set_codes(preparing, self._fresh)
        self.ready.set_codes(ready, self._fresh)
        self.codes_shown.emit(list(preparing), list(ready))

    def _on_calls(self, calls: dict[str, object]) -> None:
        called = [code for code, at in calls.items() if self._called is not None and self._called.get(code) != at]
        self._called = dict(calls)
        if not called:
            return
        self._fresh |= set(called)
        self._fresh_timer.start()
        if self.settings.board_chime:
            self.sounds.play("chime")
        self.preparing.set_codes(self._preparing, self._fresh)
        self.ready.set_codes(self._ready, self._fresh)

    def _on_fresh_over(self) -> None:
        self._fresh.clear()
        self.preparing.set_codes(self._preparing)
        self.ready.set_codes(self._ready)

    def _load_settings(self) -> None:
        self.link.call(lambda services: services.settings.load(), self._on_settings)

    def _on_settings(self, settings: SiteSettings) -> None:
        self.settings = settings
        self.retranslate_ui()

    def _on_changed(self, topics: frozenset[str]) -> None:
        if "*" in topics or "requests" in topics:
            self.refresh()
        if "*" in topics or "settings" in topics:
            self._load_settings()

    def _on_online_changed(self, online: bool) -> None:
        self._set_online(online)
        if online:
            self.refresh()
            self._load_settings()
