"""The start screen: the site's name, languages, drug alerts and the three ways in."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.views.common.i18n import language_name
from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor import messages
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.speech import sentences
from kiosk.views.visitor.widgets import (
    ChoiceChip,
    FlowLayout,
    TileButton,
    button,
    card,
    choose,
    clear_layout,
    decorative,
    heading,
    label,
    reflow_when_narrow,
    set_role,
)

if TYPE_CHECKING:
    from kiosk.data.dto import AlertView
    from kiosk.views.visitor.backend import Snapshot

MAX_ALERTS = 3



class StartScreen(QWidget):
    """Signals:
    language_chosen(str), supplies_requested(), information_requested(), staff_help_requested(),
    reversal_requested(): "I used naloxone on someone", feedback_requested(): "have your say".
    """

    language_chosen = Signal(str)
    supplies_requested = Signal()
    information_requested = Signal()
    staff_help_requested = Signal()
    reversal_requested = Signal()
    feedback_requested = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._lang = "en"
        self._alerts: list[AlertView] = []
        self._snapshot: Snapshot | None = None
        self._languages: tuple[str, ...] = ()
        self._language_buttons: dict[str, ChoiceChip] = {}
        page = QVBoxLayout(self)
        page.setContentsMargins(48, 24, 48, 16)
        page.setSpacing(16)
        outer = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        outer.setSpacing(48)

        left = QVBoxLayout()
        left.setSpacing(20)
        self.site_title = heading("title", self, level=1)
        self.welcome = label("", self)
        self.language_box = QWidget(self)
        self.language_row = FlowLayout(self.language_box)
        self.offline = label("message", self)
        self.offline.hide()
        self.alerts_heading = heading("heading", self)
        self.alerts_box = QWidget(self)
        self.alerts_layout = QVBoxLayout(self.alerts_box)
        self.alerts_layout.setContentsMargins(0, 0, 0, 0)
        self.alerts_layout.setSpacing(12)
        left.addWidget(self.site_title)
        left.addWidget(self.welcome)
        left.addWidget(self.language_box)
        left.addWidget(self.offline)
        left.addSpacing(8)
        left.addWidget(self.alerts_heading)
        left.addWidget(self.alerts_box)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(24)
        self.supplies = TileButton("entry", self)
        self.information = TileButton("entry", self)
        self.staff_help = TileButton("entry", self)
        self.supplies.setObjectName("GetSupplies")
        self.information.setObjectName("Information")
        self.staff_help.setObjectName("StaffHelp")
        big = appearance.icon_px(1.5)
        for entry, icon in ((self.supplies, "supplies"), (self.information, "information"), (self.staff_help, "help")):
            entry.setMinimumHeight(round(appearance.touch_px * 2))
            appearance.bind_icon(entry.icon_label, icon, big)
            right.addWidget(entry, 1)
        # Across the whole screen, so both fit side by side at any text size.
        # Each as wide as its words, sharing what is left; one above the other
        # when the words can't be side by side.
        self.voice_box = QWidget(self)
        voice_row = QHBoxLayout(self.voice_box)
        voice_row.setContentsMargins(0, 0, 0, 0)
        voice_row.setSpacing(24)
        self.used_naloxone = button("", self.voice_box, "UsedNaloxone")
        self.have_your_say = button("", self.voice_box, "HaveYourSay")
        appearance.bind_icon(self.used_naloxone, "naloxone-nasal", appearance.icon_px(0.7))
        appearance.bind_icon(self.have_your_say, "talk", appearance.icon_px(0.7))
        voice_row.addWidget(self.used_naloxone)
        voice_row.addWidget(self.have_your_say)
        reflow_when_narrow(self.voice_box, voice_row)
        # Both columns scroll as one, so a long alert or bigger text is never cut.
        self.body = QScrollArea(self)
        self.body.setObjectName("StartBody")
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        host.setLayout(outer)
        # Room for the scroll bar, so a long alert wraps beside it rather than under it.
        outer.setContentsMargins(0, 0, 36, 0)
        outer.addLayout(left, 3)
        outer.addLayout(right, 2)
        self._columns = outer
        self.body.setWidget(host)
        enable_kinetic_scrolling(self.body, mouse_drag=True)
        page.addWidget(self.body, 1)
        appearance.changed.connect(self._arrange)
        page.addWidget(self.voice_box)

        self.supplies.clicked.connect(self.supplies_requested)
        self.information.clicked.connect(self.information_requested)
        self.staff_help.clicked.connect(self.staff_help_requested)
        self.used_naloxone.clicked.connect(self.reversal_requested)
        self.have_your_say.clicked.connect(self.feedback_requested)
        self.retranslate_ui()

    # -- data ------------------------------------------------------------------

    def set_site_name(self, name: str) -> None:
        self.site_title.setText(name)
        self.site_title.setVisible(bool(name))
        self._arrange()

    def set_languages(self, languages: Sequence[str], current: str) -> None:
        """One button per offered language, each named in its own language."""
        self._lang = current
        if tuple(languages) != self._languages:
            self._languages = tuple(languages)
            self.language_row.clear()
            self._language_buttons = {}
            for lang in self._languages:
                choice = ChoiceChip(self.language_box, f"Language_{lang}")
                choice.setText(language_name(lang))
                choice.setAccessibleName(language_name(lang))
                choice.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
                self._language_buttons[lang] = choice
                self.language_row.add_widget(choice)
            self.language_box.setVisible(len(self._languages) > 1)
            chain = [
                *self._language_buttons.values(), self.supplies, self.information, self.staff_help,
                self.used_naloxone, self.have_your_say,
            ]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
        choose(self._language_buttons, current)

    def language_button(self, lang: str) -> ChoiceChip:
        return self._language_buttons[lang]

    def set_alerts(self, alerts: Sequence[AlertView]) -> None:
        self._alerts = list(alerts)
        self._show_alerts()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._snapshot is not None:
            self.set_site_name(self._snapshot.settings.site_name_in(lang, self._snapshot.site_name))
        self.set_languages(self._languages, lang)
        self._show_alerts()

    def reset(self) -> None:
        """The window sets the site's language; nothing else to clear here."""

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self.set_site_name(snapshot.settings.site_name_in(self._lang, snapshot.site_name))
        self.set_alerts(snapshot.alerts)

    def set_available(self, available: bool) -> None:
        """Say calmly when requests can't be sent; information still works."""
        self.offline.setVisible(not available)

    # -- text --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.welcome.setText(
            self.tr("Welcome. Everything here is free, and you never have to give your name.")
        )
        self.alerts_heading.setText(self.tr("Drug alerts"))
        self.offline.setText(messages.database_down())
        self.supplies.set_texts(self.tr("Get supplies"), self.tr("Safer-use supplies and naloxone"))
        self.information.set_texts(self.tr("Information"), self.tr("Safer use, overdose, health and local help"))
        self.staff_help.set_texts(self.tr("Get help from staff"), self.tr("Talk to someone, wound care, housing"))
        self.used_naloxone.setText(self.tr("I used naloxone on someone"))
        self.used_naloxone.setAccessibleName(self.used_naloxone.text())
        self.have_your_say.setText(self.tr("Have your say"))
        self.have_your_say.setAccessibleName(self.tr("Have your say: tell us what was missing"))
        self._arrange()

    def spoken_text(self) -> str:
        parts = [self.site_title.text(), self.welcome.text()]
        if self.offline.isVisibleTo(self):
            parts.append(self.offline.text())
        shown = self._alerts[:MAX_ALERTS]
        if shown:
            parts.append(self.alerts_heading.text())
            for alert in shown:
                parts += [alert.title(self._lang), alert.body(self._lang)]
        for entry in (self.supplies, self.information, self.staff_help):
            parts += [entry.title(), entry.subtitle_label.text()]
        return sentences(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side; one column above the other where a word would be wider than its column."""
        stacked = self._appearance.text_step > 0 and not self._words_fit_side_by_side()
        wanted = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)

    def _words_fit_side_by_side(self) -> bool:
        """Whether every word on the screen fits its column with the columns side by side."""
        room = self.body.width() - 36 - self._columns.spacing()
        left, right = room * 3 // 5, room * 2 // 5
        texts = self.findChildren(QLabel)
        for text in texts:
            if not text.isVisibleTo(self) or not text.wordWrap() or not text.text():
                continue
            metrics = text.fontMetrics()
            widest = max(metrics.horizontalAdvance(word) for word in text.text().split())
            in_tile = any(entry.isAncestorOf(text) for entry in (self.supplies, self.information, self.staff_help))
            # A tile's words sit beside its icon, inside its padding.
            if in_tile:
                column = right - self._appearance.icon_px(1.5) - 2 * 24 - 20 - 8
            elif self.alerts_box.isAncestorOf(text):  # beside the alert's sign, inside its card
                column = left - self._appearance.icon_px() - 2 * 20 - 12
            else:
                column = left
            if widest > column:
                return False
        return True

    def _show_alerts(self) -> None:
        clear_layout(self.alerts_layout)
        shown = self._alerts[:MAX_ALERTS]
        self.alerts_heading.setVisible(bool(shown))
        self.alerts_box.setVisible(bool(shown))
        for alert in shown:
            box = card("alert", self.alerts_box)
            box.setProperty("level", alert.level)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(20, 14, 20, 14)
            layout.setSpacing(6)
            top = QHBoxLayout()
            sign = label("", box, wrap=False)
            decorative(sign)
            self._appearance.bind_icon(sign, "alert", self._appearance.icon_px())
            title = heading("heading", box, level=3)
            title.setText(alert.title(self._lang))
            top.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
            top.addWidget(title, 1)
            layout.addLayout(top)
            body = alert.body(self._lang)
            if body:
                text = label("", box)
                text.setText(body)
                layout.addWidget(text)
            box.setAccessibleName(alert.title(self._lang))
            self.alerts_layout.addWidget(box)
        self._arrange()
