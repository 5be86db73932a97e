"""One information page: large readable text, flick to scroll, QR codes beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.views.common.qr_widget import QrCodeWidget, readable_side_px
from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.screens.page_text import PageText
from kiosk.views.visitor.speech import sentences
from kiosk.views.visitor.widgets import button, heading, label, restyle, set_inert, set_role

if TYPE_CHECKING:
    from kiosk.content import ContentPack, Page

MAX_CODES = 3
# Room beside each code for its words to wrap in.
QR_TEXT_MARGIN = 40
# The theme's scroll bar, beside the codes rather than over them.
SCROLL_BAR_PX = 32


#: Pages that offer "I used naloxone on someone".
REVERSAL_PAGES = frozenset({"naloxone-nasal", "naloxone-injectable", "overdose-signs"})


class PageView(QWidget):
    """Shows a :class:`Page`.

    Signals:
        print_requested(): the visitor asked for this page's resources on paper.
        reversal_requested(): "I used naloxone on someone" (on the naloxone and overdose pages).
    """

    print_requested = Signal()
    reversal_requested = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self.page: Page | None = None
        self._pack: ContentPack | None = None
        self._lang = "en"
        self.codes: list[QrCodeWidget] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(28)
        column = QVBoxLayout()
        column.setSpacing(12)
        self.title = heading("title", self, level=1)
        self.fallback = label("message", self)
        self.fallback.setObjectName("FallbackNote")
        self.fallback.hide()
        self.text = PageText(self)
        column.addWidget(self.title)
        column.addWidget(self.fallback)
        column.addWidget(self.text, 1)
        # The codes keep their readable size; where they need more height
        # than the page has, their column scrolls instead of squeezing them.
        self.side_area = QScrollArea(self)
        self.side_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_area.setWidgetResizable(True)
        self.side_area.setFrameShape(QFrame.Shape.NoFrame)
        self.side_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side = QWidget()
        self.side_area.setWidget(self.side)
        enable_kinetic_scrolling(self.side_area, mouse_drag=True)
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_layout.setSpacing(18)
        self.side_title = label("subtle", self.side)
        self.side_layout.addWidget(self.side_title)
        self.side_layout.addStretch(1)
        # Under the page rather than under the codes, which need the height.
        self.print = button("", self, "PrintResources")
        appearance.bind_icon(self.print, "print", appearance.icon_px(0.75))
        self.print.clicked.connect(self._on_print)
        self.print_message = label("subtle", self)
        self.print_message.hide()
        self.used_naloxone = button("", self, "UsedNaloxone")
        self.used_naloxone.clicked.connect(self.reversal_requested)
        self.used_naloxone.hide()
        print_row = QHBoxLayout()
        print_row.addWidget(self.used_naloxone)
        print_row.addWidget(self.print_message, 1)
        print_row.addWidget(self.print, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(print_row)
        self._printing_enabled = False
        self._busy = False
        self._code_pool: list[QrCodeWidget] = []
        self.side_area.setFixedWidth(readable_side_px(self.screen()) + QR_TEXT_MARGIN + SCROLL_BAR_PX)
        outer.addLayout(column, 1)
        outer.addWidget(self.side_area)
        appearance.changed.connect(self._render)
        self.retranslate_ui()

    def show_page(self, page: Page, pack: ContentPack, lang: str) -> None:
        same = (page, pack, lang) == (self.page, self._pack, self._lang)
        self.page, self._pack, self._lang = page, pack, lang
        self.used_naloxone.setVisible(page.id in REVERSAL_PAGES)
        if not same:
            self._render()
        self.text.verticalScrollBar().setValue(0)

    def set_printing_enabled(self, enabled: bool) -> None:
        """Offer the resources on paper only where a printer or PDF folder is set."""
        self._printing_enabled = enabled
        self.print.setVisible(enabled and bool(self.codes))

    def set_printing(self, busy: bool, message: str = "", good: bool = False) -> None:
        """While busy the button waits; afterwards ``message`` says how it went."""
        set_inert(self.print, busy)  # waiting, not disabled, so the focus stays on it
        self._busy = busy
        self.print_message.setText(message)
        self.print_message.setProperty("role", "good" if good else "subtle")
        restyle(self.print_message)
        self.print_message.setVisible(bool(message))

    def retranslate_ui(self) -> None:
        self.used_naloxone.setText(self.tr("I used naloxone on someone"))
        self.used_naloxone.setAccessibleName(self.used_naloxone.text())
        self.print.setText(self.tr("Print these"))
        self.print.setAccessibleName(self.tr("Print these places and numbers on paper"))
        self.fallback.setText(self.tr("This page isn't translated yet, so it is shown in English."))
        self.side_title.setText(self.tr("Scan with your phone"))
        self.text.setAccessibleName(self.page.title if self.page else self.tr("Information page"))

    def _on_print(self) -> None:
        if not self._busy:
            self.print_requested.emit()

    def spoken_text(self) -> str:
        page = self.page
        if page is None:
            return ""
        parts = [page.title]
        if page.fallback_from is not None:
            parts.append(self.fallback.text())
        parts += self.text.toPlainText().splitlines()
        return sentences(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _render(self) -> None:
        page, pack = self.page, self._pack
        if page is None or pack is None:
            return
        self.title.setText(page.title)
        self.fallback.setVisible(page.fallback_from is not None)
        self.text.set_body(page.body)
        self.text.setAccessibleName(page.title)
        self._show_codes(page, pack)

    def _show_codes(self, page: Page, pack: ContentPack) -> None:
        """Reuse up to three code widgets; only their contents change from page to page."""
        resources = [pack.resource(key) for key in page.related_resources]
        shown = [(r, r.qr_data) for r in resources if r is not None and r.qr_data][:MAX_CODES]
        while len(self._code_pool) < len(shown):
            widget = QrCodeWidget("-", "", "", self.side)
            self.side_layout.insertWidget(len(self._code_pool) + 1, widget, 0, Qt.AlignmentFlag.AlignHCenter)
            self._code_pool.append(widget)
        side = readable_side_px(self.screen(), self.window().height())
        # Wide enough for the codes, and for the longest word of the heading over them.
        metrics = self.side_title.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in self.side_title.text().split()), default=0)
        self.side_area.setFixedWidth(max(side + QR_TEXT_MARGIN, widest + 4) + SCROLL_BAR_PX)
        for widget, (resource, code) in zip(self._code_pool, shown, strict=False):
            widget.fix_code_side(side, side + QR_TEXT_MARGIN)
            widget.set_code(code, resource.name(self._lang), resource.phone or "")
        for index, widget in enumerate(self._code_pool):
            widget.setVisible(index < len(shown))
        self.codes = self._code_pool[: len(shown)]
        self.side_area.setVisible(bool(self.codes))
        self.set_printing(False)
        self.set_printing_enabled(self._printing_enabled)
