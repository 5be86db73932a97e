"""The bar on top of every screen: back, start, text size, contrast, read aloud, quick exit, emergency.

Every button carries a word at every size: the small ones show it under
their icon, so the bar fits a 1280-pixel screen in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from kiosk.views.visitor import bar_fit, theme
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.lockdown import StaffCorner
from kiosk.views.visitor.widgets import BarButton, button, decorative, label, set_style, tab_chain

# Quick exit and the overdose button never shrink below this, whatever the bar holds.
SMALLEST_ALARM_PX = 18
# The names of the text steps, for the text-size button's state.
TEXT_STEP_NAMES = ("normal", "bigger", "biggest")


class TopBar(QFrame):
    """Signals:
    back_requested(), home_requested(), text_size_requested(), contrast_requested(),
    read_aloud_requested(), quick_exit_requested(), emergency_requested(), staff_requested().
    """

    back_requested = Signal()
    home_requested = Signal()
    text_size_requested = Signal()
    contrast_requested = Signal()
    read_aloud_requested = Signal()
    quick_exit_requested = Signal()
    emergency_requested = Signal()
    staff_requested = Signal()

    def __init__(self, appearance: Appearance, staff_hold_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self._appearance = appearance
        touch = appearance.touch_px
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 16, 8)
        layout.setSpacing(8)
        self._site_name = ""
        self._speaking = False
        # Every button's words as translated, before any line break the bar adds.
        self._words: dict[str, str] = {}
        self._fit_key: tuple[object, ...] = ()
        self._fit = bar_fit.BarFit(1, theme.ALARM_STEPS[0], 1)
        self.staff_corner = StaffCorner(touch, staff_hold_ms, self)
        decorative(self.staff_corner)
        self.back = BarButton(self, "Back")
        self.home = BarButton(self, "Home")
        self.site = label("site", self)
        self.site.setProperty("a11y", "quiet-when-empty")  # no unnamed node where no name is shown
        self.text_size = BarButton(self, "TextSize")
        self.contrast = BarButton(self, "Contrast")
        self.contrast.setCheckable(True)
        self.read_aloud = BarButton(self, "ReadAloud")
        self.read_aloud.setCheckable(True)
        self.read_aloud.hide()
        self.quick_exit = button("exit", self, "QuickExit")
        self.emergency = button("emergency", self, "Emergency")
        small = appearance.icon_px(0.7)
        for bar_button, icon in (
            (self.back, "back"),
            (self.home, "house"),
            (self.text_size, "text-size"),
            (self.contrast, "contrast"),
            (self.read_aloud, "speaker"),
        ):
            appearance.bind_icon(bar_button, icon, small)
        appearance.bind_icon(self.quick_exit, "exit", appearance.icon_px(0.75), "exit")
        appearance.bind_icon(self.emergency, "overdose", appearance.icon_px(), "emergency")
        self.site.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.site.installEventFilter(self)
        # The corner is laid over the bar rather than in its row, so that it
        # reaches the screen's very edge, where a hand goes first.
        layout.addSpacing(touch)
        layout.addWidget(self.back)
        layout.addWidget(self.home)
        layout.addWidget(self.site, 1)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.text_size)
        layout.addWidget(self.contrast)
        layout.addWidget(self.quick_exit)
        layout.addWidget(self.emergency)
        for alarm in (self.quick_exit, self.emergency):
            alarm.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.emergency.setMinimumHeight(round(touch * 1.2))
        self.back.clicked.connect(self.back_requested)
        self.home.clicked.connect(self.home_requested)
        self.text_size.clicked.connect(self.text_size_requested)
        self.contrast.clicked.connect(self.contrast_requested)
        self.read_aloud.clicked.connect(self.read_aloud_requested)
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.emergency.clicked.connect(self.emergency_requested)
        self.staff_corner.held.connect(self.staff_requested)
        order = [self.back, self.home, self.read_aloud, self.text_size, self.contrast, self.quick_exit, self.emergency]
        tab_chain(list(order))
        appearance.changed.connect(self.show_appearance)
        self.retranslate_ui()

    def set_navigation(self, back: bool, home: bool) -> None:
        """Show back and home only where they lead somewhere."""
        self.back.setVisible(back)
        self.home.setVisible(home)
        self._fit_alarms()

    def set_site_name(self, name: str) -> None:
        self._site_name = name
        self._fit_site_name()

    def set_read_aloud(self, offered: bool, speaking: bool) -> None:
        """Offer "Read aloud" only where a voice can read this screen; "Stop" while it reads."""
        self.read_aloud.setVisible(offered)
        self._speaking = speaking and offered
        self.read_aloud.setChecked(self._speaking)
        self.retranslate_ui()
        self._fit_alarms()

    def show_appearance(self) -> None:
        """The contrast button's checked state and the text size's name follow the visitor's choice."""
        self.contrast.setChecked(self._appearance.high_contrast)
        self.retranslate_ui()
        self._fit_alarms()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # At the bar's leading edge, where the layout keeps its room (the right, right to left).
        corner = QRect(0, 0, self.staff_corner.width(), event.size().height())
        self.staff_corner.setGeometry(QStyle.visualRect(self.layoutDirection(), self.rect(), corner))
        self.staff_corner.raise_()
        self._fit_alarms()

    def _fit_alarms(self) -> None:
        """Fit every word of the bar in its width, never cut (see bar_fit for the order of the tries)."""
        layout = self.layout()
        if layout is None or self.width() <= 0 or not self._words:
            return
        small = [w for w in self._small_buttons() if w.isVisibleTo(self)]
        alarms = [w for w in (self.quick_exit, self.emergency) if w.isVisibleTo(self)]
        site_metrics = self.site.fontMetrics()
        key = (
            self.width(),
            self._appearance.text_step,
            self._appearance.high_contrast,
            self._site_name,
            tuple((w.objectName(), self._word(w)) for w in small + alarms),
        )
        if key == self._fit_key:
            return
        margins = layout.contentsMargins()
        gaps = layout.spacing() * (len(small) + len(alarms) + 1)
        # The space kept for the staff corner, which lies over the bar's edge.
        fixed = margins.left() + margins.right() + self._appearance.touch_px + gaps
        site_room = bar_fit.two_line_width(self._site_name, site_metrics)
        room = self.width() - fixed - site_room
        step = self._appearance.text_step
        options = bar_fit.tries(theme.ALARM_STEPS[step], SMALLEST_ALARM_PX, step)
        chosen = options[-1]
        word_widths: dict[int, int] = {}
        for fit in options:
            if fit.word_lines not in word_widths:
                word_widths[fit.word_lines] = sum(
                    bar_fit.tool_button_width(w, self._lines(w, fit.word_lines)) for w in small
                )
            alarm_widths = sum(
                bar_fit.alarm_width(w, self._alarm_lines(w, fit.alarm_px, fit.alarm_lines), fit.alarm_px)
                for w in alarms
            )
            if word_widths[fit.word_lines] + alarm_widths <= room:
                chosen = fit
                break
        self._fit_key = key
        self._apply_fit(chosen, site_room)

    def _apply_fit(self, fit: bar_fit.BarFit, site_room: int) -> None:
        self._fit = fit
        self.site.setMinimumWidth(site_room)
        for widget in self._small_buttons():
            widget.setText(self._lines(widget, fit.word_lines))
        for alarm in (self.quick_exit, self.emergency):
            alarm.setText(self._alarm_lines(alarm, fit.alarm_px, fit.alarm_lines))
            set_style(alarm, f"font-size: {fit.alarm_px}px;")

    def _small_buttons(self) -> tuple[QToolButton, ...]:
        return (self.back, self.home, self.read_aloud, self.text_size, self.contrast)

    def _word(self, button: QAbstractButton) -> str:
        """The button's words as translated, before any line break the bar adds."""
        return self._words.get(button.objectName(), button.text())

    def _lines(self, button: QToolButton, lines: int) -> str:
        return bar_fit.broken(self._word(button), lines, button.fontMetrics())

    def _alarm_lines(self, button: QPushButton, px: int, lines: int) -> str:
        return bar_fit.broken(self._word(button), lines, QFontMetrics(bar_fit.alarm_font(button, px)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.site and event.type() == QEvent.Type.Resize:
            self._fit_site_name()
        return super().eventFilter(watched, event)

    def _fit_site_name(self) -> None:
        """The site's name on up to two lines; shortened with an ellipsis only where even that can't hold it."""
        metrics = self.site.fontMetrics()
        width = max(0, self.site.width())
        box = metrics.boundingRect(QRect(0, 0, max(1, width), 1 << 16), int(Qt.TextFlag.TextWordWrap), self._site_name)
        if box.height() <= 2 * metrics.lineSpacing() and box.width() <= width:
            shown = self._site_name
        else:
            room = 2 * width - 2 * metrics.averageCharWidth()
            shown = metrics.elidedText(self._site_name, Qt.TextElideMode.ElideRight, room)
        text = shown if len(shown) >= 6 or shown == self._site_name else ""
        self.site.setText(text)
        self.site.setAccessibleName(self._site_name)

    def set_emergency_visible(self, visible: bool) -> None:
        self.emergency.setVisible(visible)
        self._fit_alarms()

    def text_step_name(self) -> str:
        names = {
            "normal": self.tr("normal"),
            "bigger": self.tr("bigger"),
            "biggest": self.tr("biggest"),
        }
        return names[TEXT_STEP_NAMES[self._appearance.text_step]]

    def retranslate_ui(self) -> None:
        words = {
            "Back": self.tr("Back"),
            "Home": self.tr("Start"),
            "TextSize": self.tr("Text size"),
            "Contrast": self.tr("Contrast"),
            "ReadAloud": self.tr("Stop") if self._speaking else self.tr("Read aloud"),
            "QuickExit": self.tr("Quick exit"),
            "Emergency": self.tr("Someone is overdosing"),
        }
        self.back.setAccessibleName(self.tr("Back"))
        self.home.setAccessibleName(self.tr("Start screen: your language and your list stay"))
        self.text_size.setAccessibleName(self.tr("Text size: %1").replace("%1", self.text_step_name()))
        self.text_size.setAccessibleDescription(self.tr("Tap for bigger text. After the biggest, back to normal."))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        if self._speaking:
            self.read_aloud.setAccessibleName(self.tr("Stop reading aloud"))
        else:
            self.read_aloud.setAccessibleName(self.tr("Read this screen aloud"))
        self.quick_exit.setAccessibleName(self.tr("Quick exit: clear everything and go back to the start"))
        self.emergency.setAccessibleName(self.tr("Someone is overdosing: call staff now"))
        if words != self._words:  # new words: show them as the bar last fitted, then fit them again
            self._words, self._fit_key = words, ()
            self._apply_fit(self._fit, self.site.minimumWidth())
            self._fit_alarms()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fit_alarms()
        super().changeEvent(event)
