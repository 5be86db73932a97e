"""Review: change quantities, remove lines, send the request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.basket import Basket
from kiosk.views.visitor.screens.for_others import OthersChoice
from kiosk.views.visitor.speech import sentences
from kiosk.views.visitor.stepper import Stepper
from kiosk.views.visitor.widgets import (
    button,
    card,
    decorative,
    discard,
    heading,
    keep_units,
    label,
    set_inert,
    set_role,
    tab_chain,
)

if TYPE_CHECKING:
    from kiosk.data.dto import SupplyView
    from kiosk.views.visitor.backend import Snapshot


class ReviewLine(QFrame):
    """One chosen thing with its stepper and a remove button.

    Signals:
        quantity_changed(str, int), remove_requested(str).
    """

    quantity_changed = Signal(str, int)
    remove_requested = Signal(str)

    def __init__(self, supply: SupplyView, appearance: Appearance, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.key = supply.key
        self._name = supply.name(lang)
        #: What the line shows, so the review screen can tell whether a spare one still fits.
        self.looks: tuple[object, ...] = ()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 16, 10)
        layout.setSpacing(20)
        icon = label("", self, wrap=False)
        decorative(icon)
        appearance.bind_icon(icon, supply.icon or "supplies", appearance.icon_px(1.1))
        self.name = heading("tile-name", self, level=3)
        self.name.setText(keep_units(self._name))
        self.stepper = Stepper(appearance.touch_px, self)
        self.stepper.set_subject(self._name)
        self.stepper.set_maximum(supply.per_request_limit)
        self.remove = button("", self, "Remove")
        appearance.bind_icon(self.remove, "close", appearance.icon_px(0.7))
        layout.addWidget(icon)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.stepper)
        layout.addWidget(self.remove)
        self.stepper.value_changed.connect(lambda value: self.quantity_changed.emit(self.key, value))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.key))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove %1").replace("%1", self._name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ReviewScreen(QWidget):
    """Signals:
    submit_requested(), add_more_requested(), basket_changed().
    """

    submit_requested = Signal()
    add_more_requested = Signal()
    basket_changed = Signal()

    def __init__(self, appearance: Appearance, basket: Basket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._basket = basket
        self._lang = "en"
        self._supplies: dict[str, SupplyView] = {}
        self._sending = False
        self.lines: dict[str, ReviewLine] = {}
        # Lines kept for the next visit: creating and deleting widgets for
        # every visit costs a few kilobytes that Qt never gives back, which a
        # kiosk doing thousands of visits a day cannot afford.
        self._spare: dict[str, tuple[tuple[object, ...], ReviewLine]] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        self.title = heading("title", self, level=1)
        self.hint = label("subtle", self)
        self.empty = label("", self)
        self.for_whom = OthersChoice(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = QWidget()
        self.list_host = host
        self.list_layout = QVBoxLayout(host)
        self.list_layout.setContentsMargins(0, 0, 12, 0)
        self.list_layout.setSpacing(12)
        self.list_layout.addStretch(1)
        self.scroll_area.setWidget(host)
        enable_kinetic_scrolling(self.scroll_area, mouse_drag=True)
        self.message = label("message", self)
        self.message.hide()
        actions = card("card", self)
        row = QHBoxLayout(actions)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(20)
        self.add_more = button("", actions, "AddMore")
        appearance.bind_icon(self.add_more, "plus", appearance.icon_px(0.7))
        self.send = button("primary", actions, "Send")
        appearance.bind_icon(self.send, "check", appearance.icon_px(0.8), "accent")
        row.addWidget(self.add_more)
        row.addStretch(1)
        row.addWidget(self.send)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.for_whom)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(actions)
        self.add_more.clicked.connect(self.add_more_requested)
        self.send.clicked.connect(self._on_send)
        self.for_whom.others_changed.connect(self._on_others_changed)
        self.retranslate_ui()

    # -- data ------------------------------------------------------------------------

    def set_catalogue(self, supplies: Sequence[SupplyView]) -> None:
        self._supplies = {s.key: s for s in supplies}
        self._basket.set_sharing({s.key: (s.kind, s.others_cap) for s in supplies})

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self.set_catalogue(snapshot.catalogue)
        self.for_whom.set_maximum(snapshot.settings.others_max)
        if self.isHidden():  # not on screen: show the new names and limits next time
            self.rebuild()

    def reset(self) -> None:
        self.show_message("")
        self.set_sending(False)
        self.for_whom.reset()
        if self.lines:
            self.rebuild()

    def set_language(self, lang: str) -> None:
        if lang != self._lang:
            self._lang = lang
            self.rebuild()

    def rebuild(self) -> None:
        """Lines from the basket, in the order things were chosen."""
        for key in list(self.lines):
            self._put_away(key)
        for index, entry in enumerate(self._basket.lines()):
            supply = self._supplies.get(entry.key)
            if supply is None:
                continue
            line = self._line_for(supply)
            line.stepper.set_maximum(self._basket.limit(entry.key))
            line.stepper.set_value(entry.quantity)
            self.list_layout.insertWidget(index, line)
            line.show()
            self.lines[entry.key] = line
        self._refresh()
        self._chain()

    def _chain(self) -> None:
        """Tab goes through the list first, then "Add more", then "Send"."""
        steps: list[QWidget] = []
        for line in self.lines.values():
            steps += [line.stepper.minus, line.stepper.plus, line.remove]
        tab_chain([*steps, self.add_more, self.send])

    def _line_for(self, supply: SupplyView) -> ReviewLine:
        """The spare line for ``supply`` if it still shows the same thing, else a new one."""
        looks = (supply.icon, supply.name(self._lang), supply.per_request_limit, self._appearance.touch_px)
        spare = self._spare.pop(supply.key, None)
        if spare is not None:
            if spare[0] == looks:
                return spare[1]
            discard(spare[1])
        line = ReviewLine(supply, self._appearance, self._lang, self.list_host)
        line.looks = looks
        line.quantity_changed.connect(self._on_quantity_changed)
        line.remove_requested.connect(self._on_remove)
        return line

    def _put_away(self, key: str) -> None:
        line = self.lines.pop(key, None)
        if line is None:
            return
        self.list_layout.removeWidget(line)
        line.hide()
        self._spare[key] = (line.looks, line)

    def set_sending(self, sending: bool) -> None:
        self._sending = sending
        self._refresh()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- text ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Check your request"))
        self.hint.setText(self.tr("Change the numbers or remove things, then send it to staff."))
        self.empty.setText(self.tr("Your list is empty. Tap “Add more” to choose something."))
        self.add_more.setText(self.tr("Add more"))
        self.add_more.setAccessibleName(self.tr("Add more things"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _refresh(self) -> None:
        has_lines = not self._basket.empty
        self.empty.setVisible(not has_lines)
        self.send.setEnabled(has_lines)
        set_inert(self.send, self._sending)
        self.send.setText(self.tr("Sending…") if self._sending else self.tr("Send my request"))
        self.send.setAccessibleName(self.send.text())

    def spoken_text(self) -> str:
        parts = [self.title.text(), self.hint.text()]
        if self._basket.empty:
            parts.append(self.empty.text())
        for entry in self._basket.lines():
            line = self.lines.get(entry.key)
            if line is not None:
                parts.append(f"{entry.quantity} × {line.name.text()}")
        if self.message.isVisibleTo(self):
            parts.append(self.message.text())
        return sentences(parts)

    def _on_send(self) -> None:
        if not self._sending and not self._basket.empty:
            self.submit_requested.emit()

    def _on_quantity_changed(self, key: str, quantity: int) -> None:
        if quantity == 0:
            self._on_remove(key)
            return
        self._basket.set(key, quantity)
        self.show_message("")
        self.basket_changed.emit()

    def _on_others_changed(self, others: int) -> None:
        self._basket.set_others(others)
        self.rebuild()
        self.show_message("")
        self.basket_changed.emit()

    def _on_remove(self, key: str) -> None:
        line = self.lines.get(key)
        focus = QApplication.focusWidget()
        had_focus = line is not None and focus is not None and line.isAncestorOf(focus)
        self._basket.remove(key)
        self._put_away(key)
        if had_focus:
            # The focus stays on this list rather than jumping to whatever Tab order comes next.
            following = list(self.lines.values())
            target = following[0].remove if following else self.add_more
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_message("")
        self._refresh()
        self.basket_changed.emit()
