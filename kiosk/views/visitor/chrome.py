"""The bar on top of every screen: back, start, text size, contrast, read aloud, quick exit, emergency.

Every button carries a word at every size: the small ones show it under
their icon, so the bar fits a 1280-pixel screen in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.views.visitor import theme
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.lockdown import StaffCorner
from kiosk.views.visitor.widgets import BarButton, button, decorative, label, tab_chain

# Quick exit and the overdose button never shrink below this, whatever the bar holds.
SMALLEST_ALARM_PX = 18
# The names of the text steps, for the text-size button's state.
TEXT_STEP_NAMES = ("normal", "bigger", "biggest")


def _two_lines(words: str) -> str:
    """``words`` broken at the space nearest their middle."""
    spaces = [i for i, c in enumerate(words) if c == " "]
    if not spaces:
        return words
    middle = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return words[:middle] + "\n" + words[middle + 1 :]


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
        self._alarm_fit: tuple[int, bool] = (0, False)
        # The alarm buttons' words as translated, before any line break the bar adds.
        self._alarm_words: dict[str, str] = {}
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
        self.staff_corner.setGeometry(0, 0, self.staff_corner.width(), event.size().height())
        self.staff_corner.raise_()
        self._fit_alarms()

    def _fit_alarms(self) -> None:
        """Quick exit and the overdose button grow with the text as far as the bar has room, never cut.

        At each size, largest first, the words go on one line if they fit,
        else on two; only when neither fits does the type get smaller.
        """
        layout = self.layout()
        if layout is None or self.width() <= 0 or not self._alarm_words:
            return
        margins = layout.contentsMargins()
        bar = (self.back, self.home, self.read_aloud, self.text_size, self.contrast)
        small = [w for w in bar if w.isVisibleTo(self)]
        alarms = [w for w in (self.quick_exit, self.emergency) if w.isVisibleTo(self)]
        gaps = layout.spacing() * (len(small) + len(alarms) + 1)
        fixed = margins.left() + margins.right() + self.staff_corner.width() + gaps
        room = self.width() - fixed - sum(w.sizeHint().width() for w in small)
        step = self._appearance.text_step
        largest = theme.ALARM_STEPS[step]
        sizes = range(largest, SMALLEST_ALARM_PX - 1, -1)
        # At the normal size the words stay on one line while any size fits;
        # bigger text may take two lines rather than shrink.
        tries = [(px, False) for px in sizes] + [(px, True) for px in sizes] if step == 0 else [
            (px, two) for px in sizes for two in (False, True)
        ]
        chosen = (SMALLEST_ALARM_PX, True)
        for px, two in tries:
            if sum(self._alarm_width(w, px, two) for w in alarms) <= room:
                chosen = (px, two)
                break
        if chosen != self._alarm_fit:
            self._alarm_fit = chosen
            px, two = chosen
            for widget in (self.quick_exit, self.emergency):
                words = self._alarm_words.get(widget.objectName(), widget.text())
                widget.setText(_two_lines(words) if two else words)
                widget.setStyleSheet(f"font-size: {px}px;")

    def _alarm_width(self, button: QPushButton, px: int, two_lines: bool) -> int:
        font = QFont(button.font())
        font.setPixelSize(px)
        font.setBold(True)
        words = self._alarm_words.get(button.objectName(), button.text())
        lines = _two_lines(words).split("\n") if two_lines else [words]
        widest = max(QFontMetrics(font).horizontalAdvance(line) for line in lines)
        # The stylesheet's padding (20 px a side), its border and the gap between icon and words.
        return widest + button.iconSize().width() + 2 * 20 + 2 * 3 + 6

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
        self.back.setText(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.home.setText(self.tr("Start"))
        self.home.setAccessibleName(self.tr("Start screen: your language and your list stay"))
        self.text_size.setText(self.tr("Text size"))
        self.text_size.setAccessibleName(self.tr("Text size: %1").replace("%1", self.text_step_name()))
        self.text_size.setAccessibleDescription(self.tr("Tap for bigger text. After the biggest, back to normal."))
        self.contrast.setText(self.tr("Contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        if self._speaking:
            self.read_aloud.setText(self.tr("Stop"))
            self.read_aloud.setAccessibleName(self.tr("Stop reading aloud"))
        else:
            self.read_aloud.setText(self.tr("Read aloud"))
            self.read_aloud.setAccessibleName(self.tr("Read this screen aloud"))
        words = {"QuickExit": self.tr("Quick exit"), "Emergency": self.tr("Someone is overdosing")}
        if words != self._alarm_words:  # new words: fit them again
            self._alarm_words, self._alarm_fit = words, (0, False)
            self.quick_exit.setText(words["QuickExit"])
            self.emergency.setText(words["Emergency"])
        self.quick_exit.setAccessibleName(self.tr("Quick exit: clear everything and go back to the start"))
        self.emergency.setAccessibleName(self.tr("Someone is overdosing: call staff now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fit_alarms()
        super().changeEvent(event)

