""""Have your say": a three-face rating, "what was missing" chips and "I wanted this".

Everything is a tap, nothing is written. The choices stay on the screen
until "Send"; a reset before that (idle, quick exit, skip) forgets them.
A supply that is out today is shown greyed, "out today", and can be tapped
as "I wanted this": counted as unmet demand, no request is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.widgets import FlowLayout, button, card, label, set_role

if TYPE_CHECKING:
    from kiosk.data.dto import SupplyView
    from kiosk.views.visitor.backend import Snapshot

_CONTEXT = "FeedbackScreen"
RATINGS: tuple[tuple[str, str], ...] = (
    ("good", QT_TRANSLATE_NOOP("FeedbackScreen", "Good")),
    ("okay", QT_TRANSLATE_NOOP("FeedbackScreen", "Okay")),
    ("bad", QT_TRANSLATE_NOOP("FeedbackScreen", "Not good")),
)
MISSING: tuple[tuple[str, str], ...] = (
    ("supply_out", QT_TRANSLATE_NOOP("FeedbackScreen", "A supply that was out")),
    ("service", QT_TRANSLATE_NOOP("FeedbackScreen", "A service")),
    ("information", QT_TRANSLATE_NOOP("FeedbackScreen", "Information I couldn't find")),
    ("wait", QT_TRANSLATE_NOOP("FeedbackScreen", "The wait")),
    ("other", QT_TRANSLATE_NOOP("FeedbackScreen", "Something else")),
)
_MOUTH = {"good": 1.0, "okay": 0.0, "bad": -1.0}
#: Chips per row: a grid keeps every row on screen, however long the words.
#: At most this many "out today" supplies are offered.
MOST_WANTED = 6


def face_icon(rating: str, size: int, color: str) -> QIcon:
    """A simple face: a circle, two eyes and a mouth that smiles, stays flat or frowns."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(color), max(2.0, size / 14))
    painter.setPen(pen)
    margin = size * 0.08
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.setBrush(QColor(color))
    for x in (0.36, 0.64):
        painter.drawEllipse(QPointF(size * x, size * 0.4), size * 0.05, size * 0.05)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    curve = _MOUTH.get(rating, 0.0)
    mouth = QPainterPath(QPointF(size * 0.32, size * 0.64))
    mouth.quadTo(QPointF(size * 0.5, size * (0.64 + 0.14 * curve)), QPointF(size * 0.68, size * 0.64))
    painter.drawPath(mouth)
    painter.end()
    return QIcon(pixmap)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class FeedbackScreen(QWidget):
    """Signals:
    send_requested(object): (rating or None, missing keys, wanted supply keys), once per "Send".
    done_requested(): skip, or back to the start after the thanks.
    """

    send_requested = Signal(object)
    done_requested = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._lang = "en"
        self._rating: str | None = None
        self._missing: set[str] = set()
        self._wanted: set[str] = set()
        self._out_today: list[SupplyView] = []
        self._sent = False
        self._counted = True
        self.faces: dict[str, QPushButton] = {}
        self.missing_chips: dict[str, QPushButton] = {}
        self.wanted_chips: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(14)
        self.title = label("title", self)
        self.hint = label("subtle", self)
        self.rating_heading = label("heading", self)
        face_row = QHBoxLayout()
        face_row.setSpacing(24)
        size = round(appearance.touch_px * 1.2)
        for rating, _words in RATINGS:
            face = button("chip", self, f"Rating_{rating}")
            face.setCheckable(True)
            face.setIcon(face_icon(rating, size, "#1b1b1b"))
            face.setIconSize(QSize(size, size))
            face.setMinimumHeight(round(appearance.touch_px * 1.6))
            face.clicked.connect(lambda _=False, r=rating: self._on_rating(r))
            self.faces[rating] = face
            face_row.addWidget(face)
        face_row.addStretch(1)
        self.missing_heading = label("heading", self)
        self.missing_box = QWidget(self)
        # Each chip as wide as its words, wrapping onto the next line like words do.
        missing_flow = FlowLayout(self.missing_box, spacing=12)
        for key, _words in MISSING:
            chip = button("chip", self.missing_box, f"Missing_{key}")
            chip.setCheckable(True)
            chip.clicked.connect(lambda _=False, k=key: self._on_missing(k))
            self.missing_chips[key] = chip
            missing_flow.add_widget(chip)
        self.out_heading = label("subtle", self)
        self.out_box = QWidget(self)
        self.out_row = FlowLayout(self.out_box, spacing=12)
        self.thanks = label("good", self)
        self.thanks.hide()
        actions = card("card", self)
        row = QHBoxLayout(actions)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(20)
        self.skip = button("", actions, "SkipFeedback")
        self.send = button("primary", actions, "SendFeedback")
        appearance.bind_icon(self.send, "check", appearance.icon_px(0.8), "accent")
        row.addWidget(self.skip)
        row.addStretch(1)
        row.addWidget(self.send)
        # Everything above the buttons scrolls rather than squeezing at big text sizes.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        body = QVBoxLayout(host)
        body.setContentsMargins(0, 0, 12, 0)
        body.setSpacing(14)
        for widget in (
            self.title, self.hint, self.rating_heading, None, self.missing_heading, self.missing_box,
            self.out_heading, self.out_box,
        ):
            if widget is None:
                body.addLayout(face_row)
            else:
                widget.setParent(host)
                body.addWidget(widget)
        body.addStretch(1)
        self.scroll_area.setWidget(host)
        enable_kinetic_scrolling(self.scroll_area)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.thanks)
        layout.addWidget(actions)
        self.skip.clicked.connect(self.done_requested)
        self.send.clicked.connect(self._on_send)
        self.retranslate_ui()

    # -- state ---------------------------------------------------------------------

    @property
    def choices(self) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
        """(rating, missing keys, wanted supply keys) as tapped so far."""
        missing = tuple(key for key, _ in MISSING if key in self._missing)
        wanted = tuple(s.key for s in self._out_today if s.key in self._wanted)
        return self._rating, missing, wanted

    def start(self) -> None:
        """A fresh "have your say"."""
        self._rating, self._missing, self._wanted, self._sent, self._counted = None, set(), set(), False, True
        self.thanks.hide()
        self._refresh()

    def reset(self) -> None:
        self.start()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._show_out_today()

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self.set_out_today(snapshot.out_today)

    def set_out_today(self, supplies: list[SupplyView]) -> None:
        keys = [s.key for s in supplies]
        if keys != [s.key for s in self._out_today] or not self.wanted_chips and supplies:
            self._out_today = list(supplies)
            self._wanted &= set(keys)
            self._show_out_today()

    def show_sent(self, counted: bool = True) -> None:
        """The choices were counted (or could not be): say so, and offer only "Done"."""
        self._sent, self._counted = True, counted
        self.thanks.show()
        self.retranslate_ui()

    # -- text ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Have your say"))
        self.hint.setText(self.tr("Tap what fits, or skip. No names, nothing written: staff only see the totals."))
        self.rating_heading.setText(self.tr("How was your visit today?"))
        for rating, words in RATINGS:
            self.faces[rating].setText(_tr(words))
            self.faces[rating].setAccessibleName(_tr(words))
        self.missing_heading.setText(self.tr("Was anything missing?"))
        for key, words in MISSING:
            self.missing_chips[key].setText(_tr(words))
            self.missing_chips[key].setAccessibleName(_tr(words))
        self.out_heading.setText(self.tr("Out today. Tap what you wanted, so staff know to get more:"))
        if self._counted:
            self.thanks.setText(self.tr("Thank you. Staff look at these totals to decide what to get more of."))
        else:
            self.thanks.setText(self.tr("Your answers couldn't be sent right now. Thank you all the same."))
        self.skip.setText(self.tr("Skip"))
        self.skip.setAccessibleName(self.tr("Skip: back to the start"))
        self._show_out_today()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- choices ---------------------------------------------------------------------------

    def _show_out_today(self) -> None:
        self.out_row.clear()
        self.wanted_chips = {}
        for supply in self._out_today[:MOST_WANTED]:
            chip = button("chip", self.out_box, f"Wanted_{supply.key}")
            chip.setCheckable(True)
            chip.setProperty("out", "true")  # greyed by the theme's chip style
            chip.clicked.connect(lambda _=False, k=supply.key: self._on_wanted(k))
            self.wanted_chips[supply.key] = chip
            self.out_row.add_widget(chip)
        self._label_wanted()
        self.out_heading.setVisible(bool(self._out_today))
        self.out_box.setVisible(bool(self._out_today))

    def _label_wanted(self) -> None:
        names = {s.key: s.name(self._lang) for s in self._out_today}
        for key, chip in self.wanted_chips.items():
            name = names.get(key, key)
            if key in self._wanted:
                chip.setText(self.tr("%1: I wanted this ✓").replace("%1", name))
            else:
                chip.setText(self.tr("%1 (out today)").replace("%1", name))
            chip.setAccessibleName(self.tr("%1 is out today. I wanted this").replace("%1", name))
            chip.setChecked(key in self._wanted)

    def _on_rating(self, rating: str) -> None:
        self._rating = None if self._rating == rating else rating
        self._refresh()

    def _on_missing(self, key: str) -> None:
        self._missing ^= {key}
        self._refresh()

    def _on_wanted(self, key: str) -> None:
        self._wanted ^= {key}
        if self._wanted:
            self._missing.add("supply_out")
        self._refresh()

    def _refresh(self) -> None:
        for face_rating, face in self.faces.items():
            face.setChecked(face_rating == self._rating)
            face.setEnabled(not self._sent)
        for key, chip in self.missing_chips.items():
            chip.setChecked(key in self._missing)
            chip.setEnabled(not self._sent)
        for chip in self.wanted_chips.values():
            chip.setEnabled(not self._sent)
        self._label_wanted()
        rating, missing, wanted = self.choices
        self.send.setVisible(not self._sent)
        self.send.setEnabled(bool(rating or missing or wanted))
        self.send.setText(self.tr("Send"))
        self.send.setAccessibleName(self.tr("Send my answers"))
        self.skip.setText(self.tr("Done") if self._sent else self.tr("Skip"))

    def _on_send(self) -> None:
        if self._sent:
            return
        chosen = self.choices
        if chosen[0] or chosen[1] or chosen[2]:
            self.send_requested.emit(chosen)
