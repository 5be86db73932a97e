"""The bar on top of every screen: back, home, text size, contrast, quick exit, emergency."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.lockdown import StaffCorner
from kiosk.views.visitor.widgets import button, label

#: Below this width the back and home buttons show only their icons.
COMPACT_BELOW_PX = 1500


class TopBar(QFrame):
    """Signals:
    back_requested(), home_requested(), text_size_requested(), contrast_requested(),
    quick_exit_requested(), emergency_requested(), staff_requested().
    """

    back_requested = Signal()
    home_requested = Signal()
    text_size_requested = Signal()
    contrast_requested = Signal()
    quick_exit_requested = Signal()
    emergency_requested = Signal()
    staff_requested = Signal()

    def __init__(self, appearance: Appearance, staff_hold_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        touch = appearance.touch_px
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 10, 16, 10)
        layout.setSpacing(10)
        self._site_name = ""
        self._compact = False
        self.staff_corner = StaffCorner(touch, staff_hold_ms, self)
        self.back = button("", self, "Back")
        self.home = button("", self, "Home")
        self.site = label("site", self, wrap=False)
        self.text_size = button("", self, "TextSize")
        self.contrast = button("", self, "Contrast")
        self.quick_exit = button("exit", self, "QuickExit")
        self.emergency = button("emergency", self, "Emergency")
        icon = appearance.icon_px(0.75)
        appearance.bind_icon(self.back, "back", icon)
        appearance.bind_icon(self.home, "house", icon)
        appearance.bind_icon(self.text_size, "text-size", appearance.icon_px())
        appearance.bind_icon(self.contrast, "contrast", appearance.icon_px())
        appearance.bind_icon(self.quick_exit, "exit", icon, "exit")
        appearance.bind_icon(self.emergency, "overdose", appearance.icon_px(), "emergency")
        self.site.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.site.installEventFilter(self)
        # The corner is laid over the bar rather than in its row, so that it
        # reaches the screen's very edge, where a hand goes first.
        layout.addSpacing(touch)
        layout.addWidget(self.back)
        layout.addWidget(self.home)
        layout.addWidget(self.site, 1)
        layout.addWidget(self.text_size)
        layout.addWidget(self.contrast)
        layout.addWidget(self.quick_exit)
        layout.addWidget(self.emergency)
        self.emergency.setMinimumHeight(round(touch * 1.2))
        self.back.clicked.connect(self.back_requested)
        self.home.clicked.connect(self.home_requested)
        self.text_size.clicked.connect(self.text_size_requested)
        self.contrast.clicked.connect(self.contrast_requested)
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.emergency.clicked.connect(self.emergency_requested)
        self.staff_corner.held.connect(self.staff_requested)
        self.retranslate_ui()

    def set_navigation(self, back: bool, home: bool) -> None:
        """Show back and home only where they lead somewhere."""
        self.back.setVisible(back)
        self.home.setVisible(home)

    def set_site_name(self, name: str) -> None:
        self._site_name = name
        self._fit_site_name()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.staff_corner.setGeometry(0, 0, self.staff_corner.width(), event.size().height())
        self.staff_corner.raise_()
        # On a narrow screen back and home keep their icons and accessible
        # names but drop their words, so the emergency button keeps its own.
        compact = event.size().width() < COMPACT_BELOW_PX
        if compact != self._compact:
            self._compact = compact
            self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.site and event.type() == QEvent.Type.Resize:
            self._fit_site_name()
        return super().eventFilter(watched, event)

    def _fit_site_name(self) -> None:
        """The site's name where it fits, shortened with an ellipsis or left out where it doesn't."""
        metrics = self.site.fontMetrics()
        shown = metrics.elidedText(self._site_name, Qt.TextElideMode.ElideRight, max(0, self.site.width()))
        self.site.setText(shown if len(shown) >= 6 or shown == self._site_name else "")

    def set_emergency_visible(self, visible: bool) -> None:
        self.emergency.setVisible(visible)

    def retranslate_ui(self) -> None:
        self.back.setText("" if self._compact else self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.home.setText("" if self._compact else self.tr("Start"))
        self.home.setAccessibleName(self.tr("Back to the start"))
        self.text_size.setAccessibleName(self.tr("Text size: bigger, biggest, normal"))
        self.contrast.setAccessibleName(self.tr("High contrast on or off"))
        self.quick_exit.setText(self.tr("Quick exit"))
        self.quick_exit.setAccessibleName(self.tr("Quick exit: clear everything and go back to the start"))
        self.emergency.setText(self.tr("Someone is overdosing"))
        self.emergency.setAccessibleName(self.tr("Someone is overdosing: call staff now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
