"""The catalogue: supplies and services as large tiles with steppers, never a keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor import messages
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.basket import Basket
from kiosk.views.visitor.speech import sentences
from kiosk.views.visitor.stepper import Stepper
from kiosk.views.visitor.widgets import (
    ChoiceChip,
    FlowLayout,
    button,
    card,
    choose,
    decorative,
    discard,
    heading,
    keep_units,
    label,
    reflow_when_narrow,
    restyle,
    set_role,
    tab_chain,
)

if TYPE_CHECKING:
    from kiosk.data.dto import SupplyView
    from kiosk.views.visitor.backend import Snapshot

ALL = ""
TILE_WIDTH = 560  # at the normal text size; tiles get wider with bigger text
#: The title and filters scroll with the tiles when they would take more than this share of the height.
HEADER_SHARE = 0.35


class SupplyTile(QFrame):
    """One supply: its icon, name, per-visit limit and a stepper.

    Signals:
        quantity_changed(str, int): the supply's key and the chosen quantity.
    """

    quantity_changed = Signal(str, int)

    def __init__(self, supply: SupplyView, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "tile", chosen="false")
        self.supply = supply
        self._lang = "en"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        self._row = layout
        self.icon = label("", self, wrap=False)
        decorative(self.icon)
        appearance.bind_icon(self.icon, supply.icon or "supplies", appearance.icon_px(1.1))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.name = heading("tile-name", self, level=3)
        self.limit = label("subtle", self)
        texts.addWidget(self.name)
        texts.addWidget(self.limit)
        texts.addStretch(1)
        self.stepper = Stepper(appearance.touch_px, self)
        self.stepper.set_maximum(supply.per_request_limit)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(texts, 1)
        layout.addWidget(self.stepper, 0, Qt.AlignmentFlag.AlignVCenter)
        self.stepper.value_changed.connect(self._on_value_changed)
        self.retranslate_ui()

    @property
    def limit_reached(self) -> bool:
        """The limit line says "That's the most for one visit" (in its bigger, bold type)."""
        return self.stepper.at_limit and self.supply.is_item

    def height_for(self, width: int, limit_reached: bool) -> int:
        """The height the tile's contents need at ``width`` with the limit line as it is in that state.

        Measured with the text and the type the line has then: once the limit
        is reached it is drawn bigger and bold, and usually takes more lines.
        """
        shown = self.limit_reached
        self._set_limit_line(limit_reached)
        self._row.invalidate()  # boxes remember their height for a width until told
        height = self._row.totalHeightForWidth(width)
        self._set_limit_line(shown)
        self._row.invalidate()
        return height

    def _limit_texts(self) -> tuple[str, str]:
        """The limit line as the visitor chooses, and once the limit is reached."""
        if not self.supply.is_item:
            staff = self.tr("Staff will come and find you")
            return staff, staff
        usual = self.tr("Up to %n each visit", "", self.supply.per_request_limit)
        return usual, self.tr("That's the most for one visit")

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.retranslate_ui()

    def set_quantity(self, quantity: int, can_increase: bool) -> None:
        self.stepper.set_value(quantity)
        self.stepper.set_can_increase(can_increase)
        self._show_limit()
        chosen = "true" if quantity else "false"
        if self.property("chosen") != chosen:
            self.setProperty("chosen", chosen)
            restyle(self)

    def retranslate_ui(self) -> None:
        name = self.supply.name(self._lang)
        self.name.setText(keep_units(name))
        self.stepper.set_subject(name)
        self._show_limit()
        self.setAccessibleName(name)

    def _show_limit(self) -> None:
        """The per-visit limit, and plainly when it is reached (the "+" then does nothing)."""
        self._set_limit_line(self.limit_reached)

    def _set_limit_line(self, reached: bool) -> None:
        usual, most = self._limit_texts()
        self.limit.setText(most if reached else usual)
        role = "good" if reached else "subtle"
        if self.limit.property("role") != role:
            set_role(self.limit, role)
            restyle(self.limit)

    def spoken_text(self) -> str:
        quantity = self.stepper.value
        chosen = self.tr("%n chosen", "", quantity) if quantity else ""
        return sentences([self.name.text(), self.limit.text(), chosen])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_value_changed(self, value: int) -> None:
        self.quantity_changed.emit(self.supply.key, value)


class CatalogueScreen(QWidget):
    """Signals:
    review_requested(), basket_changed().
    """

    review_requested = Signal()
    basket_changed = Signal()

    def __init__(self, appearance: Appearance, basket: Basket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._basket = basket
        self._choices_shown = False
        self._lang = "en"
        self._supplies: list[SupplyView] = []
        self._signature: tuple[object, ...] = ()
        self._filter = ALL
        self.tiles: dict[str, SupplyTile] = {}
        self._chips: dict[str, ChoiceChip] = {}
        self._columns = 0
        # Tile heights per (tile width, language, text step), for each supply with its limit reached or not.
        self._heights: dict[tuple[int, str, int], dict[tuple[str, bool], int]] = {}
        self._tile_width = 0
        self._shown: list[SupplyTile] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.title = heading("heading", self, level=1)
        self.chip_box = QWidget(self)
        self.chip_row = FlowLayout(self.chip_box, spacing=10)
        self.empty_note = label("message", self)
        self.empty_note.hide()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # What scrolls: the tiles, and the title and filters too where they would
        # leave the tiles too little height (see _place_header).
        self.scroll_host = QWidget()
        self._scrolled = QVBoxLayout(self.scroll_host)
        self._scrolled.setContentsMargins(0, 0, 0, 0)
        self._scrolled.setSpacing(12)
        self.grid_host = QWidget(self.scroll_host)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 12, 0)
        self.grid.setSpacing(16)
        self._scrolled.addWidget(self.grid_host, 1)
        self.scroll_area.setWidget(self.scroll_host)
        enable_kinetic_scrolling(self.scroll_area, mouse_drag=True)
        self.scroll_area.viewport().installEventFilter(self)

        self.summary_bar = card("card", self)
        bar = QHBoxLayout(self.summary_bar)
        bar.setContentsMargins(20, 12, 12, 12)
        bar.setSpacing(16)
        self.summary = label("", self.summary_bar)
        self.review = button("primary", self.summary_bar, "Review")
        appearance.bind_icon(self.review, "check", appearance.icon_px(0.8), "accent")
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.review, 0)
        # The list above the button once the button would take half the bar.
        reflow_when_narrow(self.summary_bar, bar, lambda: 2 * self.review.sizeHint().width() + 48)

        layout.addWidget(self.title)
        layout.addWidget(self.chip_box)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.summary_bar)
        self._page = layout
        self._header_scrolls = False
        self.review.clicked.connect(self.review_requested)
        self.retranslate_ui()

    # -- data ----------------------------------------------------------------------

    def set_catalogue(self, supplies: Sequence[SupplyView]) -> None:
        """Show what can be asked for now (the service leaves out what is out of stock)."""
        self._supplies = list(supplies)
        signature = tuple(
            (s.key, tuple(sorted(s.names.items())), s.per_request_limit, s.icon, s.category, s.kind)
            for s in self._supplies
        )
        if signature != self._signature:
            self._signature = signature
            self._rebuild()
        self.refresh()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        for tile in self.tiles.values():
            tile.set_language(lang)
        self._place_header()
        self._layout_tiles()
        self.refresh()

    def show_category(self, category: str = ALL) -> None:
        wanted = category if category in self._chips else ALL
        choose(self._chips, wanted)
        if wanted != self._filter or self._columns != self._columns_for_width():
            self._filter = wanted
            self._layout_tiles()
        self.scroll_area.verticalScrollBar().setValue(0)

    def relayout(self) -> None:
        """Lay the tiles out again (the text size changed)."""
        self._place_header()
        self._layout_tiles()

    def _place_header(self) -> None:
        """The title and filters stay put above the tiles, unless they would take most of the height.

        Then (bigger text, many filters on a small screen) they scroll with the
        tiles, so that nothing is squeezed and the summary keeps its lines.
        """
        width = max(1, self.width() - 80)
        header = self.title.heightForWidth(width) + self.chip_row.heightForWidth(width)
        scrolls = header > self.height() * HEADER_SHARE
        if scrolls == self._header_scrolls:
            return
        self._header_scrolls = scrolls
        for position, widget in enumerate((self.title, self.chip_box, self.empty_note)):
            if scrolls:
                self._page.removeWidget(widget)
                self._scrolled.insertWidget(position, widget)
            else:
                self._scrolled.removeWidget(widget)
                self._page.insertWidget(position, widget)

    def categories(self) -> list[str]:
        seen: list[str] = []
        for supply in self._supplies:
            if supply.category not in seen:
                seen.append(supply.category)
        return seen

    def reset(self) -> None:
        """A new visit: nothing chosen, every category (once the start screen is up)."""
        if self._choices_shown:
            self.refresh()
        QTimer.singleShot(30, self.show_category)

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self.set_catalogue(snapshot.catalogue)

    def refresh(self) -> None:
        """Steppers and the summary from the basket."""
        self._choices_shown = not self._basket.empty
        for key, tile in self.tiles.items():
            tile.stepper.set_maximum(self._basket.limit(key))  # grows when asking for others too
            tile.set_quantity(self._basket.quantity(key), self._basket.can_add(key))
        self._fit_rows()
        names = {s.key: s.name(self._lang) for s in self._supplies}
        lines = self._basket.lines()
        if lines:
            listed = ", ".join(f"{line.quantity} × {names.get(line.key, line.key)}" for line in lines)
            self.summary.setText(self.tr("Your list: %1").replace("%1", listed))
        else:
            self.summary.setText(self.tr("Nothing chosen yet. Tap + to add something."))
        self.review.setText(self.tr("Review my request (%n)", "", len(lines)))
        self.review.setAccessibleName(self.review.text())
        self.review.setEnabled(bool(lines))

    def spoken_text(self) -> str:
        shown = [self.tiles[s.key] for s in self._supplies if self._filter in (ALL, s.category) and s.key in self.tiles]
        parts = [self.title.text(), *(tile.spoken_text() for tile in shown), self.summary.text()]
        return sentences(parts)

    # -- text --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("What would you like?"))
        self.empty_note.setText(self.tr("Nothing can be asked for here right now. Please ask at the window."))
        for key, chip in self._chips.items():
            chip.setText(messages.category_name(key) if key else self.tr("Everything"))
            chip.setAccessibleName(chip.text())
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self._layout_tiles()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_header()

    # -- tiles -----------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self._heights.clear()
        self._shown = []
        for tile in self.tiles.values():
            discard(tile)
        self.tiles = {}
        for supply in self._supplies:
            tile = SupplyTile(supply, self._appearance, self.grid_host)
            tile.set_language(self._lang)
            tile.quantity_changed.connect(self._on_quantity_changed)
            self.tiles[supply.key] = tile
        self._rebuild_chips()
        self.empty_note.setVisible(not self._supplies)
        self._basket.set_limits({s.key: s.per_request_limit for s in self._supplies})
        self._layout_tiles()

    def _rebuild_chips(self) -> None:
        self.chip_row.clear()
        self._chips = {}
        for key in [ALL, *self.categories()]:
            chip = ChoiceChip(self.chip_box, f"Category_{key or 'all'}")
            chip.clicked.connect(lambda _=False, category=key: self.show_category(category))
            self.chip_row.add_widget(chip)
            self._chips[key] = chip
        if self._filter not in self._chips:
            self._filter = ALL
        choose(self._chips, self._filter)
        self.retranslate_ui()

    def _columns_for_width(self) -> int:
        width = self.scroll_area.viewport().width() - 12 or self.width()
        tile = round(TILE_WIDTH * self._appearance.text_px() / 22)
        return max(1, width // tile)

    def _layout_tiles(self) -> None:
        """Put the shown tiles in the grid, each row as tall as its longest name needs."""
        while self.grid.count():
            self.grid.takeAt(0)
        self._columns = columns = self._columns_for_width()
        shown = [s for s in self._supplies if self._filter in (ALL, s.category)]
        spacing = self.grid.horizontalSpacing()
        width = max(1, (self.scroll_area.viewport().width() - 12 - spacing * (columns - 1)) // columns)
        # Hide only the tiles that go: hiding a tile that holds the focus
        # hands it to the next one, and the scroll area follows it down.
        shown_keys = {s.key for s in shown}
        focus = QApplication.focusWidget()
        for key, tile in self.tiles.items():
            if key not in shown_keys:
                if focus is not None and tile.isAncestorOf(focus):
                    self.setFocus(Qt.FocusReason.OtherFocusReason)
                tile.setVisible(False)
        self._tile_width = width
        self._shown = [self.tiles[s.key] for s in shown]
        for index, supply in enumerate(shown):
            tile = self.tiles[supply.key]
            self.grid.addWidget(tile, index // columns, index % columns)
            tile.setVisible(True)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self._fit_rows()
        # Reading order for Tab: the filters, the items as laid out, then the action.
        steps: list[QWidget] = []
        for supply in shown:
            stepper = self.tiles[supply.key].stepper
            steps += [stepper.minus, stepper.plus]
        tab_chain([*self._chips.values(), *steps, self.review])
        # Lay out now, even while hidden, rather than on the tap that shows the screen.
        self.grid.activate()

    def _fit_rows(self) -> None:
        """Each row of tiles as tall as its tallest tile needs for what it shows now.

        Set on the grid's rows, not left to the tiles' own heights for a
        width: the grid keeps those from earlier layouts (another language,
        the limit line before it was reached) and lets a tile run into the
        next row.
        """
        if self._tile_width <= 0 or not self._columns:
            return
        heights = self._heights.setdefault((self._tile_width, self._lang, self._appearance.text_step), {})
        rows: dict[int, int] = {}
        for index, tile in enumerate(self._shown):
            key = (tile.supply.key, tile.limit_reached)
            if key not in heights:
                heights[key] = tile.height_for(self._tile_width, tile.limit_reached)
            row = index // self._columns
            rows[row] = max(rows.get(row, 0), heights[key])
        changed = False
        for row in range(self.grid.rowCount()):
            wanted = rows.get(row, 0)
            if self.grid.rowMinimumHeight(row) != wanted:
                self.grid.setRowMinimumHeight(row, wanted)
                changed = True
        if changed:
            self.grid.activate()

    def _on_quantity_changed(self, key: str, quantity: int) -> None:
        kept = self._basket.set(key, quantity)
        if kept != quantity:
            self.tiles[key].set_quantity(kept, self._basket.can_add(key))
        self.refresh()
        self.basket_changed.emit()
